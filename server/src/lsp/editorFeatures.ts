// Editor features beyond diagnostics: completion and hover for the newsroom's names list,
// and the article-level view of reporting verbs (custom request mudaqqiq/reportingVerbs).

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Hover, type Position } from 'vscode-languageserver/node';
import { analyse, type NameEntry } from '../engine';
import { findNameMentions, namesStartingWith } from '../engine/rules/names/mentions';
import { houseVerbsOf, summarizeVerbUses } from '../engine/rules/reporting-verbs/uses';
import { originalPrefixLength, segment } from '../engine/text/arabic';
import { isArabicWordChar } from '../engine/text/chars';
import { foldChar, foldString } from '../engine/text/fold';
import type { Analysis } from './checker';
import { M, t } from './messages';
import type { ReportingVerbsResult } from './protocol';

/** Completion of listed names: typing the start of a name (through a proclitic: وعم…) offers its canonical spelling. */
export function nameCompletion(doc: TextDocument, a: Analysis, pos: Position): CompletionList | null {
  const names = a.config?.shared?.names;
  if (!names || names.length === 0) return null;
  const text = doc.getText();
  const off = doc.offsetAt(pos);
  let s = off;
  while (s > 0 && isArabicWordChar(text.charCodeAt(s - 1))) s--;
  const typed = text.slice(s, off);
  const folded = foldString(typed);
  if (folded.length < 2) return null;
  const items: CompletionItem[] = [];
  const seen = new Set<NameEntry>();
  for (const seg of segment(folded, 1)) {
    if (seg.prep === 'س') continue;
    const stem = seg.article ? 'ال' + seg.stem : seg.stem;
    // the proclitic's letters in the original text (the article belongs to the name)
    const prefixLetters = seg.prefix.length - (seg.article ? (seg.prefix.endsWith('لل') ? 1 : 2) : 0);
    const k = prefixLetters > 0 ? originalPrefixLength(typed, prefixLetters, (c) => foldChar(c)) : 0;
    for (const e of namesStartingWith(names, stem, 30)) {
      if (seen.has(e)) continue;
      seen.add(e);
      const detail = [e.title, e.role].filter(Boolean).join(' — ');
      items.push({
        label: e.canonical,
        kind: CompletionItemKind.Reference,
        detail: detail || undefined,
        filterText: typed.slice(k),
        textEdit: { range: { start: doc.positionAt(s + k), end: pos }, newText: e.canonical },
      });
    }
  }
  return items.length ? { isIncomplete: true, items } : null;
}

/** Hover on a listed name: canonical spelling, title, role and how often the draft mentions the person. */
export function nameHover(doc: TextDocument, a: Analysis, pos: Position, markdown: boolean): Hover | null {
  const names = a.config?.shared?.names;
  if (!names || names.length === 0 || a.state !== 'checked') return null;
  // A draft checked on the worker thread brought its mentions back: no analysis here (seconds on a large draft).
  const flat = a.nameMentions;
  const mentions: Array<{ start: number; end: number; entry: NameEntry }> = [];
  if (flat) {
    for (let i = 0; i + 2 < flat.length; i += 3) if (names[flat[i + 2]]) mentions.push({ start: flat[i], end: flat[i + 1], entry: names[flat[i + 2]] });
  } else for (const m of findNameMentions(analyse(doc.getText(), a.languageId), names)) mentions.push(m);
  const off = doc.offsetAt(pos);
  const m = mentions.find((x) => x.start <= off && off < x.end);
  if (!m) return null;
  const count = mentions.filter((x) => x.entry === m.entry).length;
  const lines = [t(a.lang, M.nameHover, { canonical: m.entry.canonical })];
  if (m.entry.title) lines.push(`${t(a.lang, M.nameTitle)}: ${m.entry.title}`);
  if (m.entry.role) lines.push(`${t(a.lang, M.nameRole)}: ${m.entry.role}`);
  lines.push(t(a.lang, M.nameCount, { count }));
  const value = lines.join('\n\n');
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: markdown ? value : value.replace(/\*\*/g, '') },
    range: { start: doc.positionAt(m.start), end: doc.positionAt(m.end) },
  };
}

/** Every reporting verb of the draft with its count and places, the house style's own verbs included. */
export function reportingVerbs(doc: TextDocument, languageId: Analysis['languageId'], config?: Analysis['config']): ReportingVerbsResult {
  const analysed = analyse(doc.getText(), languageId);
  return {
    uri: doc.uri,
    version: doc.version,
    verbs: summarizeVerbUses(analysed, houseVerbsOf(config)).map((v) => ({
      lemma: v.lemma,
      count: v.uses.length,
      uses: v.uses.map((u) => ({
        text: analysed.text.slice(u.wordStart, u.end),
        range: { start: doc.positionAt(u.wordStart), end: doc.positionAt(u.end) },
      })),
    })),
  };
}
