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
    // audit 2: two dots between words are a period or a short ellipsis: both offered, neither applied
    {
      name: 'audit 2: two dots between sentences: period or ellipsis, offered',
      code: 'ولا يعرفون الفرق بينهم.. وتناول الحوار',
      errors: [{ messageId: 'doubledDot', text: '..', fixes: 2, suggestions: ['', '.'] }],
      output: null,
    },
    { name: 'audit 2: the headline separator', code: 'بعد اتفاق فيينا.. طهران تتطلع للاستثمار', errors: [{ messageId: 'doubledDot', text: '..' }], output: null },
    {
      // (second reader, on the corpus: 86 of 381 «..» on the first line) a period or an ellipsis makes bad headline copy
      name: 'a headline\'s separator: a colon or a dash offered, a comma too before و; none applied',
      code: 'فلسطين.. أبو مرزوق يدعو لتشكيل حكومة وحدة\n\nوقال أبو مرزوق إن الحكومة ضرورية.\n\nالهلال يخسر كريري.. والنصر يسبقه إلى لندن\n\nالتقاعد..لادعم\n\nالرياض.. وفاة الأمير\n\nوتابع أن الفريق جاهز.',
      errors: [
        { messageId: 'headlineDots', text: '..', line: 1, suggestions: [':', ' –'], severity: 'hint' },
        { messageId: 'headlineDots', text: '..', line: 5, suggestions: ['،', ':', ' –'] },
        { messageId: 'headlineDots', text: '..', line: 7, suggestions: [': ', ' – '] },
        // (review) و of وفاة is the word's own: no comma
        { messageId: 'headlineDots', text: '..', line: 9, suggestions: [':', ' –'] },
      ],
      output: null,
    },
    {
      name: 'a headline\'s separator with a space before it: the colon and the comma take its place',
      code: 'حقبة كلوب انتهت .. هذا زمن جديد\n\nوقال المدرب إن الفريق جاهز.',
      errors: [{ messageId: 'headlineDots', text: '..', suggestions: [':', '–'] }],
      output: null,
    },
    {
      name: 'not a headline: a line of copy broken before a blank line ends its sentence, a line with copy right after it, one opening with و and a verb of saying',
      code: 'وقال الوزير إن الخطة.. جاهزة للتنفيذ.\n\nفلسطين.. أبو مرزوق يدعو\nلتشكيل حكومة وحدة وطنية.\n\nوقال الوزير إن الأمر انتهى.. ثم غادر القاعة\n\nوتابع أن العمل مستمر.',
      errors: [
        { messageId: 'doubledDot', text: '..', line: 1 },
        { messageId: 'doubledDot', text: '..', line: 3 },
        { messageId: 'doubledDot', text: '..', line: 6 },
      ],
      output: null,
    },
    { name: 'audit 2: two dots in a list of epithets', code: 'العميد..نادي الشعب..المونديالي', errors: [{ text: '..' }, { text: '..' }], output: null },
    { name: 'audit 2: two dots inside an exhibition title', code: 'افتتح معرض “الفيصل.. شاهد وشهيد” في الطائف', errors: [{ text: '..' }], output: null },
    { name: 'audit 2: two dots before a closing quote', code: '«إرحل رحيل..» تعاقب الفعل', errors: [{ messageId: 'doubledDot', suggestions: ['', '.'] }], output: null },
    {
      name: 'audit 2: two dots after a question mark: removed or made an ellipsis, offered',
      code: 'هل تعيش في مجتمع متعدد؟.. الإجابة لا',
      errors: [{ messageId: 'doubledDot', text: '..', suggestions: ['', '.'] }],
      output: null,
    },
    {
      name: 'audit 2: two dots after ؟! at the end of a paragraph are dropped',
      code: 'أين الوصل ممن نحب؟!..\nوقد حصر الباحث الأنواع',
      errors: [{ messageId: 'doubledDot', text: '..', suggestions: ['', '.'] }],
      output: 'أين الوصل ممن نحب؟!\nوقد حصر الباحث الأنواع',
    },
    {
      name: 'audit 2: two dots ending a paragraph become a period (an ellipsis offered)',
      code: 'ستتم الموافقة عليه..\nوقال الوزير',
      errors: [{ messageId: 'doubledDot', text: '.', suggestions: ['', '.'] }],
      output: 'ستتم الموافقة عليه.\nوقال الوزير',
    },
    {
      // review: a quotation left open at the paragraph's end runs on; its two dots are the source's
      name: 'two dots ending a paragraph inside a quotation that runs on: offered, not applied',
      code: 'وقال «ستتم الموافقة عليه..\nوقال الوزير',
      errors: [{ messageId: 'doubledDot', text: '..', fixes: 2 }],
      output: null,
    },
    { name: 'audit 2: two dots before an exclamation are an ellipsis', code: 'أنت سعودي..!', errors: [{ messageId: 'doubledDot', text: '..', suggestions: ['.'] }], output: 'أنت سعودي...!' },
    { name: 'audit 2: two dots before a question mark are an ellipsis', code: 'فمن المشرع له..؟ وحول ذلك', errors: [{ text: '..' }], output: 'فمن المشرع له...؟ وحول ذلك' },
    {
      name: 'audit 2: two dots opening a cut quotation are an ellipsis',
      code: 'وقال في بيانه: ".. ونحن ملتزمون بالاتفاق"',
      errors: [{ messageId: 'doubledDot', text: '..' }],
      output: 'وقال في بيانه: "... ونحن ملتزمون بالاتفاق"',
    },
    {
      name: 'audit 2: the elision mark with spaces inside its brackets',
      code: 'المشكلة ثقافية ( .. ) ولحماية أنفسنا',
      errors: [{ messageId: 'doubledDot', text: '..' }],
      output: 'المشكلة ثقافية ( ... ) ولحماية أنفسنا',
    },
    // audit 2: inside a quotation a doubled ؟ or ! may be the source's emphasis: offered, not applied
    { name: 'audit 2: doubled ! inside guillemets', code: 'قال المشجع: «لا أصدق!!» ثم بكى', errors: [{ messageId: 'doubled', text: '!', fixes: 1 }], output: null },
    {
      // the digital desk's reader: a Markdown heading is a headline, question mark and all
      name: 'two dots in a Markdown heading that ends in a question mark: the headline hint',
      code: '# `#ChatGPT_بالمصري`.. كيف تحول الذكاء الاصطناعي إلى ترند؟\n\nانتشر الوسم بين الطلاب.',
      languageId: 'markdown',
      errors: [{ messageId: 'headlineDots', text: '..', line: 1, severity: 'hint' }],
      output: null,
    },
    {
      // the digital desk's reader: a tweet quoted in a Markdown blockquote is quoted as written
      name: 'doubled ! in a Markdown blockquote: offered, not applied',
      code: 'ومن أطرف التعليقات على الوسم:\n\n> حتى الـAI عنده مبادئ!!\n\nوقال الوزير إن الخطة جاهزة!!',
      languageId: 'markdown',
      errors: [
        { messageId: 'doubled', text: '!', fixes: 1, line: 3 },
        { messageId: 'doubled', text: '!', line: 5 },
      ],
      output: 'ومن أطرف التعليقات على الوسم:\n\n> حتى الـAI عنده مبادئ!!\n\nوقال الوزير إن الخطة جاهزة!',
    },
    { name: 'audit 2: doubled ؟ inside straight quotes', code: 'وصرخ: "أين الحكم؟؟" ثم غادر', errors: [{ messageId: 'doubled', text: '؟' }], output: null },
    { name: 'audit 2: doubled ! after a quotation is the paper\'s', code: 'قال «الهلال» فاز!! ثم مضى', errors: [{ text: '!' }], output: 'قال «الهلال» فاز! ثم مضى' },
    {
      name: 'audit 2: a « closing before a comma ends its quotation',
      code: 'شريط « التثوير العربي «، وهذا لن يتكرر!! ثم مضى',
      errors: [{ text: '!' }],
      output: 'شريط « التثوير العربي «، وهذا لن يتكرر! ثم مضى',
    },
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
