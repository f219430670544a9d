import verbConfusion from '../../server/src/engine/rules/reporting-verbs/verb-confusion';
import type { NameEntry } from '../../server/src/engine/types';
import { runRuleTests } from '../lib/rule-tester';

const BAN: NameEntry[] = [{ canonical: 'بان كي مون', variants: ['بان كيمون'], source: { file: 'test', start: 0, end: 0 } }];

runRuleTests(verbConfusion, {
  valid: [
    // …but not an إلى inside the aside, nor after one comma alone, nor one followed by أشاد's
    // own بـ later in the sentence (the code reviewer), nor بان كي مون after أشار
    'وأشاد الرئيس، خلال زيارته إلى القاهرة، بالجهود. وأشاد الوزير بالمشروع، إلى جانب أنه قال كلمة. وأشاد الوزير بالمشروع، إلى أن انتهت الكلمة.',
    'وأشاد المدرب كثيرا، وعاد إلى الملعب.',
    // …but not the إلى of a noun that takes it (زيارته إلى), even with no بـ after it
    'وأشاد الرئيس في زيارته إلى القاهرة.',
    'وأشاد عدد من المشاركين في الرحلة إلى الرياض، بالتنظيم. وأشاد الوزير، في كلمته، بمناسبة وصوله إلى القاهرة، بالعلاقات بين البلدين.',
    'وأشار بان كي مون إلى الأزمة.',
    // (the second code reviewer) a praise noun after a foreign name is أشاد's object; the بأن of a
    // noun that takes بـ after «باسم …» is that noun's (ثقته بأن); after a comma, أشاد's clause ends
    'وأشاد ترامب بجهود مصر للتوصل إلى اتفاق. وأكد المتحدث باسم الحكومة ثقته بأن الأزمة ستنتهي.',
    'وأشاد الوزير بالمشروع، وأشار إلى أهميته.',
    // a praised object after the subject's باسم: أشاد is right, the إلى is another's
    'وأشاد المتحدث باسم الوزارة بجهود العاملين إلى جانب الشرطة.',
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
    // (adversarial run) بان of بان كي مون is a name, not بأن: fix-all wrote «وأكد ان كي مون»
    { name: 'بان كي مون after أكد', code: 'وأكد بان كي مون أن التغير المناخي يهدد السلم، ويؤكد بان كى مون أن العالم يحتاج إلى قيادة.' },
    { name: 'بان of a listed name after أكد', code: 'وقد أكد بان كيمون مرارا أن الحل العسكري لا ينهي النزاعات.', shared: { names: BAN } },
    // a noun that takes بـ between أكد and بأن: the بأن is the noun's (ثقته بأن «his confidence that»)
    { name: 'ثقته بأن، إيمانه بأن', code: 'وأكد اللاعب محمد صلاح ثقته بأن الفريق سيعود بقوة، وأكد حسام حسن إيمانه بأن المنتخب قادر، وأكدت الوزيرة قناعتها بأن الحل قريب.' },
    { name: 'ثقتي بأن، أملهم بأن (first person, plural)', code: 'وقال: «أؤكد ثقتي بأن الفريق سيعود»، وأكد اللاعبون أملهم بأن يفوز الفريق.' },
    // أشاد … إلى … بـ: the إلى belongs to a noun between, and the بـ of أشاد comes after it
    {
      name: 'أشاد with إلى inside its subject or an adverbial, and its بـ after',
      code: 'وأشاد الرئيس السيسي في كلمته إلى الأمة بتضحيات رجال الشرطة. وأشاد الوزير القادم إلى القاهرة بحفاوة الاستقبال. وأشاد الوفد الزائر إلى مصر بالتطور الذي تشهده البلاد. وأشاد المنتخب العائد إلى القاهرة بالدعم الجماهيري. وأشاد الجهاز الفني في تقريره إلى اتحاد الكرة بالتزام اللاعبين.',
    },
    // a finding's own lower severity never turns a rule that is off back on
    { code: 'وأشاد طلعت إلى التعاون، وأشار السفير بالشراكة الصينية المصرية.', severity: 'off' },
  ],
  invalid: [
    {
      // the politics desk's reader: a phrase between the subject and إلى
      name: 'أشاد + subject + a phrase + إلى',
      code: 'وأشاد النائب داوود في كلمته أمام الجلسة إلى أن نسبة المحبوسين تراجعت.',
      errors: [{ messageId: 'ashadIla', text: 'أشاد' }],
      output: 'وأشار النائب داوود في كلمته أمام الجلسة إلى أن نسبة المحبوسين تراجعت.',
    },
    {
      // the Gulf desk's reader: أكد … باسم … بأن
      // (and the politics desk's «وأكد بنداري بأن»: a name in ب right before بأن)
      name: 'وأكد المتحدث باسم الوزارة بأن; وأكد بنداري بأن',
      code: 'وأكد المتحدث باسم الوزارة بأن الخدمة متاحة. وأكد بنداري بأن المفوضية أعلنت النتائج.',
      errors: [{ messageId: 'akkadBianna', text: 'بأن' }, { messageId: 'akkadBianna', text: 'بأن' }],
      output: 'وأكد المتحدث باسم الوزارة أن الخدمة متاحة. وأكد بنداري أن المفوضية أعلنت النتائج.',
    },
    {
      // HOUSE-STYLE: «أشار بـ deserves a hint»; the digital desk's reader: أشار بأن for أشار إلى أن
      name: 'أشار بأن، أشار بأهمية: a hint, إلى offered',
      code: 'وأشار بأن النماذج اللغوية قد تخترع مراجع، وأشار الوزير بأنه سيعود. وأشار الوزير بأهمية التعاون.',
      errors: [
        { messageId: 'asharBianna', text: 'بأن', severity: 'hint', suggestions: ['إلى '] },
        { messageId: 'asharBianna', text: 'بأنه', severity: 'hint', suggestions: ['إلى '] },
        { messageId: 'asharBianna', text: 'بأهمية', severity: 'hint', suggestions: ['إلى '] },
      ],
      output: null,
    },
    {
      // the health desk's reader: a title, the name علي (read as على) and a surname, or an aside between two commas, before إلى
      name: 'أشاد + a long subject or an aside between commas + إلى',
      code: 'وأشاد الدكتور علي مصطفى إلى الدور الذي تقوم به الفرق. ومن جانبه، أشاد الدكتور علي مصطفى، رئيس قطاع الطب الوقائي، إلى جهود الفرق. وأشاد الوزير، في كلمته، إلى أهمية التعاون.',
      errors: [
        { messageId: 'ashadIla', text: 'أشاد' },
        { messageId: 'ashadIla', text: 'أشاد' },
        { messageId: 'ashadIla', text: 'أشاد' },
      ],
      output: 'وأشار الدكتور علي مصطفى إلى الدور الذي تقوم به الفرق. ومن جانبه، أشار الدكتور علي مصطفى، رئيس قطاع الطب الوقائي، إلى جهود الفرق. وأشار الوزير، في كلمته، إلى أهمية التعاون.',
    },
    {
      // the Gulf reviewer: the بـ after إلى belongs to التزام (التزام الشركة بحماية), not to أشاد
      name: 'أشاد … إلى … a noun that takes بـ in construct, then بـ: أشار إلى',
      code: 'أشاد الدخيل إلى التزام الشركة بحماية 75% من الجزر.',
      errors: [{ messageId: 'ashadIla', text: 'أشاد' }],
      output: 'أشار الدخيل إلى التزام الشركة بحماية 75% من الجزر.',
    },
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
      name: 'أشاد إلى with a بـ that is no object of it (بشكل كبير، الالتزام بـ) still the slip',
      code: 'وأشاد الوزير إلى أهمية التعاون بشكل كبير، وأشاد المدرب إلى أهمية الالتزام بالمواعيد.',
      errors: [{ messageId: 'ashadIla', text: 'أشاد' }, { messageId: 'ashadIla', text: 'أشاد' }],
      output: 'وأشار الوزير إلى أهمية التعاون بشكل كبير، وأشار المدرب إلى أهمية الالتزام بالمواعيد.',
    },
    // review of the adversarial fixes: a بـ after «إلى أن» is in the clause أن begins, and
    // «بمختلف»، «بالغة الأهمية»، «بفضل» are no object of أشاد: the slip is still fixed
    {
      name: 'أشاد … إلى أن … بفضل: no object of أشاد, the slip fixed',
      code: 'وأشاد الوزير في كلمته إلى أن الحكومة حققت إنجازات كبيرة بفضل جهود العاملين.',
      errors: [{ messageId: 'ashadIla', text: 'أشاد' }],
      output: 'وأشار الوزير في كلمته إلى أن الحكومة حققت إنجازات كبيرة بفضل جهود العاملين.',
    },
    {
      name: 'أشاد إلى … بمختلف / بالغة الأهمية: no object of أشاد, the slip fixed',
      code: 'وأشاد الوزير إلى أهمية التعاون بمختلف المجالات. وأشاد المدير إلى خطوة بالغة الأهمية.',
      errors: [{ messageId: 'ashadIla', text: 'أشاد' }, { messageId: 'ashadIla', text: 'أشاد' }],
      output: 'وأشار الوزير إلى أهمية التعاون بمختلف المجالات. وأشار المدير إلى خطوة بالغة الأهمية.',
    },
    // the foreign-desk and business-desk reviewers: the subject's own ب (باسم، a name in ب) hid the إلى after it
    {
      name: 'أشاد + a subject with باسم or a name in ب + إلى: the slip fixed',
      code: 'وأشاد المتحدث باسم الوزارة إلى أن الأسعار مستقرة. وأشادت المندوبة البريطانية باربرا وودوارد إلى ضرورة ترجمة القرار.',
      errors: [{ messageId: 'ashadIla', text: 'أشاد' }, { messageId: 'ashadIla', text: 'أشادت' }],
      output: 'وأشار المتحدث باسم الوزارة إلى أن الأسعار مستقرة. وأشارت المندوبة البريطانية باربرا وودوارد إلى ضرورة ترجمة القرار.',
    },
    // a name that reads as a noun taking بـ (حلمي، إيمان، أمل) is no ثقته بأن: only a noun with
    // a possessive pronoun keeps its بأن
    {
      name: 'أكد NAME بأن where the name reads as a noun (حلمي، إيمان، أمل): the slip fixed',
      code: 'وأكد الدكتور عمرو حلمي بأن الخطة جاهزة. وأكدت إيمان بأن الحل قريب. وأكدت الفنانة أمل بأن العمل مستمر.',
      errors: [{ messageId: 'akkadBianna', text: 'بأن' }, { messageId: 'akkadBianna', text: 'بأن' }, { messageId: 'akkadBianna', text: 'بأن' }],
      output: 'وأكد الدكتور عمرو حلمي أن الخطة جاهزة. وأكدت إيمان أن الحل قريب. وأكدت الفنانة أمل أن العمل مستمر.',
    },
    {
      name: 'بان with no name after it is still بأن',
      code: 'وأكد الوزير بان العمل مستمر، وأكد في كلمته بأن الدعم قائم.',
      errors: [{ messageId: 'akkadBianna', text: 'بان' }, { messageId: 'akkadBianna', text: 'بأن' }],
      output: 'وأكد الوزير ان العمل مستمر، وأكد في كلمته أن الدعم قائم.',
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
