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

// What folding does to each code unit, looked up in one table (folding runs over every
// character of every document, so it must not call several predicates per character):
// KEEP it, DROP it (diacritics, tatweel, invisibles), map a LETTER variant (letters mode
// only), turn NBSP into a space (both modes), or expand a presentation FORM through NFKC.
const KEEP = 0;
const DROP = 1;
const LETTER = 2;
const NBSP = 3;
const FORM = 4;
const KIND = new Uint8Array(0x10000);
const LETTER_CHAR: string[] = [];
{
  // Every code unit the predicates of chars.ts and LETTER_FOLD can match lies in these ranges.
  const ranges: Array<[number, number]> = [
    [0x00a0, 0x00ff],
    [0x0600, 0x06ff],
    [0x2000, 0x206f],
    [0xfb50, 0xfeff],
  ];
  for (const [lo, hi] of ranges) {
    for (let c = lo; c <= hi; c++) {
      if (isDiacritic(c) || c === TATWEEL || isInvisible(c)) KIND[c] = DROP;
      else if (isPresentationForm(c)) KIND[c] = FORM;
      else if (c === 0xa0) KIND[c] = NBSP;
      else if (LETTER_FOLD[c] !== undefined) {
        KIND[c] = LETTER;
        LETTER_CHAR[c] = String.fromCharCode(LETTER_FOLD[c]);
      }
    }
  }
}

/** Fold text[from, to) without an offset map: the slice itself when nothing folds. */
export function foldRange(text: string, from: number, to: number, letters = true): string {
  let out = '';
  let run = from; // start of the pending run of kept code units
  for (let i = from; i < to; i++) {
    const k = KIND[text.charCodeAt(i)];
    if (k === KEEP || (k === LETTER && !letters)) continue;
    if (i > run) out += text.slice(run, i);
    run = i + 1;
    if (k === LETTER) out += LETTER_CHAR[text.charCodeAt(i)];
    else if (k === NBSP) out += ' ';
    else if (k === FORM) out += foldChar(text.charCodeAt(i), letters);
  }
  if (run === from) return text.slice(from, to);
  if (run < to) out += text.slice(run, to);
  return out;
}

// The folded forms of the words of every draft checked, one string per form: a news draft
// repeats its words (a 1 MB draft: 96,000 words, 14,000 forms), and every word's own copy of
// its folded form cost memory while the draft stays open and time in the collector, and each
// copy had its hash computed again by every Map and Set a rule looks it up in. Open addressing
// on a hash of the folded code units, computed without building the string; emptied when half
// full (a long-running server meets new words forever).
const INTERN_SIZE = 1 << 16;
let interned: Array<string | undefined> = new Array(INTERN_SIZE);
let internedCount = 0;
/** The longest form kept (Arabic words are far shorter). */
const INTERN_MAX = 64;

/** foldRange(text, from, to) (letters folded), the same string for the same form. */
export function foldWord(text: string, from: number, to: number): string {
  // (the hash is fnv1a of the folded form, read off foldState's table as hashFolded does)
  let h = FNV_START;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let st = FOLD_STATE[c];
    if (st === 0) st = foldState(c);
    if (st === 2) continue; // dropped
    if (st === 3) return ownFolded(text, from, to); // a presentation form of several letters: rare
    h = Math.imul(h ^ FOLD_TO[c], 0x01000193);
    if (++n > INTERN_MAX) return ownFolded(text, from, to); // no word: letters with no space between (a pasted blob)
  }
  let slot = (h ^ (h >>> 16)) & (INTERN_SIZE - 1);
  for (;;) {
    const s = interned[slot];
    if (s === undefined) break;
    if (s.length === n && sameFolded(s, text, from, to)) return s;
    slot = (slot + 1) & (INTERN_SIZE - 1);
  }
  if (internedCount >= INTERN_SIZE >> 1) {
    interned = new Array(INTERN_SIZE);
    internedCount = 0;
    return ownFolded(text, from, to);
  }
  const s = n < SLICE_MIN ? foldRange(text, from, to) : ownCopy(text, from, to, n);
  interned[slot] = s;
  internedCount++;
  return s;
}

/** foldRange(text, from, to) as a string of its own (a form not interned may be kept past its draft all the same). */
function ownFolded(text: string, from: number, to: number): string {
  const s = foldRange(text, from, to);
  return s.length < SLICE_MIN ? s : detached(s);
}

/**
 * From this length on, V8 makes a slice of a string (and a concatenation) a view into the
 * string it came from: a form kept in the table past its draft must not hold on to that draft.
 */
const SLICE_MIN = 13;

/** The folded form of text[from, to) (`n` ≤ INTERN_MAX code units, each folding to at most one) as a string of its own. */
function ownCopy(text: string, from: number, to: number, n: number): string {
  const codes = new Array<number>(n);
  let j = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (FOLD_STATE[c] === 1) codes[j++] = FOLD_TO[c];
  }
  return String.fromCharCode(...codes);
}

/**
 * text[from, to) as a string of its own: a slice of SLICE_MIN code units or more would be a
 * view holding the whole of `text` (for strings kept past the text they were read from).
 */
export function detached(text: string, from = 0, to = text.length): string {
  if (to - from < SLICE_MIN) return text.slice(from, to);
  let out = '';
  for (let i = from; i < to; i += 4096) {
    const end = Math.min(to, i + 4096);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) codes[j - i] = text.charCodeAt(j);
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Whether `s` is the folded form of text[from, to) (each code unit folding to at most one, as foldWord has seen). */
function sameFolded(s: string, text: string, from: number, to: number): boolean {
  let j = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (FOLD_STATE[c] === 2) continue;
    if (s.charCodeAt(j++) !== FOLD_TO[c]) return false;
  }
  return true;
}

/** Fold a whole range of `text` with an offset map back into the original. */
export function fold(text: string, from = 0, to = text.length, opts: FoldOptions = {}): Folded {
  const letters = opts.letters !== false;
  // Invariant: the arrays hold room for what is written so far plus one unit per character left.
  let cap = to - from + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  const parts: string[] = [];
  let run = from;
  let len = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = KIND[c];
    if (k === KEEP || (k === LETTER && !letters)) {
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      continue;
    }
    if (i > run) parts.push(text.slice(run, i));
    run = i + 1;
    if (k === DROP) continue;
    const f = k === LETTER ? LETTER_CHAR[c] : k === NBSP ? ' ' : foldChar(c, letters);
    if (f.length === 0) continue;
    if (len + f.length + (to - i - 1) > cap) {
      cap = Math.max(cap * 2, len + f.length + (to - i - 1) + 16);
      const s2 = new Int32Array(cap);
      s2.set(starts.subarray(0, len));
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends.subarray(0, len));
      ends = e2;
    }
    for (let j = 0; j < f.length; j++) {
      starts[len] = i;
      ends[len] = i + 1;
      len++;
    }
    parts.push(f);
  }
  if (run < to) parts.push(text.slice(run, to));
  return { text: parts.join(''), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/** The original range covered by folded range [fs, fe). fe > fs required. */
export function originalRange(f: Folded, fs: number, fe: number): { start: number; end: number } {
  return { start: f.starts[fs], end: f.ends[fe - 1] };
}

/** Fold a short string (a word, a name) without an offset map. */
export function foldString(s: string, opts?: FoldOptions): string {
  return foldRange(s, 0, s.length, opts === undefined || opts.letters !== false);
}

/**
 * A word list as the rules match it: each word folded, alone and after the conjunctions
 * (و and ف unless `conjunctions` says otherwise: «وأكد»، «فأكد»).
 */
export function foldedWithConjunctions(words: readonly string[], conjunctions: readonly string[] = ['و', 'ف']): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const f = foldString(w);
    out.add(f);
    for (const c of conjunctions) out.add(c + f);
  }
  return out;
}

/** Remove diacritics, tatweel and invisible characters only (keeps hamza seats and ة/ى). */
export function stripMarks(s: string): string {
  return foldString(s, { letters: false });
}

/**
 * stripMarks(a.slice(aStart, aEnd)) === stripMarks(b.slice(bStart, bEnd)), without making
 * strings: compared code unit by code unit, marks skipped; a presentation form (folded
 * through NFKC) takes stripMarks itself.
 */
export function sameStripped(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  let i = aStart;
  let j = bStart;
  for (;;) {
    while (i < aEnd && foldState(a.charCodeAt(i)) === 2) i++;
    while (j < bEnd && foldState(b.charCodeAt(j)) === 2) j++;
    if (i >= aEnd || j >= bEnd) return i >= aEnd && j >= bEnd;
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if ((x >= 0xfb50 && x <= 0xfeff) || (y >= 0xfb50 && y <= 0xfeff)) return stripMarks(a.slice(aStart, aEnd)) === stripMarks(b.slice(bStart, bEnd));
    if (x !== y) return false;
    i++;
    j++;
  }
}

/** Whether stripMarks keeps something of this code unit (it is no diacritic, tatweel or invisible): stripMarks(String.fromCharCode(c)) !== '', without making strings. */
export function keptByStripMarks(c: number): boolean {
  const k = KIND[c];
  return k !== DROP && (k !== FORM || foldChar(c, false).length > 0);
}

// What folding does to each code unit (foldChar's answer, looked up once per code unit), for
// loops that hash folded words without building them (the names index, the house style's
// known words): 0 not looked up yet, 1 kept or mapped to the one code unit FOLD_TO[c],
// 2 dropped, 3 more than one code unit (a presentation form: foldChar is asked again).
const FOLD_STATE = new Uint8Array(0x10000);
export const FOLD_TO = new Uint16Array(0x10000);

export function foldState(c: number): number {
  let st = FOLD_STATE[c];
  if (st === 0) {
    const f = foldChar(c);
    st = f.length === 0 ? 2 : f.length === 1 ? 1 : 3;
    if (st === 1) FOLD_TO[c] = f.charCodeAt(0);
    FOLD_STATE[c] = st;
  }
  return st;
}

/** The FNV-1a offset basis: fnv1a's start, and what a hash continued from nothing begins with. */
export const FNV_START = 0x811c9dc5 | 0;

/** FNV-1a over the UTF-16 code units of s[from, to), continuing from `h` (the names' and house-style tables' hash). */
export function fnv1a(s: string, from = 0, to = s.length, h = FNV_START): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Two hashes of s[from, to) as folded (a folded string hashes as itself), without building
 * the folded string: `h1` is FNV-1a over the folded code units (hashing the folded string
 * with FNV-1a gives the same), `h2` an independent multiply–rotate hash, `length` the number
 * of folded code units (0: the range folds to nothing). Module scratch, read right after.
 */
export const foldedHash = { h1: 0, h2: 0, length: 0 };

export function hashFolded(s: string, from = 0, to = s.length): void {
  let a = FNV_START;
  let b = 0x9e3779b9 | 0;
  let len = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    let st = FOLD_STATE[c];
    if (st === 0) st = foldState(c);
    if (st === 1) {
      const u = FOLD_TO[c];
      a = Math.imul(a ^ u, 0x01000193);
      b = Math.imul((b << 5) | (b >>> 27), 0x85ebca6b) ^ u;
      len++;
    } else if (st === 3) {
      const f = foldChar(c);
      for (let k = 0; k < f.length; k++) {
        const u = f.charCodeAt(k);
        a = Math.imul(a ^ u, 0x01000193);
        b = Math.imul((b << 5) | (b >>> 27), 0x85ebca6b) ^ u;
        len++;
      }
    }
  }
  foldedHash.h1 = a;
  foldedHash.h2 = b ^ len;
  foldedHash.length = len;
}
