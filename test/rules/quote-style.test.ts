import rule from '../../server/src/engine/rules/punctuation/quote-style';
import { runRuleTests } from '../lib/rule-tester';

const G = { style: 'guillemets' };
const D = { style: 'double' };

runRuleTests(rule, {
  valid: [
    'قال الوزير «نعمل على خطة» وأضاف «سننفذها قريبا»',
    'قال الوزير "نعمل على خطة" وأضاف "سننفذها قريبا"',
    { name: 'straight and curly are one style', code: 'قال الوزير “نعمل على خطة” وأضاف "سننفذها قريبا"' },
    { code: 'قال الوزير «نعمل على خطة»', options: G },
    { code: 'قال الوزير "نعمل على خطة" و“سننفذها”', options: D },
    { name: 'a quote within a quote is left alone', code: 'قال «سمعته يقول "لن نتأخر" أمس» ثم «غادر»', options: G },
    { name: 'quotes in Latin text', code: 'The minister said "we are ready" and left', options: G },
    { name: 'Latin quote next to a Latin word', code: 'نشرت Reuters "exclusive report" عن الصفقة', options: G },
    // the digital desk's reader: a tweet quoted in a Markdown blockquote keeps its own marks
    { name: 'quotes inside a Markdown blockquote', code: 'وقال الوزير «نعمل بجد» وأضاف «لن نتراجع».\n\n> @dr_sherif_ai: "Made in Egypt, for Egypt" #مصر\n> وكتب آخر: "الخدمة تحسنت فعلا"', languageId: 'markdown' },
    { name: 'odd straight quotes are not paired (unbalanced-pairs reports them)', code: 'قال "نعمل وأضاف «سننفذ»', options: G },
    { code: 'استعمل `"x"` في الأمر و«نعم»', languageId: 'markdown', options: G },
    'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات، مع لياو ليكيانج سفير جمهورية الصين فى مصر',
    {
      name: 'audit: quotation marks paired wrongly over several lines are not converted (nothing is certain)',
      code:
        'قائلا “لا شيء سينشر في الإعلام الأوروبي عن “مؤتمر الحوار بين الأديان” الذي أتيت للمشاركة فيه ما لم يصدر عنكم شيء حول “كارثة الشيشان” في روسيا\n' +
        'نقل القريبون من صفير عنه “أن أبواب بكركي مفتوحة أمام جميع الزوار” لكنه أوضح “أن اللياقات شيء والمبادئ شيء خر',
      options: G,
    },
  ],
  invalid: [
    {
      code: 'قال الوزير "نعمل على خطة"',
      options: G,
      errors: [{ messageId: 'useGuillemets', text: '"', column: 12, fixes: 1, suggestions: ['«|»'] }],
      output: 'قال الوزير «نعمل على خطة»',
    },
    { code: 'عبر حسابه على “تويتر” أمس', options: G, errors: [{ messageId: 'useGuillemets', text: '“' }], output: 'عبر حسابه على «تويتر» أمس' },
    {
      name: 'curly quotes typed mirrored in right-to-left text pair up too',
      code: 'عبر حسابه على ”تويتر“ أمس',
      options: G,
      errors: [{ text: '”' }],
      output: 'عبر حسابه على «تويتر» أمس',
    },
    { code: 'قال الوزير «نعمل على خطة»', options: D, errors: [{ messageId: 'useDouble', text: '«' }], output: 'قال الوزير "نعمل على خطة"' },
    {
      name: 'consistent: the majority wins',
      code: 'قال "نعمل" و"نخطط" ثم «ننفذ»',
      errors: [{ messageId: 'majorityDouble', text: '«' }],
      output: 'قال "نعمل" و"نخطط" ثم "ننفذ"',
    },
    {
      // the fix-all reader: a headline «71» became a straight "71" in a draft of curly quotes
      name: 'into "…", the marks the draft\'s own double quotes use (curly here)',
      code: 'قال «نعمل» ثم “ننفذ” وأضاف “نتابع”',
      errors: [{ messageId: 'majorityDouble', text: '«' }],
      output: 'قال “نعمل” ثم “ننفذ” وأضاف “نتابع”',
    },
    {
      // (the sports desk: two and two were all made "…", the first pair's style) on a tie «…» is offered, never applied
      name: 'consistent: on a tie «…» is offered for the others, whichever comes first',
      code: 'قال "نعمل" ثم «ننفذ»، وأضاف «نتابع» ثم "ننجز"',
      errors: [
        { messageId: 'tie', text: '"', column: 5 },
        { messageId: 'tie', text: '"', column: 40 },
      ],
      output: null,
    },
    {
      name: 'a Latin quotation inside Arabic text follows the house style',
      code: 'وقال المسؤول: "We are ready" للصحفيين',
      options: G,
      errors: [{ text: '"' }],
      output: 'وقال المسؤول: «We are ready» للصحفيين',
    },
    {
      name: 'a quotation over two lines of one paragraph: the finding covers it all',
      code: 'قال الوزير "نعمل\nعلى الخطة" أمس',
      options: G,
      errors: [{ text: '"نعمل\nعلى الخطة"' }],
      output: 'قال الوزير «نعمل\nعلى الخطة» أمس',
    },
    {
      name: 'paragraphs are paired separately',
      code: 'قال "نعمل\n\nوأضاف "سننفذ" غدا',
      options: G,
      errors: [{ line: 3, text: '"' }],
      output: 'قال "نعمل\n\nوأضاف «سننفذ» غدا',
    },
    {
      name: 'diacritics inside the quotation are kept',
      code: 'قال "نَعْمَلُ" بجد',
      options: G,
      errors: [{ text: '"' }],
      output: 'قال «نَعْمَلُ» بجد',
    },
    {
      name: 'audit: a quote within a straight-quoted quote: only the outer pair, and only as a suggestion',
      code: 'وتابعت: "لن يكون هذا مفيداً لبريطانيا، ولن تكون هذه "BBC" التي عرفتها الجماهير وأحبتها منذ أكثر من 90 عاماً".',
      options: G,
      errors: [{ messageId: 'useGuillemets', text: '"', column: 9, suggestions: ['«|»'] }],
      output: null,
    },
    {
      name: 'an unpaired quote in the paragraph makes its other pairs uncertain',
      code: 'قال "نعمل وأضاف “سننفذ” غدا',
      options: G,
      errors: [{ text: '“', suggestions: ['«|»'] }],
      output: null,
    },
    {
      name: 'unbalanced guillemets: the pair found is only a suggestion',
      code: 'قال «سمعته يقول «لن نتأخر» أمس',
      options: D,
      errors: [{ text: '«', column: 17, suggestions: ['"|"'] }],
      output: null,
    },
    {
      name: 'several quotations whose marks all stand clear are converted',
      code: 'قال “صعبة” و”القرنة” تحذر ل"حزب الله" اليوم',
      options: G,
      errors: [{ text: '“' }, { text: '”' }, { text: '"' }],
      output: 'قال «صعبة» و«القرنة» تحذر ل«حزب الله» اليوم',
    },
  ],
});
