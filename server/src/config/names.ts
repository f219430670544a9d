// Names files: a newsroom's names list kept as a spreadsheet export.
//
//   canonical <TAB> variants (separated by |) <TAB> title <TAB> role
//   عمرو طلعت	عمر طلعت|عمرو طلعة	الدكتور	وزير الاتصالات وتكنولوجيا المعلومات
//
// `.tsv` (and `.tab`, `.txt` with tabs) splits on tabs; `.csv` on commas, with RFC 4180
// quoting ("…", "" for a quote). An optional header row (first cell `canonical`, `name`,
// `الاسم` or `الصيغة المعتمدة`) and blank lines are skipped, as are lines starting with `#`.
// A malformed row is reported at its line and column in THAT file and skipped.

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
}

interface Cell {
  text: string;
  start: number;
  end: number;
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

/** Split one line into trimmed cells with their offsets; returns an error for an unterminated quote. */
function splitLine(text: string, start: number, end: number, format: 'tsv' | 'csv'): { cells: Cell[]; error?: TableProblem } {
  const cells: Cell[] = [];
  const sep = format === 'tsv' ? '\t' : ',';
  let i = start;
  for (;;) {
    // skip leading spaces (not tabs in TSV: a tab is a separator)
    let j = i;
    while (j < end && text[j] === ' ') j++;
    if (format === 'csv' && text[j] === '"') {
      let k = j + 1;
      let value = '';
      let closed = false;
      while (k < end) {
        if (text[k] === '"') {
          if (text[k + 1] === '"') {
            value += '"';
            k += 2;
            continue;
          }
          closed = true;
          k++;
          break;
        }
        value += text[k++];
      }
      if (!closed) {
        return {
          cells,
          error: { start: j, end, severity: 'error', message: { ar: 'علامة تنصيص " غير مغلقة في هذه الخانة', en: 'Unterminated quote " in this cell' } },
        };
      }
      const after = k;
      while (k < end && text[k] === ' ') k++;
      if (k < end && text[k] !== sep) {
        return {
          cells,
          error: { start: k, end: k + 1, severity: 'error', message: { ar: 'نص بعد علامة التنصيص الختامية: متوقع فاصلة', en: 'Text after the closing quote: a comma was expected' } },
        };
      }
      cells.push({ text: value.trim(), start: j + 1, end: after - 1 });
      if (k >= end) break;
      i = k + 1;
      continue;
    }
    let k = text.indexOf(sep, i);
    if (k < 0 || k > end) k = end;
    let s = i;
    let e = k;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    cells.push({ text: text.slice(s, e), start: s, end: e });
    if (k >= end) break;
    i = k + 1;
  }
  return { cells };
}

export function parseNamesTable(text: string, file: string): NamesTable {
  const format = namesFileFormat(file, text);
  const entries: NameEntry[] = [];
  const problems: TableProblem[] = [];
  const seen = new Map<string, number>();
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let firstRow = true;
  let lineNo = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    let end = eol;
    if (end > pos && text[end - 1] === '\r') end--;
    lineNo++;
    const lineStart = pos;
    pos = eol + 1;
    const raw = text.slice(lineStart, end);
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) {
      if (eol >= text.length) break;
      continue;
    }
    const { cells, error } = splitLine(text, lineStart, end, format);
    const isFirst = firstRow;
    firstRow = false;
    if (error) {
      problems.push(error);
      continue;
    }
    if (isFirst && HEADER_WORDS.has(cells[0].text.toLowerCase())) continue;
    if (cells.length > MAX_COLUMNS) {
      const extra = cells[MAX_COLUMNS];
      problems.push({
        start: extra.start,
        end,
        severity: 'error',
        message: {
          ar: `أعمدة زائدة: الأعمدة أربعة (الصيغة المعتمدة، الصيغ الخاطئة مفصولة بـ |، اللقب، المنصب)${format === 'csv' ? '؛ ضع الخانة التي فيها فاصلة بين علامتي تنصيص' : ''}`,
          en: `Too many columns: there are four (canonical, variants separated by |, title, role)${format === 'csv' ? '; quote a cell that holds a comma' : ''}`,
        },
      });
      continue;
    }
    const [canon, variantsCell, titleCell, roleCell] = cells;
    if (canon.text === '') {
      problems.push({
        start: lineStart,
        end: Math.max(end, lineStart),
        severity: 'error',
        message: { ar: 'صف بلا صيغة معتمدة في العمود الأول', en: 'Row without a canonical spelling in the first column' },
      });
      continue;
    }
    const variants: string[] = [];
    if (variantsCell && variantsCell.text !== '') {
      let off = variantsCell.start;
      for (const part of variantsCell.text.split('|')) {
        const v = part.trim();
        if (v === '') {
          problems.push({
            start: off,
            end: off + part.length + 1,
            severity: 'warning',
            message: { ar: 'صيغة فارغة بين علامتي |', en: 'Empty variant between | separators' },
          });
        } else if (v === canon.text) {
          problems.push({
            start: off,
            end: off + part.length,
            severity: 'warning',
            message: { ar: `الصيغة «${v}» هي الصيغة المعتمدة نفسها`, en: `The variant "${v}" is the canonical spelling itself` },
          });
        } else if (!variants.includes(v)) variants.push(v);
        off += part.length + 1;
      }
    }
    const prev = seen.get(canon.text);
    if (prev !== undefined) {
      problems.push({
        start: canon.start,
        end: canon.end,
        severity: 'warning',
        message: { ar: `الاسم «${canon.text}» مكرر (السطر ${prev} أيضا): تُدمج صيغهما`, en: `"${canon.text}" is listed twice (also line ${prev}): their variants are merged` },
      });
    } else seen.set(canon.text, lineNo);
    const entry: NameEntry = { canonical: canon.text, variants, source: { file, start: lineStart, end } };
    if (titleCell && titleCell.text) entry.title = titleCell.text;
    if (roleCell && roleCell.text) entry.role = roleCell.text;
    entries.push(entry);
    if (eol >= text.length) break;
  }
  return { entries, problems };
}
