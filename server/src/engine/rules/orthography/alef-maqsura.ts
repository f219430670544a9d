// alef-maqsura: the particles written with a dotted ي for their ى: `علي` for the
// preposition `على`, `حتي` for `حتى`, `الي` / `إلي` for `إلى`. Not a final-yeh policy
// question (that rule leaves real ى words alone): these are different words, and `علي` is
// also a name, so context decides:
// - `حتي` → `حتى` always (preferred fix), also after و.
// - `علي` (or `وعلي`) → `على` only when what follows is what the preposition governs and a
//   name does not take: one of the words that follow على (أن، هذا، ذلك، سبيل، صعيد، غرار،
//   الرغم، أهمية، ضرورة …), or — whatever follows — after a word that takes على and can have
//   no name for subject or complement (حريصة، الخارجين، ردا، للحصول: ALA_CERTAIN). A definite
//   noun is not enough (علي العمير، علي الهش are names
//   in real copy). Never after a title (الدكتور علي، الشيخ علي) or a kinship word (بن علي،
//   أبو علي، الرضيع علي). Before a word that also follows the name or عليّ «on me» (أن، بعد،
//   هذا، ما: ما خفف عليّ أن) only offered, unless the word before takes على (أكد على أن,
//   حرص على ذلك), and nothing after a verb of saying, of which علي is the subject (وأضاف علي
//   أن). Never before إنّ or after قال (وقال علي إن: the name speaking), never when the names
//   list has «علي + the next word», never when the word is vowelled (عليّ is a word).
// - `الي` → `إلى` (preferred); after a definite noun and before an indefinite one it may
//   be the adjective `الآلي` misspelt, so both are offered, neither preferred.
// - `إلي` is a word (to me); only before a definite noun, أن or a place name it is taken for
//   `إلى`. إليّ stands right after its verb, before the verb's subject (أرسل إليّ الرئيس رسالة،
//   جاء إليّ المواطنون): there إلى is only offered. It is fixed after a noun (a subject or
//   object between the verb and إلي: وتوجه الوزير إلي القاهرة، رسالة إلي الشعب), at a clause
//   start, after a word that takes إلى (بالإضافة، وصولا), in «من X إلي Y», and right after a
//   verb when أن (أشار إلي أن; not after يخيل، نمي: يخيل إليّ أن) or a place name follows.
// - A word that ends only in ى, written with ي (المستشفي، مصطفي، الكبري، الأعلي): its ى
//   spelling (preferred fix) from MAQSURA_WORDS, the nouns and feminine elatives whose ي
//   spelling is no other word in news copy (so not معنى/معني، مبنى/مبني، بشرى/بشري، لدى/لديّ،
//   المنتهي the participle, nor a verb); names (مصطفى) and the elatives أفعل (الأعلى) only
//   without and with the article respectively (العيسي is a family name, أعلي may be أُعلي «I
//   raise»). The lexicon knows both spellings (the ي one from copy that writes them so), so it
//   cannot tell.
// - A quotation of the Quran (﴿…﴾, or «…» after تعالى، عز وجل) is left alone: أوحي إليّ.
// The hamza rule leaves these words to this one, and final-yeh skips the words this rule
// flags, so no two rules edit the same letters.

import type { FixSpec, NameEntry, Rule, RuleContext, SharedData } from '../../types';
import { forEachSpelling } from '../../names-list';
import { foldedWithConjunctions, foldString } from '../../text/fold';
import { ARTICLE_START, articleStem, docLex, hasDiacritics, isHouseWord, lettersOf, type DocLex } from './lexical';
import { firstSpanEndingAfter, mergeSpans, quotations } from '../../text/quotations';
import { DocumentMemo, type AnalysedDocument } from '../../text/document';
import { GIVEN_NAMES } from '../names/name-consistency';
import { TITLE_FORMS, TITLE_SET, withProclitics } from '../honorifics/titles';

/** أنّ and its pronoun forms, with and without the hamza, as words after علي. */
const ANNA_FORMS = ['أن', 'أنه', 'أنها', 'أنهم', 'أنهما', 'ان', 'انه', 'انها', 'انهم'];

/** Words right after علي that make it the preposition. */
const GOVERNED = new Set(
  [
    ...ANNA_FORMS,
    'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أي', 'كل', 'ما', 'مدى', 'حد', 'سبيل', 'رأس', 'صعيد',
    'هامش', 'خلفية', 'غرار', 'مستوى', 'وجه', 'نحو', 'حساب', 'يد', 'الرغم', 'رغم', 'أساس', 'ضوء',
    'مدار', 'طول', 'عكس', 'إثر', 'اثر', 'أثر', 'خلاف', 'قدم', 'عاتق', 'مقربة', 'بعد', 'أرض', 'نطاق',
    'أهمية', 'ضرورة', 'الإطلاق', 'الأقل', 'الأرجح', 'الفور', 'التوالي', 'النحو', 'الصعيد', 'المستوى', 'الأرض', 'الساحة', 'الهامش', 'الخط',
    // the Gulf reviewer: «خفض الرسوم علي أكثر من 80% من السلع»
    'أكثر', 'أقل',
    // the courts desk: «علي ذمة التحقيقات»; the Gulf desk: «تعمم علي بقية الأمانات»
    'ذمة', 'بقية', 'كافة',
  ].map((w) => foldString(w)),
);

/**
 * Of GOVERNED, the words that also follow the name (وأضاف علي أن، الرضيع علي بعد، قال علي هذا)
 * or عليّ «on me» (ما خفف عليّ أن، عليّ ما …): after علي they make it the preposition only
 * after a word that takes على (أكد على أن، حرص على ذلك); elsewhere على is only offered.
 */
const WEAK = new Set(
  [...ANNA_FORMS, 'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أي', 'كل', 'ما', 'بعد', 'حد', 'نحو', 'مدى', 'أكثر', 'أقل'].map((w) =>
    foldString(w),
  ),
);

/** أكثر، أقل: they follow على (خفض الرسوم على أكثر من) and the name as its subject (وقال علي أكثر من مرة). */
const MORE_LESS = new Set(['أكثر', 'أقل'].map((w) => foldString(w)));

/** Words that take على before أن، ذلك، كل … (أكد على أن، حرص على ذلك, علاوة على ذلك). */
const TAKES_ALA = new Set(
  [
    'أكد', 'وأكد', 'أكدت', 'وأكدت', 'يؤكد', 'تؤكد', 'شدد', 'وشدد', 'شددت', 'وشددت', 'يشدد', 'حرص', 'حرصت', 'يحرص', 'تحرص', 'اتفق', 'اتفقت', 'اتفقوا', 'واتفق',
    'نص', 'ينص', 'تنص', 'نصت', 'أصر', 'أصرت', 'يصر', 'وافق', 'وافقت', 'يوافق', 'دل', 'يدل', 'تدل', 'علاوة', 'تأكيدا', 'يعمل', 'تعمل', 'يعملون', 'ركز', 'يركز',
    'اعتمد', 'يعتمد', 'تعتمد', 'بناء', 'قادر', 'قادرة', 'قادرون', 'قادرين', 'القدرة', 'حصل', 'حصلت', 'يحصل', 'تحصل', 'الحصول', 'يتوقف', 'يترتب', 'ترتب',
    // participles (the courts desk: «مشددا علي أن»)
    'مشددا', 'مشددة', 'مؤكدا', 'مؤكدة', 'مصرا', 'مصرة', 'مركزا', 'مركزة',
  ].map((w) => foldString(w)),
);

/**
 * Words after which علي is the preposition whatever follows it (حريصة علي دعم، الخارجين علي
 * القانون، ردا علي سؤال، للحصول علي الموافقة): adjectives and participles that take على,
 * adverbial accusatives, and definite verbal nouns — no verb, so the name is never their
 * subject, and none a noun the name might complete (قائمة علي، بناء علي are «Ali's list, Ali's
 * building»: not here). With و or ف before them too.
 */
const ALA_CERTAIN = foldedWithConjunctions([
  'حريص', 'حريصة', 'حريصون', 'حريصين', 'حرصا', 'الحرص', 'الخارجين', 'الخارجون', 'خارجين',
  'قادر', 'قادرة', 'قادرون', 'قادرين', 'القدرة', 'عازم', 'عازمة', 'عازمون', 'مصمم', 'مصممة', 'مصممون',
  'علاوة', 'تأكيدا', 'ردا', 'تعليقا', 'تعقيبا', 'اعتمادا', 'حفاظا', 'حكرا', 'عبئا', 'خطرا', 'تشجيعا',
  'الحصول', 'للحصول', 'القبض', 'السيطرة', 'للسيطرة', 'القضاء', 'للقضاء', 'الاعتداء', 'التعدي', 'الحفاظ', 'للحفاظ',
  'الضوء', 'الموافقة', 'التوقيع', 'الإشراف', 'الاطلاع', 'للاطلاع', 'التعرف', 'للتعرف', 'التغلب', 'للتغلب', 'التركيز',
  'الضغط', 'للضغط',
  // the courts desk: «التحفظ علي السيارات»
  'التحفظ', 'للتحفظ',
]);

/**
 * Marks that end a phrase: after one, الي has no object (not a colon, which introduces one, nor
 * Markdown emphasis or a hashtag, which are the object's own; a slash or a dash: see ASIDE).
 */
const CLOSING = /[.؟?!،,؛;)\]»”…]/;

/** Marks after which آلي may still stand (النظام الي/يدوي، نظام الي - وفق البيان -): both offered. */
const ASIDE = /[/\-–—]/;

/**
 * Nouns the adjective آلي is said of (حاسب آلي، صراف آلي، سلاح آلي، إنسان آلي، رجل آلي، رد آلي،
 * ترجمة آلية), folded, with و/ف: after them الي is offered both ways, never fixed.
 */
const AALI_NOUNS = foldedWithConjunctions(['حاسب', 'حاسوب', 'صراف', 'سلاح', 'إنسان', 'رجل', 'رد', 'ترجمة', 'غسيل', 'تشغيل', 'تحكم', 'تسجيل', 'مسح']);

/**
 * Intransitive verbs that take على (حصل على، حرص على، أصر على، اعتمد على، وافق على، ركز على، اتفق
 * على), folded, with و/ف: no name can be their object.
 */
const INTRANSITIVE_ALA = foldedWithConjunctions([
  'حصل', 'حصلت', 'حصلوا', 'يحصل', 'تحصل', 'يحصلون', 'حرص', 'حرصت', 'يحرص', 'تحرص', 'أصر', 'أصرت', 'يصر', 'تصر', 'اعتمد', 'اعتمدت', 'يعتمد', 'تعتمد',
  'وافق', 'وافقت', 'يوافق', 'توافق', 'ركز', 'ركزت', 'يركز', 'تركز', 'اتفق', 'اتفقت', 'اتفقوا', 'يتفق', 'تتفق', 'استحوذ', 'استحوذت', 'يستحوذ', 'تستحوذ',
  'تحفظ', 'تحفظت', 'يتحفظ', 'تتحفظ',
]);

/**
 * Verbs that take an object and then على (حثت الدار المواطنين على: the culture desk), folded,
 * with و/ف: asked only with a definite word right before علي and both the subject and the
 * object between the verb and علي (see decide): with one word between, علي may be the object
 * (وأجبرت الإصابة علي الحبسي الغياب: the code reviewer).
 */
const ALA_AFTER_OBJECT = foldedWithConjunctions([
  'حث', 'حثت', 'يحث', 'تحث', 'حض', 'حضت', 'يحض', 'تحض', 'شجع', 'شجعت', 'يشجع', 'تشجع',
  'أجبر', 'أجبرت', 'يجبر', 'تجبر', 'أرغم', 'أرغمت',
]);

/**
 * قضى with a court for subject (قضت المحكمة علي المتهم: the courts desk) rules على someone;
 * with a person, قضى علي السعدي 20 عاما is «spent» and علي the object's name (the code reviewer).
 */
const QADA = foldedWithConjunctions(['قضى', 'قضت', 'يقضي', 'تقضي']);
const COURTS = new Set(['المحكمة', 'محكمة', 'الدائرة', 'دائرة', 'الهيئة', 'هيئة'].map((w) => foldString(w)));

/**
 * Is a court after قضى the subject before علي (word pi right before it): قضت المحكمة علي المتهم،
 * قضت محكمة جنايات القاهرة علي المتهم (up to ALA_SUBJECT_WORDS words from the verb)?
 */
function courtRules(d: DocLex, pi: number): boolean {
  for (let k = pi, n = 0; k >= 0 && n < ALA_SUBJECT_WORDS; n++) {
    const v = d.prevWord(k);
    if (v < 0) return false;
    if (COURTS.has(d.doc.tokens[k].norm) && QADA.has(d.doc.tokens[v].norm)) return true;
    k = v;
  }
  return false;
}

/** Words between such a verb and علي: its subject (الحملة، حملة ترامب، الفريق الأول). */
const ALA_SUBJECT_WORDS = 3;

/**
 * Is word pi (the word right before علي) a verb of `verbs` (INTRANSITIVE_ALA: وحصل علي دعم: a name
 * after it would be its subject, followed by على), or is one before it with at most
 * ALA_SUBJECT_WORDS words between it and علي, no mark between, and none of them a name's title?
 */
function intransitiveAlaBefore(d: DocLex, pi: number, verbs: ReadonlySet<string> = INTRANSITIVE_ALA, minWords = 0): boolean {
  const toks = d.doc.tokens;
  for (let k = pi, n = 0; k >= 0; n++) {
    const t = toks[k];
    if (verbs.has(t.norm)) return n >= minWords;
    if (n === ALA_SUBJECT_WORDS || BEFORE_NAME.has(t.norm)) return false;
    const before = d.prevWord(k);
    if (before < 0) return false;
    for (let j = before + 1; j < k; j++) if (toks[j].kind !== 'space' && toks[j].kind !== 'format') return false;
    k = before;
  }
  return false;
}

/** Words of a sentence searched for a later على (see alaLaterInClause). */
const CLAUSE_WORDS = 30;

/**
 * Is there an على (or علي) from word token k on, within CLAUSE_WORDS words, before the sentence
 * ends? Across commas and dashes: an apposition stands between the subject and its verb's على
 * («ووافق علي حسن، وزير المالية، على الميزانية»: the code reviewer).
 */
function alaLaterInClause(d: DocLex, k: number): boolean {
  const toks = d.doc.tokens;
  const text = d.doc.text;
  let words = 0;
  let prev = '';
  for (let j = k; j < toks.length && words < CLAUSE_WORDS; j++) {
    const t = toks[j];
    if (t.kind === 'newline' || (t.kind === 'punct' && /[.؟?!؛;]/.test(text[t.start]))) return false;
    if (t.kind !== 'word') continue;
    // (not the name after a title or a kinship word: لصالح نجلها علي; and not past a word that
    // takes على itself, whose على that is: حصل الفيلم علي المركز … متفوقا على: the arts desk)
    if ((t.norm === 'علي' || t.norm === 'وعلي') && !BEFORE_NAME.has(prev)) return true;
    if (TAKES_ALA.has(t.norm) || ALA_CERTAIN.has(t.norm) || INTRANSITIVE_ALA.has(t.norm) || ALA_TAKERS.has(t.norm)) return false;
    prev = t.norm;
    words++;
  }
  return false;
}

/** Participles and adjectives that take على of their own (متفوقا على، متقدما على), folded, with و/ف. */
const ALA_TAKERS = foldedWithConjunctions(['متفوقا', 'متفوقة', 'متقدما', 'متقدمة', 'متغلبا', 'متغلبة', 'معتمدا', 'معتمدة', 'حاصلا', 'حاصلة', 'مشتملا', 'مشتملة', 'قائما', 'قائمة', 'مصرا', 'مصرة']);

/** Words after which علي is a name. */
const BEFORE_NAME = new Set(
  [
    'الدكتور', 'الدكتورة', 'د', 'الشيخ', 'السيد', 'الأستاذ', 'المهندس', 'الأمير', 'الملك', 'الرئيس',
    'اللواء', 'العميد', 'العقيد', 'الفريق', 'المشير', 'الوزير', 'النائب', 'المستشار', 'الإمام', 'الحاج',
    'الفنان', 'اللاعب', 'الكابتن', 'النجم', 'الزميل', 'المواطن', 'المدرب', 'الكاتب', 'الشاعر', 'القاضي',
    'المحامي', 'السفير', 'المتحدث', 'الطالب', 'الشاب', 'الطفل', 'الشهيد', 'المرحوم', 'الراحل', 'بن', 'ابن',
    'أبو', 'أبي', 'أبا', 'ابو', 'بنت', 'عبد', 'الإمام', 'سيدنا', 'الخليفة', 'المدعو', 'الأخ', 'شقيقه',
    'نجله', 'والده', 'صاحبه', 'المقدم', 'الرائد', 'النقيب', 'الملازم', 'الرقيب', 'الجندي', 'الصحفي',
    'نجل', 'نجلها', 'شقيق', 'شقيقها', 'ابنه', 'ابنها', 'طفله', 'طفلها', 'الرضيع',
  ].map((w) => foldString(w)),
);

/** إنّ and its pronoun forms, as written: after «علي» they open what علي says (قال علي إن …), never what على governs. */
const INNA = new Set(['إن', 'إنه', 'إنها', 'إنهم', 'إنهما', 'إننا', 'إني', 'إنني']);

/** Forms of قال: «قال علي أن/ان …» has علي as the subject (the seat of أن is the hamza rule's concern). */
const QALA = new Set(['قال', 'وقال', 'فقال', 'يقول', 'ويقول', 'قالت', 'وقالت'].map((w) => foldString(w)));

/**
 * Verbs of saying (folded, masculine: the name is the subject): after them «علي أن» is the
 * name speaking (وأضاف علي أن …), not the preposition; «وأضاف علي ذلك» may be «على ذلك» (SAYS_WHAT).
 */
const SAYS_WHAT = new Set(ANNA_FORMS.map((w) => foldString(w)));
const SAYS = foldedWithConjunctions(['قال', 'أضاف', 'أوضح', 'ذكر', 'تابع', 'كشف', 'أعلن', 'صرح', 'بين', 'أفاد', 'اعتبر', 'رأى', 'لفت', 'أردف', 'يقول', 'يضيف', 'يوضح', 'يذكر', 'يرى']);

/**
 * Words before إلي that are no verbs and take إلى (بالإضافة إلى، وصولا إلى، إشارة إلى), folded:
 * after them إلي is the preposition misspelt. After a verb it is as often إليّ «to me» (أرسل
 * إليّ الرئيس رسالة، وصل إليّ الدعم، أوحي إليّ أنه): only offered there.
 */
const NOUNS_TAKING_ILA = new Set(
  [
    'إضافة', 'بالإضافة', 'وبالإضافة', 'وإضافة', 'وصولا', 'استنادا', 'نظرا', 'بالنظر', 'إشارة', 'بالإشارة', 'مشيرا',
    'مشيرة', 'لافتا', 'لافتة', 'منوها', 'داعيا', 'مستندا', 'انتقالا', 'عودة', 'بالعودة', 'العودة', 'الوصول', 'للوصول', 'الطريق', 'طريقه',
    'الانضمام', 'الدخول', 'السفر', 'التوجه', 'رحلة', 'رحلته', 'الرحلة', 'سعيا', 'الحاجة', 'بحاجة', 'حاجة', 'الدعوة', 'دعوة', 'بالنسبة',
  ].map((w) => foldString(w)),
);

/**
 * The forms of أنّ after إلي (folded: أن folds to ان): «أشار إلي أن» is إلى even right after the
 * verb, but for the verbs in ILAYYA_ANNA.
 */
const ANNA_NEXT = new Set(['أن', 'أنه', 'أنها', 'أنهم', 'أنهما', 'أننا'].map((w) => foldString(w)));

/** Verbs that take إليّ before أنّ: يُخيَّل إليّ أنّ، نُمي إليّ أنّ، أُوحي إليّ أنّ (folded). */
const ILAYYA_ANNA = new Set(
  ['خيل', 'يخيل', 'وخيل', 'ويخيل', 'نمي', 'ونمي', 'ينمى', 'أوحي', 'أوحى', 'يوحى', 'يوحي', 'تهيأ', 'يتهيأ', 'وتهيأ'].map((w) => foldString(w)),
);

/**
 * Place names after إلي (folded, with the article where they take it): «توجه إلي القاهرة،
 * سافر إلي مصر» is إلى right after the verb too (a place is no subject that comes to someone).
 * Not المدينة (the city: a common noun, and «المدينة» is also a subject).
 */
const PLACES = new Set(
  [
    'مصر', 'القاهرة', 'الإسكندرية', 'الجيزة', 'الأقصر', 'أسوان', 'بورسعيد', 'السويس', 'الإسماعيلية', 'دمياط', 'المنصورة', 'طنطا', 'الزقازيق',
    'الغردقة', 'سيناء', 'الصعيد', 'سوريا', 'لبنان', 'العراق', 'الأردن', 'ليبيا', 'تونس', 'الجزائر', 'المغرب', 'السودان', 'اليمن', 'السعودية',
    'الإمارات', 'قطر', 'الكويت', 'البحرين', 'عمان', 'فلسطين', 'إسرائيل', 'إيران', 'تركيا', 'روسيا', 'الصين', 'أمريكا', 'أميركا', 'فرنسا',
    'ألمانيا', 'بريطانيا', 'إيطاليا', 'إسبانيا', 'اليابان', 'الهند', 'أوروبا', 'أفريقيا', 'إفريقيا', 'آسيا', 'غزة', 'القدس', 'بيروت', 'دمشق',
    'بغداد', 'الرياض', 'جدة', 'مكة', 'دبي', 'أبوظبي', 'الدوحة', 'الخرطوم', 'طرابلس', 'باريس', 'لندن', 'واشنطن', 'موسكو', 'بكين', 'برلين',
    'روما', 'أنقرة', 'إسطنبول', 'طهران', 'نيويورك', 'جنيف', 'بروكسل', 'أثينا', 'مدريد',
  ].map((w) => foldString(w)),
);

/** Verbs that begin with what looks like the article (التقى، التزم، التحق، التفت): no definite nouns (folded). */
const AL_VERBS = new Set(['التقى', 'التزم', 'التحق', 'التفت', 'التمس', 'التهم', 'التأم', 'التف', 'التقط'].map((w) => foldString(w)));

/**
 * Word token p (the word before إلي) is a noun, not a verb: it has the article (وتوجه الوزير إلي),
 * ends in ة (رسالة إلي الشعب: no verb ends in ة), is a given name, or is a word the lexicon does
 * not know and no other rule would mend (ووصل بلينكن إلي: a foreign name). Then إلي is not
 * right after its verb, and the reading إليّ «to me» before the verb's subject is out.
 */
function nounBefore(d: DocLex, p: number): boolean {
  const l = d.letters(p)?.letters;
  if (!l) return false;
  const norm = d.doc.tokens[p].norm;
  const bare = norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف') ? norm.slice(1) : norm;
  if (ARTICLE_START.test(l) && !AL_VERBS.has(bare)) return true;
  if (l.endsWith('ة')) return true;
  if (GIVEN_NAMES.has(norm) || GIVEN_NAMES.has(bare)) return true;
  return d.unknown(p);
}

/** Opening words of a quotation of the Quran, just before its mark: قال تعالى: «…», قوله عز وجل «…». */
const QURAN_INTRO = /(?:تعالى|تعالي|عز وجل|سبحانه|الآية|الكريمة|القرآن|التنزيل)[\s:،]*$/;

/** Per document: the spans of Quran quotations (sorted [start, end) pairs, flattened), see quranSpans. */
const QURAN = new DocumentMemo<Int32Array>();

/**
 * The document's quotations of the Quran, found once per document (finding them anew for each
 * إلي, scanning back to the line's start and through the quotations, took a 54k-character
 * one-line draft from 11 to 735 ms): each stretch after an ornate parenthesis ﴿ or ﴾ up to and
 * including the next one on its line (or the line's end), and each quotation (quotations())
 * that words like «قال تعالى:» open on its line. As sorted [start, end) pairs: offset p is in
 * one when start <= p < end (a ﴿ at s makes s+1 … the closing ﴾ inclusive; a quotation [a, b)
 * holds a < p < b).
 */
function quranSpans(doc: AnalysedDocument): Int32Array {
  let spans = QURAN.get(doc);
  if (spans) return spans;
  const text = doc.text;
  const pairs: number[] = [];
  // ornate parentheses: an odd count of them before p on its line puts p inside
  for (let k = text.indexOf('\ufd3e'), m = text.indexOf('\ufd3f'); k >= 0 || m >= 0; ) {
    // (the first of either mark from here)
    const open = k < 0 ? m : m < 0 ? k : Math.min(k, m);
    const line = doc.lines[doc.lineIndexAt(open)];
    let close = -1;
    for (let j = open + 1; j < line.end; j++) {
      const c = text.charCodeAt(j);
      if (c === 0xfd3e || c === 0xfd3f) {
        close = j;
        break;
      }
    }
    const end = close < 0 ? line.end + 1 : close + 1;
    pairs.push(open + 1, end);
    const from = close < 0 ? line.next : close + 1;
    if (from >= text.length) break;
    k = text.indexOf('\ufd3e', from);
    m = text.indexOf('\ufd3f', from);
  }
  const q = quotations(doc);
  for (let j = 0; j < q.length; j += 2) {
    const lineStart = doc.lines[doc.lineIndexAt(q[j])].start;
    if (QURAN_INTRO.test(text.slice(Math.max(lineStart, q[j] - 40), q[j]))) pairs.push(q[j] + 1, q[j + 1]);
  }
  // sorted by start (the two kinds interleave) and merged: a lookup asks only whether some span holds p
  const order: Array<[number, number]> = [];
  for (let j = 0; j < pairs.length; j += 2) if (pairs[j] < pairs[j + 1]) order.push([pairs[j], pairs[j + 1]]);
  spans = mergeSpans(order);
  QURAN.set(doc, spans);
  return spans;
}

/**
 * Offset p lies in a quotation of the Quran: inside ﴿…﴾, or inside a quotation (quotations())
 * that words like «قال تعالى:» open. A verse is quoted as revealed (أوحي إليّ أنه، يوحى إليّ):
 * the rule leaves it alone. A binary search over quranSpans.
 */
function inQuran(doc: AnalysedDocument, p: number): boolean {
  const s = quranSpans(doc);
  const i = firstSpanEndingAfter(s, p);
  // (a span here starts after its opening mark: its first character is in it)
  return i < s.length >> 1 && s[2 * i] <= p;
}

/**
 * Words that end in ى and only in ى (as written with ى): their ي spelling is no other word of
 * news copy, with or without the article. Nouns of a weak root (مستشفى، ملتقى) and feminine
 * elatives (كبرى، أخرى). Left out on purpose, their ي spelling being another word: an active
 * participle (المنتهي، المقتضي، المبتغي، المرتجي، مرمي «thrown»، المستوي)، a verb (تقوي «she
 * strengthens»)، a nisba that is a family name with the article (البلوي، الحلوي)، and
 * معنى/معني، مبنى/مبني، مجرى/مجري، منحنى/منحني، مصلى/مصلي، محتوى/محتوي، بشرى/بشري، لبنى/لبني،
 * سلمى/سلمي، ليلى/ليلي، هدى/هدي، نهى/نهي، منى/مني، يحيى/يحيي، مرسى/مرسي، عظمى/عظمي،
 * وسطى/الوسطي، أولى/الأولي، سفلى/سفلي، دعوى/دعوي، عدوى/عدوي، هوى/هوي.
 */
const MAQSURA_WORDS: ReadonlySet<string> = new Set([
  'مستشفى', 'ملتقى', 'منتدى', 'مقهى', 'ملهى', 'مأوى', 'مغزى', 'مسعى',
  'فوضى', 'فتوى', 'شكوى', 'جدوى', 'ذكرى',
  'كبرى', 'صغرى', 'قصوى', 'أخرى', 'اخرى',
]);
/**
 * …names, only without the article: with it, their ي spelling is a nisba and a family name
 * (العيسي، الموسي، in the SaudiNewsNet articles: محمد الفهد العيسي).
 */
const MAQSURA_NAMES: ReadonlySet<string> = new Set(['مصطفى', 'موسى', 'عيسى', 'مرتضى', 'مجتبى']);
/**
 * …and names whose ي spelling is another word (يحيي «greets», مني «from me», هدي، ليلي، سلمي،
 * بشري …), right after a title, where they may be the name (المهندس يحيي زكي، الفنانة مني زكي:
 * the local desk's reader): offered, not applied, since a title may be the subject of the verb
 * (المدرب يحيي الجماهير: the second code reviewer). Not مرسي, a name of its own (محمد مرسي).
 */
const MAQSURA_NAMES_AFTER_TITLE: ReadonlySet<string> = new Set(['يحيى', 'ليلى', 'سلمى', 'هدى', 'منى', 'نهى', 'لبنى', 'سلوى', 'نجوى', 'رضوى', 'بشرى']);

/**
 * …and the elatives أفعل, only with the article (الأعلى، الأقصى; أعلي may be أُعلي «I raise»).
 * Not الأسمى: الاسمي is «nominal» (الناتج المحلي الإجمالي الاسمي: the code reviewer).
 */
const MAQSURA_WITH_ARTICLE: ReadonlySet<string> = new Set(['أعلى', 'اعلى', 'أقصى', 'اقصى', 'أدنى', 'ادنى', 'أقوى', 'اقوى', 'أغلى', 'اغلى', 'أرقى', 'ارقى']);
/**
 * …and, without the article, the elatives أعلى، أدنى، أقصى after a preposition or before a noun
 * they measure (إلى أدني مستوى، أعلي مستوى: the Gulf desk's market reports), where أُعلي «I raise»
 * cannot stand.
 */
const ELATIVES_BARE: ReadonlySet<string> = new Set(['أعلى', 'اعلى', 'أدنى', 'ادنى', 'أقصى', 'اقصى']);
const BEFORE_ELATIVE = new Set(['إلى', 'الى', 'من', 'في', 'على', 'عن', 'عند', 'دون', 'فوق', 'تحت'].map((w) => foldString(w))); // (not حتى: «حتى أعلي اسم بلدي», so that I raise)
const AFTER_ELATIVE = new Set(
  ['مستوى', 'مستواه', 'مستواها', 'مستويات', 'مستوياته', 'مستوياتها', 'حد', 'درجة', 'درجات', 'سعر', 'أسعار', 'نسبة', 'معدل', 'معدلات', 'قيمة', 'نقطة', 'ارتفاع', 'انخفاض', 'عدد', 'حصيلة', 'رقم'].map((w) =>
    foldString(w),
  ),
);
/** One proclitic letter (و ف ب ل ك) before a bare elative (وأعلي، بأعلي). */
const PROCLITIC_ONE = /^[وفبلك]/;

/** Proclitics before a word without the article: و ف, then ب ل ك. */
const PROCLITICS = /^[وف]?[بلك]?/;

/**
 * Every folded form maqsuraWordEnd may accept (the words with their proclitics and article,
 * ى and ي folded alike): the check asks only of a word whose folded form is one, one hash of
 * the word and no lexicon, where most words of a draft end in ي (الذي، السعودي).
 */
const MAQSURA_FOLDED: ReadonlySet<string> = (() => {
  const folded = (words: ReadonlySet<string>) => [...words].map((w) => foldString(w));
  const withArticle = (words: ReadonlySet<string>) => folded(words).map((w) => 'ال' + w);
  return new Set([
    ...withProclitics([...folded(MAQSURA_WORDS), ...withArticle(MAQSURA_WORDS)]),
    ...withProclitics(folded(MAQSURA_NAMES)),
    ...withProclitics(withArticle(MAQSURA_WITH_ARTICLE)),
    ...withProclitics(folded(ELATIVES_BARE)),
    ...folded(MAQSURA_NAMES_AFTER_TITLE),
  ]);
})();

/**
 * The letter index of the final ي of letters `w` when w is one of those words written with ي
 * (with its proclitics and article: للمستشفي، والكبري، بالأعلي، ومصطفي), else -1.
 */
export function maqsuraWordEnd(w: string): number {
  const last = w.length - 1;
  if (last < 3 || w.charCodeAt(last) !== 0x64a) return -1;
  const asMaqsura = w.slice(0, last) + 'ى';
  const stem = articleStem(asMaqsura);
  if (stem !== undefined && (MAQSURA_WORDS.has(stem) || MAQSURA_WITH_ARTICLE.has(stem))) return last;
  // without the article: each way of reading the first letters as proclitics (فوضى starts with ف)
  const most = PROCLITICS.exec(asMaqsura)![0].length;
  for (let p = 0; p <= most; p++) {
    const rest = asMaqsura.slice(p);
    if (MAQSURA_WORDS.has(rest) || MAQSURA_NAMES.has(rest)) return last;
  }
  return -1;
}

/** The folded forms particleOf() can accept (إلي folds to الي). */
const PARTICLE_NORMS = new Set(['علي', 'حتي', 'الي', 'وعلي', 'وحتي']);

export interface Target {
  /** Letters of the particle as written (without the proclitic و). */
  word: 'علي' | 'حتي' | 'الي' | 'إلي';
  /** Number of letters of the proclitic (0 or 1). */
  prefix: number;
}

/** The particle this word token may be written for, from its letters alone (no context). */
export function particleOf(letters: string): Target | undefined {
  let prefix = 0;
  let w = letters;
  if (w.length === 4 && w[0] === 'و') {
    prefix = 1;
    w = w.slice(1);
  }
  if (w === 'علي' || w === 'حتي') return { word: w, prefix };
  if (prefix === 0 && (w === 'الي' || w === 'إلي')) return { word: w, prefix };
  return undefined;
}

interface Decision {
  target: Target;
  /** Replacement letters for the particle's letters, in preference order. */
  options: string[];
  preferred: boolean;
}

export function startsDefinite(norm: string): boolean {
  return norm.startsWith('ال') || norm.startsWith('وال') || norm.startsWith('بال') || norm.startsWith('لل') || norm.startsWith('فال') || norm.startsWith('كال');
}

/** Per names list: every folded word X that follows «علي» in one of its spellings. */
const afterAliCache = new WeakMap<readonly NameEntry[], Set<string>>();

/**
 * The names list has «علي X» for the next word X. The list is read once (then one Set lookup
 * per «علي»), so the cost does not grow with the list: with 100,000 names the scan per
 * occurrence took seconds on a 100 KB draft.
 */
function namedWith(shared: SharedData, next: string): boolean {
  const names = shared.names;
  if (!names?.length) return false;
  let after = afterAliCache.get(names);
  if (!after) {
    const found = new Set<string>();
    forEachSpelling(names, (_e, _kind, s, from, to) => {
      // only a spelling with an ع (or a presentation form, which may fold to one) can hold علي:
      // most do not, and no string is made of them
      let maybe = false;
      for (let i = from; i < to && !maybe; i++) {
        const c = s.charCodeAt(i);
        maybe = c === 0x0639 || c >= 0xfb50;
      }
      if (!maybe) return;
      const f = foldString(s.slice(from, to)).split(/\s+/);
      for (let k = 0; k + 1 < f.length; k++) if (f[k] === 'علي') found.add(f[k + 1]);
    });
    after = found;
    afterAliCache.set(names, after);
  }
  return after.has(next);
}

/** What this rule does with word token i: undefined when it leaves it alone. */
export function decide(d: DocLex, i: number, shared: SharedData): Decision | undefined {
  const doc = d.doc;
  const tok = doc.tokens[i];
  if (tok.kind !== 'word') return undefined;
  const l = d.letters(i);
  if (!l) return undefined;
  const target = particleOf(l.letters);
  if (!target) return undefined;
  if (hasDiacritics(doc.text, tok)) return undefined;
  if (d.houseWord(i, shared)) return undefined;
  const ni = d.nextWord(i);
  const next = ni >= 0 ? doc.tokens[ni].norm : '';
  const pi = d.prevWord(i);
  const prev = pi >= 0 ? doc.tokens[pi].norm : '';
  switch (target.word) {
    case 'حتي':
      return { target, options: ['حتى'], preferred: true };
    case 'الي': {
      // the adjective آلي after the nouns it is said of (حاسب الي، سلاح الي، إنسان الي): both
      // offered, آلي first — but إلى first before a definite word («تقدم رجل الي الشرطة»،
      // «ترجمة الي العربية»)
      if (AALI_NOUNS.has(prev)) return { target, options: next && startsDefinite(next) ? ['إلى', 'آلي'] : ['آلي', 'إلى'], preferred: false };
      // … and before a mark that ends the phrase or the line (وأعلن أن الأداء الي.), or a slash
      // or a dash after which آلي may stand (الي/يدوي): إلى takes an object after it. An opening
      // mark, a colon, Markdown emphasis, a hashtag is no end (وأشار الي «الإصلاح»، ودعا البيان
      // الي: وقف…، وأشار الي **ضرورة**)
      const after = doc.nextSignificant(i);
      if (after && (after.kind === 'newline' || (after.kind === 'punct' && (CLOSING.test(doc.text[after.start]) || ASIDE.test(doc.text[after.start]))))) {
        return { target, options: ['آلي', 'إلى'], preferred: false };
      }
      // … or as a predicate (النظام آلي): it agrees with a masculine singular noun, so not after a
      // plural (نقل المصابين الي مستشفى، الدول الأعضاء الي رفع) or a noun in ة (ويبعد الكرة الي
      // ركنية: it would be آلية)
      if (startsDefinite(prev) && next && !startsDefinite(next) && !/(?:ين|ون|ات)$/.test(prev) && !(prev.length >= 7 && prev.endsWith('اء')) && !(d.letters(pi)?.letters.endsWith('ة') ?? false)) {
        return { target, options: ['إلى', 'آلي'], preferred: false };
      }
      return { target, options: ['إلى'], preferred: true };
    }
    case 'إلي': {
      if (ni < 0 || !(startsDefinite(next) || GOVERNED.has(next) || PLACES.has(next))) return undefined;
      return { target, options: ['إلى'], preferred: ilaSure(d, pi, prev, next) };
    }
    case 'علي': {
      if (BEFORE_NAME.has(prev)) return undefined;
      // a word that takes على before a number (حصل علي 9870 صوتا): no name stands before a count
      if (TAKES_ALA.has(prev) && doc.nextSignificant(i)?.kind === 'number') return { target, options: ['على'], preferred: true };
      if (ni < 0) return undefined;
      if (namedWith(shared, next)) return undefined;
      // the name speaking: «وقال علي إن …» (GOVERNED compares folded words, where إن is أن)
      if (INNA.has(d.letters(ni)?.letters ?? '') || (QALA.has(prev) && next.startsWith('ان'))) return undefined;
      // after a word that takes على and can have no subject or complement in a name (حريصة،
      // الخارجين، ردا، للحصول), whatever follows
      if (ALA_CERTAIN.has(prev)) return { target, options: ['على'], preferred: true };
      // an intransitive verb that takes على, then its subject (حصلت الحملة علي دعم: the foreign-desk
      // reviewer): the verb has no object a name could be. Not after a given name, which علي may
      // complete (حصل محمد علي على الجائزة); not before a word that follows the name or عليّ as
      // often (WEAK: وحصل علي هذا التكريم); and, since verb-subject order makes علي the subject as
      // often (ووافق علي عبدالله صالح على المبادرة، وركزت زوجة علي في حديثها على الأبناء: the code
      // reviewer), not where the verb's own على comes later in the sentence, nor before a definite
      // word or one no lexicon knows (a surname: علي العمير، علي كوفتون)
      if (!GIVEN_NAMES.has(prev) && next !== 'علي' && !WEAK.has(next) && !startsDefinite(next) && !d.unknown(ni) && intransitiveAlaBefore(d, pi) && !alaLaterInClause(d, ni)) {
        return { target, options: ['على'], preferred: true };
      }
      // … and before a definite word too when the verb's definite subject (or its subject and
      // object) stands right before علي (وأصر المتهم علي الإنكار، وتعتمد الدار علي المتطوعين، حثت
      // الدار المواطنين علي المبادرة، قضت المحكمة علي المتهم: the courts and culture desks): علي
      // after it could only be in apposition, «the accused Ali», and the verb would still want
      // its على later
      if (startsDefinite(prev) && startsDefinite(next) && (intransitiveAlaBefore(d, pi) || intransitiveAlaBefore(d, pi, ALA_AFTER_OBJECT, 2) || courtRules(d, pi)) && !alaLaterInClause(d, ni)) {
        return { target, options: ['على'], preferred: true };
      }

      // Only the words that follow the preposition (أن، هذا، سبيل، الرغم …): after علي a
      // definite noun is as often a surname (علي العمير) as the object of على.
      if (!GOVERNED.has(next)) return undefined;
      // أن، بعد، هذا … follow the name and عليّ as well: certain only after a word that takes على,
      // and nothing after a verb of saying, whose subject علي is (وأضاف علي أن)
      // (and أكثر / أقل: «وقال علي أكثر من مرة إن» is the name)
      if (SAYS.has(prev) && (SAYS_WHAT.has(next) || MORE_LESS.has(next))) return undefined;
      // «، على أن …» opening a clause is «provided that» (فتح باب التظلمات، علي أن تعلن النتيجة:
      // the local desk): the name would need a verb before it
      const mark = doc.prevSignificant(i);
      // (before an imperfect verb: «، علي أن الحادث» may be the name in apposition, the second code reviewer)
      const nni = ni >= 0 ? d.nextWord(ni) : -1;
      if (SAYS_WHAT.has(next) && mark?.kind === 'punct' && (doc.text[mark.start] === '،' || doc.text[mark.start] === ',') && nni >= 0 && /^[يتن]/.test(doc.tokens[nni].norm)) {
        return { target, options: ['على'], preferred: true };
      }
      if (WEAK.has(next) && !TAKES_ALA.has(prev)) return { target, options: ['على'], preferred: false };
      return { target, options: ['على'], preferred: true };
    }
  }
}

/**
 * إلي (before a definite noun, أن or a place) is إلى for certain: it is not right after a verb
 * whose subject may follow (أرسل إليّ الرئيس رسالة، أعاد إليّ الأطباء الأمل، جاء إليّ المواطنون,
 * where إليّ «to me» is as likely, and only an offer is made). So: at a clause start (pi < 0); after
 * a word that takes إلى (بالإضافة، وصولا) or in «من X إلي Y»; after a noun (nounBefore: وتوجه
 * الوزير إلي القاهرة، رسالة إلي الشعب); or right after a verb when أن follows (أشار إلي أن, but for
 * يخيل إليّ أن، أوحي إليّ أنه) or a place name (توجه إلي القاهرة، سافر إلي مصر).
 */
function ilaSure(d: DocLex, pi: number, prev: string, next: string): boolean {
  if (pi < 0 || NOUNS_TAKING_ILA.has(prev)) return true;
  const ppi = d.prevWord(pi);
  if (ppi >= 0 && (d.doc.tokens[ppi].norm === 'من' || d.doc.tokens[ppi].norm === 'ومن')) return true;
  if (ANNA_NEXT.has(next)) return !ILAYYA_ANNA.has(prev);
  if (PLACES.has(next)) return true;
  if (nounBefore(d, pi)) return true;
  // right after the verb: إليّ «to me» has the verb's subject after it, a person (أرسل إلي
  // الرئيس رسالة، جاء إلي المواطنون); a thing after it is where the verb goes (وأشار إلي
  // الإجراءات، ودعا إلي الحوار، ونظر إلي المستقبل)
  return !personWord(next);
}

/** People who may be the subject after «إليّ», folded (besides the titles). */
const PEOPLE: ReadonlySet<string> = new Set(
  ['الكابتن', 'الأطباء', 'الطبيب', 'الناس', 'الجميع', 'أحد', 'أحدهم', 'المسؤول', 'الأب', 'الأم', 'أبي', 'أمي', 'أخي', 'أختي', 'صديقي', 'زوجي', 'زوجتي', 'ابني', 'ابنتي', 'الطفل', 'الأطفال', 'الجمهور', 'المشجعون', 'الزملاء', 'زملائي', 'الرجل', 'المرأة'].map((w) => foldString(w)),
);

/** Is the folded word a person: a title, one of PEOPLE, or a plural of people with the article (المواطنون، اللاعبون)? */
function personWord(norm: string): boolean {
  return TITLE_SET.has(norm) || PEOPLE.has(norm) || (norm.startsWith('ال') && norm.length > 5 && norm.endsWith('ون'));
}

function fixesFor(d: DocLex, i: number, dec: Decision): FixSpec[] {
  const l = d.letters(i)!;
  const { prefix, word } = dec.target;
  const tokText = d.doc.text.slice(l.offsets[prefix], l.offsets[prefix + word.length - 1] + 1);
  return dec.options.map((opt) => {
    // edit only the letters that differ (the first alef of إلى, the last letter)
    const edits = [];
    for (let k = 0; k < word.length; k++) {
      if (opt[k] !== word[k]) edits.push({ start: l.offsets[prefix + k], end: l.offsets[prefix + k] + 1, text: opt[k] });
    }
    return { messageId: 'write', data: { word: opt, written: tokText }, edits, preferred: dec.preferred && opt === dec.options[0] };
  });
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'alef-maqsura',
    category: 'orthography',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      particle: {
        ar: '«{written}» هنا حرف يُكتب بالألف المقصورة: «{word}»',
        en: '“{written}” here is the particle written with alef maqsura: “{word}”',
      },
      ambiguous: {
        ar: '«{written}»: إن كان حرف الجر فاكتبه «إلى»، وإن كان صفة فـ«آلي»',
        en: '“{written}”: the preposition is written “إلى”; the adjective is “آلي”',
      },
      maybeParticle: {
        ar: '«{written}» قد يكون الاسم أو «عليّ»؛ إن كان حرف الجر فاكتبه «{word}»',
        en: '“{written}” may be the name or “عليّ” (on me); if it is the preposition, write “{word}”',
      },
      maybeIlayya: {
        ar: '«{written}» قد تكون «إليّ»؛ إن كانت حرف الجر فاكتبها «{word}»',
        en: '“{written}” may be “إليّ” (to me); if it is the preposition, write “{word}”',
      },
      word: {
        ar: '«{written}» تنتهي بألف مقصورة: «{word}»',
        en: '“{written}” ends in alef maqsura: “{word}”',
      },
      maybeName: {
        ar: '«{written}» بعد لقب: إن كان الاسم فاكتبه «{word}»',
        en: '“{written}” after a title: if it is the name, write “{word}”',
      },
      write: { ar: 'اكتب «{word}»', en: 'Write “{word}”' },
    },
    docs: {
      description: {
        ar: '«علي» و«حتي» و«الي» مكتوبة بدل «على» و«حتى» و«إلى»، وكلمات لا تنتهي إلا بالألف المقصورة مكتوبة بالياء (المستشفي)',
        en: '`علي`, `حتي`, `الي` written for the particles `على`, `حتى`, `إلى`, and words that end only in ى written with ي (المستشفي)',
      },
      explanation: {
        ar: 'حروف الجر على وحتى وإلى تنتهي بألف مقصورة، وكتابتها بالياء تغيّر الكلمة: «علي» اسم علم. لذلك يُنظر في السياق: تُصحَّح «علي» حين تليها كلمة لا تأتي إلا بعد حرف الجر (أن، هذا، سبيل، الرغم، صعيد …)، أو تسبقها كلمة تتعدى بـ«على» ولا يليها اسم علم (حريصة، الخارجين، ردا، للحصول)، أو فعل لازم يتعدى بـ«على» وحده أو مع فاعله (حصلت الحملة علي دعم)، ومعه قبل كلمة معرّفة إن سبق «علي» فاعلُه أو مفعوله المعرّف (أصر المتهم علي الإنكار، حثت الدار المواطنين علي المبادرة)، لا مجرد اسم معرّف (علي العمير اسم)، ولا تُمس بعد لقب (الدكتور علي) أو «بن»، ولا قبل «إن» (وقال علي إن …)، ولا إذا كانت «علي» وما بعدها اسما في قائمة الأسماء. و«الي» تُصحَّح «إلى» إلا حيث تصح «آلي» صفةً (حاسب آلي، سلاح آلي، أو في آخر العبارة) فتُعرض الكتابتان. وكلمات لا تنتهي إلا بألف مقصورة إذا كُتبت بالياء (المستشفي، مصطفي، الملتقي، الكبري، الأخري، الأعلي) تُصحَّح بالألف المقصورة، أما ما تكون كتابته بالياء كلمة أخرى (معني، مبني، بشري، لديّ) فلا يُمس إلا اسما بعد لقب (المهندس يحيي ← يحيى).',
        en: 'The prepositions على, حتى and إلى end in alef maqsura; written with yeh they become other words: علي is a given name. So context decides: علي is corrected when the next word is one that follows the preposition and not a name (أن, هذا, سبيل, الرغم, صعيد …), or the word before takes على and is followed by no name (حريصة, الخارجين, ردا, للحصول), or an intransitive verb that takes على stands before it, alone or with its subject (حصلت الحملة علي دعم), also before a definite word when the verb’s definite subject or object stands right before علي (أصر المتهم علي الإنكار, حثت الدار المواطنين علي المبادرة) — a definite noun alone is not enough (علي العمير is a name) — never after a title (الدكتور علي) or بن, never before إن (وقال علي إن …), and never when «علي + next word» is in the names list. الي is corrected to إلى except where the adjective آلي fits (حاسب آلي, سلاح آلي, or at the end of a phrase): then both are offered. Words that end only in alef maqsura, written with yeh (المستشفي, مصطفي, الملتقي, الكبري, الأخري, الأعلي), get their ى; a word whose yeh spelling is another word (معني, مبني, بشري, لديّ) is left alone, but for a name right after a title (المهندس يحيي → يحيى).',
      },
      good: 'وأكد الدكتور علي الغامدي أهمية التعاون حتى نهاية العام.',
      bad: 'وشدد البيان علي أهمية التعاون حتي نهاية العام.',
    },
  },
  check(ctx: RuleContext<Record<string, never>>) {
    const { doc, shared } = ctx;
    let d: DocLex | undefined;
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i];
      if (t.kind !== 'word') continue;
      // cheap gates before touching the lexicon: the folded word ends in ي (ى folds to it), and is
      // one of the particles (of three or four letters) or one of the words that end only in ى
      const n = t.norm;
      if (n.charCodeAt(n.length - 1) !== 0x64a) continue;
      if ((n.length !== 3 && n.length !== 4) || !PARTICLE_NORMS.has(n)) {
        if (MAQSURA_FOLDED.has(n)) maqsuraWord(ctx, i);
        continue;
      }
      d ??= docLex(doc);
      const dec = decide(d, i, shared);
      if (!dec) continue;
      if (inQuran(doc, t.start)) continue;
      const fixes = fixesFor(d, i, dec);
      const l = d.letters(i)!;
      const { prefix, word } = dec.target;
      const start = l.offsets[prefix];
      const end = l.offsets[prefix + word.length - 1] + 1;
      ctx.report({
        start,
        end,
        messageId: dec.preferred ? 'particle' : dec.target.word === 'علي' ? 'maybeParticle' : dec.target.word === 'إلي' ? 'maybeIlayya' : 'ambiguous',
        data: { written: doc.text.slice(start, end), word: dec.options[0] },
        fixes,
      });
    }
  },
};

/**
 * Word token i is a MAQSURA_WORDS word written with ي (المستشفي): its ى, the fix. (From the
 * token's letters alone: no lexicon needed.)
 */
function maqsuraWord(ctx: RuleContext<Record<string, never>>, i: number): void {
  const doc = ctx.doc;
  const tok = doc.tokens[i];
  const l = lettersOf(doc.text, tok);
  if (!l) return;
  let k = maqsuraWordEnd(l.letters);
  let sure = true;
  if (k < 0 && l.letters.endsWith('ي') && MAQSURA_NAMES_AFTER_TITLE.has(l.letters.slice(0, -1) + 'ى')) {
    const p = doc.wordBeside(i, -1);
    if (p >= 0 && TITLE_FORMS.has(doc.tokens[p].norm)) {
      k = l.letters.length - 1;
      sure = false;
    }
  }
  // (with a proclitic: وأعلي مستوى، بأعلي سعر)
  const bare = PROCLITIC_ONE.test(l.letters) && l.letters.length === 5 ? l.letters.slice(1) : l.letters;
  if (k < 0 && bare.endsWith('ي') && ELATIVES_BARE.has(bare.slice(0, -1) + 'ى')) {
    const p = doc.wordBeside(i, -1);
    const n = doc.wordBeside(i, 1);
    if ((p >= 0 && bare === l.letters && BEFORE_ELATIVE.has(doc.tokens[p].norm)) || (n >= 0 && AFTER_ELATIVE.has(doc.tokens[n].norm))) k = l.letters.length - 1;
  }
  if (k < 0) return;
  // a vowelled word is left as typed, as are the house's own words and the Quran quoted
  if (hasDiacritics(doc.text, tok) || isHouseWord(ctx.shared, tok.norm) || inQuran(doc, tok.start)) return;
  const at = l.offsets[k];
  const written = doc.text.slice(tok.start, tok.end);
  const word = written.slice(0, at - tok.start) + 'ى' + written.slice(at + 1 - tok.start);
  ctx.report({
    start: tok.start,
    end: tok.end,
    messageId: sure ? 'word' : 'maybeName',
    data: { written, word },
    fixes: [{ messageId: 'write', data: { word }, edits: [{ start: at, end: at + 1, text: 'ى' }], preferred: sure }],
  });
}

export default rule;
