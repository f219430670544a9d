// Runs of horizontal white space, shared by `extra-spaces` and `nbsp` so that the two
// rules split the runs between them and never report edits on the same characters: a run
// is a maximal sequence of space U+0020, tab, no-break space U+00A0 and narrow no-break
// space U+202F inside prose. A run holding a no-break space belongs to `nbsp`, any other
// run to `extra-spaces`. (Other Unicode spaces U+2000–200A end a run and belong to neither.)

import { DocumentMemo, type AnalysedDocument } from '../../text/document';
import { isLineBreak } from '../../text/chars';

export type RunPlace =
  /** the whole line is white space */
  | 'blank'
  /** at the start of a line (in Markdown also after block markers only: `> `, `- `, `1. `, `#`) */
  | 'leading'
  /** at the end of a line */
  | 'trailing'
  /** between two non-space characters on one line */
  | 'interior';

export interface SpaceRun {
  start: number;
  end: number;
  /** Holds U+00A0 or U+202F: the run belongs to `nbsp`. */
  noBreak: boolean;
  place: RunPlace;
  /** Markdown: a trailing run ending in two or more spaces before a non-blank line is a hard line break. */
  hardBreak: boolean;
  /** A table row, where spaces align columns: in Markdown a line holding `|`, in plain text a line framed by `|`. */
  tableLine: boolean;
}

export function isRunSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f;
}

export function isNoBreakSpace(c: number): boolean {
  return c === 0xa0 || c === 0x202f;
}

/** Markdown block-marker characters that may precede content on a line. */
function isMarkerChar(c: number): boolean {
  return (
    c === 0x3e /* > */ ||
    c === 0x2d /* - */ ||
    c === 0x2a /* * */ ||
    c === 0x2b /* + */ ||
    c === 0x23 /* # */ ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2e /* . */ ||
    c === 0x29 /* ) */ ||
    c === 0x5b /* [ */ ||
    c === 0x5d /* ] */ ||
    c === 0x78 /* x */ ||
    c === 0x58 /* X */
  );
}

const cache = new DocumentMemo<SpaceRun[]>();

/**
 * What every run that may be kept holds (outside Markdown), unless it touches a line's edge:
 * two ordinary spaces (a longer run of spaces), a tab or a no-break space (a run holding one).
 * Every other run is one ordinary space or tab between words, which no rule wants. Each is
 * found by a native search.
 */
const RUN_MARKS = ['  ', '\t', '\u00a0', '\u202f'];

/**
 * The white-space runs of the document's prose that a rule may report, in order (computed
 * once per document): every run except a single ordinary space or tab between words.
 */
export function spaceRuns(doc: AnalysedDocument): SpaceRun[] {
  let runs = cache.get(doc);
  if (!runs) {
    runs = computeRuns(doc);
    cache.set(doc, runs);
  }
  return runs;
}

function computeRuns(doc: AnalysedDocument): SpaceRun[] {
  const text = doc.text;
  const n = text.length;
  const markdown = doc.languageId === 'markdown';
  const out: SpaceRun[] = [];
  const atLineStart = (p: number) => p === 0 || (p === 1 && text.charCodeAt(0) === 0xfeff) || isLineBreak(text.charCodeAt(p - 1));
  // Markdown: only block markers and spaces so far on this line.
  let prefixOnly = true;
  // Markdown: cached "line has a |" for the line starting at tableLineStart.
  let tableLineStart = -1;
  let tableLineHasPipe = false;
  const lineHasPipe = (p: number): boolean => {
    const line = doc.lines[doc.lineIndexAt(p)];
    if (line.start !== tableLineStart) {
      tableLineStart = line.start;
      const content = text.slice(line.start, line.end);
      tableLineHasPipe = markdown ? content.includes('|') : /^[ \t]*\|.*\|[ \t]*$/.test(content);
    }
    return tableLineHasPipe;
  };
  /** Where the run of spaces that goes on at i ends, at `limit` at the latest. */
  const runEnd = (i: number, limit: number): number => {
    while (i < limit && isRunSpace(text.charCodeAt(i))) i++;
    return i;
  };
  /** The run [i, j) (maximal): kept unless it is one ordinary space or tab between words. */
  const run = (i: number, j: number, lead: boolean): void => {
    const trail = j === n || isLineBreak(text.charCodeAt(j));
    let noBreak = false;
    for (let k = i; k < j && !noBreak; k++) noBreak = isNoBreakSpace(text.charCodeAt(k));
    if (!lead && !trail && !noBreak && j === i + 1) return; // one ordinary space or tab between words, the common case: no rule wants it
    const place: RunPlace = lead && trail && atLineStart(i) ? 'blank' : lead ? 'leading' : trail ? 'trailing' : 'interior';
    let hardBreak = false;
    if (markdown && place === 'trailing' && j < n && text.charCodeAt(j - 1) === 0x20 && text.charCodeAt(j - 2) === 0x20 && j - 2 >= i) {
      // the next line must hold something
      let k = j + (text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a ? 2 : 1);
      while (k < n && isRunSpace(text.charCodeAt(k))) k++;
      hardBreak = k < n && !isLineBreak(text.charCodeAt(k));
    }
    const tableLine = place === 'interior' && lineHasPipe(i);
    out.push({ start: i, end: j, noBreak, place, hardBreak, tableLine });
  };
  if (!markdown) {
    // Outside Markdown the prose is the whole text and no block marker counts, so only the
    // runs matter: rather than a loop over every character, the places where a run that may
    // be kept must be are gathered — what RUN_MARKS finds, each line's first and last
    // character (doc.lines breaks the text at exactly the isLineBreak characters, so a run
    // after a line break starts a line and one before a line break ends one), the text's ends
    // and the character after a BOM — and each leads to its (maximal) run, which is then
    // judged like any other.
    const cand: number[] = [0, 1, n - 1];
    for (const mark of RUN_MARKS) for (let p = text.indexOf(mark); p >= 0; p = text.indexOf(mark, p + 1)) cand.push(p);
    for (const line of doc.lines) cand.push(line.start, line.end - 1);
    const sorted = Int32Array.from(cand).sort(); // (a typed array sorts by value)
    let done = 0; // the end of the last run judged: runs are disjoint, taken in order
    for (const c of sorted) {
      if (c < done || !isRunSpace(text.charCodeAt(c))) continue; // (charCodeAt(-1), charCodeAt(n): NaN)
      let i = c;
      while (i > 0 && isRunSpace(text.charCodeAt(i - 1))) i--;
      done = runEnd(c, n);
      run(i, done, atLineStart(i));
    }
    return out;
  }
  for (const span of doc.prose) {
    if (!atLineStart(span.start)) prefixOnly = false;
    for (let i = span.start; i < span.end; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x20 && c !== 0xa0 && c !== 0x202f && c !== 0x2028 && c !== 0x2029) {
        // fast path: neither white space nor a line break
        if (prefixOnly && !isMarkerChar(c)) prefixOnly = false;
        continue;
      }
      if (isLineBreak(c)) {
        prefixOnly = true;
        continue;
      }
      if (!isRunSpace(c)) {
        if (!isMarkerChar(c)) prefixOnly = false;
        continue;
      }
      const j = runEnd(i + 1, span.end);
      run(i, j, atLineStart(i) || prefixOnly);
      i = j - 1;
    }
  }
  return out;
}
