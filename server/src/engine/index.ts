// The engine's public surface, shared by the language server and the CLI.
export * from './types';
export { lint, lintDocument, fixText, effectiveSeverity, effectiveOptions, MAX_FIX_PASSES, unsettledRules } from './engine';
export type { LintOptions, FixResult } from './engine';
export { applyEdits, mergeFixes, preferredFix } from './fix';
export { format, localize, pick } from './messages';
export { allRules, getRule, ruleIds } from './rules';
export { analyse, AnalysedDocument } from './text/document';
export type { DocumentLanguage, Position } from './text/document';

/** Where a rule's documentation page lives (used for LSP codeDescription and SARIF helpUri). */
export const REPOSITORY_URL = 'https://github.com/mudaqqiq/mudaqqiq';
export function ruleDocUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}
