// Names files: a newsroom's names list kept as a spreadsheet export.
//
//   canonical <TAB> variants (separated by |) <TAB> title <TAB> role
//   عمرو طلعت	عمر طلعت|عمرو طلعة	الدكتور	وزير الاتصالات وتكنولوجيا المعلومات
//
// `.tsv` (and `.tab`, `.txt` with tabs) splits on tabs; `.csv` on commas, with RFC 4180
// quoting ("…", "" for a quote). An optional header row (first cell `canonical`, `name`,
// `الاسم` or `الصيغة المعتمدة`) and blank lines are skipped, as are lines starting with `#`.
// A malformed row is reported at its line and column in THAT file and skipped.
//
// The rows are kept as ranges of the file's text (engine/names-list.ts), not as strings: a
// 100,000-name list is read without making an object per spelling.

import { isJsWhitespace } from '../engine/text/chars';
import { fnv1a } from '../engine/text/fold';
import { entriesOfRows, ROW_STRIDE, sharedArray } from '../engine/names-list';
import { sameSpellingRange } from '../engine/rules/names/mentions';
import type { Localized, NameEntry } from '../engine/types';
import { lineColumn } from './lines';
import { P } from './problems';

/**
 * How many names listed again one file warns about one by one; the rest are one warning at the
 * first of them, with their count. A names file exported with each person once per story lists
 * the same names tens of thousands of times: a warning for each buried the file's other problems
 * (and the Problems panel) under the same line.
 */
export const MAX_REPEAT_WARNINGS = 100;

/**
 * One kind of warning in one file: the first MAX_REPEAT_WARNINGS reported one by one, the rest
 * counted, with the place of the first of them (a names file, an inline names list, the variant
 * conflicts of a file).
 */
export class RepeatCap<S> {
  private n = 0;
  private first: S | undefined;

  /** One more: true while it is to be reported one by one; past that, the first's place is taken (`site`, asked once). */
  add(site: () => S): boolean {
    if (++this.n <= MAX_REPEAT_WARNINGS) return true;
    if (this.n === MAX_REPEAT_WARNINGS + 1) this.first = site();
    return false;
  }

  /** Where the first not reported one one by one is, and how many they are; undefined while all were. */
  rest(): { at: S; count: number } | undefined {
    return this.first === undefined ? undefined : { at: this.first, count: this.n - MAX_REPEAT_WARNINGS };
  }
}

export interface TableProblem {
  start: number;
  end: number;
  severity: 'error' | 'warning';
  message: Localized;
}

export interface NamesTable {
  entries: NameEntry[];
  problems: TableProblem[];
  /** No canonical spelling is listed twice (each entry is its own person: nothing to merge). */
  distinct: boolean;
  /**
   * Where a variant of one entry is the canonical spelling of another (indices into
   * `entries`), found while reading; complete when `distinct`.
   */
  conflicts: Array<{ entry: number; variant: string; other: number }>;
}

const HEADER_WORDS = new Set(['canonical', 'name', 'names', 'الاسم', 'الصيغة المعتمدة', 'الصيغة']);
const MAX_COLUMNS = 4;

export function namesFileFormat(file: string, text: string): 'tsv' | 'csv' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return 'tsv';
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') ? 'tsv' : 'csv';
}

/** JavaScript's `\s` (what String.prototype.trim removes). */
const isSpace = isJsWhitespace;

const QUOTE = 0x22;

// The cells of the line splitLine last read (the first five: four columns, and where a fifth
// starts), kept in module scratch: a 100,000-line file makes no objects per cell.
const KEPT_CELLS = MAX_COLUMNS + 1;
// cellStart/cellEnd: where each cell is written (what a problem points at); valStart/valEnd:
// its value as a range of the text when the value is verbatim there (valStart < 0 when it is
// not: a quoted CSV cell with "" in it, whose value is then in cellText).
const cellText: string[] = new Array<string>(KEPT_CELLS).fill('');
const cellStart = new Int32Array(KEPT_CELLS);
const cellEnd = new Int32Array(KEPT_CELLS);
const valStart = new Int32Array(KEPT_CELLS);
const valEnd = new Int32Array(KEPT_CELLS);
let lineError: TableProblem | undefined;

/** Cell `cell`'s value: text[from, to) trimmed of `\s`. */
function trimmedRange(text: string, from: number, to: number, cell: number): void {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  valStart[cell] = from;
  valEnd[cell] = to;
}

/** Cell `cell`'s value as a string. */
function cellValue(text: string, cell: number): string {
  return valStart[cell] < 0 ? cellText[cell] : text.slice(valStart[cell], valEnd[cell]);
}

/**
 * Split one line into trimmed cells with their offsets (into cellText, cellStart, cellEnd);
 * returns the number of cells, or -1 with lineError set for an unterminated quote.
 */
function splitLine(text: string, start: number, end: number, format: 'tsv' | 'csv'): number {
  const sep = format === 'tsv' ? '\t' : ',';
  const sepCode = sep.charCodeAt(0);
  let count = 0;
  let i = start;
  for (;;) {
    if (format === 'csv') {
      // skip leading spaces (not tabs in TSV: a tab is a separator)
      let j = i;
      while (j < end && text.charCodeAt(j) === 0x20) j++;
      if (j < end && text.charCodeAt(j) === QUOTE) {
        let k = j + 1;
        let value = '';
        let run = k; // start of the pending run of plain characters
        let closed = false;
        let escaped = false;
        while (k < end) {
          if (text.charCodeAt(k) === QUOTE) {
            value += text.slice(run, k);
            if (k + 1 < end && text.charCodeAt(k + 1) === QUOTE) {
              value += '"';
              escaped = true;
              k += 2;
              run = k;
              continue;
            }
            closed = true;
            k++;
            break;
          }
          k++;
        }
        if (!closed) {
          lineError = { start: j, end, severity: 'error', message: { ar: 'علامة تنصيص " غير مغلقة في هذه الخانة', en: 'Unterminated quote " in this cell' } };
          return -1;
        }
        const after = k;
        while (k < end && text.charCodeAt(k) === 0x20) k++;
        if (k < end && text.charCodeAt(k) !== sepCode) {
          lineError = { start: k, end: k + 1, severity: 'error', message: { ar: 'نص بعد علامة التنصيص الختامية: تنقص فاصلة قبله', en: 'Text after the closing quote: a comma was expected' } };
          return -1;
        }
        if (count < KEPT_CELLS) {
          cellText[count] = value.trim();
          cellStart[count] = j + 1;
          cellEnd[count] = after - 1;
          if (escaped) valStart[count] = -1;
          else trimmedRange(text, j + 1, after - 1, count);
        }
        count++;
        if (k >= end) break;
        i = k + 1;
        continue;
      }
    }
    let k = text.indexOf(sep, i);
    if (k < 0 || k > end) k = end;
    if (count < KEPT_CELLS) {
      // no string is made: the value is a range of the text
      trimmedRange(text, i, k, count);
      cellStart[count] = valStart[count];
      cellEnd[count] = valEnd[count];
    }
    count++;
    if (k >= end) break;
    i = k + 1;
  }
  return count;
}

/** text a[a0, a1) equals b[b0, b1). */
function sameRange(a: string, a0: number, a1: number, b: string, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) if (a.charCodeAt(a0 + i) !== b.charCodeAt(b0 + i)) return false;
  return true;
}

/** A growable list of 32-bit integers. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }
  /** The integers, in shared memory (the list's copy on the lint worker shares them). */
  done(): Int32Array {
    const out = sharedArray(Int32Array, this.length);
    out.set(this.data.subarray(0, this.length));
    return out;
  }
}

/**
 * The canonical spellings read so far, to their row: open addressing over typed arrays keyed
 * by an FNV-1a hash of the exact spelling (a Map of 100,000 fresh strings cost the reading of
 * a list about 45 ms in hashing and growing). `same(row, s, from, to)` compares a spelling.
 */
class SpellingTable {
  private slots: Int32Array; // row + 1; 0 = empty
  private hashes: Int32Array; // per row, the hash of its spelling
  private count = 0;
  /**
   * A bit per hash (2^20 of them: 128 KB, in the processor's cache, unlike the slots of a
   * 100,000-name list) that some spelling added has: most spellings looked up were never
   * added, and this says so without a miss in the slots.
   */
  private readonly bits = new Int32Array(1 << 15);

  /** `rows`: about how many rows there will be (the table starts that large, not growing through the read). */
  constructor(
    private readonly same: (row: number, s: string, from: number, to: number) => boolean,
    rows: number,
  ) {
    let size = 1 << 10;
    while (size < rows * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(rows + 16);
  }

  /** The row spelled s[from, to) (of hash h), or -1. */
  get(h: number, s: string, from: number, to: number): number {
    const b = (h ^ (h >>> 20)) & 0xfffff;
    if ((this.bits[b >>> 5] & (1 << (b & 31))) === 0) return -1;
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const v = this.slots[at];
      if (v === 0) return -1;
      if (this.hashes[v - 1] === h && this.same(v - 1, s, from, to)) return v - 1;
    }
  }

  add(row: number, h: number): void {
    if (row >= this.hashes.length) {
      const grown = new Int32Array(Math.max(this.hashes.length * 2, row + 1));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[row] = h;
    const b = (h ^ (h >>> 20)) & 0xfffff;
    this.bits[b >>> 5] |= 1 << (b & 31);
    if (++this.count * 2 > this.slots.length) this.rehash();
    else this.place(row);
  }

  private place(row: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[row] & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = row + 1;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i++) if (old[i] !== 0) this.place(old[i] - 1);
  }
}

/** A variant name-spelling could never flag: the canonical spelling itself (dropped), or the same but for marks, spacing or a final ى/ي (kept). */
function variantNeverFlagged(v: string, canonical: string, start: number, length: number): TableProblem {
  return { start, end: start + length, severity: 'warning', message: v === canonical ? P.variantIsCanonical(v) : P.variantSameForNames(v, canonical) };
}

function emptyVariant(start: number, length: number): TableProblem {
  return { start, end: start + length + 1, severity: 'warning', message: { ar: 'صيغة فارغة بين علامتي |', en: 'Empty variant between | separators' } };
}

/**
 * The reading of one names file, a line at a time. Each step is its own small method: one
 * long loop over 100,000 lines ran mostly in V8's interpreter before its optimised code took
 * over (and again after each deoptimisation), while small methods called 100,000 times are
 * optimised early, each on its own.
 */
class NamesReader {
  readonly problems: TableProblem[] = [];
  /** Names listed again. */
  readonly repeats = new RepeatCap<{ start: number; end: number; line: number }>();
  readonly cells: IntList;
  readonly variantAt: IntList;
  readonly variants: IntList;
  readonly plain = new Map<number, NameEntry>();
  readonly lineOf: IntList;
  /** Each canonical spelling to its (first) row: a name listed twice, a variant that is another entry's name. */
  readonly seen: SpellingTable;
  rows = 0;
  distinct = true;
  private firstRow = true;

  constructor(
    readonly text: string,
    readonly file: string,
    readonly format: 'tsv' | 'csv',
  ) {
    // a row a line, about: the lines of a 100,000-name list are about 27 characters
    const guess = (text.length >> 4) + 16;
    this.cells = new IntList(guess * ROW_STRIDE);
    this.variantAt = new IntList(guess + 1);
    this.variants = new IntList(guess * 2);
    this.lineOf = new IntList(guess);
    this.seen = new SpellingTable((row, s, from, to) => this.isCanonical(row, s, from, to), guess);
    this.variantAt.push(0);
  }

  /** Row `row`'s canonical spelling is s[from, to). */
  private isCanonical(row: number, s: string, from: number, to: number): boolean {
    const p = this.plain.size ? this.plain.get(row) : undefined;
    if (p) return sameRange(p.canonical, 0, p.canonical.length, s, from, to);
    const c = this.cells.data;
    return sameRange(this.text, c[row * ROW_STRIDE], c[row * ROW_STRIDE + 1], s, from, to);
  }

  /** The line text[lineStart, end) (its line break excluded), line number lineNo. */
  line(lineStart: number, end: number, lineNo: number): void {
    const text = this.text;
    // a blank line or a comment
    let first = lineStart;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    if (first === end || text.charCodeAt(first) === 0x23) return;
    const count = splitLine(text, lineStart, end, this.format);
    const isFirst = this.firstRow;
    this.firstRow = false;
    if (count < 0) {
      this.problems.push(lineError!);
      return;
    }
    if (isFirst && HEADER_WORDS.has(cellValue(text, 0).toLowerCase())) return;
    if (count > MAX_COLUMNS) {
      this.problems.push({
        start: cellStart[MAX_COLUMNS],
        end,
        severity: 'error',
        message: {
          ar: `أعمدة زائدة: الأعمدة أربعة (الصيغة المعتمدة، الصيغ الخاطئة مفصولة بـ |، اللقب، الصفة)${this.format === 'csv' ? '؛ ضع الخانة التي فيها فاصلة بين علامتي تنصيص' : ''}`,
          en: `Too many columns: there are four (canonical, variants separated by |, title, role)${this.format === 'csv' ? '; quote a cell that holds a comma' : ''}`,
        },
      });
      return;
    }
    if (valStart[0] >= 0 ? valStart[0] === valEnd[0] : cellText[0] === '') {
      this.problems.push({
        start: lineStart,
        end: Math.max(end, lineStart),
        severity: 'error',
        message: { ar: 'صف بلا صيغة معتمدة في العمود الأول', en: 'Row without a canonical spelling in the first column' },
      });
      return;
    }
    let verbatim = true;
    for (let c = 0; c < count; c++) if (valStart[c] < 0) verbatim = false;
    const row = this.rows++;
    if (verbatim) this.verbatimRow(count, lineStart, end);
    else this.plainRow(row, count, lineStart, end);
    this.variantAt.push(this.variants.length >> 1);
    this.listed(row, lineNo);
  }

  /** A row whose cells are verbatim in the text: kept as their ranges. */
  private verbatimRow(count: number, lineStart: number, end: number): void {
    const cells = this.cells;
    cells.push(valStart[0]);
    cells.push(valEnd[0]);
    for (let c = 2; c < 4; c++) {
      cells.push(count > c ? valStart[c] : 0);
      cells.push(count > c ? valEnd[c] : 0);
    }
    cells.push(lineStart);
    cells.push(end);
    if (count > 1 && valStart[1] < valEnd[1]) this.variantCell(valStart[0], valEnd[0], valStart[1], valEnd[1], cellStart[1]);
  }

  /**
   * The variants cell text[a, b) of a row whose canonical spelling is text[c0, c1), written
   * from `off`: split on |, each trimmed; an empty one, the canonical spelling itself and a
   * repeated one are left out (the first two reported).
   */
  private variantCell(c0: number, c1: number, a: number, b: number, off: number): void {
    const text = this.text;
    const variants = this.variants;
    const rowFirst = variants.length;
    let p0 = a;
    for (;;) {
      // (within the cell: indexOf would search on through the rest of the file)
      let p1 = p0;
      while (p1 < b && text.charCodeAt(p1) !== 0x7c) p1++;
      let t0 = p0;
      let t1 = p1;
      while (t0 < t1 && isSpace(text.charCodeAt(t0))) t0++;
      while (t1 > t0 && isSpace(text.charCodeAt(t1 - 1))) t1--;
      if (t0 === t1) this.problems.push(emptyVariant(off, p1 - p0));
      else if (sameRange(text, t0, t1, text, c0, c1)) this.problems.push(variantNeverFlagged(text.slice(t0, t1), text.slice(c0, c1), off, p1 - p0));
      else {
        let repeated = false;
        for (let v = rowFirst; v < variants.length && !repeated; v += 2) repeated = sameRange(text, t0, t1, text, variants.data[v], variants.data[v + 1]);
        if (!repeated) {
          // kept, but name-spelling will never flag it
          if (sameSpellingRange(text, t0, t1, text, c0, c1)) this.problems.push(variantNeverFlagged(text.slice(t0, t1), text.slice(c0, c1), off, p1 - p0));
          variants.push(t0);
          variants.push(t1);
        }
      }
      if (p1 >= b) return;
      off += p1 - p0 + 1;
      p0 = p1 + 1;
    }
  }

  /** A row with a cell unescaped from CSV quoting: a plain entry of the cells' values. */
  private plainRow(row: number, count: number, lineStart: number, end: number): void {
    const text = this.text;
    const canonical = cellValue(text, 0);
    const list: string[] = [];
    if (count > 1) {
      const cell = cellValue(text, 1);
      let off = cellStart[1];
      for (const part of cell === '' ? [] : cell.split('|')) {
        const v = part.trim();
        if (v === '') this.problems.push(emptyVariant(off, part.length));
        else if (v === canonical) this.problems.push(variantNeverFlagged(v, canonical, off, part.length));
        else if (!list.includes(v)) {
          if (sameSpellingRange(v, 0, v.length, canonical, 0, canonical.length)) this.problems.push(variantNeverFlagged(v, canonical, off, part.length));
          list.push(v);
        }
        off += part.length + 1;
      }
    }
    const entry: NameEntry = { canonical, variants: list, source: { file: this.file, start: lineStart, end } };
    const title = count > 2 ? cellValue(text, 2) : '';
    const role = count > 3 ? cellValue(text, 3) : '';
    if (title) entry.title = title;
    if (role) entry.role = role;
    this.plain.set(row, entry);
    for (let k = 0; k < ROW_STRIDE; k++) this.cells.push(0);
  }

  /** Row `row` (line lineNo) into the table of canonical spellings; a name listed twice reported. */
  private listed(row: number, lineNo: number): void {
    const p = this.plain.size ? this.plain.get(row) : undefined;
    const cs = p ? p.canonical : this.text;
    const cf = p ? 0 : this.cells.data[row * ROW_STRIDE];
    const ct = p ? cs.length : this.cells.data[row * ROW_STRIDE + 1];
    const hash = fnv1a(cs, cf, ct);
    const prev = this.seen.get(hash, cs, cf, ct);
    if (prev >= 0) {
      this.distinct = false;
      if (this.repeats.add(() => ({ start: cellStart[0], end: cellEnd[0], line: lineNo }))) {
        const canonical = cs.slice(cf, ct);
        const line = this.lineOf.data[prev];
        this.problems.push({ start: cellStart[0], end: cellEnd[0], severity: 'warning', message: P.listedTwice(canonical, line) });
      }
    } else this.seen.add(row, hash);
    this.lineOf.push(lineNo);
  }

  /** Each variant that is another entry's canonical spelling (once every spelling is read). */
  conflicts(): NamesTable['conflicts'] {
    const out: NamesTable['conflicts'] = [];
    if (!this.distinct) return out;
    const { text, seen } = this;
    const at = this.variantAt.data;
    const vs = this.variants.data;
    for (let e = 0; e < this.rows; e++) {
      for (let v = at[e]; v < at[e + 1]; v++) {
        const other = seen.get(fnv1a(text, vs[2 * v], vs[2 * v + 1]), text, vs[2 * v], vs[2 * v + 1]);
        if (other >= 0 && other !== e) out.push({ entry: e, variant: text.slice(vs[2 * v], vs[2 * v + 1]), other });
      }
    }
    for (const [e, p] of this.plain) {
      for (const v of p.variants) {
        const other = seen.get(fnv1a(v, 0, v.length), v, 0, v.length);
        if (other >= 0 && other !== e) out.push({ entry: e, variant: v, other });
      }
    }
    return out.sort((a, b) => a.entry - b.entry);
  }
}

/**
 * Read a names file. Its rows are kept as ranges of its text (engine/names-list.ts): the
 * entries are small objects that make their strings when asked. A row with a cell that is
 * not verbatim in the file (a CSV cell with "" in it) is a plain entry.
 */
export function parseNamesTable(text: string, file: string): NamesTable {
  const r = new NamesReader(text, file, namesFileFormat(file, text));
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineNo = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
    r.line(pos, end, ++lineNo);
    pos = eol + 1;
  }
  const entries = entriesOfRows({ text, file, count: r.rows, cells: r.cells.done(), variantAt: r.variantAt.done(), variants: r.variants.done(), plain: r.plain });
  const more = r.repeats.rest();
  if (more) r.problems.push({ start: more.at.start, end: more.at.end, severity: 'warning', message: P.moreListedTwice(more.count, more.at.line) });
  return { entries, problems: capProblems(r.problems, text), distinct: r.distinct, conflicts: r.conflicts() };
}

/**
 * How many problems of one names file are reported one by one. A file in another layout than
 * the one its name says (a fifth column on every row, say) has the same problem on each of its
 * 100,000 rows: the editor took seconds to show them and the Problems panel held nothing else.
 */
export const MAX_NAMES_FILE_PROBLEMS = 200;

/** The first MAX_NAMES_FILE_PROBLEMS problems in file order, then one for the rest (an error if one of them is) at the first of them. */
function capProblems(problems: TableProblem[], text: string): TableProblem[] {
  if (problems.length <= MAX_NAMES_FILE_PROBLEMS) return problems;
  const sorted = [...problems].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = sorted.slice(0, MAX_NAMES_FILE_PROBLEMS);
  const rest = sorted.slice(MAX_NAMES_FILE_PROBLEMS);
  const errors = rest.filter((p) => p.severity === 'error').length;
  const first = rest[0];
  const { line } = lineColumn(text, first.start);
  kept.push({ start: first.start, end: first.end, severity: errors > 0 ? 'error' : 'warning', message: P.moreProblems(rest.length, errors, line) });
  return kept;
}

/**
 * Where cell `cell` (0: canonical, 1: variants, 2: title, 3: role) of the row on the line
 * text[lineStart, lineEnd) is written, inside its quotes for a quoted CSV cell (what a problem
 * with the cell points at); undefined when the row has no such cell or the line cannot be read.
 */
export function namesCellAt(text: string, format: 'tsv' | 'csv', lineStart: number, lineEnd: number, cell: number): { start: number; end: number } | undefined {
  if (cell < 0 || cell >= MAX_COLUMNS) return undefined;
  const count = splitLine(text, lineStart, lineEnd, format);
  if (count <= cell) return undefined;
  return { start: cellStart[cell], end: cellEnd[cell] };
}

/** A line break of the engine's lines (a name never spans one). */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;

/**
 * What `fix` makes of each of `texts` (the names list's self-check: each spec's `from`
 * through the names rule), with one run of `fix` for many texts: the texts go one a line
 * into one draft, and the output's lines are the answers. A listed name is never matched
 * across a line break, so each line is fixed as it would be alone; a text that holds a line
 * break, and a batch whose run reports a rule fault or whose line count changed, are fixed
 * one at a time. 100,000 specs would otherwise cost 100,000 runs of the engine.
 */
export function fixEachLine(texts: readonly string[], fix: (text: string) => { output: string; faults: readonly unknown[] }, batchSize = 200): string[] {
  const out: Array<string | undefined> = new Array(texts.length);
  let batch: number[] = [];
  const flush = () => {
    if (batch.length > 1) {
      const r = fix(batch.map((i) => texts[i]).join('\n'));
      const lines = r.output.split('\n');
      if (r.faults.length === 0 && lines.length === batch.length) batch.forEach((i, k) => (out[i] = lines[k]));
    }
    batch = [];
  };
  for (let i = 0; i < texts.length; i++) {
    if (LINE_BREAK.test(texts[i])) continue;
    batch.push(i);
    if (batch.length >= batchSize) flush();
  }
  flush();
  return texts.map((t, i) => out[i] ?? fix(t).output);
}
