// The style report's data (server/src/report/data.ts): findings per category and rule,
// reporting verbs, digit systems, final-yeh style, names and reading length, each item with
// the exact range it comes from in the original text.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, lint, type NameEntry } from '../../server/src/engine';
import { findVerbUses } from '../../server/src/engine/rules/reporting-verbs/uses';
import { draftReport, isAlefMaqsuraWord, styleReport, type DraftReport, type ReportItem } from '../../server/src/report';
import { saudiArticles, sampleArticle } from '../lib/corpus';

function reportOf(text: string, names?: NameEntry[], languageId: 'plaintext' | 'markdown' | 'arabic-news' = 'plaintext'): DraftReport {
  const doc = analyse(text, languageId);
  const config = names ? { rules: {}, shared: { acceptedWords: new Set<string>(), names } } : undefined;
  const { findings } = lint(text, { languageId, config });
  return draftReport({ doc, findings, display: 'draft', names });
}

/** Every item of a report, wherever it is. */
function allItems(r: DraftReport): ReportItem[] {
  const out: ReportItem[] = [];
  for (const c of r.findings.categories) for (const x of c.rules) out.push(...x.items);
  for (const v of r.verbs.lemmas) out.push(...v.items);
  for (const d of r.digits) out.push(...d.items);
  out.push(...r.yeh.yeh.items, ...r.yeh.alefMaqsura.items);
  for (const n of r.names ?? []) for (const s of n.spellings) out.push(...s.items);
  if (r.length.longestSentence) out.push(r.length.longestSentence);
  return out;
}

function lineCol(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return [before.length, before[before.length - 1].length + 1];
}

const NAMES: NameEntry[] = [
  { canonical: 'عمرو طلعت', variants: ['عمر طلعت'], title: 'الدكتور', role: 'وزير الاتصالات', source: { file: 'names.json', start: 0, end: 0 } },
  { canonical: 'لياو ليكيانج', variants: ['لياو لي تشيانغ'], source: { file: 'names.json', start: 0, end: 0 } },
];

describe('report data of the sample article', () => {
  const text = sampleArticle();
  const r = reportOf(text, NAMES);

  it('counts findings per rule and category as the engine reports them', () => {
    const { findings } = lint(text, { config: { rules: {}, shared: { acceptedWords: new Set(), names: NAMES } } });
    const expected: Record<string, number> = {};
    for (const f of findings) expected[f.ruleId] = (expected[f.ruleId] ?? 0) + 1;
    const got: Record<string, number> = {};
    for (const c of r.findings.categories) {
      assert.equal(c.count, c.rules.reduce((n, x) => n + x.count, 0), `${c.category} total`);
      for (const x of c.rules) {
        assert.equal(x.category, c.category);
        assert.equal(x.items.length, x.count);
        got[x.ruleId] = x.count;
      }
    }
    assert.deepEqual(got, expected);
    assert.equal(r.findings.total, findings.length);
    assert.ok(r.findings.total > 0 && got['scrape-leftover'] >= 2, 'the sample article has scrape leftovers');
  });

  it('counts reporting verbs as findVerbUses finds them (أشار family 5, أشاد family 3)', () => {
    const uses = findVerbUses(analyse(text));
    const expected: Record<string, number> = {};
    for (const u of uses) expected[u.match.lemma] = (expected[u.match.lemma] ?? 0) + 1;
    assert.deepEqual(Object.fromEntries(r.verbs.lemmas.map((v) => [v.lemma, v.count])), expected);
    assert.equal(r.verbs.total, uses.length);
    assert.equal(expected['أشار'], 5);
    assert.equal(expected['أشاد'], 3);
    assert.deepEqual(r.verbs.lemmas.map((v) => v.count), [...r.verbs.lemmas.map((v) => v.count)].sort((a, b) => b - a), 'most used first');
  });

  it('sees Western digits only, and the Egyptian ى style with one stray ي', () => {
    assert.deepEqual(r.digits.map((d) => [d.system, d.count]), [['western', 3]]);
    assert.deepEqual(r.digits[0].items.map((i) => i.text), ['70', '2019', '20']);
    assert.equal(r.yeh.style, 'mixed');
    assert.deepEqual(r.yeh.yeh.items.map((i) => i.text), ['الاصطناعي']);
    assert.ok(r.yeh.alefMaqsura.count > 20);
    for (const w of ['فى', 'المصرى', 'الصينى', 'التى', 'الذى']) assert.ok(r.yeh.alefMaqsura.items.some((i) => i.text === w), w);
    for (const i of r.yeh.alefMaqsura.items) assert.ok(!['على', 'إلى', 'وعلى', 'مستوى'].includes(i.text), `${i.text} ends in ى in any style`);
  });

  it('lists the names of the names list with each spelling', () => {
    assert.ok(r.names);
    const amr = r.names!.find((n) => n.canonical === 'عمرو طلعت')!;
    assert.ok(amr.count >= 5, 'طلعت is mentioned again and again');
    assert.ok(amr.spellings.some((s) => s.text === 'عمرو طلعت' && !s.misspelt));
    assert.equal(amr.spellings.reduce((n, s) => n + s.count, 0), amr.count);
    const liao = r.names!.find((n) => n.canonical === 'لياو ليكيانج')!;
    assert.equal(liao.count, 1);
  });

  it('measures reading length', () => {
    assert.ok(r.length.words > 250 && r.length.words < 400, `${r.length.words} words`);
    assert.ok(r.length.sentences >= 8);
    assert.equal(r.length.meanSentenceLength, Math.round((r.length.words / r.length.sentences) * 10) / 10);
    assert.ok(r.length.longestSentence!.text.startsWith('ومن جانبه أشاد السفير'));
  });

  it('every item covers exactly its text, at its line and column', () => {
    for (const it of allItems(r)) {
      assert.equal(text.slice(it.start, it.end), it.text);
      assert.deepEqual([it.line, it.column], lineCol(text, it.start));
    }
  });
});

describe('report data of made-up drafts', () => {
  it('words, sentences and their mean', () => {
    const r = reportOf('قال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا.\n\nوذكر المصدر أن الكلفة 5 ملايين؟');
    assert.equal(r.length.words, 16);
    assert.equal(r.length.sentences, 3);
    assert.equal(r.length.paragraphs, 2);
    assert.equal(r.length.meanSentenceLength, 5.3);
    assert.equal(r.length.longestSentence!.text, 'وذكر المصدر أن الكلفة 5 ملايين؟');
  });

  it('digit systems, Persian and mixed numbers apart; digits inside URLs and Latin words not counted', () => {
    const r = reportOf('بلغت 15% ثم ١٥٪ ثم ۱۵ ثم 1٥ في COVID-19 على https://example.org/2024 و٢٠٢٤.');
    assert.deepEqual(
      r.digits.map((d) => [d.system, d.items.map((i) => i.text)]),
      [
        ['western', ['15%']],
        ['arabic-indic', ['١٥٪', '٢٠٢٤']],
        ['persian', ['۱۵']],
        ['mixed', ['1٥']],
      ],
    );
  });

  it('final yeh: ي style, ى style, words in ى either way left out', () => {
    assert.equal(reportOf('قال المصري في الذي على مستوى').yeh.style, 'yeh');
    const e = reportOf('قال المصرى فى الذى على المستوى وإلى');
    assert.equal(e.yeh.style, 'alef-maqsura');
    assert.equal(e.yeh.alefMaqsura.count, 3);
    assert.equal(e.yeh.standardMaqsura, 3);
    assert.equal(reportOf('مرحبا بكم').yeh.style, 'none');
    for (const w of ['على', 'وعلى', 'للمستوى', 'بالمستشفى', 'مصطفى', 'الأخرى', 'الكبرى', 'يرى', 'يحتذى']) assert.ok(isAlefMaqsuraWord(w), w);
    for (const w of ['فى', 'الذى', 'المصرى', 'التى', 'الرقمى', 'علي']) assert.ok(!isAlefMaqsuraWord(w), w);
  });

  it('names: each spelling with its count, the wrong one marked', () => {
    const text = 'التقى الدكتور عمرو طلعت السفير. وقال عمر طلعت إن التعاون مستمر، وأضاف طلعت أن الخطة جاهزة.';
    const r = reportOf(text, NAMES);
    const amr = r.names!.find((n) => n.canonical === 'عمرو طلعت')!;
    assert.deepEqual(
      amr.spellings.map((s) => [s.text, s.count, s.misspelt]).sort(),
      [
        ['طلعت', 1, false],
        ['عمر طلعت', 1, true],
        ['عمرو طلعت', 1, false],
      ],
    );
    assert.equal(reportOf(text).names, null, 'no names list: null, not an empty list');
  });

  it('verbs inside a quotation are counted and marked', () => {
    const r = reportOf('قال الوزير: «أكد الرئيس أن الخطة جاهزة».');
    const quoted = r.verbs.lemmas.find((v) => v.lemma === 'أكد')!;
    assert.equal(quoted.items[0].inQuote, true);
    assert.equal(r.verbs.lemmas.find((v) => v.lemma === 'قال')!.items[0].inQuote, false);
  });

  it('the house style’s own reporting verbs (words.reportingVerbs) are counted with the built-in ones', () => {
    const text = 'وأفصح الوزير عن خطته، وأكد أن العمل بدأ. وأفصحت الوزارة عن الموعد.';
    const doc = analyse(text);
    const { findings } = lint(text, {});
    const plain = draftReport({ doc, findings, display: 'draft' });
    assert.deepEqual(plain.verbs.lemmas.map((v) => v.lemma), ['أكد']);
    const house = draftReport({ doc, findings, display: 'draft', houseVerbs: ['أفصح'] });
    assert.equal(house.verbs.total, 3);
    assert.deepEqual(house.verbs.lemmas.find((v) => v.lemma === 'أفصح')?.items.map((i) => i.text), ['وأفصح', 'وأفصحت']);
  });

  it('ranges point into the original text: diacritics, tatweel, CRLF', () => {
    const text = 'عنوان\r\nوأشَـار الوزير إلى أن ٢٠٢٤ عام مهم.\r\nوقال إن المصرى يعمل.';
    const r = reportOf(text);
    for (const it of allItems(r)) {
      assert.equal(text.slice(it.start, it.end), it.text);
      assert.deepEqual([it.line, it.column], lineCol(text, it.start));
    }
    assert.equal(r.verbs.lemmas.find((v) => v.lemma === 'أشار')!.items[0].text, 'وأشَـار');
    assert.equal(r.digits[0].items[0].line, 2);
  });

  it('a report of many drafts adds them up', () => {
    const texts = ['قال الوزير إن 5 مشاريع جاهزة.', 'وأضاف السفير أن ٣ اتفاقيات وقعت، وقال إن التعاون مستمر.'];
    const inputs = texts.map((t, i) => ({ doc: analyse(t), findings: lint(t).findings, display: `d${i}` }));
    const s = styleReport(inputs);
    assert.equal(s.totals.drafts, 2);
    assert.deepEqual(s.drafts.map((d) => d.index), [0, 1]);
    assert.equal(s.totals.words, s.drafts[0].length.words + s.drafts[1].length.words);
    assert.equal(s.totals.findings, inputs[0].findings.length + inputs[1].findings.length);
    assert.deepEqual(s.totals.verbs.find((v) => v.lemma === 'قال')!.count, 2);
    const byRule = s.totals.rules.reduce((n, r) => n + r.count, 0);
    assert.equal(byRule, s.totals.findings);
  });

  it('is linear: the whole corpus at once stays fast', () => {
    const articles = saudiArticles();
    const t0 = performance.now();
    const inputs = articles.map(([name, t]) => ({ doc: analyse(t), findings: lint(t).findings, display: name }));
    const t1 = performance.now();
    const s = styleReport(inputs);
    const t2 = performance.now();
    assert.equal(s.drafts.length, articles.length);
    // building the report costs less than linting did
    assert.ok(t2 - t1 < Math.max(500, t1 - t0), `report ${Math.round(t2 - t1)} ms, lint ${Math.round(t1 - t0)} ms`);
  });
});
