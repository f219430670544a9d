// The engine's public surface, shared by the language server and the CLI.
export * from './types';
export { lint, lintDocument, fixText, effectiveSeverity, effectiveOptions, MAX_FIX_PASSES, unsettledRules } from './engine';
export type { LintOptions, FixResult } from './engine';
export { applyEdits, mergeFixes, preferredFix } from './fix';
export { format, localize, pick } from './messages';
export { allRules, getRule, ruleIds } from './rules';
export { analyse, AnalysedDocument } from './text/document';
export type { DocumentLanguage, Position } from './text/document';
import type { Finding, RuleDocs } from './types';

/** Where a rule's documentation page lives (used for LSP codeDescription and SARIF helpUri). */
export const REPOSITORY_URL = 'https://github.com/mudaqqiq/mudaqqiq';
export function ruleDocUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}

/**
 * The docs' example pair for a finding: the first alternate whose `messageIds` hold the finding's
 * or whose `fixPattern` matches its preferred fix (another style in force), else the rule's own
 * pair. (The hover shows it; the rule tester checks each alternate is chosen for its findings.)
 */
export function examplesFor(f: Finding, docs: RuleDocs): { good: string; bad: string } {
  const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
  const fixText = fix ? fix.edits.map((e) => e.text).join('') : '';
  const alt = docs.alternates?.find((a) => a.messageIds?.includes(f.messageId) || (a.fixPattern !== undefined && fix !== undefined && a.fixPattern.test(fixText)));
  return alt ?? docs;
}
