// Incremental checking: one checker per open draft keeps its last analysis and the findings
// of each paragraph, and after an edit analyses again only the lines around the change,
// re-runs the paragraph rules only on the paragraphs whose text or place changed, and runs
// the document rules (those that compare one part of the draft with another) on the whole,
// updated analysis. The result is always what `lint` gives on the same text (tested on
// random edit sequences over real articles).

import { fileDisabledRules, finalizeFindings, runRules, type LintOptions } from './engine';
import { allRules } from './rules';
import { analyse, commonAffixes, type AnalysedDocument, type DocumentLanguage } from './text/document';
import type { Finding, LintResult, ResolvedConfig, Rule, RuleFault, Span } from './types';

/**
 * Rules whose findings in one paragraph depend on the rest of the draft: counts and majorities
 * over the whole text (repeated-verb, quote-style, digit-system, final-yeh), the first mention
 * of a name, one spelling of a name, the draft's own vocabulary as evidence (teh-marbuta,
 * spacing-errors, spelling, hamza), and scrape leftovers whose fix deletes the line break before
 * the line. Every other rule finds in a paragraph exactly what it finds in that paragraph alone —
 * the test `test/reliability/incremental-engine.test.ts` checks every rule that is not listed
 * here on real articles, so a new rule that reads beyond its paragraph fails it until it is
 * added.
 */
export const DOCUMENT_RULES: ReadonlySet<string> = new Set([
  'hamza', // the seat of a hamza is read from the draft's other words too
  'repeated-verb',
  'quote-style',
  'digit-system',
  'final-yeh',
  'first-mention',
  'name-consistency',
  'name-spelling', // a surname that is also a common word (طلعة) counts only where the draft mentions the person
  'teh-marbuta',
  'spacing-errors',
  'spelling',
  'scrape-leftover',
]);

/** Below this many UTF-16 code units a draft is simply checked again from scratch. */
const SMALL = 2048;

interface Chunk extends Span {
  /** The paragraph rules' findings in this chunk, at their offsets in the text of `version`. */
  findings: Finding[];
  faults: RuleFault[];
}

export interface IncrementalStats {
  /** Chunks (paragraphs with the blank lines after them) whose paragraph-rule findings were kept. */
  reused: number;
  /** Chunks checked again. */
  checked: number;
  /** Whether the analysis was updated rather than built from scratch. */
  incremental: boolean;
}

export class IncrementalLinter {
  private doc: AnalysedDocument | undefined;
  private chunks: Chunk[] = [];
  private key: { languageId: DocumentLanguage; config?: ResolvedConfig; rules: readonly Rule[]; disabled: string } | undefined;
  /** What the last call did (for tests and the bench). */
  stats: IncrementalStats = { reused: 0, checked: 0, incremental: false };

  /** Findings of `text` exactly as `lint(text, opts)` gives them. */
  lint(text: string, opts: LintOptions & { languageId: DocumentLanguage }): LintResult {
    const rules = (opts.rules ?? allRules).filter((r) => !opts.only || opts.only.has(r.meta.id));
    const prev = this.doc;
    const reuse = prev !== undefined && this.key !== undefined && this.key.languageId === opts.languageId && sameConfig(this.key.config, opts.config) && sameRules(this.key.rules, rules);
    const doc = analyse(text, opts.languageId, reuse && text.length >= SMALL ? prev : undefined);
    const fileDisabled = fileDisabledRules(doc);
    const disabled = `${fileDisabled.all}\u0000${[...fileDisabled.rules].sort().join(',')}`;
    const oldText = reuse && this.key!.disabled === disabled ? prev!.text : undefined;
    this.doc = doc;
    this.key = { languageId: opts.languageId, config: opts.config, rules, disabled };

    const local = rules.filter((r) => !DOCUMENT_RULES.has(r.meta.id));
    const global = rules.filter((r) => DOCUMENT_RULES.has(r.meta.id));
    const runOpts = { config: opts.config, ruleBudgetMs: opts.ruleBudgetMs, fileDisabled };
    const spans = chunkSpans(doc);
    let chunks: Chunk[];
    const stats: IncrementalStats = { reused: 0, checked: 0, incremental: oldText !== undefined };
    if (oldText === undefined || text.length < SMALL) {
      // From scratch: the paragraph rules once over the whole draft, their findings then
      // filed by paragraph for the next edit.
      const all = runRules(doc, { ...runOpts, rules: local });
      chunks = spans.map((s) => ({ ...s, findings: [], faults: [] }));
      for (const f of all.findings) chunks[chunkIndexAt(chunks, f.start)].findings.push(f);
      if (chunks.length > 0) chunks[0].faults = all.faults;
      stats.checked = chunks.length;
    } else {
      const { prefix, suffix } = commonAffixes(oldText, text);
      const delta = text.length - oldText.length;
      const oldEnd = oldText.length - suffix; // first unchanged code unit after the change, in the old text
      const byStart = new Map<number, Chunk>();
      for (const c of this.chunks) byStart.set(c.start, c);
      chunks = spans.map((s) => {
        // The same span of the same text before the change, or moved by delta after it.
        if (s.end <= prefix) {
          const c = byStart.get(s.start);
          if (c && c.end === s.end) {
            stats.reused++;
            return c;
          }
        } else if (s.start - delta >= oldEnd) {
          const c = byStart.get(s.start - delta);
          // the first chunk is checked as the start of the text, the others after a line
          // break: a chunk moved to or from the start is checked again
          if (c && c.end === s.end - delta && (c.start === 0) === (s.start === 0)) {
            stats.reused++;
            return delta === 0 ? c : moveChunk(c, delta);
          }
        }
        stats.checked++;
        return checkChunk(text, s, opts.languageId, local, runOpts);
      });
    }
    if (chunks.some((c) => c.faults.some((f) => f.elapsedMs === undefined))) {
      // A paragraph rule threw: from scratch it would report nothing on the whole draft and one
      // fault, so check this version from scratch, and the next one too (the analysis stays:
      // callers read it, e.g. for the names' places).
      this.chunks = [];
      this.key = undefined;
      const scratch = runRules(doc, { ...runOpts, rules });
      return { findings: finalizeFindings(doc, scratch.findings, opts.config), faults: scratch.faults };
    }
    this.chunks = chunks;
    this.stats = stats;

    const findings: Finding[] = [];
    const faults: RuleFault[] = [];
    for (const c of chunks) {
      for (const f of c.findings) findings.push(f);
      for (const f of c.faults) if (!faults.some((x) => x.ruleId === f.ruleId)) faults.push(f);
    }
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
  }
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
 * The draft cut before each paragraph (a paragraph with the blank lines after it is one
 * chunk; the first chunk starts at 0), except where a Markdown non-prose region (a code
 * fence, a comment) runs across the cut.
 */
function chunkSpans(doc: AnalysedDocument): Span[] {
  const cuts: number[] = [0];
  const ex = doc.excluded;
  let e = 0;
  for (let i = 1; i < doc.paragraphs.length; i++) {
    const at = doc.paragraphs[i].start;
    while (e < ex.length && ex[e].end <= at) e++;
    if (e < ex.length && ex[e].start < at) continue;
    if (doc.languageId === 'markdown') {
      // Markdown's own lines end at \n only: a paragraph after a lone CR, U+2028 or U+2029
      // begins mid-line there (a ``` or [x]: at its start is no fence or definition)
      if (doc.text.charCodeAt(at - 1) !== 0x0a) continue;
      // a paragraph opening with --- would read as front matter if checked alone
      if (doc.text.startsWith('---', at)) continue;
    }
    cuts.push(at);
  }
  const spans: Span[] = [];
  for (let i = 0; i < cuts.length; i++) spans.push({ start: cuts[i], end: i + 1 < cuts.length ? cuts[i + 1] : doc.text.length });
  return spans;
}

function chunkIndexAt(chunks: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The paragraph rules on one chunk's text alone, their findings moved to the chunk's place. */
function checkChunk(text: string, span: Span, languageId: DocumentLanguage, rules: readonly Rule[], opts: Parameters<typeof runRules>[1]): Chunk {
  const r = lintParagraph(text, span, languageId, rules, opts);
  return { ...span, findings: r.findings, faults: r.faults };
}

/**
 * The paragraph rules' findings in one chunk of `text` (a paragraph and the blank lines after
 * it), checked alone, at their offsets in `text`. A chunk after the first is checked with the
 * line break before it, so that it starts a line as it does in the draft (a word at the start
 * of a sentence, a BOM that is not the first character of the file); findings on that line
 * break itself belong to the chunk before.
 */
export function lintParagraph(text: string, span: Span, languageId: DocumentLanguage, rules: readonly Rule[], opts: Parameters<typeof runRules>[1]): LintResult {
  const from = span.start === 0 ? 0 : span.start - 1;
  const r = runRules(analyse(text.slice(from, span.end), languageId), { ...opts, rules });
  if (from === 0) return r;
  const findings: Finding[] = [];
  for (const f of r.findings) if (f.start >= 1) findings.push(moveFinding(f, from));
  return { findings, faults: r.faults };
}

function moveChunk(c: Chunk, delta: number): Chunk {
  return { start: c.start + delta, end: c.end + delta, findings: c.findings.map((f) => moveFinding(f, delta)), faults: c.faults };
}

function moveFinding(f: Finding, delta: number): Finding {
  const moved: Finding = {
    ...f,
    start: f.start + delta,
    end: f.end + delta,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ start: e.start + delta, end: e.end + delta, text: e.text })) })),
  };
  if (f.related) moved.related = f.related.map((r) => ({ ...r, start: r.start + delta, end: r.end + delta }));
  return moved;
}
