import rule from '../../server/src/engine/rules/punctuation/latin-punctuation';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(rule, {
  valid: [
    // (the second code reviewer) a ? after a Latin word stays Latin text, a question word before it or not
    'وسألها: هل تعرفين Python?',
    'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات، مع لياو ليكيانج سفير جمهورية الصين فى مصر',
    'هل تحل الأزمة؟ يبدو ذلك؛ فالمفاوضات مستمرة.',
    // numbers: the comma and the dot are part of the number
    'بلغ عدد الزوار 1,500 زائر وبلغت المبيعات 3.5 مليون ريال و١٢,٥ ألف سهم',
    { name: 'a list of numbers has no Arabic side', code: 'الأرقام هي: 10, 20, 30' },
    // Latin text
    'شاركت شركة Festivals of Nation, Inc في المعرض',
    'قال المتحدث: "We are ready, and we are willing" ثم غادر',
    'What is next? سؤال طرحه المحلل',
    // URLs and e-mail addresses
    'للتسجيل https://example.com/register?id=3,4 قبل الموعد',
    'انظر الخبر على www.spa.gov.sa/details.php?id=1387120 اليوم',
    // Markdown code is not prose
    { code: 'استعمل الدالة `f(a, b)` ثم تابع', languageId: 'markdown' },
    // question marks standing for characters lost in an encoding conversion
    'تابع بنفسه الموقف من غرفة التحكم ا?لي بالقطارات',
    'وحول ملف استضافة خليجي ???? ، أكد الخميس',
    'وقال باقري ف?? تصريح لوكالة الأنباء',
    // the semicolon of an HTML entity (scrape residue, another rule's business)
    'ثلاثة فنانين يمتدحون مسلسل &#8220;سيلفي&#8221; الرمضاني',
  ],
  invalid: [
    {
      // the Gulf desk's reader: an Arabic question ending in a number
      name: 'a ? after a number that ends an Arabic question',
      code: 'فهل ينجح فيريرا في قيادة الأهلي نحو لقب الدوري الغائب منذ موسم 2015-2016?',
      errors: [{ messageId: 'latinQuestion' }],
      output: 'فهل ينجح فيريرا في قيادة الأهلي نحو لقب الدوري الغائب منذ موسم 2015-2016؟',
    },
    {
      code: 'عقد الأمير بمكتبه اليوم , اجتماعا مع مجلس الإدارة',
      errors: [{ messageId: 'latinComma', text: ',', line: 1, column: 25, fixes: 1, suggestions: ['،'] }],
      output: 'عقد الأمير بمكتبه اليوم ، اجتماعا مع مجلس الإدارة',
    },
    {
      code: 'وفي جولة لوكالة الأنباء السعودية, برز من هذه المشروعات مشروع المتحف',
      errors: [{ messageId: 'latinComma', text: ',' }],
      output: 'وفي جولة لوكالة الأنباء السعودية، برز من هذه المشروعات مشروع المتحف',
    },
    {
      name: 'commas glued to the next word',
      code: 'جاءت أسهم شركات سابك ,والإنماء ,واعمار الأكثر نشاطا',
      errors: [{ text: ',' }, { text: ',' }],
      output: 'جاءت أسهم شركات سابك ،والإنماء ،واعمار الأكثر نشاطا',
    },
    {
      name: 'question mark before a dash',
      code: 'من هو أبو متعب لمن لا يعرفه? - واحد مسلم',
      errors: [{ messageId: 'latinQuestion', text: '?' }],
      output: 'من هو أبو متعب لمن لا يعرفه؟ - واحد مسلم',
    },
    { name: 'question mark ending a sentence', code: 'فهل تحل الأزمة?', errors: [{ messageId: 'latinQuestion' }], output: 'فهل تحل الأزمة؟' },
    { name: 'question mark inside a closing quote', code: 'وتساءل: «ماذا بعد?»', errors: [{ text: '?' }], output: 'وتساءل: «ماذا بعد؟»' },
    {
      code: 'تشهد اشتباكات في العديد من محاورها ; مما أدى إلى سقوط ضحايا',
      errors: [{ messageId: 'latinSemicolon', text: ';' }],
      output: 'تشهد اشتباكات في العديد من محاورها ؛ مما أدى إلى سقوط ضحايا',
    },
    {
      code: 'عرض الوكيل خطط الوكالة المستقبلية; دعمه لقضاء التنفيذ',
      errors: [{ messageId: 'latinSemicolon' }],
      output: 'عرض الوكيل خطط الوكالة المستقبلية؛ دعمه لقضاء التنفيذ',
    },
    {
      name: 'after a number, with a decimal number nearby left alone',
      code: 'انخفض المؤشر أمس بنسبة 1.55, وبتداولات تجاوزت 3.6 مليار ريال',
      errors: [{ text: ',' }],
      output: 'انخفض المؤشر أمس بنسبة 1.55، وبتداولات تجاوزت 3.6 مليار ريال',
    },
    {
      name: 'after a closing quotation mark',
      code: 'وأوضحت "الغذاء والدواء", أن منع دخول الأغذية',
      errors: [{ text: ',' }],
      output: 'وأوضحت "الغذاء والدواء"، أن منع دخول الأغذية',
    },
    {
      name: 'after a URL and an e-mail address, which stay intact',
      code: 'المصدر www.spa.gov.sa, وللاستفسار s.zamanan@najrancement.com, أو الهاتف',
      errors: [{ text: ',' }, { text: ',' }],
      output: 'المصدر www.spa.gov.sa، وللاستفسار s.zamanan@najrancement.com، أو الهاتف',
    },
    {
      name: 'diacritics and tatweel kept',
      code: 'وَقَالَ الوَزِيرُ, إنَّ المَشـروع',
      errors: [{ text: ',' }],
      output: 'وَقَالَ الوَزِيرُ، إنَّ المَشـروع',
    },
    {
      name: 'Markdown: the comma in code is skipped, the one in prose is not',
      code: 'استعمل `a, b` ثم, تابع',
      languageId: 'markdown',
      errors: [{ text: ',', column: 17 }],
      output: 'استعمل `a, b` ثم، تابع',
    },
    {
      name: 'a question followed by the next sentence',
      code: 'هل انتهى الاجتماع? قال الوزير إن النقاش مستمر',
      errors: [{ messageId: 'latinQuestion', fixes: 1, suggestions: ['؟'] }],
      output: 'هل انتهى الاجتماع؟ قال الوزير إن النقاش مستمر',
    },
    {
      name: 'a ? standing for the lost lam-alef ligature: flagged, ؟ offered but not applied',
      code: 'وأبشر قاتله بأنه? يجتمع كافر وقاتله في النار',
      errors: [{ messageId: 'latinQuestion', text: '?', fixes: 1, suggestions: ['؟'] }],
      output: null,
    },
    {
      name: 'a ? standing for a lost verse mark in a Quran quotation: not made a question',
      code: 'وَحُرِّمَ عَلَيْكُمْ صَيْدُ الْبَرِّ مَا دُمْتُمْ حُرُمًا ? وَاتَّقُوا اللَّهَ',
      errors: [{ messageId: 'latinQuestion', fixes: 1 }],
      output: null,
    },
    {
      name: 'a ? before a comma is no question the text shows',
      code: 'بعد نشر حلقات عن داعش، غربه?، حزام ناسف',
      errors: [{ messageId: 'latinQuestion', fixes: 1 }],
      output: null,
    },
    {
      name: 'a question the text cannot tell from a lost character: offered only',
      code: 'حدثنا عن حركة النضال ? الحركة فصيل من الفصائل',
      errors: [{ messageId: 'latinQuestion', fixes: 1, suggestions: ['؟'] }],
      output: null,
    },
    {
      name: 'second line',
      code: 'السطر الأول.\nقال الوزير, إن الخطة جاهزة?',
      errors: [{ text: ',', line: 2, column: 11 }, { text: '?', line: 2 }],
      output: 'السطر الأول.\nقال الوزير، إن الخطة جاهزة؟',
    },
  ],
});
