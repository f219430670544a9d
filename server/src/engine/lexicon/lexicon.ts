// The Arabic lexicon as the orthography rules ask it: "is this a word?" and "which words
// differ from this one only in the letters a writer confuses (ا/أ/إ/آ, final ه/ة, final
// ي/ى)?". Pure: built from the bytes of dist/lexicon-ar.bin (see scripts/build-lexicon.mjs),
// a minimal automaton (DAWG) of the ~60 million expanded word forms of Ayaspell, clitics
// included (وبالأعمال is a word of it), diacritics removed.
//
// Every question is a walk of the automaton, one step per letter: no scan, no allocation
// for membership. The file keeps each node's edges as a run of 32-bit words sorted by
// letter index; a node's edges are spread into a row of 36 slots the first time a lookup
// reaches it, so that a step is an array read, not a search.

import { grown } from '../grown';
import { isDiacritic, isInvisible, TATWEEL } from '../text/chars';

export const LEXICON_MAGIC = 'MDQLEX01';
const FINAL = 0x80000000;
const OFFSET = 0x7fffffff;
const TARGET = 0x3ffffff;

export interface LexiconHeader {
  format: number;
  alphabet: string;
  nodes: number;
  edges: number;
  words: number;
  source: { package: string; version: string; license: string; origin: string };
}

/** Letter → letter index (0–35), -1 for anything else. Covers U+0000–U+06FF. */
const LETTER = new Int8Array(0x700).fill(-1);
for (let c = 0x621; c <= 0x63a; c++) LETTER[c] = c - 0x621;
for (let c = 0x641; c <= 0x64a; c++) LETTER[c] = c - 0x641 + 26;
const LETTERS: string[] = [];
for (let c = 0x621; c <= 0x63a; c++) LETTERS.push(String.fromCharCode(c));
for (let c = 0x641; c <= 0x64a; c++) LETTERS.push(String.fromCharCode(c));

/** The letter index of a UTF-16 code unit, or -1 when it is not one of the 36 Arabic letters. */
export function letterIndex(c: number): number {
  return c < 0x700 ? LETTER[c] : -1;
}

/** A character a word may carry without it being a letter: diacritics, tatweel, invisible marks. */
export function isMark(c: number): boolean {
  return isDiacritic(c) || c === TATWEEL || isInvisible(c);
}

/** Result of `Lexicon.status`: a word, not a word, or not an all-Arabic-letter word (Persian letters, presentation forms …). */
export type WordStatus = -1 | 0 | 1;
export const FOREIGN: WordStatus = -1;
export const NON_WORD: WordStatus = 0;
export const WORD: WordStatus = 1;

export class Lexicon {
  readonly header: LexiconHeader;
  private readonly nodes: Uint32Array;
  private readonly edges: Uint32Array;
  /**
   * The rows of the nodes a lookup has reached, laid out on first reach: rows[row + letter] =
   * the target node, or -1 for no edge (36 slots a row); rowOf[node] = its row's offset + 1, 0
   * while it has none. A step is two reads (rowOf is 400 KB, read all the time; the rows a
   * draft reaches lie side by side). A table of 36 slots for every node (15 MB, one read a
   * step) filled rows scattered over it, so each row reached brought a page of its own into
   * memory: about 10 MB for a 1 MB draft, 2.6 MB for a 10 KB one, in each thread that checks.
   */
  private readonly rowOf: Int32Array;
  private rows = new Int32Array(36 * 1024);
  private rowsUsed = 0;

  private constructor(header: LexiconHeader, nodes: Uint32Array, edges: Uint32Array) {
    this.header = header;
    this.nodes = nodes;
    this.edges = edges;
    this.rowOf = new Int32Array(nodes.length - 1);
  }

  /** Lay out node v's row; its offset + 1. */
  private buildRow(v: number): number {
    const row = this.rowsUsed;
    // (twice as many rows each time, up to a row for every node)
    if (row + 36 > this.rows.length) this.rows = grown(this.rows, Math.min(this.rows.length * 2, 36 * this.rowOf.length));
    const rows = this.rows;
    const edges = this.edges;
    const end = this.nodes[v + 1] & OFFSET;
    rows.fill(-1, row, row + 36);
    for (let e = this.nodes[v] & OFFSET; e < end; e++) {
      const x = edges[e];
      rows[row + (x >>> 26)] = x & TARGET;
    }
    this.rowsUsed = row + 36;
    this.rowOf[v] = row + 1;
    return row + 1;
  }

  /** Read the file's bytes. Throws a clear error on anything that is not a lexicon file of this format. */
  static fromBytes(bytes: Uint8Array): Lexicon {
    const magic = String.fromCharCode(...bytes.subarray(0, 8));
    if (bytes.length < 12 || magic !== LEXICON_MAGIC) throw new Error('not a Mudaqqiq lexicon file (bad magic)');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const hlen = view.getUint32(8, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen))) as LexiconHeader;
    if (header.format !== 1) throw new Error(`lexicon format ${header.format} is not supported`);
    const start = 12 + hlen;
    const need = (header.nodes + 1 + header.edges) * 4;
    if (bytes.length - start !== need) throw new Error(`lexicon file is truncated (${bytes.length - start} of ${need} bytes)`);
    // Typed arrays need 4-byte alignment: copy when the bytes do not have it.
    let buf = bytes.buffer;
    let off = bytes.byteOffset + start;
    if (off % 4 !== 0) {
      const copy = new Uint8Array(need);
      copy.set(bytes.subarray(start));
      buf = copy.buffer;
      off = 0;
    }
    const nodes = new Uint32Array(buf, off, header.nodes + 1);
    const edges = new Uint32Array(buf, off + (header.nodes + 1) * 4, header.edges);
    return new Lexicon(header, nodes, edges);
  }

  /** Bytes held by the automaton. */
  get byteSize(): number {
    return this.nodes.byteLength + this.edges.byteLength + this.rowOf.byteLength + this.rows.byteLength;
  }

  /** The node reached from `node` by letter index `l`, or -1. */
  stepIndex(node: number, l: number): number {
    let r = this.rowOf[node];
    if (r === 0) r = this.buildRow(node);
    return this.rows[r - 1 + l];
  }

  /** The node reached from `node` by the letter with code `c`, or -1. */
  step(node: number, c: number): number {
    const l = letterIndex(c);
    return l < 0 ? -1 : this.stepIndex(node, l);
  }

  isFinal(node: number): boolean {
    return (this.nodes[node] & FINAL) !== 0;
  }

  /** Is `word` (letters only, no diacritics) a word of the lexicon? */
  has(word: string): boolean {
    let n = 0;
    for (let i = 0; i < word.length && n >= 0; i++) n = this.step(n, word.charCodeAt(i));
    return n >= 0 && word.length > 0 && this.isFinal(n);
  }

  /**
   * Is text[start, end) a word, diacritics, tatweel and invisible marks aside? `Foreign`
   * when it holds a character that is neither an Arabic letter nor a mark.
   */
  status(text: string, start: number, end: number): WordStatus {
    let n = 0;
    let letters = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const l = letterIndex(c);
      if (l < 0) {
        if (isMark(c)) continue;
        return FOREIGN;
      }
      letters++;
      if (n >= 0) n = this.stepIndex(n, l);
    }
    return letters > 0 && n >= 0 && this.isFinal(n) ? WORD : NON_WORD;
  }

  /**
   * Every word of the same length as `word` whose letter at each position i is one of
   * `alternatives(i)` (a string of letters; undefined: only word[i] itself). The word
   * itself is included when it is a word. At most `limit` results, in automaton order.
   */
  variants(word: string, alternatives: (i: number) => string | undefined, limit = 32): string[] {
    const out: string[] = [];
    const len = word.length;
    const alts: string[] = new Array(len);
    for (let i = 0; i < len; i++) alts[i] = alternatives(i) ?? word[i];
    const buf: string[] = new Array(len);
    const walk = (node: number, i: number): void => {
      if (out.length >= limit) return;
      if (i === len) {
        if (this.isFinal(node)) out.push(buf.join(''));
        return;
      }
      const a = alts[i];
      for (let k = 0; k < a.length; k++) {
        const next = this.step(node, a.charCodeAt(k));
        if (next < 0) continue;
        buf[i] = a[k];
        walk(next, i + 1);
      }
    };
    if (len > 0) walk(0, 0);
    return out;
  }

  /**
   * Words one edit away from `word` (a letter replaced, inserted, deleted, or two
   * neighbours swapped), for spelling suggestions. At most `limit` (a safety cap: a word
   * has a few hundred at most), in no particular order.
   */
  nearWords(word: string, limit = 2000): string[] {
    const found = new Set<string>();
    const len = word.length;
    const codes: number[] = [];
    for (let i = 0; i < len; i++) codes.push(word.charCodeAt(i));
    const full = (limit2: number) => found.size >= limit2;
    // Walk the prefix word[0, i), then try each kind of edit at i and finish with an exact walk.
    const finish = (node: number, from: number, prefix: string): void => {
      let n = node;
      for (let j = from; j < len && n >= 0; j++) n = this.step(n, codes[j]);
      if (n >= 0 && this.isFinal(n)) {
        const w = prefix + word.slice(from);
        if (w !== word) found.add(w);
      }
    };
    let node = 0;
    for (let i = 0; i <= len && node >= 0 && !full(limit); i++) {
      const prefix = word.slice(0, i);
      // deletion of word[i]
      if (i < len) finish(node, i + 1, prefix);
      // insertion before word[i], and replacement of word[i]
      const end = this.nodes[node + 1] & OFFSET;
      for (let e = this.nodes[node] & OFFSET; e < end && !full(limit); e++) {
        const x = this.edges[e];
        const letter = LETTERS[x >>> 26];
        const child = x & TARGET;
        finish(child, i, prefix + letter);
        if (i < len && letter.charCodeAt(0) !== codes[i]) finish(child, i + 1, prefix + letter);
      }
      // transposition of word[i] and word[i + 1]
      if (i + 1 < len && codes[i] !== codes[i + 1]) {
        const a = this.step(node, codes[i + 1]);
        const b = a >= 0 ? this.step(a, codes[i]) : -1;
        if (b >= 0) finish(b, i + 2, prefix + word[i + 1] + word[i]);
      }
      if (i < len) node = this.step(node, codes[i]);
    }
    return [...found];
  }
}
