// A single-pass tokenizer for Arabic news text. Tokens carry offsets into the original text.

import {
  isArabicIndicDigit,
  isArabicWordChar,
  isBidiControl,
  isDigit,
  isHighSurrogate,
  isLatinLetter,
  isLineBreak,
  isLowSurrogate,
  isPersianDigit,
  isSpace,
  isWesternDigit,
  isZeroWidth,
} from './chars';
import { foldWord } from './fold';

export type TokenKind =
  | 'word' // an Arabic word (with its clitics, diacritics and tatweel)
  | 'latin' // a Latin word, possibly with digits (COVID-19, 5G)
  | 'number' // digits in any system with their separators and % sign
  | 'url'
  | 'email'
  | 'handle' // @name
  | 'hashtag' // #وسم
  | 'punct' // one punctuation mark or symbol
  | 'space' // horizontal white space (one run)
  | 'format' // invisible characters outside a word (bidi controls, ZWSP, BOM …)
  | 'newline'
  | 'other'; // emoji and anything else

export type DigitSystem = 'western' | 'arabic-indic' | 'persian' | 'mixed';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** For words: the folded form (no diacritics/tatweel, letter variants folded). Otherwise ''. */
  norm: string;
  /** For numbers: which digit system(s) they use. */
  digits?: DigitSystem;
}

const NUM_SEPARATORS = new Set([0x2c, 0x2e, 0x066b, 0x066c, 0x60c]); // , . ٫ ٬ ،

// The tokenizer asks several predicates of chars.ts about every character of the document:
// their answers, looked up in one table of bits per UTF-16 code unit (built from those very
// predicates, so the classes are the same).
const C_ARABIC = 1; // isArabicWordChar
const C_SPACE = 2; // isSpace
const C_BREAK = 4; // isLineBreak
const C_FORMAT = 8; // isBidiControl || isZeroWidth || U+00AD (soft hyphen)
const C_INWORD = 16; // an invisible that may sit inside a word: (isZeroWidth || isBidiControl) && not BOM
const C_LATIN = 32; // isLatinWordChar
const C_DIGIT = 64; // isDigit
/** The class bits of one code unit, from the predicates themselves. */
export function tokenClassOf(c: number): number {
  let k = 0;
  if (isArabicWordChar(c)) k |= C_ARABIC;
  if (isSpace(c)) k |= C_SPACE;
  if (isLineBreak(c)) k |= C_BREAK;
  if (isBidiControl(c) || isZeroWidth(c) || c === 0xad) k |= C_FORMAT;
  if ((isZeroWidth(c) || isBidiControl(c)) && c !== 0xfeff) k |= C_INWORD;
  if (isLatinLetter(c) || isWesternDigit(c) || c === 0x5f) k |= C_LATIN;
  if (isDigit(c)) k |= C_DIGIT;
  return k;
}
/**
 * The only stretches of UTF-16 where a class bit is set (Latin and its spaces, Arabic, the
 * Ogham space, general punctuation's spaces and invisibles, the ideographic space, the Arabic
 * presentation forms and the BOM): the table is filled there only, 2,000 code units instead of
 * 65,536 at every start of the CLI and the server. A test checks every code unit against the
 * predicates.
 */
export const TOKEN_CLASS_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x0300],
  [0x0600, 0x0700],
  [0x1680, 0x1681],
  [0x2000, 0x2070],
  [0x3000, 0x3001],
  [0xfb50, 0xff00],
];
const CLASS = new Uint8Array(0x10000);
for (const [from, to] of TOKEN_CLASS_RANGES) for (let c = from; c < to; c++) CLASS[c] = tokenClassOf(c);
/** The table the tokenizer reads (for the test that compares it with the predicates). */
export const TOKEN_CLASS: Readonly<Uint8Array> = CLASS;
const URL_END_TRIM = /[.,;:!?)\]}»"'،؛؟]+$/;

function isLatinWordChar(c: number): boolean {
  return isLatinLetter(c) || isWesternDigit(c) || c === 0x5f;
}

function startsWithAt(text: string, i: number, prefix: string): boolean {
  return text.startsWith(prefix, i) || text.substr(i, prefix.length).toLowerCase() === prefix;
}

/** Scan to the end of a run of non-space characters (for URLs). */
function scanNonSpace(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isLineBreak(c) || c === 0x3c /* < */ || c === 0x3e || c === 0xab || c === 0xbb) break;
    i++;
  }
  return i;
}

function trimUrl(text: string, start: number, end: number): number {
  const m = URL_END_TRIM.exec(text.slice(start, end));
  return m ? end - m[0].length : end;
}

function classifyDigits(text: string, start: number, end: number): DigitSystem {
  let w = false;
  let a = false;
  let p = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWesternDigit(c)) w = true;
    else if (isArabicIndicDigit(c)) a = true;
    else if (isPersianDigit(c)) p = true;
  }
  const n = (w ? 1 : 0) + (a ? 1 : 0) + (p ? 1 : 0);
  if (n > 1) return 'mixed';
  return p ? 'persian' : a ? 'arabic-indic' : 'western';
}

/**
 * Tokenize text[from, to). `skip` is a sorted list of spans (Markdown code, link targets …)
 * that produce no tokens.
 */
export function tokenize(text: string, from = 0, to = text.length, out: Token[] = []): Token[] {
  let i = from;
  while (i < to) {
    const start = i;
    const c = text.charCodeAt(i);
    const cls = CLASS[c];

    if (cls & C_ARABIC) {
      i++;
      while (i < to) {
        const d = CLASS[text.charCodeAt(i)];
        if (d & C_ARABIC) {
          i++;
        } else if (d & C_INWORD && i + 1 < to && CLASS[text.charCodeAt(i + 1)] & C_ARABIC) {
          i++; // an invisible character inside a word stays part of it
        } else break;
      }
      out.push({ kind: 'word', start, end: i, norm: foldWord(text, start, i) });
      continue;
    }

    if (cls & C_BREAK) {
      i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      out.push({ kind: 'newline', start, end: i, norm: '' });
      continue;
    }

    if (cls & C_SPACE) {
      i++;
      while (i < to && CLASS[text.charCodeAt(i)] & C_SPACE) i++;
      out.push({ kind: 'space', start, end: i, norm: '' });
      continue;
    }

    if (cls & C_FORMAT) {
      i++;
      while (i < to && CLASS[text.charCodeAt(i)] & C_FORMAT) i++;
      out.push({ kind: 'format', start, end: i, norm: '' });
      continue;
    }

    // URLs: scheme or www.
    if ((c === 0x68 || c === 0x48) && (startsWithAt(text, i, 'http://') || startsWithAt(text, i, 'https://'))) {
      i = trimUrl(text, start, scanNonSpace(text, i, to));
      out.push({ kind: 'url', start, end: i, norm: '' });
      continue;
    }
    if ((c === 0x77 || c === 0x57) && startsWithAt(text, i, 'www.')) {
      i = trimUrl(text, start, scanNonSpace(text, i, to));
      out.push({ kind: 'url', start, end: i, norm: '' });
      continue;
    }

    if (cls & (C_LATIN | C_DIGIT)) {
      // A run of Latin letters and digits, joined over . - ' when an alphanumeric follows.
      let j = i;
      let latin = false;
      let dotted = false;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isLatinWordChar(d)) {
          if (!latin && isLatinLetter(d)) latin = true;
          j++;
        } else if ((d === 0x2e || d === 0x2d || d === 0x27) && j + 1 < to && isLatinWordChar(text.charCodeAt(j + 1)) && (latin || isLatinLetter(text.charCodeAt(j + 1)))) {
          if (d === 0x2e) dotted = true;
          j++;
        } else break;
      }
      if (latin) {
        // e-mail address
        if (text.charCodeAt(j) === 0x40 && j + 1 < to && isLatinWordChar(text.charCodeAt(j + 1))) {
          let k = j + 1;
          while (k < to && (isLatinWordChar(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2e || text.charCodeAt(k) === 0x2d)) k++;
          while (k > j + 1 && text.charCodeAt(k - 1) === 0x2e) k--;
          i = k;
          out.push({ kind: 'email', start, end: i, norm: '' });
          continue;
        }
        // domain with a path: pic.twitter.com/abc, youm7.com/story
        if (dotted && text.charCodeAt(j) === 0x2f) {
          i = trimUrl(text, start, scanNonSpace(text, j, to));
          out.push({ kind: 'url', start, end: i, norm: '' });
          continue;
        }
        i = j;
        out.push({ kind: dotted && /\.(com|net|org|gov|edu|eg|sa|ae|info|io|me|news|tv)$/i.test(text.slice(start, j)) ? 'url' : 'latin', start, end: i, norm: '' });
        continue;
      }
      // e-mail address whose local part is all digits (966500@gmail.com): the domain must hold a dot.
      if (j > i && text.charCodeAt(j) === 0x40 && j + 1 < to && isLatinLetter(text.charCodeAt(j + 1))) {
        let k = j + 1;
        let dot = false;
        while (k < to && (isLatinWordChar(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2e || text.charCodeAt(k) === 0x2d)) k++;
        while (k > j + 1 && text.charCodeAt(k - 1) === 0x2e) k--;
        for (let m = j + 2; m < k - 1 && !dot; m++) dot = text.charCodeAt(m) === 0x2e;
        if (dot) {
          i = k;
          out.push({ kind: 'email', start, end: i, norm: '' });
          continue;
        }
      }
      // A number: digits of any system with separators between digits and a trailing percent sign.
      j = i;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if (NUM_SEPARATORS.has(d) && j + 1 < to && isDigit(text.charCodeAt(j + 1)) && d !== 0x60c) j++;
        else break;
      }
      if (j === i) {
        // An underscore with no Latin letter after it (2015 _ 2016, _1): punctuation. A
        // zero-length number token here would never advance i.
        i++;
        out.push({ kind: 'punct', start, end: i, norm: '' });
        continue;
      }
      if (j < to && (text.charCodeAt(j) === 0x25 || text.charCodeAt(j) === 0x66a)) j++;
      // Digits glued to Latin letters after all (e.g. 19th)
      if (j < to && isLatinLetter(text.charCodeAt(j))) {
        while (j < to && isLatinWordChar(text.charCodeAt(j))) j++;
        i = j;
        out.push({ kind: 'latin', start, end: i, norm: '' });
        continue;
      }
      i = j;
      out.push({ kind: 'number', start, end: i, norm: '', digits: classifyDigits(text, start, i) });
      continue;
    }

    if (c === 0x40 /* @ */ && i + 1 < to && isLatinWordChar(text.charCodeAt(i + 1))) {
      i++;
      while (i < to && isLatinWordChar(text.charCodeAt(i))) i++;
      out.push({ kind: 'handle', start, end: i, norm: '' });
      continue;
    }
    if (c === 0x23 /* # */ && i + 1 < to && (isLatinWordChar(text.charCodeAt(i + 1)) || isArabicWordChar(text.charCodeAt(i + 1)) || isDigit(text.charCodeAt(i + 1)))) {
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isLatinWordChar(d) || isArabicWordChar(d) || isDigit(d)) i++;
        else break;
      }
      out.push({ kind: 'hashtag', start, end: i, norm: '' });
      continue;
    }

    if (isHighSurrogate(c) && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      i += 2;
      out.push({ kind: 'other', start, end: i, norm: '' });
      continue;
    }

    i++;
    const kind: TokenKind = isPunctuation(c) ? 'punct' : 'other';
    out.push({ kind, start, end: i, norm: '' });
  }
  return out;
}

/** ASCII and Arabic punctuation and the common typographic marks. */
export function isPunctuation(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x2f) ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e) ||
    c === 0x60c || // ،
    c === 0x61b || // ؛
    c === 0x61f || // ؟
    c === 0x66a || // ٪
    c === 0x6d4 || // ۔
    c === 0xab ||
    c === 0xbb || // « »
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, ellipsis
    (c >= 0x2030 && c <= 0x205e)
  );
}
