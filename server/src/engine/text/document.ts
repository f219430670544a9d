// The shared analysis of one document. Built once per check; every rule reads it.

import type { Span } from '../types';
import { CodeUnitScanner, isInvisible } from './chars';
import { fold, type Folded } from './fold';
import { markdownRegions, type Directive } from './markdown';
import { tokenize, type Token } from './tokenize';

export type DocumentLanguage = 'plaintext' | 'markdown' | 'arabic-news';

export interface Line extends Span {
  /** Offset just past the line break (=== end for the last line). */
  next: number;
}

export interface Position {
  line: number;
  character: number;
}

export class AnalysedDocument {
  readonly text: string;
  readonly languageId: DocumentLanguage;
  /** Line spans without their line breaks. */
  readonly lines: Line[];
  /** Non-prose spans (Markdown code, link targets, comments, front matter). Sorted. */
  readonly excluded: Span[];
  /** The complement of `excluded`: spans of prose to check. Sorted. */
  readonly prose: Span[];
  /** Inline directives from Markdown comments. */
  readonly directives: Directive[];
  /** Tokens of the prose, in order. */
  readonly tokens: Token[];
  /**
   * Paragraphs: runs of non-blank lines inside prose. Sorted. In Markdown a paragraph ends at a
   * blank line only (a single line break is a soft wrap); in a plain-text draft also at a line
   * that ends a sentence (see endsSentence): drafts pasted from a newsroom system or a site
   * put each paragraph on a line of its own, with no blank line between.
   */
  readonly paragraphs: Span[];
  /** What this text shares with the `prev` it was analysed from (see commonAffixes), when it was. */
  readonly sharedWithPrev?: { prefix: number; suffix: number };
  private _folded?: Folded;
  private _sentences?: Span[];
  /** From the previous version (incremental analysis): what the sentences can be taken from. */
  private _carry?: { paragraphs: Span[]; sentences?: Span[]; prefix: number; oldEnd: number; delta: number };
  private _tokenPara?: Int32Array;
  /** What rules and scans keep of this document, by DocumentMemo (its slot): it goes with the document. */
  memo: unknown[] | undefined;

  /**
   * Analyse `text`. With `prev` (an analysis of an earlier version of the same document, in
   * the same language), only the lines around the changed stretch are tokenized again and
   * the tokens after it are moved; everything else is computed as from scratch, and the
   * result is the same as a fresh analysis. `prev` gives up its tokens to the new analysis:
   * it must not be used afterwards.
   */
  constructor(text: string, languageId: DocumentLanguage = 'plaintext', prev?: AnalysedDocument) {
    this.memo = undefined; // (made when first written: every document has the same shape)
    this.text = text;
    this.languageId = languageId;
    const affixes = prev && prev.text.length >= 1024 ? commonAffixes(prev.text, text) : undefined;
    this.sharedWithPrev = affixes;
    this.lines = (prev && affixes && relines(prev, text, affixes)) || splitLines(text);
    if (languageId === 'markdown') {
      const md = markdownRegions(text);
      this.excluded = md.excluded;
      this.directives = md.directives;
    } else {
      this.excluded = [];
      this.directives = [];
    }
    this.prose = complement(this.excluded, text.length);
    this.tokens = (prev && affixes && prev.languageId === languageId && this.retokenize(prev, affixes)) || tokenizeSpans(text, this.prose, 0, text.length, []);
    this.paragraphs = this.computeParagraphs();
  }

  /**
   * The tokens of this text from an earlier analysis: tokens never cross a line start and the
   * tokenizer looks only forwards, so the tokens before the line above the changed stretch and
   * after the line below it are the old ones (those after it moved by the change in length).
   * Undefined when the Markdown non-prose regions outside that window differ (a fence opened):
   * then everything is tokenized again.
   */
  private retokenize(prev: AnalysedDocument, { prefix, suffix }: { prefix: number; suffix: number }): Token[] | undefined {
    const old = prev.text;
    const text = this.text;
    if (prev.tokens.length === 0) return undefined;
    const delta = text.length - old.length;
    const li = this.lineIndexAt(prefix);
    const wStart = this.lines[Math.max(0, li - 1)].start;
    const lj = this.lineIndexAt(text.length - suffix);
    const wEnd = lj + 1 < this.lines.length ? this.lines[lj + 1].next : text.length;
    const wEndOld = wEnd - delta;
    if (!sameOutside(prev.excluded, this.excluded, wStart, wEndOld, wEnd)) return undefined;
    const oldTokens = prev.tokens;
    const ta = firstStartingAt(oldTokens, wStart);
    const tb = firstStartingAt(oldTokens, wEndOld);
    const mid = tokenizeSpans(text, this.prose, wStart, wEnd, []);
    // the old array taken over and changed in place (a 1 MB draft has 200,000 tokens: copying
    // them into a new array was 3 MB of garbage per keystroke)
    const tokens = oldTokens;
    for (let i = tb; i < tokens.length; i++) {
      const t = tokens[i];
      t.start += delta;
      t.end += delta;
    }
    replaceRange(tokens, ta, tb, mid);
    (prev as { tokens: Token[] }).tokens = []; // moved: the old analysis no longer owns them
    this._carry = { paragraphs: prev.paragraphs, sentences: prev._sentences, prefix, oldEnd: old.length - suffix, delta };
    return tokens;
  }

  /** The whole text folded for matching, with its map to original offsets (computed on first use). */
  get folded(): Folded {
    if (!this._folded) this._folded = fold(this.text);
    return this._folded;
  }

  /**
   * Sentences: split at . ! ? ؟ … followed by space or line end, and at paragraph ends. After
   * an edit, a paragraph the edit did not touch keeps the previous version's sentences (a
   * paragraph's sentences depend on its own text only).
   */
  get sentences(): Span[] {
    if (!this._sentences) {
      const out: Span[] = [];
      const carry = this._carry;
      let j = 0; // the previous version's paragraphs …
      let k = 0; // … and sentences, walked once in step with ours
      for (const p of this.paragraphs) {
        if (carry?.sentences) {
          const moved = p.end <= carry.prefix ? 0 : p.start - carry.delta >= carry.oldEnd ? carry.delta : undefined;
          if (moved !== undefined) {
            const olds = carry.paragraphs;
            while (j < olds.length && olds[j].start < p.start - moved) j++;
            if (j < olds.length && olds[j].start === p.start - moved && olds[j].end === p.end - moved) {
              const ss = carry.sentences;
              while (k < ss.length && ss[k].start < olds[j].start) k++;
              for (; k < ss.length && ss[k].end <= olds[j].end; k++) out.push(moved === 0 ? ss[k] : { start: ss[k].start + moved, end: ss[k].end + moved });
              continue;
            }
          }
        }
        splitSentences(this.text, p, out);
      }
      this._sentences = out;
      this._carry = undefined;
    }
    return this._sentences;
  }

  /** Index of the paragraph each token belongs to (-1 for tokens between paragraphs). */
  get tokenParagraphs(): Int32Array {
    if (!this._tokenPara) {
      const arr = new Int32Array(this.tokens.length);
      let p = 0;
      for (let i = 0; i < this.tokens.length; i++) {
        const t = this.tokens[i];
        while (p < this.paragraphs.length && this.paragraphs[p].end <= t.start) p++;
        arr[i] = p < this.paragraphs.length && this.paragraphs[p].start <= t.start ? p : -1;
      }
      this._tokenPara = arr;
    }
    return this._tokenPara;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Index of the line containing offset. */
  lineIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexAt(o);
    return { line, character: o - this.lines[line].start };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lines.length) return this.text.length;
    const l = this.lines[pos.line];
    return Math.min(l.start + Math.max(0, pos.character), l.next);
  }

  isExcluded(offset: number): boolean {
    return indexOfSpan(this.excluded, offset) >= 0;
  }

  /** Index of the first token whose end is after offset (binary search). */
  tokenIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Indices of the word tokens holding a code unit that `re` (a global regex of one character
   * class) matches, in order: found by jumping from one match to the next with the engine's
   * native search, for rules that look for rare characters in words.
   */
  wordsMatching(re: RegExp): number[] {
    const out: number[] = [];
    const scan = new CodeUnitScanner(re, this.text);
    for (let at = scan.next(0); at >= 0; at = scan.next(at)) {
      const i = this.tokenIndexAt(at);
      const tok = this.tokens[i];
      if (!tok || tok.start > at || tok.kind !== 'word') {
        at++;
        continue;
      }
      out.push(i);
      at = tok.end;
    }
    return out;
  }

  /** The nearest token before index i that is not space/format (newlines count unless skipNewlines). */
  prevSignificant(i: number, skipNewlines = false): Token | undefined {
    for (let k = i - 1; k >= 0; k--) {
      const t = this.tokens[k];
      if (t.kind === 'space' || t.kind === 'format' || (skipNewlines && t.kind === 'newline')) continue;
      return t;
    }
    return undefined;
  }

  nextSignificant(i: number, skipNewlines = false): Token | undefined {
    for (let k = i + 1; k < this.tokens.length; k++) {
      const t = this.tokens[k];
      if (t.kind === 'space' || t.kind === 'format' || (skipNewlines && t.kind === 'newline')) continue;
      return t;
    }
    return undefined;
  }

  /**
   * The index of the word token right before (dir -1) or after (dir 1) token i, with only
   * spaces and format characters between; -1 when punctuation, a line break or nothing is there.
   */
  wordBeside(i: number, dir: -1 | 1): number {
    for (let k = i + dir; k >= 0 && k < this.tokens.length; k += dir) {
      const t = this.tokens[k];
      if (t.kind === 'space' || t.kind === 'format') continue;
      return t.kind === 'word' ? k : -1;
    }
    return -1;
  }

  /** Index of the paragraph containing offset, or -1. */
  paragraphIndexAt(offset: number): number {
    return indexOfSpan(this.paragraphs, offset);
  }

  /**
   * Does paragraph k start a block: is it the first, or is there a blank (or non-prose) line
   * before it? Not when the paragraph before it ended at a line that ends a sentence, right
   * above it (a plain-text draft written a paragraph a line is one block): a quotation may run
   * on within a block, and the incremental checker cuts a draft at block starts.
   */
  startsBlock(k: number): boolean {
    return k <= 0 || this.lineIndexAt(this.paragraphs[k].start) !== this.lineIndexAt(this.paragraphs[k - 1].end) + 1;
  }

  /** The block of paragraph k (see startsBlock): from its first paragraph's start to its last one's end. */
  blockOf(k: number): Span {
    let a = k;
    while (!this.startsBlock(a)) a--;
    let b = k;
    while (b + 1 < this.paragraphs.length && !this.startsBlock(b + 1)) b++;
    return { start: this.paragraphs[a].start, end: this.paragraphs[b].end };
  }

  private computeParagraphs(): Span[] {
    const out: Span[] = [];
    const lineEnds = this.languageId !== 'markdown';
    let cur: Span | null = null;
    for (const l of this.lines) {
      const blank = isBlank(this.text, l.start, l.end);
      const prose = !blank && !this.lineFullyExcluded(l);
      if (prose) {
        if (cur) cur.end = l.end;
        else cur = { start: l.start, end: l.end };
        if (lineEnds && endsSentence(this.text, l.start, l.end)) {
          out.push(cur);
          cur = null;
        }
      } else if (cur) {
        out.push(cur);
        cur = null;
      }
    }
    if (cur) out.push(cur);
    return out;
  }

  private lineFullyExcluded(l: Span): boolean {
    if (this.excluded.length === 0) return false;
    let i = l.start;
    while (i < l.end) {
      const k = indexOfSpan(this.excluded, i);
      if (k >= 0) i = this.excluded[k].end;
      else if (isBlankChar(this.text.charCodeAt(i))) i++;
      else return false;
    }
    return true;
  }
}

function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0xfeff || c === 0x200b;
}

/**
 * Does text[start, end) (a line) end a sentence: its last character a full stop, ! ? ؟ or …,
 * white space, invisible characters (bidi controls, zero-width marks, a soft hyphen: copy
 * from a word processor or a web page ends lines with them), closing quotation marks and
 * brackets after it aside
 * («… والحمد لله.»، «(…).»)? A headline, a dateline or a line broken inside a sentence does not.
 */
export function endsSentence(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && (isBlankChar(text.charCodeAt(i)) || isInvisible(text.charCodeAt(i)) || CLOSERS.includes(text[i]))) i--;
  return i >= start && isSentenceMark(text.charCodeAt(i));
}

/** A mark that ends a sentence: . ! ? ؟ … */
function isSentenceMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026;
}

/** Closing quotation marks and brackets, which may follow a sentence's last mark. */
const CLOSERS = '»”’"\')]';

/** Does text[start, end) hold only spaces, tabs, no-break spaces and invisible marks (a blank line)? */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlankChar(text.charCodeAt(i))) return false;
  return true;
}

function splitSentences(text: string, p: Span, out: Span[]): void {
  let s = p.start;
  for (let i = p.start; i < p.end; i++) {
    const c = text.charCodeAt(i);
    if (isSentenceMark(c)) {
      const n = text.charCodeAt(i + 1);
      if (i + 1 >= p.end || n === 0x20 || n === 0x0a || n === 0x0d || n === 0xa0) {
        out.push({ start: s, end: i + 1 });
        s = i + 1;
        while (s < p.end && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0xa0)) s++;
      }
    }
  }
  if (s < p.end) out.push({ start: s, end: p.end });
}

/** Tokens of the prose spans' parts inside [from, to), appended to out. */
function tokenizeSpans(text: string, prose: readonly Span[], from: number, to: number, out: Token[]): Token[] {
  for (const p of prose) {
    const s = Math.max(p.start, from);
    const e = Math.min(p.end, to);
    if (s < e) tokenize(text, s, e, out);
  }
  return out;
}

let memoSlots = 0;

/**
 * What a rule or a scan computed of a document, kept on the document itself (its `memo`), for
 * the rest of that document's check: a WeakMap keyed by the document would do the same, but V8's
 * young-generation collector keeps alive what a long-lived WeakMap holds for a young key, so every
 * draft's analysis survived the collections that happened during its check and was moved to the
 * old generation, to be collected only by a full collection (checking 1,000 drafts: 68–110 MB
 * moved so, against 1.5 MB with the caches on the documents). Create one at module load.
 */
export class DocumentMemo<V> {
  private readonly slot = memoSlots++;

  get(doc: AnalysedDocument): V | undefined {
    return doc.memo?.[this.slot] as V | undefined;
  }

  set(doc: AnalysedDocument, value: V): void {
    (doc.memo ??= [])[this.slot] = value;
  }
}

/**
 * The document's punctuation tokens (their indices, and each one's offset and character), the
 * offsets of its newline tokens and the indices of its number tokens, in order: one pass over
 * the tokens, memoised, so that a walk over the marks, the line ends or the numbers (quoted(),
 * the punctuation rules' scanPunct, the digit rules' numbers) reads typed arrays, not the
 * 200,000 token objects of a 1 MB draft.
 */
export interface PunctIndex {
  idx: Int32Array;
  starts: Int32Array;
  codes: Uint16Array;
  /** Offsets of the newline tokens. */
  breaks: Int32Array;
  /** Indices of the number tokens. */
  numbers: Int32Array;
}

const PUNCT_INDEX = new DocumentMemo<PunctIndex>();

export function punctIndex(doc: AnalysedDocument): PunctIndex {
  let p = PUNCT_INDEX.get(doc);
  if (!p) {
    const { text, tokens: toks } = doc;
    const idx = new Int32Array(toks.length);
    const nl: number[] = [];
    const nums: number[] = [];
    let n = 0;
    for (let i = 0; i < toks.length; i++) {
      const k = toks[i].kind;
      if (k === 'punct') idx[n++] = i;
      else if (k === 'newline') nl.push(toks[i].start);
      else if (k === 'number') nums.push(i);
    }
    const starts = new Int32Array(n);
    const codes = new Uint16Array(n);
    for (let q = 0; q < n; q++) {
      const start = toks[idx[q]].start;
      starts[q] = start;
      codes[q] = text.charCodeAt(start);
    }
    p = { idx: idx.slice(0, n), starts, codes, breaks: Int32Array.from(nl), numbers: Int32Array.from(nums) };
    PUNCT_INDEX.set(doc, p);
  }
  return p;
}

/** Index of the first span (of spans sorted by start) starting at or after offset. */
export function firstStartingAt(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether two versions' non-prose spans are the same before `from` and after the window
 * (`toOld` in the old text, `toNew` in the new one), and none crosses the window's edges.
 */
function sameOutside(a: readonly Span[], b: readonly Span[], from: number, toOld: number, toNew: number): boolean {
  if (a.length === 0 && b.length === 0) return true;
  const delta = toNew - toOld;
  let i = 0;
  let j = 0;
  while (i < a.length && a[i].end <= from) i++;
  while (j < b.length && b[j].end <= from) j++;
  if (i !== j) return false;
  for (let k = 0; k < i; k++) if (a[k].start !== b[k].start || a[k].end !== b[k].end) return false;
  if ((i < a.length && a[i].start < from) || (j < b.length && b[j].start < from)) return false;
  while (i < a.length && a[i].start < toOld) i++;
  while (j < b.length && b[j].start < toNew) j++;
  if ((i > 0 && a[i - 1].end > toOld) || (j > 0 && b[j - 1].end > toNew)) return false;
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a[i].start + delta !== b[j].start || a[i].end + delta !== b[j].end) return false;
  return true;
}

/** Lengths of the longest common prefix and (not overlapping it) suffix of two strings. */
export function commonAffixes(a: string, b: string): { prefix: number; suffix: number } {
  const n = Math.min(a.length, b.length);
  // compared in slices first: drafts are long, and most of them is unchanged
  let p = 0;
  for (const step of [65536, 4096, 256, 16, 1]) while (p + step <= n && a.slice(p, p + step) === b.slice(p, p + step)) p += step;
  let q = 0;
  for (const step of [65536, 4096, 256, 16, 1]) {
    while (q + step <= n - p && a.slice(a.length - q - step, a.length - q) === b.slice(b.length - q - step, b.length - q)) q += step;
  }
  return { prefix: p, suffix: q };
}

export function splitLines(text: string): Line[] {
  return splitLinesIn(text, 0, text.length, []);
}

/**
 * The lines of text[from, to), pushed onto `out`: `from` starts a line, and `to` is just after
 * a line break or the end of the text (where the last line, maybe empty, is pushed too).
 */
/** Whether no line break in text[from, to) but the line feed (no CR, no U+2028/2029). */
function onlyLineFeeds(text: string, from: number, to: number): boolean {
  for (const b of ['\r', '\u2028', '\u2029']) {
    const at = text.indexOf(b, from);
    if (at !== -1 && at < to) return false;
  }
  return true;
}

function splitLinesIn(text: string, from: number, to: number, out: Line[]): Line[] {
  let start = from;
  if (to - from > 4096 && onlyLineFeeds(text, from, to)) {
    // the common case, in native searches: a line feed ends every line (a long stretch only:
    // onlyLineFeeds may search on to the end of the text)
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', start)) {
      out.push({ start, end: i, next: i + 1 });
      start = i + 1;
    }
    if (to === text.length) out.push({ start, end: to, next: to });
    return out;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      const next = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      out.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  if (to === text.length) out.push({ start, end: to, next: to });
  return out;
}

/**
 * The lines of `text` from an earlier analysis of it (`prev`, which gives them up): the lines
 * before the one above the changed stretch are the old ones, those after the one below it the
 * old ones moved by the change in length, and only the lines between are split again (a 5 MB
 * draft took 25 ms to split at every keystroke). Undefined when `prev` has no lines to give.
 */
function relines(prev: AnalysedDocument, text: string, { prefix, suffix }: { prefix: number; suffix: number }): Line[] | undefined {
  const old = prev.lines;
  if (old.length === 0) return undefined;
  const delta = text.length - prev.text.length;
  // one whole line of margin on each side: a CR before the change may pair with an LF it brings
  const a = Math.max(0, prev.lineIndexAt(prefix) - 1);
  const b = Math.min(old.length - 1, prev.lineIndexAt(Math.max(prefix, prev.text.length - suffix)) + 1);
  const to = b === old.length - 1 ? text.length : old[b].next + delta;
  const mid: Line[] = [];
  splitLinesIn(text, old[a].start, to, mid);
  // (a window reaching the end of the text has split its last line, maybe empty, already)
  const after = to === text.length ? old.length : b + 1;
  for (let k = after; k < old.length; k++) {
    const l = old[k];
    l.start += delta;
    l.end += delta;
    l.next += delta;
  }
  // the old array taken over and changed in place, as the tokens are (retokenize)
  replaceRange(old, a, after, mid);
  (prev as { lines: Line[] }).lines = []; // moved: the old analysis no longer owns them
  return old;
}

/** Index of the span containing offset in a sorted span list, or -1. */
export function indexOfSpan(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function complement(spans: Span[], length: number): Span[] {
  const out: Span[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start > pos) out.push({ start: pos, end: s.start });
    pos = Math.max(pos, s.end);
  }
  if (pos < length || out.length === 0) out.push({ start: pos, end: length });
  return out;
}

/** Replace xs[from, to) by ys, in place: a splice of what differs in length (in pieces: a long list spread into arguments overflows the stack). */
export function replaceRange<T>(xs: T[], from: number, to: number, ys: readonly T[]): void {
  const common = Math.min(to - from, ys.length);
  for (let k = 0; k < common; k++) xs[from + k] = ys[k];
  if (ys.length < to - from) {
    xs.splice(from + common, to - from - common);
    return;
  }
  const PIECE = 8192;
  for (let k = common; k < ys.length; k += PIECE) xs.splice(from + k, 0, ...ys.slice(k, Math.min(ys.length, k + PIECE)));
}

export function analyse(text: string, languageId: DocumentLanguage = 'plaintext', prev?: AnalysedDocument): AnalysedDocument {
  return new AnalysedDocument(text, languageId, prev);
}
