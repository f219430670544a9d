// Quotation marks, and the direct quotations of a document: someone's own words, or a title or a
// name quoted as written. Rules that would change words (the honorifics rules) or decide for the
// writer (doubled-punctuation's ؟؟ and !!) leave them as the source wrote them. Pure: reads the
// analysed document only.

import { blockMarkerAt } from './markdown';
import { isArabicWordChar, isDigit, isLatinLetter, isLineBreak, isSpace } from './chars';
import { DocumentMemo, punctIndex, type AnalysedDocument } from './document';

const AR_QUESTION = 0x61f;

/** An Arabic or Latin letter, or a digit. */
export function isLetterOrDigit(c: number): boolean {
  return isArabicWordChar(c) || isLatinLetter(c) || isDigit(c);
}

/** Opening quotes and brackets (the straight quote is decided by context elsewhere). */
export function isOpeningMark(c: number): boolean {
  return c === 0xab /* « */ || c === 0x201c /* “ */ || c === 0x28 || c === 0x5b || c === 0x7b;
}

/** Closing quotes and brackets. ” also closes; in right-to-left typing it sometimes opens. */
export function isClosingMark(c: number): boolean {
  return c === 0xbb /* » */ || c === 0x201d /* ” */ || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x2019;
}

/** Where a straight or curly double quote stands: opening, closing, or unclear. */
export type QuoteRole = 'open' | 'close' | 'unclear';

export function quoteRole(text: string, p: number): QuoteRole {
  const pc = p > 0 ? text.charCodeAt(p - 1) : 0x0a;
  const nc = p + 1 < text.length ? text.charCodeAt(p + 1) : 0x0a;
  const beforeIsGap = isSpace(pc) || isLineBreak(pc) || isOpeningMark(pc) || pc === 0x2d /* - */ || pc === 0x3a /* : */;
  const afterIsGap = isSpace(nc) || isLineBreak(nc);
  const afterIsWord = isLetterOrDigit(nc);
  const beforeIsWord = isLetterOrDigit(pc) || isClosingMark(pc) || pc === 0x2e || pc === 0x21 || pc === 0x3f || pc === AR_QUESTION;
  if (beforeIsGap && !afterIsGap) return 'open';
  if ((beforeIsWord || !beforeIsGap) && !afterIsWord) return 'close';
  return 'unclear';
}

/**
 * Whether a quotation is open, mark by mark, over a block: what the reporting-verb scan keeps
 * (a verb inside a quotation is the source's, not an attribution) and the incremental checker
 * mirrors to cut a block only where none is open (cutsInside). Guillemets and curly quotes
 * nest; a straight quote's neighbours say whether it opens or closes (quoteRole): one that can
 * only close, with none open, is stray and opens nothing (… الأمر" وقال), one that can only
 * open while one is open leaves it open (the earlier one was stray), and a » or ” with none of
 * its own kind open closes a straight quote left open («"نحن … سلمي»»).
 */
export class OpenQuotes {
  private guillemets = 0;
  private curly = 0;
  private straight = false;

  /** Take the mark at text[p] (any character: only quotation marks count). */
  mark(text: string, p: number): void {
    const c = text.charCodeAt(p);
    if (c === 0xab) this.guillemets++;
    else if (c === 0xbb) {
      if (this.guillemets > 0) this.guillemets--;
      else this.straight = false;
    } else if (c === 0x201c) this.curly++;
    else if (c === 0x201d) {
      if (this.curly > 0) this.curly--;
      else this.straight = false;
    } else if (c === 0x22) {
      const role = quoteRole(text, p);
      this.straight = this.straight ? role === 'open' : role !== 'close';
    }
  }

  get open(): boolean {
    return this.guillemets > 0 || this.curly > 0 || this.straight;
  }

  /** A new block: nothing open. */
  reset(): void {
    this.guillemets = 0;
    this.curly = 0;
    this.straight = false;
  }
}

/** The quotations closed on their line, and the stretches after a mark left open to its line's end. */
interface Quoted {
  closed: Int32Array;
  open: Int32Array;
}

const QUOTATIONS = new DocumentMemo<Quoted>();

/** Sorted [start, end) pairs, overlaps merged, flattened. */
export function mergeSpans(pairs: Array<[number, number]>): Int32Array {
  pairs.sort((x, y) => x[0] - y[0]);
  const merged: number[] = [];
  for (const [a, b] of pairs) {
    if (merged.length && merged[merged.length - 1] >= a) merged[merged.length - 1] = Math.max(merged[merged.length - 1], b);
    else merged.push(a, b);
  }
  return Int32Array.from(merged);
}

/** Of sorted, disjoint, flattened [start, end) spans, the index of the first pair ending after p (the pair count when none does). */
export function firstSpanEndingAfter(spans: Int32Array, p: number): number {
  let lo = 0;
  let hi = spans.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1] <= p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index j (even) of the span [spans[j], spans[j+1]) that holds p after its start, or -1. */
export function spanHolding(spans: Int32Array, p: number): number {
  const i = firstSpanEndingAfter(spans, p);
  return i < spans.length >> 1 && spans[2 * i] < p ? 2 * i : -1;
}

/** Is p inside one of the sorted flattened spans (after its start, up to its end)? */
function within(q: Int32Array, p: number): boolean {
  return spanHolding(q, p) >= 0;
}

/**
 * The document's quotations, as sorted disjoint [start, end) pairs (flattened) from the opening
 * mark to just after the closing one: each «…», “…” and "…" opened and closed on one line (news
 * copy writes a paragraph a line, and a quotation that runs on opens again on the next). Arabic
 * sites write ”…“, ”…” and "…" as often as “…”, so which end a curly or straight mark is comes
 * from where it stands (quoteRole), and marks of one kind nest. A » glued to a word after a
 * colon or a space opens (`وتابع:»ليس`, `»الحكومة«`) and a « after a word closes when a
 * quotation is open, as does a « before a comma, a full stop or the line's end (`« التثوير
 * العربي «،`); with none open, such a « opens nothing. A closing mark with nothing open is
 * passed over, and a mark left open at its line's end makes no quotation (inOpenQuotation
 * answers for what follows it): where the marks do not pair, the text does not say where the
 * source speaks. One pass over the tokens, on first need.
 */
export function quotations(doc: AnalysedDocument): Int32Array {
  return quoted(doc).closed;
}

function quoted(doc: AnalysedDocument): Quoted {
  let spans = QUOTATIONS.get(doc);
  if (spans) return spans;
  const { text } = doc;
  const pairs: Array<[number, number]> = [];
  const unclosed: Array<[number, number]> = [];
  const guil: number[] = [];
  const curly: number[] = [];
  const straight: number[] = [];
  const endLine = (at: number) => {
    // the first mark still open runs to the line's end: the quotation goes on past it
    const first = Math.min(guil[0] ?? Infinity, curly[0] ?? Infinity, straight[0] ?? Infinity);
    if (first !== Infinity) unclosed.push([first, at]);
    guil.length = curly.length = straight.length = 0;
  };
  // Only the punctuation tokens and the line ends matter here: they are walked from the
  // document's punctuation index (typed arrays, shared with the punctuation rules), merged in
  // text order, rather than over every token (the same marks and line ends, in the same order).
  const { starts, codes, breaks } = punctIndex(doc);
  let b = 0;
  for (let q = 0; q <= starts.length; q++) {
    const p = q < starts.length ? starts[q] : text.length;
    while (b < breaks.length && breaks[b] < p) endLine(breaks[b++]);
    if (q === starts.length) break;
    const c = codes[q];
    if (c === 0xab) {
      const role = quoteRole(text, p);
      if (guil.length && (role === 'close' || beforeSentencePunctuation(text, p))) pairs.push([guil.pop()!, p + 1]);
      // a « placed as a closer with nothing open (»الحكومة« إن …): the end of a quotation typed
      // the wrong way round, which opens nothing
      else if (role !== 'close') guil.push(p);
    } else if (c === 0xbb) {
      if (guil.length) pairs.push([guil.pop()!, p + 1]);
      // nothing open: a » placed as an opener (after a space or a colon, before a word) opens
      else if (quoteRole(text, p) === 'open') guil.push(p);
    } else if (c === 0x201c || c === 0x201d || c === 0x22) {
      const stack = c === 0x22 ? straight : curly;
      const role = quoteRole(text, p);
      if (role === 'open') stack.push(p);
      else if (stack.length) pairs.push([stack.pop()!, p + 1]);
      else if (role === 'unclear') stack.push(p);
    }
  }
  endLine(text.length);
  spans = { closed: mergeSpans(pairs), open: mergeSpans(unclosed) };
  QUOTATIONS.set(doc, spans);
  return spans;
}

/**
 * Whether offset p lies inside one of the document's quotations (after its opening mark), or in
 * a Markdown blockquote (a tweet or statement quoted as it was written: the digital desk's
 * «> … عنده مبادئ!!»).
 */
export function inQuotation(doc: AnalysedDocument, p: number): boolean {
  return within(quoted(doc).closed, p) || (doc.languageId === 'markdown' && inBlockquote(doc, doc.lineIndexAt(p)));
}

/**
 * Is line li of a Markdown document in a blockquote: `>` first (up to three spaces before it),
 * or a lazy continuation of one (CommonMark: a line of plain text right under a quoted line,
 * with no blank line between, stays in its paragraph — «> نص التغريدة» then «— الحساب (@handle)
 * November 28, 2026» on the next line unquoted). A line opening a list, a heading or a fence
 * would end the quote, and is not one.
 */
export function inBlockquote(doc: AnalysedDocument, li: number): boolean {
  if (doc.languageId !== 'markdown') return false;
  const text = doc.text;
  const opening = (k: number): number => blockMarkerAt(text, doc.lines[k].start, doc.lines[k].end);
  // (a paragraph of lazy lines is short in a draft: a few lines up are enough, and keep this linear)
  for (let k = li; k >= 0 && k > li - LAZY_LINES; k--) {
    const q = opening(k);
    if (text.charCodeAt(q) === 0x3e) return true;
    if (text.slice(q, doc.lines[k].end).trim() === '' || /^(?:[-+*](?:\s|$)|#{1,6}(?:\s|$)|\d{1,9}[.)](?:\s|$)|```|~~~)/.test(text.slice(q, q + 12))) return false;
  }
  return false;
}
/** How many lines up a lazy continuation line is looked for its quoted line. */
const LAZY_LINES = 40;


/**
 * Whether offset p lies after a quotation mark opened on its line and not closed there (`قال
 * «الخامس..⏎`, a quotation that runs on into the next paragraph): the source may still be
 * speaking. Not a quotation for the rules that leave one alone; a hint that the line's end is
 * not the paper's.
 */
export function inOpenQuotation(doc: AnalysedDocument, p: number): boolean {
  return within(quoted(doc).open, p);
}

/**
 * A comma, semicolon, full stop or the line's end after the mark at p (spaces between
 * allowed): nothing can open there. An ellipsis can (`«... وأضاف»`, a cut quotation).
 */
export function beforeSentencePunctuation(text: string, p: number): boolean {
  let k = p + 1;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  if (c === 0x2e) return text.charCodeAt(k + 1) !== 0x2e;
  return isLineBreak(c) || c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b;
}
