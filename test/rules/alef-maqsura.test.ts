import alefMaqsura from '../../server/src/engine/rules/orthography/alef-maqsura';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(alefMaqsura, {
  valid: [
    // the code reviewer: in verb-subject order علي is the subject (or completes one) where the verb's own على
    // follows, or before a surname (definite, or unknown to the lexicon)
    'ووافق علي عبدالله صالح على المبادرة. وأصر علي الحبسي على المشاركة. وحصلت شركة علي بابا على ترخيص. وركزت زوجة علي في حديثها على الأبناء. وحصل علي العمير على الجائزة.',
    // …across an apposition, and before a surname with no على after it (definite, or unknown to the lexicon)
    'ووافق علي حسن، وزير المالية، على الميزانية. وحصل علي العمير أمس. وحصل علي كوفتون أمس.',
    // a noun the name may complete: «Ali's list», «Ali's building»; a verb whose subject the name is
    'ضمن قائمة علي الانتخابية، وبناء علي الجديد، ووافق علي على المقترح.',
    // (second reader, on the SaudiNewsNet articles) the name after a word of kinship, and the
    // name as the subject of a verb of saying, which never takes على: nothing is said
    'ليلتحق بطفله الرضيع علي بعد ثمانية أيام، وحضر ابنه علي هذا الحفل.',
    'وأضاف علي أن الخطة ناجحة، وأوضح علي أن التنفيذ قريب، ويرى علي أن الموعد مناسب.',
    'وأكد الدكتور علي الغامدي على أهمية التعاون حتى نهاية العام.',
    // علي the name: after a title, before a surname, before بن
    'التقى الشيخ علي أهمية الدين',
    'وقال علي الحسيني إن الأمر انتهى',
    'الأمير علي بن الحسين',
    // علي the name speaking: before إنّ, or after قال (إن folds like أن, which does make علي على)
    'وقال علي إن الأمر محسوم',
    'قال علي انه سيعود',
    'جسد علي الهش',
    // the names list knows «علي العمير»
    {
      code: 'وزير النفط علي العمير',
      shared: { names: [{ canonical: 'علي العمير', variants: [], source: { file: 'x', start: 0, end: 0 } }] },
    },
    // إلي (to me) before an indefinite word
    'أرسل إلي رسالة',
    // والي is a word (governor)
    'التقى والي الولاية',
    // vowelled: عليّ is a word
    'السلام عليّ',
    // adversarial run: a quotation of the Quran is left as quoted (﴿…﴾, or «…» after تعالى)
    'قال تعالى: «وأوحي إلي هذا القرآن لأنذركم به ومن بلغ».',
    'وقال الله عز وجل: ﴿قل أوحي إلي أنه استمع نفر من الجن﴾',
    // words whose ي spelling is another word (معني، مبني، مستوٍ، بشري، لديّ) and an elative
    // without the article (أُعلي «I raise»), all left as written; the right spellings too
    'ومعني ذلك أن المبني مبني، والسطح المستوي، وقال أعلي من صوته، وهي بشري سارة، ولدي الوزير.',
    // (the SaudiNewsNet articles) a nisba that is a family name, a participle, a verb
    'وقال إبراهيم البلوي وأحمد الحلوي ومحمد الفهد العيسي إن العقد المنتهي لا يجدد، واستقرت الكرة في مرمي الشعب، والفيتامينات تقوي المناعة.',
    'ونقل إلى المستشفى، وزار مصطفى مدبولي الملتقى، وللمرة الأخرى بلغ الحد الأعلى.',
    // vowelled: left as typed
    'وزار المستشفيَ',
    // those names' ي spellings as the words they are, with no title before them; أُعلي «I raise»;
    // مرسي a name of its own; «، علي أن» before a noun may be the name in apposition (offered only)
    'وطلب مني الحضور، وهو يحيي الجمهور. وقال: أعلي من شأن العلم. حتى أعلي اسم بلدي. والتقى الرئيس مرسي الوفد.',
    // the name in apposition when the verb's على follows; the name as the subject of قضى
    'وأصر المتهم علي الحبسي على البراءة، وقضى علي عامين في السجن.',
    // (the code reviewer) the name as the object of قضى with a person for subject, or of أجبر
    // with one word between; الاسمي «nominal» is no الأسمى
    'وقضى الأسير علي السعدي 20 عاما في سجون الاحتلال. وأجبرت الإصابة علي الحبسي الغياب. وبلغ الناتج المحلي الإجمالي الاسمي تريليون دولار.',
  ],
  invalid: [
    {
      // the Gulf desk's reader: market reports, and على before بقية / كافة
      name: 'أدني / أعلي after a preposition or before مستوى (with a proclitic too); علي before بقية; علي after تحفظ or a court with its name',
      code: 'وتراجع المؤشر إلى أدني مستوى منذ شهرين، وسجل أعلي مستوياته، وبلغ بأعلي سعر. وتعمم علي بقية الأمانات. وتحفظت الشرطة علي المتهم. وقضت محكمة جنايات القاهرة علي المتهم بالسجن.',
      errors: [
        { messageId: 'word', text: 'أدني' },
        { messageId: 'word', text: 'أعلي' },
        { messageId: 'word', text: 'بأعلي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
      ],
      output: 'وتراجع المؤشر إلى أدنى مستوى منذ شهرين، وسجل أعلى مستوياته، وبلغ بأعلى سعر. وتعمم على بقية الأمانات. وتحفظت الشرطة على المتهم. وقضت محكمة جنايات القاهرة على المتهم بالسجن.',
    },
    {
      // the local and arts desks' readers
      // (a ى name after a title is offered only: المدرب يحيي الجماهير is the verb, the second code reviewer)
      name: 'a ى name written with ي right after a title (offered); «، علي أن» before a verb; a later على or name علي that is another word\'s',
      code: 'وقال المهندس يحيي زكي إن العمل بدأ. وقالت الفنانة مني زكي إن الفيلم جاهز. وفتحت المديرية باب التظلمات، علي أن تعلن النتيجة. وحصل الفيلم علي المركز الأول متفوقا على فيلم آخر. وحصلت الفنانة علي حكم سابق لصالح نجلها علي.',
      errors: [
        { messageId: 'maybeName', text: 'يحيي', suggestions: ['ى'] },
        { messageId: 'maybeName', text: 'مني', suggestions: ['ى'] },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
      ],
      output: 'وقال المهندس يحيي زكي إن العمل بدأ. وقالت الفنانة مني زكي إن الفيلم جاهز. وفتحت المديرية باب التظلمات، على أن تعلن النتيجة. وحصل الفيلم على المركز الأول متفوقا على فيلم آخر. وحصلت الفنانة على حكم سابق لصالح نجلها علي.',
    },
    {
      // the courts and culture desks' readers
      name: 'علي before a definite word after a verb that takes على and its definite subject or object; ذمة; التحفظ; a participle before أن',
      code: 'وأصر المتهم علي الإنكار. وقضت المحكمة علي المتهم بالسجن. وحثت الدار المواطنين علي المبادرة. وتعتمد الدار علي المتطوعين. وحبس علي ذمة التحقيقات مع التحفظ علي السيارات، مشددا علي أن القانون يسري.',
      errors: [
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
      ],
      output: 'وأصر المتهم على الإنكار. وقضت المحكمة على المتهم بالسجن. وحثت الدار المواطنين على المبادرة. وتعتمد الدار على المتطوعين. وحبس على ذمة التحقيقات مع التحفظ على السيارات، مشددا على أن القانون يسري.',
    },
    {
      // the health desk's reader: «المستشفي أجرى»، «مستشفي جديدا»; aghlat's الكبري/الاعلي pairs
      name: 'a word that ends only in ى written with ي: its ى, with its proclitics and article, the one letter edited',
      code: 'وقال المدير إن المستشفي أجرى 37 عملية، وافتتح مستشفي جديدا، وزار مصطفي مدبولي الملتقي. وللمستشفي أثر في المرة الأخري، وبلغ الحد الأعلي في المباراة الكبري، وعمت الفوضي.',
      errors: [
        { messageId: 'word', text: 'المستشفي' },
        { messageId: 'word', text: 'مستشفي' },
        { messageId: 'word', text: 'مصطفي' },
        { messageId: 'word', text: 'الملتقي' },
        { messageId: 'word', text: 'وللمستشفي' },
        { messageId: 'word', text: 'الأخري' },
        { messageId: 'word', text: 'الأعلي' },
        { messageId: 'word', text: 'الكبري' },
        { messageId: 'word', text: 'الفوضي' },
      ],
      output: 'وقال المدير إن المستشفى أجرى 37 عملية، وافتتح مستشفى جديدا، وزار مصطفى مدبولي الملتقى. وللمستشفى أثر في المرة الأخرى، وبلغ الحد الأعلى في المباراة الكبرى، وعمت الفوضى.',
    },
    {
      // the Egyptian reviewer's second read: «حصل علي 9870 صوتا»، «لتخفيف الضغط علي الموقع»، «نقل المصابين الي مستشفى»
      name: 'a word that takes على before a number, الضغط, and الي after a plural: the preposition',
      code: 'حصل علي 9870 صوتا، ولتخفيف الضغط علي الموقع نقل المصابين الي مستشفى سمالوط. وسجل علي 3 أهداف.',
      errors: [
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'الي' },
      ],
      output: 'حصل على 9870 صوتا، ولتخفيف الضغط على الموقع نقل المصابين إلى مستشفى سمالوط. وسجل علي 3 أهداف.',
    },
    {
      // the Egyptian reviewer: «لضبط الخارجين علي القانون»، «الوزارة حريصة علي دعم الحركة التشكيلية»
      name: 'علي after a word that takes على and has no name for subject or complement: على, whatever follows',
      code: 'تواصل جهودها لضبط الخارجين علي القانون، والوزارة حريصة علي دعم الحركة، وردا علي سؤال قال إنه يسعى للحصول علي موافقة.',
      errors: [
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
        { messageId: 'particle', text: 'علي' },
      ],
      output: 'تواصل جهودها لضبط الخارجين على القانون، والوزارة حريصة على دعم الحركة، وردا على سؤال قال إنه يسعى للحصول على موافقة.',
    },
    {
      name: 'علي that may be the name or عليّ (on me): the preposition only offered (audit)',
      code: 'ما خفف علي أن ابني شهيد، وحصل علي هذا التكريم، وأضاف علي ذلك شرطا. خفض الرسوم علي أكثر من 80% من السلع، وقال علي أكثر من مرة إن الخطة جاهزة.',
      errors: [
        { messageId: 'maybeParticle', text: 'علي', suggestions: ['ى'] },
        { messageId: 'maybeParticle', text: 'علي', suggestions: ['ى'] },
        // (review) «أضاف على ذلك» «added to that»: after a verb of saying only أن (and أكثر، أقل) makes علي the name
        { messageId: 'maybeParticle', text: 'علي', suggestions: ['ى'] },
        // the Gulf reviewer: «خفض الرسوم علي أكثر من 80%»
        { messageId: 'maybeParticle', text: 'علي', suggestions: ['ى'] },
      ],
      output: null,
    },
    {
      code: 'وأكد البيان علي أهمية التعاون حتي نهاية العام',
      errors: [
        { messageId: 'particle', text: 'علي', suggestions: ['ى'] },
        { messageId: 'particle', text: 'حتي', suggestions: ['ى'] },
      ],
      output: 'وأكد البيان على أهمية التعاون حتى نهاية العام',
    },
    {
      name: 'علي before أن / الرغم / هذا, also with و',
      code: 'وأكد علي أن الخطة ناجحة وعلي الرغم من ذلك',
      errors: [{ text: 'علي' }, { text: 'علي' }],
      output: 'وأكد على أن الخطة ناجحة وعلى الرغم من ذلك',
    },
    {
      name: 'علي before إثر is still على (an إ word that is not إنّ)',
      code: 'وقع الحادث علي إثر خلاف',
      errors: [{ text: 'علي' }],
      output: 'وقع الحادث على إثر خلاف',
    },
    {
      name: 'الي → إلى: two letters, one fix',
      code: 'وصل الوفد الي المدينة',
      errors: [{ messageId: 'particle', text: 'الي', suggestions: ['إ|ى'] }],
      output: 'وصل الوفد إلى المدينة',
    },
    {
      // the foreign-desk reviewer: «حصلت حملة ترامب علي دعم حاكم الولاية» was silent
      name: 'علي after an intransitive verb that takes على, or after it and its subject: على',
      code: 'وفي جورجيا حصلت حملة ترامب علي دعم الحاكم. وحصل علي دعم كبير. وحصل محمد علي على الجائزة.',
      errors: [{ messageId: 'particle', text: 'علي' }, { messageId: 'particle', text: 'علي' }],
      output: 'وفي جورجيا حصلت حملة ترامب على دعم الحاكم. وحصل على دعم كبير. وحصل محمد علي على الجائزة.',
    },
    {
      // the code reviewers: a colon or Markdown emphasis after الي ends nothing (إلى); after رجل، رد، ترجمة
      // both readings stand (رجل آلي a robot, رد آلي an auto-reply, ترجمة الي العربية): offered, إلى first
      // before a definite word; before a slash, a dash or an ellipsis آلي may stand too
      name: 'الي before a colon or emphasis: إلى; after رجل/رد/ترجمة or before / - …: both offered',
      code: 'ودعا البيان الي: وقف القتال. وأشار الي **ضرورة** الحوار. وصدرت ترجمة الي العربية. وابتكر الطلاب رجل الي يتحدث. وأصبح النظام الي/يدوي. وهو نظام الي - وفق البيان - بالكامل.',
      errors: [
        { messageId: 'particle' },
        { messageId: 'particle' },
        { messageId: 'ambiguous', suggestions: ['إ|ى', 'آ'] },
        { messageId: 'ambiguous', suggestions: ['آ', 'إ|ى'] },
        { messageId: 'ambiguous', suggestions: ['آ', 'إ|ى'] },
        { messageId: 'ambiguous', suggestions: ['آ', 'إ|ى'] },
      ],
      output: 'ودعا البيان إلى: وقف القتال. وأشار إلى **ضرورة** الحوار. وصدرت ترجمة الي العربية. وابتكر الطلاب رجل الي يتحدث. وأصبح النظام الي/يدوي. وهو نظام الي - وفق البيان - بالكامل.',
    },
    {
      // the foreign-desk and business-desk reviewers: «الدول الأعضاء الي رفع»، «ويبعد الكرة الي ركنية»
      // offered آلي, which would agree with neither
      name: 'الي after a broken plural or a noun in ة: إلى',
      code: 'ودعا الدول الأعضاء الي رفع إنفاقها. ويبعد الكرة الي ركنية.',
      errors: [{ messageId: 'particle', text: 'الي' }, { messageId: 'particle', text: 'الي' }],
      output: 'ودعا الدول الأعضاء إلى رفع إنفاقها. ويبعد الكرة إلى ركنية.',
    },
    {
      // حاسب آلي، سلاح آلي (a crime story's «ضبط سلاح الي») were made «إلى»; and الي ending its phrase takes no object
      name: 'الي after a noun آلي is said of, or before a mark: آلي or إلى, none preferred',
      code: 'وضبط سلاح الي بحوزته. وقال إن النظام الجديد الي.',
      errors: [
        { messageId: 'ambiguous', text: 'الي', suggestions: ['آ', 'إ|ى'] },
        { messageId: 'ambiguous', text: 'الي', suggestions: ['آ', 'إ|ى'] },
      ],
      output: null,
    },
    {
      name: 'الي after a definite noun, before an indefinite one: إلى or آلي, none preferred',
      code: 'النظام الي جديد',
      errors: [{ messageId: 'ambiguous', suggestions: ['إ|ى', 'آ'] }],
      output: null,
    },
    {
      // final check: right after the verb, a thing after إلي is where the verb goes
      name: 'إلي right after a verb, before a thing: إلى fixed',
      code: 'وأشار إلي الإجراءات الجديدة. ودعا إلي الحوار. ونظر إلي المستقبل بتفاؤل.',
      errors: [{ messageId: 'particle', text: 'إلي' }, { messageId: 'particle', text: 'إلي' }, { messageId: 'particle', text: 'إلي' }],
      output: 'وأشار إلى الإجراءات الجديدة. ودعا إلى الحوار. ونظر إلى المستقبل بتفاؤل.',
    },
    {
      // adversarial run: after a verb إلي may be إليّ «to me» before the subject, a person
      // (أرسل إليّ الرئيس رسالة): only offered there
      name: 'إلي after a verb, before a person: إلى offered, not applied',
      code: 'انتقل إلي الطبيب',
      errors: [{ messageId: 'maybeIlayya', text: 'إلي', suggestions: ['ى'] }],
      output: null,
    },
    {
      name: 'adversarial run: إليّ before the subject (أرسل إلي الرئيس، أعاد إلي الأطباء، جاء إلي المواطنون) is never fixed',
      code: 'وقال: «أرسل إلي الرئيس رسالة شكر». وقالت الطفلة: «أعاد إلي الأطباء الأمل». وقال النائب: «جاء إلي المواطنون يشكون». وقال: «تحدث إلي الكابتن وأشار إلي المدرب».',
      errors: [{ messageId: 'maybeIlayya' }, { messageId: 'maybeIlayya' }, { messageId: 'maybeIlayya' }, { messageId: 'maybeIlayya' }, { messageId: 'maybeIlayya' }],
      output: null,
    },
    {
      name: 'an unmarked Quran verse (قل أوحي إلي أنه): offered at most',
      code: 'قل أوحي إلي أنه استمع نفر من الجن',
      errors: [{ messageId: 'maybeIlayya', text: 'إلي' }],
      output: null,
    },
    {
      name: 'إلي after a word that is no verb and takes إلى (بالإضافة، وصولا، من … إلي): fixed',
      code: 'بالإضافة إلي الوزير، وصولا إلي المدينة، وسافر من القاهرة إلي الإسكندرية',
      errors: [{ messageId: 'particle', text: 'إلي' }, { messageId: 'particle', text: 'إلي' }, { messageId: 'particle', text: 'إلي' }],
      output: 'بالإضافة إلى الوزير، وصولا إلى المدينة، وسافر من القاهرة إلى الإسكندرية',
    },
    {
      // review of the إليّ change: a subject (or an object) between the verb and إلي makes it
      // the preposition; إليّ «to me» stands right after its verb (أرسل إليّ الرئيس)
      name: 'a definite noun between the verb and إلي: إلى fixed',
      code: 'وتوجه الوزير إلي القاهرة أمس. وأشار الوزير إلي أن الحكومة ستعمل. ودعا الوزير إلي الحوار. وانضم اللاعب إلي المنتخب. ووصل الرئيس إلي العاصمة.',
      errors: [{ messageId: 'particle' }, { messageId: 'particle' }, { messageId: 'particle' }, { messageId: 'particle' }, { messageId: 'particle' }],
      output: 'وتوجه الوزير إلى القاهرة أمس. وأشار الوزير إلى أن الحكومة ستعمل. ودعا الوزير إلى الحوار. وانضم اللاعب إلى المنتخب. ووصل الرئيس إلى العاصمة.',
    },
    {
      name: 'after a noun in ة, a name the lexicon does not know, or at a clause start: إلى fixed',
      code: 'ووجهت الحكومة رسالة إلي الشعب. ووصلت ميلوني إلي المنطقة. إلي الأمام يا مصر',
      errors: [{ messageId: 'particle' }, { messageId: 'particle' }, { messageId: 'particle' }],
      output: 'ووجهت الحكومة رسالة إلى الشعب. ووصلت ميلوني إلى المنطقة. إلى الأمام يا مصر',
    },
    {
      name: 'right after a verb, before أن or a place name: إلى fixed',
      code: 'وأشار إلي أن الحكومة ستعمل، ثم توجه إلي القاهرة وسافر إلي مصر.',
      errors: [{ messageId: 'particle' }, { messageId: 'particle' }, { messageId: 'particle' }],
      output: 'وأشار إلى أن الحكومة ستعمل، ثم توجه إلى القاهرة وسافر إلى مصر.',
    },
    {
      name: 'إليّ أنّ after the verbs that take it (يخيل إليّ أن، نمي إليّ أن): offered only',
      code: 'وقال: «يخيل إلي أن الأمر انتهى، ونمي إلي أنه سافر».',
      errors: [{ messageId: 'maybeIlayya' }, { messageId: 'maybeIlayya' }],
      output: null,
    },
  ],
});
