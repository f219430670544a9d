// Helpers the punctuation rules share: which script surrounds a mark, which question
// marks are really lost characters (mojibake), which quote or bracket a character is.
// Everything here looks at a bounded neighbourhood, so the rules stay linear.

import { defineScan, documentScan } from '../../scans';
import { punctIndex, type AnalysedDocument } from '../../text/document';
import { foldString } from '../../text/fold';
import { isClosingMark, isLetterOrDigit, isOpeningMark, quoteRole, type QuoteRole } from '../../text/quotations';
import { isArabicLetter, isArabicWordChar, isLineBreak, isSpace } from '../../text/chars';

export { isClosingMark, isOpeningMark, quoteRole, type QuoteRole };
import type { Token } from '../../text/tokenize';

/** What the nearest word-like token on one side of a position is. */
export type Side = 'arabic' | 'latin' | 'neutral' | 'none';

/** How many punctuation/space tokens a side scan steps over before giving up. */
const MAX_SKIP = 8;

function tokenSide(text: string, t: Token): Side | undefined {
  switch (t.kind) {
    case 'word':
      return 'arabic';
    case 'latin':
      return 'latin';
    case 'hashtag':
      for (let i = t.start + 1; i < t.end; i++) if (isArabicLetter(text.charCodeAt(i))) return 'arabic';
      return 'neutral';
    case 'number':
    case 'url':
    case 'email':
    case 'handle':
      return 'neutral';
    default:
      return undefined;
  }
}

/**
 * The script of the nearest word-like token before (dir = -1) or after (dir = 1) token
 * index i, on the same line, stepping over spaces, invisible characters and punctuation.
 * Numbers, URLs, e-mail addresses and handles are 'neutral'.
 */
export function sideOf(doc: AnalysedDocument, i: number, dir: 1 | -1): Side {
  const toks = doc.tokens;
  let skipped = 0;
  let prev = toks[i];
  for (let k = i + dir; k >= 0 && k < toks.length; k += dir) {
    const t = toks[k];
    // A gap between tokens is an excluded region (Markdown code, link target): stop there.
    if (dir === 1 ? t.start !== prev.end : t.end !== prev.start) return 'none';
    if (t.kind === 'newline') return 'none';
    const s = tokenSide(doc.text, t);
    if (s) return s;
    if (++skipped > MAX_SKIP) return 'none';
    prev = t;
  }
  return 'none';
}

/** Arabic context: an Arabic word on at least one side and a Latin word on neither. */
export function isArabicContext(left: Side, right: Side): boolean {
  return (left === 'arabic' || right === 'arabic') && left !== 'latin' && right !== 'latin';
}

const Q_LATIN = 0x3f;
const Q_ARABIC = 0x61f;

function isQuestionChar(c: number): boolean {
  return c === Q_LATIN || c === Q_ARABIC;
}

/** The run of ? and ؟ around offset i: [start, end). Call once per run (it walks the run). */
export function questionRun(text: string, i: number): { start: number; end: number; latin: boolean } {
  let s = i;
  while (s > 0 && isQuestionChar(text.charCodeAt(s - 1))) s--;
  let e = i;
  let latin = false;
  while (e < text.length && isQuestionChar(text.charCodeAt(e))) {
    if (text.charCodeAt(e) === Q_LATIN) latin = true;
    e++;
  }
  return { start: s, end: e, latin };
}

/**
 * A run of Latin question marks that stands for characters lost in an encoding
 * conversion, not for a question: `ا?لي`, `ف?? تصريح`, `خليجي ???? ،`. Such a run is
 * glued to a following letter or digit, or follows a lone letter (no question ends with
 * a bare proclitic), or is two or more marks standing on their own.
 */
export function isGarbledQuestionRun(text: string, run: { start: number; end: number; latin: boolean }): boolean {
  if (!run.latin) return false;
  if (run.end < text.length && isLetterOrDigit(text.charCodeAt(run.end))) return true;
  const before = run.start > 0 ? text.charCodeAt(run.start - 1) : 0x0a;
  if (isArabicWordChar(before)) {
    // length of the word glued to the run (stop at 2: we only need to know if it is one letter)
    let k = run.start - 1;
    let letters = 0;
    while (k >= 0 && isArabicWordChar(text.charCodeAt(k)) && letters < 2) {
      if (isArabicLetter(text.charCodeAt(k))) letters++;
      k--;
    }
    if (letters === 1 && (k < 0 || !isArabicWordChar(text.charCodeAt(k)))) return true;
    return false;
  }
  const standalone = run.start === 0 || isSpace(before) || isLineBreak(before);
  return standalone && run.end - run.start >= 2;
}

/**
 * Per-position memo of the question run decisions, so that rules visiting each `?` of a
 * run decide once per run.
 */
export class QuestionRuns {
  private end = -1;
  private garbled = false;
  constructor(private readonly text: string) {}
  /** Whether the `?`/`؟` at offset i belongs to a garbled run. */
  garbledAt(i: number): boolean {
    if (i >= this.end) {
      const run = questionRun(this.text, i);
      this.end = run.end;
      this.garbled = isGarbledQuestionRun(this.text, run);
    }
    return this.garbled;
  }
}

export const AR_COMMA = 0x60c;
export const AR_SEMICOLON = 0x61b;
export const AR_QUESTION = 0x61f;

/** The `;` at offset p ends an HTML entity (`&quot;`, `&#8220;`): scrape residue, not punctuation. */
export function endsHtmlEntity(text: string, p: number): boolean {
  let k = p - 1;
  let n = 0;
  while (k >= 0 && n < 12) {
    const c = text.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x23) {
      k--;
      n++;
    } else break;
  }
  return n > 0 && k >= 0 && text.charCodeAt(k) === 0x26;
}

/**
 * Visit the punctuation tokens for which `want(charCode)` holds, in text order. `visit`
 * gets the token index and may return an offset: punctuation tokens before it are then
 * skipped (a cluster the visitor has handled).
 */
export function scanPunct(doc: AnalysedDocument, want: (c: number) => boolean, visit: (i: number) => number | void): void {
  const { idx, starts, codes } = punctIndex(doc);
  let skipTo = 0;
  for (let q = 0; q < idx.length; q++) {
    if (starts[q] < skipTo || !want(codes[q])) continue;
    const resume = visit(idx[q]);
    if (typeof resume === 'number') skipTo = resume;
  }
}

function isPaired(c: number): boolean {
  return c === 0xab || c === 0xbb || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x22 || c === 0x201c || c === 0x201d;
}

/** A quotation mark or bracket of the draft, with what its line says of it. */
export interface PairMark {
  token: number;
  start: number;
  code: number;
  /** Its paragraph (marks are paired within one). */
  paragraph: number;
  /** A `)` that, closing nothing, is no fault: a list label (`1)`, `أ)`) or the emoticon-like `:)`. */
  quiet: boolean;
  /** A quote's role from the characters beside it (straight and curly quotes only). */
  role: QuoteRole;
}

/**
 * The draft's quotation marks and brackets in order, for unbalanced-pairs and quote-style, which
 * pair them per paragraph: each read on its line, so a paragraph of a draft checked as it is
 * edited gives its own.
 */
function marksOf(doc: AnalysedDocument): PairMark[] {
  const { text, tokens: toks } = doc;
  const paras = doc.tokenParagraphs;
  const out: PairMark[] = [];
  scanPunct(doc, isPaired, (i) => {
    const p = toks[i].start;
    const c = text.charCodeAt(p);
    const quote = c === 0x22 || c === 0x201c || c === 0x201d;
    out.push({ token: i, start: p, code: c, paragraph: paras[i], quiet: c === 0x29 && (isListLabel(i) || text.charCodeAt(p - 1) === 0x3a), role: quote ? quoteRole(text, p) : 'unclear' });
  });
  return out;

  /** `1)` or `أ)` at the start of a line: a list label, not a closing bracket. */
  function isListLabel(i: number): boolean {
    const label = toks[i - 1];
    if (!label || label.end !== toks[i].start) return false;
    if (label.kind !== 'number' && !(label.kind === 'word' && label.norm.length === 1) && !(label.kind === 'latin' && label.end - label.start === 1)) return false;
    for (let k = i - 2; k >= 0; k--) {
      const t = toks[k];
      if (t.kind === 'newline') return true;
      if (t.kind !== 'space' && t.kind !== 'format') return false;
    }
    return true;
  }
}

const PAIR_MARKS = defineScan<PairMark>({
  name: 'punctuation:pair-marks',
  usedBy: ['unbalanced-pairs', 'quote-style'],
  readsShared: false,
  scan: marksOf,
  move: (m, at) => ({ token: m.token + at.token, start: m.start + at.offset, code: m.code, paragraph: m.paragraph < 0 ? -1 : m.paragraph + at.paragraph, quiet: m.quiet, role: m.role }),
});

/** The draft's quotation marks and brackets, in order (given by the incremental checker, or found now). */
export function findPairMarks(doc: AnalysedDocument): PairMark[] {
  return documentScan(doc, PAIR_MARKS);
}

/**
 * How many paragraphs after its own a quotation left open may still close, within its block
 * (a plain-text draft written a paragraph a line: «… هذا أمر مؤسف.⏎ولا يمكن …»): past them, a
 * mark left open is taken for a stray one.
 */
const QUOTE_RUNS_ON = 4;

/**
 * The draft's quotation marks and brackets (findPairMarks) paragraph by paragraph, where they
 * are paired: each paragraph's, in order. A quotation may run over several paragraphs of a
 * plain-text draft, one per line («انه امر محزن.⏎لا يمكن … زهيدة»): a paragraph whose marks
 * do not balance is paired together with the paragraphs after it up to the first with which
 * the count balances, when they are lines of its block (no blank line between) within
 * QUOTE_RUNS_ON paragraphs of it. Lines between may hold marks that balance on their own, of
 * another kind than those left open («…⏎(في الربع الأول)⏎…»); a line that balances marks of
 * the kind left open («"…⏎"أ" و"ب"⏎…») ends the run: the quotation closed, or never opened.
 * Where the count does not balance, the paragraph is paired alone.
 */
export function* pairMarksByParagraph(doc: AnalysedDocument): Generator<PairMark[]> {
  const marks = findPairMarks(doc);
  const groups: PairMark[][] = [];
  let from = 0;
  for (let i = 1; i <= marks.length; i++) {
    if (i === marks.length || marks[i].paragraph !== marks[from].paragraph) {
      groups.push(marks.slice(from, i));
      from = i;
    }
  }
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    let end = g; // the last group paired with it
    const open = counts(group);
    if (!isBalanced(open)) {
      for (let h = g + 1; h < groups.length && runsOn(doc, group[0].paragraph, groups[h][0].paragraph); h++) {
        const own = counts(groups[h]);
        if (isBalanced(own) && own.some((n, k) => n !== 0 && open[k] !== 0)) break; // (nonzero: marks of an open kind)
        for (let k = 0; k < open.length; k++) open[k] += own[k];
        if (isBalanced(open)) {
          end = h;
          break;
        }
      }
    }
    yield end === g ? group : groups.slice(g, end + 1).flat();
    g = end;
  }
}

/**
 * The marks counted by kind: « minus », ( minus ), [ minus ], and how many " and “ ” — with,
 * for the quotes, the count itself where isBalanced asks only whether it is even (a line's
 * own count, nonzero where it holds marks of the kind: see pairMarksByParagraph).
 */
function counts(marks: readonly PairMark[]): number[] {
  const n = [0, 0, 0, 0, 0];
  for (const m of marks) {
    switch (m.code) {
      case 0xab: n[0]++; break;
      case 0xbb: n[0]--; break;
      case 0x28: n[1]++; break;
      case 0x29: if (!m.quiet) n[1]--; break;
      case 0x5b: n[2]++; break;
      case 0x5d: n[2]--; break;
      case 0x22: n[3]++; break;
      default: n[4]++;
    }
  }
  return n;
}

/** Do counted marks pair up: as many « as », ( as ), [ as ], an even number of " and of “ ”? */
function isBalanced(n: readonly number[]): boolean {
  return n[0] === 0 && n[1] === 0 && n[2] === 0 && n[3] % 2 === 0 && n[4] % 2 === 0;
}


/** May a quotation open in paragraph `a` run on to paragraph `b`: lines of one block (no blank line between), within QUOTE_RUNS_ON paragraphs? */
function runsOn(doc: AnalysedDocument, a: number, b: number): boolean {
  if (a < 0 || b <= a || b - a > QUOTE_RUNS_ON) return false;
  for (let k = a + 1; k <= b; k++) if (doc.startsBlock(k)) return false;
  return true;
}

// --- Is a Latin `?` a question mark, as far as the text shows? (latin-punctuation writes ؟
// only then; punctuation-spacing moves no space around one that is not.)

/** Interrogatives that make a sentence a question (folded; also with و or ف before them). */
const INTERROGATIVES = new Set(['هل', 'كيف', 'لماذا', 'ماذا', 'متى', 'أين', 'كم', 'أليس', 'بماذا', 'علام', 'أيهما'].map((w) => foldString(w)));

/** How far back a question's interrogative is looked for (tokens, spaces included). */
const MAX_SENTENCE_TOKENS = 80;

function isInterrogative(norm: string): boolean {
  return INTERROGATIVES.has(norm) || ((norm.charCodeAt(0) === 0x648 || norm.charCodeAt(0) === 0x641) && INTERROGATIVES.has(norm.slice(1)));
}

/** What may follow a question mark that ends its sentence: a closing mark, a dash or another mark. */
function endsSentenceBefore(c: number): boolean {
  return (
    c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x22 || c === 0x29 || c === 0x5d || c === 0x7d || // closing » ” ’ " ) ] }
    c === 0x2d || c === 0x2013 || c === 0x2014 || // - – —
    c === 0x3f || c === 0x61f || c === 0x21 || c === 0x2e || c === 0x2026 // ? ؟ ! . …
  );
}

/**
 * Whether the `?` at token i is a question mark as far as the text shows: it ends its
 * sentence, or its sentence (back to the last full stop, colon or line start) holds an
 * interrogative. Otherwise it may stand for a character lost in a conversion.
 */
export function isQuestion(doc: AnalysedDocument, i: number): boolean {
  const { text, tokens } = doc;
  let k = tokens[i].end;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 0x09)) k++;
  if (k >= text.length) return true;
  const next = text.charCodeAt(k);
  if (next === 0x0a || next === 0x0d || endsSentenceBefore(next)) return true;
  return interrogativeBefore(doc, i);
}

/** Does the sentence of token i (back to the last full stop, colon or line start) hold an Arabic interrogative (هل، ماذا، كيف …)? */
export function interrogativeBefore(doc: AnalysedDocument, i: number): boolean {
  const { text, tokens } = doc;
  for (let j = i - 1, n = 0; j >= 0 && n < MAX_SENTENCE_TOKENS; j--, n++) {
    const t = tokens[j];
    if (t.kind === 'newline') break;
    if (t.kind === 'punct') {
      const c = text.charCodeAt(t.start);
      if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x3a || c === 0x61b || c === 0x3b) break;
    }
    if (t.kind === 'word' && isInterrogative(t.norm)) return true;
  }
  return false;
}
