// Character classes for Arabic news text. All functions take a UTF-16 code unit.

/** Arabic letters proper (hamza … yeh) U+0621–U+064A, plus extended letters U+0671–U+06D3 and U+06FA–U+06FF. */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06ee && c <= 0x06ef) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x063b && c <= 0x063f);
}

/** Tashkeel: U+064B–U+065F and superscript alef U+0670 (plus Quranic marks U+06D6–U+06ED). */
export function isDiacritic(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e4) || (c >= 0x06e7 && c <= 0x06e8) || (c >= 0x06ea && c <= 0x06ed);
}

export const TATWEEL = 0x0640;

/** Arabic presentation forms A (U+FB50–U+FDFF) and B (U+FE70–U+FEFC). */
export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Joiners that may sit inside a word: ZWNJ, ZWJ. */
export function isJoiner(c: number): boolean {
  return c === 0x200c || c === 0x200d;
}

/** Anything that belongs inside an Arabic word: letters, diacritics, tatweel, presentation forms, joiners. */
export function isArabicWordChar(c: number): boolean {
  return isArabicLetter(c) || isDiacritic(c) || c === TATWEEL || isPresentationForm(c);
}

export function isWesternDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
export function isArabicIndicDigit(c: number): boolean {
  return c >= 0x0660 && c <= 0x0669;
}
export function isPersianDigit(c: number): boolean {
  return c >= 0x06f0 && c <= 0x06f9;
}
export function isDigit(c: number): boolean {
  return isWesternDigit(c) || isArabicIndicDigit(c) || isPersianDigit(c);
}
/** The numeric value 0–9 of a digit in any of the three systems, or -1. */
export function digitValue(c: number): number {
  if (isWesternDigit(c)) return c - 0x30;
  if (isArabicIndicDigit(c)) return c - 0x0660;
  if (isPersianDigit(c)) return c - 0x06f0;
  return -1;
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Bidi embeddings, overrides, isolates and marks: LRM, RLM, ALM, LRE…RLO, LRI…PDI. */
export function isBidiControl(c: number): boolean {
  return c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** ZWSP, ZWNJ, ZWJ, word joiner, BOM. */
export function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Characters with no visible width that folding drops. */
export function isInvisible(c: number): boolean {
  return isBidiControl(c) || isZeroWidth(c) || c === 0x00ad;
}

export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

// The space classes of every UTF-16 code unit, looked up rather than compared: a chain of
// comparisons whose later tests only a rare character reaches (a Unicode space, U+2028, the
// BOM) had V8 throw away the optimised code of every hot loop that inlined it the first time
// one came by ("insufficient type feedback"), and compile it again: tens of milliseconds in a
// process's first check or first names list. Bit 1: isSpace, bit 2: isJsWhitespace.
const SPACE_CLASS = new Uint8Array(0x10000);
for (const c of [0x20, 0x09, 0xa0, 0x0b, 0x0c, 0x202f, 0x205f, 0x3000, 0x1680]) SPACE_CLASS[c] = 3;
for (let c = 0x2000; c <= 0x200a; c++) SPACE_CLASS[c] = 3;
for (const c of [0x0a, 0x0d, 0x2028, 0x2029, 0xfeff]) SPACE_CLASS[c] = 2;

/** Horizontal white space, including no-break and the Unicode spaces. */
export function isSpace(c: number): boolean {
  return (SPACE_CLASS[c] & 1) !== 0;
}

/**
 * JavaScript's `\s` (what String.prototype.trim removes and a names-list spelling is split
 * on), without a regular expression: isSpace above plus line breaks and the BOM.
 */
export function isJsWhitespace(c: number): boolean {
  return SPACE_CLASS[c] >= 2;
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Arabic punctuation marks. */
export const AR_COMMA = '،';
export const AR_SEMICOLON = '؛';
export const AR_QUESTION = '؟';
export const AR_PERCENT = '٪';
export const AR_DECIMAL = '٫';
export const AR_THOUSANDS = '٬';

/**
 * Forward search in a text for the code units a global, literal character-class RegExp
 * matches: `next(i)` is the first position ≥ i holding one, or -1. For rules that look for
 * rare characters: the engine's native search skips the long stretches without one instead
 * of a predicate call per character. Asked with non-decreasing positions it scans the text
 * once in all (the last answer is reused while it still lies ahead).
 */
export class CodeUnitScanner {
  private from = -1;
  private at = -1;
  constructor(
    private readonly re: RegExp,
    private readonly text: string,
  ) {}
  next(i: number): number {
    if (this.from < 0 || this.from > i || (this.at >= 0 && this.at < i)) {
      this.re.lastIndex = i;
      const m = this.re.exec(this.text);
      this.at = m ? m.index : -1;
      this.from = i;
    }
    return this.at;
  }
}
