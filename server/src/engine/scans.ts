// Paragraph scans: the lists the document rules build from every word of the draft before they
// compare one part with another — the mentions of listed names, the uses of reporting verbs,
// each line's own leftover score. What such a scan finds in a paragraph depends on that
// paragraph alone (a name, a verb's construction or a line never runs past a line break; a
// scan may also read the house style's data and its rule's options, the same for every
// paragraph), so after an edit the incremental checker scans
// only the paragraphs that changed and gives the rules the whole draft's list, put together
// from every paragraph's (`giveScans`); checking a whole draft, the rules scan it themselves.

import { DocumentMemo, type AnalysedDocument } from './text/document';
import type { SharedData } from './types';

/**
 * Where the text of a part checked alone starting at `start` begins in the draft: at the line
 * break before it (a part after the first is checked with that line break), or at 0 for the first.
 */
export function partStart(start: number): number {
  return start === 0 ? 0 : start - 1;
}

/** The draft's token that is token 0 of a part checked alone starting at `start` (see partStart). */
export function partFirstToken(doc: AnalysedDocument, start: number): number {
  return start === 0 ? 0 : doc.tokenIndexAt(partStart(start));
}

/** What the incremental checker keeps for the document rules: registered by name, kept while a rule that reads it runs. */
interface Kept {
  name: string;
  /** The document rules that read it (the incremental checker keeps it only while one of them runs). */
  usedBy: readonly string[];
}

/** A registry of kept things of one kind (`what`, for the error on a name defined twice). */
function registry<T extends Kept>(what: string): { define(x: T): void; readBy(ruleIds: ReadonlySet<string>): T[] } {
  const all: T[] = [];
  return {
    define(x) {
      if (all.some((y) => y.name === x.name)) throw new Error(`${what} ${x.name} defined twice`);
      all.push(x);
    },
    readBy: (ruleIds) => all.filter((x) => x.usedBy.some((id) => ruleIds.has(id))),
  };
}

/** Where a part of a draft starts in it: its first code unit, token and paragraph. */
export interface PartPlace {
  offset: number;
  token: number;
  paragraph: number;
}

export interface ParagraphScan<T> extends Kept {
  /** The rule whose options the scan reads, if it reads any: its items then hold only under the same options. */
  options?: string;
  /** Whether the scan reads the house style's data (`shared`): one that does not finds the same items under any. */
  readsShared: boolean;
  /**
   * The items of a document, in document order (`shared`: the house style's data, `options`: the
   * `options` rule's effective options, for a scan that reads them).
   */
  scan(doc: AnalysedDocument, shared: SharedData | undefined, options?: unknown): T[];
  /** An item found in a part of a draft, at its place in the draft. */
  move(item: T, at: PartPlace): T;
}

const scans = registry<ParagraphScan<unknown>>('paragraph scan');

/** Register a scan (once, at module load). */
export function defineScan<T>(s: ParagraphScan<T>): ParagraphScan<T> {
  scans.define(s as ParagraphScan<unknown>);
  return s;
}

/** The registered scans some of these rules read. */
export function paragraphScans(ruleIds: ReadonlySet<string>): ParagraphScan<unknown>[] {
  return scans.readBy(ruleIds);
}

interface Given {
  shared: SharedData;
  items: Map<string, unknown[]>;
  /** The options each scan that reads a rule's options was run under, as JSON. */
  options: Map<string, string>;
}

const given = new DocumentMemo<Given>();

/**
 * The whole draft's items of each scan, put together from its paragraphs', for the rules checking
 * `doc` under `shared` (and, for a scan that reads its rule's options, under `options`).
 */
export function giveScans(doc: AnalysedDocument, shared: SharedData, items: Map<string, unknown[]>, options: ReadonlyMap<string, unknown> = new Map()): void {
  given.set(doc, { shared, items, options: new Map([...options].map(([name, o]) => [name, JSON.stringify(o)])) });
}

/** Items a document was scanned for, by scan name, with the data and options they were scanned under. */
const scanned = new DocumentMemo<Map<string, { shared: SharedData | undefined; options: string | undefined; items: unknown[] }>>();

/**
 * The items of a scan over `doc`: given, or scanned now (once per document: a paragraph rule and
 * the incremental checker both read the verb uses of a paragraph). A scan that reads the house
 * style's data (`shared`) takes given or earlier items only when they were gathered under the
 * same data, one that reads its rule's options only under equal options.
 */
export function documentScan<T>(doc: AnalysedDocument, s: ParagraphScan<T>, shared?: SharedData, options?: unknown): T[] {
  const opts = s.options === undefined ? undefined : JSON.stringify(options);
  const g = given.get(doc);
  const fits = g !== undefined && (shared === undefined || g.shared === shared) && (s.options === undefined || g.options.get(s.name) === opts);
  const items = fits ? g.items.get(s.name) : undefined;
  if (items) return items as T[];
  const data = s.readsShared ? shared : undefined;
  let done = scanned.get(doc);
  const hit = done?.get(s.name);
  if (hit && hit.shared === data && hit.options === opts) return hit.items as T[];
  const found = s.scan(doc, data, options);
  if (!done) scanned.set(doc, (done = new Map()));
  done.set(s.name, { shared: data, options: opts, items: found });
  return found;
}

/** The house style's data a draft's scans were given under (undefined when none were given). */
export function scansGivenFor(doc: AnalysedDocument): SharedData | undefined {
  return given.get(doc)?.shared;
}

// ---------------------------------------------------------------------------------------
// Draft indexes: what a document rule needs of every word, kept by key so that the rule reads
// only the keys it cares about. Each paragraph gives its own part (`part`); the draft's index
// adds and removes parts as paragraphs come and go, so after an edit only the paragraphs that
// changed are indexed again.

/** Where a paragraph of the draft starts: one object per paragraph, kept up to date as the paragraph moves. */
export interface PartHome {
  start: number;
}

export interface DraftIndexState<P, V> {
  add(part: P, home: PartHome): void;
  remove(part: P, home: PartHome): void;
  /** The index as the rules read it, for the draft `doc` (its current text and tokens). */
  view(doc: AnalysedDocument): V;
}

export interface DraftIndex<P, V> extends Kept {
  /** A paragraph's (or a whole document's) own part. */
  part(doc: AnalysedDocument): P;
  /** An empty index for a draft. */
  create(): DraftIndexState<P, V>;
  /** The index of a document that is one part (checking it whole). */
  whole(part: P, doc: AnalysedDocument): V;
}

const indexes = registry<DraftIndex<unknown, unknown>>('draft index');

/** Register a draft index (once, at module load). */
export function defineIndex<P, V>(x: DraftIndex<P, V>): DraftIndex<P, V> {
  indexes.define(x as DraftIndex<unknown, unknown>);
  return x;
}

/** The registered draft indexes some of these rules read. */
export function draftIndexes(ruleIds: ReadonlySet<string>): DraftIndex<unknown, unknown>[] {
  return indexes.readBy(ruleIds);
}

const givenIndexes = new DocumentMemo<Map<string, DraftIndexState<unknown, unknown>>>();

/** The draft's indexes, kept by the incremental checker, for the rules checking `doc`. */
export function giveIndexes(doc: AnalysedDocument, states: Map<string, DraftIndexState<unknown, unknown>>): void {
  givenIndexes.set(doc, states);
}

/** A draft index of `doc`: given, or built now from the whole document. */
export function draftIndex<P, V>(doc: AnalysedDocument, x: DraftIndex<P, V>): V {
  const g = givenIndexes.get(doc)?.get(x.name) as DraftIndexState<P, V> | undefined;
  return g ? g.view(doc) : x.whole(x.part(doc), doc);
}
