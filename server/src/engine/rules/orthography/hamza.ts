// hamza: hamza on alef, driven by the lexicon. A word is flagged when it is not a word of
// the lexicon and the lexicon has spellings of it that differ only in the hamza seats of
// its alefs (with its clitics: the lexicon holds وبالأعمال; when it does not, the clitics
// found by segment() are set aside and put back):
// - exactly one hamza spelling (`اسرائيل` → `إسرائيل`, `الاعمال`… see below) → the fix, preferred;
// - the reverse, a hamza written on a hamzat wasl (`إعتبار`, `الإهتمام`, `إستخدام` → bare alef);
// - several (`الافريقية` → `الأفريقية` / `الإفريقية`, both right; `الاعمال` → `الأعمال` /
//   `الإعمال`) → all of them as suggestions, none preferred; when the document itself writes
//   one of them elsewhere, that one is shown first, and preferred only where the spellings
//   are variants of one word (`الإندونيسية`/`الأندونيسية`), never where the seats make two
//   words (`الإدلاء`/`الأدلاء`, `الإعلام`/`الأعلام`: see oneWord and sameParadigm).
// The closed class of `أنّ/إنّ` (ان، انه، بانها، لانهم …): `ب`/`ل` + ان is `بأن`/`لأن`,
// `ف` + ان is `فإن`; a bare `ان` is decided by the word before it — after a form of قال,
// after حيث and at the start of a sentence `إن`; after a verb that takes أنّ (أكد، أوضح،
// أعلن، ذكر، كشف …) or a preposition (إلى، على، من، بعد، قبل، رغم …) `أن`; otherwise both
// are offered. The verb may stand a few words back with its subject between
// (`قال الوزير ان` → `إن`, `وأكد وزير الخارجية ان` → `أن`; see verbBeforeSubject) — not the
// participles `قائلا/قائلة`, which decide only right before ان (`قائلا إنه`, but `قائلا صحيح
// أنه`). A predicate adjective right before ان (`صحيح`، `من المؤكد`، `لا شك`) takes `أنّ`: where it
// opens its clause, or follows من / هو / قائلا (or, a definite one, another form of قال), `أن` is decided (a written `إن` there
// may be the conditional and is left alone: `المهم إن شاء الله`); where it may be attributive
// (`محلل معروف`) no verb further back makes it `إن` — but a definite one after its noun is
// attributive and the verb decides as before (`قال الكاتب المعروف إن`; see predicateBefore).
// Written `قال أن` and `أكد إن` are corrected the same way.
// Not every such token is أنّ/إنّ (the adversarial run of correct news: see the tests): a
// written إن before a past-tense verb is the conditional (`إن شاء الله`، `إن لزم الأمر`) and
// is never made أن (nor where the answer of the condition follows: `إن تأخر الوفد فسيلغى`);
// `مع أن`، `بيد أن`، `يوم أن`، `حين أن` are conjunctions of their own; إن after a Latin letter
// spelled in Arabic, or between a channel noun and one, is the letter N (`سي إن إن`، `بي إن
// سبورتس`، `شبكة إن بي سي`) — but `ذكرت صحيفة الجارديان ان بي بي سي` is أن, `قال المتحدث ان سي
// إن إن` إن (spelledLetter); `فان` is only offered before a foreign name (`فان دايك`), `فاني`
// is فإني before a verb in the first person (`وبالتالي فاني أرى`) and else Fanny; `بان` is
// left alone in `بان كي مون`، before أن/إن and after a word that needs a verb (`وقد بان`، `ولما
// لان`), offered before a name or opening a clause, unless a verb of saying or knowing stands
// before it (`وأكد بان ترامب`، `وتابع: بان الأمور`: بأن), and offered before a noun in a draft
// that names Ban Ki-moon; `باني`/`بانك` (builder, bank) are offered. A hamza reading that needs a one-letter proclitic set aside is preferred
// only when the lexicon gives that proclitic the stem (cliticTakes: not `لأبيد`، `سأنوفي`،
// `وأتساب`), and a token that is a word of its own (`واهم`، `واليها`، `فاول`، `واي فاي`) is
// offered, not preferred.
// A few closed-class words whose bare spelling the lexicon also accepts through a rare
// reading (`امس`, `اذا`, `الى`, `او` …), and news verbs whose bare spelling it lists as an
// imperative (`اكد`, `اعلن`, `اطلق` …), carry their usual spelling (FUNCTION_WORDS).
// Left alone: words of the names list and accepted words (the names rules own names),
// `علي/الي/إلي/حتي` (the alef-maqsura rule's), tokens with Persian letters or presentation
// forms (their own rules first), and anything that is not an Arabic word token (Latin, URLs).

import type { FixSpec, Rule, RuleContext, SharedData } from '../../types';
import { foldedWithConjunctions, foldString } from '../../text/fold';
import { DocumentMemo } from '../../text/document';
import { isOpeningMark, quoteRole } from '../../text/quotations';
import { particleOf } from './alef-maqsura';
import { BEFORE_MASDAR_WORDS } from '../reporting-verbs/uses';
import type { Lexicon } from '../../lexicon';
import { GIVEN_NAMES } from '../names/name-consistency';
import { ALEF, ARTICLE_START, articleStem, docLex, everyLetterAt, FOREIGN, FORM_MEMO_HAMZA, isAlef, NON_WORD, someLetterAt, WORD, type DocLex } from './lexical';

/** Bare closed-class words → their spelling (the lexicon cannot rank إلى over آلى). With و/ف before them too. */
const FUNCTION_WORDS: Record<string, string> = {
  الى: 'إلى',
  الا: 'إلا',
  او: 'أو',
  اذا: 'إذا',
  اذ: 'إذ',
  اي: 'أي',
  امس: 'أمس',
  ايضا: 'أيضا',
  اليه: 'إليه',
  اليها: 'إليها',
  اليهم: 'إليهم',
  اليهما: 'إليهما',
  اليك: 'إليك',
  اليكم: 'إليكم',
  انما: 'إنما',
  اثناء: 'أثناء',
  امام: 'أمام',
  اكثر: 'أكثر',
  اقل: 'أقل',
  اول: 'أول',
  اولا: 'أولا',
  اخرى: 'أخرى',
  الان: 'الآن',
  // Past-tense news verbs (form IV) and elatives whose bare spelling Ayaspell also lists, as
  // the imperative of a form I verb (اكد، اعلن، اطلق) or through a rare reading (اهم، اشهر):
  // a lexicon word, so the rule would never look at them, though news copy means the hamza
  // form. Verbs whose bare spelling is right (اتهم، اعتبر: forms VIII/X) or whose imperative
  // is common in quotes (اكتب، ارجع، اعلم، اعد) are not listed.
  اكد: 'أكد',
  اكدوا: 'أكدوا',
  // (the lexicon's آكدت, «more certain» + ت, left اكدت between the two)
  اكدت: 'أكدت',
  اعلن: 'أعلن',
  اعلنوا: 'أعلنوا',
  اطلق: 'أطلق',
  اطلقوا: 'أطلقوا',
  اصبح: 'أصبح',
  اصبحوا: 'أصبحوا',
  ارسل: 'أرسل',
  اصدر: 'أصدر',
  اعرب: 'أعرب',
  ابلغ: 'أبلغ',
  افصح: 'أفصح',
  امهل: 'أمهل',
  اسفر: 'أسفر',
  افرج: 'أفرج',
  اسقط: 'أسقط',
  اغلق: 'أغلق',
  اشعل: 'أشعل',
  اهم: 'أهم',
  اشهر: 'أشهر',
  // the adverb «never»: the lexicon also holds آبدا (wild, eternal), which news copy never means
  ابدا: 'أبدا',
  // the kunya of names (أبو علي، أبو مازن، أبو ظبي): the lexicon's آبو is no word of news copy
  // (the sports desk's «وسام ابو علي» was left between the two)
  ابو: 'أبو',
};

/** ان with its attached pronouns, bare. */
/** The proclitics (و ف ب ل and their pairs) an ان may carry. */
const AN_PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];
const AN_FORMS = new Set(['ان', 'انه', 'انها', 'انهم', 'انهما', 'انهن', 'اننا', 'انني', 'اني', 'انك', 'انكم', 'انكما', 'انكن']);

/** Folded forms of the أنّ class and the closed-class words with their proclitics: a word as written is only looked at when its folded form is one of these. */
const CLOSED_NORMS = (() => {
  const out = new Set<string>();
  for (const p of AN_PROCLITICS) for (const a of AN_FORMS) out.add(p + a);
  // not و/ف + او: «وأو» / «فأو» are no Arabic, while واو (the letter, «wow») and فاو (FAO, al-Faw) are words
  for (const p of ['', 'و', 'ف']) for (const w of Object.keys(FUNCTION_WORDS)) if (!(p && w === 'او')) out.add(foldString(p + w));
  return out;
})();

/**
 * Tokens that read as و/ف + a short function word or a hamza word but are, in news copy, far
 * more often a loanword or a brand: «فاول» (a foul, not فأول), «واي فاي» (Wi-Fi, not وأي فأي).
 * Their hamza reading is offered, never preferred (see loanword()). (واتساب has none: BRANDS.)
 */
const LOANWORDS = new Set(['فاول', 'فاولا', 'واتس', 'فاي', 'واي']);
/**
 * Egyptian colloquial words, written bare by those who write them (احنا «we»، انتو «you»، ايه
 * «what»، ازاي «how»، اهو «here it is»، امبارح «yesterday»، اوي «very»): no news sentence has
 * them but a quoted tweet or remark (the digital desk's «انت اللي ضحكتنا واحنا صغيرين»), where
 * they stay as the speaker wrote them; with و or ف before them too. (انت، انا، انتم are
 * standard words: not listed here, whatever the rule says of them.)
 */
const COLLOQUIAL = new Set(['احنا', 'انتو', 'انتوا', 'ايه', 'ازاي', 'اهو', 'اهي', 'امبارح', 'اوي']);
function colloquial(w: string): boolean {
  return COLLOQUIAL.has(w) || ((w[0] === 'و' || w[0] === 'ف') && COLLOQUIAL.has(w.slice(1))) || BRANDS.has(w);
}
/**
 * …and brands with no hamza reading at all (وأتساب is no word): nothing is said, where the
 * loanwords above are offered (the local desk's hotline notices, «عبر واتساب»).
 */
const BRANDS = new Set(['واتساب', 'الواتساب', 'بالواتساب', 'والواتساب']);
/** Words that pair with واي / فاي in a loanword (واي فاي، الواي فاي، هاي فاي، ساي فاي): no finding at all. */
const WIFI = new Set(['واي', 'فاي', 'الواي', 'والواي', 'بالواي', 'هاي', 'ساي']);

/**
 * Prosody feet (التفعيلات): «فاعلن» is a foot and a word of the lexicon, and also reads as
 * ف + اعلن (فأعلن). Beside another foot (مستفعلن فاعلن مستفعلن فعلن) it is left alone;
 * elsewhere فأعلن is offered, not preferred.
 */
const FEET = new Set(['فاعلن', 'فعلن', 'فعولن', 'مستفعلن', 'مفاعيلن', 'فاعلاتن', 'فعلاتن', 'مفاعلتن', 'متفاعلن', 'مفعولات', 'مفتعلن', 'مفاعلن', 'فعول']);

/**
 * Names of Latin letters spelled in Arabic (سي، بي، إم …), and لينكد (LinkedIn): an إن/ان
 * beside one is the letter N of a name (سي إن إن، إن بي سي، بي إن سبورتس، لينكد إن), not
 * إنّ/أنّ. Only spellings that are no common word: not أم / ام (or, mother), not أي / اي
 * (any), not في (V, and «in»), not أو (O, and «or»).
 */
const LETTER_NAMES = new Set(['سي', 'بي', 'دي', 'تي', 'جي', 'كي', 'إم', 'إس', 'اس', 'إل', 'إف', 'اف', 'إتش', 'اتش', 'إكس', 'اكس', 'آر', 'ار', 'إي', 'آي', 'يو', 'زد', 'دبليو', 'لينكد']);

/**
 * Indefinite nouns that stand before the name of a channel, an outlet or a company (شبكة إن بي
 * سي، قناة إن تي في، شركة إن إس أو): an ان/إن between one and a spelled letter is the letter N.
 */
const OUTLET_NOUNS = (() => {
  const out = new Set<string>();
  const base = ['شبكة', 'شبكتا', 'شبكات', 'قناة', 'قناتا', 'قنوات', 'محطة', 'تلفزيون', 'إذاعة', 'موقع', 'وكالة', 'صحيفة', 'مجلة', 'شركة', 'مجموعة', 'بنك', 'منصة'];
  for (const w of withBare(base, [])) for (const p of ['', 'و', 'ب', 'ل', 'ك', 'ف', 'وب', 'ول', 'فب', 'فل']) out.add(p + w);
  return out;
})();

/** The letters that end the names of BBC, MBC, NBC, CBS, HSBC: an ان after them may be أنّ (see spelledLetter). */
const NAME_END_LETTERS = new Set(['سي', 'إس', 'اس']);

/**
 * Is the ان/إن at token i a spelled letter N (see LETTER_NAMES)? 'letter': it is — after a
 * spelled letter (سي إن إن: the second and the third word, بي إن سبورتس، لينكد إن), or between
 * a channel noun and a spelled letter (شبكة إن بي سي). 'maybe': a written إن before a spelled
 * letter with no channel noun before it (وذكرت إن بي سي نيوز أن): the N, or إنّ; a context that
 * says أنّ does not make the fix preferred. Undefined: a form of أنّ/إنّ, decided by its context
 * as any other (وذكرت صحيفة الجارديان ان بي بي سي: أن; وقال المتحدث ان سي إن إن: إن).
 * After the last letter of a name (بي بي سي، سي بي إس) an ان before a word of the lexicon is
 * أنّ/إنّ (وذكرت بي بي سي ان الحكومة): the N there is only that of CNN and CNBC, before
 * another letter or ان (سي إن إن، سي إن بي سي), or before a foreign word (سي إن إن تورك).
 */
function spelledLetter(d: DocLex, i: number): 'letter' | 'maybe' | undefined {
  const at = (k: number) => wordAt(d, k);
  const name = (k: number) => LETTER_NAMES.has(at(k));
  const n = (k: number) => /^[اإ]ن$/.test(at(k));
  const p = d.prevWord(i);
  const ni = d.nextWord(i);
  if (n(p) && name(d.prevWord(p))) return 'letter';
  if (name(p)) {
    if (NAME_END_LETTERS.has(at(p)) && ni >= 0 && !name(ni) && !n(ni) && d.status(ni) === WORD) return undefined;
    return 'letter';
  }
  if (!name(ni)) return undefined;
  if (OUTLET_NOUNS.has(at(p).replace(/ه$/, 'ة'))) return 'letter';
  return at(i)[0] === 'إ' ? 'maybe' : undefined;
}

/** Words after which ان is إنّ (compared letter for letter: ألا and إلا fold alike). */
const QALA = new Set(['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'وقال', 'وقالت', 'وقالوا', 'ويقول', 'وتقول', 'فقال', 'فقالت', 'أقول', 'اقول', 'وأقول', 'واقول', 'نقول', 'ونقول', 'قلت', 'وقلت', 'قلنا', 'قيل', 'وقيل', 'يقال', 'ويقال', 'قائلا', 'قائلة', 'حيث', 'وحيث', 'ألا']);

/** Reporting verbs that take أنّ (a subject may stand between: «وأكد وزير الخارجية أن»). */
const ANNA_VERB_LIST = [
  'أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد', 'مؤكدا', 'مؤكدة', 'وأكد', 'وأكدت',
  'أوضح', 'أوضحت', 'يوضح', 'توضح', 'موضحا', 'موضحة', 'وأوضح', 'وأوضحت',
  'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'وأعلن', 'وأعلنت',
  'ذكر', 'ذكرت', 'يذكر', 'تذكر', 'وذكر', 'وذكرت',
  'كشف', 'كشفت', 'يكشف', 'وكشف', 'وكشفت', 'أفاد', 'أفادت', 'وأفاد', 'وأفادت',
  // verbs of belief and expectation, which take أنّ only (the health desk's «يعتقد العلماء انها»)
  'اعتقد', 'اعتقدت', 'يعتقد', 'تعتقد', 'يعتقدون', 'ويعتقد', 'وتعتقد', 'واعتقد',
  'يرى', 'ترى', 'يرون', 'ويرى', 'وترى', 'رأى', 'رأت', 'ورأى', 'ورأت',
  'اعتبر', 'اعتبرت', 'يعتبر', 'تعتبر', 'واعتبر', 'واعتبرت',
  'توقع', 'توقعت', 'يتوقع', 'تتوقع', 'يتوقعون', 'وتوقع', 'وتوقعت', 'ويتوقع',
  'زعم', 'زعمت', 'يزعم', 'تزعم', 'وزعم', 'نفى', 'نفت', 'ونفى', 'ونفت', 'أدرك', 'أدركت', 'يدرك', 'تدرك',
];

/**
 * أضاف is no form of قال: a bare ان after it (or its subject) is أنّ — «وأضاف أن», which the
 * corpus writes 20 times to «وأضاف إن» 4. But usage is split, and a quotation may follow it with
 * no colon («ويضيف إني كنت أتساءل»): a written إنّ after it is left as the writer chose (soft).
 */
const ADDED = withBare(['أضاف', 'أضافت', 'أضافوا', 'وأضاف', 'وأضافت', 'وأضافوا', 'يضيف', 'تضيف', 'ويضيف', 'وتضيف', 'مضيفا', 'مضيفة'], []);

/** Words after which ان is أنّ: verbs that take أنّ, prepositions, and particles (letter for letter, and bare-alef spellings of them). */
/** The prepositions and particles of ANNA, but إلا: after them أنْ + a past verb is right (بعد أن وصل، سبق أن أعلن). */
/** Conjunctions that take أنْ before a past verb (مع أن، يوم أن تسلم، حين أن وصلت). */
const CONJ_ANNA_LIST = ['مع', 'ومع', 'بيد', 'يوم', 'ويوم', 'حين', 'وحين'];
const PREP_LIST = ['إلى', 'على', 'عن', 'من', 'في', 'بعد', 'قبل', 'رغم', 'برغم', 'دون', 'بدون', 'منذ', 'غير', 'كما', 'بما', 'لو', 'يجب', 'يمكن', 'ينبغي', 'بد', 'سبق', 'مجرد', 'بمجرد'];
/**
 * Verbs of thinking, expecting, finding and seeming, and words of obligation or cause, that
 * take أنّ right after them (يعتقد أن، بدا أن، تبين أن، عليه أن، من شأنه أن، علما أن، خصوصا
 * أن، المشكلة هي أن). Only right before ان: a subject between is not looked for. (خاصة is
 * also an adjective, «منشأة خاصة»: see SPECIALLY.)
 */
const ANNA_NEXT_LIST = [
  'اعتقد', 'اعتقدت', 'يعتقد', 'تعتقد', 'أعتقد', 'نعتقد', 'يعتقدون',
  'توقع', 'توقعت', 'يتوقع', 'تتوقع', 'نتوقع', 'أتوقع', 'يتوقعون',
  'استبعد', 'استبعدت', 'يستبعد', 'تستبعد', 'رجح', 'رجحت', 'يرجح', 'ترجح',
  'ظن', 'يظن', 'تظن', 'أظن', 'نظن', 'يفترض', 'افترض',
  'بدا', 'يبدو', 'تبين', 'يتبين', 'اتضح', 'يتضح', 'ثبت', 'يثبت', 'تأكد', 'يتأكد', 'تأكدت',
  'اعترف', 'اعترفت', 'يعترف', 'تعترف', 'أقر', 'أقرت', 'يقر', 'تقر',
  'اكتشف', 'اكتشفت', 'يكتشف', 'وجد', 'وجدت', 'يدرك', 'تدرك', 'ندرك', 'نلاحظ', 'يلاحظ', 'تلاحظ', 'يظهر', 'تظهر',
  'يرون', 'نرى', 'أرى', 'صرح', 'صرحت', 'أوحى', 'نفى', 'نفت', 'ينفي', 'تنفي',
  'عليه', 'عليها', 'عليهم', 'عليهما', 'عليهن', 'علينا', 'عليك', 'عليكم',
  'شأنه', 'شأنها', 'شأنهم', 'شأنهما',
  'علما', 'خصوصا', 'بخاصة', 'سيما', 'بدليل', 'باعتبار', 'بحجة', 'بذريعة',
  'هو', 'هي',
];
const ANNA = withBare(
  [
    ...ANNA_VERB_LIST,
    'اعتبر', 'اعتبرت', 'يعتبر', 'رأى', 'يرى', 'ترى', 'زعم', 'زعمت', 'يعني', 'تعني', 'علم', 'يعلم', 'أدرك', 'لاحظ', 'أظهر', 'أظهرت',
    ...ANNA_NEXT_LIST,
    ...PREP_LIST,
    'إلا',
  ],
  ['الا'], // ألا / إلا written bare: undecided
);
/** PREP_LIST and the conjunctions مع، بيد، يوم، حين (يوم أن تسلم، حين أن وصلت): أنْ before a past verb. */
const PREP_LIKE = withBare([...PREP_LIST, ...CONJ_ANNA_LIST], []);
const ANNA_VERBS = withBare(ANNA_VERB_LIST, []);
/** Words of ANNA that also take و or ف before them and stay what they are (وبعد، ورغم، فعليه، وهو). */
const ANNA_CONJOINED = withBare([...PREP_LIST, ...ANNA_NEXT_LIST], []);

/** خاصة (especially) before أنّ: with و, or opening its clause (see anDecision). */
const SPECIALLY = new Set(['خاصة', 'وخاصة', 'خاصه', 'وخاصه']);

/** Is w و or ف and a word of `words` (وبعد، فعليه)? */
function conjoinedIn(words: ReadonlySet<string>, w: string): boolean {
  return w.length > 2 && (w[0] === 'و' || w[0] === 'ف') && words.has(w.slice(1));
}

/** Is w a word of ANNA, or one of ANNA_CONJOINED with و or ف before it? */
function annaWord(w: string): boolean {
  return ANNA.has(w) || conjoinedIn(ANNA_CONJOINED, w);
}

/** Is w a word of PREP_LIKE, with or without و or ف before it (وبعد ان وصل، ورغم ان)? */
function prepLike(w: string): boolean {
  return PREP_LIKE.has(w) || conjoinedIn(PREP_LIKE, w);
}

/** Words of QALA that are not verbs: they decide only right before ان (حيث تم ملاحظة أن is أن). */
const NOT_VERB = new Set(['حيث', 'وحيث', 'ألا']);

/**
 * The participles of QALA: they too decide only right before ان (قائلا إنه). No subject stands
 * after a participle; the words after it are the quote's own, so the walk back stops there
 * (وأضاف قائلا صحيح أنه، قائلا المشكلة أن: أنّ is right).
 */
const PARTICIPLES = new Set(['قائلا', 'قائلة']);

/**
 * Predicate adjectives that take أنّ (صحيح أن، من المعروف أن، المهم أن), indefinite and definite.
 * Kept to those whose أنّ is certain.
 */
const PREDICATE_INDEF = withBare(['صحيح', 'واضح', 'معروف', 'مؤكد', 'طبيعي', 'أكيد'], []);
const PREDICATE_DEF = withBare(['الصحيح', 'الواضح', 'المعروف', 'المؤكد', 'الطبيعي', 'الأكيد', 'المهم', 'الأهم'], []);
/** Definite ones that, unlike الكاتب المعروف، الغاز الطبيعي, are hardly ever attributive: المهم / الأهم open the quote. */
const NEVER_ATTRIBUTIVE = withBare(['المهم', 'الأهم'], []);
/** Words after which such an adjective is the predicate (من المؤكد، ما هو مؤكد، لكن الواضح). */
const PREDICATE_OPENERS = new Set(['من', 'ومن', 'فمن', 'هو', 'وهو', 'فهو', 'لكن', 'ولكن']);
/** لا شك أن (لا and شك apart, or glued). */
const NEGATION = new Set(['لا', 'ولا', 'فلا']);
const LA_SHAKK = new Set(['لاشك', 'ولاشك', 'فلاشك']);

/** How many words back a reporting verb is looked for, its subject between (قال وزير الخارجية السعودي ان). */
const SUBJECT_WORDS = 3;

/** Words a verbal noun follows, not a verb (عدم ذكر، دون ذكر، بعد إعلان): the reporting verbs' own, and a few more, folded, with و/ف. */
const BEFORE_MASDAR = foldedWithConjunctions([...BEFORE_MASDAR_WORDS, 'بعدم', 'بمجرد', 'فور', 'عقب', 'رغم']);

/** Relative pronouns: a clause of their own starts there (قال الرجل الذي …). */
const RELATIVE = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي']);

/**
 * A reporting verb (a form of قال, or a verb of ANNA_VERBS) whose subject stands between it
 * and the ان at i: up to SUBJECT_WORDS words back in the same clause (no punctuation, no line
 * break). The walk stops at anything that may start another clause: a form of أنّ/إنّ, a
 * relative pronoun, a word that is و + a verb-like start (وأضاف، ويرى، وتابع), a preposition
 * or particle of ANNA (the ان would belong to it), or a non-word token.
 */
function verbBeforeSubject(d: DocLex, i: number): { seat: 'أ' | 'إ'; why: AnReason; at: number; soft?: boolean } | undefined {
  return verbBefore(d, d.prevWord(i));
}

/**
 * The seat a reporting verb (letters w, at word token k) decides for an ان after it or after its
 * subject: إنّ after a form of قال, أنّ after a verb of ANNA_VERBS, and (soft) after أضاف.
 */
function verbSeat(w: string, k: number): { seat: 'أ' | 'إ'; why: AnReason; at: number; soft?: boolean } | undefined {
  if (QALA.has(w) && !NOT_VERB.has(w)) return { seat: 'إ', why: 'anAfterQala', at: k };
  if (ANNA_VERBS.has(w)) return { seat: 'أ', why: 'anAfterVerb', at: k };
  if (ADDED.has(w)) return { seat: 'أ', why: 'anAfterVerb', at: k, soft: true };
  return undefined;
}

/** verbBeforeSubject's walk, from word token k (the word right before ان, or before an apposition: see appositionAnchor). */
function verbBefore(d: DocLex, k: number): { seat: 'أ' | 'إ'; why: AnReason; at: number; soft?: boolean } | undefined {
  for (let n = 0; n <= SUBJECT_WORDS && k >= 0; n++) {
    const w = d.letters(k)?.letters;
    if (!w) return undefined;
    if (n > 0) {
      // the quote starts after a participle: what stands between is not its subject
      if (PARTICIPLES.has(w)) return undefined;
      // a verbal noun after عدم، دون … is no verb (طالبا عدم ذكر اسمه ان: the fix-all reader,
      // where أنّ had been written after قال): nothing decided
      const b = d.prevWord(k);
      if (b >= 0 && BEFORE_MASDAR.has(d.doc.tokens[b].norm) && verbSeat(w, k)) return undefined;
      const v = verbSeat(w, k);
      if (v) return v;
    }
    if (annaWord(w) || RELATIVE.has(w) || anParts(w) || /^[وف][اأإآيتن]/.test(w)) return undefined;
    // another verb between (قائلا نسأل الله أن، يقولون ذلك يريدون ان): the ان is its own
    if (imperfectVerb(d, k)) return undefined;
    k = d.prevWord(k);
  }
  return undefined;
}

/**
 * Is word token pi, right before ان, a predicate adjective that takes أنّ? `anna`: أنّ is
 * decided — لا شك, or the adjective opens its clause (after a sentence or clause mark, a line
 * break or an opening quote), follows من / هو / لكن, or follows قائلا / قائلة or — a definite
 * one — another form of قال (the quote starts there: قائلا صحيح أن، وقال المهم أن). Otherwise (`anna` false) أنّ is still what the adjective
 * takes, but it may be attributive or a name (محلل معروف، وقال معروف إنه — a surname): no verb further
 * back may make the ان إنّ, and nothing is decided. A definite adjective after a word is
 * attributive (قال الكاتب المعروف إن): undefined, the verb back decides as before.
 * `from`: the first token of the words that decided (لا of لا شك).
 */
function predicateBefore(d: DocLex, pi: number): { anna: boolean; from?: number } | undefined {
  const w = d.letters(pi)?.letters;
  if (!w) return undefined;
  if (LA_SHAKK.has(w)) return { anna: true };
  const q = d.prevWord(pi);
  const qw = q >= 0 ? d.letters(q)?.letters : undefined;
  if (w === 'شك' && qw && NEGATION.has(qw)) return { anna: true, from: q };
  const def = PREDICATE_DEF.has(w) || (/^[وف]ال/.test(w) && PREDICATE_DEF.has(w.slice(1)));
  if (!def && !PREDICATE_INDEF.has(w)) return undefined;
  // after a finite form of قال only a definite one opens the quote (وقال المهم أن): an indefinite
  // one may be the subject, a surname (وقال معروف إنه: إنّ is right), so it only keeps إنّ from
  // being decided; after a participle no subject stands, the quote starts (قائلا صحيح أنه)
  const opensQuote = qw !== undefined && (PARTICIPLES.has(qw) || (def && QALA.has(qw) && !NOT_VERB.has(qw)));
  if (q < 0 ? opensClause(d, pi) : qw !== undefined && (PREDICATE_OPENERS.has(qw) || opensQuote)) return { anna: true };
  if (def && !NEVER_ATTRIBUTIVE.has(w.replace(/^[وف](?=ال)/, ''))) return undefined;
  return { anna: false };
}

/**
 * May the ان at token i be the conditional إنْ (المهم إن شاء الله، من الطبيعي إن فاز أن يحتفل)?
 * It is when written إن, or bare before شاء; with a pronoun (إنه، انها) it never is.
 */
function maybeConditional(d: DocLex, i: number): boolean {
  const w = d.letters(i)!.letters;
  if (w.length !== 2) return false;
  const ni = d.nextWord(i);
  return w[0] === 'إ' || (ni >= 0 && d.letters(ni)?.letters === 'شاء');
}

/**
 * Does token i open a clause: a sentence or clause mark, a line break or an opening quote or
 * bracket before it? Not the bare start of the text (as in sentenceStart, a lone phrase tells
 * nothing), nor a doubled mark (.. ::), a number or a Latin word.
 */
function opensClause(d: DocLex, i: number): boolean {
  const b = whatBefore(d, i);
  return b.kind === 'newline' || (b.kind === 'punct' && !b.doubled && CLAUSE_MARKS.has(b.c));
}

/**
 * What stands right before token i, white space aside: the start of the text, a line break,
 * a punctuation mark (its code unit, and whether the same mark stands before it: .. ::), a
 * word, or anything else (a number, a Latin word). opensClause, sentenceStart and
 * clauseContext each ask it and accept their own marks.
 */
function whatBefore(d: DocLex, i: number): { kind: 'start' | 'newline' | 'word' | 'other' } | { kind: 'punct'; c: number; doubled: boolean } {
  const toks = d.doc.tokens;
  const text = d.doc.text;
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k];
    if (t.kind === 'space' || t.kind === 'format') continue;
    if (t.kind === 'newline' || t.kind === 'word') return { kind: t.kind };
    if (t.kind === 'punct') {
      const c = text.charCodeAt(t.start);
      const prev = toks[k - 1];
      return { kind: 'punct', c, doubled: prev !== undefined && prev.kind === 'punct' && text.charCodeAt(prev.start) === c };
    }
    return { kind: 'other' };
  }
  return { kind: 'start' };
}

/** . ! ? ؟ : ، , ؛ ; and the opening quotes and bracket « " “ ” ( */
const CLAUSE_MARKS = new Set([0x2e, 0x21, 0x3f, 0x61f, 0x3a, 0x60c, 0x2c, 0x61b, 0x3b, 0xab, 0x22, 0x201c, 0x201d, 0x28]);

/** The words and their spellings with bare alefs (اكد for أكد), except the bare spellings listed as undecided. */
function withBare(words: string[], undecided: string[]): Set<string> {
  const out = new Set(words);
  for (const w of words) {
    const bare = w.replace(/[أإآ]/g, 'ا');
    if (!undecided.includes(bare)) out.add(bare);
  }
  return out;
}

/** Closed-class words that pass the imperfect test by a fluke of the lexicon (ستلك). */
const NOT_IMPERFECT = new Set(['تلك', 'تلكم']);

/**
 * Is word token k an imperfect verb (يحفظ، توقف، ننتصر)? The lexicon has no parts of speech,
 * but the future prefix س goes only before an imperfect verb: سيحفظ، ستوقف are words, ستركيا،
 * سنسبة are not. A plural in وا (the subjunctive: يصمموا، يكونوا) is asked as its indicative in
 * ون (سيصممون), which the lexicon holds more often.
 */
function imperfectVerb(d: DocLex, k: number): boolean {
  if (k < 0) return false;
  const w = d.letters(k)?.letters;
  return !!w && imperfectLetters(d, w);
}

function imperfectLetters(d: DocLex, w: string): boolean {
  if (w.length < 3 || (w[0] !== 'ي' && w[0] !== 'ت' && w[0] !== 'ن')) return false;
  if (NOT_IMPERFECT.has(w)) return false;
  return d.lex.has('س' + w) || (w.length >= 5 && w.endsWith('وا') && d.lex.has('س' + w.slice(0, -1) + 'ن'));
}

/** Is the token glued to a full stop, as a letter of an acronym is (سي.ان.ان)? */
function inAcronym(d: DocLex, i: number): boolean {
  const t = d.doc.tokens[i];
  const text = d.doc.text;
  return (t.start > 0 && text[t.start - 1] === '.') || (text[t.end] === '.' && t.end + 1 < text.length && /\p{L}/u.test(text[t.end + 1]));
}

interface Option {
  /** The token's letters as the fix writes them. */
  letters: string;
}

type Kind = 'missing' | 'wasl' | 'seat';

function kindOf(written: string, fixed: string): Kind {
  for (let k = 0; k < written.length; k++) {
    if (written[k] === fixed[k]) continue;
    if (written[k] === ALEF) return 'missing';
    if (fixed[k] === ALEF) return 'wasl';
    return 'seat';
  }
  return 'seat';
}

/** Is the token at the start of a sentence (a line break, one sentence mark or a colon before it — not an ellipsis, not the bare start of the text)? */
function sentenceStart(d: DocLex, i: number): boolean {
  // (the very start of the text, a lone word, tells nothing)
  const b = whatBefore(d, i);
  if (b.kind === 'newline') return true;
  if (b.kind !== 'punct' || b.doubled) return false;
  return b.c === 0x2e || b.c === 0x21 || b.c === 0x3f || b.c === 0x61f || b.c === 0x3a;
}

type AnReason = 'anAfterQala' | 'anStart' | 'anAfterFa' | 'anAfterVerb' | 'anAfterPrep';

/**
 * For the أنّ/إنّ class: the seat the context decides, with why, or undefined. `p` is the proclitic.
 * `name`: the word is no form of أنّ/إنّ here (فان دايل، بان كي مون، وقد بان): left alone.
 * `offer`: it may be one, or a name or another word: the seat is offered, not preferred.
 * `soft`: decided for a bare ان only; a seat the writer wrote is left (after أضاف: see ADDED).
 */
function anDecision(d: DocLex, i: number, p: string): { seat: 'أ' | 'إ'; why: AnReason; name?: boolean; offer?: boolean; at?: number; from?: number; soft?: boolean } | undefined {
  if (p === 'ب' || p === 'ل' || p === 'وب' || p === 'ول' || p === 'فب' || p === 'فل') {
    const prep = { seat: 'أ', why: 'anAfterPrep' } as const;
    const stem = d.letters(i)!.letters.slice(p.length);
    // باني (the builder: «باني مصر الحديثة», «باني ياس») and بانك (a bank: «دويتشه بانك»,
    // «بانك مسقط») are nouns of their own far more often than بأني / بأنك
    if (p.endsWith('ب') && (stem.slice(1) === 'ني' || stem.slice(1) === 'نك')) return { ...prep, offer: true };
    if (stem.length !== 2) return prep; // بأنه، لأنها، بأنهم: a pronoun on it, no other reading
    return anAfterClitic(d, i, p) ?? prep;
  }
  if (p === 'ف') {
    // فإنّ — but a bare فان (and فاني, Fanny) may be a name, the Dutch «van» (فان دايك، فان غوخ)
    const stem = d.letters(i)!.letters.slice(1);
    const fa = { seat: 'إ', why: 'anAfterFa' } as const;
    if (stem.length > 2 && stem.slice(1) !== 'ني') return fa; // فإنه، فإنها، فإنهم
    const ni = d.nextWord(i);
    // فإنّ is followed by its noun: with nothing after it, it is a name
    if (ni < 0) return { ...fa, name: true };
    if (d.doc.tokens[ni].norm.startsWith('ال')) return fa;
    // فاني after a word before a verb in the first person (وبالتالي فاني أرى، وعليه فاني لا
    // أوافق) is فإني: «I» is its subject. Before a name or another verb it is Fanny (وغنت فاني
    // أردان، وكانت فاني تعيش).
    if (stem.length === 3 && firstPerson(d, ni)) return fa;
    // after a word: a first name before it (كريس فان دايل، لويس فان غال)
    if (d.prevWord(i) >= 0) return { ...fa, name: true };
    // right after an opening quotation mark or bracket it opens a name as often (بـ«فان كليف أند
    // أربلز»، (فان دايك)): offered
    const before = d.doc.prevSignificant(i);
    if (before?.kind === 'punct' && isOpeningMark(d.doc.text.charCodeAt(before.start))) return { ...fa, offer: true };
    // at a clause start: فإنّ before a noun, but «، فان دايك،», «(فان دايك)», «فان غال يعود»
    // (a name the lexicon does not know, or one of the Dutch particles it reads as words);
    // فاني there before anything but a verb in the first person may be Fanny (فاني أردان تغني:
    // أردان is a word of the lexicon, sleeves): offered
    const next = d.letters(ni)?.letters ?? '';
    if (DUTCH.has(next) || foreignWord(d, ni) || stem.length === 3) return { ...fa, offer: true };
    return fa;
  }
  if (p !== '') return undefined;
  const pi = d.prevWord(i);
  if (pi >= 0) {
    const prev = d.letters(pi)?.letters ?? '';
    if (QALA.has(prev)) return { seat: 'إ', why: 'anAfterQala' };
    if (annaWord(prev)) return { seat: 'أ', why: 'anAfterVerb' };
    if (ADDED.has(prev)) return { seat: 'أ', why: 'anAfterVerb', soft: true };
    // «، خاصة أن» and «وخاصة أن» (especially as), not «وقالت صاحبة منشأة خاصة إنها»
    if (SPECIALLY.has(prev) && (prev.startsWith('و') || opensClause(d, pi))) return { seat: 'أ', why: 'anAfterVerb' };
    // مع أن، بيد أن، يوم أن، حين أن: conjunctions of their own (a قال before them does not make them إنّ)
    if (CONJ_ANNA.has(prev)) return { seat: 'أ', why: 'anAfterVerb' };
    const pred = predicateBefore(d, pi);
    if (pred?.anna && !maybeConditional(d, i)) return { seat: 'أ', why: 'anAfterVerb', at: pi, from: pred.from };
    const back = verbBeforeSubject(d, i);
    // a predicate adjective that may be attributive (قال الوزير صحيح أن، قال محلل معروف إن): أنّ
    // is what it takes, so a verb further back does not make it إنّ
    if (pred && back?.seat === 'إ') return undefined;
    return back;
  }
  // «وقال أحمد كجوك، وزير المالية، ان»: the apposition between commas set aside, the words
  // before it decide as they would right before ان
  const ap = appositionAnchor(d, i);
  if (ap >= 0) {
    const back = verbSeat(d.letters(ap)?.letters ?? '', ap) ?? verbBefore(d, ap);
    if (back) return back;
  }
  return sentenceStart(d, i) ? { seat: 'إ', why: 'anStart' } : undefined;
}

/** The most words an apposition between commas or dashes holds (، وزير المالية في حكومة الدكتور مصطفى مدبولي،). */
const APPOSITION_WORDS = 8;

/** Commas and dashes that enclose an apposition: ، , - – —. */
function appositionMark(c: number): number {
  if (c === 0x60c || c === 0x2c) return 0x60c;
  if (c === 0x2d || c === 0x2013 || c === 0x2014) return 0x2d;
  return 0;
}

/**
 * When ان at token i comes right after an apposition enclosed in commas or dashes, words only
 * between them (، وزير المالية، / – في كلمته خلال الجلسة –), the word right before the first
 * mark; otherwise -1.
 */
function appositionAnchor(d: DocLex, i: number): number {
  const toks = d.doc.tokens;
  const text = d.doc.text;
  let k = i - 1;
  while (k >= 0 && (toks[k].kind === 'space' || toks[k].kind === 'format')) k--;
  if (k < 0 || toks[k].kind !== 'punct') return -1;
  const mark = appositionMark(text.charCodeAt(toks[k].start));
  if (mark === 0) return -1;
  let words = 0;
  for (k--; k >= 0; k--) {
    const t = toks[k];
    if (t.kind === 'space' || t.kind === 'format') continue;
    if (t.kind === 'word') {
      if (++words > APPOSITION_WORDS) return -1;
      continue;
    }
    if (t.kind === 'punct' && words > 0 && appositionMark(text.charCodeAt(t.start)) === mark) return d.doc.wordBeside(k, -1);
    return -1;
  }
  return -1;
}

/** Does an opening quotation mark (« “ or a " that opens) follow word token i? */
function quoteAfter(d: DocLex, i: number): boolean {
  const next = d.doc.nextSignificant(i);
  if (!next || next.kind !== 'punct') return false;
  const c = d.doc.text.charCodeAt(next.start);
  return isOpeningMark(c) || (c === 0x22 && quoteRole(d.doc.text, next.start) === 'open');
}

/** Particles between إني and its verb (فإني لا أرى، فإني لن أقبل، فإني قد أضطر). */
const BEFORE_FIRST_PERSON = new Set(['لا', 'لن', 'لم', 'قد', 'سوف']);

/**
 * Is word token k a verb in the first person singular (أرى، أعتقد، سأعمل), or one of
 * BEFORE_FIRST_PERSON and such a verb after it? A present verb in أ that the lexicon takes
 * with the future س (سأرى); not a name (أردان: سأردان is no word).
 */
function firstPerson(d: DocLex, k: number): boolean {
  let w = wordAt(d, k);
  if (BEFORE_FIRST_PERSON.has(w)) w = wordAt(d, d.nextWord(k));
  if (/^س[أا]/.test(w) && w.length >= 4 && d.lex.has('س' + 'أ' + w.slice(2))) return true;
  return /^[أا]/.test(w) && w.length >= 3 && d.lex.has('س' + 'أ' + w.slice(1));
}

/**
 * Dutch particles of names that the lexicon reads as words (فان غال، فان دير سار، فان دي بيك،
 * فان دام، فان ديك): after فان at a clause start they make it a name, not فإنّ.
 */
const DUTCH = new Set(['غال', 'دير', 'دي', 'دن', 'دين', 'ديك', 'دام', 'در', 'هال']);

/** مع أن، بيد أن، يوم أن، حين أن (في حين أن): أنّ/أنْ after them, whatever verb stands before. */
const CONJ_ANNA = new Set(CONJ_ANNA_LIST);

/** Particles that stand before a verb, not before بأنّ / لأنّ: «وقد بان الفرق», «ولما لان موقف». */
const BEFORE_VERB = new Set(['قد', 'وقد', 'فقد', 'لقد', 'ولقد', 'لما', 'ولما', 'فلما', 'كلما', 'وكلما']);

/** Is word token k an Arabic word the lexicon knows in no spelling (a foreign name: دايك، غوخ)? Or no Arabic word at all? */
function foreignWord(d: DocLex, k: number): boolean {
  return d.status(k) === FOREIGN || d.unknown(k);
}

/**
 * A bare بان / لان (with و/ف before them): بأنّ / لأنّ before a clause, but also the verbs
 * بان (appeared) and لان (softened), Ban Ki-moon, Pan Asia. Undefined: بأن / لأن as before.
 * - after قد / لما (a verb follows them) or after a form of أنّ (أن بان آسيا): left alone;
 * - before كي / جي (بان كي مون، بان جي مون): left alone;
 * - before an imperfect verb (بأن تأخذ، لأن يكون) or an opening quote: decided;
 * - before a word no lexicon knows (a foreign name), or with nothing after it: offered;
 * - بان opening a clause before anything but a verb (وبان للجميع أن، بان الفرق): the verb
 *   بان; offered. (لأن opens clauses: «، لأن البديل أسوأ».)
 */
function anAfterClitic(d: DocLex, i: number, p: string): { seat: 'أ'; why: AnReason; name?: boolean; offer?: boolean } | undefined {
  const prep = { seat: 'أ', why: 'anAfterPrep' } as const;
  const pi = d.prevWord(i);
  if (pi >= 0) {
    const prev = d.letters(pi)?.letters ?? '';
    if (BEFORE_VERB.has(prev) || anParts(prev)) return { ...prep, name: true };
  }
  const ni = d.nextWord(i);
  if (ni < 0) {
    // بأن «…» (a quote after it), else a name or the verb at the end of its clause
    const t = d.doc.tokens[i];
    const after = /^[\s\u00a0]*(.)/u.exec(d.doc.text.slice(t.end, t.end + 8));
    return after && '«"“'.includes(after[1]) ? prep : { ...prep, offer: true };
  }
  const next = d.letters(ni)?.letters ?? '';
  // Ban Ki-moon (بان كي مون، بان جي مون، بان غي مون، بان كيمون)
  if (BAN_KI.has(next) || /^[كجغ]ي-?مون$/.test(next) || wordAt(d, d.nextWord(ni)) === 'مون') return { ...prep, name: true };
  // بأنّ is never followed by أنّ/إنّ: «وقال بان إن المنظمة»، «وأكد بان أن» (Ban, the subject),
  // «ثم بان أن الأمر» (the verb: it became clear that): left alone
  if (anParts(next)) return { ...prep, name: true };
  if (imperfectVerb(d, ni)) return prep;
  // A draft that names Ban Ki-moon calls him بان after that (ودعا بان الأطراف إلى الحوار):
  // there a بان not before a verb may be he, and is offered
  if (p.endsWith('ب') && namesBan(d)) return { ...prep, offer: true };
  // A name after it (بان ترامب، بان عبدالفتاح) is the subject of the clause of بأن when a verb
  // of saying or knowing stands before (وأكد بان ترامب سيزور، عرفت بان عبدالفتاح متعلق);
  // otherwise it may be Ban or Pan of a name: offered.
  if (foreignWord(d, ni)) return p.endsWith('ب') && sayingBefore(d, i) ? prep : { ...prep, offer: true };
  if (p.endsWith('ب') && pi < 0) {
    // after a colon or a comma in the clause of a verb of saying (وتابع: بان الأمور تسير، وأكد
    // الرئيس، في كلمته، بان الدولة) it is بأن; opening a clause of its own it may be the verb
    // بان (وفي الشوط الثاني، بان الفرق واضحا): offered
    const b = whatBefore(d, i);
    const mark = b.kind === 'punct' && !b.doubled && (b.c === 0x3a || b.c === 0x60c || b.c === 0x2c);
    return mark && sayingBefore(d, i) ? prep : { ...prep, offer: true };
  }
  return undefined;
}

/** The letters of word token k, or '' (k < 0: no word there). */
function wordAt(d: DocLex, k: number): string {
  return k >= 0 ? (d.letters(k)?.letters ?? '') : '';
}

/** Per document, whether it names Ban Ki-moon (asked once per بان-like word: the answer is kept, not the whole text searched again). */
const BAN_NAMED = new DocumentMemo<boolean>();

/** Does the document name Ban Ki-moon (بان كي مون، بان جي مون، بان غي مون، بان كيمون)? */
function namesBan(d: DocLex): boolean {
  let named = BAN_NAMED.get(d.doc);
  if (named === undefined) {
    named = banKiMoonIn(d.doc.text);
    BAN_NAMED.set(d.doc, named);
  }
  return named;
}

/** What may follow بان in the name (see namesBan), from just after بان. */
const BAN_REST = /[\s\u00a0]+[كجغ]ي[\s\u00a0-]*مون/uy;
/** Does the text end in a character that is neither a letter nor a mark? */
const NOT_LETTER_END = /[^\p{L}\p{M}]$/u;

/**
 * /(?:^|[^\p{L}\p{M}])بان[\s\u00a0]+[كجغ]ي[\s\u00a0-]*مون/u.test(text), found from each بان
 * by the engine's native search for the literal (that regex, starting with an alternative,
 * tried every position of the draft): a بان at the start of the text or after a code point
 * that is no letter or mark (the two code units before it hold that whole code point, a
 * surrogate pair or not), and the rest of the name after it.
 */
function banKiMoonIn(text: string): boolean {
  for (let p = text.indexOf('بان'); p >= 0; p = text.indexOf('بان', p + 1)) {
    if (p > 0 && !NOT_LETTER_END.test(text.slice(Math.max(0, p - 2), p))) continue;
    BAN_REST.lastIndex = p + 3;
    if (BAN_REST.test(text)) return true;
  }
  return false;
}

/** The second word of Ban Ki-moon in its spellings. */
const BAN_KI = new Set(['كي', 'جي', 'غي']);

/**
 * Verbs of saying and knowing that take بأنّ (أكد بأن، صرح بأن، عرفت بأن، أقر بأن), in the past
 * (with ت، وا، نا، تم), some present forms and participles, hamza seats written or bare.
 */
const SAYING = (() => {
  const past = ['قال', 'أكد', 'أوضح', 'أعلن', 'ذكر', 'كشف', 'أفاد', 'صرح', 'أضاف', 'تابع', 'أشار', 'أقر', 'اعترف', 'علم', 'عرف', 'أدرك', 'أبلغ', 'أخبر', 'وعد', 'تعهد', 'طالب', 'شعر', 'أحس', 'اعتقد', 'ظن', 'أيقن', 'رأى', 'رأت', 'نوه', 'شدد', 'زعم', 'أقسم', 'حلف', 'اقتنع', 'آمن', 'أفتى', 'قضى', 'حكم', 'هدد', 'أجاب', 'رد', 'ردت', 'علق', 'أردف', 'استطرد', 'بين'];
  const forms: string[] = ['قلت', 'قلنا', 'يقول', 'تقول', 'يؤكد', 'تؤكد', 'أؤكد', 'نؤكد', 'يعلم', 'تعلم', 'يعرف', 'تعرف', 'يشعر', 'تشعر', 'يعتقد', 'تعتقد', 'أعتقد', 'نعتقد', 'يرى', 'ترى', 'أرى', 'نرى', 'يؤمن', 'أؤمن', 'يقر', 'تقر', 'يفيد', 'تفيد', 'مؤكدا', 'مؤكدة', 'مضيفا', 'مضيفة', 'موضحا', 'موضحة', 'مشيرا', 'مشيرة', 'قائلا', 'قائلة', 'معلنا', 'معلنة'];
  for (const w of past) for (const e of ['', 'ت', 'وا', 'نا', 'تم']) forms.push(w + e);
  const out = new Set<string>();
  for (const w of withBare(forms, [])) for (const p of ['', 'و', 'ف']) out.add(p + w);
  return out;
})();

/** How many words back, over commas and a colon, a verb of saying is looked for before بان. */
const SAYING_WORDS = 6;

/**
 * Does a verb of SAYING stand before token i in its sentence: up to SAYING_WORDS words back,
 * over commas and a colon (وتابع: بان، وأكد الرئيس، في كلمته، بان), not over a sentence mark,
 * a line break, another form of أنّ/إنّ or anything that is no word or such a mark?
 */
function sayingBefore(d: DocLex, i: number): boolean {
  const toks = d.doc.tokens;
  const text = d.doc.text;
  let words = 0;
  for (let k = i - 1; k >= 0 && words < SAYING_WORDS; k--) {
    const t = toks[k];
    if (t.kind === 'space' || t.kind === 'format') continue;
    if (t.kind === 'punct') {
      const c = text.charCodeAt(t.start);
      if (t.end - t.start === 1 && (c === 0x3a || c === 0x60c || c === 0x2c)) continue;
      return false;
    }
    if (t.kind !== 'word') return false;
    const w = d.letters(k)?.letters ?? '';
    if (SAYING.has(w)) return true;
    if (anParts(w)) return false;
    words++;
  }
  return false;
}

/**
 * A token read as و/ف + a closed-class word (واهم: و + أهم) that may be a word of its own:
 * 'none' — left alone (واي فاي، مستفعلن فاعلن); 'offer' — the hamza reading is offered, not
 * preferred: a loanword (فاول، فاي، واي before the article or a relative: «جيل واي الذي»), a
 * prosody foot, or a noun of the lexicon as a whole (واهم the deluded، فاهم، واليها its
 * governor: the lexicon takes them with the article, الواهم، الوالي) — unless an elative
 * stands before it (أكبر واهم خطوة: وأهم); undefined — the closed-class word, preferred.
 */
function ownWord(d: DocLex, i: number, w: string): 'none' | 'offer' | undefined {
  const pi = besideOverDash(d, i, -1);
  const ni = besideOverDash(d, i, 1);
  const at = (k: number) => wordAt(d, k);
  if ((w === 'واي' || w === 'فاي') && (WIFI.has(at(pi)) || WIFI.has(at(ni)))) return 'none';
  if (FEET.has(w)) return FEET.has(at(pi)) || FEET.has(at(ni)) ? 'none' : 'offer';
  if (w === 'واي') {
    const next = at(d.nextWord(i));
    return !next || next.startsWith('ال') || RELATIVE.has(next) ? 'offer' : undefined;
  }
  if (LOANWORDS.has(w)) return 'offer';
  if (d.status(i) !== WORD || !nounOfItsOwn(d.lex, w)) return undefined;
  // an elative in construct (واهم ما جاء، واهم القرارات: وأهم), never «the deluded» before ما or a definite noun
  const next = at(d.nextWord(i));
  if (/^ا[^ا]{2,3}$/.test(w.slice(1)) && (next === 'ما' || (next.startsWith('ال') && !RELATIVE.has(next)))) return undefined;
  return /^[وفبل]?[أا][^ا][^ا][^ا]$/.test(at(d.prevWord(i))) ? undefined : 'offer';
}

/** Does the lexicon take the word, or the word with an enclitic pronoun set aside, with the article (الواهم، واليها → الوالي)? */
function nounOfItsOwn(lex: Lexicon, w: string): boolean {
  if (lex.has('ال' + w)) return true;
  for (const p of ENCLITICS) if (w.endsWith(p) && w.length - p.length >= 3 && lex.has('ال' + w.slice(0, -p.length))) return true;
  return false;
}

/** The word token beside token i (dir -1 before, 1 after), over spaces and one dash between (واي - فاي), or -1. */
function besideOverDash(d: DocLex, i: number, dir: -1 | 1): number {
  const toks = d.doc.tokens;
  let dash = false;
  for (let k = i + dir; k >= 0 && k < toks.length; k += dir) {
    const t = toks[k];
    if (t.kind === 'space' || t.kind === 'format') continue;
    if (t.kind === 'word') return k;
    if (!dash && t.kind === 'punct' && t.end - t.start === 1 && '-–'.includes(d.doc.text[t.start])) {
      dash = true;
      continue;
    }
    return -1;
  }
  return -1;
}

/** Words after إنْ that make it the conditional: كان، لم، شاء، تم … (see pastVerbAfter). */
const CONDITIONAL_NEXT = new Set(['كان', 'كانت', 'كانوا', 'لم', 'شاء', 'تم', 'تمت', 'وجد', 'وجدت', 'أمكن', 'امكن', 'صح', 'صحت', 'اقتضت', 'اقتضى', 'لزم', 'دعت']);

/**
 * Is word token k a past-tense verb (or كان، لم …), as after the conditional إنْ (إن لزم الأمر،
 * إن نجحت)? The lexicon has no parts of speech: a word that takes the past endings (لزموا;
 * نجحت → نجحوا; حظيت → حظيتم) and is no noun (it takes neither بـ nor the article: عدد، حجم،
 * وقت take both) is taken for one. A noun read as a verb only keeps a fix from being made.
 */
function pastVerbAfter(d: DocLex, k: number): boolean {
  const w = d.letters(k)?.letters;
  if (!w) return false;
  if (CONDITIONAL_NEXT.has(w)) return true;
  if (w.length < 2 || w.startsWith('ال')) return false;
  const lex = d.lex;
  // A present verb takes the past endings' test too (يراقبوا، يكونوا: the subjunctive plural),
  // so «إلا ان يراقب» would read as the conditional. A word the lexicon takes with the future
  // س is present (سيراقب، سيكون) — when it starts with ي; after ت ن أ the same letters may be a
  // past verb of form IV, V or VI (أعلن، تراجع، تكوّن: سأعلن، ستراجع، ستكون are words too), so
  // there it is present only when it takes no past ت (أعلنت، تراجعت are words: left past).
  if (/^[يتنأ]/.test(w) && w.length >= 3 && !NOT_IMPERFECT.has(w) && lex.has('س' + w) && (w[0] === 'ي' || !lex.has(w + 'ت'))) return false;
  if (lex.has('ب' + w) || lex.has('ال' + w)) return false;
  if (lex.has(w + 'وا')) return true;
  if (w[w.length - 1] === 'ت') return lex.has(w.slice(0, -1) + 'وا') || lex.has(w + 'م');
  return false;
}

/** How many words after إنْ the answer of the condition is looked for. */
const ANSWER_WORDS = 8;
/** فـ before the answer of a condition: فسيلغى، فسوف، فإن، فإنه، فلن، فقد، فلا، فعليه، فليس. */
const ANSWER = /^ف(?:س[يتنأ]..|سوف$|[إا]ن|لن$|قد$|لا$|ليس|علي|على$)/;

/**
 * Does the answer of a condition (فـ + a future verb, فإن، فلن …: see ANSWER) follow word token
 * i in its sentence, within ANSWER_WORDS words (no sentence mark or line break between)?
 */
function conditionAnswer(d: DocLex, i: number): boolean {
  const toks = d.doc.tokens;
  const text = d.doc.text;
  let words = 0;
  for (let k = i + 1; k < toks.length && words < ANSWER_WORDS; k++) {
    const t = toks[k];
    if (t.kind === 'space' || t.kind === 'format') continue;
    if (t.kind === 'newline') return false;
    if (t.kind === 'punct') {
      if ('.!?؟'.includes(text[t.start])) return false;
      continue;
    }
    if (t.kind !== 'word') continue;
    if (ANSWER.test(d.letters(k)?.letters ?? '')) return true;
    words++;
  }
  return false;
}

/** Is word token k شاء, and الله after it (إن شاء الله)? */
function inshaAllah(d: DocLex, k: number): boolean {
  if (d.letters(k)?.letters !== 'شاء') return false;
  const n = d.nextWord(k);
  return n >= 0 && d.letters(n)?.letters === 'الله';
}

/** Does token i stand in running Arabic text (after a word, a comma or at a line start), not in a name like «تيان خه- وان إيه»? */
function clauseContext(d: DocLex, i: number): boolean {
  const b = whatBefore(d, i);
  if (b.kind === 'punct') return b.c === 0x60c || b.c === 0x2c || b.c === 0x2e || b.c === 0x3a || b.c === 0x61b;
  return b.kind !== 'other';
}

/** Split off a proclitic (و ف ب ل and their pairs) that leaves a form of ان. */
function anParts(letters: string): { p: string; stem: string } | undefined {
  for (const p of AN_PROCLITICS) {
    // every form of AN_FORMS is ان…: an alef and ن where the stem starts, tested first (it asks
    // about every word before a form of ان, and no string is made for the others)
    const k = p.length;
    if (letters.charCodeAt(k + 1) !== 0x646 || !isAlef(letters[k])) continue;
    if (!letters.startsWith(p)) continue;
    const stem = letters.slice(p.length);
    const bare = ALEF + stem.slice(1);
    if (isAlef(stem[0]) && AN_FORMS.has(bare)) return { p, stem };
  }
  return undefined;
}

function functionWord(letters: string): { p: string; to: string } | undefined {
  for (const p of ['', 'و', 'ف']) {
    if (!letters.startsWith(p)) continue;
    const to = FUNCTION_WORDS[letters.slice(p.length)];
    if (to) return { p, to: p + to };
  }
  return undefined;
}

interface Verdict {
  options: Option[];
  preferred: number; // index into options, or -1
  messageId: string;
  /** The word token that decided, when not the word right before (a reporting verb before the subject; the present verb after أنْ). */
  decidedBy?: number;
  /** The first word token of the words that decided, when they are two (لا شك): the message names them all. */
  decidedFrom?: number;
  /** With none preferred: the option shown first (the one the draft writes elsewhere). */
  first?: number;
}

/** Does a folded word hold ا? (A loop: the words are short, and this runs on each of a draft's.) */
function holdsAlef(norm: string): boolean {
  for (let k = 0; k < norm.length; k++) if (norm.charCodeAt(k) === 0x627) return true;
  return false;
}

/** Do a word's letters hold an alef (ا أ إ آ: what folds to ا)? */
function someAlef(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (isAlef(w[k])) return true;
  return false;
}

/**
 * Does hamzaVerdict leave word token i (of form f) alone for its letters alone, whatever the
 * house style and the context (its tests of the letters, in its order, with those of
 * lexiconReading)? The folded form is the letters' too, so the answer holds for every token of the form.
 */
function quietForm(d: DocLex, i: number, f: number): boolean {
  const st = d.status(i);
  if (st === FOREIGN) return true;
  const closed = CLOSED_NORMS.has(d.doc.tokens[i].norm);
  if (waslSlip(d.formLettersOf(f)) !== undefined) return false;
  if (st === WORD && !closed) return draftSeating(d, d.formLettersOf(f)) === undefined;
  // the token's letters are its form's (f: formOf(i), a form): no Letters object is made for them
  const w = d.formLettersOf(f); // (holding an alef: the check asks only of such forms)
  if (particleOf(w) || colloquial(w)) return true;
  // (isHouseWord and inAcronym, which come next, only ever leave a word alone)
  if (closed && anParts(w)) return false;
  if (st === NON_WORD && yehSeat(d, w)) return false;
  if (closed && functionWord(w)) return false;
  if (st !== NON_WORD || w.length < 3) return true;
  // lexiconVerdict says nothing where the lexicon reads nothing (its other test is the context's)
  return lexiconReading(d, i, w) === undefined;
}

/**
 * Words that open with hamzat al-wasl (اثنان، ابن، اسم، امرأة), written with إ, as the lexicon
 * has them (it lists الإثنين، إبن beside the right spellings): their stems with the hamza.
 */
const WASL_SLIPS = new Set(['إثنان', 'إثنين', 'إثنا', 'إثنتان', 'إثنتين', 'إثنتا', 'إثنتي', 'إبن', 'إبنة', 'إبنه', 'إبنها', 'إبنهم', 'إسم', 'إسمه', 'إسمها', 'إمرأة', 'إمرأته']); // (not إثني: «صراع إثني», ethnic)

/** `w` with the hamza of a WASL_SLIPS stem written bare (الإثنين → الاثنين, وإبن → وابن), or undefined. */
function waslSlip(w: string): string | undefined {
  const at = w.indexOf('إ');
  if (at < 0 || at > 4) return undefined;
  const head = w.slice(0, at);
  // (after the article or the proclitics و ف ب ل ك only)
  if (!/^(?:[وف]?[بكل]?(?:ال)?|[وف]?ل)$/.test(head) || !WASL_SLIPS.has(w.slice(at))) return undefined;
  // الإثنين the day is a name many papers write with its hamza (SaudiNewsNet, 37 times): left
  // to the house; the number (إثنين من الطلاب) is not
  if (head.endsWith('ال') && w.slice(at) === 'إثنين') return undefined;
  // الإمرأة is المرأة, not الامرأة: no one-letter fix (the second code reviewer)
  if (head.endsWith('ال') && w.startsWith('إمرأ', at)) return undefined;
  return head + 'ا' + w.slice(at + 1);
}

/**
 * The spelling with a hamza the draft itself writes for word `w`, a word of the lexicon with a
 * bare alef opening its stem after the article (الانجليزي beside الإنجليزي, the sports desk's
 * draft): the same word to the lexicon (oneWord: one paradigm, الانجليزي / الإنجليزي; not
 * الاعلام / الإعلام, flags and media), a stem of four letters or more. Else undefined.
 */
function draftSeating(d: DocLex, w: string): string | undefined {
  const stem = articleStem(w);
  if (!stem || stem[0] !== ALEF || stem.length < 4) return undefined;
  const at = w.length - stem.length;
  for (const seat of ['إ', 'أ']) {
    const seated = w.slice(0, at) + seat + w.slice(at + 1);
    if (d.forms.has(seated) && d.lex.has(seated) && oneWord(d.lex, w, seated)) return seated;
  }
  return undefined;
}

/**
 * ىء or يء for ئ at the end of a word that is none (مفاجىء، الطارىء، طواريء، القاريء): the hamza
 * after a kasra sits on a yeh seat. The word with ئ, when the lexicon has it. (A word in يء, شيء،
 * بريء، بطيء, is a word: not asked.)
 */
function yehSeat(d: DocLex, w: string): string | undefined {
  const n = w.length;
  if (n < 3 || w[n - 1] !== 'ء' || (w[n - 2] !== 'ى' && w[n - 2] !== 'ي')) return undefined;
  const fixed = w.slice(0, n - 2) + 'ئ';
  return d.lex.has(fixed) ? fixed : undefined;
}

/**
 * A function word whose bare spelling may be a name here (the Egyptian reviewer's «النائب عبد
 * المنعم امام، رئيس حزب العدل» became «أمام»; «المدرب الفرنسي الان بيران», Alain Perrin,
 * became «الآن»): the fix offered, not preferred.
 * - امام: أمام (before) always has a noun after it; with a mark that ends a phrase or a line's
 *   end after it, or after a compound given name (عبد المنعم), إمام (an imam, the name Imam)
 *   is offered beside it — first where the draft writes it.
 * - الان before a word no lexicon knows (a foreign surname): the name Alan / Alain.
 */
function functionWordDoubt(d: DocLex, i: number, p: string, to: string): Verdict | undefined {
  if (to === p + 'أمام') {
    const after = d.doc.nextSignificant(i);
    // (the end of the text tells nothing: a word checked alone, a draft being typed; an opening
    // mark is no end: «خسر الهلال امام «النصر»»)
    const nothingAfter = after !== undefined && (after.kind === 'newline' || (after.kind === 'punct' && ENDS_PHRASE.test(d.doc.text[after.start])));
    // … and after a title or a word no أمام follows (الشيخ امام عبد الله، خلف امام المسجد: the
    // local desk's reader): إمام first
    const pi = d.prevWord(i);
    const imamBefore = pi >= 0 && NOT_BEFORE_AMAM.has(d.doc.tokens[pi].norm);
    if (imamBefore) return { options: [{ letters: to }, { letters: p + 'إمام' }], preferred: -1, messageId: 'ambiguous', first: 1 };
    if (!nothingAfter && !nameBefore(d, pi)) return undefined;
    return { options: [{ letters: to }, { letters: p + 'إمام' }], preferred: -1, messageId: 'ambiguous', first: writesWord(d, 'إمام') ? 1 : 0 };
  }
  if (to === p + 'الآن') {
    const ni = d.nextWord(i);
    if (ni >= 0 && d.unknown(ni)) return { options: [{ letters: to }], preferred: -1, messageId: 'maybeName' };
  }
  return undefined;
}

/**
 * Words أمام never follows (خلف أمام، وراء أمام، مع أمام …, folded): after them امام is the imam
 * (خلف امام المسجد).
 */
const NOT_BEFORE_AMAM = foldedWithConjunctions([
  'خلف', 'وراء', 'مع', 'عند', 'لدى', 'يد', 'بيد', 'خطيب', 'مؤذن', // (not كلمة: «كلمة أمام المتظاهرين», a speech before them)
  // titles given before a name (الشيخ امام عبد الله), not the subjects that stand before أمام
  // (خسر الفريق امام، وقف الرئيس امام البرلمان، سجل اللاعب امام)
  'الشيخ', 'الحاج', 'السيد', 'الدكتور', 'المهندس', 'الأستاذ', 'المستشار', 'اللواء', 'العميد', 'العقيد', 'الداعية', 'القارئ', 'المقرئ',
]);

/** Marks that end a phrase (a clause or a sentence): no noun of أمام follows them. */
const ENDS_PHRASE = /^[.،,؛;:!?؟)»”\]]$/;

/**
 * Is word token k the last word of a compound given name, the word after عبد / أبو (عبد المنعم
 * امام: the family name Imam)? Not a given name alone: «ومثل محمد امام المحكمة» is أمام as
 * often; not any word the lexicon does not know: a club or a place stands before أمام as
 * often («في حطين امام الشعلة»).
 */
/** Does word token i follow a given name (علي، محمد، جون) with nothing between them? */
function afterGivenName(d: DocLex, i: number): boolean {
  const p = d.prevWord(i);
  return p >= 0 && p === i - 2 && d.doc.tokens[i - 1].kind === 'space' && GIVEN_NAMES.has(d.doc.tokens[p].norm);
}

function nameBefore(d: DocLex, k: number): boolean {
  if (k < 0) return false;
  const b = d.prevWord(k);
  return b >= 0 && (d.doc.tokens[b].norm === 'عبد' || d.doc.tokens[b].norm === 'ابو');
}

/** Decide what the rule says about word token i, or undefined. */
export function hamzaVerdict(d: DocLex, i: number, shared: SharedData): Verdict | undefined {
  const tok = d.doc.tokens[i];
  const st = d.status(i);
  if (st === FOREIGN) return undefined;
  // a word of the lexicon is only questioned in the closed classes (أنّ/إنّ, الى، امس …), or
  // where the draft writes it with its hamza too (draftSeating)
  const closed = CLOSED_NORMS.has(tok.norm);
  const l = d.letters(i);
  if (!l) return undefined;
  const w = l.letters;
  // the hamzat-wasl words written with a hamza that the lexicon lists as written (الإثنين، إبن:
  // the local desk's «يوم الإثنين»)
  const wasl = waslSlip(w);
  if (wasl !== undefined && !d.houseWord(i, shared)) return { options: [{ letters: wasl }], preferred: 0, messageId: 'wasl' };
  if (st === WORD && !closed) {
    const seated = d.houseWord(i, shared) ? undefined : draftSeating(d, w);
    return seated ? { options: [{ letters: seated }], preferred: 0, messageId: 'draftSeat' } : undefined;
  }
  if (!someAlef(w)) return undefined;
  if (particleOf(w) || colloquial(w)) return undefined;
  if (d.houseWord(i, shared)) return undefined;
  if (inAcronym(d, i)) return undefined; // سي.ان.ان

  // The أنّ / إنّ class, written bare or after قال / an أنّ verb with the wrong seat.
  const an = closed ? anParts(w) : undefined;
  if (an) return anVerdict(d, i, an);

  const ye = st === NON_WORD ? yehSeat(d, w) : undefined;
  if (ye) return { options: [{ letters: ye }], preferred: 0, messageId: 'yehSeat' };

  const fw = closed ? functionWord(w) : undefined;
  if (fw) {
    const own = fw.p ? ownWord(d, i, w) : undefined;
    if (own === 'none') return undefined;
    if (own === 'offer') return { options: [{ letters: fw.to }], preferred: -1, messageId: 'clitic' };
    // الا before an imperfect verb is as often ألّا (أن لا: على الكونغرس ألا يتأثر، فأرجو ألا
    // يتوقف) or the interrogative ألا as إلا: both offered
    if (fw.to === fw.p + 'إلا' && imperfectLetters(d, wordAt(d, d.nextWord(i)))) {
      return { options: [{ letters: fw.p + 'ألا' }, { letters: fw.to }], preferred: -1, messageId: 'ambiguous' };
    }
    const doubt = functionWordDoubt(d, i, fw.p, fw.to);
    if (doubt) return doubt;
    return { options: [{ letters: fw.to }], preferred: 0, messageId: kindOf(w, fw.to) };
  }

  if (st !== NON_WORD || w.length < 3) return undefined;
  return lexiconVerdict(d, i, w);
}

// (The closures of a verdict are in these functions, not in hamzaVerdict: there, their captured
// variables would cost an allocation on every call, that is for every word of the draft.)

/** A word of the أنّ / إنّ class (`an`: its proclitic and stem). */
function anVerdict(d: DocLex, i: number, an: { p: string; stem: string }): Verdict | undefined {
  const seat = an.stem[0];
  // A seat written after a proclitic (بأن، لأنه، فإن، وأن), or a madda, is never moved: every
  // path below ends in undefined for it, whatever the context decides (so it is not read).
  if (seat !== ALEF && (an.p !== '' || seat === 'آ')) return undefined;
  let decided = anDecision(d, i, an.p);
  // after أضاف, ان before a quotation («واضاف انه "في كيلوا وحدها…"») may open the quoted words: undecided
  if (decided?.soft && quoteAfter(d, i)) decided = undefined;
  const make = (s: string) => ({ letters: an.p + s + an.stem.slice(1) });
  if (decided?.name) return undefined; // فان in a name
  // فلان (so-and-so) is a word of its own: not ف + ل + أن
  if ((an.p === 'فل' || an.p === 'فب') && d.status(i) === WORD) return undefined;
  if (decided?.offer) return seat === ALEF ? { options: [make(decided.seat)], preferred: -1, messageId: 'clitic' } : undefined;
  let letter: 'letter' | 'maybe' | undefined;
  if (an.p === '' && an.stem.length === 2) {
    // the letter N of a name spelled out (سي إن إن، شبكة إن بي سي، بي إن سبورتس، لينكد إن)
    letter = spelledLetter(d, i);
    if (letter === 'letter') return undefined;
    const ni = d.nextWord(i);
    if (ni >= 0 && pastVerbAfter(d, ni)) {
      // إنْ before a past-tense verb is the conditional (إن شاء الله، إن لزم الأمر، إلا إن
      // توافرت، خطة إن نجحت فستوفر، إن وجد): a written إن is never made أن, whatever verb of
      // أنّ stands before (أنّ takes a noun, not a past verb)
      if (seat === 'إ' && decided?.seat === 'أ') return undefined;
      if (seat === ALEF) {
        // after a preposition or particle (بعد ان وصل، سبق ان أعلن) أنْ + a past verb is right
        const pi = d.prevWord(i);
        const afterPrep = decided?.seat === 'أ' && decided.at === undefined && pi >= 0 && prepLike(d.letters(pi)?.letters ?? '');
        if (inshaAllah(d, ni)) return { options: [make('إ'), make('أ')], preferred: afterPrep ? -1 : 0, messageId: afterPrep ? 'ambiguous' : 'write' };
        if (decided?.seat === 'أ' && !afterPrep) return { options: [make('أ'), make('إ')], preferred: -1, messageId: 'ambiguous' };
      }
    }
  }
  // أنْ before an imperfect verb is the subjunctive particle (نسأل الله أن يحفظ، يريدون أن توقف،
  // يستطيعون ان يصمموا): a written seat is left alone (إنْ may be the conditional: إن يكن), and a
  // context that says إنّ (a form of قال some words back, the start of a sentence) is not trusted
  // over the verb: both offered. With no context saying either, أنْ is preferred (the
  // conditional إنْ before a present verb is rare in news copy).
  if (an.stem.length === 2 && (an.p === '' || an.p === 'و') && imperfectVerb(d, d.nextWord(i))) {
    if (seat !== ALEF) return undefined;
    if (!decided) return { options: [make('أ'), make('إ')], preferred: 0, messageId: 'anBeforeVerb', decidedBy: d.nextWord(i) };
    if (decided.seat !== 'أ') return { options: [make('أ'), make('إ')], preferred: -1, messageId: 'ambiguous' };
  }
  if (seat === ALEF) {
    if (decided) return { options: [make(decided.seat)], preferred: 0, messageId: decided.why, decidedBy: decided.at, decidedFrom: decided.from };
    if (!clauseContext(d, i)) return undefined;
    return { options: [make('أ'), make('إ')], preferred: -1, messageId: 'ambiguous' };
  }
  if (an.p === '' && decided && !decided.soft && seat !== decided.seat && (seat === 'أ' || seat === 'إ')) {
    // a written إن with the answer of a condition after it is the conditional إنْ, whatever
    // word follows it (وأعلن إن تأخر الوفد فسيلغى الاجتماع: تأخر is a noun too, so pastVerbAfter
    // does not see the verb)
    if (seat === 'إ' && an.stem.length === 2 && conditionAnswer(d, i)) return undefined;
    // a written إن before a spelled letter may be the letter N (وذكرت إن بي سي نيوز أن): offered
    if (letter === 'maybe') return { options: [make(decided.seat)], preferred: -1, messageId: decided.why, decidedBy: decided.at, decidedFrom: decided.from };
    return { options: [make(decided.seat)], preferred: 0, messageId: decided.why, decidedBy: decided.at, decidedFrom: decided.from };
  }
  return undefined;
}

/**
 * What the lexicon reads word token i (`w`: its letters, not a word, alefs in it) as: the
 * hamza spellings to offer, as options (their letters in the token) and as words. Undefined
 * where it offers none. Its letters alone decide (its candidates are its letters'), so the
 * answer holds for every token of its form (see quietForm).
 */
function lexiconReading(d: DocLex, i: number, w: string): { options: Option[]; words: string[] } | undefined {
  const cands = d.candidates(i);
  if (cands.length === 0) return undefined;
  const last = w.length - 1;
  const alefs: number[] = [];
  for (let k = 0; k < w.length; k++) if (isAlef(w[k])) alefs.push(k);
  const pattern = (c: string) => alefs.map((k) => c[k]).join('');
  const own = pattern(w);
  // Candidates keeping the token's ending first, unless the ending is ه and a candidate ends
  // in ة (اضافه: أضافه or إضافة — the ending is as open as the hamza).
  const endingOpen = w[last] === 'ه' && someLetterAt(cands, last, 'ة');
  const same = endingOpen ? [] : cands.filter((c) => c[last] === w[last]);
  // A noun with the article in ة, no spelling of which ends in ة, read with a hamza on the
  // article's alef: a noun the lexicon lacks, not the verb + ه it has (الحتة, «بنت الحتة»: ألحته
  // «she pressed him»; the arts desk's reader, whose fix-all wrote ألحتة). (Not a name without
  // the article: اسامة، اضنة are أسامة، أضنة whatever the lexicon's ه.)
  // (and so is one in يو whose only readings are a construct plural with the hamza there,
  // ألمانيو «Germans of»: المانيو is Manchester United, the fix-all reader's snnv_0195)
  const art = (same.length === 0 && w[last] === 'ة') || w.endsWith('يو') ? ARTICLE_START.exec(w) : null;
  if (art && cands.every((c) => c[art[0].length - 2] === 'أ')) return undefined;
  const pool = same.length ? same : cands;
  if (pool.some((c) => pattern(c) === own)) return undefined; // the hamza is right for one reading: only the ending may be wrong
  // When every spelling ends alike, the fix writes the alefs only (teh-marbuta / final-yeh
  // fix the ending); when they differ in the ending too, each option is the whole spelling.
  const unanimous = everyLetterAt(pool, last, pool[0][last]);
  const byKey = new Map<string, string>();
  for (const c of pool) {
    const kind = kindOf(w, c);
    // A hamza the writer put on a seat is only moved to another seat in the أنّ class, and
    // only taken off where the word has the shape of a hamzat-wasl word (إستخدام، الإهتمام).
    if (kind === 'seat' || (kind === 'wasl' && !waslShape(w, c))) continue;
    const key = unanimous ? pattern(c) : c;
    if (!byKey.has(key)) byKey.set(key, c);
  }
  if (byKey.size === 0) return undefined;
  // لا glued to an imperfect verb (لاتنام، ولايعرف) is not ل + the interrogative أ + that verb (لأتنام)
  const neg = /^[وف]?لا/.exec(w);
  if (neg && imperfectLetters(d, w.slice(neg[0].length)) && [...byKey.values()].every((c) => c[neg[0].length - 1] === 'أ')) return undefined;
  const words = [...byKey.values()];
  const options: Option[] = words.map((c) => {
    if (!unanimous) return { letters: c };
    const arr = w.split('');
    for (const k of alefs) arr[k] = c[k];
    return { letters: arr.join('') };
  });
  // A short name read as a one-letter proclitic + a short hamza word in every spelling, none
  // of which the lexicon gives that proclitic (لارا: لأرا / لآرا، كاتيا، باسيل، فاليو: see
  // cliticTakes): both signs say a name, and nothing is said.
  if (words.every((c) => shortCliticReading(d.lex, w, c))) return undefined;
  return { options, words };
}

/** A word the lexicon does not know (`w`: its letters), against the lexicon's spellings of it. */
function lexiconVerdict(d: DocLex, i: number, w: string): Verdict | undefined {
  if (d.candidates(i).length === 0) return undefined;
  // Beside a word no lexicon knows, this is likely a foreign name (ويليام لايسي، ادين
  // هازارد، كاميرون وات): the lexicon's reading of it is a coincidence. Not a word with the
  // article (الاميركي كولن باول، غالاكسي الاميركي، الامير عبدالله): foreign names seldom take it,
  // and the nisba and the title beside a name are what such a draft writes most.
  // (Not a verb of saying: it stands before a foreign subject as a rule, واضاف جيسوس أن: the Gulf desk)
  if (!ARTICLE_START.test(w) && unknownNeighbour(d, i) && !ADDED.has(w) && !ANNA_VERBS.has(w) && !QALA.has(w)) return undefined;
  const r = lexiconReading(d, i, w);
  if (!r) return undefined;
  const { options, words } = r;
  if (options.length === 1) {
    // A hamza put right after a one-letter proclitic (ب ك س ف) on a short stem (باول، سانت،
    // كاين، فاقهم) reads the word as clitic + a short hamza word (أول، أنت، أين); it may as well
    // be a foreign name or a word the lexicon lacks (Powell, Saint, Kane, فاقهم): offered, not
    // preferred. Longer stems (بإعلان، لإتمام) are rarely names.
    const at = firstChange(w, options[0].letters);
    if (w[at] === ALEF && w.length - at <= CLITIC_STEM && CLITIC_BEFORE.test(w.slice(0, at))) return { options, preferred: -1, messageId: 'clitic' };
    // و + a stem of three letters read from a bare alef (والز، واتس، والش، وارن: Walz, Watts,
    // Walsh, Warren — the foreign desk's «تيم والز» became «وألز») is a foreign name as often as
    // a verb after «and» (the common ones, وأكد، وأعلن، وأضاف, are FUNCTION_WORDS): offered
    if (w[at] === ALEF && at === 1 && w[0] === 'و' && w.length === 4) return { options, preferred: -1, messageId: 'clitic' };
    // Longer stems, and ل / و: the reading must be one the lexicon gives the proclitic (see cliticTakes).
    if (w[at] === ALEF && at > 0 && ONE_LETTER_CLITICS.test(w.slice(0, at)) && !cliticTakes(d.lex, w, words[0], at)) {
      return { options, preferred: -1, messageId: 'clitic' };
    }
    // Right after a given name the word is most often the family name (علي لاجامي, the Saudi
    // footballer Lajami, not ل + آجامي): a proclitic reading there is offered, not preferred.
    if (w[at] === ALEF && at > 0 && ONE_LETTER_CLITICS.test(w.slice(0, at)) && afterGivenName(d, i)) {
      return { options, preferred: -1, messageId: 'clitic' };
    }
    return { options, preferred: 0, messageId: kindOf(w, options[0].letters) };
  }
  // Several: two words of the lexicon compete (الأمن / الآمن، الأمام / الإمام). When the draft
  // writes the same word family (the hamza letter and the two letters after it: أكد in أكدت)
  // with exactly one of the seats elsewhere, that one is shown first — but not preferred: the
  // other word may be meant here (جامعة الإمام … إلى الأمام، قوات الأمن … المكان الآمن).
  // Following the draft: where it writes that very word (proclitics aside: ايران beside إيران,
  // الاعمال beside الأعمال; a stem of five letters or more), or, for a long stem it writes in
  // another form only (الإندونيسي for الاندونيسية), where the lexicon gives the two seatings one
  // paradigm (sameParadigm: variants of one word). A long stem whose seatings are two words of
  // their own (امامنا beside الإمام, الحاقهم beside ألحق) is shown first, not preferred. Left: a
  // draft that writes the other word of such a pair as that very word (الادلاء beside
  // «بالأدلاء», guides; «من اعلام الفن» beside «الإعلام») is still followed — the same test
  // keeps ايران → إيران (52 times in the corpus) and nearly all such copies are right.
  // a collocation decides: «الامين العام», «امين عام» (the secretary-general) is أمين, not آمين
  const collocated = collocation(d, i, options);
  if (collocated >= 0) return { options, preferred: collocated, messageId: kindOf(w, options[collocated].letters) };
  const keys = d.hamzaKeys;
  const used = options.map((o, k) => (keys.has(familyKey(w, o.letters)) ? k : -1)).filter((k) => k >= 0);
  if (used.length === 1) {
    const o = options[used[0]].letters;
    const stem = o.slice(firstChange(w, o));
    const follow =
      stem.length >= FOLLOW_STEM - 1 && writesWord(d, stem)
        ? true
        : stem.length >= FOLLOW_STEM && words.every((c, k) => k === used[0] || oneWord(d.lex, words[used[0]], c));
    if (follow) return { options, preferred: used[0], messageId: kindOf(w, o) };
  }
  // two spellings of one word (الأفريقية / الإفريقية, sameParadigm): no meaning to choose by. Only
  // أ against إ: a madda makes another word as a rule (أكدت / آكدت، أمن / آمن)
  const variants = words.length === 2 && seatsOnly(words[0], words[1], 'أإ') && oneWord(d.lex, words[0], words[1]);
  return { options, preferred: -1, messageId: variants ? 'variants' : 'ambiguous', first: used.length === 1 ? used[0] : undefined };
}

/**
 * Words whose seat the next word decides, folded (the word's stem without its proclitics → the
 * next word's stems → the seated stem): أمين عام / الأمين العام, the secretary-general (the
 * lexicon also holds آمين, amen).
 */
const COLLOCATIONS: ReadonlyMap<string, { next: ReadonlySet<string>; seated: string }> = new Map([['امين', { next: new Set(['عام', 'العام', 'عاما', 'عامة', 'العامة'].map((w) => foldString(w))), seated: 'أمين' }]]);

/** The option a collocation (COLLOCATIONS) gives word token i, or -1. */
function collocation(d: DocLex, i: number, options: readonly Option[]): number {
  // (the word without its proclitics and article: الامين، بالامين، فالامين، وامين)
  const norm = d.doc.tokens[i].norm;
  const stem = articleStem(norm) ?? norm.replace(/^[وف]/, '');
  const c = COLLOCATIONS.get(stem);
  if (!c) return -1;
  const ni = d.nextWord(i);
  if (ni < 0 || ni !== i + 2 || !c.next.has(d.doc.tokens[ni].norm)) return -1;
  return options.findIndex((o) => o.letters.endsWith(c.seated));
}

/** Do spellings a and b (of one length) differ only where each has one of `seats`? */
function seatsOnly(a: string, b: string, seats: string): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && !(seats.includes(a[k]) && seats.includes(b[k]))) return false;
  return true;
}

/**
 * Pronouns that end a word, longest first (أمامنا، إصابته، أعمالهم). Not ي: in news copy a
 * final ي is far more often the nisba of a variant (الإسباني / الأسباني) than «my».
 */
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه', 'ك'];

/**
 * Are two spellings that differ only in their hamza seats one word (see sameParadigm)? A
 * pronoun at the end is set aside first: with it, two words often take the same few endings
 * (أمامنا / إمامنا, أصابته / إصابته), so the word before it is compared — as written, with
 * its ة (إصابت → إصابة) or its hamza (أعدائ → أعداء) put back. When one seating of that word
 * is a word and the other is not (أصابت، she hit / إصابت), they are two words.
 */
function oneWord(lex: Lexicon, a: string, b: string): boolean {
  let last = -1;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) last = k;
  for (const p of ENCLITICS) {
    if (!a.endsWith(p) || a.length - p.length <= last + 1) continue;
    const ba = a.slice(0, -p.length);
    const bb = b.slice(0, -p.length);
    const end = ba[ba.length - 1];
    const forms: Array<[string, string]> = [[ba, bb]];
    if (end === 'ت') forms.push([ba.slice(0, -1) + 'ة', bb.slice(0, -1) + 'ة']);
    if (end === 'ئ' || end === 'ؤ') forms.push([ba.slice(0, -1) + 'ء', bb.slice(0, -1) + 'ء']);
    for (const [x, y] of forms) {
      const hx = lex.has(x);
      const hy = lex.has(y);
      if (hx || hy) return hx && hy && sameParadigm(lex, x, y);
    }
  }
  return sameParadigm(lex, a, b);
}

/**
 * Are two spellings that differ only in their hamza seats one word to the lexicon: do they take
 * the same endings? The lexicon is a minimal automaton, so two prefixes take the same endings
 * exactly when they reach the same node; walked side by side, two spellings meet once their
 * seats are behind them, and stay together. Variants of one word meet at a node that still
 * has endings (الإندونيسي / الأندونيسي before ة، ون …; الإنترنت / الأنترنت). Two words with
 * paradigms of their own meet only where both end (بأعمالهم / بإعمالهم: nothing tells them
 * apart) or never (الإدلاء takes ات، الأدلاء does not; الإمارات takes ي): not one word.
 * When a spelling is not a word as a whole (its proclitics put back by candidateWords), they
 * are walked from the first seat that differs.
 */
function sameParadigm(lex: Lexicon, a: string, b: string): boolean {
  let from = firstChange(a, b);
  let last = from;
  for (let k = from; k < a.length; k++) if (a[k] !== b[k]) last = k;
  if (!lex.has(a) || !lex.has(b)) {
    a = a.slice(from);
    b = b.slice(from);
    last -= from;
    from = 0;
  }
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.length; k++) {
    na = lex.step(na, a.charCodeAt(k));
    nb = lex.step(nb, b.charCodeAt(k));
    if (na < 0 || nb < 0) return false;
    if (k >= last && na === nb) return hasEndings(lex, na);
  }
  return false;
}

/** Does any letter lead on from this node of the lexicon (is it more than a word's end)? */
function hasEndings(lex: Lexicon, node: number): boolean {
  for (let l = 0; l < 36; l++) if (lex.stepIndex(node, l) >= 0) return true;
  return false;
}

/** Is the word before or after token i an Arabic word the lexicon does not know in any spelling (a name)? */
function unknownNeighbour(d: DocLex, i: number): boolean {
  for (const k of [d.prevWord(i), d.nextWord(i)]) {
    if (k >= 0 && d.unknown(k)) return true;
  }
  return false;
}

/**
 * One-letter proclitics (with و/ف before them) that also begin many foreign names: ب ك س, and
 * ف alone. Not ل: لأول، لأحسن، لإيجاد are too common a slip to lose their fix over a name.
 */
const CLITIC_BEFORE = /^(?:[وف]?[بكس]|ف)$/;
/** The longest stem (from the hamza on) read after such a proclitic with a fix not preferred. */
const CLITIC_STEM = 4;

/** One-letter proclitics before a stem (the article aside): و ف, then ب ك ل س. */
const ONE_LETTER_CLITICS = /^[وف]?[بكلس]?$/;

/**
 * Is the hamza reading of w (`cand`, its stem from `at`: a proclitic before it) one the
 * lexicon gives that proclitic? Foreign names read as proclitic + a hamza word (واتساب،
 * لابيد، لانسيت، سانوفي، فانيسا، بارشين، فاكسيرا، لاتام، كامليا، كانجيا) are not:
 * - the lexicon must hold the whole reading (سأنوفي، بأرشين، كأنجيا are found only by setting
 *   the proclitic aside: the lexicon gives it no such word);
 * - after ب ك ل (prepositions) the stem must be a noun: the lexicon takes it, or it with its
 *   pronoun set aside, with ب or ك (لأوباما، لأطفالهم; not أبيد، أنسيت، آتام: verbs — لأبيد
 *   would be «so that I destroy», لأنسيت «for did-you-forget»);
 * - after و ف the stem must be a noun (ب / ك) or a verb (the future س: سأضاف for وأضاف), as
 *   it is or with a pronoun or a past ending set aside (وأضافت، وأصابوا، وأهلكتها); after و
 *   only, also a noun with its tanween alef set aside (واقليميا، واطفالا: بإقليمي، بأطفال) and
 *   a past verb with its pronoun set aside that is a word itself (واسستها، واعطتها: أسست،
 *   أعطت, with أسسوا، أعطوا) — not after ف: أنيسا، إكسيرا are nouns only that way, and news
 *   copy is far likelier to hold the names Vanessa and Vacsera than فأنيسا, فإكسيرا;
 * - known loanwords (واتساب) never.
 * A real slip on a rarer word loses only the preference: the fix is still offered.
 */
function cliticTakes(lex: Lexicon, w: string, cand: string, at: number): boolean {
  if (LOANWORDS.has(w) || !lex.has(cand)) return false;
  const last = w[at - 1];
  const prep = last === 'ب' || last === 'ك' || last === 'ل';
  if (!prep && last !== 'و' && last !== 'ف') return true;
  const stem = cand.slice(at);
  const bases = [stem];
  for (const e of ENCLITICS) if (stem.endsWith(e) && stem.length - e.length >= 3) bases.push(stem.slice(0, -e.length));
  const noun = (x: string) => lex.has('ب' + x) || lex.has('ك' + x);
  if (prep) return bases.some(noun);
  for (const b of bases) {
    if (noun(b) || lex.has('س' + b)) return true;
    for (const e of PAST_ENDINGS) if (b.endsWith(e) && b.length - e.length >= 3 && lex.has('س' + b.slice(0, -e.length))) return true;
  }
  if (last !== 'و') return false;
  // After و only (the names are ف's: فانيسا، فاكسيرا), and with the rest still a word of the
  // lexicon: a noun with its tanween alef set aside (واقليميا → إقليمي، واطفالا → أطفال،
  // واخيرا → أخير: بإقليمي، بأطفال are words), and a past verb with its pronoun set aside
  // whose future the س test misses (واسستها → أسست، واعطتها → أعطت: سأسس، سأعط are no words;
  // أسست is one, and أسسوا tells it for a verb).
  if (/[^ا]ا$/.test(stem) && stem.length >= 4 && noun(stem.slice(0, -1))) return true;
  for (const b of bases) {
    if (b === stem || !lex.has(b)) continue;
    for (const e of PAST_ENDINGS) if (b.endsWith(e) && b.length - e.length >= 3 && lex.has(b.slice(0, -e.length) + 'وا')) return true;
  }
  return false;
}

/** Is candidate c of w a reading as one-letter proclitic + a hamza word of at most CLITIC_STEM letters that the lexicon does not give that proclitic? */
function shortCliticReading(lex: Lexicon, w: string, c: string): boolean {
  const at = firstChange(w, c);
  return at > 0 && w[at] === ALEF && w.length - at <= CLITIC_STEM && ONE_LETTER_CLITICS.test(w.slice(0, at)) && !cliticTakes(lex, w, c, at);
}

/** Past-tense endings set aside to find the verb (أضافت، أصابوا، أعطيتم). */
const PAST_ENDINGS = ['ت', 'وا', 'تا', 'تم', 'نا', 'ن'];

/** Where the fix first differs from the word as written. */
function firstChange(written: string, fixed: string): number {
  for (let k = 0; k < written.length; k++) if (written[k] !== fixed[k]) return k;
  return written.length;
}

/** The shortest stem (from the hamza on) whose seat the draft's other words may decide. */
const FOLLOW_STEM = 6;
const STEM_PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'بال', 'لل', 'فال', 'وبال', 'ولل'];

/** Does the draft write this stem (a hamza word) as a word of its own, proclitics aside? */
function writesWord(d: DocLex, stem: string): boolean {
  const forms = d.forms;
  for (const p of STEM_PROCLITICS) if (forms.has(p + stem)) return true;
  return false;
}

/** The hamza letter a fix writes and the two letters after it: a word family's mark (أكد). */
function familyKey(written: string, fixed: string): string {
  for (let k = 0; k < written.length; k++) if (written[k] !== fixed[k]) return fixed.slice(k, k + 3);
  return '';
}

/** Hamzat-wasl words: forms VII, VIII and X verbs and verbal nouns, and اسم، ابن، اثنان، امرأة. */
const WASL = /^ا(?:ست.|[^ا]ت|ت.|ن[^ا]|سم|بن|ثن|مرأ|مرؤ)/;

/**
 * Loanwords that only look like form X (است…): their إ is a hamzat qat' the lexicon lacks —
 * الإسترليني (sterling: the business desk's «الجنيه الإسترليني»), إستونيا، إستاد (stadium).
 */
const LOANS_WITH_HAMZA = /^إست(?:رلين|وني|اد(?:$|ا|ي|ه))/;

/** Does the candidate take the hamza off a wasl word (the stem from that alef on has the shape)? */
function waslShape(written: string, cand: string): boolean {
  for (let k = 0; k < written.length; k++) {
    if (written[k] === cand[k]) continue;
    const stem = cand.slice(k);
    // إلتون → التون would read as the article; after the article (الإلتحاق، للإلتزام) the ل is the root's
    if (stem.startsWith('ال') && articleStem(written.slice(0, k)) !== '') return false;
    if (written[k] === 'آ') return false; // a madda is written on purpose (آيتن)
    if (LOANS_WITH_HAMZA.test(written.slice(k))) return false;
    return WASL.test(stem) && (stem.length >= 5 || /^ا(?:سم|بن)/.test(stem));
  }
  return false;
}

function fixSpecs(d: DocLex, i: number, v: Verdict): FixSpec[] {
  const l = d.letters(i)!;
  const text = d.doc.text;
  const tok = d.doc.tokens[i];
  const head = v.preferred >= 0 ? v.preferred : (v.first ?? -1);
  const order = head >= 0 ? [head, ...v.options.map((_, k) => k).filter((k) => k !== head)] : v.options.map((_, k) => k);
  return order.map((k) => {
    const opt = v.options[k];
    const edits = [];
    if (opt.letters.length === l.letters.length) {
      for (let j = 0; j < l.letters.length; j++) {
        if (opt.letters[j] !== l.letters[j]) edits.push({ start: l.offsets[j], end: l.offsets[j] + 1, text: opt.letters[j] });
      }
    } else {
      // ىء / يء → ئ: the last two letters become one
      const n = l.letters.length;
      edits.push({ start: l.offsets[n - 2], end: l.offsets[n - 1] + 1, text: opt.letters.slice(n - 2) });
    }
    // The word as it will read: the original token with these letters replaced.
    let word = '';
    let e = 0;
    for (let p = tok.start; p < tok.end; p++) {
      if (e < edits.length && edits[e].start === p) {
        word += edits[e].text;
        p = edits[e++].end - 1;
      } else word += text[p];
    }
    return { messageId: 'write', data: { word }, edits, preferred: k === v.preferred };
  });
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'hamza',
    category: 'orthography',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing: { ar: 'همزة ناقصة: اكتب «{word}»', en: 'Missing hamza: write “{word}”' },
      wasl: { ar: 'همزة وصل لا تُكتب: اكتب «{word}»', en: 'Hamzat al-wasl is not written: write “{word}”' },
      seat: { ar: 'الهمزة في غير موضعها: اكتب «{word}»', en: 'Hamza on the wrong seat: write “{word}”' },
      yehSeat: { ar: 'الهمزة المتطرفة بعد كسرة تُكتب على ياء (ئ): اكتب «{word}»', en: 'A final hamza after kasra sits on a yeh seat: write “{word}”' },
      ambiguous: { ar: 'همزة ناقصة: «{words}» بحسب المعنى', en: 'Missing hamza: “{words}” depending on the meaning' },
      variants: { ar: 'همزة ناقصة: «{words}»، كتابتان للكلمة نفسها: اختر إحداهما', en: 'Missing hamza: “{words}”, two spellings of the same word: choose one' },
      draftSeat: { ar: 'الكلمة مكتوبة «{word}» بالهمزة في موضع آخر من النص: وحّد الكتابة', en: 'The draft writes “{word}” with its hamza elsewhere: use one spelling' },
      anAfterQala: { ar: 'بعد «{prev}» تُكسر همزة «إنّ»: اكتب «{word}»', en: 'After “{prev}” it is إنّ: write “{word}”' },
      anStart: { ar: 'في أول الجملة تُكسر همزة «إنّ»: اكتب «{word}»', en: 'At the start of a sentence it is إنّ: write “{word}”' },
      anAfterFa: { ar: 'بعد الفاء تُكسر همزة «إنّ»: اكتب «{word}»', en: 'After فـ it is إنّ: write “{word}”' },
      anAfterVerb: { ar: 'بعد «{prev}» تُفتح همزة «أنّ»: اكتب «{word}»', en: 'After “{prev}” it is أنّ: write “{word}”' },
      anAfterPrep: { ar: 'بعد حرف الجر تُفتح همزة «أنّ»: اكتب «{word}»', en: 'After a preposition it is أنّ: write “{word}”' },
      anBeforeVerb: { ar: 'قبل الفعل المضارع «{prev}» تأتي «أنْ» المصدرية: اكتب «{word}»', en: 'Before the present-tense verb “{prev}” it is the particle أنْ: write “{word}”' },
      clitic: { ar: 'إن كان أولها حرفا متصلا فاكتب «{word}» (وقد تكون اسما أجنبيا)', en: 'If it begins with a clitic, write “{word}” (it may be a foreign name)' },
      maybeName: { ar: 'إن لم تكن اسما فاكتب «{word}»', en: 'Unless it is a name, write “{word}”' },
      write: { ar: 'اكتب «{word}»', en: 'Write “{word}”' },
    },
    docs: {
      description: { ar: 'همزة القطع الناقصة وهمزة الوصل المكتوبة', en: 'Missing hamza on alef, and hamza written on hamzat al-wasl' },
      explanation: {
        ar: 'يُنبَّه على الكلمة حين لا تكون كلمة في المعجم وللمعجم كتابة لها تختلف في همزات الألف وحدها: كتابة واحدة تُصلَح تلقائيا (اسرائيل ← إسرائيل، إعتبار ← اعتبار)، وأكثر من كتابة تُعرض كلها دون تفضيل (الافريقية ← الأفريقية أو الإفريقية)، فإن كتب النص الكلمة نفسها بإحداها في موضع آخر فُضِّلت (الاعمال مع الأعمال)، وكذلك إن كتب صيغة أخرى منها والكتابتان صورتان لكلمة واحدة (الاندونيسية مع الإندونيسي)، وإلا قُدِّمت دون تفضيل (امامنا مع الإمام). و«ان» تُحسم بالسياق: بعد «قال» و«قيل» وفي أول الجملة «إن»، وبعد «أكد» و«أضاف» و«يعتقد» و«يبدو» و«عليه» وحروف الجر «أن»، وقبل الفعل المضارع تُفضَّل «أن» وتُعرض «إن» معها (يستطيع أن يعود)، إلا بعد «قال» وفي أول الجملة فتُعرضان بلا تفضيل. والكلمة التي يقبلها المعجم بلا همزة (الانجليزي) تُكتب بهمزتها إذا كتبها النص بها في موضع آخر وكانت الكتابتان للكلمة نفسها.',
        en: 'A word is flagged when it is not in the lexicon and the lexicon spells it differently only in the hamza seats of its alefs: one spelling is fixed automatically (اسرائيل → إسرائيل, إعتبار → اعتبار); several are all offered, none preferred (الافريقية → الأفريقية or الإفريقية); one the text writes elsewhere as that very word is preferred (الاعمال beside الأعمال), as is one it writes in another form when the spellings are variants of one word (الاندونيسية beside الإندونيسي); otherwise it is shown first, not preferred (امامنا beside الإمام). ان is settled by context: after قال and قيل and at the start of a sentence إن, after أكد, أضاف, يعتقد, يبدو, عليه and prepositions أن; before a present-tense verb أن is preferred and إن offered beside it (يستطيع أن يعود), but for after قال and at the start of a sentence, where both are offered, none preferred. A word the lexicon accepts bare (الانجليزي) is given its hamza where the draft writes that same word with it elsewhere.',
      },
      good: 'وأكد وزير الخارجية الإسرائيلي أن الاجتماع عُقد أمس في إطار الاتفاق.',
      bad: 'واكد وزير الخارجية الاسرائيلي ان الاجتماع عُقد امس في اطار الإتفاق.',
    },
  },
  check(ctx: RuleContext<Record<string, never>>) {
    const { doc, shared } = ctx;
    const toks = doc.tokens;
    // Only a word whose folded form holds an alef is judged (every hamza seat folds to ا): the
    // lexicon is asked for from the first one on (a draft with none needs no lexicon).
    let i = 0;
    while (i < toks.length && !(toks[i].kind === 'word' && holdsAlef(toks[i].norm))) i++;
    if (i === toks.length) return;
    const d = docLex(doc);
    // Then the words go by their forms (a FOREIGN one hamzaVerdict leaves alone): a form with no
    // alef in its letters (so none in its folded form), or that its letters alone leave alone
    // (quietForm: most words, known and of no closed class), is passed over.
    d.forEachLoud(FORM_MEMO_HAMZA, i, (f, k) => !someAlef(d.formLettersOf(f)) || quietForm(d, k, f), (i) => {
      const t = toks[i];
      const v = hamzaVerdict(d, i, shared);
      if (!v) return;
      const fixes = fixSpecs(d, i, v);
      const pi = v.decidedBy ?? d.prevWord(i);
      ctx.report({
        start: t.start,
        end: t.end,
        messageId: v.messageId,
        data: {
          word: fixes[0].data!.word,
          words: fixes.map((f) => f.data!.word).join(' / '),
          prev: pi >= 0 ? doc.text.slice(doc.tokens[v.decidedFrom ?? pi].start, doc.tokens[pi].end) : '',
        },
        fixes,
      });
    });
  },
};

export default rule;
