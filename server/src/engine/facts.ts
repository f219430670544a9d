// Document facts: what a rule knows of the whole draft while it judges one word. The hamza
// rule prefers the seat the draft itself writes (أكد beside اكدت), teh-marbuta trusts a guess
// only in a draft whose writer types ه for ة elsewhere, spacing-errors splits مصرتدخل because
// the draft writes مصر on its own. Each such fact is a set of keys of one kind (the forms the
// draft writes, its hamza word families …), and a rule asks only whether a key is in it.
//
// Checking the whole draft, a rule's facts are computed from the draft (`defineFact` gives
// how). Checking one paragraph alone after an edit (incremental checking), the facts are the
// whole draft's, given from outside (`giveFacts`): the union of every paragraph's own facts,
// which the incremental checker keeps up to date, and which records the keys each paragraph's
// check asked about — so that when a fact appears or disappears elsewhere in the draft, only
// the paragraphs that asked about it are checked again.

import { KeyCounts } from './counts';
import { DocumentMemo, type AnalysedDocument } from './text/document';
import type { SharedData } from './types';

/** A membership test over one kind of document fact. */
export interface FactSet {
  has(key: string): boolean;
}

/** A document's own facts of one kind (what it contributes to the facts of a draft it is part of). */
export type FactProvider = (doc: AnalysedDocument, shared: SharedData) => ReadonlySet<string>;

const providers = new Map<string, FactProvider>();

/** Register how a kind of fact is read off a document (once per kind, at module load). */
export function defineFact(kind: string, provider: FactProvider): void {
  if (providers.has(kind)) throw new Error(`document fact ${kind} defined twice`);
  providers.set(kind, provider);
}

/** Every kind of document fact the rules read. */
export function factKinds(): string[] {
  return [...providers.keys()];
}

/** The facts of one kind a document holds itself. */
export function ownFacts(doc: AnalysedDocument, kind: string, shared: SharedData): ReadonlySet<string> {
  const p = providers.get(kind);
  if (!p) throw new Error(`unknown document fact ${kind}`);
  return p(doc, shared);
}

/** The facts of the draft a document is part of, given for that document. */
export interface FactSource {
  facts(kind: string): FactSet;
}

const given = new DocumentMemo<FactSource>();

/** Check `doc` (a part of a draft) under the facts of the whole draft. */
export function giveFacts(doc: AnalysedDocument, source: FactSource): void {
  given.set(doc, source);
}

/** The draft's facts of one kind, as a rule checking `doc` reads them. */
export function documentFacts(doc: AnalysedDocument, kind: string, shared: SharedData): FactSet {
  const g = given.get(doc);
  return g ? g.facts(kind) : ownFacts(doc, kind, shared);
}

/** Key of a fact in the sets of keys asked about: its kind and key. */
export function factId(kind: string, key: string): string {
  return `${kind}\u0000${key}`;
}

/**
 * The facts of a whole draft as the union of its parts' own facts, kept with a count per key
 * so that parts can come and go; `flipped` gathers the keys that appeared or disappeared
 * since it was last emptied.
 */
export class FactUnion {
  private readonly counts = new Map<string, KeyCounts>();
  readonly flipped = new Set<string>();

  add(kind: string, keys: ReadonlySet<string>): void {
    let m = this.counts.get(kind);
    if (!m) this.counts.set(kind, (m = new KeyCounts()));
    for (const k of keys) if (m.add(k)) this.flip(kind, k);
  }

  remove(kind: string, keys: ReadonlySet<string>): void {
    const m = this.counts.get(kind);
    if (!m) return;
    for (const k of keys) if (m.remove(k)) this.flip(kind, k);
  }

  has(kind: string, key: string): boolean {
    return this.counts.get(kind)?.has(key) ?? false;
  }

  /** A source of these facts (for the whole draft: nothing noted). */
  source(): FactSource {
    return { facts: (kind) => ({ has: (key) => this.has(kind, key) }) };
  }

  /** A source of these facts that notes each key asked about in `asked`. */
  recording(asked: Set<string>): FactSource {
    const views = new Map<string, FactSet>();
    return {
      facts: (kind) => {
        let v = views.get(kind);
        if (!v) {
          const m = this.counts.get(kind);
          v = {
            has: (key) => {
              asked.add(factId(kind, key));
              return m?.has(key) ?? this.has(kind, key);
            },
          };
          views.set(kind, v);
        }
        return v;
      },
    };
  }

  private flip(kind: string, key: string): void {
    const id = factId(kind, key);
    // a key that appeared and disappeared again is no change
    if (!this.flipped.delete(id)) this.flipped.add(id);
  }
}
