// Hover on a finding: what the rule checks and why, a correct and an incorrect example,
// and the link to the rule's page.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { examplesFor, getRule, pick, ruleDocUrl, type Finding, type Lang } from '../engine';
import { findingsAt, type Analysis } from './checker';
import { M, t } from './messages';

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|~]/g, (c) => '\\' + c);
}

function describe(f: Finding, lang: Lang, markdown: boolean): string {
  const rule = getRule(f.ruleId);
  const esc = markdown ? escapeMarkdown : (s: string) => s;
  const lines: string[] = [];
  const desc = rule ? pick(rule.meta.docs.description, lang) : '';
  const fixable = f.fixes.some((x) => x.preferred) ? ` (${t(lang, M.hoverFixable)})` : '';
  lines.push(markdown ? `**${esc(f.ruleId)}**${desc ? ' — ' + esc(desc) : ''}${esc(fixable)}` : `${f.ruleId}${desc ? ' — ' + desc : ''}${fixable}`);
  lines.push(esc(pick(f.message, lang)));
  if (rule) {
    lines.push(esc(pick(rule.meta.docs.explanation, lang)));
    const { good, bad } = examplesFor(f, rule.meta.docs);
    if (good) lines.push(`✓ ${t(lang, M.hoverGood)}: ${esc(good)}`);
    if (bad) lines.push(`✗ ${t(lang, M.hoverBad)}: ${esc(bad)}`);
  }
  const url = ruleDocUrl(f.ruleId);
  lines.push(markdown ? `[${t(lang, M.hoverDocs)}](${url})` : `${t(lang, M.hoverDocs)}: ${url}`);
  return lines.join('\n\n');
}

export function hover(doc: TextDocument, a: Analysis, pos: Position, markdown: boolean): Hover | null {
  if (a.state !== 'checked') return null;
  const hits = findingsAt(a, doc.offsetAt(pos));
  if (hits.length === 0) return null;
  const start = Math.min(...hits.map((f) => f.start));
  const end = Math.max(...hits.map((f) => f.end));
  const value = hits.map((f) => describe(f, a.lang, markdown)).join(markdown ? '\n\n---\n\n' : '\n\n');
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value },
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
  };
}
