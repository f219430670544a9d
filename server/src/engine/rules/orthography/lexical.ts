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
import { grown } from '../../grown';
import { forEachSpelling } from '../../names-list';
import { segment } from '../../text/arabic';
import { DocumentMemo, type AnalysedDocument } from '../../text/document';
import { detached, fnv1a, FNV_START, FOLD_TO, foldedHash, foldState, foldString, hashFolded } from '../../text/fold';
import { isJsWhitespace } from '../../text/chars';
import type { Token } from '../../text/tokenize';
import type { SharedData } from '../../types';
import { defineFact, documentFacts, type FactSet } from '../../facts';

/** The article at a word's start, with what may stand before it (ال، وال، بال، فال، كال، لل، ولل), on its letters as written. */
export const ARTICLE_START = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

/** The stem of letters `w` that carries the article (proclitics and article taken off), or undefined. */
export function articleStem(w: string): string | undefined {
  const m = ARTICLE_START.exec(w);
  return m ? w.slice(m[0].length) : undefined;
}

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

/**
 * Whether letter sequences are words of the lexicon, shared by all documents (the next check of
 * a draft, and news copy in general, write the same words), per lexicon: a Map hit costs a
 * third of a walk of the lexicon's table (a cache miss or two per letter). Bounded (cleared
 * when full).
 */
const KNOWN = new WeakMap<Lexicon, Map<string, boolean>>();
const KNOWN_LIMIT = 50000;
/** Words this long are not kept: a slice of 13 code units or more is a view into its draft's text, which the entry would keep alive. */
const KNOWN_MAX = 12;

/** lex.has(w), through `known` (KNOWN's map for lex). */
function knownWord(lex: Lexicon, known: Map<string, boolean>, w: string): boolean {
  if (w.length > KNOWN_MAX) return lex.has(w);
  let k = known.get(w);
  if (k === undefined) {
    k = lex.has(w);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(w, k);
  }
  return k;
}

/** Candidate words by token letters, shared by all documents (a word's candidates depend on the lexicon only). Bounded. */
const CANDIDATES = new Map<string, string[]>();
const CANDIDATES_LIMIT = 50000;

/** Slots of DocLex.formMemo, one per rule that keeps a memo by form. */
export const FORM_MEMO_FINAL_YEH = 0;
export const FORM_MEMO_TEH_MARBUTA = 1;
export const FORM_MEMO_HAMZA = 2;
export const FORM_MEMO_SPELLING = 5;
/** (DocLex's own: houseWord) */
const FORM_MEMO_HOUSE = 3;
/** (DocLex's own: ownHamzaKeys) */
const FORM_MEMO_HAMZA_KEYS = 4;

/**
 * Tokens per page of a DocLex's forms (formOf). They are an array, not a Map, since a paragraph
 * rule asks about every word; it is made a page at a time, when a token of the page is first
 * asked about, since a document rule may ask about a few words of a whole draft only.
 */
const PAGE_BITS = 10;
const PAGE_MASK = (1 << PAGE_BITS) - 1;

/** Per-document facts the rules share. */
export class DocLex {
  readonly lex: Lexicon;
  readonly doc: AnalysedDocument;
  /** letters(i) of the word tokens with marks inside or no letters (the others' are made when asked). */
  private readonly marked = new Map<number, Letters | null>();
  private _forms?: Set<string>;
  private _keys?: Set<string>;
  /** candidates of each form (see formOf), undefined until asked. */
  private readonly formCands: Array<string[] | undefined> = [];
  /** The form (see formOf) of each token, by page (see formPage). */
  private readonly formCache: Array<Int32Array | undefined>;
  /** The distinct forms met so far: their letters and lexicon status (-2: not yet asked). */
  private readonly formLetters: string[] = [];
  private formStatus = new Int8Array(64).fill(-2);
  /**
   * The last code unit of each form's folded form (its tokens' norm: a form's letters fold one
   * for one, its marks being dropped by both), so a test of a norm's ending reads no token.
   */
  private formLast = new Uint16Array(64);
  /** A token of each form (the one it was found at). */
  private formTok = new Int32Array(64);
  /** The document's hamza families, gathered by form (see hamzaKeys). */
  private _keysByForm?: Set<string>;
  /** Open-addressed table of the forms by hash: at 2 * slot a form's hash, at 2 * slot + 1 its index + 1 (0: an empty slot). */
  private formTable = new Int32Array(256);
  /** The lexicon's answers shared by all documents (see knownWord). */
  private readonly known: Map<string, boolean>;
  private readonly formMemos: Array<Int8Array | undefined> = [];
  /** The house style houseWord's memo holds answers under. */
  private houseShared?: SharedData;
  /** Tokens per page: a page, or the whole document when it is smaller. */
  private readonly page: number;

  constructor(doc: AnalysedDocument, lex: Lexicon) {
    this.doc = doc;
    this.lex = lex;
    let known = KNOWN.get(lex);
    if (!known) KNOWN.set(lex, (known = new Map()));
    this.known = known;
    const pages = (doc.tokens.length >> PAGE_BITS) + 1;
    this.page = Math.min(PAGE_MASK + 1, doc.tokens.length);
    this.formCache = new Array(pages);
  }

  /**
   * The form of word token i: the index of its letters (marks aside) among the distinct letter
   * sequences of the document's word tokens; -1 when it is no word token, NO_FORM (-3) when a
   * word token has no letters or is FOREIGN (a character that is neither a letter nor a mark).
   * A draft repeats its words (some 95,000 word tokens of a 1 MB draft are 14,000 forms):
   * what depends on the letters only (lexicon status, the letters string, the forms the draft
   * writes) is had once per form, a token costing one hash of its code units instead of a
   * slice, a Set entry or a lexicon walk.
   */
  formOf(i: number): number {
    const page = this.formCache[i >> PAGE_BITS] ?? this.formPage(i >> PAGE_BITS);
    return page[i & PAGE_MASK];
  }

  /** formOf(i) when its page's forms are found already, else -2 (none are found for it). */
  private knownForm(i: number): number {
    const page = this.formCache[i >> PAGE_BITS];
    return page === undefined ? -2 : page[i & PAGE_MASK];
  }

  /**
   * The forms of page p's tokens, found for the whole page in order when one of them is first
   * asked: the tokens and the text read in order cost a third of the same read out of order
   * (a rule asking about every word ending in ي), and a draft's rules ask about most words.
   */
  private formPage(p: number): Int32Array {
    const page = new Int32Array(this.page);
    const toks = this.doc.tokens;
    const from = p << PAGE_BITS;
    const to = Math.min(toks.length, from + this.page);
    for (let i = from; i < to; i++) page[i - from] = this.findForm(toks[i], i);
    this.formCache[p] = page;
    return page;
  }

  /**
   * `each` for every word token from `from` on whose form `quiet` does not leave alone, in
   * order: the words go by their forms (formOf), `quiet` is asked once per form (its answer
   * noted in form memo `slot`), and a quiet form's tokens are not read again.
   */
  forEachLoud(slot: number, from: number, quiet: (f: number, i: number) => boolean, each: (i: number) => void): void {
    const n = this.doc.tokens.length;
    let memo = this.formMemo(slot);
    for (let i = from; i < n; i++) {
      const f = this.formOf(i);
      if (f < 0) continue; // no word, or a FOREIGN one
      if (f >= memo.length) memo = this.formMemo(slot); // grown with the forms
      let q = memo[f];
      if (q < 0) memo[f] = q = quiet(f, i) ? 1 : 0;
      if (q === 0) each(i);
    }
  }

  /**
   * A memo of small numbers by form, for one purpose (`slot`: one of the FORM_MEMO constants),
   * -1 where not yet computed: what a rule reads off a word's letters alone is had once per
   * form. Ask it after formOf (its length covers the forms met so far).
   */
  formMemo(slot: number): Int8Array {
    let m = this.formMemos[slot];
    if (!m || m.length < this.formLetters.length) {
      const n = new Int8Array(this.formStatus.length).fill(-1);
      if (m) n.set(m);
      this.formMemos[slot] = m = n;
    }
    return m;
  }

  /**
   * isHouseWord of word token i's folded form under `shared`: once per form (the folded form is
   * its letters', see formOf), a names list making each answer a few hashes and a segment().
   */
  houseWord(i: number, shared: SharedData): boolean {
    // (asked where the form is found already: no forms are found for this)
    const f = this.knownForm(i);
    if (f < 0) return isHouseWord(shared, this.doc.tokens[i].norm);
    if (this.houseShared !== shared) {
      // answers under another house style (the same draft checked under two) are dropped
      this.houseShared = shared;
      this.formMemos[FORM_MEMO_HOUSE] = undefined;
    }
    const memo = this.formMemo(FORM_MEMO_HOUSE);
    let h = memo[f];
    if (h < 0) memo[f] = h = isHouseWord(shared, this.doc.tokens[i].norm) ? 1 : 0;
    return h === 1;
  }

  /** The letters of form f (from formOf). */
  formLettersOf(f: number): string {
    return this.formLetters[f];
  }

  /** The last code unit of form f's folded form: of its tokens' norm (f from formOf). */
  formLastFolded(f: number): number {
    return this.formLast[f];
  }

  private findForm(t: Token, i: number): number {
    if (t.kind !== 'word') return -1;
    const f = this.walkForm(t, i);
    return f === -1 ? NO_FORM : f;
  }

  /** The form of word token t (token i), or -1 when it has no letters or is FOREIGN. */
  private walkForm(t: Token, i: number): number {
    const text = this.doc.text;
    // FNV-1a over the letters' code units (marks skipped, as letters() and status() skip them)
    let h = FNV_START;
    let n = 0;
    for (let j = t.start; j < t.end; j++) {
      const c = text.charCodeAt(j);
      if (letterIndex(c) < 0) {
        if (isMark(c)) continue;
        return -1;
      }
      h = Math.imul(h ^ c, 0x01000193);
      n++;
    }
    if (n === 0) return -1;
    const plain = n === t.end - t.start;
    const table = this.formTable;
    const mask = (table.length >> 1) - 1;
    let slot = h & mask;
    for (let e = table[2 * slot + 1]; e !== 0; e = table[2 * (slot = (slot + 1) & mask) + 1]) {
      if (table[2 * slot] !== h) continue;
      const f = e - 1;
      const w = this.formLetters[f];
      if (w.length !== n) continue;
      let same = true;
      if (plain) {
        for (let k = 0; k < n; k++) {
          if (text.charCodeAt(t.start + k) !== w.charCodeAt(k)) {
            same = false;
            break;
          }
        }
      } else {
        for (let j = t.start, k = 0; j < t.end; j++) {
          const c = text.charCodeAt(j);
          if (letterIndex(c) < 0) continue; // a mark
          if (c !== w.charCodeAt(k++)) {
            same = false;
            break;
          }
        }
      }
      if (same) return f;
    }
    const f = this.formLetters.length;
    this.formLetters.push(plain ? detached(text, t.start, t.end) : lettersOf(text, t)!.letters);
    this.formCands.push(undefined);
    if (f === this.formStatus.length) {
      this.formStatus = grown(this.formStatus).fill(-2, f);
      this.formLast = grown(this.formLast);
      this.formTok = grown(this.formTok);
    }
    this.formTok[f] = i;
    const w = this.formLetters[f];
    this.formLast[f] = foldedLetter(w.charCodeAt(w.length - 1));
    table[2 * slot] = h;
    table[2 * slot + 1] = f + 1;
    if ((f + 1) * 4 > table.length) this.growForms();
    return f;
  }

  /** Find the forms of every page (see formPage). */
  private allForms(): void {
    const n = this.doc.tokens.length;
    for (let p = 0; p << PAGE_BITS < n; p++) if (this.formCache[p] === undefined) this.formPage(p);
  }

  /**
   * Does some word token of the document have `key` for its letters (is it in ownForms)? The
   * forms of every token are found, and `key` is looked up among them as walkForm looks up a
   * token's letters (a key holding anything but letters is no form).
   */
  private writesForm(key: string): boolean {
    this.allForms();
    if (key.length === 0) return false;
    for (let k = 0; k < key.length; k++) if (letterIndex(key.charCodeAt(k)) < 0) return false;
    const h = fnv1a(key);
    const table = this.formTable;
    const mask = (table.length >> 1) - 1;
    let slot = h & mask;
    for (let e = table[2 * slot + 1]; e !== 0; e = table[2 * (slot = (slot + 1) & mask) + 1]) {
      if (table[2 * slot] === h && this.formLetters[e - 1] === key) return true;
    }
    return false;
  }

  /**
   * The keys of ownHamzaKeys, gathered form by form in the order the forms were found (a
   * form's keys are its letters' and its folded form's, the same for all its tokens): for its
   * `has`, which the order does not matter to, without a pass over the tokens.
   */
  private keysByForm(): Set<string> {
    if (!this._keysByForm) {
      this.allForms();
      const keys = new Set<string>();
      const toks = this.doc.tokens;
      for (let f = 0; f < this.formLetters.length; f++) {
        const w = this.formLetters[f];
        if (!holdsHamzaAlef(w)) continue;
        const norm = toks[this.formTok[f]].norm;
        addHamzaKey(keys, w, 0);
        if (w.length === norm.length) for (const s of segment(norm)) addHamzaKey(keys, w, s.prefix.length);
      }
      this._keysByForm = keys;
    }
    return this._keysByForm;
  }

  private growForms(): void {
    const old = this.formTable;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let x = 0; x < old.length; x += 2) {
      if (old[x + 1] === 0) continue;
      let slot = old[x] & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[x];
      table[2 * slot + 1] = old[x + 1];
    }
    this.formTable = table;
  }

  /** Lexicon status of word token i (FOREIGN for tokens that are not Arabic words). */
  status(i: number): WordStatus {
    // once per form: the lexicon walks the same letters whatever marks the token carries (where
    // the form is not found yet, the token is walked: no forms are found for this)
    const f = this.knownForm(i);
    if (f >= 0) {
      let s = this.formStatus[f];
      if (s === -2) this.formStatus[f] = s = knownWord(this.lex, this.known, this.formLetters[f]) ? WORD : NON_WORD;
      return s as WordStatus;
    }
    // no form (not a word token, or one holding no letters or a foreign character), or not found yet
    const t = this.doc.tokens[i];
    return t.kind === 'word' ? this.lex.status(this.doc.text, t.start, t.end) : FOREIGN;
  }

  /** The letters of word token i with their original offsets, or null when it is FOREIGN. */
  letters(i: number): Letters | null {
    const t = this.doc.tokens[i];
    if (t.kind !== 'word') return null;
    // (the forms are not found for this: a rule that asks about a few words, alef-maqsura, would
    // have them found for the whole draft)
    const f = this.knownForm(i);
    // a token of letters only is its form's letters (the same string: no slice of its own), at
    // start + k: made when asked (a Letters kept per token made a draft's pages of caches live on)
    if (f >= 0 && this.formLetters[f].length === t.end - t.start) return new PlainLetters(this.formLetters[f], t.start);
    let l = this.marked.get(i);
    if (l === undefined) {
      l = lettersOf(this.doc.text, t);
      // letters only (its form not found yet): made again when asked, as above; marks inside, or
      // no letters or a foreign character (null): kept per token
      if (l instanceof PlainLetters) return l;
      this.marked.set(i, l);
    }
    return l;
  }

  /** Is word token i an Arabic word the lexicon knows in no spelling (no word, and no candidates: a foreign name, ميستر، دايك)? */
  unknown(i: number): boolean {
    return this.status(i) === NON_WORD && this.candidates(i).length === 0;
  }

  /**
   * The lexicon words word token i could have been meant as: the same letters except its
   * alefs and its ه/ة, ي/ى ending (the token itself included when it is a word). See
   * `candidateWords`. Cached per form (they depend on the letters only).
   */
  candidates(i: number): string[] {
    // (where the form is not found yet, the token's letters are asked: no forms are found for this)
    const f = this.knownForm(i);
    if (f === -1) return [];
    let c = f >= 0 ? this.formCands[f] : undefined;
    if (c === undefined) {
      let w: string;
      if (f >= 0) w = this.formLetters[f];
      else {
        const l = this.letters(i);
        if (!l) return [];
        w = l.letters;
      }
      c = CANDIDATES.get(w);
      if (!c) {
        c = candidateWords(this.lex, w, this.doc.tokens[i].norm);
        if (CANDIDATES.size >= CANDIDATES_LIMIT) CANDIDATES.clear();
        // (a token's own letters may be a slice of this version of the draft, and so may the
        // candidates made from them, which a cache shared by every document would keep alive —
        // a draft checked as it is edited kept an old version: copies of their own, then)
        if (f < 0) c = c.map((x) => detached(x));
        CANDIDATES.set(f >= 0 ? w : detached(w), c);
      }
      if (f >= 0) this.formCands[f] = c;
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

  /**
   * This document's own hamza word families (see hamzaKeys). Gathered in token order when
   * iterated (the incremental engine's union of a draft's parts); its `has`, all a check of the
   * whole document asks, is answered by keysByForm (LazyKeys).
   */
  get ownHamzaKeys(): Set<string> {
    if (!this._keys) this._keys = new LazyKeys((key) => this.keysByForm().has(key), (into) => this.gatherHamzaKeys(into));
    return this._keys;
  }

  private gatherHamzaKeys(keys: Set<string>): void {
    const toks = this.doc.tokens;
    // A key starts at a hamza alef (أ إ آ), so only word tokens holding one add any. A token
    // adds the keys of its letters (its folded form is theirs too, marks aside): each form
    // once, the tokens taken in order by their forms (a token's text is read only for a form
    // met first), whether a form holds a hamza alef noted per form: 0 no, 1 yes, 2 its keys added.
    let memo = this.formMemo(FORM_MEMO_HAMZA_KEYS);
    for (let i = 0; i < toks.length; i++) {
      const f = this.formOf(i);
      if (f < 0) continue;
      if (f >= memo.length) memo = this.formMemo(FORM_MEMO_HAMZA_KEYS); // grown with the forms
      let h = memo[f];
      if (h < 0) memo[f] = h = holdsHamzaAlef(this.formLetters[f]) ? 1 : 0;
      if (h !== 1) continue;
      memo[f] = 2;
      const w = this.formLetters[f];
      const norm = toks[i].norm;
      // the word's start, then each proclitic reading's stem start (a key added twice is one key)
      addHamzaKey(keys, w, 0);
      if (w.length === norm.length) for (const s of segment(norm)) addHamzaKey(keys, w, s.prefix.length);
    }
  }

  /**
   * The word forms (letters, marks aside) this document writes. Gathered in token order when
   * iterated (see ownHamzaKeys); its `has` is answered from the forms' table (writesForm).
   */
  get ownForms(): Set<string> {
    if (!this._forms) this._forms = new LazyKeys((key) => this.writesForm(key), (into) => this.gatherForms(into));
    return this._forms;
  }

  private gatherForms(m: Set<string>): void {
    // each form once, in the order of its first token
    const toks = this.doc.tokens;
    const seen = new Uint8Array(toks.length); // forms are no more than the word tokens
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].kind !== 'word') continue;
      const f = this.formOf(i);
      if (f < 0 || seen[f]) continue;
      seen[f] = 1;
      m.add(this.formLetters[f]);
    }
  }

  /** The nearest word token before / after token i in the same sentence-ish run (no punctuation or line break between). */
  prevWord(i: number): number {
    return this.doc.wordBeside(i, -1);
  }

  nextWord(i: number): number {
    return this.doc.wordBeside(i, 1);
  }
}

/** Does w hold آ، أ or إ? (A loop, not a regular expression: it runs once per form of a draft.) */
function holdsHamzaAlef(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 0x622 || c === 0x623 || c === 0x625) return true;
  }
  return false;
}

/**
 * The keys of a document fact (see defineFact) whose `has` is answered without gathering them
 * (`test`); they are gathered, in the order the provider gives them, when first iterated or
 * counted (the incremental engine's union of a draft's parts). Read only.
 */
class LazyKeys extends Set<string> {
  /** Until gathered: `has` without the keys, and how to gather them (both dropped once gathered, with the document they read). */
  private lazy: { test: (key: string) => boolean; gather: (into: Set<string>) => void } | undefined;

  constructor(test: (key: string) => boolean, gather: (into: Set<string>) => void) {
    super();
    this.lazy = { test, gather };
  }

  private all(): this {
    const lazy = this.lazy;
    if (lazy) {
      this.lazy = undefined;
      lazy.gather(this);
    }
    return this;
  }

  override has(key: string): boolean {
    return this.lazy ? this.lazy.test(key) : super.has(key);
  }

  override get size(): number {
    this.all();
    return super.size;
  }

  override forEach(cb: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    this.all();
    super.forEach(cb, thisArg);
  }

  override entries(): SetIterator<[string, string]> {
    return this.all() && super.entries();
  }

  override keys(): SetIterator<string> {
    return this.all() && super.keys();
  }

  override values(): SetIterator<string> {
    return this.all() && super.values();
  }

  override [Symbol.iterator](): SetIterator<string> {
    return this.all() && super[Symbol.iterator]();
  }
}

/** formOf of a word token with no letters, or a FOREIGN one (see formOf). */
const NO_FORM = -3;

/** An Arabic letter folded as the tokenizer folds it for a token's norm (alefs → ا, ة → ه, ى → ي: a letter folds to one). */
function foldedLetter(c: number): number {
  foldState(c);
  return FOLD_TO[c];
}

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
export function judgedEndings<T>(doc: AnalysedDocument, code: Ending, shared: SharedData | undefined, judge: (d: DocLex, i: number) => T | undefined): Array<{ i: number; v: T }> {
  const out: Array<{ i: number; v: T }> = [];
  forJudgedEndings(doc, code, shared, judge, (_d, i, v) => out.push({ i, v }));
  return out;
}

/** judgedEndings, each token and what the judge said handed to `each` in document order (no pair made for it). */
export function forJudgedEndings<T>(doc: AnalysedDocument, code: Ending, shared: SharedData | undefined, judge: (d: DocLex, i: number) => T | undefined, each: (d: DocLex, i: number, v: T) => void): void {
  // the tokens of that ending, from one pass over the draft (endingsOf); a judge that keeps its
  // answers by form, and houseWord, read no token here (a token read out of order costs more
  // than the rest of the work)
  let d: DocLex | undefined;
  const list = endingsOf(doc)[code === HEH_CODE ? 0 : 1];
  for (let k = 0; k < list.length; k++) {
    const i = list[k];
    d ??= docLex(doc);
    const v = judge(d, i);
    if (v === undefined || (shared && d.houseWord(i, shared))) continue;
    each(d, i, v);
  }
}

const HEH_CODE = 0x647;
const YEH_CODE = 0x64a;
/** The folded endings judgedEndings lists: ه (teh-marbuta) and ي (final-yeh). */
type Ending = typeof HEH_CODE | typeof YEH_CODE;
const ENDINGS = new DocumentMemo<[Int32Array, Int32Array]>();

/**
 * The word tokens whose folded form ends in ه, and those ending in ي, in order: teh-marbuta
 * and final-yeh each ask judgedEndings for theirs, over one pass of the tokens.
 */
function endingsOf(doc: AnalysedDocument): [Int32Array, Int32Array] {
  let e = ENDINGS.get(doc);
  if (!e) {
    const toks = doc.tokens;
    // By the tokens' forms (formOf, which the judges ask for anyway) when there is a lexicon: a
    // token of a form ends as its form's folded form does (formLastFolded), a word token with
    // none (NO_FORM) is read, the others are no words. Without one, every word token is read
    // (the judges are asked about none when no word has that ending: no lexicon is needed then).
    let d: DocLex | undefined;
    try {
      d = docLex(doc);
    } catch {
      d = undefined;
    }
    let heh: Int32Array = new Int32Array(256);
    let yeh: Int32Array = new Int32Array(256);
    let nh = 0;
    let ny = 0;
    for (let i = 0; i < toks.length; i++) {
      let c: number;
      const f = d ? d.formOf(i) : NO_FORM;
      if (f >= 0) c = d!.formLastFolded(f);
      else if (f === NO_FORM) {
        const t = toks[i];
        if (t.kind !== 'word') continue;
        c = t.norm.charCodeAt(t.norm.length - 1);
      } else continue;
      if (c === HEH_CODE) {
        if (nh === heh.length) heh = grown(heh);
        heh[nh++] = i;
      } else if (c === YEH_CODE) {
        if (ny === yeh.length) yeh = grown(yeh);
        yeh[ny++] = i;
      }
    }
    e = [heh.subarray(0, nh), yeh.subarray(0, ny)];
    ENDINGS.set(doc, e);
  }
  return e;
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
