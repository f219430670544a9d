// Folding for matching. Matching folds letter variants; fixes never do.
//
// fold(text) returns the folded string and, for every folded code unit, the original
// range it came from, so that a match found on folded text maps back to the exact
// range of the original (diacritics, tatweel, presentation forms and all).

import { isDiacritic, isInvisible, isPresentationForm, TATWEEL } from './chars';

/** Single-letter folds: alef forms → ا, ى → ي, ة → ه, Persian letters → Arabic. */
const LETTER_FOLD: Record<number, number> = {
  0x0623: 0x0627, // أ
  0x0625: 0x0627, // إ
  0x0622: 0x0627, // آ
  0x0671: 0x0627, // ٱ
  0x0672: 0x0627,
  0x0673: 0x0627,
  0x0649: 0x064a, // ى → ي
  0x06cc: 0x064a, // ی Persian yeh
  0x06d2: 0x064a, // ے
  0x0629: 0x0647, // ة → ه
  0x06c1: 0x0647, // ہ
  0x06be: 0x0647, // ھ
  0x06d5: 0x0647, // ە
  0x06a9: 0x0643, // ک → ك
  0x06aa: 0x0643,
  0x00a0: 0x20, // no-break space → space
};

export interface FoldOptions {
  /** Fold alef/yeh/teh-marbuta variants (default true). With false only diacritics, tatweel, invisibles and presentation forms are folded. */
  letters?: boolean;
}

export interface Folded {
  text: string;
  /** For each folded code unit i, the original offset it starts at. */
  starts: Int32Array;
  /** For each folded code unit i, the original offset just past the character it came from. */
  ends: Int32Array;
}

const cache = new Map<number, string>();
function nfkc(c: number): string {
  let s = cache.get(c);
  if (s === undefined) {
    s = String.fromCharCode(c).normalize('NFKC');
    cache.set(c, s);
  }
  return s;
}

/** Fold one code unit to the code unit(s) it contributes ('' when dropped). Does not handle presentation-form expansion recursively. */
export function foldChar(c: number, letters = true): string {
  if (isDiacritic(c) || c === TATWEEL || isInvisible(c)) return '';
  if (isPresentationForm(c)) {
    const n = nfkc(c);
    // Symbols in the presentation-form blocks with no decomposition (﴾ ﴿ ﷽) fold to themselves.
    if (n.length === 1 && n.charCodeAt(0) === c) return n;
    let out = '';
    for (let i = 0; i < n.length; i++) out += foldChar(n.charCodeAt(i), letters);
    return out;
  }
  if (letters) {
    const f = LETTER_FOLD[c];
    if (f !== undefined) return String.fromCharCode(f);
  } else if (c === 0xa0) {
    return ' ';
  }
  return String.fromCharCode(c);
}

/** Fold a whole range of `text` with an offset map back into the original. */
export function fold(text: string, from = 0, to = text.length, opts: FoldOptions = {}): Folded {
  const letters = opts.letters !== false;
  const n = to - from;
  let starts = new Int32Array(n + 8);
  let ends = new Int32Array(n + 8);
  const parts: string[] = [];
  let chunk = '';
  let len = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Fast path: plain letters and ASCII.
    let f: string;
    if (c < 0x80 || (c >= 0x0621 && c <= 0x063a && LETTER_FOLD[c] === undefined) || (c >= 0x0641 && c <= 0x064a && LETTER_FOLD[c] === undefined)) {
      f = text[i];
    } else {
      f = foldChar(c, letters);
    }
    if (f.length === 0) continue;
    if (len + f.length > starts.length) {
      const s2 = new Int32Array(starts.length * 2 + f.length);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(ends.length * 2 + f.length);
      e2.set(ends);
      ends = e2;
    }
    for (let k = 0; k < f.length; k++) {
      starts[len] = i;
      ends[len] = i + 1;
      len++;
    }
    chunk += f;
    if (chunk.length > 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return { text: parts.join(''), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/** The original range covered by folded range [fs, fe). fe > fs required. */
export function originalRange(f: Folded, fs: number, fe: number): { start: number; end: number } {
  return { start: f.starts[fs], end: f.ends[fe - 1] };
}

/** Fold a short string (a word, a name) without an offset map. */
export function foldString(s: string, opts: FoldOptions = {}): string {
  const letters = opts.letters !== false;
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s.charCodeAt(i), letters);
  return out;
}

/** Remove diacritics, tatweel and invisible characters only (keeps hamza seats and ة/ى). */
export function stripMarks(s: string): string {
  return foldString(s, { letters: false });
}
