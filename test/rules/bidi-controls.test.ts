import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/engine';
import bidiControls from '../../server/src/engine/rules/hidden-characters/bidi-controls';
import { sampleArticle } from '../lib/corpus';
import { runRuleTests } from '../lib/rule-tester';

// Cases modelled on the `bidi_control` rows of real_phenomena_samples.tsv (SaudiNewsNet):
// an RLM inside a decimal number, RLM+RLE after a dateline, LRO/PDF around a model number.
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
      name: 'RLM inside a decimal number',
      code: 'وارتفع السهم 2.\u200f5 في المائة.',
      errors: [{ messageId: 'mark', text: '\u200f', line: 1, column: 16, fixes: 1, suggestions: [''] }],
      output: 'وارتفع السهم 2.5 في المائة.',
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
      name: 'a right-to-left override reverses what follows',
      code: 'رمز التحقق \u202e4321\u202c فقط',
      errors: [{ messageId: 'override' }, { messageId: 'override' }],
      output: 'رمز التحقق 4321 فقط',
    },
    {
      name: 'second line, column counted from the line start',
      code: 'العنوان\nالسهم 7.\u200f0 في المائة',
      errors: [{ messageId: 'mark', line: 2, column: 9 }],
      output: 'العنوان\nالسهم 7.0 في المائة',
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
  });
  it('finds nothing in the sample article', () => {
    assert.deepEqual(lint(sampleArticle(), { rules: [bidiControls] }).findings, []);
  });
});
