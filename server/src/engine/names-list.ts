// A names list read from a names file, kept as the file's text and where each row's cells are.
//
// A newsroom's list may hold 100,000 names, on each of the server's threads. Read into
// objects (an entry, its spelling, an array of variants and each variant: half a million
// small objects), it took about 170 ms to read, 25 MB of heap and a 300 ms structured clone
// to reach the lint worker. Here a row is a few numbers in typed arrays; its entry object is
// small and slices its strings from the text only when asked (most never are: a check asks
// for the entries it finds in the draft). The names index, the house words and the other
// whole-list readers walk the rows' ranges of the text (forEachSpelling) without making a
// string; a copy for another thread is the text and the arrays (namesToWire / namesFromWire).
//
// Lists written inline in a house-style file, merged from several sources, or with rows whose
// cells are not verbatim in the file (CSV "" escapes) are plain NameEntry objects, as before.

import type { NameEntry } from './types';

/**
 * A typed array over shared memory where there is any: the same list's arrays then reach the
 * lint worker without a copy (postMessage shares a SharedArrayBuffer's memory).
 */
export function sharedArray<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(Kind: { new (b: ArrayBufferLike): T; BYTES_PER_ELEMENT: number }, length: number): T {
  const bytes = Math.max(1, length) * Kind.BYTES_PER_ELEMENT;
  const buf = typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  return length === 0 ? (new Kind(buf).subarray(0, 0) as T) : new Kind(buf);
}

/** Per row, in `cells`: canonical start and end, title, role, the row's own start and end. */
export const ROW_STRIDE = 8;

export interface NameRows {
  /** The names file's text (cell ranges are UTF-16 offsets into it). */
  readonly text: string;
  readonly file: string;
  readonly count: number;
  /** ROW_STRIDE numbers a row; an empty title or role has start === end. */
  readonly cells: Int32Array;
  /** Per row, its first variant in `variants` (count + 1 numbers). */
  readonly variantAt: Int32Array;
  /** Each variant's start and end. */
  readonly variants: Int32Array;
  /** Rows kept as plain entries (a cell unescaped from CSV quoting): row → entry. */
  readonly plain: ReadonlyMap<number, NameEntry>;
}

const ROWS = Symbol('mudaqqiq.nameRows');

/** The rows behind a list made by entriesOfRows, if it is one. */
export function rowsOf(names: readonly NameEntry[]): NameRows | undefined {
  return (names as { [ROWS]?: NameRows })[ROWS];
}

/**
 * Row `row`'s entry: its strings are sliced from the text each time they are asked (two
 * numbers an entry: 100,000 of them are made with the list, and most are never asked).
 */
class RowEntry implements NameEntry {
  readonly #rows: NameRows;
  readonly #row: number;

  constructor(rows: NameRows, row: number) {
    this.#rows = rows;
    this.#row = row;
  }

  get canonical(): string {
    const c = this.#rows.cells;
    const at = this.#row * ROW_STRIDE;
    return this.#rows.text.slice(c[at], c[at + 1]);
  }

  get variants(): string[] {
    const r = this.#rows;
    const out: string[] = [];
    for (let v = r.variantAt[this.#row]; v < r.variantAt[this.#row + 1]; v++) out.push(r.text.slice(r.variants[2 * v], r.variants[2 * v + 1]));
    return out;
  }

  get title(): string | undefined {
    return this.cell(2);
  }

  get role(): string | undefined {
    return this.cell(4);
  }

  get source(): NameEntry['source'] {
    const c = this.#rows.cells;
    const at = this.#row * ROW_STRIDE;
    return { file: this.#rows.file, start: c[at + 6], end: c[at + 7] };
  }

  private cell(k: number): string | undefined {
    const c = this.#rows.cells;
    const at = this.#row * ROW_STRIDE + k;
    return c[at] === c[at + 1] ? undefined : this.#rows.text.slice(c[at], c[at + 1]);
  }

  /** The entry as a plain object (what a spread or a structured clone of it would not give). */
  toJSON(): NameEntry {
    return plainEntry(this);
  }
}

/** A plain object with an entry's fields (a RowEntry's are getters: `{ ...entry }` copies none). */
export function plainEntry(e: NameEntry): NameEntry {
  const out: NameEntry = { canonical: e.canonical, variants: [...e.variants], source: e.source };
  if (e.title !== undefined) out.title = e.title;
  if (e.role !== undefined) out.role = e.role;
  if (e.specs !== undefined) out.specs = e.specs;
  return out;
}

/** The list of a names file's rows: one entry a row, in order. */
export function entriesOfRows(rows: NameRows): NameEntry[] {
  const out: NameEntry[] = new Array(rows.count);
  for (let i = 0; i < rows.count; i++) out[i] = new RowEntry(rows, i);
  for (const [i, e] of rows.plain) out[i] = e;
  Object.defineProperty(out, ROWS, { value: rows });
  return out;
}

/**
 * Every spelling of every entry, in order (the canonical spelling, then each variant), as a
 * range of a string: the names file's text for a row, the spelling itself otherwise. `kind` 0
 * is the canonical spelling, v + 1 the entry's variant v.
 */
export function forEachSpelling(names: readonly NameEntry[], visit: (entry: number, kind: number, s: string, from: number, to: number) => void): void {
  const rows = rowsOf(names);
  if (!rows) {
    for (let e = 0; e < names.length; e++) {
      const n = names[e];
      visit(e, 0, n.canonical, 0, n.canonical.length);
      const vs = n.variants;
      for (let v = 0; v < vs.length; v++) visit(e, v + 1, vs[v], 0, vs[v].length);
    }
    return;
  }
  const { text, cells, variantAt, variants, plain } = rows;
  for (let e = 0; e < rows.count; e++) {
    const p = plain.size ? plain.get(e) : undefined;
    if (p) {
      visit(e, 0, p.canonical, 0, p.canonical.length);
      for (let v = 0; v < p.variants.length; v++) visit(e, v + 1, p.variants[v], 0, p.variants[v].length);
      continue;
    }
    visit(e, 0, text, cells[e * ROW_STRIDE], cells[e * ROW_STRIDE + 1]);
    const v0 = variantAt[e];
    for (let v = v0; v < variantAt[e + 1]; v++) visit(e, v - v0 + 1, text, variants[2 * v], variants[2 * v + 1]);
  }
}

/** The number of variants of every entry together. */
export function variantCount(names: readonly NameEntry[]): number {
  const rows = rowsOf(names);
  if (rows && rows.plain.size === 0) return rows.variantAt[rows.count];
  let n = 0;
  for (const e of names) n += e.variants.length;
  return n;
}

/** What crosses to another thread for a list: a list of rows as its text and arrays. */
export type WireNames = { rows: Omit<NameRows, 'plain'> & { plain: Array<[number, NameEntry]> } } | { entries: NameEntry[] };

export function namesToWire(names: readonly NameEntry[]): WireNames {
  const rows = rowsOf(names);
  if (!rows) return { entries: names.map(plainEntry) };
  return { rows: { ...rows, plain: [...rows.plain].map(([i, e]) => [i, plainEntry(e)]) } };
}

export function namesFromWire(w: WireNames): NameEntry[] {
  if ('entries' in w) return w.entries;
  return entriesOfRows({ ...w.rows, plain: new Map(w.rows.plain) });
}
