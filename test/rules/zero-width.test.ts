import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText, lint } from '../../server/src/engine/engine';
import zeroWidth from '../../server/src/engine/rules/hidden-characters/zero-width';
import { sampleArticle } from '../lib/corpus';
import { runRuleTests } from '../lib/rule-tester';

// Cases modelled on the `zero_width` rows of real_phenomena_samples.tsv (SaudiNewsNet):
// doubled ZWSP after a word, a BOM before a name, ZWNJ after و or an alef, ZWJ after a
// hijri ه or a clitic ب (audit: that ZWJ draws هـ / بـ, so the fix writes the tatweel rather
// than showing a bare ه / ب).
runRuleTests(zeroWidth, {
  valid: [
    'وهل نجحت في زرع الطائفية؟',
    // the file's own BOM
    '\ufeffقال الوزير إن المشروع سينتهي قريبا.',
    // ZWJ inside an emoji sequence belongs to the emoji
    'احتفلت الأسرة 👨\u200d👩\u200d👧 بالعيد',
    // a ZWNJ between two letters that would join: meant (reported as zwnjInWord, see below) — not here;
    // bidi marks are bidi-controls'
    'وارتفع السهم 2.\u200f5 في المائة.',
    // Markdown code is not prose
    { code: 'الرمز `\u200b` هنا', languageId: 'markdown' },
  ],
  invalid: [
    {
      // the courts desk's reader: an Arabic word split by a ZWNJ is no loanword kept apart
      name: 'a ZWNJ inside a word of the lexicon (الن‌قض، إن‌ها) is stray: removed',
      code: 'قضت محكمة الن\u200cقض اليوم، وقال إن\u200cها قضية مهمة.',
      errors: [{ messageId: 'invisible', text: '\u200c' }, { messageId: 'invisible', text: '\u200c' }],
      output: 'قضت محكمة النقض اليوم، وقال إنها قضية مهمة.',
    },
    {
      name: 'two ZWSPs after a word are one finding',
      code: 'وهل نجحت\u200b\u200b في زرع الطائفية؟',
      errors: [{ messageId: 'invisible', text: '\u200b\u200b', column: 9, suggestions: [''] }],
      output: 'وهل نجحت في زرع الطائفية؟',
    },
    {
      name: 'ZWSP inside a word',
      code: 'دائم لنا ما\u200b\u200bدامت الحياة',
      errors: [{ messageId: 'invisible', text: '\u200b\u200b' }],
      output: 'دائم لنا مادامت الحياة',
    },
    {
      name: 'BOM before a name',
      code: 'نجم برشلونة ليونيل \ufeffميسي',
      errors: [{ messageId: 'invisible', text: '\ufeff' }],
      output: 'نجم برشلونة ليونيل ميسي',
    },
    {
      name: 'ZWNJ after و does nothing on screen: stray',
      code: 'و\u200cتعد مرحلة قيادة الفريق',
      errors: [{ messageId: 'invisible', text: '\u200c', fixes: 1 }],
      output: 'وتعد مرحلة قيادة الفريق',
    },
    {
      name: 'ZWNJ after an alef: stray',
      code: 'الرجوع للموقع ا\u200cلالكتروني',
      errors: [{ messageId: 'invisible', text: '\u200c' }],
      output: 'الرجوع للموقع الالكتروني',
    },
    {
      name: 'ZWNJ next to punctuation and spaces: stray',
      code: 'أ\u200c - الحنفيون\nب\u200c) صناديق الأوقاف',
      errors: [
        { messageId: 'invisible', line: 1, column: 2 },
        { messageId: 'invisible', line: 2, column: 2 },
      ],
      output: 'أ - الحنفيون\nب) صناديق الأوقاف',
    },
    {
      name: 'ZWNJ at the start of a line: stray',
      code: '\u200cج - الاستفادة من الأوقاف',
      errors: [{ messageId: 'invisible', column: 1 }],
      output: 'ج - الاستفادة من الأوقاف',
    },
    {
      // (the code reviewers) a Persian word (a Persian letter in it) keeps its ZWNJ, pointed out only
      name: 'ZWNJ in a Persian word (کتاب‌ها, می‌خواهم), though كتابها is an Arabic word: meant',
      code: 'وكتب بالفارسية \u06a9تاب\u200cها و می\u200cخواهم.',
      errors: [
        { messageId: 'zwnjInWord', text: '\u200c', fixes: 2 },
        { messageId: 'zwnjInWord', text: '\u200c', fixes: 2 },
      ],
      output: null,
    },
    {
      name: 'ZWNJ keeping two joining letters apart is meant: a suggestion, no automatic fix',
      code: 'قالت شبكة سي\u200cإن\u200cإن الأمريكية',
      errors: [
        // (a space offered too: a ZWNJ typed for one between two words, the local desk's عبد الرحيم‌فوزي)
        { messageId: 'zwnjInWord', text: '\u200c', fixes: 2, suggestions: ['', ' '] },
        { messageId: 'zwnjInWord', text: '\u200c', fixes: 2, suggestions: ['', ' '] },
      ],
      output: null,
    },
    {
      name: 'a Persian word with its ZWNJ',
      code: 'وكتب بالفارسية «می\u200cخواهیم»',
      errors: [{ messageId: 'zwnjInWord' }],
      output: null,
    },
    {
      name: 'ZWNJ with other invisibles where it is meant: keep one ZWNJ',
      code: 'قالت شبكة سي\u200b\u200cإن',
      errors: [{ messageId: 'invisible', text: '\u200b\u200c', suggestions: ['\u200c', ''] }],
      output: 'قالت شبكة سي\u200cإن',
    },
    {
      name: 'audit: ZWJ after the hijri ه draws هـ: the fix writes the tatweel',
      code: 'في رجب 1438ه\u200d.',
      errors: [{ messageId: 'zwjAsTatweel', text: '\u200d', suggestions: ['\u0640', ''] }],
      output: 'في رجب 1438هـ.',
    },
    {
      name: 'audit: ZWJ after a clitic before a Latin word draws بـ',
      code: 'ما يسمى ب\u200d (Webometrics)',
      errors: [{ messageId: 'zwjAsTatweel', text: '\u200d' }],
      output: 'ما يسمى بـ (Webometrics)',
    },
    {
      name: 'audit: ZWJ after الـ before a number',
      code: 'في ال\u200d30 دقيقة',
      errors: [{ messageId: 'zwjAsTatweel' }],
      output: 'في الـ30 دقيقة',
    },
    {
      name: 'ZWJ after the hijri ه before a tatweel: the tatweel is there already',
      code: 'العام 1438ه\u200dـ.',
      errors: [{ messageId: 'invisible', text: '\u200d' }],
      output: 'العام 1438هـ.',
    },
    {
      name: 'ZWJ at the end of a longer word: stray',
      code: 'إن ضعف\u200d الأنظمة',
      errors: [{ messageId: 'invisible', text: '\u200d' }],
      output: 'إن ضعف الأنظمة',
    },
    {
      name: 'soft hyphen and word joiner',
      code: 'التكنو\u00adلوجيا الحديثة\u2060',
      errors: [
        { messageId: 'invisible', text: '\u00ad' },
        { messageId: 'invisible', text: '\u2060' },
      ],
      output: 'التكنولوجيا الحديثة',
    },
    {
      name: 'a BOM that is not at offset 0',
      code: 'العنوان\n\ufeffالنص',
      errors: [{ messageId: 'invisible', line: 2, column: 1 }],
      output: 'العنوان\nالنص',
    },
    {
      name: 'ZWSPs around quotes and punctuation',
      code: 'على تسميته \u200b"\u200bعلي\u200b "\u200b.\u200b',
      errors: [{ text: '\u200b' }, { text: '\u200b' }, { text: '\u200b' }, { text: '\u200b' }, { text: '\u200b' }],
      output: 'على تسميته "علي ".',
    },
    {
      name: 'Markdown prose is checked',
      code: 'النص `كود` ثم\u200b كلمة',
      languageId: 'markdown',
      errors: [{ messageId: 'invisible', text: '\u200b' }],
      output: 'النص `كود` ثم كلمة',
    },
  ],
});

describe('zero-width details', () => {
  it('names the characters in the message', () => {
    const f = lint('ليونيل \ufeff\u200bميسي', { rules: [zeroWidth] }).findings;
    assert.equal(f.length, 1);
    assert.match(f[0].message.en, /\(BOM\+ZWSP\)/);
    assert.equal(f[0].unnecessary, true);
  });
  it('a meant ZWNJ is not marked unnecessary and fix-all keeps it', () => {
    const code = 'سي\u200cإن\u200cإن';
    const f = lint(code, { rules: [zeroWidth] }).findings;
    assert.ok(f.every((x) => !x.unnecessary && x.fixes.every((fix) => !fix.preferred)));
    assert.equal(fixText(code, { rules: [zeroWidth] }).output, code);
  });
  it('finds nothing in the sample article', () => {
    assert.deepEqual(lint(sampleArticle(), { rules: [zeroWidth] }).findings, []);
  });
});
