import nameSpelling from '../../server/src/engine/rules/names/name-spelling';
import type { NameEntry } from '../../server/src/engine/types';
import { runRuleTests } from '../lib/rule-tester';

const src = { file: 'test', start: 0, end: 0 };
export const SEED_NAMES: NameEntry[] = [
  { canonical: 'عمرو طلعت', variants: ['عمر طلعت', 'عمرو طلعة'], title: 'الدكتور', role: 'وزير الاتصالات وتكنولوجيا المعلومات', source: src },
  { canonical: 'لياو ليكيانج', variants: ['لياو لي تشيانغ'], source: src },
  { canonical: 'عبد الفتاح السيسي', variants: ['عبدالفتاح السيسى'], title: 'الرئيس', source: src },
];
const shared = { names: SEED_NAMES };

runRuleTests(nameSpelling, {
  valid: [
    { code: 'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات، مع لياو ليكيانج سفير جمهورية الصين.', shared },
    { name: 'diacritics and tatweel on the canonical spelling', code: 'وأشاد طَلعـت بعمق العلاقات، وقال عَمرو طلعت إن', shared },
    { name: 'never inside a longer word', code: 'تابع الطيارون الطلعة الجوية من مطلعة الجبل، ومطلعت القصيدة جميلة.', shared },
    { name: 'عمر alone is another person', code: 'وقال عمر الشريف إن الفيلم جاهز.', shared },
    { name: 'no names list: nothing to check', code: 'التقى الدكتور عمر طلعت وزير الاتصالات.' },
  ],
  invalid: [
    {
      name: 'the proclitic is kept: وعمر طلعت → وعمرو طلعت',
      code: 'التقى السفير وعمر طلعت وزير الاتصالات.',
      shared,
      errors: [{ messageId: 'misspelt', text: 'عمر طلعت' }],
      output: 'التقى السفير وعمرو طلعت وزير الاتصالات.',
    },
    {
      name: 'surname variant through a preposition: لطلعة → لطلعت',
      code: 'وجه السفير الدعوة لطلعة لزيارة الصين.',
      shared,
      errors: [{ text: 'طلعة' }],
      output: 'وجه السفير الدعوة لطلعت لزيارة الصين.',
    },
    {
      name: 'diacritics and tatweel inside the variant are covered by the range',
      code: 'وأشاد طَلعـة بالتعاون.',
      shared,
      errors: [{ text: 'طَلعـة' }],
      output: 'وأشاد طلعت بالتعاون.',
    },
    {
      name: 'no-break and doubled spaces between the parts of a name',
      code: 'التقى لياو\u00a0لي  تشيانغ سفير الصين.',
      shared,
      errors: [{ text: 'لياو\u00a0لي  تشيانغ' }],
      output: 'التقى لياو ليكيانج سفير الصين.',
    },
    {
      name: 'presentation forms copied from a PDF',
      code: 'وقال ﻋﻤﺮ ﻃﻠﻌﺖ إن',
      shared,
      errors: [{ text: 'ﻋﻤﺮ ﻃﻠﻌﺖ' }],
      output: 'وقال عمرو طلعت إن',
    },
    {
      name: 'final ى of a variant is not a difference by itself, but the joined spelling is',
      code: 'استقبل الرئيس عبدالفتاح السيسى الوفد.',
      shared,
      errors: [{ text: 'عبدالفتاح السيسى' }],
      output: 'استقبل الرئيس عبد الفتاح السيسي الوفد.',
    },
  ],
});
