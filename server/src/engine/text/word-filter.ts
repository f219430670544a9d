// A sieve in front of a set of words that every word of a draft is looked up in (the reporting
// verbs' forms, scrape-leftover's word classes, the titles, the words the honorifics rules
// watch): a bit per word shape — the first two and last two code units (their low bytes) and
// the length, hashed — set for every word of the set. A word whose bit is clear is none of
// them, told without hashing the whole string for a Map or Set; one whose bit is set is then
// looked up exactly. Nine draft words in ten are sieved out.

/** The shape of a word as a 32-bit hash (a code unit past either end of a short word counts as 0). */
export function shapeHash(w: string): number {
  const n = w.length;
  // (read within the word: a read past its end gives NaN, which keeps V8's optimised code on a slow path)
  const first = n > 0 ? w.charCodeAt(0) & 0xff : 0;
  const last = n > 0 ? w.charCodeAt(n - 1) & 0xff : 0;
  const second = n > 1 ? w.charCodeAt(1) & 0xff : 0;
  const beforeLast = n > 1 ? w.charCodeAt(n - 2) & 0xff : 0;
  const a = first | (second << 8) | (beforeLast << 16) | (last << 24);
  return Math.imul(a ^ Math.imul(n, 0x85ebca6b), 0x9e3779b1);
}

export class WordFilter {
  private readonly bits: Uint32Array;
  private readonly shift: number;

  /** A sieve of 2^`size` bits for `words`. */
  constructor(words: Iterable<string>, size = 16) {
    this.bits = new Uint32Array(Math.max(1, (1 << size) >>> 5));
    this.shift = 32 - size;
    for (const w of words) {
      const b = shapeHash(w) >>> this.shift;
      this.bits[b >>> 5] |= 1 << (b & 31);
    }
  }

  /** May `w` be one of the words (false: it is none of them)? */
  mayHold(w: string): boolean {
    const b = shapeHash(w) >>> this.shift;
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}
