import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../server/src/engine';
import repeatedVerb from '../../server/src/engine/rules/reporting-verbs/repeated-verb';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(repeatedVerb, {
  valid: [
    // the local desk's reader: a verb in a condition (على أن تعلن) reports nothing; أشاد + إلى is
    // verb-confusion's (its alternatives, taking بـ, would read «مرحبا إلى»)
    'وأعلنت المديرية فتح باب التظلمات لمدة 15 يوما، على أن تعلن النتيجة خلال أسبوعين.',
    'وخلال زيارته، أشاد الوزير بجهود المزارعين، مشيدا إلى أن نسبة الإصابة انخفضت.',
    // the digital desk's reader: a Markdown subheading is no attribution (the fourth قال here)
    { code: 'وقالت المحافظة إن الأمطار غزيرة.\n\nوقال مصدر إن الميناء أغلق.\n\nويقول الصياد إنه لم ير نوة بهذه القوة.\n\n## ماذا تقول الأرصاد؟\n\nوتوقعت الهيئة أن تستمر الأمطار.', languageId: 'markdown' },
    // (the sports desk) a negated verb attributes nothing: «الصفقة لم تعلن بعد», «لا يذكر»
    'أعلن النادي التعاقد مع اللاعب، وقال المدرب إن الصفقة لم تعلن بعد رسميا ولا يذكر أحد قيمتها.',
    // different verbs in one paragraph
    'وأشار طلعت إلى التعاون المصري الصيني، موضحا أن الوزارة قامت بإنشاء مركز الابتكار.',
    // the same verb in different paragraphs, under the article limit
    'وأشار طلعت إلى التعاون.\n\nمشيرا إلى أن الوزارة قامت بإنشاء مركز الابتكار.',
    // a plain-text draft with one paragraph per line (as pasted from a newsroom system or a
    // site, no blank line between): a line that ends a sentence ends its paragraph
    'وقال الوزير إن العمل مستمر في المشروعات القومية.\nوقال المحافظ إن التمويل متاح للمرحلة الثانية.',
    'وأشار الوزير إلى أن العمل مستمر.»\nوأشار المحافظ إلى أن التمويل متاح؟\nوأشار المدير إلى أن الخطة جاهزة!',
    // (second reader, on the SaudiNewsNet articles) قائلا after another verb of saying is how it speaks
    'وقال الوزير إن العمل مستمر، وأضاف قائلا: «نحن مستعدون».',
    'وقال الوزير إن العمل مستمر، وتابع الوزير في كلمته قائلا إن الخطة جاهزة.',
    // a verb inside a direct quotation is not counted
    'وقال الوزير: «قال لي السفير إن العلاقات ممتازة» خلال اللقاء.',
    // بين as "between" (and فيما بين): not a verb
    'تعزيز العلاقات الثنائية بين البلدين، والتعاون بين الشركات فيما بين الصين ومصر.',
    // participles used as adjectives
    'علمت الصحيفة من مصادر مؤكدة أن القرار صدر، وكان له تأثيرا مشددا على السوق.',
    { code: 'وقال الوزير إن العمل مستمر، وقال السفير إن التعاون قائم.', options: { ignore: ['قال'] } },
    { code: 'وأشار الوزير إلى التعاون، مشيرا إلى أن العمل مستمر.', options: { window: 'none', maxPerArticle: 0 } },
    // ذكر "male" and طالب "student" are not verbs
    'ولكل طالب ذكر أو أنثى مقعد في الفصل، وكل طالب يحصل على كتاب.',
    // قلت "decreased" (قلّت) is not قال
    'قلت الأمطار هذا العام، وقلت المياه في السدود.',
    // أضفت is also أضفى's "lent"; يعتبر is mostly the passive "is considered"
    'أضفت المسرحية البهجة على قلوب المشاركين، وأضفت الموسيقى جوا من الفرح.',
    'يعتبر الجسر أحد أهم المشاريع، ويعتبر المترو أكبرها.',
    // straight quotation marks are quotations too
    'وقال الوزير: "قال لي السفير إن العلاقات ممتازة" خلال اللقاء.',
    // بين "between" whose clause ends before the أن of the next verb: not بيّن
    'وبحث الوزير تبادل الخبرات بين الجهتين، موضحا أن التعاون قائم، وبين أن العمل مستمر.',
    // `verbs`: a newsroom's own verb is not counted without it
    'أفصح الوزير عن الخطة، وأفصح عن الموعد.',
    // a three-letter verb without its shadda gets no participle (كاشف or مكشّف cannot be told apart)
    { code: 'لمح الوزير إلى الخطة، ملمحا إلى أن الموعد قريب.', options: { verbs: ['لمح'] } },
    // a verb no pattern fits (hamzated سأل) is matched as written only: يسأل is not counted
    { code: 'سأل الوزير عن الخطة، ويسأل عن الموعد.', options: { verbs: ['سأل'] } },
    // a listed verb is ignored like the built-in ones
    { code: 'أفصح الوزير عن الخطة، وأفصح عن الموعد.', options: { verbs: ['أفصح'], ignore: ['أفصح'] } },
    // audit on published copy (saudinewsnet): a verse quoted with «قال (الله) تعالى» is a formula, not an attribution to vary
    'قال الله تعالى ( يَا أَيُّهَا الَّذِينَ آمَنُواْ كُتِبَ عَلَيْكُمُ الْقِصَاصُ فِي الْقَتْلَى ) الآية، وقال تعالى ( وَلَكُمْ فِي الْقِصَاصِ حَيَاةٌ يَا أُولِي الأَلْبَابِ ).',
    // …and «قال عز وجل»; but a man named عز الدين is a speaker like any other (the invalid case below)
    'قال عز وجل ( وَلَكُمْ فِي الْقِصَاصِ حَيَاةٌ )، وقال تعالى ( وَقُولُوا لِلنَّاسِ حُسْنًا ).',
    // أضاف a goal, the scorer named at length (five words before الهدف)
    'وأضاف المحترف العاجي ديديه ياكونان الهدف الثاني لفريقه، وفي الشوط الثاني، اضاف المحترف العاجي ياكونان تسجيل الهدف الثالث.',
    // دعا "invited" / دعت الضرورة: no إلى (nor لل…) after it, no call
    'عندما كلفت كريمة المسيري بالإعداد والتنظيم، فدعت عددا من فناني الاحساء وجلبت مشاركات من القطيف ودعت آخرين من خارج المنطقة.',
    'وإن دعت الضرورة، فالحذر بالتأهب لا بالترقب، وإن دعت الحاجة فبالحكمة.',
    // hostile or empty entries are no verbs
    { code: 'أفصح الوزير عن الخطة، وأفصح عن الموعد.', options: { verbs: ['', ' ', 'a.*', '\u202e'] } },
    // audit 2 (1): «بين رأي … وبين رأي»: بين "between", whose أن belongs to the verb after it (يرى) …
    'يتوزع النقاش بين رأي يرى أن الحل قريب وبين رأي آخر، وبين الوزير أن الحوار مستمر.',
    // … or to the word that governs it (إما أن، قبل أن)
    'والفكرة تقع بين خيارين إما أن تنجح وإما أن تتعثر، وبين المدير أن الدعم متوفر.',
    'وبحث الوزير العلاقات بين البلدين قبل أن يغادر، وبين في كلمته أن الزيارة ناجحة.',
    // … and a verb form right after a preposition or عدم is a noun (عدم ذكر اسمه، عن حذر، مع حذر)
    'وقال مصدر فضل عدم ذكر اسمه إن الخطة جاهزة، وذكر أن التنفيذ قريب.',
    'وحذر الوزير من التصعيد، وتحدث عن حذر شديد في الأسواق مع حذر من التكرار.',
    // … or an adjective: هدوء حذر "cautious calm"; with tanween no finite verb (أكثر حذراً)
    'وحذر الوزير من التصعيد، فيما ساد هدوء حذر مختلف الجبهات المحيطة بالمدينة.',
    'وحذر الوزير من التصعيد، وطالب الجميع بأن يكونوا أكثر حذراً من قبل.',
    // audit 2 (2): تشدد "strictness" (without على), تزعم "leading", نفيا "a denial" are nouns
    'وشدد الوزير على الحوار، منتقدا تشدد الحكومة في تطبيق القرار.',
    'وزعم المصدر أن الخطة فشلت، بعد أن تزعم مجموعة مسلحة في المنطقة.',
    'ونفى المتحدث أن يكون هناك اتفاق، وأصدر النادي بيانا تضمن نفيا قاطعا للخبر.',
    // audit 2 (3): the first person is the writer or a speaker speaking, not an attribution to vary
    'أذكر أنني زرت المدينة صغيرا، وأذكر أننا التقينا المحافظ.',
    'ونحن نؤكد على أهمية الحوار، ونؤكد أن الحل قريب.',
    'أؤكد أن الخطة جاهزة، وأكد الوزير أن التنفيذ قريب.',
    // (قلت with its construction is قال, in the first person: the writer's own words)
    'وقلت له إن الأمر انتهى، وقلت إنه لن يعود.',
    // audit 2 (4): آن "time" is not أن (بين آن وآخر "now and then")
    'وبين آن وآخر يزور الوزير المدينة، وبين المدير أن الزيارات مستمرة.',
    // audit 3 (1): عبر "via, through" is no عبّر: its عن is another word's (البحث عن، عن طريق، عن بعد)
    'وقدم الفيلم عبر البحث عن الهوية رحلة طويلة، وعبر المخرج عن سعادته بالعرض.',
    'ويتابع الجمهور العروض عبر الإنترنت عن طريق التطبيق، وعبر المنتج عن سعادته بالإقبال.',
    'وعبر البحث عن المفقودين وصل الفريق إلى القرية، وعبر القائد عن ارتياحه.',
    'ويدرس الطلاب عبر المنصة عن بعد، وعبر المدير عن رضاه عن النتائج.',
    // a channel with a possessive pronoun (ة written ت before it) is one too
    'وأعلن الوزير عبر حسابه على تويتر عن خطة جديدة، وعبر المسؤول عن ارتياحه.',
    'ونشرت الوزارة عبر صفحتها الرسمية عن موعد الامتحانات، وعبر الوزير عن ثقته في الطلاب.',
    // audit 3 (2): حذر is حَذِر "cautious" after a subject pronoun or before جدا / للغاية
    'وحذر الوزير من التصعيد، فهو حذر جدا من العواقب.',
    'وحذر الوزير من التصعيد، وكان رئيس الحكومة حذر للغاية في تصريحاته.',
    'وحذر الوزير من التصعيد، وهو حذر من الوعود السريعة.',
    // audit 3 (3): أكدت spelled like the 3rd feminine, the first person by its complement (أنني، أني),
    // its vowel (أكدتُ) or the pronoun before it (أنني حذرت، وأنا أكدت)
    'أكدت أنني لن أعود، وأكدت أني سأبقى في المدينة.',
    'أكدتُ للجنة أن الوثيقة مزورة، وأكدتُ أن توقيعي ليس عليها.',
    'وأنا أكدت مرارا أن الحل سياسي، وأكد الوزير أن الحوار مستمر.',
    'أرى أنني حذرت من هذه الخطوة منذ البداية، وحذر الوزير من التسرع.',
  ],
  invalid: [
    {
      // the politics desk's reader: the name علي after a title is no على of أكد
      name: 'أكد النائب علي بدوي أن: the alternatives of أكد أن, not of أكد على',
      code: 'أكد النائب سامي بدوي أن الحكومة استجابت. كما أكد النائب علي بدوي أن الحكومة استجابت لأغلب الملاحظات.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'أكد', suggestions: ['أوضح', 'شدد|على '] }],
      output: null,
    },
    {
      // a stray " used to hide every verb after it, to its block's end
      name: 'a stray straight quote that can only close opens no quotation: the verbs after it are counted',
      code: 'وقال الوزير إن المشروع" بدأ. وقال المحافظ إن التمويل متاح.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'قال', column: 31 }],
      output: null,
    },
    {
      // snnv_0020: «كانت حجتها، "نحن يحق لنا امتلاك برنامج نووي سلمي». … وأضاف الرئيس: "ما تمكنا … أمامهم».»
      name: 'a straight quote closed by » ends there; the quotation opened after it is one, its verbs not counted',
      code: 'وقال الوزير: "نحن نعمل». وقال: "قال لي السفير إن العمل جار». وقال المحافظ إن التمويل متاح.',
      errors: [
        { messageId: 'repeatedInParagraph', text: 'قال', column: 27 },
        { messageId: 'repeatedInParagraph', text: 'قال', column: 63 },
      ],
      output: null,
    },
    {
      name: 'قائلا after a mark, or after قال itself, is a use of قال',
      code: 'وقال الوزير إن العمل مستمر، قائلا إن الخطة جاهزة.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'قائلا' }],
      output: null,
    },
    {
      name: 'plain text: a line that ends no sentence (a line broken inside it) does not end its paragraph',
      code: 'وقال الوزير إن العمل مستمر في المشروعات القومية\nوقال المحافظ إن التمويل متاح.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'قال', line: 2 }],
      output: null,
    },
    {
      name: 'Markdown: a single line break is a soft wrap inside the paragraph',
      code: 'وقال الوزير إن العمل مستمر في المشروعات القومية.\nوقال المحافظ إن التمويل متاح.',
      languageId: 'markdown',
      errors: [{ messageId: 'repeatedInParagraph', text: 'قال', line: 2 }],
      output: null,
    },
    {
      name: 'plain text, one paragraph per line: past the article limit it is the limit that is reported',
      code: 'وقال الوزير إن العمل مستمر.\nوقال المحافظ إن التمويل متاح.\nوقال المدير إن الخطة جاهزة.\nوقال المتحدث إن الموعد قريب.',
      errors: [{ messageId: 'tooMany', text: 'قال', line: 4 }],
      output: null,
    },
    {
      // review: أشير / أفيد are spelled as the past passive of أشار / أفاد, not only as «I point out»
      name: 'the passive وأُشير إلى أن … وأُشير إلى أن is an attribution repeated, not the first person',
      code: 'وأشير إلى أن الاجتماع انتهى، وأشير إلى أن الوفد غادر.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'أشير', column: 31 }],
      output: null,
    },
    {
      name: 'قال عز الدين … وقال: a man named عز الدين is a speaker, not the formula قال عز وجل',
      code: 'وقال عز الدين شكري إن الخطة جاهزة، وقال إن التنفيذ يبدأ غدا.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'قال', column: 37 }],
      output: null,
    },
    {
      name: 'audit 3 (1): عبّر with its عن, right after it or after its subject, is still the verb',
      code: 'عبر الوزير عن سعادته، وعبر عن أمله في التعاون.',
      errors: [{ text: 'عبر', column: 24, suggestions: ['أعرب'] }],
      output: null,
    },
    {
      name: 'audit 3 (1): فيما عبر … عن، وقد عبر … عن (the verb heads its clause), عبر فيها عن',
      code: 'فيما عبر زملاء اللاعب عن فخرهم، وقد عبر والد اللاعب عن شكره. وألقى المدرب كلمة عبر فيها عن سعادته.',
      errors: [{ text: 'عبر', column: 37 }, { text: 'عبر', column: 80 }],
      output: null,
    },
    {
      name: 'audit 3 (2): حذّر … من is still the verb',
      code: 'حذر الوزير من التصعيد، وحذر من التأخير.',
      errors: [{ text: 'حذر', column: 25 }],
      output: null,
    },
    {
      name: 'audit 3 (3): أكدت الوزارة أن … وأكدت أن: the 3rd feminine is still counted',
      code: 'أكدت الوزارة أن الخطة جاهزة، وأكدت أن العمل مستمر.',
      errors: [{ text: 'أكدت', column: 31, suggestions: ['أوضحت', 'شددت|على '] }],
      output: null,
    },
    {
      name: 'وأشار … مشيرا in one paragraph: swap keeps the participle form',
      code: 'وأشار طلعت إلى التعاون المصري الصيني، مشيرا إلى أن الوزارة قامت بإنشاء مركز الابتكار.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'مشيرا', suggestions: ['لافتا', 'منوها'] }],
      output: null,
    },
    {
      name: 'proclitic kept, past 3fs swapped: وأشارت → ولفتت',
      code: 'أشارت الوزيرة إلى الخطة، وأشارت إلى الموعد.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'أشارت', column: 27, suggestions: ['لفتت', 'نوهت'] }],
      output: null,
    },
    {
      name: 'hamza-less spelling is the same verb; diacritics and tanween kept in range',
      code: 'اكد الوزير أن المشروع جاهز، مؤكّداً أن العمل بدأ.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'مؤكّداً', suggestions: ['موضحا', 'مشددا|على '] }],
      output: null,
    },
    {
      name: 'present tense with future particle',
      code: 'يؤكد الوزير أن الخطة جاهزة، وسيؤكد أن التنفيذ قريب.',
      errors: [{ text: 'يؤكد', suggestions: ['يوضح', 'يشدد|على '] }],
      output: null,
    },
    {
      name: 'a long subject: the construction is found beyond it (وشدد … على أن)',
      code: 'وأكد أن التعاون قائم، وأكد وزير الخارجية السعودي الأمير فيصل بن فرحان خلال اللقاء أن العمل مستمر.',
      errors: [{ text: 'أكد', column: 24, suggestions: ['أوضح', 'شدد|على '] }],
      output: null,
    },
    {
      name: 'a long subject: قال … إن → ذكر … أن',
      code: 'وقال أن التعاون قائم، وقال وزير الخارجية السعودي الأمير فيصل بن فرحان خلال اللقاء إن العمل مستمر.',
      errors: [{ text: 'قال', column: 24, suggestions: ['ذكر|أ', 'أوضح|أ'] }],
      output: null,
    },
    {
      name: 'no construction after the verb: only a swap that needs nothing else (not شدد, which needs على)',
      code: 'أكد الوزير أن الخطة جاهزة، كما أكد الجانبان رفضهما القاطع للتدخل.',
      errors: [{ text: 'أكد', column: 32, suggestions: ['أوضح'] }],
      output: null,
    },
    {
      name: 'the بـ of باسم is not أشار\'s construction: the swap leaves it alone',
      code: 'أشار الوزير إلى الخطة. من ناحيته، أشار متحدث باسم القوات الحكومية إلى أن الوضع مستقر.',
      errors: [{ text: 'أشار', column: 35, suggestions: ['لفت', 'نوه'] }],
      output: null,
    },
    {
      name: 'audit: أكد عليها (على with its pronoun) is أكد على: شدد عليها, not أوضح عليها',
      code: 'ومن هذا المنطلق أكد الكاتب على ضرورة الصرامة الإقليمية. وكان المرشد قد أكد عليها شخصيا وبصورة معلنة.',
      errors: [{ text: 'أكد', suggestions: ['شدد'] }],
      output: null,
    },
    {
      name: 'audit: دعا … إلى far after its subject is still a call; دعا لل… too',
      code: 'ودعت حركة حماس في بيان للمتحدث باسمها سامي أبو زهري الأطراف الدولية إلى التدخل، ودعت الجمعة اسرائيل للسماح لعائلة الاسير بزيارته.',
      errors: [{ text: 'دعت', column: 82 }],
      output: null,
    },
    {
      name: 'audit: the أن of «إلى أن» far after the verb is not its construction (no شدد … إلى على أن)',
      code: 'المليحان الذي أصدر أربع مجموعات قصصية أكد أن هناك من يستحق التكريم. غير أن نادي الرياض الأدبي، أكد تكريم المليحان الذي بدوره ثمن هذه المبادرة داعيا الأندية الأدبية إلى أن تبادر أيضاً في تكريم الأدباء.',
      errors: [{ text: 'أكد', column: 96, suggestions: ['أوضح'] }],
      output: null,
    },
    {
      name: 'audit: عليه further on is another word\'s (ووقع عليه): not أكد\'s على, no شدد',
      code: 'أكد النائب أن تصرفات دشتي مرفوضة. وجهاء الطائفة أكدوا في بيان أصدروه أمس ووقع عليه ناشطون استنكارهم تصرفات دشتي.',
      errors: [{ text: 'أكدوا', suggestions: ['أوضحوا'] }],
      output: null,
    },
    {
      name: 'audit 2 (1): وبين الوزير أن … وبين أن: بيّن twice, each with its own أن',
      code: 'وبين الوزير أن الخطة جاهزة، وبين أن التنفيذ قريب.',
      errors: [{ text: 'بين', column: 30, suggestions: ['أوضح', 'ذكر'] }],
      output: null,
    },
    {
      name: 'audit 2 (2): تشدد with على is the verb: a repeat of شدد (→ تؤكد)',
      code: 'شدد الوزير على الحوار، وتشدد الحكومة على تطبيق القرار.',
      errors: [{ text: 'تشدد', suggestions: ['تؤكد'] }],
      output: null,
    },
    {
      name: 'audit 2 (3): a third-person repeat after a first-person use is still found (أؤكد not counted, أكد … أكد are)',
      code: 'أؤكد أن الخطة جاهزة، وأكد الوزير أن التنفيذ قريب، وأكد أن التمويل متاح.',
      errors: [{ text: 'أكد', column: 52, suggestions: ['أوضح', 'شدد|على '] }],
      output: null,
    },
    {
      name: 'audit 2 (4): قالت آن ماري … إن: آن is a name, not the أن of the swap (ذكرت … أن)',
      code: 'قالت الوزيرة إن الخطة جاهزة، وقالت آن ماري، مديرة الشركة، إن العمل بدأ.',
      errors: [{ text: 'قالت', column: 31, suggestions: ['ذكرت|أ', 'أوضحت|أ'] }],
      output: null,
    },
    {
      name: 'audit 2 (5): before a colon only a verb that takes one: قال: → none (ذكر، أوضح need أن)',
      code: 'قال الوزير إن الخطة جاهزة، وقال: «التنفيذ قريب».',
      errors: [{ text: 'قال', column: 29, fixes: 0 }],
      output: null,
    },
    {
      name: 'audit 2 (5): مشيرا: → none (لفت، نوه need إلى)',
      code: 'وأشار الوزير إلى الخطة، مشيرا: «العمل مستمر».',
      errors: [{ text: 'مشيرا', fixes: 0 }],
      output: null,
    },
    {
      name: 'audit 2 (5): وأضاف: → وتابع:، وأردف: (verbs that take a colon)',
      code: 'وأضاف الوزير أن الخطة جاهزة، وأضاف: «التنفيذ قريب».',
      errors: [{ text: 'أضاف', column: 31, suggestions: ['تابع', 'أردف'] }],
      output: null,
    },
    {
      name: 'more than maxPerArticle uses in the article',
      code: 'قال الوزير إن الخطة جاهزة.\n\nوقال إن التنفيذ قريب.\n\nوقال إن التمويل متاح.\n\nوقال إن العمل يبدأ غدا.',
      errors: [{ messageId: 'tooMany', text: 'قال', line: 7 }],
      output: null,
    },
    {
      name: 'proclitic ف kept: فأشار … وأشار → ولفت',
      code: 'فأشار الوزير إلى الخطة، وأشار إلى الموعد.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'أشار', column: 26, suggestions: ['لفت', 'نوه'] }],
      output: null,
    },
    {
      name: 'hollow present, feminine plural: يشرن (not يشيرن) ↔ يلفتن',
      code: 'الوزيرات يلفتن إلى الخطة، ويلفتن إلى الموعد.',
      errors: [{ text: 'يلفتن', column: 28, suggestions: ['يشرن', 'ينوهن'] }],
      output: null,
    },
    {
      name: 'يشرن is recognised',
      code: 'الوزيرات يشرن إلى الخطة، ويشرن إلى الموعد.',
      errors: [{ text: 'يشرن', column: 27, suggestions: ['يلفتن', 'ينوهن'] }],
      output: null,
    },
    {
      name: 'verbal noun: وفي إشارة إلى … وفي إشارة إلى → تنويه (لفت has no verbal noun)',
      code: 'وفي إشارة إلى الأزمة قال الوزير إن الحل قريب، وفي إشارة إلى الخطة أضاف أنها جاهزة.',
      errors: [{ text: 'إشارة', column: 51, suggestions: ['تنويه'] }],
      output: null,
    },
    {
      name: 'قال إن → ذكر أن، أوضح أن: the seat of أن follows the verb',
      code: 'قال الوزير إن الخطة جاهزة، وقال إن التنفيذ قريب.',
      errors: [{ text: 'قال', column: 29, suggestions: ['ذكر|أ', 'أوضح|أ'] }],
      output: null,
    },
    {
      name: 'صرح بأن → قال إن، ذكر أن',
      code: 'صرح الوزير بأن الخطة جاهزة، وصرح بأنه قريب.',
      errors: [{ text: 'صرح', column: 30, suggestions: ['قال|إ', 'ذكر|أ'] }],
      output: null,
    },
    {
      name: 'أفاد بأنّ → ذكر أنّ (بأن only after a verb that takes بـ)',
      code: 'أفاد الوزير بأن الخطة جاهزة، وأفاد بأنّ التنفيذ قريب.',
      errors: [{ text: 'أفاد', column: 31, suggestions: ['ذكر|أ', 'أوضح|أ'] }],
      output: null,
    },
    {
      name: 'أعرب عن → عبر عن، أبدى (the preposition dropped)',
      code: 'أعرب الوزير عن سعادته، وأعرب عن أمله.',
      errors: [{ text: 'أعرب', column: 25, suggestions: ['عبر', 'أبدى|'] }],
      output: null,
    },
    {
      name: 'دعا إلى → طالب بـ',
      code: 'دعا الوزير إلى الحوار، ودعا الأطراف إلى التهدئة.',
      errors: [{ text: 'دعا', column: 25, suggestions: ['طالب|ب'] }],
      output: null,
    },
    {
      name: 'طالب بـ → دعا إلى',
      code: 'طالب الوزير بالحوار، وطالب الأطراف بالتهدئة.',
      errors: [{ text: 'طالب', column: 23, suggestions: ['دعا|إلى '] }],
      output: null,
    },
    {
      name: 'sentence window',
      code: 'أوضح الوزير أن الخطة جاهزة وأوضح أن التنفيذ قريب. وأوضح أن التمويل متاح.',
      options: { window: 'sentence', maxPerArticle: 0 },
      errors: [{ messageId: 'repeatedInSentence', text: 'أوضح', column: 29 }],
      output: null,
    },
    {
      name: '`verbs`: form IV أفصح listed without hamza; its participle and present are counted too (no alternatives)',
      code: 'افصح الوزير عن الخطة، مفصحا عن أن الموعد قريب، ويفصح المسؤولون عن الباقي.',
      options: { verbs: ['افصح'] },
      errors: [
        { messageId: 'repeatedInParagraph', text: 'مفصحا', fixes: 0 },
        { messageId: 'repeatedInParagraph', text: 'يفصح', fixes: 0 },
      ],
      output: null,
    },
    {
      name: '`verbs`: a three-letter verb with its shadda (لمّح) gets its participle ملمحا',
      code: 'لمح الوزير إلى الخطة، ملمحا إلى أن الموعد قريب.',
      options: { verbs: ['لمّح'] },
      errors: [{ text: 'ملمحا', fixes: 0 }],
      output: null,
    },
    {
      name: '`verbs`: hollow form IV أجاب → وأجابت، مجيبا',
      code: 'أجاب الوزير عن السؤال، وأجابت الوزيرة عن آخر، مجيبا عن الثالث.',
      options: { verbs: ['أجاب'] },
      errors: [{ text: 'أجابت', column: 25 }, { text: 'مجيبا' }],
      output: null,
    },
    {
      name: '`verbs`: defective form IV أدلى → وأدلت',
      code: 'أدلى الوزير بتصريح، وأدلت الوزيرة بتصريح آخر.',
      options: { verbs: ['أدلى'] },
      errors: [{ text: 'أدلت', column: 22 }],
      output: null,
    },
    {
      name: '`verbs`: form VIII انتقد and form V تحدث (present and participle)',
      code: 'انتقد الوزير الخطة، وينتقد المعارضون التأخير. تحدث الرئيس عن الموعد، متحدثا عن التمويل.',
      options: { verbs: ['انتقد', 'تحدث'] },
      errors: [{ text: 'ينتقد' }, { text: 'متحدثا' }],
      output: null,
    },
    {
      name: '`verbs`: a verb no pattern fits (سأل) is matched as written, through و and ف',
      code: 'سأل الوزير عن الخطة، وسأل عن الموعد، فسأل ثالثة.',
      options: { verbs: ['سأل'] },
      errors: [{ text: 'سأل', column: 23 }, { text: 'سأل', column: 39 }],
      output: null,
    },
    {
      name: '`verbs`: the article limit counts a listed verb too',
      code: 'أفصح الوزير عن الخطة.\n\nوأفصح عن الموعد.\n\nوأفصح عن التمويل.\n\nوأفصح عن المكان.',
      options: { verbs: ['أفصح'] },
      errors: [{ messageId: 'tooMany', text: 'أفصح', line: 7 }],
      output: null,
    },
    {
      name: '`verbs`: a verb the lexicon has (صرح, اكد for أكد) changes nothing: one finding, the same swaps',
      code: 'صرح الوزير بأن الخطة جاهزة، وصرح بأنه قريب.',
      options: { verbs: ['صرح', 'اكد'] },
      errors: [{ text: 'صرح', column: 30, suggestions: ['قال|إ', 'ذكر|أ'] }],
      output: null,
    },
  ],
});

it('repeated-verb: a verb the house style added names the common attribution verbs, not a dash', () => {
  const text = 'افصح الوزير عن الخطة، مفصحا عن أن الموعد قريب.';
  const rules = { 'repeated-verb': { severity: 'warning' as const, options: { verbs: ['افصح'] } } };
  const f = lint(text, { rules: [repeatedVerb], config: { rules } }).findings;
  assert.equal(f.length, 1);
  for (const lang of ['ar', 'en'] as const) {
    assert.match(f[0].message[lang], /قال، أوضح، ذكر، أضاف/);
    assert.doesNotMatch(f[0].message[lang], /—/);
  }
});
