// What the lexicon-driven orthography rules (hamza, teh-marbuta, final-yeh, alef-maqsura,
// spacing-errors, spelling) share: per-document facts computed once and cached on the
// document (each word token's lexicon status and letters), the skeleton alternations, and
// which words the house style says are known (names list, accepted words).
//
// A word token's LETTERS are its Arabic letters with diacritics, tatweel and invisible
// marks left out; `offsets[k]` is where letter k sits in the original text, so a fix can
// replace exactly that letter and keep every mark around it. A token holding anything else
// (Persian letters, presentation forms) is FOREIGN here: `persian-letters` and
// `presentation-forms` own it, and these rules leave it alone until it is fixed.

import { getLexicon, letterIndex, isMark, type Lexicon, FOREIGN, NON_WORD, WORD, type WordStatus } from '../../lexicon';
import { forEachSpelling } from '../../names-list';
import { segment } from '../../text/arabic';
import { DocumentMemo, type AnalysedDocument } from '../../text/document';
import { foldedHash, foldString, hashFolded } from '../../text/fold';
import { isJsWhitespace } from '../../text/chars';
import type { Token } from '../../text/tokenize';
import type { SharedData } from '../../types';
import { defineFact, documentFacts, type FactSet } from '../../facts';

/** The article at a word's start, with what may stand before it (ال، وال، بال، فال، كال، لل، ولل), on its letters as written. */
export const ARTICLE_START = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

export const ALEF = 'ا';
export const HAMZA_ALEFS = 'أإآ';
export const ALEFS = 'اأإآ';
export const TEH_MARBUTA = 'ة';
export const HEH = 'ه';
export const YEH = 'ي';
export const ALEF_MAQSURA = 'ى';

export function isAlef(ch: string): boolean {
  return ch === 'ا' || ch === 'أ' || ch === 'إ' || ch === 'آ';
}

export interface Letters {
  letters: string;
  /** offsets[k]: where letter k sits in the original text (built on first use). */
  readonly offsets: number[];
}

/** A token made of letters only: letter k is at start + k (the offsets array is made only when a rule reports). */
class PlainLetters implements Letters {
  private _offsets?: number[];
  constructor(
    readonly letters: string,
    private readonly start: number,
  ) {}
  get offsets(): number[] {
    if (!this._offsets) {
      const o = new Array<number>(this.letters.length);
      for (let k = 0; k < o.length; k++) o[k] = this.start + k;
      this._offsets = o;
    }
    return this._offsets;
  }
}

/** Candidate words by token letters, shared by all documents (a word's candidates depend on the lexicon only). Bounded. */
const CANDIDATES = new Map<string, string[]>();
const CANDIDATES_LIMIT = 50000;

/**
 * Tokens per page of a DocLex's caches. The caches are arrays, not Maps, since a paragraph
 * rule asks about every word; they are made a page at a time, when a token of the page is
 * first asked about, since a document rule asks about a few words of a whole draft (final-yeh
 * about the words it flags: a 1 MB draft's 200,000 tokens made 3 MB of empty caches at every
 * keystroke).
 */
const PAGE_BITS = 10;
const PAGE_MASK = (1 << PAGE_BITS) - 1;

/** Per-document facts the rules share. */
export class DocLex {
  readonly lex: Lexicon;
  readonly doc: AnalysedDocument;
  /** status(i) per token index, by page (-2: not yet computed). */
  private readonly st: Array<Int8Array | undefined>;
  /** letters(i) per token index, by page (undefined: not yet computed). */
  private readonly lettersCache: Array<Array<Letters | null | undefined> | undefined>;
  private _forms?: Set<string>;
  private _keys?: Set<string>;
  /** candidates(i) per token index, by page. */
  private readonly candCache: Array<Array<string[] | undefined> | undefined>;
  /** Tokens per page: a page, or the whole document when it is smaller. */
  private readonly page: number;

  constructor(doc: AnalysedDocument, lex: Lexicon) {
    this.doc = doc;
    this.lex = lex;
    const pages = (doc.tokens.length >> PAGE_BITS) + 1;
    this.page = Math.min(PAGE_MASK + 1, doc.tokens.length);
    this.st = new Array(pages);
    this.lettersCache = new Array(pages);
    this.candCache = new Array(pages);
  }

  /** Lexicon status of word token i (FOREIGN for tokens that are not Arabic words). */
  status(i: number): WordStatus {
    const page = (this.st[i >> PAGE_BITS] ??= new Int8Array(this.page).fill(-2));
    let s = page[i & PAGE_MASK];
    if (s === -2) {
      const t = this.doc.tokens[i];
      s = t.kind === 'word' ? this.lex.status(this.doc.text, t.start, t.end) : FOREIGN;
      page[i & PAGE_MASK] = s;
    }
    return s as WordStatus;
  }

  /** The letters of word token i with their original offsets, or null when it is FOREIGN. */
  letters(i: number): Letters | null {
    const page = (this.lettersCache[i >> PAGE_BITS] ??= new Array(this.page));
    let l = page[i & PAGE_MASK];
    if (l === undefined) {
      const t = this.doc.tokens[i];
      l = t.kind === 'word' ? lettersOf(this.doc.text, t) : null;
      page[i & PAGE_MASK] = l;
    }
    return l;
  }

  /**
   * The lexicon words word token i could have been meant as: the same letters except its
   * alefs and its ه/ة, ي/ى ending (the token itself included when it is a word). See
   * `candidateWords`. Cached per token.
   */
  candidates(i: number): string[] {
    const page = (this.candCache[i >> PAGE_BITS] ??= new Array(this.page));
    let c = page[i & PAGE_MASK];
    if (!c) {
      const l = this.letters(i);
      if (!l) c = [];
      else {
        c = CANDIDATES.get(l.letters);
        if (!c) {
          c = candidateWords(this.lex, l.letters, this.doc.tokens[i].norm);
          if (CANDIDATES.size >= CANDIDATES_LIMIT) CANDIDATES.clear();
          CANDIDATES.set(l.letters, c);
        }
      }
      page[i & PAGE_MASK] = c;
    }
    return c;
  }

  /**
   * Hamza letters at the start of a word or stem with the two letters after them (أكد، إعل),
   * over the draft: a document fact (when this document is one paragraph of a draft checked
   * alone, the whole draft's).
   */
  get hamzaKeys(): FactSet {
    return documentFacts(this.doc, 'hamzaKeys', NO_SHARED);
  }

  /** The word forms (letters, marks aside) the draft writes: a document fact, like hamzaKeys. */
  get forms(): FactSet {
    return documentFacts(this.doc, 'forms', NO_SHARED);
  }

  /** This document's own hamza word families (see hamzaKeys). */
  get ownHamzaKeys(): Set<string> {
    if (!this._keys) {
      const keys = new Set<string>();
      const toks = this.doc.tokens;
      // A key starts at a hamza alef (أ إ آ), so only word tokens holding one add any.
      for (const i of this.doc.wordsMatching(HAMZA_ALEF_RE)) {
        const t = toks[i];
        const l = this.letters(i);
        if (!l) continue;
        const w = l.letters;
        // the word's start, then each proclitic reading's stem start (a key added twice is one key)
        addHamzaKey(keys, w, 0);
        if (w.length === t.norm.length) for (const s of segment(t.norm)) addHamzaKey(keys, w, s.prefix.length);
      }
      this._keys = keys;
    }
    return this._keys;
  }

  /** The word forms (letters, marks aside) this document writes. */
  get ownForms(): Set<string> {
    if (!this._forms) {
      const m = new Set<string>();
      const text = this.doc.text;
      const toks = this.doc.tokens;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.kind !== 'word') continue;
        const l = lettersOnly(text, t);
        if (l) m.add(l);
      }
      this._forms = m;
    }
    return this._forms;
  }

  /** The nearest word token before / after token i in the same sentence-ish run (no punctuation or line break between). */
  prevWord(i: number): number {
    return this.doc.wordBeside(i, -1);
  }

  nextWord(i: number): number {
    return this.doc.wordBeside(i, 1);
  }
}

const HAMZA_ALEF_RE = /[\u0622\u0623\u0625]/g;

/** The hamza letter at k of w with the two letters after it, when there is one. */
function addHamzaKey(keys: Set<string>, w: string, k: number): void {
  const ch = w[k];
  if ((ch === 'أ' || ch === 'إ' || ch === 'آ') && k + 3 <= w.length) keys.add(w.slice(k, k + 3));
}

const cache = new DocumentMemo<DocLex>();
/** The forms and hamza families a document writes do not depend on the house style. */
const NO_SHARED: SharedData = { acceptedWords: new Set() };

defineFact('forms', (doc) => docLex(doc).ownForms);
defineFact('hamzaKeys', (doc) => docLex(doc).ownHamzaKeys);

/** The document's shared lexicon facts (throws LexiconUnavailable when there is no lexicon). */
export function docLex(doc: AnalysedDocument): DocLex {
  let d = cache.get(doc);
  if (!d) {
    d = new DocLex(doc, getLexicon());
    cache.set(doc, d);
  }
  return d;
}

/**
 * The word tokens whose folded form ends in `code` (ة folds to ه, ى to ي) and that `judge`
 * says something about, house words left out (the cheap test of the last letter first, then
 * the judge, then the house style's words): with what the judge said, in document order.
 */
export function judgedEndings<T>(doc: AnalysedDocument, code: number, shared: SharedData | undefined, judge: (d: DocLex, i: number) => T | undefined): Array<{ i: number; v: T }> {
  const out: Array<{ i: number; v: T }> = [];
  let d: DocLex | undefined;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || t.norm.charCodeAt(t.norm.length - 1) !== code) continue;
    d ??= docLex(doc);
    const v = judge(d, i);
    if (v === undefined || (shared && isHouseWord(shared, t.norm))) continue;
    out.push({ i, v });
  }
  return out;
}

/** The letters of a word token and their offsets; null when it holds a character that is neither an Arabic letter nor a mark. */
export function lettersOf(text: string, t: Token): Letters | null {
  // fast path: letters only (most words), one slice and no per-letter work
  let plain = true;
  for (let i = t.start; i < t.end; i++) {
    if (letterIndex(text.charCodeAt(i)) < 0) {
      plain = false;
      break;
    }
  }
  if (plain) return t.end > t.start ? new PlainLetters(text.slice(t.start, t.end), t.start) : null;
  let letters = '';
  const offsets: number[] = [];
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (letterIndex(c) >= 0) {
      letters += text[i];
      offsets.push(i);
    } else if (!isMark(c)) return null;
  }
  return letters ? { letters, offsets } : null;
}

// (Loops, not closures over k: the rules ask these once per word of a draft, and a closure over
// the asking function's locals would cost it an allocation on every call.)

/** Does some word of `words` have the letter `ch` at index k? */
export function someLetterAt(words: readonly string[], k: number, ch: string): boolean {
  for (const w of words) if (w[k] === ch) return true;
  return false;
}

/** Does every word of `words` have the letter `ch` at index k? */
export function everyLetterAt(words: readonly string[], k: number, ch: string): boolean {
  for (const w of words) if (w[k] !== ch) return false;
  return true;
}

/** The letters of a word token (marks left out), or null when FOREIGN: no offsets, for counting. */
export function lettersOnly(text: string, t: Token): string | null {
  let plain = true;
  for (let i = t.start; i < t.end; i++) {
    if (letterIndex(text.charCodeAt(i)) < 0) {
      plain = false;
      break;
    }
  }
  if (plain) return t.end > t.start ? text.slice(t.start, t.end) : null;
  const l = lettersOf(text, t);
  return l ? l.letters : null;
}

/** Does the token carry diacritics (a writer who vowels a word means its exact form)? */
export function hasDiacritics(text: string, t: Token): boolean {
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x64b && c <= 0x652) return true;
  }
  return false;
}

/**
 * The letters a writer confuses at position i of `w`: any alef for an alef at a position
 * in `alefAt` (all positions when undefined), ه/ة and ي/ى at the end. `keep` marks
 * positions held fixed.
 */
export function skeletonAlternatives(w: string, keep?: (i: number) => boolean, alefAt?: ReadonlySet<number>): (i: number) => string | undefined {
  const last = w.length - 1;
  return (i) => {
    if (keep?.(i)) return undefined;
    const ch = w[i];
    if (isAlef(ch) && (!alefAt || alefAt.has(i))) return ALEFS;
    if (i === last && i > 0) {
      if (ch === HEH || ch === TEH_MARBUTA) return 'هة';
      if (ch === YEH || ch === ALEF_MAQSURA) return 'يى';
    }
    return undefined;
  };
}

/** Lexicon words that differ from `w` only in its alefs (those in `alefAt`) and its ه/ة, ي/ى ending (w itself included when it is a word). */
export function skeletonWords(lex: Lexicon, w: string, keep?: (i: number) => boolean, alefAt?: ReadonlySet<number>): string[] {
  return lex.variants(w, skeletonAlternatives(w, keep, alefAt), 24);
}

/**
 * The interrogative أ: Ayaspell lists أ + any word (أذا، أليهودي) as a word. A candidate
 * that puts a hamza on the FIRST letter is kept only when the lexicon also has it after
 * و (وأكد، وإذا), which the interrogative never takes (it comes before و, not after).
 */
export function plausibleInitialHamza(lex: Lexicon, cand: string, token: string): boolean {
  if (cand[0] === token[0] || !isAlef(cand[0]) || cand[0] === ALEF) return true;
  return lex.has('و' + cand);
}

/** لا glued to what it negates (لاشك، لازال، لايزال، لاسيما، لابد): read as ل + أ… the lexicon would call them لأشك. */
const NEGATION_GLUED = /^[وف]?لا(?:شك|زال|زالت|زلت|زلنا|زالوا|يزال|تزال|نزال|يزالون|سيما|بد|غير|يمكن|يوجد|توجد)$/;

/**
 * The lexicon words `w` (letters; `norm` its folded form) could have been meant as: the
 * same letters except its ه/ة, ي/ى ending and the alef that begins the word or its stem
 * (position 0, or right after a proclitic reading of segment(): و، ب، ال، وبال …). A hamza
 * inside a stem (سأل، رأس) is not guessed: foreign names are full of medial alefs
 * (بابلو، فيفا) that a lexicon would happily read as hamzas. The alef of the article
 * stays bare when that gives any word at all (الاعمال is not the interrogative ألأعمال);
 * a hamza put on the first letter must pass `plausibleInitialHamza`. When the whole token
 * gives nothing, each proclitic reading is tried on its stem and the proclitics put back.
 */
export function candidateWords(lex: Lexicon, w: string, norm: string): string[] {
  if (NEGATION_GLUED.test(w)) return [];
  const readings = norm.length === w.length ? segment(norm) : [];
  const articleAlefs = new Set<number>();
  const initial = new Set<number>([0]);
  for (const s of readings) {
    if (s.article && s.prefix.endsWith('ال')) articleAlefs.add(s.prefix.length - 2);
    if (w.length - s.prefix.length >= 3) initial.add(s.prefix.length);
  }
  let cands = articleAlefs.size ? skeletonWords(lex, w, (i) => articleAlefs.has(i), initial) : [];
  if (cands.length === 0) cands = skeletonWords(lex, w, undefined, initial);
  cands = cands.filter((c) => plausibleInitialHamza(lex, c, w));
  if (cands.length > 0) return cands;
  for (const s of readings) {
    if (!s.prefix) continue;
    const p = s.prefix.length;
    const stem = w.slice(p);
    if (stem.length < 3) continue;
    // the stem is a word as written: nothing to restore (and whether this proclitic may
    // stand before it is not the lexicon's say here)
    if (lex.has(stem)) return [];
    const sc = skeletonWords(lex, stem, undefined, new Set([0])).filter((c) => plausibleInitialHamza(lex, c, stem));
    if (sc.length > 0) return sc.map((c) => w.slice(0, p) + c);
  }
  return [];
}

/**
 * The folded words of a names list, as a set of word hashes: two independent 32-bit hashes of
 * each word's code units, kept side by side in an open-addressed table of typed arrays (two
 * different words agree on both about once in 2^64). A list of 100,000 names has some 250,000
 * words; as a Set of strings they took 200–300 ms to gather at the first check, and held a
 * string each.
 */
class WordHashSet {
  private k1: Int32Array;
  private k2: Int32Array;
  private used: Uint8Array;
  private size = 0;

  constructor(expected: number) {
    let n = 16;
    while (n < expected * 2) n *= 2;
    this.k1 = new Int32Array(n);
    this.k2 = new Int32Array(n);
    this.used = new Uint8Array(n);
  }

  add(h1: number, h2: number): void {
    if ((this.size + 1) * 2 > this.used.length) this.grow();
    const mask = this.used.length - 1;
    let i = h1 & mask;
    while (this.used[i]) {
      if (this.k1[i] === h1 && this.k2[i] === h2) return;
      i = (i + 1) & mask;
    }
    this.used[i] = 1;
    this.k1[i] = h1;
    this.k2[i] = h2;
    this.size++;
  }

  has(h1: number, h2: number): boolean {
    const mask = this.used.length - 1;
    for (let i = h1 & mask; this.used[i]; i = (i + 1) & mask) if (this.k1[i] === h1 && this.k2[i] === h2) return true;
    return false;
  }

  get count(): number {
    return this.size;
  }

  private grow(): void {
    const { k1, k2, used } = this;
    const n = used.length * 2;
    this.k1 = new Int32Array(n);
    this.k2 = new Int32Array(n);
    this.used = new Uint8Array(n);
    this.size = 0;
    for (let i = 0; i < used.length; i++) if (used[i]) this.add(k1[i], k2[i]);
  }
}

/** Known words of the house style: the accepted words (folded) and the names list's words (hashed). */
interface Known {
  accepted: Set<string>;
  names: WordHashSet | undefined;
}
const knownCache = new WeakMap<object, Known>();

function knownOf(shared: SharedData): Known {
  const key = shared as object;
  let k = knownCache.get(key);
  if (k) return k;
  const accepted = new Set<string>();
  for (const w of shared.acceptedWords ?? []) {
    for (const part of w.split(/[\s\u00a0]+/)) {
      const f = foldString(part);
      if (f) accepted.add(f);
    }
  }
  const list = shared.names ?? [];
  let names: WordHashSet | undefined;
  if (list.length) {
    names = new WordHashSet(list.length * 2);
    // each word of each spelling (split on spaces as written, then folded), as its hashes
    // (a names file's spellings are ranges of its text: no string is made of them)
    forEachSpelling(list, (_e, _kind, s, from, to) => {
      let i = from;
      while (i < to) {
        while (i < to && isJsWhitespace(s.charCodeAt(i))) i++;
        const a = i;
        while (i < to && !isJsWhitespace(s.charCodeAt(i))) i++;
        if (i === a) continue;
        hashFolded(s, a, i);
        if (foldedHash.length === 0) continue; // folds to nothing
        names!.add(foldedHash.h1, foldedHash.h2);
      }
    });
  }
  k = { accepted, names };
  knownCache.set(key, k);
  return k;
}

/** A folded word among the house style's known words. */
function knows(k: Known, folded: string): boolean {
  if (k.accepted.has(folded)) return true;
  if (!k.names) return false;
  hashFolded(folded);
  return k.names.has(foldedHash.h1, foldedHash.h2);
}

/**
 * A word the house style knows (a word of a names-list entry, canonical or variant, or an
 * accepted word), compared folded, with or without its proclitics. The orthography rules
 * leave such words to the names rules.
 */
export function isHouseWord(shared: SharedData, norm: string): boolean {
  const k = knownOf(shared);
  if (k.accepted.size === 0 && !k.names) return false;
  if (knows(k, norm)) return true;
  for (const s of segment(norm)) {
    if (s.prefix && (knows(k, s.stem) || (s.article && knows(k, 'ال' + s.stem)))) return true;
  }
  return false;
}

export { FOREIGN, NON_WORD, WORD, getLexicon };
export type { WordStatus };
