// Names files: a newsroom's names list kept as a spreadsheet export.
//
//   canonical <TAB> variants (separated by |) <TAB> title <TAB> role
//   عمرو طلعت	عمر طلعت|عمرو طلعة	الدكتور	وزير الاتصالات وتكنولوجيا المعلومات
//
// `.tsv` (and `.tab`, `.txt` with tabs) splits on tabs; `.csv` on commas, with RFC 4180
// quoting ("…", "" for a quote). An optional header row (first cell `canonical`, `name`,
// `الاسم` or `الصيغة المعتمدة`) and blank lines are skipped, as are lines starting with `#`.
// A malformed row is reported at its line and column in THAT file and skipped.

import { isJsWhitespace } from '../engine/text/chars';
import type { Localized, NameEntry } from '../engine/types';

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

/**
 * An entry of a names file. A list may hold 100,000 of them, kept whole on each of the
 * server's threads, so where the entry is written is kept as two numbers and `source`
 * built when asked (the loader's problems ask). `source` is a getter, not an own property:
 * a copy sent to another thread (structured clone: the lint worker's) carries the spelling,
 * variants, title and role, and not the file name 100,000 times over.
 */
class FileEntry implements NameEntry {
  declare title?: string;
  declare role?: string;
  readonly #file: string;
  readonly #start: number;
  readonly #end: number;

  constructor(
    public canonical: string,
    public variants: string[],
    title: string,
    role: string,
    file: string,
    start: number,
    end: number,
  ) {
    // always set (undefined when empty): every entry of a list has one shape, so the index's
    // walk over 100,000 of them reads them at one place
    this.title = title || undefined;
    this.role = role || undefined;
    this.#file = file;
    this.#start = start;
    this.#end = end;
  }

  get source(): NameEntry['source'] {
    return { file: this.#file, start: this.#start, end: this.#end };
  }
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
const cellText: string[] = new Array<string>(KEPT_CELLS).fill('');
const cellStart = new Int32Array(KEPT_CELLS);
const cellEnd = new Int32Array(KEPT_CELLS);
let lineError: TableProblem | undefined;

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
        while (k < end) {
          if (text.charCodeAt(k) === QUOTE) {
            value += text.slice(run, k);
            if (k + 1 < end && text.charCodeAt(k + 1) === QUOTE) {
              value += '"';
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
          lineError = { start: k, end: k + 1, severity: 'error', message: { ar: 'نص بعد علامة التنصيص الختامية: متوقع فاصلة', en: 'Text after the closing quote: a comma was expected' } };
          return -1;
        }
        if (count < KEPT_CELLS) {
          cellText[count] = value.trim();
          cellStart[count] = j + 1;
          cellEnd[count] = after - 1;
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
      let s = i;
      let e = k;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      // the text of a fifth cell is never read (only where it starts)
      cellText[count] = count < MAX_COLUMNS ? text.slice(s, e) : '';
      cellStart[count] = s;
      cellEnd[count] = e;
    }
    count++;
    if (k >= end) break;
    i = k + 1;
  }
  return count;
}

function variantIsCanonical(v: string, start: number, length: number): TableProblem {
  return {
    start,
    end: start + length,
    severity: 'warning',
    message: { ar: `الصيغة «${v}» هي الصيغة المعتمدة نفسها`, en: `The variant "${v}" is the canonical spelling itself` },
  };
}

export function parseNamesTable(text: string, file: string): NamesTable {
  const format = namesFileFormat(file, text);
  const entries: NameEntry[] = [];
  const problems: TableProblem[] = [];
  // each canonical spelling, to the index of its (first) entry: a name listed twice, and a
  // variant that is another entry's name (the loader keeps no second map of the list when
  // one file holds it whole)
  const seen = new Map<string, number>();
  const lineOf: number[] = [];
  let distinct = true;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let firstRow = true;
  let lineNo = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
    lineNo++;
    const lineStart = pos;
    pos = eol + 1;
    // a blank line or a comment
    let first = lineStart;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    if (first === end || text.charCodeAt(first) === 0x23) {
      if (eol >= text.length) break;
      continue;
    }
    const count = splitLine(text, lineStart, end, format);
    const isFirst = firstRow;
    firstRow = false;
    if (count < 0) {
      problems.push(lineError!);
      continue;
    }
    if (isFirst && HEADER_WORDS.has(cellText[0].toLowerCase())) continue;
    if (count > MAX_COLUMNS) {
      problems.push({
        start: cellStart[MAX_COLUMNS],
        end,
        severity: 'error',
        message: {
          ar: `أعمدة زائدة: الأعمدة أربعة (الصيغة المعتمدة، الصيغ الخاطئة مفصولة بـ |، اللقب، المنصب)${format === 'csv' ? '؛ ضع الخانة التي فيها فاصلة بين علامتي تنصيص' : ''}`,
          en: `Too many columns: there are four (canonical, variants separated by |, title, role)${format === 'csv' ? '; quote a cell that holds a comma' : ''}`,
        },
      });
      continue;
    }
    const canonical = cellText[0];
    if (canonical === '') {
      problems.push({
        start: lineStart,
        end: Math.max(end, lineStart),
        severity: 'error',
        message: { ar: 'صف بلا صيغة معتمدة في العمود الأول', en: 'Row without a canonical spelling in the first column' },
      });
      continue;
    }
    // An array of exactly the spellings (a 100,000-name list is kept whole, on each thread).
    let variants: string[] = [];
    const cell = count > 1 ? cellText[1] : '';
    if (cell !== '' && cell.indexOf('|') < 0) {
      // one spelling (the cell is trimmed already)
      if (cell === canonical) problems.push(variantIsCanonical(cell, cellStart[1], cell.length));
      else variants = [cell];
    } else if (cell !== '') {
      const list: string[] = [];
      let off = cellStart[1];
      for (const part of cell.split('|')) {
        const v = part.trim();
        if (v === '') {
          problems.push({
            start: off,
            end: off + part.length + 1,
            severity: 'warning',
            message: { ar: 'صيغة فارغة بين علامتي |', en: 'Empty variant between | separators' },
          });
        } else if (v === canonical) problems.push(variantIsCanonical(v, off, part.length));
        else if (!list.includes(v)) list.push(v);
        off += part.length + 1;
      }
      variants = list.slice();
    }
    const prev = seen.get(canonical);
    if (prev !== undefined) {
      distinct = false;
      problems.push({
        start: cellStart[0],
        end: cellEnd[0],
        severity: 'warning',
        message: { ar: `الاسم «${canonical}» مكرر (السطر ${lineOf[prev]} أيضا): تُدمج صيغهما`, en: `"${canonical}" is listed twice (also line ${lineOf[prev]}): their variants are merged` },
      });
    } else seen.set(canonical, entries.length);
    lineOf.push(lineNo);
    entries.push(new FileEntry(canonical, variants, count > 2 ? cellText[2] : '', count > 3 ? cellText[3] : '', file, lineStart, end));
    if (eol >= text.length) break;
  }
  // a variant that is another entry's canonical spelling (once every spelling is read)
  const conflicts: NamesTable['conflicts'] = [];
  if (distinct) {
    for (let e = 0; e < entries.length; e++) {
      for (const v of entries[e].variants) {
        const other = seen.get(v);
        if (other !== undefined && other !== e) conflicts.push({ entry: e, variant: v, other });
      }
    }
  }
  return { entries, problems, distinct, conflicts };
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
