import titleAbbreviation from '../../server/src/engine/rules/honorifics/title-abbreviation';
import type { NameEntry } from '../../server/src/engine/types';
import { runRuleTests } from '../lib/rule-tester';

const src = { file: 'test', start: 0, end: 0 };
const NAMES: NameEntry[] = [
  { canonical: 'رانيا المشاط', variants: [], title: 'الدكتورة', role: 'وزيرة التخطيط', source: src },
  { canonical: 'عمرو طلعت', variants: ['عمر طلعت'], title: 'الدكتور', source: src },
  { canonical: 'رحمة أحمد', variants: [], title: 'الفنانة', source: src },
];

runRuleTests(titleAbbreviation, {
  valid: [
    'التقى الدكتور عمرو طلعت السفير.',
    // the era after a year, and the dpa agency initials
    'ولد عام 1950 م. في القاهرة (د.ب.أ).',
    { code: 'التقى د. عمرو طلعت السفير.', options: { prefer: 'abbreviated' } },
    { code: 'قال الدكتور إن الحالة مستقرة.', options: { prefer: 'abbreviated' } },
    // (audit) a quotation keeps its words: a tweet quoted as written, and its names quoted back
    // with ”…“ or ”…”, as Arabic sites write them
    { name: 'a quotation keeps its abbreviations', code: 'وكتب في تغريدة «شكرا د. سالم على الاتصال» ثم قال إن ”د. سالم“ هو وزير سابق، وإن ”م. فهد” زميله.' },
    { name: 'a quotation keeps its full titles', code: 'وقال الضيف «أشكر الدكتور سالم على دعمه».', options: { prefer: 'abbreviated' } },
  ],
  invalid: [
    {
      // snnv_0248 and snnv_0291: a headline and subheadings with «د.»; the copy under them is checked
      name: 'a headline or a subheading keeps its abbreviation; the copy after it does not',
      code: 'د. السديري: الهدف تحسين الخدمات\n\nوقال د. السديري إن الخطة بدأت.\n\nدور الأسرة\n\nد. الخياط: هناك استهداف واضح\n\nوأوضح د. الخياط أن الأسرة أساس.\n',
      errors: [{ text: 'د.', line: 3 }, { text: 'د.', line: 9 }],
      output: 'د. السديري: الهدف تحسين الخدمات\n\nوقال الدكتور السديري إن الخطة بدأت.\n\nدور الأسرة\n\nد. الخياط: هناك استهداف واضح\n\nوأوضح الدكتور الخياط أن الأسرة أساس.\n',
    },
    {
      // second reader: a line of copy with no final mark is no headline: one opening with a reporting verb in
      // the past, one ending in a colon
      name: 'a line that opens with قال/أكد or ends in a colon is copy, not a headline',
      code: 'قال د. أحمد السديري إن المستشفى جاهز\n\nوأضاف أن العمل مستمر.\n\nأكد د. أحمد السديري في تصريح صحفي:\n\n«العمل مستمر».\n',
      errors: [{ text: 'د.', line: 1 }, { text: 'د.', line: 5 }],
      output: 'قال الدكتور أحمد السديري إن المستشفى جاهز\n\nوأضاف أن العمل مستمر.\n\nأكد الدكتور أحمد السديري في تصريح صحفي:\n\n«العمل مستمر».\n',
    },
    {
      // the arts desk's reader: fix-all wrote «وترى الدكتور هدى»
      name: 'a reporting verb in the present with ت right before: the feminine title',
      code: 'وترى د. هدى عبد المنعم، أستاذة القانون، أن العقوبة قد تصل إلى الحبس. ويقول د. أحمد زكي إن الحكم نهائي.',
      errors: [
        { text: 'د.', suggestions: ['الدكتورة', 'الدكتور'] },
        { text: 'د.', suggestions: ['الدكتور'] },
      ],
      output: 'وترى الدكتورة هدى عبد المنعم، أستاذة القانون، أن العقوبة قد تصل إلى الحبس. ويقول الدكتور أحمد زكي إن الحكم نهائي.',
    },
    // (adversarial run: fix-all wrote «وقالت الدكتور رانيا المشاط», «وأكدت المهندس نادية عبده»)
    {
      name: 'a feminine past verb right before: the feminine title',
      code: 'وقالت د. رانيا المشاط إن الاستثمارات ارتفعت. وتفقدت د. مايا مرسي دار رعاية. وأكدت م. نادية عبده أن المشروعات تسير، كما أشارت أ.د. منى مينا إلى الأزمة.',
      errors: [
        { text: 'د.', suggestions: ['الدكتورة', 'الدكتور'] },
        { text: 'د.', suggestions: ['الدكتورة', 'الدكتور'] },
        { text: 'م.', suggestions: ['المهندسة', 'المهندس'] },
        { text: 'أ.د.', suggestions: ['الأستاذة الدكتورة', 'الأستاذ الدكتور'] },
      ],
      output: 'وقالت الدكتورة رانيا المشاط إن الاستثمارات ارتفعت. وتفقدت الدكتورة مايا مرسي دار رعاية. وأكدت المهندسة نادية عبده أن المشروعات تسير، كما أشارت الأستاذة الدكتورة منى مينا إلى الأزمة.',
    },
    {
      name: 'the names list gives the person after it a feminine title',
      code: 'والتقى الوزير د. رانيا المشاط، ثم التقى د. عمرو طلعت.',
      shared: { names: NAMES },
      errors: [{ text: 'د.', suggestions: ['الدكتورة', 'الدكتور'] }, { text: 'د.', suggestions: ['الدكتور'] }],
      output: 'والتقى الوزير الدكتورة رانيا المشاط، ثم التقى الدكتور عمرو طلعت.',
    },
    {
      name: 'a feminine title or office right before, in apposition: the feminine title',
      code: 'وقالت الوزيرة د. هالة زايد إن المستشفيات جاهزة، وتحدثت برعاية د. أحمد زويل.',
      errors: [{ text: 'د.', suggestions: ['الدكتورة', 'الدكتور'] }, { text: 'د.', suggestions: ['الدكتور'] }],
      output: 'وقالت الوزيرة الدكتورة هالة زايد إن المستشفيات جاهزة، وتحدثت برعاية الدكتور أحمد زويل.',
    },
    {
      // (a listed رحمة أحمد's surname alone is no mention of her: the list tells only of whole names)
      name: 'a given name that is a listed woman\'s surname: the masculine title',
      code: 'وأضاف د. احمد العرفج أن العمل مستمر.',
      shared: { names: NAMES },
      errors: [{ text: 'د.', suggestions: ['الدكتور'] }],
      output: 'وأضاف الدكتور احمد العرفج أن العمل مستمر.',
    },
    {
      name: 'a noun or a masculine verb ending in ت is no woman: the masculine title',
      code: 'وزار الوفد بيت د. أحمد زويل، ولفت د. سالم الحربي إلى الموعد، وفي وقت د. سالم، ومات د. فهد العتيبي، وتصريحات د. سالم.',
      errors: [{ text: 'د.', suggestions: ['الدكتور'] }, { text: 'د.', suggestions: ['الدكتور'] }, { text: 'د.', suggestions: ['الدكتور'] }, { text: 'د.', suggestions: ['الدكتور'] }, { text: 'د.', suggestions: ['الدكتور'] }],
      output: 'وزار الوفد بيت الدكتور أحمد زويل، ولفت الدكتور سالم الحربي إلى الموعد، وفي وقت الدكتور سالم، ومات الدكتور فهد العتيبي، وتصريحات الدكتور سالم.',
    },
    // (review) a feminine noun before the abbreviation may be another person, the subject of a
    // verb before it: «والتقت الوزيرة د. أحمد سالم» is no «الدكتورة أحمد سالم»
    {
      name: 'a feminine noun before, a man\'s given name after: the masculine title',
      code: 'والتقت الوزيرة د. أحمد سالم رئيس الجامعة، واستقبلت السفيرة م. محمد عبد الله.',
      errors: [{ text: 'د.', suggestions: ['الدكتور'] }, { text: 'م.', suggestions: ['المهندس'] }],
      output: 'والتقت الوزيرة الدكتور أحمد سالم رئيس الجامعة، واستقبلت السفيرة المهندس محمد عبد الله.',
    },
    {
      name: 'a feminine noun before, itself after a verb that takes a person for object: both offered, neither applied',
      code: 'وكرمت الوزيرة د. سلوى عبد الباقي.',
      errors: [{ text: 'د.', suggestions: ['الدكتور', 'الدكتورة'] }],
      output: null,
    },
    {
      name: 'a feminine noun before, itself after a reporting verb: the feminine title',
      code: 'وأكدت الوزيرة د. هالة زايد أن المستشفيات جاهزة.',
      errors: [{ text: 'د.', suggestions: ['الدكتورة', 'الدكتور'] }],
      output: 'وأكدت الوزيرة الدكتورة هالة زايد أن المستشفيات جاهزة.',
    },
    {
      // the verb after its subject (الوزيرة التقت): what follows is its object, a man or a woman
      name: 'a feminine verb after its subject: both titles offered, neither applied',
      code: 'والوزيرة التقت د. سالم الحربي أمس.',
      errors: [{ text: 'د.', suggestions: ['الدكتور', 'الدكتورة'] }],
      output: null,
    },
    { code: 'التقى د. عمرو طلعت السفير.', errors: [{ text: 'د.' }], output: 'التقى الدكتور عمرو طلعت السفير.' },
    { code: 'حاضر أ.د. أحمد زويل وم. هاني عازر.', errors: [{ text: 'أ.د.' }, { text: 'م.' }], output: 'حاضر الأستاذ الدكتور أحمد زويل والمهندس هاني عازر.' },
    { name: 'ا.د without hamza or final dot, also after و', code: 'حاضر ا.د أحمد زويل وا.د. هاني عازر.', errors: [{ text: 'ا.د' }, { text: 'ا.د.' }], output: 'حاضر الأستاذ الدكتور أحمد زويل والأستاذ الدكتور هاني عازر.' },
    { code: 'التقى الدكتور عمرو طلعت والمهندس هاني.', options: { prefer: 'abbreviated' }, errors: [{ text: 'الدكتور' }, { text: 'المهندس' }], output: 'التقى د. عمرو طلعت وم. هاني.' },
    {
      // fix-all used to write «حيث وللدكتور» and «لا بالدكتور»: a proclitic and a letter that
      // make a word of the lexicon are only offered the full title
      name: 'ولد. «was born» and لا بد. end a sentence: the title only offered',
      code: 'وتوفي في القاهرة حيث ولد. وكان قد درس الطب، ولا بد. ثم عاد.',
      errors: [{ text: 'د.', suggestions: ['وللدكتور'] }, { text: 'د.', suggestions: ['بالدكتور'] }],
      output: null,
    },
    {
      // (audit) fix-all wrote «الدكتورسامي»: the name glued to the dot gets its space back
      name: 'a name glued to the dot: the full title is followed by a space',
      code: 'وأوضح د.سامي العتيبي أن العمل مستمر، وقال م.فهد إن',
      errors: [{ text: 'د.' }, { text: 'م.' }],
      output: 'وأوضح الدكتور سامي العتيبي أن العمل مستمر، وقال المهندس فهد إن',
    },
    {
      // a closing mark whose opening one was never written quotes nothing after it
      name: 'a stray quotation mark does not hide the rest of the line',
      code: 'وقال إن الحفل ناجح فيه". وأضاف د. سالم الحربي أن الموعد "ثابت" حتى الآن.',
      errors: [{ text: 'د.' }],
      output: 'وقال إن الحفل ناجح فيه". وأضاف الدكتور سالم الحربي أن الموعد "ثابت" حتى الآن.',
    },
  ],
});
