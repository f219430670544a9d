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
    { name: 'a closing guillemet with its space on the wrong side still closes', code: 'هاتف «آيفون »وهاتف آخر' },
    { name: 'a cut quotation opens with an ellipsis', code: 'وقال: «... وأضاف أن الخطة جاهزة»، ثم غادر' },
    {
      name: 'plain text, one paragraph per line: a quotation runs on to the next line',
      code: 'وأضاف الوزير «هذا أمر مؤسف.\nولا يمكن أن تبقى المدن بلا مساكن بأسعار معقولة»، مؤكدا أن الحل قريب.',
    },
    { name: 'straight quotes over two lines', code: 'وقال المدرب: "الفريق جاهز للمباراة.\nونحن نحترم المنافس ونسعى للفوز".' },
    { name: 'over three lines, the middle one without marks', code: 'وقال: «نعمل بلا توقف.\nوالخطة تسير كما رسمناها.\nوالنتائج ستظهر قريبا».' },
    {
      // (review) the middle line's brackets balance on their own: the quotation still runs on past them
      name: 'over three lines, the middle one with marks of its own',
      code: 'قال الوزير: «إن الحكومة ستعمل على تنفيذ الخطة.\nوستبدأ المرحلة الأولى (في الربع الأول) من العام المقبل.\nولن نتراجع عن ذلك».',
    },
  ],
  invalid: [
    {
      name: 'plain text: a quotation left open is paired within its own line when the next line balances its own',
      code: 'وقال الوزير: "نعمل على الخطة.\nوأعلنت الوزارة عن "المرحلة الثانية" اليوم.',
      errors: [{ messageId: 'unpairedQuote', text: '"', line: 1 }],
      output: null,
    },
    {
      name: 'plain text, one paragraph per line: a line whose quotes pair up is not paired with another line\'s stray quote',
      code: 'وزار الوفد محافظة الزرقاء "شرق عمّان "بهدف الاطلاع على المشروعات.\nوقال المحافظ: "نرحب بالوفد في المحافظة.',
      errors: [{ messageId: 'unpairedQuote', text: '"', line: 2 }],
      output: null,
    },
    {
      name: 'a line between whose quotes of the open kind pair up ends the run: each stray quote is reported',
      code: 'وقال المدير: "نعمل على الخطة.\nوأعلنت الوزارة عن "المرحلة" و"الموعد" اليوم.\nوتابع أن العمل مستمر".',
      errors: [
        { messageId: 'unpairedQuote', text: '"', line: 1 },
        { messageId: 'unpairedQuote', text: '"', line: 3 },
      ],
      output: null,
    },
    {
      name: 'a blank line ends the quotation\'s run',
      code: 'وقال «نعم.\n\nوأضاف» ثم غادر',
      errors: [
        { messageId: 'unclosed', text: '«', line: 1 },
        { messageId: 'unopened', text: '»', line: 3 },
      ],
      output: null,
    },
    {
      code: 'قال الوزير «نعمل على خطة (للمرحلة الثانية ستنفذ قريبا.',
      errors: [
        { messageId: 'unclosed', text: '«', column: 12, fixes: 0 },
        { messageId: 'unclosed', text: '(' },
      ],
      output: null,
    },
    { name: 'a guillemet typed the wrong way round', code: 'وقال متفائلاً :»أدرك ذلك', errors: [{ messageId: 'reversed', text: '»' }], output: null },
    {
      // (second reader, on the SaudiNewsNet articles) both were «closes something never opened»
      name: 'a » closing nothing with another » after it on its line opens the quotation, typed the wrong way round',
      code: 'ويضيف» فرحنا كثيرا بالنتيجة وننتظر المزيد»، وزاد المدرب في حديثه.',
      errors: [{ messageId: 'reversed', text: '»', column: 6 }],
      output: null,
    },
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
      name: 'openings typed as » after a proclitic: one finding each, not also at the closing mark',
      code: 'ومن أمثلتها «المفضليات» للضبي و»الأصمعيات» للأصمعي و»الأمالي» للقالي',
      errors: [
        { messageId: 'reversed', text: '»', column: 32 },
        { messageId: 'reversed', text: '»', column: 53 },
      ],
      output: null,
    },
    {
      name: 'an opening typed as » after a colon: its closing mark is no fault',
      code: 'وتابع:»ليس أمام اللاعب سوى التجديد». ',
      errors: [{ messageId: 'reversed', column: 7 }],
      output: null,
    },
    {
      name: 'an opening typed as » does not close a quotation left open before it',
      code: 'مثل «حسب اتفاق الطرفين»، أو «عندما يقدم طرف ما يقنع الآخر، وباعت الأسلحة فيما عرف بـ»إيران جيت» أو فضيحة الكونترا',
      errors: [
        { messageId: 'unclosed', text: '«', column: 29 },
        { messageId: 'reversed', text: '»', column: 85 },
      ],
      output: null,
    },
    {
      name: 'a closing typed as « before a comma: one finding, at it',
      code: 'فعليه أن يرجع إلى شريط « التثوير العربي «، ويفحص جيدا أسماء من خدعوا الناس',
      errors: [{ messageId: 'reversed', column: 41 }],
      output: null,
    },
    {
      name: 'an opening typed as » waits for its closing on its own line only',
      code: 'قال الناطق :»إن الشبان تمكنوا من إحداث ثغرة\nوصرح المدير -منذر-» أن السلطات منعت الأذان',
      errors: [
        { messageId: 'reversed', line: 1, column: 13 },
        { messageId: 'unopened', line: 2, column: 19 },
      ],
      output: null,
    },
    {
      name: 'a quotation nested in another with the same mark is no fault',
      code: 'ذكر في كتابه: "أن أول من غنى الصوت هو "إبراهيم" من دارين وبعده الفرج", ثم قال: "إن تردده على بغداد ساعده',
      errors: [{ messageId: 'unpairedQuote', column: 80 }],
      output: null,
    },
    {
      name: 'the unpaired quote is the one its place leaves over, not a closing mark after it',
      code: 'وقال في حديثه ل"دنيا الرياضة :"خضنا معسكرا جيدا". وأضاف: "المباراة كانت مفيدة".',
      errors: [{ messageId: 'unpairedQuote', column: 16 }],
      output: null,
    },
    {
      name: 'a mark whose place says neither opens when nothing is open',
      code: 'وأشار إلى ان التنظيم ” يحتجز نحو مئة ألف، وقال الشيخ “أحمد الجميلي” المتحدث باسم المجلس',
      errors: [{ messageId: 'unpairedQuote', text: '”', column: 22 }],
      output: null,
    },
    {
      name: 'a spaced quotation mark opens a quotation that is never closed on its line',
      code: 'وأضاف المدير " إننا نستنكر ذلك الحادث\nوتابع "إن هذا الحادث لا يخدم إلا الأعداء".',
      errors: [{ messageId: 'unpairedQuote', line: 1, column: 14 }],
      output: null,
    },
    {
      name: 'marks whose place says neither do not close a quotation of an earlier line',
      code: 'افتتح معرض “مهرجان أبها يجمعنا 1436″، الذي ينظمه المجلس\nومعرض ذاكرة عسير ” شوفه ” للمصور\nومعرض “مشكاة 2050 ” وهو أحد المبادرات',
      errors: [{ messageId: 'unpairedQuote', text: '“', line: 1, column: 12 }],
      output: null,
    },
    {
      name: 'a quote before a full stop closes; one after a proclitic opens',
      code: 'والنظام جاهز لاستقبال الركاب “.\nومنها “الخط الأزرق” و”الخط الأحمر” يربط الملعب بالمطار',
      errors: [{ messageId: 'unpairedQuote', line: 1, column: 30 }],
      output: null,
    },
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
