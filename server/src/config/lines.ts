// Lines of a text, as the house-style problems are placed: a line ends at \n, or at a \r not
// followed by \n. Found once per text; a line and column by binary search (a names file of
// 100,000 rows may have a problem on each).

/** Where the lines of a text start (after \n, or after a \r not followed by \n): line and column of an offset by binary search. */
export class LineStarts {
  private readonly starts: number[] = [0];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }

  /** 1-based line and UTF-16 column of `offset` (clamped to the text). */
  lineColumn(offset: number): { line: number; column: number } {
    const end = Math.max(0, Math.min(offset, this.length));
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= end) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: end - s[lo] + 1 };
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return new LineStarts(text).lineColumn(offset);
}
