import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/engine';
import bidiControls from '../../server/src/engine/rules/hidden-characters/bidi-controls';
import { sampleArticle } from '../lib/corpus';
import { runRuleTests } from '../lib/rule-tester';

// Cases modelled on the `bidi_control` rows of real_phenomena_samples.tsv (SaudiNewsNet):
// an RLM inside a decimal number, RLM+RLE after a dateline, LRO/PDF around a model number.
// Audit on published news: the Asharq Al-Awsat rows store decimals fraction first with an RLM
// (`عند 50.\u200f1104 دولار`, gold at $1,104.50; `عند 5.\u200f0 في المائة`, the Bank of England's
// 0.5 %): the line DISPLAYS `1104.50`, so the fix writes that (deleting the mark alone showed
// 50.1104). An RLO over digits (`لعام 4102`, shown as 2014) is not deleted by fix-all.
runRuleTests(bidiControls, {
  valid: [
    'وارتفع السهم 2.5 في المائة خلال تعاملات اليوم.',
    'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات',
    // Markdown code is not prose
    { code: 'اكتب `\u200f` في الحقل', languageId: 'markdown' },
    // other invisible characters are zero-width's
    'نجحت\u200b في زرع',
    // audit: an LRM closing or opening a Latin/number run that ends or starts with neutrals keeps it displayed right
    'يتعلم الطلاب لغة C++\u200e في السنة الأولى.',
    'للاستفسار اتصل على الرقم \u200e+966 11 234 5678 يوميا.',
  ],
  invalid: [
    {
      name: 'RLM after the decimal point: the number is written as it displays',
      code: 'وارتفع السهم 2.\u200f5 في المائة.',
      errors: [{ messageId: 'reversedNumber', text: '\u200f', line: 1, column: 16, fixes: 2, suggestions: ['5.2', ''] }],
      output: 'وارتفع السهم 5.2 في المائة.',
    },
    {
      name: 'audit: a price stored fraction first displays as 1104.50',
      code: 'وبلغ سعر الذهب 50.\u200f1104 دولار للأوقية',
      errors: [{ messageId: 'reversedNumber', text: '\u200f', suggestions: ['1104.50', ''] }],
      output: 'وبلغ سعر الذهب 1104.50 دولار للأوقية',
    },
    {
      name: 'audit: a fraction with a leading zero (70.07 pence), two numbers on a line',
      code: 'ثم انحسر إلى 07.\u200f70 بنس بعد أن بلغ 92.\u200f69 بنس',
      errors: [
        { messageId: 'reversedNumber', suggestions: ['70.07', ''] },
        { messageId: 'reversedNumber', suggestions: ['69.92', ''] },
      ],
      output: 'ثم انحسر إلى 70.07 بنس بعد أن بلغ 69.92 بنس',
    },
    {
      name: 'audit: after Latin text the display depends on the paragraph direction: both offered',
      code: 'USD 2.\u200f5',
      errors: [{ messageId: 'reversedNumberMaybe', suggestions: ['5.2', ''] }],
      output: null,
    },
    {
      // review: inside a number the fraction-first reading does not cover, deleting the mark may
      // change the figure the reader saw: offered, not applied
      name: 'audit: an RLM inside a longer number is not read as A.B, and its deletion is only offered',
      code: 'الرقم 1.2.\u200f5 هنا',
      errors: [{ messageId: 'mark', suggestions: [''] }],
      output: null,
    },
    {
      name: 'review: a date with two marked points is not rewritten (12.05.2020 stays, the day and month unswapped)',
      code: 'بتاريخ 12.\u200f05.\u200f2020 وقال',
      errors: [
        { messageId: 'mark', suggestions: [''] },
        { messageId: 'mark', suggestions: [''] },
      ],
      output: null,
    },
    {
      name: 'review: a marked number with a thousands separator or a percent sign: the deletion is only offered',
      code: 'عند 50.\u200f1,104 دولار وبلغت الفائدة 5.\u200f0% في الشهر',
      errors: [
        { messageId: 'mark', suggestions: [''] },
        { messageId: 'mark', suggestions: [''] },
      ],
      output: null,
    },
    {
      name: 'RLM+RLE after a dateline is one finding',
      code: '- سبق- جدة: \u200f\u202bتشهد الشاليهات إقبالا كبيرا',
      errors: [{ messageId: 'override', text: '\u200f\u202b' }],
      output: '- سبق- جدة: تشهد الشاليهات إقبالا كبيرا',
    },
    {
      name: 'LRO … PDF around a model number',
      code: 'طائرة بوينج \u202d\u202d737-800\u202c\u202c من الجيل الجديد',
      errors: [
        { messageId: 'override', text: '\u202d\u202d' },
        { messageId: 'override', text: '\u202c\u202c' },
      ],
      output: 'طائرة بوينج 737-800 من الجيل الجديد',
    },
    {
      name: 'two LRMs separated by a space are two runs',
      code: '\u200e \u200eيستخدم التطبيق',
      errors: [
        { messageId: 'mark', text: '\u200e', column: 1 },
        { messageId: 'mark', text: '\u200e', column: 3 },
      ],
      output: ' يستخدم التطبيق',
    },
    { name: 'Arabic letter mark', code: 'قال\u061c الوزير', errors: [{ messageId: 'mark', text: '\u061c' }], output: 'قال الوزير' },
    {
      name: 'isolates around a handle',
      code: 'كتب \u2067@altriri\u2069 على حسابه',
      errors: [
        { messageId: 'override', text: '\u2067' },
        { messageId: 'override', text: '\u2069' },
      ],
      output: 'كتب @altriri على حسابه',
    },
    {
      name: 'a right-to-left override reverses what follows: the reader sees 1234, the text says 4321; removal only offered',
      code: 'رمز التحقق \u202e4321\u202c فقط',
      errors: [
        { messageId: 'overrideReverses', text: '\u202e', fixes: 1, suggestions: [''] },
        { messageId: 'overrideEnd', text: '\u202c', fixes: 1, suggestions: [''] },
      ],
      output: null,
    },
    {
      name: 'audit: LRO+RLO before an opinion piece stored with its digits reversed (لعام 4102 shown as 2014)',
      code: '\u202d\u202eوضمت قائمة فوربس لعام 4102 نحو 04 مليارديرا',
      errors: [{ messageId: 'overrideReverses', text: '\u202d\u202e', fixes: 1 }],
      output: null,
    },
    {
      name: 'audit: an LRO before Arabic letters reverses them',
      code: 'كتب \u202dمرحبا\u202c هنا',
      errors: [{ messageId: 'overrideReverses' }, { messageId: 'overrideEnd' }],
      output: null,
    },
    {
      name: 'second line, column counted from the line start',
      code: 'العنوان\nالسهم 7.\u200f0 في المائة',
      errors: [{ messageId: 'reversedNumber', line: 2, column: 9 }],
      output: 'العنوان\nالسهم 0.7 في المائة',
    },
    {
      name: 'Markdown prose is checked',
      code: '# العنوان\n\nقال \u202bالوزير',
      languageId: 'markdown',
      errors: [{ messageId: 'override', text: '\u202b' }],
      output: '# العنوان\n\nقال الوزير',
    },
  ],
});

describe('bidi-controls messages', () => {
  it('name the controls found, and mark the finding as removable', () => {
    const r = lint('جدة: \u200f\u202bتشهد', { rules: [bidiControls] });
    assert.equal(r.findings.length, 1);
    assert.match(r.findings[0].message.en, /RLM\+RLE/);
    assert.match(r.findings[0].message.en, /display differently/);
    assert.equal(r.findings[0].unnecessary, true);
    const m = lint('2.\u200f5', { rules: [bidiControls] }).findings[0];
    assert.match(m.message.ar, /RLM/);
    const n = lint('عند 50.\u200f1104 دولار', { rules: [bidiControls] }).findings[0];
    assert.match(n.message.en, /number 50\.1104 display as 1104\.50/);
    assert.notEqual(n.unnecessary, true);
    const o = lint('لعام \u202e4102', { rules: [bidiControls] }).findings[0];
    assert.match(o.message.en, /sees “2014” where the text says “4102”/);
  });
  it('finds nothing in the sample article', () => {
    assert.deepEqual(lint(sampleArticle(), { rules: [bidiControls] }).findings, []);
  });
});
