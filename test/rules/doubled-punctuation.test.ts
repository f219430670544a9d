import rule from '../../server/src/engine/rules/punctuation/doubled-punctuation';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(rule, {
  valid: [
    'التقى الدكتور عمرو طلعت وزير الاتصالات، مع السفير. وأشاد طلعت بالعلاقات!',
    // the surprised question
    'هل سيستخسر المسؤول إنفاق المبلغ؟! لا أعتقد',
    'أبعد كل هذا!؟ غريب',
    // the ellipsis
    'وتابع... ثم صمت',
    'وتابع… ثم صمت',
    // numbers and URLs own their dots
    'بلغ المؤشر 8654.64 نقطة وفق https://example.com/a..b',
    // lost characters, not doubled question marks
    'وحول ملف استضافة خليجي ???? ، أكد الخميس',
    'وقال باقري ف?? تصريح للوكالة',
    { code: 'استعمل `a!!` في الأمر', languageId: 'markdown' },
  ],
  invalid: [
    { code: 'لماذا تأخر القرار؟؟', errors: [{ messageId: 'doubled', text: '؟', column: 19, fixes: 1 }], output: 'لماذا تأخر القرار؟' },
    { code: 'من سلسلة أخطاء اتحادها!!', errors: [{ messageId: 'doubled', text: '!' }], output: 'من سلسلة أخطاء اتحادها!' },
    { code: 'هنا لندن!!! ما دورك', errors: [{ messageId: 'doubled', text: '!!' }], output: 'هنا لندن! ما دورك' },
    { code: 'استقبل الوزير،، ثم غادر', errors: [{ messageId: 'doubled', text: '،' }], output: 'استقبل الوزير، ثم غادر' },
    { code: 'استقبل الوزير,, ثم غادر', errors: [{ messageId: 'doubled', text: ',' }], output: 'استقبل الوزير, ثم غادر' },
    { code: 'استقبل الوزير؛؛ ثم غادر', errors: [{ messageId: 'doubled', text: '؛' }], output: 'استقبل الوزير؛ ثم غادر' },
    {
      name: 'Latin and Arabic forms of one mark are one run',
      code: 'هل حضر الوزير؟?',
      errors: [{ messageId: 'doubled', text: '?' }],
      output: 'هل حضر الوزير؟',
    },
    { code: 'ولا يعرفون الفرق بينهم.. وتناول الحوار', errors: [{ messageId: 'doubledDot', text: '.' }], output: 'ولا يعرفون الفرق بينهم. وتناول الحوار' },
    { name: 'two dots before a closing quote', code: '«إرحل رحيل..» تعاقب الفعل', errors: [{ messageId: 'doubledDot' }], output: '«إرحل رحيل.» تعاقب الفعل' },
    {
      name: 'audit: the elision mark (..) becomes (...), not (.)',
      code: 'المشكلة ثقافية ونفسية (..) ولحماية أنفسنا من أنفسنا',
      errors: [{ messageId: 'doubledDot', text: '..', suggestions: ['.'] }],
      output: 'المشكلة ثقافية ونفسية (...) ولحماية أنفسنا من أنفسنا',
    },
    { name: 'more dots than an ellipsis', code: 'وانتظر الجميع.....', errors: [{ messageId: 'tooManyDots', text: '..' }], output: 'وانتظر الجميع...' },
    {
      name: 'two runs after each other',
      code: 'كيف يبرر المبلغ؟؟!!',
      errors: [{ text: '؟' }, { text: '!' }],
      output: 'كيف يبرر المبلغ؟!',
    },
    { code: 'انتهى!! `a!!b`', languageId: 'markdown', errors: [{ text: '!' }], output: 'انتهى! `a!!b`' },
  ],
});
