// Edits the server proposes outside the checked text: an entry added to the house-style
// file's `ignore.findings`, a name or a spelling added to its names list, a word added to
// its accepted words (each a minimal jsonc edit that keeps comments and formatting), and a
// Markdown `<!-- mudaqqiq-disable rule -->` comment.

// The ES-module build of jsonc-parser: its UMD build does not bundle with esbuild (see config/jsonc.ts).
import { modify, parse, type Edit, type ParseError } from 'jsonc-parser/lib/esm/main.js';

export interface IgnoreEntry {
  rule: string;
  /** Absent: every finding of the rule in that file. */
  text?: string;
  file: string;
}

export type HouseStyleChange =
  | { kind: 'create'; content: string }
  | { kind: 'edit'; edits: Edit[] };

function detectIndent(text: string): { insertSpaces: boolean; tabSize: number } {
  const m = /\n([ \t]+)\S/.exec(text);
  if (!m) return { insertSpaces: true, tabSize: 2 };
  if (m[1].startsWith('\t')) return { insertSpaces: false, tabSize: 1 };
  return { insertSpaces: true, tabSize: m[1].length };
}

export function eolOf(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 0x0d ? '\r\n' : '\n';
}

function sameEntry(x: unknown, e: IgnoreEntry): boolean {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return o.rule === e.rule && o.file === e.file && (o.text ?? undefined) === e.text;
}

/**
 * The change that adds `entry` to `ignore.findings`: a new file when `existing` is undefined,
 * otherwise minimal edits. Undefined when the entry is already there or the file's shape
 * does not allow it (e.g. `ignore` is not an object).
 */
export function addIgnoreEntry(existing: string | undefined, entry: IgnoreEntry): HouseStyleChange | undefined {
  const value: Record<string, string> = { rule: entry.rule };
  if (entry.text !== undefined) value.text = entry.text;
  value.file = entry.file;
  if (existing === undefined) {
    return { kind: 'create', content: JSON.stringify({ ignore: { findings: [value] } }, null, 2) + '\n' };
  }
  const errors: ParseError[] = [];
  const tree = parse(existing, errors, { allowTrailingComma: true, disallowComments: false });
  if (existing.trim().length > 0 && (typeof tree !== 'object' || tree === null || Array.isArray(tree))) return undefined;
  const findings = tree?.ignore?.findings;
  if (Array.isArray(findings) && findings.some((x: unknown) => sameEntry(x, entry))) return undefined;
  try {
    const edits = modify(existing, ['ignore', 'findings', -1], value, {
      formattingOptions: { ...detectIndent(existing), eol: eolOf(existing) },
      isArrayInsertion: true,
    });
    return edits.length ? { kind: 'edit', edits } : undefined;
  } catch {
    return undefined; // `ignore` or `ignore.findings` has another type: leave the file to the user
  }
}

/** Parse the house-style text as an object (undefined: not an object, leave it to the user). */
function parseObject(existing: string): Record<string, unknown> | undefined {
  const errors: ParseError[] = [];
  const tree = parse(existing, errors, { allowTrailingComma: true, disallowComments: false });
  if (existing.trim().length === 0) return {};
  return typeof tree === 'object' && tree !== null && !Array.isArray(tree) ? (tree as Record<string, unknown>) : undefined;
}

function modifyChange(existing: string, path: Array<string | number>, value: unknown, isArrayInsertion: boolean): HouseStyleChange | undefined {
  try {
    const edits = modify(existing, path, value, { formattingOptions: { ...detectIndent(existing), eol: eolOf(existing) }, isArrayInsertion });
    return edits.length ? { kind: 'edit', edits } : undefined;
  } catch {
    return undefined; // a section of another type: leave the file to the user
  }
}

/**
 * Add a spelling to the names list: as the canonical spelling of a new entry (with
 * `variants`), or as a wrong variant of the entry whose canonical spelling is `canonical`.
 */
export function addNameEntry(existing: string | undefined, canonical: string, variants: string[]): HouseStyleChange | undefined {
  if (existing === undefined) {
    return { kind: 'create', content: JSON.stringify({ names: [{ canonical, variants }] }, null, 2) + '\n' };
  }
  const tree = parseObject(existing);
  if (!tree) return undefined;
  const names = tree.names;
  if (names !== undefined && !Array.isArray(names)) return undefined;
  const list = (names ?? []) as Array<Record<string, unknown>>;
  const at = list.findIndex((n) => n && typeof n === 'object' && n.canonical === canonical);
  if (at < 0) return modifyChange(existing, ['names', -1], { canonical, variants }, true);
  const have = Array.isArray(list[at].variants) ? (list[at].variants as unknown[]) : undefined;
  const missing = variants.filter((v) => !have?.includes(v));
  if (missing.length === 0) return undefined;
  if (!have) return modifyChange(existing, ['names', at, 'variants'], missing, false);
  return modifyChange(existing, ['names', at, 'variants', -1], missing[0], true);
}

/** Add a word to `words.accepted`. */
export function addAcceptedWord(existing: string | undefined, word: string): HouseStyleChange | undefined {
  if (existing === undefined) return { kind: 'create', content: JSON.stringify({ words: { accepted: [word] } }, null, 2) + '\n' };
  const tree = parseObject(existing);
  if (!tree) return undefined;
  const accepted = (tree.words as Record<string, unknown> | undefined)?.accepted;
  if (Array.isArray(accepted) && accepted.includes(word)) return undefined;
  return modifyChange(existing, ['words', 'accepted', -1], word, true);
}

const FRONT_MATTER_END = /\r?\n---[ \t]*(\r?\n|$)/;

/** Where a file-wide Markdown directive goes: the top, or just after YAML front matter. */
export function markdownDirectiveInsertion(text: string, ruleId: string): { offset: number; text: string } {
  const eol = eolOf(text);
  const comment = `<!-- mudaqqiq-disable ${ruleId} -->`;
  if (text.startsWith('---\n') || text.startsWith('---\r\n')) {
    const m = FRONT_MATTER_END.exec(text.slice(3));
    if (m) {
      const end = 3 + m.index + m[0].length;
      const needsBreak = m[1] === '';
      return { offset: end, text: (needsBreak ? eol : '') + comment + eol };
    }
  }
  return { offset: 0, text: comment + eol };
}
