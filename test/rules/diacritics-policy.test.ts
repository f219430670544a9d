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
      code: 'عُلِّمَ الطلاب.',
      errors: [{ text: 'عُلِّمَ' }],
      output: 'علّم الطلاب.',
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
