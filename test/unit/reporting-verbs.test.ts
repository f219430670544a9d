// The reporting-verb lexicon against real usage: attested forms, form-keeping swaps,
// the sample article, and real paragraphs dense with attribution.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, lint, lintDocument } from '../../server/src/engine';
import { ALTERNATIVES, formOf, generateForms, lookupVerb, VERB_BY_LEMMA, VERBS } from '../../server/src/engine/rules/reporting-verbs/lexicon';
import repeatedVerb from '../../server/src/engine/rules/reporting-verbs/repeated-verb';
import verbConfusion from '../../server/src/engine/rules/reporting-verbs/verb-confusion';
import { findVerbUses } from '../../server/src/engine/rules/reporting-verbs/uses';
import { foldString, stripMarks } from '../../server/src/engine/text/fold';
import { corpusTsv, sampleArticle, saudiArticles } from '../lib/corpus';

describe('reporting-verb lexicon', () => {
  it('recognises at least 95% of the attested forms of the listed verbs', () => {
    const rows = corpusTsv('lexicon/reporting_verbs_attested_forms.tsv');
    assert.ok(rows.length > 700, 'the attested-forms file is read');
    let known = 0;
    const missed: string[] = [];
    for (const r of rows) {
      const lemma = foldString(stripMarks(r.lemma));
      const hit = lookupVerb(foldString(r.form), stripMarks(r.form)).some((m) => foldString(m.lemma) === lemma);
      if (hit) known++;
      else missed.push(r.form);
    }
    const share = known / rows.length;
    console.log(`reporting-verb coverage: ${known}/${rows.length} attested forms (${(share * 100).toFixed(1)}%); not recognised: ${missed.join(' ')}`);
    assert.ok(share >= 0.95, `coverage ${(share * 100).toFixed(1)}%`);
  });

  it('covers the 23 attested verbs and the extra ones the house style lists', () => {
    const attested = new Set(corpusTsv('lexicon/reporting_verbs_attested_forms.tsv').map((r) => foldString(stripMarks(r.lemma))));
    const ours = new Set(VERBS.map((v) => foldString(v.lemma)));
    for (const l of attested) assert.ok(ours.has(l), `attested verb ${l} is in the lexicon`);
    for (const l of ['رحب', 'دعا', 'طالب', 'حذر', 'أردف', 'استطرد', 'علق', 'اعتبر', 'رأى', 'نفى', 'زعم']) assert.ok(VERB_BY_LEMMA.has(l), l);
  });

  // Each alternative's swap keeps person, number, gender, tense and case.
  const table: Array<[string, string, string, string]> = [
    // lemma, slot, expected form, expected alternative form
    ['أشار', 'past:3ms', 'أشار', 'لفت'],
    ['أشار', 'past:3fs', 'أشارت', 'لفتت'],
    ['أشار', 'past:3mp', 'أشاروا', 'لفتوا'],
    ['أشار', 'past:3md', 'أشارا', 'لفتا'],
    ['أشار', 'past:1p', 'أشرنا', 'لفتنا'],
    ['أشار', 'pres:ي|', 'يشير', 'يلفت'],
    ['أشار', 'pres:ت|', 'تشير', 'تلفت'],
    ['أشار', 'pres:ي|ون', 'يشيرون', 'يلفتون'],
    ['أشار', 'part:ا', 'مشيرا', 'لافتا'],
    ['أشار', 'part:ة', 'مشيرة', 'لافتة'],
    ['أشار', 'part:ين', 'مشيرين', 'لافتين'],
    ['أكد', 'past:3fs', 'أكدت', 'أوضحت'],
    ['أكد', 'pres:ي|', 'يؤكد', 'يوضح'],
    ['أكد', 'part:ا', 'مؤكدا', 'موضحا'],
    ['أضاف', 'past:3mp', 'أضافوا', 'تابعوا'],
    ['أضاف', 'part:ة', 'مضيفة', 'متابعة'],
    ['قال', 'past:3fs', 'قالت', 'ذكرت'],
    ['قال', 'past:1s', 'قلت', 'ذكرت'],
    ['قال', 'pres:ي|ون', 'يقولون', 'يذكرون'],
    ['قال', 'part:ا', 'قائلا', 'ذاكرا'],
    ['أعرب', 'pres:ت|', 'تعرب', 'تعبر'],
    ['أعرب', 'past:3ms', 'أعرب', 'عبر'],
    ['رأى', 'past:3fs', 'رأت', 'اعتبرت'],
    ['رأى', 'pres:ي|ون', 'يرون', 'يعتبرون'],
  ];
  for (const [lemma, slot, form, alt] of table) {
    it(`${form} (${slot}) → ${alt}`, () => {
      assert.equal(formOf(lemma, slot), form);
      assert.equal(formOf(ALTERNATIVES[lemma][0], slot), alt);
    });
  }

  it('defective verbs drop the weak letter where Arabic does', () => {
    const forms = (l: string) => new Set(generateForms(VERB_BY_LEMMA.get(l)!).map((f) => f.form));
    for (const f of ['نفى', 'نفت', 'نفوا', 'ينفي', 'ينفون', 'نافيا', 'نافية']) assert.ok(forms('نفى').has(f), f);
    for (const f of ['دعا', 'دعت', 'دعوا', 'يدعو', 'يدعون', 'داعيا']) assert.ok(forms('دعا').has(f), f);
    assert.ok(!forms('نفى').has('ينفيون'));
    // نفي with a written ي is the noun "denial"
    assert.equal(lookupVerb('نفي', 'نفي').length, 0);
    assert.equal(lookupVerb('نفي', 'نفى').length, 1);
  });
});

describe('reporting verbs on the sample article', () => {
  const text = sampleArticle();
  it('finds every attribution: أشار ×5 (وأشار, مشيرا ×4), أشاد ×3 (وأشاد, أشاد, مشيدا), أوضح ×2', () => {
    const uses = findVerbUses(analyse(text));
    const count = (l: string) => uses.filter((u) => u.match.lemma === l).map((u) => text.slice(u.wordStart, u.end));
    assert.deepEqual(count('أشار'), ['وأشار', 'مشيرا', 'مشيرا', 'مشيرا', 'مشيرا']);
    assert.deepEqual(count('أشاد'), ['وأشاد', 'أشاد', 'مشيدا']);
    assert.deepEqual(count('أوضح'), ['موضحا', 'وأوضح']);
    // بين البلدين and فيما بين are not the verb بيّن
    assert.deepEqual(count('بين'), []);
  });
  it('flags the repeated مشيرا in paragraph 6 and the fifth أشار in the article, and no confusion', () => {
    const r = lint(text, { rules: [repeatedVerb, verbConfusion] });
    const got = r.findings.map((f) => [f.ruleId, f.messageId, text.slice(f.start, f.end), f.fixes.map((x) => x.edits[0].text).join('/')]);
    assert.deepEqual(got, [
      ['repeated-verb', 'repeatedInParagraph', 'مشيرا', 'لافتا/منوها'],
      ['repeated-verb', 'tooMany', 'مشيرا', 'لافتا/منوها'],
    ]);
    const para = r.findings[0];
    assert.equal(para.related?.length, 1);
    assert.equal(text.slice(para.related![0].start, para.related![0].end), 'مشيرا');
    assert.ok(para.related![0].start < para.start);
  });
});

describe('reporting verbs on real text', () => {
  it('finds three or more attributions in most corpus paragraphs marked as dense', () => {
    const rows = corpusTsv('errors/real_phenomena_samples.tsv').filter((r) => r.phenomenon === 'reporting_verbs_3plus_in_paragraph');
    assert.ok(rows.length >= 20);
    let dense = 0;
    for (const r of rows) {
      const n = findVerbUses(analyse(r.text)).length;
      if (n >= 3) dense++;
    }
    console.log(`dense attribution paragraphs: ${dense}/${rows.length} have ≥3 recognised uses`);
    assert.ok(dense / rows.length >= 0.6, `${dense}/${rows.length}`);
  });

  it('never reads بين "between", يذكر أن, or an adjective participle as a reporting verb in the 130 clean articles', () => {
    const wrong: string[] = [];
    for (const [name, text] of saudiArticles()) {
      const doc = analyse(text);
      for (const u of findVerbUses(doc)) {
        const word = text.slice(u.wordStart, u.end);
        const before = text.slice(Math.max(0, u.wordStart - 8), u.wordStart);
        if (u.match.lemma === 'بين' && /فيما\s*$|^وبين$|^بين$/.test(before + word) && !u.follower) wrong.push(`${name}: ${word}`);
        if (foldString(word) === 'يذكر' && u.follower?.construction === 'أن') wrong.push(`${name}: ${word} أن`);
      }
      // verb-confusion should be silent on clean professional copy
      const vc = lintDocument(doc, { rules: [verbConfusion] }).findings;
      for (const f of vc) wrong.push(`${name}: verb-confusion on ${text.slice(f.start, f.end)}`);
    }
    assert.deepEqual(wrong, []);
  });
});
