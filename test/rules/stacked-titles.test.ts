import stackedTitles from '../../server/src/engine/rules/honorifics/stacked-titles';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(stackedTitles, {
  valid: [
    'التقى الدكتور عمرو طلعت السفير الصيني.',
    'حاضر الأستاذ الدكتور أحمد زويل في الجامعة.',
    { code: 'حاضر الدكتور المهندس أحمد في الجامعة.', options: { accepted: ['الدكتور المهندس'] } },
  ],
  invalid: [
    { code: 'التقى السيد الدكتور عمرو طلعت السفير الصيني.', errors: [{ text: 'السيد الدكتور', fixes: 1 }], output: 'التقى الدكتور عمرو طلعت السفير الصيني.' },
    { name: 'proclitic joined to the kept title', code: 'وصرح للسيد الرئيس بأن', errors: [{ fixes: 1 }], output: 'وصرح للرئيس بأن' },
    { name: 'two specific titles: both fixes offered, neither preferred', code: 'حاضر الدكتور المهندس أحمد في الجامعة.', errors: [{ text: 'الدكتور المهندس', suggestions: ['', ''] }], output: null },
  ],
});
