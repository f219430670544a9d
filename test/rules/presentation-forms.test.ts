import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/engine';
import presentationForms from '../../server/src/engine/rules/orthography/presentation-forms';
import { sampleArticle } from '../lib/corpus';
import { runRuleTests } from '../lib/rule-tester';

// Cases modelled on text copied out of PDF press releases (and on the presentation-form
// paragraph among the `zero_width` rows of real_phenomena_samples.tsv). The audit on the 500
// articles found the NFKC letters right in all 264 findings (one article of 203 runs, the
// ﻷ in الأمنية, a Persian word); the `audit:` cases are the forms where plain NFKC is not.
runRuleTests(presentationForms, {
  valid: [
    'التقى الدكتور عمرو طلعت وزير الاتصالات.',
    // symbols without a letter decomposition: ornate parentheses, basmala, rial sign
    '﴿الحمد لله رب العالمين﴾',
    '﷽',
    'بلغ السعر 100 ﷼',
    // audit: the Koranic stop signs ﷰ ﷱ are marks in a verse (NFKC would write صلے قلے, Urdu letters)
    'قال تعالى: ﴿وما أوتيتم من العلم إلا قليلا ﷰ﴾',
  ],
  invalid: [
    {
      name: 'a name copied out of a PDF',
      code: 'التقى الدكتور عمرو ﻃﻠﻌﺖ وزير الاتصالات',
      errors: [{ messageId: 'forms', text: 'ﻃﻠﻌﺖ', column: 20, suggestions: ['طلعت'] }],
      output: 'التقى الدكتور عمرو طلعت وزير الاتصالات',
    },
    {
      name: 'lam-alef ligatures expand to two letters',
      code: 'ﻻ ﺗﻘﻄﻌﻦ\nﻷن',
      errors: [
        { text: 'ﻻ', suggestions: ['لا'] },
        { text: 'ﺗﻘﻄﻌﻦ', suggestions: ['تقطعن'] },
        { text: 'ﻷ', suggestions: ['لأ'] },
      ],
      output: 'لا تقطعن\nلأن',
    },
    {
      // a line pasted out of a PDF: one finding for the line, one fix for all its runs
      name: 'three runs or more on a line: one finding and one fix',
      code: 'ﻻ ﺗﻘﻄﻌﻦ ﻷن الخطة ﺟﺎﻫﺰﺓ\nﻧﻌﻢ',
      errors: [
        { messageId: 'formsLine', text: 'ﻻ ﺗﻘﻄﻌﻦ ﻷن الخطة ﺟﺎﻫﺰﺓ', fixes: 1 },
        { messageId: 'forms', text: 'ﻧﻌﻢ' },
      ],
      output: 'لا تقطعن لأن الخطة جاهزة\nنعم',
    },
    {
      name: 'forms after ordinary letters in one word',
      code: 'للﻨﺎﺱ حاجات',
      errors: [{ text: 'ﻨﺎﺱ', suggestions: ['ناس'] }],
      output: 'للناس حاجات',
    },
    {
      name: 'a ZWNJ splits the run (the ZWNJ is zero-width\'s)',
      code: 'ﻭﺍﻻ\u200cﻳﺎﻡ',
      errors: [{ text: 'ﻭﺍﻻ' }, { text: 'ﻳﺎﻡ' }],
      output: 'والا\u200cيام',
    },
    {
      name: 'diacritics between forms stay, untouched, in the run',
      code: 'ﻃَﻠﻌﺖ',
      errors: [{ text: 'ﻃَﻠﻌﺖ', suggestions: ['طَلعت'] }],
      output: 'طَلعت',
    },
    {
      name: 'an isolated diacritic form after a letter keeps the mark on its letter',
      code: 'كتابﹰ جديد',
      errors: [{ text: 'ﹰ', suggestions: ['\u064b'] }],
      output: 'كتابً جديد',
    },
    {
      name: 'Persian forms become Persian letters (persian-letters takes it from there)',
      code: 'انقلاب ﻓﺮﻫﻨﮕﻰ',
      errors: [{ text: 'ﻓﺮﻫﻨﮕﻰ' }],
      output: 'انقلاب فرهنگى',
    },
    {
      name: 'the Allah ligature from a PDF',
      code: 'بسم ﷲ',
      errors: [{ text: 'ﷲ', suggestions: ['الله'] }],
      output: 'بسم الله',
    },
    {
      name: 'the eulogy ligature is typed on purpose: a suggestion only',
      code: 'قال النبي ﷺ',
      errors: [{ messageId: 'phraseLigature', text: 'ﷺ', suggestions: ['صلى الله عليه وسلم'] }],
      output: null,
    },
    {
      name: 'audit: the eulogy ligature glued to the name: the written-out phrase gets its space',
      code: 'سيرة النبي محمدﷺ في المدينة',
      errors: [{ messageId: 'phraseLigature', text: 'ﷺ', suggestions: [' صلى الله عليه وسلم'] }],
      output: null,
    },
    {
      name: 'audit: the abbreviated eulogy ﷵ is a phrase ligature: suggested in full, not as صلعم',
      code: 'قال الرسول ﷵ',
      errors: [{ messageId: 'phraseLigature', text: 'ﷵ', suggestions: ['صلى الله عليه وسلم'] }],
      output: null,
    },
    {
      name: 'audit: the AKBAR ligature is written with its hamza (NFKC drops it)',
      code: 'وهتفوا ﷲ ﷳ',
      errors: [{ text: 'ﷲ', suggestions: ['الله'] }, { text: 'ﷳ', suggestions: ['أكبر'] }],
      output: 'وهتفوا الله أكبر',
    },
    {
      name: 'audit: a medial fatha form after a letter: the mark alone, no tatweel',
      code: 'ﻛﹷﺘﺐ الطالب',
      errors: [{ text: 'ﻛﹷﺘﺐ', suggestions: ['كَتب'] }],
      output: 'كَتب الطالب',
    },
    {
      name: 'audit: tatweel-with-fathatan after a letter: the mark alone',
      code: 'شكراﹱ لكم',
      errors: [{ text: 'ﹱ', suggestions: ['\u064b'] }],
      output: 'شكراً لكم',
    },
    {
      name: 'audit: a mark form standing on its own is how a mark is shown alone: the fix is only offered',
      code: 'علامة الشدة ( ﹼ ) فوق الحرف',
      errors: [{ text: 'ﹼ', suggestions: [' \u0651'] }],
      output: null,
    },
  ],
});

describe('presentation-forms details', () => {
  it('the fix of a run of letter forms is the run\'s NFKC normalisation', () => {
    const code = 'ﺟﻌﻠﺖ إﻟﻴﻚ ﻻ ﻟﻚ ﻋﻨﺪ ﺍﻟﻨﺎﺱ';
    const f = lint(code, { rules: [presentationForms] }).findings;
    assert.equal(f.length, 1, 'one line: one finding');
    assert.equal(f[0].fixes[0].edits.length, 6);
    for (const e of f[0].fixes[0].edits) assert.equal(e.text, code.slice(e.start, e.end).normalize('NFKC'));
    // and a run alone on its line is its own finding, with the same fix
    const lines = code.split(' ').join('\n');
    const g = lint(lines, { rules: [presentationForms] }).findings;
    assert.equal(g.length, 6);
    for (const x of g) assert.equal(x.fixes[0].edits[0].text, lines.slice(x.start, x.end).normalize('NFKC'));
  });
  it('finds nothing in the sample article', () => {
    assert.deepEqual(lint(sampleArticle(), { rules: [presentationForms] }).findings, []);
  });
});
