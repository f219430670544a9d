// Finding the names of the newsroom's names list in a draft.
//
// The list is indexed once: a one-word spelling (and the surname alone) by its folded word,
// a longer one by its first and last folded words and its length, so the cost of a check
// does not grow with the size of the list: each word of the draft costs a few lookups,
// whether the list holds 100 names or 100,000 of which thousands begin محمد or عبد الله
// (test/unit/name-index.test.ts counts the spellings a check looks at).
//
// A mention is matched on folded words (diacritics, tatweel, presentation forms, alef,
// yeh and teh-marbuta variants all fold), through proclitics (و ف ب ل ك, لل), across
// any run of spaces or no-break spaces between the parts, and never inside a longer
// word (whole tokens only).

import { getLexicon, lexiconKnows } from '../../lexicon';
import { originalPrefixLength, segment } from '../../text/arabic';
import { DocumentMemo, type AnalysedDocument } from '../../text/document';
import { isJsWhitespace } from '../../text/chars';
import { FOLD_TO, fnv1a, foldChar, foldedHash, foldState, foldString, hashFolded, sameStripped, stripMarks } from '../../text/fold';
import { forEachSpelling, sharedArray, variantCount } from '../../names-list';
import { defineScan, documentScan, scansGivenFor } from '../../scans';
import type { NameEntry } from '../../types';

export interface NameForm {
  entry: NameEntry;
  /** Folded words of this spelling. */
  words: string[];
  /** The spelling as written in the list. */
  text: string;
  kind: 'canonical' | 'variant' | 'surname' | 'variant-surname';
}

// The index is compact, because a newsroom's list may hold 100,000 names and the server
// keeps one on each of its threads: no object per spelling, only typed arrays. Every
// spelling ("form": the canonical spelling, each variant, and the surnames alone) is one
// slot, the slots grouped by their key (spanKey; bucket b holds the slots from
// bucketStart[b] to bucketStart[b + 1], in the list's order). A draft word costs a hash and
// a look at a bucket for each length of spelling; the folded words of a spelling are only
// computed (and kept, in a bounded cache) when the high half of the key matches too.
// 100,000 names (400,000 slots) take under 4 MB.

const KINDS: readonly NameForm['kind'][] = ['canonical', 'variant', 'surname', 'variant-surname'];
const K_CANONICAL = 0;
const K_VARIANT = 1;
const K_SURNAME = 2;
const K_VARIANT_SURNAME = 3;

export interface NameIndex {
  readonly names: readonly NameEntry[];
  /** Per bucket (hash & mask), the first slot; bucketStart[mask + 1] = number of slots. */
  readonly bucketStart: Int32Array;
  readonly mask: number;
  /** Per slot: the high half of the hash of the folded first word, the entry, and kind | (variant + 1) << 2. */
  readonly check: Uint16Array;
  readonly entry: Int32Array;
  readonly info: Uint8Array | Int32Array;
  /** Longest spelling in words. */
  readonly maxWords: number;
  /**
   * A bit per first-word hash (FIRST_BITS of them) that some spelling begins with: most words
   * of a draft begin no listed name, and this small table (kept in the processor's cache, unlike
   * the buckets of a 100,000-name list) says so without a look at the buckets.
   */
  readonly firsts: Uint32Array;
  /** Bit n set: some spelling has n words (n ≥ 2): only those lengths are looked up. */
  readonly lengths: number;
  /** Slots already looked at, as NameForm objects (bounded). */
  readonly forms: Map<number, NameForm>;
}

const FORM_CACHE_LIMIT = 20000;
const indexCache = new WeakMap<readonly NameEntry[], NameIndex>();

/** JavaScript's `\s`: what the list's spellings are split on. */
const isSpace = isJsWhitespace;

function splitWords(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    const a = i;
    while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
    if (i > a) out.push(a === 0 && i === s.length ? s : s.slice(a, i));
  }
  return out;
}


// What scanWords learns of a spelling (module scratch: the index is built without
// allocating a string per word).
let scanWordCount = 0;
let scanEmptyWord = false;
let scanFirstHash = 0;
let scanLastHash = 0;
let scanLastLength = 0;
let scanLastStart = 0;
/** The word before the last: its hash and start. */
let scanPrevHash = 0;
let scanPrevStart = 0;

/**
 * The words of spelling `s` (split on `\s`, then folded, as NameForm.words): their count,
 * whether one folds to nothing, the hash of the first folded word, the hash, folded length
 * and start of the last, and the hash and start of the one before it.
 */
function scanWords(s: string, from = 0, to = s.length): void {
  scanWordCount = 0;
  scanEmptyWord = false;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !isSpace(s.charCodeAt(i))) i++;
    // FNV-1a of the folded word: what fnv1a gives for a draft word's norm
    hashFolded(s, start, i);
    const h = foldedHash.h1;
    const len = foldedHash.length;
    if (scanWordCount === 0) scanFirstHash = h;
    scanWordCount++;
    if (len === 0) scanEmptyWord = true;
    scanPrevHash = scanLastHash;
    scanPrevStart = scanLastStart;
    scanLastHash = h;
    scanLastLength = len;
    scanLastStart = start;
  }
}

/**
 * The key of a spelling of two words or more: the hashes of its first and last folded words
 * and its number of words, mixed. A list holds thousands of names that begin محمد or
 * عبد الله: keyed by the first word alone, every محمد in a draft would look at all of them,
 * and a check would cost more the longer the list. A draft word looks at the one-word
 * spellings under its own hash, and for each length n the list has, at the spellings under
 * the key of itself and the n-th word from it.
 */
function spanKey(first: number, last: number, words: number): number {
  const l = last ^ Math.imul(words, 0x9e3779b1);
  let h = Math.imul(first ^ ((l << 16) | (l >>> 16)), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ l;
}

/**
 * stripMarks(a's last word) === stripMarks(b's last word), the words starting at aStart and
 * bStart and running to aTo and bTo (trailing spaces aside).
 */
function sameMarksStripped(a: string, aStart: number, aTo: number, b: string, bStart: number, bTo: number): boolean {
  let aEnd = aTo;
  while (aEnd > aStart && isSpace(a.charCodeAt(aEnd - 1))) aEnd--;
  let bEnd = bTo;
  while (bEnd > bStart && isSpace(b.charCodeAt(bEnd - 1))) bEnd--;
  return sameStripped(a, aStart, aEnd, b, bStart, bEnd);
}

/** What another thread needs of a list's index (its arrays are in shared memory), if it is built. */
export type WireNameIndex = Omit<NameIndex, 'names' | 'forms'>;

export function indexToWire(names: readonly NameEntry[]): WireNameIndex | undefined {
  const idx = indexCache.get(names);
  if (!idx) return undefined;
  const { names: _n, forms: _f, ...rest } = idx;
  return rest;
}

/** Take `w`, another thread's index of the same list, as the index of `names` (that list's copy). */
export function adoptIndex(names: readonly NameEntry[], w: WireNameIndex): void {
  if (!indexCache.has(names)) indexCache.set(names, { ...w, names, forms: new Map() });
}

/** Index a names list (cached per list object). */
export function nameIndex(names: readonly NameEntry[]): NameIndex {
  const hit = indexCache.get(names);
  if (hit) return hit;
  // Room for the most an entry can give: its canonical spelling, its surname, each variant
  // and its surname. (Each pass is its own function: one long function with several hot
  // loops was compiled, thrown away and compiled again as each loop started.)
  const cap = 2 * names.length + 2 * variantCount(names);
  const hashes = new Int32Array(cap);
  const entries = new Int32Array(cap);
  const infos = new Int32Array(cap);
  const firsts = sharedArray(Uint32Array, FIRST_BITS >>> 5);
  const n = fillSlots(names, hashes, entries, infos, firsts);
  const idx: NameIndex = { names, maxWords: filledMaxWords, firsts, lengths: filledLengths, forms: new Map(), ...groupSlots(hashes, entries, infos, n, filledMaxVariants) };
  indexCache.set(names, idx);
  return idx;
}

let filledMaxWords = 1;
let filledLengths = 0;
let filledMaxVariants = 0;

const FIRST_BITS = 1 << 20;
/** The bit of `firsts` for a first word's hash. */
function firstBit(h: number): number {
  return (h ^ (h >>> 15)) & (FIRST_BITS - 1);
}

/** First pass: every slot's hash, entry and info, in the list's order; returns the number of slots. */
function fillSlots(names: readonly NameEntry[], hashes: Int32Array, entries: Int32Array, infos: Int32Array, firsts: Uint32Array): number {
  let n = 0;
  let maxWords = 1;
  let lengths = 0;
  let maxVariants = 0;
  // the entry's canonical spelling, as the visit of its variants needs it
  let canonS = '';
  let canonTo = 0;
  let canonCount = 0;
  let surnameStart = 0;
  let surnameHash = 0;
  let surnameWords = 0;
  /** A slot: its hash, entry and info, and its first word's bit. */
  const put = (firstHash: number, hash: number, e: number, info: number) => {
    const fb = firstBit(firstHash);
    firsts[fb >>> 5] |= 1 << (fb & 31);
    hashes[n] = hash;
    entries[n] = e;
    infos[n++] = info;
  };
  /** The spelling scanWords just read, whole (unless it has no word, or one that folds to nothing). */
  const putSpelling = (e: number, info: number) => {
    if (scanWordCount === 0 || scanEmptyWord) return;
    if (scanWordCount > maxWords) maxWords = scanWordCount;
    if (scanWordCount > 1) lengths |= 1 << Math.min(scanWordCount, 31);
    put(scanFirstHash, scanWordCount > 1 ? spanKey(scanFirstHash, scanLastHash, scanWordCount) : scanFirstHash, e, info);
  };
  // each spelling as a range: a names file's are ranges of its text, never made into strings
  forEachSpelling(names, (e, kind, s, from, to) => {
    scanWords(s, from, to);
    if (kind === 0) {
      canonS = s;
      canonTo = to;
      canonCount = scanWordCount;
      surnameWords = scanSurname();
      surnameStart = scanSurnameStart;
      surnameHash = scanSurnameKey;
      putSpelling(e, K_CANONICAL);
      // the surname alone (أبو الغيط of أحمد أبو الغيط), when the name has more than its surname
      if (surnameWords === 2) lengths |= 1 << 2;
      if (surnameWords > 0) put(scanSurnameFirst, surnameHash, e, K_SURNAME);
      return;
    }
    if (kind > maxVariants) maxVariants = kind;
    putSpelling(e, K_VARIANT | (kind << 2));
    // a variant's surname alone (طلعة for عمرو طلعة) when it differs from the canonical surname
    // (surnames that fold apart differ: folding goes further than stripping the marks)
    if (
      surnameWords > 0 &&
      scanWordCount === canonCount &&
      scanSurname() === surnameWords &&
      (scanSurnameKey !== surnameHash || !sameMarksStripped(s, scanSurnameStart, to, canonS, surnameStart, canonTo))
    ) {
      put(scanSurnameFirst, scanSurnameKey, e, K_VARIANT_SURNAME | (kind << 2));
    }
  });
  filledMaxWords = maxWords;
  filledLengths = lengths;
  filledMaxVariants = maxVariants;
  return n;
}

// The surname of the spelling scanWords just read, as scanSurname finds it: the hash of its
// first word, its key (as a spelling of its own) and its start.
let scanSurnameFirst = 0;
let scanSurnameKey = 0;
let scanSurnameStart = 0;

/**
 * The surname of the spelling scanWords just read, in words: 2 for a compound surname
 * (عبد الحميد، أبو الغيط، بن سلمان، آل مكتوم: the word before the last is one of
 * SURNAME_CONNECTORS; نصر الله، داود أوغلو: the last is one of SURNAME_ENDS) in a name longer
 * than it, 1 for the last word of a name of two words or more (of three letters or more: a one-
 * or two-letter word is never looked for alone), 0 for none (one word, a name that is all
 * surname: أبو مازن is never «مازن», or one that ends in a regnal number: عبدالله الثاني is
 * never «الثاني»). As surnameWords, on hashes.
 */
function scanSurname(): number {
  if (scanWordCount < 2 || scanLastLength < 3 || ORDINAL_HASHES.has(scanLastHash)) return 0;
  if (!CONNECTOR_HASHES.has(scanPrevHash) && !END_HASHES.has(scanLastHash)) {
    scanSurnameFirst = scanSurnameKey = scanLastHash;
    scanSurnameStart = scanLastStart;
    return 1;
  }
  if (scanWordCount === 2) return 0;
  scanSurnameFirst = scanPrevHash;
  scanSurnameKey = spanKey(scanPrevHash, scanLastHash, 2);
  scanSurnameStart = scanPrevStart;
  return 2;
}

/**
 * Words that join the word after them into one surname (folded: alef and hamza forms fold, so
 * أبو is ابو and آل is ال). عبد of عبد الله, أبو of أبو الغيط, بن/ابن/بنت of a patronymic, آل of a
 * family, ولد of Mauritanian names.
 */
export const SURNAME_CONNECTORS: ReadonlySet<string> = new Set(['عبد', 'ابو', 'ابي', 'ابا', 'بن', 'ابن', 'بنت', 'ال', 'ولد']);
const CONNECTOR_HASHES: ReadonlySet<number> = new Set([...SURNAME_CONNECTORS].map((w) => fnv1a(w)));

/**
 * Words that join the word before them into one surname (folded): الله of نصر الله، فضل الله
 * (alone it is «God», in every other sentence of a draft), الدين of عز الدين، نور الدين (alone it
 * is «religion»: «الفنانة مي عز الدين» is never «الدين»), أوغلو of داود أوغلو، جاويش أوغلو (alone
 * it is the end of any Turkish surname).
 */
export const SURNAME_ENDS: ReadonlySet<string> = new Set(['الله', 'الدين', 'اوغلو']);
const END_HASHES: ReadonlySet<number> = new Set([...SURNAME_ENDS].map((w) => fnv1a(w)));

/**
 * Regnal numbers (folded), which end a name that has no surname to be named by: عبدالله الثاني
 * is «الملك عبدالله», never «الثاني» (alone: «the second»).
 */
const ORDINALS: ReadonlySet<string> = new Set([
  'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'عشر',
  'الاولي', 'الثانيه', 'الثالثه', 'الرابعه', 'الخامسه', 'السادسه', 'السابعه', 'الثامنه', 'التاسعه', 'العاشره', 'عشره',
]);
const ORDINAL_HASHES: ReadonlySet<number> = new Set([...ORDINALS].map((w) => fnv1a(w)));

/** The surname's length in words of a name's folded words: as scanSurname. */
function surnameWords(folded: readonly string[]): number {
  const n = folded.length;
  if (n < 2) return 0;
  const last = folded[n - 1];
  if (last.length < 3 || ORDINALS.has(last)) return 0;
  if (!SURNAME_CONNECTORS.has(folded[n - 2]) && !SURNAME_ENDS.has(last)) return 1;
  return n === 2 ? 0 : 2;
}

/**
 * The surname of a name as the list writes it: its last word, with the word before it for a
 * compound surname (see scanSurname); the whole name when it has no surname to be named by
 * (one word, أبو مازن, عبدالله الثاني).
 */
export function surnameOf(name: string): string {
  const w = splitWords(name);
  const k = surnameWords(w.map((x) => foldString(x)));
  return k === 0 ? w.join(' ') || name : w.slice(w.length - k).join(' ');
}

/**
 * Second pass: the slots grouped by bucket (a stable counting sort: the list's order within
 * a bucket). Two slots a bucket on average; the hash's high half tells most of them apart.
 */
function groupSlots(hashes: Int32Array, entries: Int32Array, infos: Int32Array, n: number, maxVariants: number): Pick<NameIndex, 'bucketStart' | 'mask' | 'check' | 'entry' | 'info'> {
  let buckets = 16;
  while (buckets * 2 < n) buckets *= 2;
  const mask = buckets - 1;
  const bucketStart = sharedArray(Int32Array, buckets + 1);
  for (let i = 0; i < n; i++) bucketStart[(hashes[i] & mask) + 1]++;
  for (let b = 0; b < buckets; b++) bucketStart[b + 1] += bucketStart[b];
  const fill = bucketStart.slice(0, buckets);
  // (in shared memory: the lint worker's copy of the list takes the index as it is, see indexToWire)
  const check = sharedArray(Uint16Array, n);
  const entry = sharedArray(Int32Array, n);
  const info = (maxVariants + 1) << 2 <= 0x100 ? sharedArray(Uint8Array, n) : sharedArray(Int32Array, n);
  for (let i = 0; i < n; i++) {
    const h = hashes[i];
    const at = fill[h & mask]++;
    check[at] = h >>> 16;
    entry[at] = entries[i];
    info[at] = infos[i];
  }
  return { bucketStart, mask, check, entry, info };
}

/** The spelling in slot `slot`, with its folded words (built on first use, then cached). */
function formAt(idx: NameIndex, slot: number): NameForm {
  let form = idx.forms.get(slot);
  if (form) return form;
  const entry = idx.names[idx.entry[slot]];
  const info = idx.info[slot];
  const kind = info & 3;
  const spelling = kind === K_VARIANT || kind === K_VARIANT_SURNAME ? entry.variants[(info >> 2) - 1] : entry.canonical;
  const text = kind === K_SURNAME || kind === K_VARIANT_SURNAME ? surnameOf(spelling) : spelling;
  const words = splitWords(text).map((w) => foldString(w));
  if (kind === K_VARIANT) {
    // A one-word variant of the first name (عمر for عمرو طلعت) is also a common word or
    // another person's name (عمر الشريف): it is matched only in the context the entry gives,
    // followed by the rest of the canonical spelling (عمر طلعت).
    // A one-word variant of the surname (طلعة) is a variant surname: fixed to the canonical
    // surname (طلعت), not to the whole name.
    const part = onePartOf(words, entry.canonical);
    if (part === 'surname') {
      form = { entry, words, text, kind: 'variant-surname' };
    } else if (part) {
      form = { entry, words: words.concat(part), text: text + ' ' + part.join(' '), kind: KINDS[kind] };
    }
  }
  form ??= { entry, words, text, kind: KINDS[kind] };
  if (idx.forms.size >= FORM_CACHE_LIMIT) idx.forms.clear();
  idx.forms.set(slot, form);
  return form;
}

/**
 * Which part of a multi-word canonical spelling a one-word variant stands for, by edit
 * distance: the first word (عمر for عمرو طلعت: then the canonical's other words, folded,
 * which must follow it), the surname (طلعة; عبدالحميد for the compound عبد الحميد of محمد
 * عبد الحميد), or the whole name written as one word (عبدالله for عبد الله: undefined, as for
 * any other variant).
 */
function onePartOf(variantWords: string[], canonical: string): string[] | 'surname' | undefined {
  if (variantWords.length !== 1) return undefined;
  const cw = splitWords(canonical).map((w) => foldString(w));
  if (cw.length < 2) return undefined;
  const v = variantWords[0];
  const dFirst = editDistance(v, cw[0]);
  const dLast = editDistance(v, foldString(surnameOf(canonical)).replace(/\s+/g, ''));
  const dWhole = editDistance(v, cw.join(''));
  if (dLast < dFirst && dLast < dWhole) return 'surname';
  if (dFirst < dLast && dFirst < dWhole) return cw.slice(1);
  return undefined;
}

/** Levenshtein distance of two short strings (a names-list spelling's words). */
function editDistance(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Hash of 'ال' + stem (or of the stem), without building the string. */
const ARTICLE_HASH = fnv1a('ال');

/** firsts has the bit of hash h. */
function hasFirst(idx: NameIndex, h: number): boolean {
  const fb = firstBit(h);
  return (idx.firsts[fb >>> 5] & (1 << (fb & 31))) !== 0;
}

/**
 * Could some reading of the folded word begin a listed spelling? The readings segment(norm, 2)
 * gives (a conjunction و ف, then a preposition ب ل ك, then the article; لل for ل + ال), each
 * stem hashed in place and asked of the bit table: most words of a draft begin no listed
 * name, and are passed over without segmenting them (a lookup in segment's cache, and its
 * arrays for a word not seen yet). The future particle س begins no name (findNameMentions).
 */
function someReadingListed(idx: NameIndex, norm: string): boolean {
  const n = norm.length;
  const c0 = norm.charCodeAt(0);
  const conjEnd = c0 === 0x648 || c0 === 0x641 ? 1 : 0; // و ف
  for (let o = 0; o <= conjEnd; o++) {
    for (let withPrep = 0; withPrep < 2; withPrep++) {
      let at = o;
      if (withPrep) {
        const c = norm.charCodeAt(o);
        if (c !== 0x628 && c !== 0x644 && c !== 0x643) break; // ب ل ك (س: no name)
        at++;
      }
      if (n - at >= 2 && hasFirst(idx, fnv1a(norm, at))) return true;
      // (the article written out, ال + stem, hashes as the word from `at` does: asked just above)
      // لل = ل + ال
      if (withPrep && norm.charCodeAt(o) === 0x644 && norm.charCodeAt(at) === 0x644 && n - at - 1 >= 2 && hasFirst(idx, fnv1a(norm, at + 1, norm.length, ARTICLE_HASH))) return true;
    }
  }
  return false;
}

export interface NameMention {
  form: NameForm;
  entry: NameEntry;
  /** The entry's place in the names list (names[entryIndex] === entry): no map from entry to place needed. */
  entryIndex: number;
  /** The name without its proclitic. */
  start: number;
  end: number;
  /** Start of the first word (proclitic included). */
  wordStart: number;
  /** The proclitic as written ('' for none). */
  prefix: string;
  /** Token indexes of the first and last word. */
  firstToken: number;
  lastToken: number;
  /** The mention is not written as the canonical spelling (ignoring marks and final ى/ي). */
  misspelt: boolean;
  /** Written after ل with the article's alef dropped (للسيسي): replacements drop it too. */
  lamLam: boolean;
  /**
   * A surname alone, misspelt, that may as well be another word as written: أمام (or امام, أمام
   * without its hamza as often as إمام) for a listed إمام (see writtenMayBeWord).
   */
  wordToo?: boolean;
}

/** Compare spellings: marks ignored, final ى/ي not a difference (the final-yeh rule owns that). */
export function sameSpelling(a: string, b: string): boolean {
  const n = (s: string) => stripMarks(s).replace(/[\s\u00a0]+/g, ' ').replace(/ى(?= |$)/g, 'ي');
  return n(a) === n(b);
}

const isLetter = (c: number) => c >= 0x621 && c <= 0x64a && c !== 0x640;

/**
 * sameSpelling of a[a0, a1) and b[b0, b1), deciding without making strings while both run in
 * the same letters and single spaces (stripMarks keeps letters as they are): two different
 * letters other than ى/ي at the same place, or a letter left over in the longer, are a
 * difference. Anything else (marks, spacing, ى/ي) is left to sameSpelling. A names list's
 * variant differs from its name early, so a 100,000-name list is checked at load in a few ms.
 */
export function sameSpellingRange(a: string, a0: number, a1: number, b: string, b0: number, b1: number): boolean {
  let i = a0;
  let j = b0;
  for (; i < a1 && j < b1; i++, j++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (x === y && isLetter(x)) continue;
    if (x === 0x20 && y === 0x20 && i + 1 < a1 && j + 1 < b1 && isLetter(a.charCodeAt(i + 1)) && isLetter(b.charCodeAt(j + 1))) continue;
    if (isLetter(x) && isLetter(y) && !((x === 0x649 || x === 0x64a) && (y === 0x649 || y === 0x64a))) return false;
    return sameSpelling(a.slice(a0, a1), b.slice(b0, b1));
  }
  if (i === a1 && j === b1) return true;
  const [s, from, to] = i < a1 ? [a, i, a1] : [b, j, b1];
  for (let k = from; k < to; k++) if (isLetter(s.charCodeAt(k))) return false;
  return sameSpelling(a.slice(a0, a1), b.slice(b0, b1));
}

const mentionCache = new DocumentMemo<{ names: readonly NameEntry[]; mentions: NameMention[] }>();
/** Hashes of the words after the one being looked up (scratch; grown to the list's longest spelling). */
let afterHash = new Int32Array(8);

/** Every mention of a listed name in the document, longest match first at each place. */
export function findNameMentions(doc: AnalysedDocument, names: readonly NameEntry[] | undefined): NameMention[] {
  if (!names || names.length === 0) return [];
  const hit = mentionCache.get(doc);
  if (hit && hit.names === names) return hit.mentions;
  // the paragraphs' mentions, when the incremental checker gave them for these names
  const given = scansGivenFor(doc);
  const found = given && given.names === names ? documentScan(doc, MENTION_SCAN, given) : scanMentions(doc, names);
  const mentions = withoutCommonWordSurnames(found);
  mentionCache.set(doc, { names, mentions });
  return mentions;
}

/** The mentions of listed names in a document or a paragraph, before the draft-wide filter of common-word surnames. */
function scanMentions(doc: AnalysedDocument, names: readonly NameEntry[] | undefined): NameMention[] {
  if (!names || names.length === 0) return [];
  const idx = nameIndex(names);
  if (afterHash.length < idx.maxWords) afterHash = new Int32Array(idx.maxWords);
  const toks = doc.tokens;
  const text = doc.text;
  const out: NameMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    if (!someReadingListed(idx, t.norm)) {
      i++;
      continue;
    }
    let best: { form: NameForm; entryIndex: number; seg: { prefix: string; article: boolean }; last: number } | undefined;
    // the words after this one as matchRest reads them, for the keys of longer spellings
    // (hashed only once a reading of this word begins some listed spelling: most do not)
    let after = -1;
    for (const seg of segment(t.norm, 2)) {
      if (seg.prep === 'س') continue;
      const h = seg.article ? fnv1a(seg.stem, 0, seg.stem.length, ARTICLE_HASH) : fnv1a(seg.stem);
      const fb = firstBit(h);
      if ((idx.firsts[fb >>> 5] & (1 << (fb & 31))) === 0) continue; // no listed spelling begins with this word
      if (after < 0) {
        after = 0;
        for (let k = i; after < idx.maxWords - 1; after++) {
          k = nextWordIndex(doc, k);
          if (k < 0) break;
          afterHash[after] = fnv1a(toks[k].norm);
        }
      }
      // the longer spellings first (each length under its own key), then the one-word ones
      for (let probe = after; probe >= 0; probe--) {
        if (probe > 0 && (idx.lengths & (1 << Math.min(probe + 1, 31))) === 0) continue;
        const key = probe > 0 ? spanKey(h, afterHash[probe - 1], probe + 1) : h;
        const b = key & idx.mask;
        const to = idx.bucketStart[b + 1];
        let oneWord = false;
        for (let slot = idx.bucketStart[b]; slot < to; slot++) {
          if (idx.check[slot] !== key >>> 16) continue;
          // Under a one-word key, once a one-word spelling matched here only a one-word variant
          // of a first name (matched with the rest of its name) can be longer: the others (a
          // surname shared by thousands of entries) are not looked at again.
          if (oneWord && (idx.info[slot] & 3) !== K_VARIANT) continue;
          const form = formAt(idx, slot);
          const w0 = form.words[0];
          // the full first word (a hash is not proof)
          if (seg.article ? w0.length !== seg.stem.length + 2 || !w0.startsWith('ال') || !w0.endsWith(seg.stem) : w0 !== seg.stem) continue;
          const last = matchRest(doc, i, form.words);
          if (last < 0) continue;
          if (probe === 0 && form.words.length === 1) oneWord = true;
          // longest first, then the shorter proclitic, then the list's order
          const e = idx.entry[slot];
          if (
            !best ||
            form.words.length > best.form.words.length ||
            (form.words.length === best.form.words.length && (seg.prefix.length < best.seg.prefix.length || (seg.prefix.length === best.seg.prefix.length && e < best.entryIndex)))
          ) {
            best = { form, entryIndex: e, seg: { prefix: seg.prefix, article: seg.article }, last };
          }
        }
      }
    }
    if (!best) {
      i++;
      continue;
    }
    // the proclitic, in original characters (لل of للسيسي keeps one ل as the article's)
    const prefixLetters = best.seg.article && best.seg.prefix.endsWith('لل') ? best.seg.prefix.length - 1 : best.seg.prefix.length - (best.seg.article ? 2 : 0);
    const word = text.slice(t.start, t.end);
    const k = prefixLetters > 0 ? originalPrefixLength(word, prefixLetters, (c) => foldChar(c)) : 0;
    const start = t.start + k;
    const end = toks[best.last].end;
    const written = text.slice(start, end);
    const canonicalPart = best.form.kind === 'surname' || best.form.kind === 'variant-surname' ? surnameOf(best.form.entry.canonical) : best.form.entry.canonical;
    const lamLam = best.seg.article && best.seg.prefix.endsWith('لل');
    const writtenCmp = lamLam ? 'ا' + written : written;
    const misspelt = !sameSpelling(writtenCmp, canonicalPart);
    const surnameAlone = best.form.kind === 'surname' || best.form.kind === 'variant-surname';
    out.push({
      form: best.form,
      entry: best.form.entry,
      entryIndex: best.entryIndex,
      start,
      end,
      wordStart: t.start,
      prefix: word.slice(0, k),
      firstToken: i,
      lastToken: best.last,
      misspelt,
      lamLam,
      ...(misspelt && surnameAlone && writtenMayBeWord(writtenCmp, best.form.entry) ? { wordToo: true } : {}),
    });
    i = best.last + 1;
  }
  return out;
}

/** Name mentions are found paragraph by paragraph (a name never runs past a line break). */
const MENTION_SCAN = defineScan<NameMention>({
  name: 'name-mentions',
  usedBy: ['name-spelling', 'first-mention', 'name-consistency'],
  readsShared: true,
  scan: (doc, shared) => scanMentions(doc, shared?.names),
  move: (m, at) => ({ ...m, start: m.start + at.offset, end: m.end + at.offset, wordStart: m.wordStart + at.offset, firstToken: m.firstToken + at.token, lastToken: m.lastToken + at.token }),
});

/** Per word: is this surname variant (its last word) also a common word? */
const commonSurnames = new Map<string, boolean>();

/**
 * Is the surname variant of this mention also a common word (طلعة «sortie»)? Asked of the
 * lexicon, on the spelling as the list gives it (a compound surname's last word). Without a
 * lexicon every such variant is taken for a common word: matched only in context, so nothing
 * is rewritten wrongly.
 */
function surnameIsCommonWord(m: NameMention): boolean {
  // a compound surname by its last word: بن سليمان (for a listed بن سلمان) is another person's
  // patronymic wherever سليمان is a name or a word, أبو الغيظ is أبو and «anger»
  const words = splitWords(m.form.text);
  const word = stripMarks(words[words.length - 1] ?? m.form.text);
  let common = commonSurnames.get(word);
  if (common === undefined) {
    common = lexiconKnows(word);
    if (commonSurnames.size >= 10000) commonSurnames.clear();
    commonSurnames.set(word, common);
  }
  return common;
}

/**
 * Is this mention a surname variant that is also a common word (طلعة «sortie», صالح «valid»)?
 * Even in a draft that names the person it may be the word (غير صالح للعب) or part of another
 * person's name (علي عبد الله صالح): rewriting it is the writer's call, never fix-all's.
 */
export function isCommonWordSurname(m: NameMention): boolean {
  return m.wordToo === true || (m.form.kind === 'variant-surname' && surnameIsCommonWord(m));
}

/**
 * What writtenMayBeWord knows of an entry, kept with it (a list's own variants decide it): the
 * spellings that are its own (each word, its final ة/ه and ى/ي swapped, and its hamza seats
 * bared: the name typed without them), the places where they write a hamza seat, and the
 * answer per word as written.
 */
interface WrittenWords {
  own: Set<string>;
  seats: Set<number>;
  answers: Map<string, boolean>;
}

const writtenWords = new WeakMap<NameEntry, WrittenWords>();

function writtenWordsOf(entry: NameEntry): WrittenWords {
  let w = writtenWords.get(entry);
  if (w) return w;
  const own = new Set<string>();
  const seats = new Set<number>();
  const swap = (x: string) => x.replace(/[ةه]$/, (c) => (c === 'ة' ? 'ه' : 'ة')).replace(/[ىي]$/, (c) => (c === 'ى' ? 'ي' : 'ى'));
  for (const s of [entry.canonical, ...entry.variants]) {
    for (const raw of splitWords(s)) {
      const word = stripMarks(raw);
      [...word].forEach((c, i) => (c === 'أ' || c === 'إ' || c === 'آ') && seats.add(i));
      const bare = word.replace(/[أإآ]/g, 'ا');
      for (const x of [word, swap(word), bare, swap(bare)]) own.add(x);
    }
  }
  writtenWords.set(entry, (w = { own, seats, answers: new Map() }));
  return w;
}

/**
 * The letters folding does not tell apart, by place in the word: alef seats (not the article's
 * alef; madda only where it is written: the lexicon holds stray forms such as آبو), ة/ه and ى/ي
 * at the end.
 */
function foldAlternatives(w: string, seats?: ReadonlySet<number>): (i: number) => string | undefined {
  const article = w.length > 3 && w.startsWith('ال');
  return (i) => {
    const c = w[i];
    if (i === 0 && article) return undefined;
    // only where a seat is written, or the name has one (اسامة for أسامة varies its first alef,
    // not the inner one: اسأمه is no reading of the name)
    if (seats && c === 'ا' && !seats.has(i)) return undefined;
    if (c === 'آ') return 'اأإآ';
    if (c === 'ا' || c === 'أ' || c === 'إ') return 'اأإ';
    if (i === w.length - 1 && (c === 'ة' || c === 'ه')) return 'ةه';
    if (i === w.length - 1 && (c === 'ى' || c === 'ي')) return 'ىي';
    return undefined;
  };
}

/**
 * Whether a surname, written alone and not as the names list spells it (matched through what
 * folding ignores: a hamza seat, ة/ه, ى/ي), may as well be another word: a word of it, as
 * written or with another of those letters, is a word of the lexicon that none of the entry's
 * spellings has. أمام for a listed إمام is «in front of»; so is امام (the list's own variant,
 * maybe), as often as it is the name without its hamza; اوباما for أوباما is only the name.
 * Without a lexicon: yes (no fix on a guess).
 */
function writtenMayBeWord(written: string, entry: NameEntry): boolean {
  let lex: ReturnType<typeof getLexicon> | undefined;
  try {
    lex = getLexicon();
  } catch {
    return true; // not kept: a lexicon built later answers
  }
  const { own, seats, answers } = writtenWordsOf(entry);
  let out = answers.get(written);
  if (out !== undefined) return out;
  out = false;
  for (const raw of splitWords(written)) {
    const w = stripMarks(raw);
    // (the list's own variant may be the other word too: امام listed for إمام is أمام as well)
    if (lex.variants(w, foldAlternatives(w, seats), 8).some((x) => !own.has(x))) {
      out = true;
      break;
    }
  }
  if (answers.size >= 1000) answers.clear();
  answers.set(written, out);
  return out;
}

/**
 * A one-word surname variant that is also a common word (طلعة «sortie»), or a surname written
 * as another word may be (أمام for إمام: writtenMayBeWord), is the person only in a draft that
 * also names them by a whole listed spelling (canonical or variant): elsewhere it is the word,
 * for every reader of the mentions (name-spelling, first-mention, hover, the report).
 */
function withoutCommonWordSurnames(ms: NameMention[]): NameMention[] {
  if (!ms.some((m) => m.wordToo || m.form.kind === 'variant-surname')) return ms;
  let named: Set<number> | undefined;
  return ms.filter((m) => {
    if (!isCommonWordSurname(m)) return true;
    named ??= new Set(ms.filter((x) => x.form.kind === 'canonical' || x.form.kind === 'variant').map((x) => x.entryIndex));
    return named.has(m.entryIndex);
  });
}

/** The word token after token i as matchRest takes it (a space, then spaces and format characters between), or -1. */
function nextWordIndex(doc: AnalysedDocument, i: number): number {
  const toks = doc.tokens;
  let k = i + 1;
  let sawSpace = false;
  while (k < toks.length && (toks[k].kind === 'space' || toks[k].kind === 'format')) {
    if (toks[k].kind === 'space') sawSpace = true;
    k++;
  }
  return sawSpace && k < toks.length && toks[k].kind === 'word' ? k : -1;
}

/** Match words[1..] against the tokens after i (spaces/NBSP/format between); returns the last token index or -1. */
function matchRest(doc: AnalysedDocument, i: number, words: string[]): number {
  let k = i;
  for (let w = 1; w < words.length; w++) {
    k = nextWordIndex(doc, k);
    if (k < 0 || doc.tokens[k].norm !== words[w]) return -1;
  }
  // never part of a longer word run glued by tatweel etc.: whole tokens only, so nothing else to check
  return k;
}

/** The replacement text for a mention: the canonical spelling (or canonical surname). */
export function canonicalFor(m: NameMention): string {
  const c = m.form.kind === 'surname' || m.form.kind === 'variant-surname' ? surnameOf(m.entry.canonical) : m.entry.canonical;
  return m.lamLam && c.startsWith('ا') ? c.slice(1) : c;
}

/**
 * The list's entry numbers for completion, grouped by the first two code units of their
 * folded canonical spelling (groups in ascending order), each group sorted by folded
 * spelling (then list order) the first time it is searched: a completion sorts a few
 * hundred spellings, not 100,000 (that took 400 ms of the main thread). Only numbers are
 * kept (under 1 MB for 100,000 names).
 */
interface PrefixIndex {
  ids: Int32Array;
  /** Group g: (first unit + 1) * 65537 + (second unit + 1), a unit -1 when the spelling is shorter. */
  codes: Float64Array;
  /** Group g holds ids[starts[g] .. starts[g + 1]). */
  starts: Int32Array;
  sorted: Uint8Array;
}

const prefixCache = new WeakMap<readonly NameEntry[], PrefixIndex>();
const GROUP = 65537;

/** The group code of foldString(s) (its first two code units), without folding all of it. */
function groupCode(s: string): number {
  let u1 = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const st = foldState(c);
    if (st === 2) continue;
    if (st === 1) {
      if (u1 < 0) u1 = FOLD_TO[c];
      else return (u1 + 1) * GROUP + FOLD_TO[c] + 1;
    } else {
      const f = foldChar(c);
      if (u1 < 0) {
        if (f.length > 1) return (f.charCodeAt(0) + 1) * GROUP + f.charCodeAt(1) + 1;
        u1 = f.charCodeAt(0);
      } else return (u1 + 1) * GROUP + f.charCodeAt(0) + 1;
    }
  }
  return (u1 + 1) * GROUP;
}

function prefixIndex(names: readonly NameEntry[]): PrefixIndex {
  let p = prefixCache.get(names);
  if (p) return p;
  const code = new Float64Array(names.length);
  const counts = new Map<number, number>();
  for (let i = 0; i < names.length; i++) {
    const c = (code[i] = groupCode(names[i].canonical));
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const codes = Float64Array.from(counts.keys()).sort();
  const starts = new Int32Array(codes.length + 1);
  const at = new Map<number, number>();
  let total = 0;
  for (let g = 0; g < codes.length; g++) {
    starts[g] = total;
    at.set(codes[g], total);
    total += counts.get(codes[g])!;
  }
  starts[codes.length] = total;
  const ids = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const k = at.get(code[i])!;
    ids[k] = i;
    at.set(code[i], k + 1);
  }
  p = { ids, codes, starts, sorted: new Uint8Array(codes.length) };
  prefixCache.set(names, p);
  return p;
}

/** Group g of the prefix index, sorted by folded canonical spelling (list order among equals). */
function sortedGroup(names: readonly NameEntry[], p: PrefixIndex, g: number): Int32Array {
  const group = p.ids.subarray(p.starts[g], p.starts[g + 1]);
  if (!p.sorted[g]) {
    const n = group.length;
    const keys: string[] = new Array<string>(n);
    const order: number[] = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      keys[k] = foldString(names[group[k]].canonical);
      order[k] = k;
    }
    // positions in the group, which is in list order: equal spellings keep it
    order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    const ids = order.map((k) => group[k]);
    group.set(ids);
    p.sorted[g] = 1;
  }
  return group;
}

/** The first group whose code is ≥ code. */
function groupAtLeast(p: PrefixIndex, code: number): number {
  let lo = 0;
  let hi = p.codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.codes[mid] < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Listed names whose canonical spelling starts with the folded `prefix` (for completion), in
 * the order of their folded spellings: a binary search among the names that share its first
 * two letters, so 100,000 names cost the same as 100.
 */
export function namesStartingWith(names: readonly NameEntry[], prefix: string, limit = 50): NameEntry[] {
  const p = prefixIndex(names);
  const out: NameEntry[] = [];
  if (prefix.length < 2) {
    // every name of the groups the prefix's one letter begins (or of every group), in order
    const from = prefix === '' ? 0 : groupAtLeast(p, (prefix.charCodeAt(0) + 1) * GROUP);
    const to = prefix === '' ? p.codes.length : groupAtLeast(p, (prefix.charCodeAt(0) + 2) * GROUP);
    for (let g = from; g < to && out.length < limit; g++) {
      for (const i of sortedGroup(names, p, g)) {
        if (out.length >= limit) break;
        out.push(names[i]);
      }
    }
    return out;
  }
  const g = groupAtLeast(p, (prefix.charCodeAt(0) + 1) * GROUP + prefix.charCodeAt(1) + 1);
  if (g >= p.codes.length || p.codes[g] !== (prefix.charCodeAt(0) + 1) * GROUP + prefix.charCodeAt(1) + 1) return out;
  const group = sortedGroup(names, p, g);
  const key = (k: number) => foldString(names[group[k]].canonical);
  let a = 0;
  let b = group.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (key(mid) < prefix) a = mid + 1;
    else b = mid;
  }
  for (let k = a; k < group.length && out.length < limit && key(k).startsWith(prefix); k++) out.push(names[group[k]]);
  return out;
}
