// Measurements of the lexicon-driven orthography rules, shared by the recall test
// (test/corpus/orthography-recall.test.ts) and the benchmark (bench/orthography.mjs):
// - recall on the real word corrections of ../shared/corpus/errors/word_pairs.tsv (the
//   hamza, ta-marbuta and ى/ي rows, weighted by how often each correction was made);
// - the lexicon's load time and memory;
// - the speed of the whole engine, all rules on, with and without these rules.

import { fixText, lint, type LintOptions } from '../server/src/engine/engine';
import { getLexicon, lexiconInfo, setLexicon } from '../server/src/engine/lexicon';
import alefMaqsura from '../server/src/engine/rules/orthography/alef-maqsura';
import finalYeh from '../server/src/engine/rules/orthography/final-yeh';
import hamza from '../server/src/engine/rules/orthography/hamza';
import spacingErrors from '../server/src/engine/rules/orthography/spacing-errors';
import tehMarbuta from '../server/src/engine/rules/orthography/teh-marbuta';
import { applyEdits } from '../server/src/engine/fix';
import type { ResolvedConfig } from '../server/src/engine/types';

export const RECALL_RULES = [hamza, tehMarbuta, finalYeh, alefMaqsura, spacingErrors];
/** The golds write the standard dotted final yeh. */
export const RECALL_CONFIG: ResolvedConfig = { rules: { 'final-yeh': { severity: 'warning', options: { style: 'yeh' } } } };
export const RECALL_CATEGORIES = ['hamza', 'ta_marbuta_ha', 'alef_maqsura_ya'] as const;

export interface PairRow {
  category: string;
  incorrect: string;
  correct: string;
  count: number;
}

export interface CategoryRecall {
  pairs: number;
  /** Sum of the pairs' counts. */
  weight: number;
  /** Count-weighted: fix-all (preferred fixes) turns the wrong word into the gold exactly. */
  fixed: number;
  /** Count-weighted: the gold is fix-all's output or one of the offered suggestions' outputs. */
  suggested: number;
  /** Pairs whose gold is not a word of the lexicon (aghlat's machine-made golds: إليهودي). */
  goldNotWord: number;
  goldNotWordWeight: number;
}

export interface RecallReport {
  byCategory: Record<string, CategoryRecall>;
  total: CategoryRecall;
  /** Rows (word alone) whose gold fix-all misses, heaviest first (for reading). */
  missed: Array<PairRow & { got: string }>;
}

/** What fix-all and each suggestion make of a word checked alone. */
export function outcomes(word: string): { fixed: string; suggestions: Set<string> } {
  const fixed = fixText(word, { rules: RECALL_RULES, config: RECALL_CONFIG }).output;
  const suggestions = new Set<string>([fixed]);
  for (const f of lint(word, { rules: RECALL_RULES, config: RECALL_CONFIG }).findings) {
    for (const x of f.fixes) {
      const once = applyEdits(word, x.edits);
      suggestions.add(fixText(once, { rules: RECALL_RULES, config: RECALL_CONFIG }).output);
    }
  }
  return { fixed, suggestions };
}

function empty(): CategoryRecall {
  return { pairs: 0, weight: 0, fixed: 0, suggested: 0, goldNotWord: 0, goldNotWordWeight: 0 };
}

export function recallOn(rows: PairRow[]): RecallReport {
  const lex = getLexicon();
  const byCategory: Record<string, CategoryRecall> = {};
  const total = empty();
  const missed: RecallReport['missed'] = [];
  for (const r of rows) {
    if (!(RECALL_CATEGORIES as readonly string[]).includes(r.category)) continue;
    const c = (byCategory[r.category] ??= empty());
    const o = outcomes(r.incorrect);
    const fixed = o.fixed === r.correct;
    const suggested = o.suggestions.has(r.correct);
    const goldNotWord = !lex.has(r.correct);
    for (const acc of [c, total]) {
      acc.pairs++;
      acc.weight += r.count;
      if (fixed) acc.fixed += r.count;
      if (suggested) acc.suggested += r.count;
      if (goldNotWord) {
        acc.goldNotWord++;
        acc.goldNotWordWeight += r.count;
      }
    }
    if (!fixed) missed.push({ ...r, got: o.fixed });
  }
  missed.sort((a, b) => b.count - a.count);
  return { byCategory, total, missed };
}

export function parsePairs(tsv: string): PairRow[] {
  const [head, ...lines] = tsv.split('\n').filter((l) => l.length > 0);
  const cols = head.split('\t');
  const ix = (name: string) => cols.indexOf(name);
  return lines.map((l) => {
    const c = l.split('\t');
    return { category: c[ix('category')], incorrect: c[ix('incorrect')], correct: c[ix('correct')], count: Number(c[ix('count')]) || 1 };
  });
}

export interface ContextRecall {
  /** Distinct wrong sentences measured (aghlat's hamza rows, the same sentence counted once). */
  sentences: number;
  /** Words the gold changes (its عبد_الله joins aside). */
  changed: number;
  /** Of those: fix-all writes the gold. */
  fixed: number;
  /** Flagged, the gold one of the offered fixes but not fix-all's (a suggestion one keystroke away). */
  offered: number;
  /** Fix-all writes something other than the gold (most are aghlat's wrong golds: قال أن، اي → إي). */
  wrong: number;
  /** Words the gold leaves as they are and fix-all changes (most are slips aghlat's gold missed: الالكتروني). */
  extra: number;
}

/**
 * Recall in context: aghlat's real news sentences before and after correction (error_pairs.tsv,
 * the rows of category hamza), each wrong sentence checked whole with RECALL_RULES, so the
 * context decides ان (قال إن، أكد أن، أن يعود). Words are compared by position; sentences whose
 * word count the gold or the fix changes are skipped.
 */
export function contextRecallOn(tsv: string): ContextRecall {
  const r: ContextRecall = { sentences: 0, changed: 0, fixed: 0, offered: 0, wrong: 0, extra: 0 };
  const seen = new Set<string>();
  const opts = { rules: RECALL_RULES, config: RECALL_CONFIG };
  for (const line of tsv.split('\n').slice(1)) {
    const [source, category, bad, good] = line.split('\t');
    if (!source?.startsWith('aghlat:') || category !== 'hamza' || seen.has(bad)) continue;
    seen.add(bad);
    const words = bad.split(/\s+/);
    const gold = good.split(/\s+/);
    const out = fixText(bad, opts).output.split(/\s+/);
    if (gold.length !== words.length || out.length !== words.length) continue;
    r.sentences++;
    // what each word's offered fixes make of it
    const starts: number[] = [];
    for (const m of bad.matchAll(/\S+/g)) starts.push(m.index);
    const offered = new Map<number, Set<string>>();
    for (const f of lint(bad, opts).findings) {
      let w = 0;
      while (w + 1 < starts.length && starts[w + 1] <= f.start) w++;
      for (const x of f.fixes) {
        const o = applyEdits(bad, x.edits).split(/\s+/);
        if (o.length === words.length) (offered.get(w) ?? offered.set(w, new Set()).get(w)!).add(o[w]);
      }
    }
    for (let w = 0; w < words.length; w++) {
      if (words[w] === gold[w]) {
        if (out[w] !== words[w]) r.extra++;
        continue;
      }
      if (gold[w].includes('_')) continue;
      r.changed++;
      if (out[w] === gold[w]) r.fixed++;
      else if (out[w] !== words[w]) r.wrong++;
      else if (offered.get(w)?.has(gold[w])) r.offered++;
    }
  }
  return r;
}

/** Load the lexicon afresh and report the time it took and the heap and external memory it added. */
export function measureLoad(): { ms: number; heapMB: number; externalMB: number; rssMB: number; bytes: number; words: number } {
  setLexicon(undefined);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const m0 = process.memoryUsage();
  const t0 = performance.now();
  getLexicon();
  const ms = performance.now() - t0;
  gc?.();
  const m1 = process.memoryUsage();
  const info = lexiconInfo();
  return {
    ms,
    heapMB: (m1.heapUsed - m0.heapUsed) / 1048576,
    externalMB: (m1.external - m0.external) / 1048576, // array buffers are counted in external
    rssMB: (m1.rss - m0.rss) / 1048576,
    bytes: info.bytes,
    words: info.words,
  };
}

/** MB/s of UTF-8 text for lint with the given rules (all registered ones by default), over `rounds` passes. */
export function throughput(texts: string[], rules?: LintOptions['rules'], rounds = 3): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) * rounds;
  const t0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const t of texts) lint(t, { rules, config: { rules: {} } });
  return bytes / 1048576 / ((performance.now() - t0) / 1000);
}
