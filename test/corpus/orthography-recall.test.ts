// Recall of the lexicon-driven orthography rules on real corrections: the hamza,
// ta-marbuta and ى/ي rows of ../shared/corpus/errors/word_pairs.tsv (1,184 word pairs, each
// weighted by how often the correction was made). Each wrong word is checked alone, so the
// context rules (قال إن، أكد أن) cannot help and ان stays undecided; final-yeh runs with
// style "yeh" (the golds write ي). Measured when this floor was set: 72.1% fixed exactly
// by fix-all, 95.3% with the gold among the suggestions (hamza 72.3% / 95.8%; first floor
// 70.9% / 94.1%, raised when bare news verbs such as اكد، اعلن got their hamza;
// bench/orthography.mjs prints the current figures). aghlat's golds are partly machine-made (اليهودي → إليهودي, اي → إي,
// اعلى → اعلي): those count as misses here though the rules are right not to follow them.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { contextRecallOn, parsePairs, recallOn, type ContextRecall, type RecallReport } from '../../bench/orthography-measure';
import { sharedDir } from '../lib/corpus';

describe('orthography recall on word_pairs.tsv', () => {
  let r: RecallReport;
  it('measures the hamza, ta-marbuta and ى/ي rows', () => {
    r = recallOn(parsePairs(readFileSync(join(sharedDir(), 'corpus', 'errors', 'word_pairs.tsv'), 'utf8')));
    assert.equal(r.total.pairs, 1184);
    assert.equal(r.total.weight, 8724);
  });

  it('fixes at least 72% (count-weighted) exactly, and suggests the gold for at least 95%', () => {
    const fixed = r.total.fixed / r.total.weight;
    const suggested = r.total.suggested / r.total.weight;
    assert.ok(fixed >= 0.72, `fixed exactly ${(fixed * 100).toFixed(1)}%`);
    assert.ok(suggested >= 0.95, `suggested ${(suggested * 100).toFixed(1)}%`);
  });

  it('keeps its floor per category (hamza 72% / 95%, ta-marbuta 45%, ى/ي 65%)', () => {
    const c = r.byCategory;
    assert.ok(c.hamza.fixed / c.hamza.weight >= 0.72, `hamza fixed ${((100 * c.hamza.fixed) / c.hamza.weight).toFixed(1)}%`);
    assert.ok(c.hamza.suggested / c.hamza.weight >= 0.95, `hamza suggested ${((100 * c.hamza.suggested) / c.hamza.weight).toFixed(1)}%`);
    assert.ok(c.ta_marbuta_ha.fixed / c.ta_marbuta_ha.weight >= 0.45);
    assert.ok(c.alef_maqsura_ya.fixed / c.alef_maqsura_ya.weight >= 0.65);
  });

  it('the most frequent corrections are made exactly', () => {
    for (const [from, to] of [['الى', 'إلى'], ['امس', 'أمس'], ['او', 'أو'], ['الاميركي', 'الأميركي'], ['اسرائيل', 'إسرائيل'], ['الجمعه', 'الجمعة'], ['فى', 'في'], ['مفاجىء', 'مفاجئ'], ['اكد', 'أكد'], ['واعلن', 'وأعلن']]) {
      assert.ok(!r.missed.some((m) => m.incorrect === from && m.correct === to), `${from} → ${to}`);
    }
  });
});

// The same rules on whole sentences: aghlat's real news sentences before and after correction
// (error_pairs.tsv, category hamza; 1,052 distinct sentences, 2,406 corrected words), so the
// context decides ان. Measured when this floor was set: fix-all writes the gold for 77.7% (it was
// 73.8% before ان got its context from a present verb after it, verbs of thinking and seeming
// before it, وبعد/ورغم, and before the article stopped a nisba beside a foreign name from being
// read — الاميركي كولن باول), and 94.1% are flagged with the gold among the fixes (93.3%).
describe('orthography recall in context on error_pairs.tsv', () => {
  let r: ContextRecall;
  it('measures the hamza sentences', () => {
    r = contextRecallOn(readFileSync(join(sharedDir(), 'corpus', 'errors', 'error_pairs.tsv'), 'utf8'));
    // (1,052 read; one sentence fix-all now splits a glued word in, «مضاداتالطائرات», which the
    // gold leaves glued: skipped, as the word count differs)
    assert.equal(r.sentences, 1051);
    assert.equal(r.changed, 2405);
  });

  it('fix-all writes the gold for at least 77% of the corrected words, and flags at least 94% with the gold offered', () => {
    assert.ok(r.fixed / r.changed >= 0.77, `fixed ${((100 * r.fixed) / r.changed).toFixed(1)}%`);
    assert.ok((r.fixed + r.offered) / r.changed >= 0.94, `flagged ${((100 * (r.fixed + r.offered)) / r.changed).toFixed(1)}%`);
  });
});
