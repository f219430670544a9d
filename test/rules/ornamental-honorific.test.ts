import ornamentalHonorific from '../../server/src/engine/rules/honorifics/ornamental-honorific';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(ornamentalHonorific, {
  valid: [
    // (a real sentence: fix-all cut the verb, «واستعراض بحري الرئيس الفرنسي»)
    { name: 'حضره «attended it» before a title is a verb, not حضرة', code: 'واستعراض بحري حضره الرئيس الفرنسي جاك شيراك.' },
    'استقبل الرئيس عبد الفتاح السيسي السفير الصيني.',
    // سعادة "happiness", سيادة "sovereignty", فضيلة "virtue": not before a title
    'تحدث الوزير عن سعادة المواطنين وسيادة الدولة وفضيلة الصدق.',
    // فخامة «grandeur» with a proclitic and no title after it: a noun (audit)
    'وبفخامة ما بعدها فخامة.',
    { code: 'استقبل جلالة الملك الوفد.', options: { allow: ['جلالة'] } },
  ],
  invalid: [
    {
      name: 'معالي before a word that is no title: offered, not applied',
      code: 'وأكد معالي رئيس الوزراء أن',
      errors: [{ text: 'معالي', fixes: 1 }],
      output: null,
    },
    { code: 'استقبل معالي الوزير السفير الصيني.', errors: [{ text: 'معالي' }], output: 'استقبل الوزير السفير الصيني.' },
    { name: 'proclitic joins the title: لفخامة الرئيس → للرئيس', code: 'وجه الوفد الشكر لفخامة الرئيس على الاستقبال.', errors: [{ text: 'فخامة' }], output: 'وجه الوفد الشكر للرئيس على الاستقبال.' },
    { code: 'وصاحب السمو الملكي الأمير حضر الحفل.', errors: [{ text: 'صاحب السمو الملكي' }], output: 'والأمير حضر الحفل.' },
    { code: 'وأشاد بسعادة السفير وجهوده.', errors: [{ text: 'سعادة' }], output: 'وأشاد بالسفير وجهوده.' },
    { name: 'with diacritics', code: 'استقبل مَعالي الوزير الوفد.', errors: [{ text: 'مَعالي' }], output: 'استقبل الوزير الوفد.' },
    { name: 'pronoun form: reported without a fix', code: 'وأكد معاليه أن العمل مستمر.', errors: [{ messageId: 'pronoun', text: 'معاليه', fixes: 0 }], output: null },
    {
      name: 'every honorific of the issue list, before its title',
      code: 'حضر سيادة الرئيس وحضرة النائب وسمو الأمير وصاحب السمو الأمير وجلالة الملك وصاحب الجلالة الملك وفضيلة الشيخ.',
      errors: [{ text: 'سيادة' }, { text: 'حضرة' }, { text: 'سمو' }, { text: 'صاحب السمو' }, { text: 'جلالة' }, { text: 'صاحب الجلالة' }, { text: 'فضيلة' }],
      output: 'حضر الرئيس والنائب والأمير والأمير والملك والملك والشيخ.',
    },
    {
      name: 'pronoun forms through a proclitic: لفخامته, سموه',
      code: 'وقال لفخامته إن الوفد وصل، وأكد سموه أن',
      errors: [{ messageId: 'pronoun', text: 'فخامته', fixes: 0 }, { messageId: 'pronoun', text: 'سموه', fixes: 0 }],
      output: null,
    },
    { code: 'وأشاد الوفد بسماحة المفتي.', options: { extra: ['سماحة'] }, errors: [{ text: 'سماحة' }], output: 'وأشاد الوفد بالمفتي.' },
  ],
});
