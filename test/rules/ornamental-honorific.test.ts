import ornamentalHonorific from '../../server/src/engine/rules/honorifics/ornamental-honorific';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(ornamentalHonorific, {
  valid: [
    // (a real sentence: fix-all cut the verb, «واستعراض بحري الرئيس الفرنسي»)
    { name: 'حضره «attended it» before a title is a verb, not حضرة', code: 'واستعراض بحري حضره الرئيس الفرنسي جاك شيراك.' },
    'استقبل الرئيس عبد الفتاح السيسي السفير الصيني.',
    // سعادة "happiness", سيادة "sovereignty", فضيلة "virtue": not before a title
    'تحدث الوزير عن سعادة المواطنين وسيادة الدولة وفضيلة الصدق.',
    // happiness of a role no one is given سعادة before (رئيس)
    'وبدت سعادة رئيس النادي واضحة بعد الفوز.',
    // فخامة «grandeur» with a proclitic and no title after it: a noun (audit)
    'وبفخامة ما بعدها فخامة.',
    { code: 'استقبل جلالة الملك الوفد.', options: { allow: ['جلالة'] } },
    // (audit) سعادته «his happiness», سيادتها «its sovereignty»: nouns, not honorifics
    { name: 'سعادته/سعادتها «happiness»', code: 'وأعرب المدرب عن سعادته بما قدمه الفريق، وأبدى اللاعب سعادته الكبيرة بالفوز، وعبرت الفنانة عن سعادتها.' },
    { name: 'سيادته/سيادتها «sovereignty»', code: 'واتهمت الحكومة جارتها بانتهاك سيادتها في المنطقة، ودعت إلى احترام سيادته ووحدة أراضيه، وأكدت سيادتها على الجزر.' },
    // (audit) fix-all wrote «يا الأمير», which is no Arabic
    { name: 'an address with يا keeps its honorific', code: 'إن الأمر يا سمو الأمير يحتاج إلى وقت.' },
    // a verb before سعادته/سيادتها takes it as its object (أبدى سعادته، انتهكت سيادتها), agrees
    // with it as «happiness» (زادت سعادته: feminine), or is one the title never does
    {
      name: 'سعادته «happiness» after a verb: its object, or the subject of a feminine verb',
      code: 'وأبدى المدرب سعادته بالفوز، مبديا سعادته بما قدمه اللاعبون، وعبر عن سعادته بعودة الجماهير، وزادت سعادته بعد الهدف الثاني.',
    },
    {
      name: 'سيادته/سيادتها «sovereignty» after a verb: its object',
      code: 'وتؤكد مصر احترام سيادة القانون، واستعادت الدولة سيادتها على أراضيها، وأكد سيادتها على الجزيرة، وقد انتهك سيادته الجار.',
    },
    // (review) a feminine verb agrees with «her happiness» and «its sovereignty» as with the title
    {
      name: 'سعادتها/سيادتها as the subject of a feminine verb happiness or sovereignty may have',
      code: 'ووصلت سعادتها ذروتها عندما فاز ابنها، وتسلمت سيادتها على الجزر بعد سنوات من المفاوضات، وشهدت سيادتها انتهاكات متكررة.',
    },
    { name: 'سعادة without a pronoun, after a preposition', code: 'واستقبل الأهالي الخبر بكل سعادة، وأعرب عن سعادته البالغة بتكريمه.' },
    // (audit) a quotation keeps the speaker's words, with «…», "…" or ”…“
    // (adversarial run: fix-all wrote «في الرئيس», «وظهرت اللاعب محمد صلاح», «عرض فيلم الوزير»)
    { name: 'حضرة «presence» after في or بـ', code: 'وكان الحلم أن يجلس الشاعر في حضرة الرئيس جمال عبد الناصر، ووقف المتهم في حضرة القاضي صامتا، وأقسم بحضرة الوزير.' },
    {
      name: 'سعادة «happiness» before a title no one is given سعادة',
      code: 'وظهرت سعادة اللاعب محمد صلاح بعد الفوز، ووسط سعادة اللاعب الكبيرة رفع الكأس. ووسط سعادة الفنان محمد منير بتكريمه، ألقى كلمة. وشهدت الجلسة سعادة الفنان عمرو دياب. وبدت سعادة الرئيس عبد الفتاح السيسي واضحة.',
    },
    {
      name: 'an honorific right after فيلم، مسلسل، أغنية … is the title of a work',
      code: 'وأعادت القناة عرض فيلم معالي الوزير للفنان أحمد زكي، ثم فيلم سيادة الرئيس. وشارك في مسلسل صاحب السعادة عام 2014، وغنت الجماهير أغنية فخامة الاسم تكفي.',
    },
    { name: 'فخامة «grandeur», معالي «lofty things» before a noun with the article', code: 'وتحقق فخامة المكان وجمال التصميم تجربة فريدة، ويسعى الطلاب إلى معالي الأمور.' },
    { name: 'in a quotation', code: 'وقال في كلمته «نشكر صاحب السمو الملكي الأمير سالم على رعايته» ثم قال ”لقد حظيت المدينة باهتمام جلالة الملك“ وختم "نيابة عن سموه الكريم".' },
  ],
  invalid: [
    {
      // the Gulf desk's reader
      name: 'سعادة before وكيل in construct, سمو before a province\'s أمير',
      code: 'وأعلن سعادة وكيل الوزارة للتخطيط العمراني إطلاق الخدمة. واستقبل سمو أمير منطقة مكة المكرمة الوفد.',
      errors: [{ text: 'سعادة' }, { text: 'سمو' }],
      output: 'وأعلن وكيل الوزارة للتخطيط العمراني إطلاق الخدمة. واستقبل أمير منطقة مكة المكرمة الوفد.',
    },
    {
      // the courts desk's reader (death sentences) and the culture desk's
      name: 'فضيلة before المفتي or مفتي in construct, سعادة before a title in construct',
      code: 'وقضت المحكمة بإحالة أوراق المتهم إلى فضيلة مفتي الجمهورية. والتقى فضيلة المفتي وفد النيابة. وحضر الختام سعادة سفير الاتحاد الأوروبي.',
      errors: [{ text: 'فضيلة' }, { text: 'فضيلة' }, { text: 'سعادة' }],
      output: 'وقضت المحكمة بإحالة أوراق المتهم إلى مفتي الجمهورية. والتقى المفتي وفد النيابة. وحضر الختام سفير الاتحاد الأوروبي.',
    },
    {
      // review: quotations typed »…« are read as such; the text between two of them is no quotation
      name: 'between two quotations typed the wrong way round (»الحكومة« … »القاهرة«) the honorific is cut',
      code: 'وقال »الحكومة« إن فخامة الرئيس وصل إلى »القاهرة« أمس',
      errors: [{ text: 'فخامة' }],
      output: 'وقال »الحكومة« إن الرئيس وصل إلى »القاهرة« أمس',
    },
    {
      name: 'a « placed as a closer with no quotation open opens none',
      code: 'قالت الوكالة« إن فخامة الرئيس وصل» أمس',
      errors: [{ text: 'فخامة' }],
      output: 'قالت الوكالة« إن الرئيس وصل» أمس',
    },
    {
      name: 'معالي before a word that is no title: offered, not applied',
      code: 'وأكد معالي رئيسها أن',
      errors: [{ text: 'معالي', fixes: 1 }],
      output: null,
    },
    {
      // the Gulf reviewer: «ومعالي وزير الاستثمار»، «وأكد سمو ولي العهد»; snnv_0228, snn_was_02: «وأكد معالي وزير
      // المياه والكهرباء»; snnv_0021: «شاكرا لسمو أمير المنطقة»
      name: 'a role in construct with a definite noun is a title: the honorific is cut, with a proclitic too',
      code: 'وأكد معالي رئيس الوزراء أن الخطة جاهزة، ومعالي وزير الاستثمار حاضر. وأكد سمو ولي العهد أن المملكة ماضية، شاكرا لسمو أمير المنطقة، وحضر معالي أمين عام المجلس.',
      errors: [{ text: 'معالي' }, { text: 'معالي' }, { text: 'سمو' }, { text: 'سمو' }, { text: 'معالي' }],
      output: 'وأكد رئيس الوزراء أن الخطة جاهزة، ووزير الاستثمار حاضر. وأكد ولي العهد أن المملكة ماضية، شاكرا لأمير المنطقة، وحضر أمين عام المجلس.',
    },
    {
      name: 'سعادة before a title سعادة is given to, after a word that takes a noun: offered, not applied',
      code: 'ووسط سعادة السفير بالاستقبال، شكر الحضور.',
      errors: [{ text: 'سعادة', fixes: 1 }],
      output: null,
    },
    {
      // (review) سعادة is given to a company's chief executive or board chairman
      name: 'سعادة before الرئيس التنفيذي or رئيس مجلس الإدارة: cut',
      code: 'وقال سعادة الرئيس التنفيذي للشركة إن الأرباح ارتفعت، وأكد سعادة رئيس مجلس الإدارة أن التوسع مستمر.',
      errors: [{ text: 'سعادة' }, { text: 'سعادة' }],
      output: 'وقال الرئيس التنفيذي للشركة إن الأرباح ارتفعت، وأكد رئيس مجلس الإدارة أن التوسع مستمر.',
    },
    {
      name: 'سعادة الرئيس التنفيذي after a word that takes a noun: offered, not applied',
      code: 'وبدت سعادة الرئيس التنفيذي للشركة بالنتائج واضحة.',
      errors: [{ text: 'سعادة', fixes: 1 }],
      output: null,
    },
    {
      name: 'سعادة before a title it is given to, and حضرة with no في before it: cut',
      code: 'واستقبل سعادة السفير الوفد، وشهد حضرة المستشار الجلسة، وأشاد بسعادة اللواء.',
      errors: [{ text: 'سعادة' }, { text: 'حضرة' }, { text: 'سعادة' }],
      output: 'واستقبل السفير الوفد، وشهد المستشار الجلسة، وأشاد باللواء.',
    },
    { code: 'استقبل معالي الوزير السفير الصيني.', errors: [{ text: 'معالي' }], output: 'استقبل الوزير السفير الصيني.' },
    // final check: the masculine شهد «attended» has the honorific for its subject
    { name: 'وشهد سعادة السفير: cut', code: 'وشهد سعادة السفير توقيع الاتفاقية.', errors: [{ text: 'سعادة' }], output: 'وشهد السفير توقيع الاتفاقية.' },
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
    {
      name: 'سعادته/سيادته as the one who speaks or acts: reported',
      code: 'واطلع سعادته على المعرض، وأكد سيادته أن العمل مستمر، وقال سعادته: شكرا.',
      errors: [
        { messageId: 'pronoun', text: 'سعادته', fixes: 0 },
        { messageId: 'pronoun', text: 'سيادته', fixes: 0 },
        { messageId: 'pronoun', text: 'سعادته', fixes: 0 },
      ],
      output: null,
    },
    {
      // VSO copy: the verb before the title, whatever follows it (an object, خلال, في, ب)
      name: 'سعادته/سيادته as the subject of a verb before it: reported',
      code: 'وثمن سعادته الجهود المبذولة في تطوير الخدمات، وقال سيادته خلال الاجتماع إن المشروعات مستمرة، وأشاد سعادته بجهود العاملين، مطالبا سيادته الجهات المعنية بالالتزام بالمواعيد.',
      errors: [
        { messageId: 'pronoun', text: 'سعادته', fixes: 0 },
        { messageId: 'pronoun', text: 'سيادته', fixes: 0 },
        { messageId: 'pronoun', text: 'سعادته', fixes: 0 },
        { messageId: 'pronoun', text: 'سيادته', fixes: 0 },
      ],
      output: null,
    },
    {
      name: 'سعادتها as the subject of a feminine verb before it: reported',
      code: 'واستقبلت سعادتها وفد الغرفة التجارية، وافتتحت سيادتها المعرض.',
      errors: [
        { messageId: 'pronoun', text: 'سعادتها', fixes: 0 },
        { messageId: 'pronoun', text: 'سيادتها', fixes: 0 },
      ],
      output: null,
    },
    {
      // a closing mark whose opening one was never written quotes nothing after it
      name: 'a stray quotation mark does not hide the rest of the line',
      code: 'وقال إن الحفل ناجح فيه". ثم زار معالي الوزير المعرض.',
      errors: [{ text: 'معالي' }],
      output: 'وقال إن الحفل ناجح فيه". ثم زار الوزير المعرض.',
    },
  ],
});
