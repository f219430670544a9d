// Incremental checking: one checker per open draft keeps its last analysis and the findings
// of each paragraph, and after an edit analyses again only the lines around the change,
// re-runs the paragraph rules only on the paragraphs whose text or place changed, and runs
// the document rules (those that compare one part of the draft with another) on the whole,
// updated analysis. The fact rules (see FACT_RULES) are checked paragraph by paragraph like
// the paragraph rules, under the whole draft's document facts (facts.ts): the union of every
// paragraph's own facts, updated as paragraphs change; an unchanged paragraph is checked
// again only when a fact it asked about appeared or disappeared. The result is always what
// `lint` gives on the same text (tested on random edit sequences over real articles).

import { effectiveOptions, fileDisabledRules, finalizeFindings, runRules, sharedFor, type LintOptions } from './engine';
import { FactUnion, factKinds, giveFacts, ownFacts, type FactSource } from './facts';
import { documentScan, draftIndexes, giveIndexes, giveScans, paragraphScans, partFirstToken, partStart, type DraftIndex, type DraftIndexState, type ParagraphScan, type PartHome, type PartPlace } from './scans';
import { FilledMessages } from './messages';
import { allRules } from './rules';
import { analyse, commonAffixes, type AnalysedDocument, type DocumentLanguage } from './text/document';
import { OpenQuotes } from './text/quotations';
import type { Finding, Fix, LintResult, RelatedInfo, ResolvedConfig, Rule, RuleFault, SharedData, Span, TextEdit } from './types';

/**
 * Rules whose findings in one chunk depend on the rest of the draft in ways the document facts
 * do not capture: counts and majorities over the whole text (repeated-verb, quote-style,
 * digit-system, final-yeh), the first mention of a name, one spelling of a name, scrape
 * leftovers whose fix deletes the line break before the line, and quotation marks and
 * brackets paired over a whole paragraph, which a chunk may be only part of (see cutsInside).
 * Every other rule finds in a chunk exactly what it finds in that chunk alone (given the
 * draft's document facts, for FACT_RULES) — the test `test/reliability/incremental-engine.test.ts`
 * checks every rule that is not listed here on real articles, so a new rule that reads beyond
 * its chunk fails it until it is added.
 */
export const DOCUMENT_RULES: ReadonlySet<string> = new Set([
  'repeated-verb',
  'quote-style',
  'digit-system',
  'final-yeh',
  'first-mention',
  'name-consistency',
  'name-spelling', // a surname that is also a common word (طلعة) counts only where the draft mentions the person
  'scrape-leftover',
  'unbalanced-pairs', // pairs quotation marks and brackets over a whole paragraph, which the checker may cut inside (cutsInside)
]);

/**
 * Rules that read the rest of the draft only through document facts (facts.ts): the forms
 * the draft writes (teh-marbuta's منطقه beside منطقة, spacing-errors' and spelling's مصر
 * beside مصرتدخل), its hamza word families (hamza's أكد beside اكدت) and the writer's habit
 * (teh-marbuta). Checked paragraph by paragraph under the whole draft's facts.
 */
export const FACT_RULES: ReadonlySet<string> = new Set(['hamza', 'teh-marbuta', 'spacing-errors', 'spelling']);

/** Below this many UTF-16 code units a draft is simply checked again from scratch. */
const SMALL = 2048;

interface Chunk extends Span {
  /** The paragraph rules' findings in this chunk, at their offsets in the text of `version`. */
  findings: Finding[];
  faults: RuleFault[];
  /** The fact rules' findings in this chunk, likewise. */
  factFindings: Finding[];
  factFaults: RuleFault[];
  /** This chunk's own document facts, by kind. */
  own: Map<string, ReadonlySet<string>>;
  /** The document facts its fact rules asked about (factId). */
  asked: Set<string>;
  /** What each paragraph scan found in this chunk, at its place in the chunk checked alone (see `scanPlace`). */
  scans: Map<string, unknown[]>;
  /** This chunk's part of each draft index, and where the chunk starts (one object, moved with it). */
  parts: Map<string, unknown>;
  home: PartHome;
}

export interface IncrementalStats {
  /** Chunks (paragraphs with the blank lines after them) whose paragraph-rule findings were kept. */
  reused: number;
  /** Chunks checked again. */
  checked: number;
  /** Chunks that start inside a paragraph (see `cutsInside`). */
  inside: number;
  /** Chunks whose fact-rule findings were checked again because a fact they asked about changed elsewhere. */
  refacted: number;
  /** Whether the analysis was updated rather than built from scratch. */
  incremental: boolean;
}

type RunOptions = Parameters<typeof runRules>[1];

export class IncrementalLinter {
  private doc: AnalysedDocument | undefined;
  private chunks: Chunk[] = [];
  private facts = new FactUnion();
  /** The draft indexes, each with every chunk's part in it. */
  private indexes = new Map<string, DraftIndexState<unknown, unknown>>();
  private key: { languageId: DocumentLanguage; config?: ResolvedConfig; rules: readonly Rule[]; disabled: string } | undefined;
  /** The paragraphs cut inside at the last check, by start (see `cutsInside`). */
  private inside = new Map<number, InsideCuts>();
  /** The messages the draft's findings carry, kept from check to check (see FilledMessages). */
  private readonly messages = new FilledMessages();
  /** What the last call did (for tests and the bench). */
  stats: IncrementalStats = { reused: 0, checked: 0, inside: 0, refacted: 0, incremental: false };

  /** Findings of `text` exactly as `lint(text, opts)` gives them. */
  lint(text: string, opts: LintOptions & { languageId: DocumentLanguage }): LintResult {
    const rules = (opts.rules ?? allRules).filter((r) => !opts.only || opts.only.has(r.meta.id));
    const prev = this.doc;
    const reuse = prev !== undefined && this.key !== undefined && this.key.languageId === opts.languageId && sameConfig(this.key.config, opts.config) && sameRules(this.key.rules, rules);
    const doc = analyse(text, opts.languageId, reuse && text.length >= SMALL ? prev : undefined);
    const fileDisabled = fileDisabledRules(doc);
    const disabled = `${fileDisabled.all}\u0000${[...fileDisabled.rules].sort().join(',')}`;
    const oldText = reuse && this.key!.disabled === disabled && text.length >= SMALL ? prev!.text : undefined;
    this.doc = doc;
    this.key = { languageId: opts.languageId, config: opts.config, rules, disabled };

    const local = rules.filter((r) => !DOCUMENT_RULES.has(r.meta.id) && !FACT_RULES.has(r.meta.id));
    const factRules = rules.filter((r) => FACT_RULES.has(r.meta.id));
    const global = rules.filter((r) => DOCUMENT_RULES.has(r.meta.id));
    const runOpts: RunOptions = { config: opts.config, ruleBudgetMs: opts.ruleBudgetMs, fileDisabled, messages: this.messages };
    const shared = sharedFor(opts.config);
    const globalIds = new Set(global.map((r) => r.meta.id));
    const scans = paragraphScans(globalIds);
    const scanOptions = new Map<string, unknown>();
    for (const sc of scans) {
      const owner = sc.options === undefined ? undefined : global.find((r) => r.meta.id === sc.options);
      if (owner) scanOptions.set(sc.name, effectiveOptions(owner, opts.config));
    }
    const indexes = draftIndexes(globalIds);
    const work: Work = { text, languageId: opts.languageId, local, factRules, kinds: factRules.length ? factKinds() : [], scans, scanOptions, indexes, shared, runOpts, facts: this.facts };
    // (the analysis compared the two texts already when it took the old one's tokens over)
    const affixes = oldText === undefined ? undefined : (doc.sharedWithPrev ?? commonAffixes(oldText, text));
    const inside = new Map<number, InsideCuts>();
    const spans = chunkSpans(doc, affixes && { ...affixes, oldLength: oldText!.length, before: this.inside, after: inside });
    this.inside = inside;
    let cutInside = 0;
    for (const p of inside.values()) cutInside += p.cuts.length;
    const stats: IncrementalStats = { reused: 0, checked: 0, inside: cutInside, refacted: 0, incremental: oldText !== undefined };
    const fresh: Array<{ chunk: Chunk; part: Part }> = [];
    const kept = new Set<Chunk>();
    let chunks: Chunk[];
    if (oldText === undefined) {
      // From scratch: every chunk checked alone, the draft's facts gathered anew.
      this.facts = work.facts = new FactUnion();
      this.indexes = new Map(indexes.map((x) => [x.name, x.create()]));
      chunks = spans.map((s) => freshChunk(work, s, fresh));
    } else {
      const { prefix, suffix } = affixes!;
      const delta = text.length - oldText.length;
      const oldEnd = oldText.length - suffix; // first unchanged code unit after the change, in the old text
      const byStart = new Map<number, Chunk>();
      for (const c of this.chunks) byStart.set(c.start, c);
      chunks = spans.map((s) => {
        // The same span of the same text before the change, or moved by delta after it.
        if (s.end <= prefix) {
          const c = byStart.get(s.start);
          if (c && c.end === s.end) {
            kept.add(c);
            return c;
          }
        } else if (s.start - delta >= oldEnd) {
          const c = byStart.get(s.start - delta);
          // the first chunk is checked as the start of the text, the others after a line
          // break: a chunk moved to or from the start is checked again
          if (c && c.end === s.end - delta && (c.start === 0) === (s.start === 0)) {
            kept.add(c);
            return delta === 0 ? c : moveChunk(c, delta);
          }
        }
        return freshChunk(work, s, fresh);
      });
      stats.reused = kept.size;
    }
    stats.checked = fresh.length;
    // the new chunks' facts and parts in, then the replaced chunks' out: a fact both hold (most
    // of a retyped paragraph's) never leaves the draft's facts, so nothing flips for it
    for (const { chunk } of fresh) {
      for (const [kind, keys] of chunk.own) this.facts.add(kind, keys);
      for (const [name, part] of chunk.parts) if (part !== FAILED) this.indexes.get(name)?.add(part, chunk.home);
    }
    for (const c of this.chunks) {
      if (oldText === undefined || kept.has(c)) continue;
      for (const [kind, keys] of c.own) this.facts.remove(kind, keys);
      for (const [name, part] of c.parts) if (part !== FAILED) this.indexes.get(name)?.remove(part, c.home);
    }
    // The fact rules, once the draft's facts are complete: on the chunks checked again, and on
    // the kept chunks that asked about a fact that appeared or disappeared.
    for (const { chunk, part } of fresh) checkFacts(work, chunk, part);
    const flipped = this.facts.flipped;
    if (oldText !== undefined && flipped.size > 0 && factRules.length > 0) {
      const checked = new Set(fresh.map((f) => f.chunk));
      for (let k = 0; k < chunks.length; k++) {
        const c = chunks[k];
        if (c.asked.size === 0 || checked.has(c)) continue;
        let hit = false;
        for (const id of flipped) if (c.asked.has(id)) hit = true;
        if (!hit) continue;
        const again: Chunk = { ...c, asked: new Set() };
        checkFacts(work, again, analysePart(text, c, opts.languageId));
        chunks[k] = again;
        stats.refacted++;
      }
    }
    flipped.clear();

    if (chunks.some((c) => c.faults.some((f) => f.elapsedMs === undefined) || c.factFaults.some((f) => f.elapsedMs === undefined))) {
      // A paragraph rule threw: from scratch it would report nothing on the whole draft and one
      // fault, so check this version from scratch, and the next one too (the analysis stays:
      // callers read it, e.g. for the names' places).
      this.chunks = [];
      this.key = undefined;
      this.inside = new Map();
      const scratch = runRules(doc, { ...runOpts, rules });
      return { findings: finalizeFindings(doc, scratch.findings, opts.config), faults: scratch.faults };
    }
    this.chunks = chunks;
    this.stats = stats;

    const findings: Finding[] = [];
    const faults: RuleFault[] = [];
    for (const c of chunks) {
      for (const f of c.findings) findings.push(f);
      for (const f of c.factFindings) findings.push(f);
      for (const f of c.faults) if (!faults.some((x) => x.ruleId === f.ruleId)) faults.push(f);
      for (const f of c.factFaults) if (!faults.some((x) => x.ruleId === f.ruleId)) faults.push(f);
    }
    if (scans.length) giveScans(doc, shared, draftScans(doc, chunks, scans), scanOptions);
    // (an index a chunk could not be read into is not given: the rules index the draft themselves and say what failed)
    if (indexes.length) giveIndexes(doc, new Map([...this.indexes].filter(([name]) => !chunks.some((c) => c.parts.get(name) === FAILED))));
    // the document rules read the draft's facts too (final-yeh: فى beside في), gathered above
    if (work.kinds.length) giveFacts(doc, this.facts.source());
    const whole = runRules(doc, { ...runOpts, rules: global });
    for (const f of whole.findings) findings.push(f);
    faults.push(...whole.faults);
    return { findings: finalizeFindings(doc, findings, opts.config), faults };
  }

  /** The analysis of the text last checked (until the next check takes it over). */
  get document(): AnalysedDocument | undefined {
    return this.doc;
  }

  /** Forget everything (the next check starts from scratch). */
  reset(): void {
    this.doc = undefined;
    this.chunks = [];
    this.key = undefined;
    this.inside = new Map();
    this.facts = new FactUnion();
    this.indexes = new Map();
  }
}

/** What one check of a draft needs to check its chunks. */
interface Work {
  text: string;
  languageId: DocumentLanguage;
  local: readonly Rule[];
  factRules: readonly Rule[];
  /** The kinds of document facts gathered (none when no fact rule runs). */
  kinds: readonly string[];
  /** The paragraph scans run on each chunk (none when no document rule runs). */
  scans: readonly ParagraphScan<unknown>[];
  /** The options of the rule each scan that reads them serves. */
  scanOptions: ReadonlyMap<string, unknown>;
  /** The draft indexes each chunk has a part in (likewise). */
  indexes: readonly DraftIndex<unknown, unknown>[];
  shared: SharedData;
  runOpts: RunOptions;
  facts: FactUnion;
}

/** A chunk of a draft analysed alone: from the line break before it (see lintParagraph). */
interface Part {
  doc: AnalysedDocument;
  /** Where the part's text starts in the draft. */
  from: number;
}

/** A chunk checked anew: its paragraph rules and its own facts now, its fact rules once the draft's facts are complete. */
function freshChunk(work: Work, span: Span, fresh: Array<{ chunk: Chunk; part: Part }>): Chunk {
  const part = analysePart(work.text, span, work.languageId);
  const r = partFindings(part, runRules(part.doc, { ...work.runOpts, rules: work.local }));
  const own = new Map<string, ReadonlySet<string>>();
  for (const kind of work.kinds) {
    try {
      own.set(kind, ownFacts(part.doc, kind, work.shared));
    } catch {
      // no lexicon: the fact rules themselves fail and say so
    }
  }
  const scans = new Map<string, unknown[]>();
  for (const sc of work.scans) {
    try {
      const items = documentScan(part.doc, sc, work.shared, work.scanOptions.get(sc.name));
      if (items.length) scans.set(sc.name, items);
    } catch {
      // the document rules that read it scan the draft themselves and say what failed
      scans.set(sc.name, FAILED);
    }
  }
  const parts = new Map<string, unknown>();
  for (const x of work.indexes) {
    try {
      parts.set(x.name, x.part(part.doc));
    } catch {
      parts.set(x.name, FAILED);
    }
  }
  const chunk: Chunk = { start: span.start, end: span.end, findings: r.findings, faults: r.faults, factFindings: [], factFaults: [], own, asked: new Set(), scans, parts, home: { start: span.start } };
  fresh.push({ chunk, part });
  return chunk;
}

/** A scan (or a draft index's part) that failed on a chunk: the draft's items of that scan (that index) are not given. */
const FAILED: unknown[] = [];

/** The draft's items of each scan: every chunk's, moved to its place. */
function draftScans(doc: AnalysedDocument, chunks: readonly Chunk[], scans: readonly ParagraphScan<unknown>[]): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const sc of scans) out.set(sc.name, []);
  for (const c of chunks) {
    if (c.scans.size === 0) continue;
    const at = scanPlace(doc, c);
    for (const [name, items] of c.scans) {
      const list = out.get(name);
      if (!list) continue;
      if (items === FAILED) {
        out.delete(name);
        continue;
      }
      const sc = scans.find((x) => x.name === name)!;
      for (const it of items) list.push(sc.move(it, at));
    }
  }
  return out;
}

/**
 * Where a chunk checked alone starts in the draft: at the line break before it (its token 0
 * is that line break, its paragraph 0 the one that starts the chunk), or at 0 for the first.
 */
function scanPlace(doc: AnalysedDocument, c: Span): PartPlace {
  return { offset: partStart(c.start), token: partFirstToken(doc, c.start), paragraph: c.start === 0 ? 0 : doc.paragraphIndexAt(c.start) };
}

/** The fact rules on one chunk, under the draft's facts (noting which it asked about). */
function checkFacts(work: Work, chunk: Chunk, part: Part): void {
  if (work.factRules.length === 0) return;
  giveFacts(part.doc, work.facts.recording(chunk.asked));
  const r = partFindings(part, runRules(part.doc, { ...work.runOpts, rules: work.factRules }));
  chunk.factFindings = r.findings;
  chunk.factFaults = r.faults;
}

/** The same settings: equal rules, categories and hidden findings, and the very same shared data (names list, word lists). */
function sameConfig(a: ResolvedConfig | undefined, b: ResolvedConfig | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.shared !== b.shared) return false;
  return JSON.stringify([a.rules, a.categories, a.hidden]) === JSON.stringify([b.rules, b.categories, b.hidden]);
}

function sameRules(a: readonly Rule[], b: readonly Rule[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

/**
 * The draft cut before each block (a paragraph, or the paragraphs of a plain-text draft with
 * no blank line between: see startsBlock; a block with the blank lines after it is one chunk;
 * the first chunk starts at 0), except where a Markdown non-prose region (a code fence, a
 * comment) runs across the cut; and, in a plain-text draft, inside the blocks the edit
 * changed, at the line starts `cutsInside` finds, where no quotation is open. A long block of
 * many lines (a pasted article with one line per paragraph and no blank line between, a
 * hard-wrapped one) is then checked again a few lines at a time while it is typed in, not
 * whole at every keystroke. The cuts inside a block the edit left alone are those of the last
 * check (`edit.before`), or none.
 */
function chunkSpans(doc: AnalysedDocument, edit?: EditedParagraphs): Span[] {
  const cuts: number[] = [0];
  const ex = doc.excluded; // (none outside Markdown)
  const paras = doc.paragraphs;
  const markdown = doc.languageId === 'markdown';
  let e = 0;
  for (let i = 0; i < paras.length; i++) {
    // a block: the paragraph and those after it with no blank line between (see startsBlock)
    let j = i;
    while (j + 1 < paras.length && !doc.startsBlock(j + 1)) j++;
    const at = paras[i].start;
    while (e < ex.length && ex[e].end <= at) e++;
    const acrossNonProse = e < ex.length && ex[e].start < at;
    if (i > 0 && !acrossNonProse && (!markdown || markdownCut(doc.text, at))) cuts.push(at);
    if (edit !== undefined && !markdown) for (const c of insideParagraph(doc.text, { start: at, end: paras[j].end }, edit)) cuts.push(c);
    i = j;
  }
  const spans: Span[] = [];
  for (let i = 0; i < cuts.length; i++) spans.push({ start: cuts[i], end: i + 1 < cuts.length ? cuts[i + 1] : doc.text.length });
  return spans;
}

/** Whether a Markdown draft can be cut before a paragraph starting at `at`. */
function markdownCut(text: string, at: number): boolean {
  // Markdown's own lines end at \n only: a paragraph after a lone CR, U+2028 or U+2029
  // begins mid-line there (a ``` or [x]: at its start is no fence or definition)
  if (text.charCodeAt(at - 1) !== 0x0a) return false;
  // a paragraph opening with --- would read as front matter if checked alone
  return !text.startsWith('---', at);
}

/** A paragraph of the last check cut inside, and where. */
interface InsideCuts {
  end: number;
  cuts: readonly number[];
}

/** What an edit changed (the old and new texts' common prefix and suffix), the paragraphs cut inside before it, and where to note them after it. */
interface EditedParagraphs {
  prefix: number;
  suffix: number;
  oldLength: number;
  before: ReadonlyMap<number, InsideCuts>;
  after: Map<number, InsideCuts>;
}

/** Below this many code units since the last cut, a line start inside a paragraph is not cut at. */
const MIN_INSIDE = 256;

/**
 * The cuts inside one paragraph: found anew when the edit changed it, else those of the same
 * paragraph (same start and end, same text) at the last check, moved with it.
 */
function insideParagraph(text: string, p: Span, edit: EditedParagraphs): readonly number[] {
  const delta = text.length - edit.oldLength;
  let cuts: readonly number[];
  if (p.end <= edit.prefix) {
    const old = edit.before.get(p.start);
    cuts = old && old.end === p.end ? old.cuts : [];
  } else if (p.start - delta >= edit.oldLength - edit.suffix) {
    const old = edit.before.get(p.start - delta);
    cuts = old && old.end === p.end - delta ? old.cuts.map((c) => c + delta) : [];
  } else cuts = cutsInside(text, p.start, p.end, MIN_INSIDE);
  if (cuts.length) edit.after.set(p.start, { end: p.end, cuts });
  return cuts;
}

/**
 * The line starts inside the paragraph text[start, end) where it can be cut into parts that are
 * checked alone, each at least `min` code units after the one before: where no quotation is
 * open (OpenQuotes: guillemets and curly quotes by nesting, straight quotes by their places), as
 * the reporting-verb scan reads a quotation over its paragraph. Every other paragraph rule and
 * paragraph scan reads no further than its line: a name, a verb's construction, a phrase never
 * runs past a line break (test/reliability/incremental-engine.test.ts checks every paragraph
 * rule on real articles cut at every such line start, and on the same articles hard-wrapped);
 * unbalanced-pairs, which pairs marks over the whole paragraph, is a document rule for this.
 */
export function cutsInside(text: string, start: number, end: number, min = 0): number[] {
  const out: number[] = [];
  const quotes = new OpenQuotes();
  let last = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      // the next line's start
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      const next = i + 1;
      if (next < end && next - last >= min && !quotes.open) {
        out.push(next);
        last = next;
      }
    } else if (c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d) quotes.mark(text, i);
  }
  return out;
}

/**
 * The paragraph rules' findings in one chunk of `text` (a paragraph and the blank lines after
 * it), checked alone, at their offsets in `text`. A chunk after the first is checked with the
 * line break before it, so that it starts a line as it does in the draft (a word at the start
 * of a sentence, a BOM that is not the first character of the file); findings on that line
 * break itself belong to the chunk before. `facts`: the draft's document facts, for the fact
 * rules (by default the chunk's own).
 */
export function lintParagraph(text: string, span: Span, languageId: DocumentLanguage, rules: readonly Rule[], opts: RunOptions, facts?: FactSource): LintResult {
  const part = analysePart(text, span, languageId);
  if (facts) giveFacts(part.doc, facts);
  return partFindings(part, runRules(part.doc, { ...opts, rules }));
}

function analysePart(text: string, span: Span, languageId: DocumentLanguage): Part {
  const from = partStart(span.start);
  return { doc: analyse(text.slice(from, span.end), languageId), from };
}

/** A part's findings at their offsets in the draft (those on the line break before it left out). */
function partFindings(part: Part, r: LintResult): LintResult {
  if (part.from === 0) return r;
  const findings: Finding[] = [];
  for (const f of r.findings) if (f.start >= 1) findings.push(moveFinding(f, part.from));
  return { findings, faults: r.faults };
}

function moveChunk(c: Chunk, delta: number): Chunk {
  const move = (f: Finding) => moveFinding(f, delta);
  c.home.start = c.start + delta; // the draft indexes find the chunk's part by this object
  return { ...c, start: c.start + delta, end: c.end + delta, findings: c.findings.map(move), factFindings: c.factFindings.map(move) };
}

/** A finding moved by `delta` code units (its fixes' edits and related ranges with it). */
export function moveFinding(f: Finding, delta: number): Finding {
  // written out field by field (no spreads, no map callbacks): a keystroke in a long draft
  // moves every finding after it, on both threads
  const fixes: Fix[] = new Array(f.fixes.length);
  for (let x = 0; x < fixes.length; x++) {
    const fix = f.fixes[x];
    const edits: TextEdit[] = new Array(fix.edits.length);
    for (let y = 0; y < edits.length; y++) {
      const e = fix.edits[y];
      edits[y] = { start: e.start + delta, end: e.end + delta, text: e.text };
    }
    fixes[x] = { title: fix.title, edits, preferred: fix.preferred };
  }
  let related: RelatedInfo[] | undefined;
  if (f.related) {
    related = new Array(f.related.length);
    for (let y = 0; y < related.length; y++) {
      const r = f.related[y];
      related[y] = { start: r.start + delta, end: r.end + delta, message: r.message };
    }
  }
  return placedFinding(f, f.start + delta, f.end + delta, fixes, related);
}

/**
 * `f` at [start, end) with these fixes and related ranges, built field by field: no spread, as
 * a finding received from the worker may be a moved view whose fields are getters (lsp/wire.ts).
 */
export function placedFinding(f: Finding, start: number, end: number, fixes: Fix[], related: RelatedInfo[] | undefined): Finding {
  const out: Finding = { ruleId: f.ruleId, category: f.category, severity: f.severity, start, end, messageId: f.messageId, message: f.message, fixes };
  if (related) out.related = related;
  if (f.unnecessary) out.unnecessary = true;
  return out;
}
