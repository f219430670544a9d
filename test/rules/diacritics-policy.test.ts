import diacriticsPolicy from '../../server/src/engine/rules/diacritics/diacritics-policy';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(diacriticsPolicy, {
  valid: [
    'وأشاد طلعت بعمق العلاقات المصرية الصينية، بمرور 70 عاما على العلاقات.',
    // shadda kept by default: it disambiguates
    'أكّد الوزير أن العمل مستمر.',
    { code: 'احتفلت الجامعة بمرور 70 عامًا على تأسيسها.', options: { policy: 'tanween-alef' } },
    { code: 'قرأ الطالب الآية «وَالعَصْرِ» كاملة.', options: { keep: ['وَالعَصْرِ'] } },
  ],
  invalid: [
    {
      code: 'احتفلت الجامعةُ بمرورِ 70 عاما.',
      errors: [{ messageId: 'tashkeel', text: 'الجامعةُ' }, { text: 'بمرورِ' }],
      output: 'احتفلت الجامعة بمرور 70 عاما.',
    },
    {
      name: 'strip keeps shadda unless told otherwise',
      code: 'عَلَّمَ المعلمُ الطلاب.',
      errors: [{ messageId: 'tashkeel', text: 'عَلَّمَ' }, { text: 'المعلمُ' }],
      output: 'علّم المعلم الطلاب.',
    },
    { code: 'أكّد الوزير.', options: { keepShadda: false }, errors: [{ text: 'أكّد' }], output: 'أكد الوزير.' },
    {
      name: 'tanween-alef: the tanween moves before the alef, other marks go',
      code: 'مضى عاماً كاملاً على الاتفاقِ.',
      options: { policy: 'tanween-alef' },
      errors: [{ messageId: 'tanweenOrder', text: 'عاماً' }, { messageId: 'tanweenOrder', text: 'كاملاً' }, { messageId: 'tashkeel', text: 'الاتفاقِ' }],
      output: 'مضى عامًا كاملًا على الاتفاق.',
    },
  ],
});

// The passive (فُعِل): its damma disambiguates (عُلِم is not علم), so stripping it is only
// offered, beside a fix that keeps just that damma (and the shadda when kept).
runRuleTests(diacriticsPolicy, {
  valid: [
    // the damma alone on the first letter (what the passive fix writes) is left alone
    'قُتل ثلاثة أشخاص وعُثر على جثة.',
    'عُلّم الطلاب القراءة.',
  ],
  invalid: [
    {
      name: 'عُلِم: found, nothing preferred; keep the damma, or strip',
      code: 'عُلِم أن الوزير وصل.',
      errors: [{ messageId: 'passive', text: 'عُلِم', suggestions: ['عُلم', 'علم'] }],
      output: null,
    },
    {
      name: 'عُلِّمَ: the shadda is kept by both fixes (keepShadda), dropped by both without it',
      code: 'عُلِّمَ الطلاب.',
      errors: [{ messageId: 'passive', text: 'عُلِّمَ', suggestions: ['عُلّم', 'علّم'] }],
      output: null,
    },
    {
      code: 'عُلِّمَ الطلاب.',
      options: { keepShadda: false },
      errors: [{ messageId: 'passive', text: 'عُلِّمَ', suggestions: ['عُلم', 'علم'] }],
      output: null,
    },
    {
      name: 'after the proclitics و ف, and the derived forms (أُعلِن، اُعتُقِل، شُوهِد)',
      code: 'وَقُتِلَ ثلاثة، فعُثِر على جثة، وأُعلِنَت النتائج، واُعتُقِل اثنان وشُوهِد آخر.',
      errors: [
        { messageId: 'passive', text: 'وَقُتِلَ', suggestions: ['وقُتل', 'وقتل'] },
        { messageId: 'passive', text: 'فعُثِر', suggestions: ['فعُثر', 'فعثر'] },
        { messageId: 'passive', text: 'وأُعلِنَت', suggestions: ['وأُعلنت', 'وأعلنت'] },
        { messageId: 'passive', text: 'واُعتُقِل', suggestions: ['واُعتقل', 'واعتقل'] },
        { messageId: 'passive', text: 'وشُوهِد', suggestions: ['وشُوهد', 'وشوهد'] },
      ],
      output: null,
    },
    {
      name: 'not the past passive: imperfects (يُعلِن، تُحِبّ، يُقَال), participles (مُسلِم، مُدِير), a case ending (حُكومتِه): stripped as before',
      code: 'يُعلِن الوزير وتُحِبّ الناس ويُقَال إن المُسلِم المُدِير في حُكومتِه.',
      errors: [
        { messageId: 'tashkeel', text: 'يُعلِن' },
        { messageId: 'tashkeel', text: 'وتُحِبّ' },
        { messageId: 'tashkeel', text: 'ويُقَال' },
        { messageId: 'tashkeel', text: 'المُسلِم' },
        { messageId: 'tashkeel', text: 'المُدِير' },
        { messageId: 'tashkeel', text: 'حُكومتِه' },
      ],
      output: 'يعلن الوزير وتحبّ الناس ويقال إن المسلم المدير في حكومته.',
    },
    {
      name: 'tanween-alef: the passive is the same',
      code: 'قُتِلَ عاماً كاملاً.',
      options: { policy: 'tanween-alef' },
      errors: [
        { messageId: 'passive', text: 'قُتِلَ', suggestions: ['قُتل', 'قتل'] },
        { messageId: 'tanweenOrder', text: 'عاماً' },
        { messageId: 'tanweenOrder', text: 'كاملاً' },
      ],
      output: 'قُتِلَ عامًا كاملًا.',
    },
  ],
});
