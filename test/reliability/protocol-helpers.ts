// Shared by the protocol-level reliability tests: a workspace whose house style turns every
// rule on and carries a names list and hostile word lists, the engine's verdict on a text
// under that house style (the oracle), diagnostics and findings as comparable keys, and
// random edits expressed as LSP content changes.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { configFor, loadConfigFor } from '../../server/src/config';
import { lint, type Finding, type ResolvedConfig } from '../../server/src/engine';
import { HOSTILE_PHRASES, NAMES, noise, prose, type Lang } from './arbitraries';

/** A temporary workspace with a `.mudaqqiq.json`: the strict preset, the names list, hostile word lists. */
export function houseStyleWorkspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'mudaqqiq-rel-'));
  const houseStyle = {
    extends: 'strict',
    names: NAMES.map((n) => ({ canonical: n.canonical, variants: n.variants, ...(n.title ? { title: n.title } : {}), ...(n.role ? { role: n.role } : {}) })),
    words: { accepted: ['الفيسبوك', ...HOSTILE_PHRASES], leftoverPhrases: HOSTILE_PHRASES, honorifics: ['صاحب السمو', ...HOSTILE_PHRASES] },
  };
  writeFileSync(join(root, '.mudaqqiq.json'), JSON.stringify(houseStyle, null, 2));
  return root;
}

/** The engine config for the draft at `path`, from the house style found for it on disk. */
export function configAt(path: string, root: string): ResolvedConfig {
  const host = { readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };
  const loaded = loadConfigFor(path, { workspaceRoot: root, trusted: true }, host);
  if (loaded.problems.some((p) => p.severity === 'error')) throw new Error(`house style has problems: ${JSON.stringify(loaded.problems)}`);
  return configFor(loaded, path);
}

/** What the engine finds in `text` as the draft at `path`, under the house style found for it on disk. */
export function oracle(text: string, path: string, root: string, languageId: Lang): Finding[] {
  return lint(text, { languageId, config: configAt(path, root) }).findings;
}

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

export function findingKeys(fs: readonly Finding[]): string[] {
  return fs.map((f) => `${f.ruleId}@${f.start}-${f.end}:${SEVERITY[f.severity]}`).sort();
}

export function diagnosticKeys(text: string, ds: readonly Diagnostic[]): string[] {
  const doc = TextDocument.create('untitled:x', 'plaintext', 0, text);
  return ds
    .map((d) => {
      const data = d.data as { kind?: string; reason?: string } | undefined;
      if (data?.kind === 'notice') return `notice:${data.reason}`;
      return `${d.code}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}:${d.severity}`;
    })
    .sort();
}

/** A random edit: delete up to 30 code units somewhere (maybe between the halves of a pair or of CRLF) and insert a piece. */
export interface RandomEdit {
  at: number; // fraction of the length, in 1/10000
  del: number;
  insert: string;
  whole: boolean; // replace the whole text instead (a full-document change)
}

/** NUL makes a buffer binary (not checked at all): kept rare in protocol tests, so most texts are checked. */
export const noNul = (s: string) => s.replace(/\u0000/g, '');

export const insertion: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: prose.map(noNul), weight: 60 },
  { arbitrary: noise.map(noNul), weight: 60 },
  { arbitrary: fc.constant('\u0000'), weight: 1 },
  { arbitrary: fc.constantFrom('ـ', ' ', '\n', '\r\n', '\r', '،', '!!', '«', '»', '٣', '3', 'و', 'ال', '\ud83d', '\ude00', '😀', '\u200f', '\u00a0', 'عمر طلعت', 'فخامة الرئيس', 'اقرأ أيضا\n'), weight: 80 },
  { arbitrary: fc.constant(''), weight: 20 },
);

export const randomEdit: fc.Arbitrary<RandomEdit> = fc.record({
  at: fc.nat(10000),
  del: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat(30), weight: 2 }),
  insert: insertion,
  whole: fc.boolean().chain((b) => (b ? fc.nat(40).map((n) => n === 0) : fc.constant(false))),
});

/** The LSP content change for a random edit on the current text (offsets are UTF-16, as LSP's are). */
export function toChange(doc: TextDocument, e: RandomEdit): TextDocumentContentChangeEvent {
  const text = doc.getText();
  if (e.whole) return { text: e.insert };
  const start = Math.floor((e.at / 10000) * text.length);
  const end = Math.min(text.length, start + e.del);
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: e.insert };
}

/** VmRSS of a process in kB (Linux). */
export function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]);
}
