import verbConfusion from '../../server/src/engine/rules/reporting-verbs/verb-confusion';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(verbConfusion, {
  valid: [
    'وأشاد طلعت بعمق العلاقات المصرية الصينية وتنوع مجالاتها.',
    'وأشار طلعت إلى التعاون المصري الصيني في مجال الاتصالات.',
    'وأكد الوزير أن العمل مستمر.',
    // أشار بيده: not a praise object
    'وأشار بيده إلى القاعة.',
    // أشاد … إلى with a verb in between: إلى belongs to the next verb
    'أشاد الوزير بالجهود. وذهب إلى القاعة.',
    // … or another clause, or another reporting verb, comes before the إلى (fix-all would change the meaning)
    'أشاد الوزير ثم ذهب إلى القاعة.',
    'وأشاد الوزير الذي وصل إلى القاهرة بالجهود المبذولة.',
    'وأشاد وزير الخارجية الأمير فيصل، مشيرا إلى أهمية التعاون.',
    'وأشاد الوزير مشيرا إلى أهمية التعاون.',
    // إلى جانب "alongside"
    'وأشاد الوزير أمس إلى جانب نظيره بالجهود.',
    { code: 'ونوه الوزير إلى أهمية المشروع.', options: { nawwah: 'any' } },
    // إليه (a preposition with its pronoun) is read as إلى now: no «نوه بـ» fix that would drop the pronoun
    { code: 'ونوه الوزير إليه في كلمته.', options: { nawwah: 'bi' } },
    // audit 2 (4): بآن واحد "at once" is no بأن: nothing to drop after أكد
    'وأكد الوزير بآن واحد دعمه للخطة ورفضه للتأجيل.',
    // a finding's own lower severity never turns a rule that is off back on
    { code: 'وأشاد طلعت إلى التعاون، وأشار السفير بالشراكة الصينية المصرية.', severity: 'off' },
  ],
  invalid: [
    {
      name: 'audit 2 (3): the first person is not counted as a repeat, but نؤكد بأن is still the slip',
      code: 'ونحن نؤكد بأن الحل قريب.',
      errors: [{ messageId: 'akkadBianna', text: 'بأن' }],
      output: 'ونحن نؤكد أن الحل قريب.',
    },
    {
      code: 'وأشاد طلعت إلى التعاون المصري الصيني.',
      errors: [{ messageId: 'ashadIla', text: 'أشاد', severity: 'warning' }],
      output: 'وأشار طلعت إلى التعاون المصري الصيني.',
    },
    {
      name: 'participle and tatweel: مشيـدا إلى → مشيرا إلى',
      code: 'رحب السفير بالتعاون، مشيـدا إلى وجود العديد من الشركات.',
      errors: [{ messageId: 'ashadIla', text: 'مشيـدا' }],
      output: 'رحب السفير بالتعاون، مشيرا إلى وجود العديد من الشركات.',
    },
    {
      name: 'أشار بـ + praise: a hint (issue 6), with a suggestion only',
      code: 'وأشار السفير بالشراكة الصينية المصرية.',
      errors: [{ messageId: 'asharBi', text: 'أشار', suggestions: ['أشاد'], severity: 'hint' }],
      output: null,
    },
    {
      name: 'the rule at error: أشاد إلى is an error, أشار بـ + praise still a hint',
      code: 'وأشاد طلعت إلى التعاون، وأشار السفير بالشراكة الصينية المصرية.',
      severity: 'error',
      errors: [
        { messageId: 'ashadIla', text: 'أشاد', severity: 'error' },
        { messageId: 'asharBi', text: 'أشار', severity: 'hint' },
      ],
      output: 'وأشار طلعت إلى التعاون، وأشار السفير بالشراكة الصينية المصرية.',
    },
    {
      name: 'the rule at hint: everything a hint',
      code: 'وأشاد طلعت إلى التعاون، وأشار السفير بالجهود المبذولة.',
      severity: 'hint',
      errors: [
        { messageId: 'ashadIla', text: 'أشاد', severity: 'hint' },
        { messageId: 'asharBi', text: 'أشار', severity: 'hint' },
      ],
      output: 'وأشار طلعت إلى التعاون، وأشار السفير بالجهود المبذولة.',
    },
    {
      code: 'وأكد الوزير بأن العمل مستمر.',
      errors: [{ messageId: 'akkadBianna', text: 'بأن' }],
      output: 'وأكد الوزير بأن العمل مستمر.'.replace('بأن', 'أن'),
    },
    {
      name: 'أكدت بأنها',
      code: 'أكدت بأنها ستشارك.',
      errors: [{ messageId: 'akkadBianna', text: 'بأنها' }],
      output: 'أكدت أنها ستشارك.',
    },
    {
      code: 'ونوه الوزير إلى أهمية المشروع.',
      options: { nawwah: 'bi' },
      errors: [{ messageId: 'nawwahIla', text: 'إلى' }],
      output: 'ونوه الوزير بأهمية المشروع.',
    },
    {
      code: 'ونوه الوزير بأهمية المشروع.',
      options: { nawwah: 'ila' },
      errors: [{ messageId: 'nawwahBi', text: 'ب' }],
      output: 'ونوه الوزير إلى أهمية المشروع.',
    },
  ],
});
