// Property tests over generated hostile Arabic drafts (see arbitraries.ts): for every
// registered rule (all switched on, spelling included) and for fix-all, in all three document
// languages, with and without a house style carrying a names list, extra word lists (regex
// metacharacters among them) and accepted words:
//   - no exception and no rule fault;
//   - every finding, related span and fix edit inside the document, on UTF-16 boundaries that
//     do not split a surrogate pair; a fix's edits never overlap; at most one preferred fix;
//     messages filled in;
//   - fix-all replayed pass by pass equals fixText, each applied fix removes only Arabic
//     letters its finding covers, and fixing the output again changes nothing;
//   - each rule alone: its own fix-all idempotent and letter-safe;
//   - the findings of a text do not depend on what was checked before (no state leaks
//     between checks through caches).
// Each property prints how many generated cases it ran. Seeds are random; a failure prints
// the seed and path to replay it (MUDAQQIQ_FC_SEED=… MUDAQQIQ_FC_PATH=…).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allRules, lint, type Finding } from '../../server/src/engine';
import { allOnConfig, draft, longLine, prose, setting, soup, LANGUAGES, type Lang } from './arbitraries';
import { findingProblems, fixProblems, lintProblems, show } from './invariants';

/** How many cases each property runs (MUDAQQIQ_FC_SCALE multiplies them, e.g. 10 for a long local run). */
const SCALE = Number(process.env.MUDAQQIQ_FC_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

function replayParams(): Partial<fc.Parameters<unknown>> {
  const seed = process.env.MUDAQQIQ_FC_SEED;
  const path = process.env.MUDAQQIQ_FC_PATH;
  return seed ? { seed: Number(seed), ...(path ? { path } : {}) } : {};
}

/** Run a property, fail with the counterexample, and print the number of cases run. */
function check<T>(name: string, arb: fc.Arbitrary<T>, numRuns: number, body: (v: T) => string[], describeCase: (v: T) => string): void {
  const t0 = performance.now();
  const details = fc.check(
    fc.property(arb, (v) => {
      const problems = body(v);
      if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
    }),
    { numRuns, ...replayParams() },
  );
  const ms = performance.now() - t0;
  if (details.failed) {
    const cex = (details.counterexample as [T] | null)?.[0];
    assert.fail(
      `${name}: failed after ${details.numRuns} cases (seed ${details.seed}, path ${details.counterexample ? details.counterexamplePath : '-'}):\n` +
        `${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n` +
        (cex !== undefined ? `counterexample: ${describeCase(cex)}` : ''),
    );
  }
  console.log(`  ${name}: ${details.numRuns} generated cases in ${(ms / 1000).toFixed(1)} s`);
  assert.equal(details.numRuns, numRuns);
}

type Case = { text: string; language: Lang; shared: boolean };
const caseOf = (text: fc.Arbitrary<string>): fc.Arbitrary<Case> => fc.tuple(text, setting).map(([t, s]) => ({ text: t, ...s }));
const showCase = (c: Case) => `[${c.language}${c.shared ? ', names list and word lists' : ''}] ${show(c.text)}`;

const CONFIGS = { true: allOnConfig(true), false: allOnConfig(false) };
const configOf = (c: Case) => CONFIGS[String(c.shared) as 'true' | 'false'];

describe('every rule on generated drafts', () => {
  it('no exception, no fault; findings, related spans and fix edits in range, on code-point boundaries, not overlapping', () => {
    check('lint invariants', caseOf(draft()), runs(1500), (c) => lintProblems(c.text, c.language, configOf(c)).problems, showCase);
  });

  it('character soup: the same on random mixes of every kind of character', () => {
    check('lint invariants on character soup', caseOf(soup), runs(3000), (c) => lintProblems(c.text, c.language, configOf(c)).problems, showCase);
  });

  it('very long lines (up to 40,000 characters without a break)', () => {
    const arb = fc.tuple(prose, longLine, prose).map(([a, l, b]) => `${a}\n${l}\n${b}`);
    check('lint and fix-all on very long lines', caseOf(arb), runs(8), (c) => {
      const r = lintProblems(c.text, c.language, configOf(c));
      return [...r.problems, ...fixProblems(c.text, { languageId: c.language, config: configOf(c) }).problems];
    }, (c) => `[${c.language}] ${c.text.length} characters: ${show(c.text.slice(0, 200))}`);
  });

  it('the empty document and documents of only line ends, only noise, only one character', () => {
    const texts = ['', '\n', '\r', '\r\n', '\r\n\r\n\r', '\ufeff', '\ud800', '\udc00', '😀', 'ـ', '\u200f', '\u00a0', ' ', '٣', 'و', 'ال', '«', '<!--', '```'];
    for (const text of texts) {
      for (const language of LANGUAGES) {
        for (const shared of [false, true]) {
          const c = { text, language, shared };
          assert.deepEqual([...lintProblems(text, language, configOf(c)).problems, ...fixProblems(text, { languageId: language, config: configOf(c) }).problems], [], showCase(c));
        }
      }
    }
  });
});

describe('fix-all on generated drafts', () => {
  it('no fault; pass by pass equal to fixText; removes only letters its findings cover; idempotent', () => {
    check('fix-all invariants', caseOf(draft()), runs(500), (c) => fixProblems(c.text, { languageId: c.language, config: configOf(c) }).problems, showCase);
  });

  it('on character soup', () => {
    check('fix-all invariants on character soup', caseOf(soup), runs(1500), (c) => fixProblems(c.text, { languageId: c.language, config: configOf(c) }).problems, showCase);
  });

  it('each rule alone: its own fix-all is letter-safe and idempotent', () => {
    const fixable = allRules.filter((r) => r.meta.fixable);
    check(`fix-all of each of the ${fixable.length} fixable rules alone`, caseOf(draft()), runs(100), (c) => {
      const out: string[] = [];
      for (const rule of fixable) {
        for (const p of fixProblems(c.text, { languageId: c.language, config: configOf(c), rules: [rule] }).problems) out.push(`${rule.meta.id} alone: ${p}`);
      }
      return out;
    }, showCase);
  });
});

describe('no state carried between checks', () => {
  const key = (fs: readonly Finding[]) => JSON.stringify(fs.map((f) => [f.ruleId, f.start, f.end, f.messageId, f.message, f.fixes]));
  it('a text’s findings are the same whatever was checked before it', () => {
    const arb = fc.tuple(caseOf(draft()), fc.array(caseOf(draft()), { minLength: 1, maxLength: 4 }));
    check('findings independent of earlier checks', arb, runs(200), ([c, others]) => {
      const opts = { languageId: c.language, config: configOf(c) };
      const first = lint(c.text, opts);
      for (const o of others) lint(o.text, { languageId: o.language, config: configOf(o) });
      const again = lint(c.text, opts);
      const problems = findingProblems(c.text, again.findings);
      if (key(first.findings) !== key(again.findings)) problems.push('findings changed after other documents were checked');
      return problems;
    }, ([c]) => showCase(c));
  });
});
