import rule from '../../server/src/engine/rules/punctuation/unbalanced-pairs';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(rule, {
  valid: [
    'قال الوزير «نعمل على خطة (للمرحلة الثانية) ستنفذ قريبا».',
    'ضمن مسلسل [كذا] و"نعم" و“لا”',
    'قائلة: ” إنه قدم نفسه أثناء تأدية واجبه الوطني”، مضيفة',
    { name: 'list labels', code: '1) البند الأول\n2) البند الثاني\nأ) البند الثالث' },
    '«نعم»\n\n(لا)',
    'ابتسم :) ثم غادر',
    { code: 'اكتب `(` ثم تابع', languageId: 'markdown' },
    'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات، مع لياو ليكيانج سفير جمهورية الصين فى مصر',
  ],
  invalid: [
    {
      code: 'قال الوزير «نعمل على خطة (للمرحلة الثانية ستنفذ قريبا.',
      errors: [
        { messageId: 'unclosed', text: '«', column: 12, fixes: 0 },
        { messageId: 'unclosed', text: '(' },
      ],
      output: null,
    },
    { name: 'a guillemet typed the wrong way round', code: 'وقال متفائلاً :»أدرك ذلك', errors: [{ messageId: 'unopened', text: '»' }], output: null },
    { code: 'فيما بين الصين (الشعبية والدول الأفريقية', errors: [{ messageId: 'unclosed', text: '(' }], output: null },
    { code: 'بين الصين والدول الأفريقية) والعربية', errors: [{ messageId: 'unopened', text: ')' }], output: null },
    { code: 'قائمة [الأسماء المعتمدة', errors: [{ messageId: 'unclosed', text: '[' }], output: null },
    { code: 'وتابع الحديث] ثم غادر', errors: [{ messageId: 'unopened', text: ']' }], output: null },
    { code: 'قال "أبو متعب إنه أحب اللهجة السعودية', errors: [{ messageId: 'unpairedQuote', text: '"', column: 5 }], output: null },
    {
      name: 'the curly quote that never closes',
      code: 'وكتب عبر حسابه على “تويتر” : “إلى رحمة الله',
      errors: [{ messageId: 'unpairedQuote', text: '“', column: 30 }],
      output: null,
    },
    { name: 'a closing quote without an opening one', code: 'وقالت الوزارة إن التسجيل بدأ" أمس', errors: [{ messageId: 'unpairedQuote', column: 29 }], output: null },
    { name: 'two openings, one closing', code: 'قال "نعم وقال "لا" ثم', errors: [{ messageId: 'unpairedQuote', column: 5 }], output: null },
    {
      name: 'a quotation does not run across paragraphs',
      code: '«نعم\n\nلا»',
      errors: [
        { messageId: 'unclosed', line: 1 },
        { messageId: 'unopened', line: 3 },
      ],
      output: null,
    },
  ],
});
