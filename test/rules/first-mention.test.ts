import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../server/src/engine';
import firstMention from '../../server/src/engine/rules/honorifics/first-mention';
import { sampleArticle } from '../lib/corpus';
import { runRuleTests } from '../lib/rule-tester';
import { SEED_NAMES } from './name-spelling.test';

const shared = { names: SEED_NAMES };
const ROLE = 'وزير الاتصالات وتكنولوجيا المعلومات';

runRuleTests(firstMention, {
  valid: [
    { code: `التقى الدكتور عمرو طلعت ${ROLE} السفير.\n\nوأشاد طلعت بالعلاقات.`, shared },
    { name: 'a headline uses the surname', code: `طلعت يبحث مع سفير الصين التعاون\n\nالتقى الدكتور عمرو طلعت ${ROLE}، مع السفير.`, shared },
    { name: 'people without title or role in the list', code: 'وقال ليكيانج إن العلاقات ممتازة. والتقى لياو ليكيانج الوزير.', shared },
    // طلعة (a listed surname variant) is the word «sortie» where the draft never names the person
    { name: 'طلعة «sortie» in a draft that never names the person: no bare surname', code: 'نفذ الطيار طلعة جوية فوق المدينة.\n\nواستعد السرب لطلعة جديدة.', shared },
  ],
  invalid: [
    {
      name: 'bare surname before the full mention: a suggestion only',
      code: `وأشاد طلعت بالعلاقات.\n\nالتقى الدكتور عمرو طلعت ${ROLE} السفير.`,
      shared,
      errors: [{ messageId: 'bareSurname', text: 'طلعت', suggestions: [`الدكتور عمرو طلعت ${ROLE}`] }],
      output: null,
    },
    {
      name: 'first mention without title and role: both inserted, proclitic moved to the title',
      code: 'والتقى السفير وعمرو طلعت في القاهرة.',
      shared,
      errors: [{ messageId: 'incomplete', text: 'عمرو طلعت' }],
      output: `والتقى السفير والدكتور عمرو طلعت ${ROLE} في القاهرة.`,
    },
    {
      name: 'full title repeated later → surname',
      code: `التقى الدكتور عمرو طلعت ${ROLE} السفير.\n\nوأكد الدكتور عمرو طلعت أن التعاون مستمر.`,
      shared,
      errors: [{ messageId: 'repeatedFull', text: 'الدكتور عمرو طلعت' }],
      output: `التقى الدكتور عمرو طلعت ${ROLE} السفير.\n\nوأكد طلعت أن التعاون مستمر.`,
    },
  ],
});

it('first-mention: the sample article names طلعت correctly (headline exempt, full first mention, surname after)', () => {
  const text = sampleArticle();
  const r = lint(text, { rules: [firstMention], config: { rules: {}, shared } });
  assert.deepEqual(r.findings.map((f) => text.slice(f.start, f.end)), []);
});
