// The incremental checker (server/src/engine/incremental.ts) against the engine from scratch:
// 1. every rule it treats as a paragraph rule finds in each paragraph of a real article alone
//    exactly what it finds there in the whole article (so a new rule that reads beyond its
//    paragraph fails here until it is listed in DOCUMENT_RULES);
// 2. after random edit sequences on real articles and on hostile generated drafts, in the
//    three languages, its findings equal a fresh `lint` of the same text, and its updated
//    analysis equals a fresh analysis (tokens, lines, paragraphs, non-prose regions).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allRules, analyse, lint, type Finding } from '../../server/src/engine';
import { runRules } from '../../server/src/engine/engine';
import { DOCUMENT_RULES, IncrementalLinter } from '../../server/src/engine/incremental';
import { AnalysedDocument } from '../../server/src/engine/text/document';
import { allOnConfig, draft, LANGUAGES, type Lang } from './arbitraries';
import { insertion, type RandomEdit } from './protocol-helpers';
import { sampleArticle, saudiArticles } from '../lib/corpus';

const SCALE = Number(process.env.MUDAQQIQ_FC_SCALE ?? 1);
const config = allOnConfig(true);

function key(f: Finding): string {
  return JSON.stringify([f.ruleId, f.start, f.end, f.severity, f.messageId, f.message, f.fixes.map((x) => [x.title, x.preferred, x.edits]), f.related ?? []]);
}

function articles(): string[] {
  return [sampleArticle(), ...saudiArticles().map(([, t]) => t)];
}

describe('paragraph rules find in a paragraph alone what they find in the whole draft', () => {
  for (const languageId of ['plaintext', 'markdown'] as const) {
    it(`every rule not in DOCUMENT_RULES, on the sample article and the corpus articles (${languageId})`, () => {
      const rules = allRules.filter((r) => !DOCUMENT_RULES.has(r.meta.id));
      const texts = articles();
      assert.ok(texts.length > 100, `expected the corpus articles, got ${texts.length}`);
      const problems: string[] = [];
      let paragraphs = 0;
      let findings = 0;
      for (const text of texts) {
        const doc = analyse(text, languageId);
        const whole = runRules(doc, { config, rules }).findings.map(key).sort();
        const cuts = [0, ...doc.paragraphs.slice(1).map((p) => p.start), text.length];
        const parts: string[] = [];
        for (let i = 0; i + 1 < cuts.length; i++) {
          const sub = analyse(text.slice(cuts[i], cuts[i + 1]), languageId);
          for (const f of runRules(sub, { config, rules }).findings) {
            parts.push(key({ ...f, start: f.start + cuts[i], end: f.end + cuts[i], fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ start: e.start + cuts[i], end: e.end + cuts[i], text: e.text })) })), related: f.related?.map((r) => ({ ...r, start: r.start + cuts[i], end: r.end + cuts[i] })) }));
          }
        }
        parts.sort();
        paragraphs += cuts.length - 1;
        findings += whole.length;
        if (JSON.stringify(whole) !== JSON.stringify(parts)) {
          const w = new Set(whole);
          const p = new Set(parts);
          problems.push(`whole only: ${whole.filter((x) => !p.has(x)).slice(0, 2).join(' | ')}; paragraphs only: ${parts.filter((x) => !w.has(x)).slice(0, 2).join(' | ')}`);
        }
      }
      console.log(`  ${texts.length} articles, ${paragraphs} paragraphs, ${findings} findings of ${rules.length} paragraph rules`);
      assert.ok(findings > 500, 'the paragraph rules should find plenty in real scraped articles');
      assert.deepEqual(problems.slice(0, 3), []);
    });
  }
});

function applyEdit(text: string, e: RandomEdit): string {
  if (e.whole) return e.insert;
  const start = Math.floor((e.at / 10000) * text.length);
  const end = Math.min(text.length, start + e.del);
  return text.slice(0, start) + e.insert + text.slice(end);
}

/** Edits that reach a draft's structure: blank lines, fences, comments, front matter, directives. */
const structural = fc.constantFrom('\n\n', '\n', '\r\n\r\n', '```\n', '\n```', '<!--', '-->', '---\n', '\n---\n', '<!-- mudaqqiq-disable-next-line -->\n', '<!-- mudaqqiq-disable hamza -->', '`', '[x](', ')', '\r');

const edit: fc.Arbitrary<RandomEdit> = fc.record({
  at: fc.nat(10000),
  del: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat(30), weight: 2 }, { arbitrary: fc.nat(3000), weight: 1 }),
  insert: fc.oneof({ arbitrary: insertion, weight: 4 }, { arbitrary: structural, weight: 1 }),
  whole: fc.constant(false),
});

function sameAnalysis(a: AnalysedDocument, b: AnalysedDocument): void {
  assert.deepEqual(a.tokens, b.tokens, 'tokens');
  assert.deepEqual(a.lines, b.lines, 'lines');
  assert.deepEqual(a.paragraphs, b.paragraphs, 'paragraphs');
  assert.deepEqual(a.excluded, b.excluded, 'non-prose regions');
  assert.deepEqual(a.directives, b.directives, 'directives');
  assert.deepEqual(a.sentences, b.sentences, 'sentences');
}

describe('incremental = from scratch, in the engine', () => {
  it('random edit sequences on real articles (joined to a long draft) and on generated drafts: the same findings and the same analysis', () => {
    const texts = articles();
    let edits = 0;
    let reused = 0;
    let checked = 0;
    let incremental = 0;
    const start = fc.oneof(
      { arbitrary: fc.tuple(fc.nat(texts.length - 1), fc.integer({ min: 1, max: 6 })).map(([i, n]) => Array.from({ length: n }, (_, k) => texts[(i + k) % texts.length]).join('\n\n')), weight: 3 },
      { arbitrary: fc.array(draft(), { minLength: 1, maxLength: 8 }).map((ds) => ds.join('\n\n')), weight: 2 },
    );
    fc.assert(
      fc.property(start, fc.constantFrom<Lang>(...LANGUAGES), fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, languageId, seq) => {
        const linter = new IncrementalLinter();
        let text = initial;
        let prevDoc = analyse(text, languageId);
        linter.lint(text, { languageId, config });
        for (const e of seq) {
          text = applyEdit(text, e);
          edits++;
          const got = linter.lint(text, { languageId, config });
          reused += linter.stats.reused;
          checked += linter.stats.checked;
          if (linter.stats.incremental) incremental++;
          const want = lint(text, { languageId, config });
          assert.deepEqual(got.findings.map(key), want.findings.map(key));
          const fresh = analyse(text, languageId);
          void prevDoc.sentences; // computed: the next analysis takes the untouched paragraphs' sentences over
          sameAnalysis(analyse(text, languageId, prevDoc), fresh);
          prevDoc = fresh;
        }
      }),
      { numRuns: Math.max(5, Math.round(60 * SCALE)), seed: 20261129 },
    );
    console.log(`  ${edits} edits: ${incremental} checked incrementally, ${reused} paragraphs kept, ${checked} checked again`);
    assert.ok(incremental > edits / 3, 'most edits of long drafts should be checked incrementally');
    assert.ok(reused > checked, 'most paragraphs should be kept from one edit to the next');
  });
});
