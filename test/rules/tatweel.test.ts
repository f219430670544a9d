import tatweel from '../../server/src/engine/rules/hidden-characters/tatweel';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(tatweel, {
  valid: [
    'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات',
    // a lone proclitic joined to a number or a Latin word
    'ارتفعت الصادرات بـ70 مليون دولار',
    'قال لـ BBC إن المفاوضات مستمرة',
    'وصرح لـ«الأهرام» بأن',
  ],
  invalid: [
    { code: 'وأشـــاد طلعت', errors: [{ messageId: 'tatweel', text: 'ـــ', line: 1, column: 4 }], output: 'وأشاد طلعت' },
    {
      name: 'tatweel between diacritics keeps the diacritics',
      code: 'طَلعـَت',
      errors: [{ text: 'ـ' }],
      output: 'طَلعَت',
    },
    { code: 'الـــوزير والـسفير', errors: [{ text: 'ـــ' }, { text: 'ـ' }], output: 'الوزير والسفير' },
  ],
});
