// ornamental-honorific: فخامة، معالي، سعادة، سمو، جلالة … are cut from news copy.
// The fix removes the honorific and keeps the title, joining a proclitic to it the way
// Arabic writes it: معالي الوزير → الوزير، لفخامة الرئيس → للرئيس، وصاحب السمو الأمير → والأمير.
// Pronoun forms (معاليه، سموه) are reported without a fix: the sentence needs rewording.
// A role noun in construct with a definite noun is a title (معالي وزير الاستثمار، سمو ولي العهد،
// ومعالي أمين عام المجلس). Not before a title, an honorific is a noun when a proclitic is
// attached (وبفخامة ما بعدها فخامة) and not reported; without one (معالي رئيسها) the cut is
// offered, not preferred.
// Left alone (audit on published news): سعادته «his happiness» and سيادتها «its sovereignty»
// unless the form is who speaks or acts (وأكد سعادته أن، اطلع سعادته على، وثمن سعادته الجهود); an address (يا سمو
// الأمير: «يا الأمير» is no Arabic); a quotation, which keeps the speaker's words.
// Nouns, not honorifics (adversarial run): حضرة «presence» after في or بـ (في حضرة الرئيس);
// سعادة «happiness» before a title no one is given سعادة (وظهرت سعادة اللاعب، بدت سعادة
// الرئيس: a president is فخامة); a word with the article after فخامة or معالي (فخامة المكان،
// معالي الأمور); and the title of a work (فيلم معالي الوزير، مسلسل صاحب السعادة).

import { originalPrefixLength, segment } from '../../text/arabic';
import { foldChar, foldedWithConjunctions, foldString, stripMarks } from '../../text/fold';
import type { AnalysedDocument } from '../../text/document';
import { optionDoc } from '../../messages';
import type { Rule } from '../../types';
import { HONORIFIC_PRONOUNS, HONORIFICS, inQuotation, joinProclitic, NOUN_PRONOUNS, TITLE_SET, watchWords, ListedWords, withProclitics, wordsIn } from './titles';

interface Options {
  /** Extra honorifics (words or phrases) to cut, beyond the built-in list. */
  extra: string[];
  /** Honorifics the house keeps (e.g. جلالة for a monarch). */
  allow: string[];
}

export interface Phrase {
  words: string[];
  needsTitle: boolean;
  /** A house's own honorific (option extra): cut before any word, as before. */
  extra?: boolean;
}

/** What the rule looks for under a house's options, kept by options (built once, not once a check). */
export interface Matcher {
  /** Folded phrases, longest first. */
  phrases: Phrase[];
  pronouns: Set<string>;
  /** The first words of every phrase and the pronoun forms, with any proclitic: one lookup rejects the rest. */
  firstForms: Set<string>;
}

const matchers = new Map<string, Matcher>();

/** An `extra` entry as the rule reads it: its words, split at white space, each folded. */
export function foldPhrase(entry: string): string[] {
  return entry.split(/\s+/).filter(Boolean).map((w) => foldString(w));
}

/** The `allow` option as the rule compares it with a phrase's folded words joined by a space: each entry folded whole. */
export function foldAllow(allow: readonly string[]): Set<string> {
  return new Set(allow.map((w) => foldString(w)));
}

export function matcherFor(options: Options): Matcher {
  const key = JSON.stringify([options.extra, options.allow]);
  let m = matchers.get(key);
  if (m) return m;
  const allow = foldAllow(options.allow);
  const phrases: Phrase[] = [
    ...options.extra.map((e) => ({ words: foldPhrase(e), needsTitle: false, extra: true })),
    ...HONORIFICS.map((h) => ({ words: h.words.map((w) => foldString(w)), needsTitle: h.needsTitle })),
  ].filter((p) => p.words.length > 0 && !allow.has(p.words.join(' ')));
  phrases.sort((a, b) => b.words.length - a.words.length);
  const pronouns = new Set(HONORIFIC_PRONOUNS.map((w) => foldString(w)).filter((w) => !allow.has(w)));
  m = { phrases, pronouns, firstForms: withProclitics([...phrases.map((p) => p.words[0]), ...pronouns]) };
  if (matchers.size >= 64) matchers.clear();
  matchers.set(key, m);
  return m;
}

const NOUN_PRONOUN_SET: ReadonlySet<string> = new Set(NOUN_PRONOUNS.map((w) => foldString(w)));

/**
 * The first forms under the default options, watched (wordsIn): a house's `allow` only takes
 * phrases and pronouns away, so every matcher without `extra` looks for some of these words.
 */
const DEFAULT_FIRST_FORMS: ReadonlySet<string> = watchWords(new Set(matcherFor({ extra: [], allow: [] }).firstForms));

/** What a speaker's words start with (وأكد سعادته أن، وأضاف سيادته قائلا), folded. */
const SPEECH = new Set(['أن', 'إن', 'أنه', 'أنها', 'بأن', 'بأنه', 'بأنها', 'قائلا', 'قائلة'].map((w) => foldString(w)));

/** Prepositions a doer's verb takes after its subject (اطلع سعادته على، أشار سيادته إلى), folded. */
const AFTER_DOER = new Set(['على', 'إلى'].map((w) => foldString(w)));

/**
 * Verbs whose subject, written after them in the news order (وثمن سعادته الجهود، وقال سيادته
 * خلال الاجتماع، مشيدا سعادته بـ), is a person: past third person and the circumstantial
 * participle, canonical spelling. Only verbs that cannot take «his happiness» or «its
 * sovereignty» as their object: not أبدى، أظهر، أعلن، أكد، مؤكدا، أخفى (أبدى سعادته بالفوز,
 * «he showed his happiness»), not احترم، انتهك، استعاد، بسط، فرض (انتهك سيادتها), not زاد (زاد
 * سعادته); nor words as often something else: بين («between»: بين سعادته وحزنه), عبر
 * («through»), أمر («matter»: أمر سيادتها). أكد and أعلن still count through what follows
 * them (وأكد سعادته أن: SPEECH).
 */
const DOER_VERBS = [
  'قال', 'أضاف', 'أوضح', 'أشار', 'أشاد', 'ثمن', 'نوه', 'شدد', 'كشف', 'صرح', 'أفاد', 'أعرب', 'رحب', 'دعا', 'لفت', 'أردف',
  'استطرد', 'تابع', 'استقبل', 'التقى', 'افتتح', 'دشن', 'زار', 'تفقد', 'اطلع', 'اطمأن', 'رعى', 'شهد', 'حضر', 'ترأس', 'رأس',
  'قدم', 'وجه', 'بحث', 'ناقش', 'تسلم', 'سلم', 'كرم', 'وقع', 'هنأ', 'بارك', 'قلد', 'منح', 'أصدر', 'وافق', 'اعتمد', 'استعرض',
  'تطرق', 'تحدث', 'ألقى', 'أبلغ', 'حث', 'أثنى', 'أجاب', 'تناول', 'استمع', 'تجول', 'توجه', 'غادر', 'وصل', 'اختتم',
  'أدلى', 'أطلق', 'شكر', 'أجرى', 'عقد', 'ودع', 'أوصى', 'طالب',
];
const DOER_PARTICIPLES = [
  'مشيرا', 'مضيفا', 'موضحا', 'لافتا', 'منوها', 'مشددا', 'داعيا', 'معربا', 'مثمنا', 'مشيدا', 'مرحبا', 'مطالبا', 'موجها', 'مستعرضا',
];

/**
 * Of those, the verbs only a person does (قال، استقبل، افتتح، تفقد …): not وصل، شهد، تسلم، سلم،
 * منح، وقع، تابع، حضر، كشف, which happiness or sovereignty may do too (ووصلت سعادتها ذروتها،
 * وشهدت سيادتها انتهاكات، وتسلمت سيادتها على الجزر).
 */
const PERSON_VERBS = new Set([
  'قال', 'أضاف', 'أوضح', 'أشار', 'أشاد', 'ثمن', 'نوه', 'شدد', 'صرح', 'أفاد', 'رحب', 'دعا', 'لفت', 'أردف', 'استطرد', 'استقبل',
  'التقى', 'افتتح', 'دشن', 'زار', 'تفقد', 'اطلع', 'اطمأن', 'ترأس', 'كرم', 'هنأ', 'قلد', 'استعرض', 'تطرق', 'تحدث', 'ألقى',
  'أبلغ', 'حث', 'أثنى', 'أجاب', 'استمع', 'تجول', 'ناقش', 'أدلى', 'شكر', 'ودع', 'أوصى', 'طالب',
  ...DOER_PARTICIPLES,
]);

/** A verb's third person feminine: the past drops a final alef or alef maqsura (دعا دعت، ألقى ألقت); a participle takes ة for ا (مشيرا مشيرة). */
function feminine(verb: string): string {
  if (DOER_PARTICIPLES.includes(verb)) return verb.slice(0, -1) + 'ة';
  return /[اى]$/.test(verb) ? verb.slice(0, -1) + 'ت' : verb + 'ت';
}

/**
 * The verbs above, folded, with و or ف, by the gender of the title they agree with. سعادة
 * «happiness» and سيادة «sovereignty» are feminine: a masculine verb before «سعادته» has the man
 * for its subject, never his happiness (وزادت سعادته: his happiness grew). A feminine verb agrees
 * with both, so before سعادتها / سيادتها only a verb no happiness or sovereignty does counts.
 */
const DOER_FORMS: Readonly<Record<'m' | 'f', ReadonlySet<string>>> = {
  m: new Set([...DOER_VERBS, ...DOER_PARTICIPLES].flatMap((v) => ['', 'و', 'ف'].map((c) => c + foldString(v)))),
  f: new Set([...PERSON_VERBS].flatMap((v) => ['', 'و', 'ف'].map((c) => c + foldString(feminine(v))))),
};

/** Adjectives of سعادة «happiness» (أبدى سعادته الكبيرة): what follows the noun, never the title, folded. */
const HAPPINESS_ADJECTIVES = new Set(['الكبيرة', 'البالغة', 'الغامرة', 'العارمة', 'الشديدة', 'الكاملة', 'التامة', 'الوطنية'].map((w) => foldString(w)));

/** Nouns whose next words are the title of a work (فيلم معالي الوزير، مسلسل صاحب السعادة), with any proclitic. */
const WORK_NOUNS: ReadonlySet<string> = withProclitics(
  ['فيلم', 'مسلسل', 'رواية', 'كتاب', 'أغنية', 'مسرحية', 'برنامج', 'قصيدة', 'ديوان', 'ألبوم', 'الفيلم', 'المسلسل', 'الرواية', 'الأغنية', 'المسرحية'].map((w) => foldString(w)),
);

/**
 * The titles سعادة is given to as an honorific (سعادة السفير، سعادة المستشار، سعادة اللواء),
 * folded. Before any other (سعادة اللاعب، سعادة الفنان، سعادة الرئيس: a president is فخامة) it is
 * «happiness».
 */
const SAADA_TITLES: ReadonlySet<string> = new Set(
  [
    'السفير', 'السفيرة', 'الوزير', 'الوزيرة', 'المستشار', 'المستشارة', 'النائب', 'النائبة', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'المشير', 'الشيخ', 'الشيخة',
    'الدكتور', 'الدكتورة', 'المهندس', 'المهندسة', 'السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'المحافظ', 'المحافظة', 'القاضي', 'المحامي', 'المحامية',
    // the Gulf desk: سعادة وكيل الوزارة، سعادة أمين منطقة الرياض (a region's mayor)
    'الوكيل', 'الأمين',
  ].map((w) => foldString(w)),
);

/**
 * Is the word at token k the head of a company's office that سعادة is given to: الرئيس
 * التنفيذي (not الرئيس alone: «سعادة الرئيس» is the president's happiness, a president being
 * فخامة), رئيس مجلس (الإدارة، الأمناء)?
 */
function companyHead(doc: AnalysedDocument, k: number): boolean {
  const n = nextWord(doc, k);
  if (n < 0) return false;
  const head = doc.tokens[k].norm;
  const next = doc.tokens[n].norm;
  if (head === 'الرئيس' || head === 'الرئيسه') return next === 'التنفيذي' || next === 'التنفيذيه';
  if (head === 'رئيس' || head === 'رئيسه') return next === 'مجلس';
  return false;
}

/**
 * Words after which سعادة is a noun they take (ووسط سعادة السفير، وظهرت سعادة …، وشهدت الجلسة
 * سعادة …): before a title it is given to, the cut is only offered. Folded, with و or ف. Not the
 * masculine شهد, whose subject the honorific is (وشهد سعادة السفير توقيع الاتفاقية: «attended»).
 */
const HAPPINESS_BEFORE: ReadonlySet<string> = foldedWithConjunctions(['وسط', 'ظهرت', 'بدت', 'عمت', 'غمرت', 'شهدت', 'زادت', 'تضاعفت', 'عكست', 'انعكست', 'سادت', 'مدى', 'سر', 'مصدر', 'رغم', 'عن', 'أبدى', 'أظهر', 'أخفى', 'لم', 'تخف']);

/** Nouns with the article after فخامة or معالي that stand for a person (معالي الأمين العام), folded. */
/**
 * Role nouns that, in construct with a definite noun, are a title (معالي وزير الاستثمار، سمو ولي
 * العهد، ومعالي أمين عام المجلس، دولة رئيس الوزراء): the honorific before them is cut as before
 * a title, and with a proclitic too (ومعالي وزير الدولة).
 */
const ROLES_IN_CONSTRUCT: ReadonlySet<string> = new Set(['وزير', 'وزيرة', 'رئيس', 'رئيسة', 'سفير', 'سفيرة', 'نائب', 'أمين', 'محافظ', 'مدير', 'وكيل', 'مستشار', 'قائد', 'ولي', 'مساعد', 'مندوب', 'ممثل', 'حاكم', 'أمير', 'أميرة', 'مفتي'].map((w) => foldString(w)));

/**
 * Religious offices فضيلة is given to besides the titles (فضيلة المفتي: the courts desk's death
 * sentences, «إحالة أوراق المتهم إلى فضيلة المفتي»), folded.
 */
const FADILA_OFFICES: ReadonlySet<string> = new Set(['المفتي', 'العلامة', 'المرشد', 'المطران', 'القس'].map((w) => foldString(w)));

/** Is token k a role noun (ROLES_IN_CONSTRUCT) in construct with a definite noun, or with عام and one (أمين عام المجلس)? */
function roleTitle(doc: AnalysedDocument, k: number): boolean {
  if (!ROLES_IN_CONSTRUCT.has(doc.tokens[k].norm)) return false;
  let n = nextWord(doc, k);
  if (n >= 0 && doc.tokens[n].norm === 'عام') n = nextWord(doc, n);
  // أمير منطقة مكة المكرمة، محافظ محافظة جدة: a province's name after its word (the Gulf desk)
  if (n >= 0 && PROVINCE_WORDS.has(doc.tokens[n].norm)) return nextWord(doc, n) >= 0;
  return n >= 0 && doc.tokens[n].norm.startsWith('ال');
}

/** Words for a province or city before its name (منطقة الرياض، محافظة جدة، إمارة دبي), folded. */
const PROVINCE_WORDS: ReadonlySet<string> = new Set(['منطقة', 'محافظة', 'إمارة', 'مدينة', 'ولاية', 'مقاطعة'].map((w) => foldString(w)));

const PERSON_NOUNS: ReadonlySet<string> = new Set(['الأمين', 'المفتي', 'المدير', 'المندوب', 'الحاكم', 'المشرف', 'الممثل', 'الوكيل', 'المبعوث', 'القائد'].map((w) => foldString(w)));

/** The vocative particle: «يا سمو الأمير» cannot lose its honorific («يا الأمير»). */
const VOCATIVE = new Set(['يا', 'ويا', 'فيا', 'أيا'].map((w) => foldString(w)));

/**
 * سعادته، سيادتها … (NOUN_PRONOUNS) as a person, not «his happiness», «its sovereignty»: the
 * form stands alone (no ب/ل/ك), not after عن (أعرب عن سعادته), and either what follows is what a
 * speaker says (أن، إن، a colon) or the preposition of a doer's verb (اطلع سعادته على; for
 * سيادة not على: سيادتها على أراضيها is sovereignty over), or the word before it is a verb the
 * form is the subject of (وثمن سعادته الجهود، وقال سيادته خلال: news copy puts the verb first,
 * and what follows it is then anything the verb takes).
 */
function personPronoun(doc: AnalysedDocument, i: number, stem: string, prep: string): boolean {
  if (prep) return false;
  const prev = doc.prevSignificant(i);
  if (prev && prev.kind === 'word' && prev.norm === 'عن') return false;
  const next = doc.nextSignificant(i);
  if (next && next.kind === 'word' && HAPPINESS_ADJECTIVES.has(next.norm)) return false;
  if (prev && prev.kind === 'word' && DOER_FORMS[stem.endsWith('ها') ? 'f' : 'm'].has(prev.norm)) return true;
  if (!next) return false;
  if (next.kind === 'punct') return doc.text[next.start] === ':';
  if (next.kind !== 'word') return false;
  if (SPEECH.has(next.norm)) return true;
  return AFTER_DOER.has(next.norm) && !(stem.startsWith('سياد') && next.norm === 'علي');
}

/** Index of the next word token after i on the same line (skipping spaces), or -1. */
function nextWord(doc: AnalysedDocument, i: number): number {
  for (let k = i + 1; k < doc.tokens.length; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'space' || t.kind === 'format') continue;
    return t.kind === 'word' ? k : -1;
  }
  return -1;
}

const rule: Rule<Options> = {
  meta: {
    id: 'ornamental-honorific',
    category: 'honorifics',
    defaultSeverity: 'warning',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        extra: { type: 'array', items: { type: 'string' }, ...optionDoc({ en: 'More honorifics to cut.', ar: 'ألقاب تفخيم أخرى تُحذف.' }) },
        allow: { type: 'array', items: { type: 'string' }, ...optionDoc({ en: 'Honorifics the house style keeps.', ar: 'ألقاب تفخيم يبقيها أسلوب التحرير.' }) },
      },
      additionalProperties: false,
    },
    defaultOptions: { extra: [], allow: [] },
    messages: {
      honorific: { ar: 'لقب تفخيم «{word}» لا يُستعمل في الخبر: احذفه', en: 'Ornamental honorific “{word}” has no place in news copy: cut it' },
      pronoun: { ar: '«{word}» صيغة تفخيم: أعد صياغة الجملة بالاسم أو الضمير', en: '“{word}” is an ornamental form: reword with the name or a plain pronoun' },
      remove: { ar: 'احذف «{word}»', en: 'Remove “{word}”' },
    },
    docs: {
      description: { ar: 'ألقاب التفخيم (فخامة، معالي، سمو…) في نص الخبر', en: 'Ornamental honorifics (فخامة, معالي, سمو …) in news copy' },
      explanation: {
        ar: 'تُحذف ألقاب التفخيم من الخبر ويبقى اللقب الوظيفي: «معالي الوزير» ← «الوزير»، «لفخامة الرئيس» ← «للرئيس»، «ومعالي وزير الاستثمار» ← «ووزير الاستثمار»، «سمو ولي العهد» ← «ولي العهد». صيغ الضمير (معاليه، سموه) يُنبَّه عليها بلا إصلاح تلقائي لأن الجملة تحتاج إعادة صياغة؛ و«سعادته» و«سيادتها» لا يُنبَّه عليهما إلا حيث يدلان على شخص يتكلم أو يفعل («وأكد سعادته أن»، «وثمن سعادته الجهود»)، لا على السعادة والسيادة. ولا يُمس النداء («يا سمو الأمير») ولا ما بين علامتي تنصيص.',
        en: 'Ornamental honorifics are cut and the functional title kept: معالي الوزير → الوزير, لفخامة الرئيس → للرئيس, ومعالي وزير الاستثمار → ووزير الاستثمار, سمو ولي العهد → ولي العهد. Pronoun forms (معاليه, سموه) are reported without an automatic fix, since the sentence needs rewording; سعادته and سيادتها only where they stand for a person who speaks or acts (وأكد سعادته أن, وثمن سعادته الجهود), not for “his happiness” or “its sovereignty”. An address (يا سمو الأمير) and quotations are left alone.',
      },
      good: 'استقبل الرئيس السفير الصيني.',
      bad: 'استقبل فخامة الرئيس السفير الصيني.',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const text = doc.text;
    const { phrases, pronouns, firstForms } = matcherFor(options);
    const toks = doc.tokens;
    // without `extra`, only the words of the default first forms are visited: from each token
    // on, the next one (the test below is theirs); with it, every token
    const forms = options.extra.length === 0 ? new ListedWords(wordsIn(doc, DEFAULT_FIRST_FORMS)) : undefined;
    for (let i = 0; i < toks.length; i++) {
      if (forms) {
        i = forms.from(i);
        if (i < 0) break;
      }
      const t = toks[i];
      if (t.kind !== 'word' || !firstForms.has(t.norm)) continue;
      if (inQuotation(doc, t.start)) continue;
      const before = doc.prevSignificant(i);
      if (before && before.kind === 'word' && VOCATIVE.has(before.norm)) continue;
      for (const seg of segment(t.norm, 2)) {
        if (seg.article || seg.prep === 'س') continue;
        if (pronouns.has(seg.stem)) {
          if (NOUN_PRONOUN_SET.has(seg.stem) && !personPronoun(doc, i, seg.stem, seg.prep)) break;
          const start = t.start + originalPrefixLength(text.slice(t.start, t.end), seg.prefix.length, (c) => foldChar(c));
          ctx.report({ start, end: t.end, messageId: 'pronoun', data: { word: text.slice(start, t.end) } });
          break;
        }
        const phrase = phraseAt(phrases, doc, i, seg.stem);
        if (!phrase) continue;
        const last = matchWords(doc, i, phrase.words);
        const title = nextWord(doc, last);
        if (title < 0) break;
        const titleTok = toks[title];
        // (سعادة is also given to a company's head: «سعادة الرئيس التنفيذي للشركة»، «سعادة رئيس
        // مجلس الإدارة»; review: the cut had been lost)
        const saadaOffice = phrase.words.length === 1 && phrase.words[0] === 'سعاده' && companyHead(doc, title);
        const role = !saadaOffice && roleTitle(doc, title);
        const fadilaOffice = phrase.words.length === 1 && phrase.words[0] === 'فضيله' && FADILA_OFFICES.has(titleTok.norm);
        if (phrase.needsTitle && !TITLE_SET.has(titleTok.norm) && !saadaOffice && !role && !fadilaOffice) break;
        // not before a title (فخامة «grandeur»): with a proclitic a noun (وبفخامة ما بعدها
        // فخامة), without one the cut is only offered; a role in construct is a title (معالي
        // وزير الاستثمار، سمو ولي العهد)
        let titled = phrase.extra === true || TITLE_SET.has(titleTok.norm) || saadaOffice || role || fadilaOffice;
        if (!titled && seg.prefix) break;
        // the title of a work: فيلم معالي الوزير، مسلسل صاحب السعادة
        if (!phrase.extra && before && before.kind === 'word' && WORK_NOUNS.has(before.norm)) break;
        // فخامة المكان، معالي الأمور: a noun with the article that is no title is the honorific's own noun
        if (!titled && titleTok.norm.startsWith('ال') && !PERSON_NOUNS.has(titleTok.norm)) break;
        const head = phrase.words.length === 1 ? phrase.words[0] : '';
        // في حضرة الرئيس، بحضرة القاضي: «in the presence of»
        if (head === 'حضره' && (seg.prep === 'ب' || (before && before.kind === 'word' && (before.norm === 'في' || before.norm === 'وفي' || before.norm === 'ففي')))) break;
        if (head === 'سعاده') {
          // سعادة اللاعب، سعادة الرئيس: «happiness»
          // (and those titles as roles in construct: سعادة سفير الاتحاد الأوروبي, the culture desk)
          if (!SAADA_TITLES.has(titleTok.norm) && !saadaOffice && !(role && SAADA_TITLES.has('ال' + titleTok.norm))) break;
          // ووسط سعادة السفير: his happiness as well as the honorific
          if (!seg.prefix && before && before.kind === 'word' && HAPPINESS_BEFORE.has(before.norm)) titled = false;
        }
        // حضرة، سيادة … are written with ة: حضره (حضر + ه, «attended it») before a title is a verb
        if (phrase.needsTitle && phrase.words.length === 1 && stripMarks(text.slice(toks[last].start, toks[last].end)).endsWith('ه')) break;
        // the honorific without its proclitic, in original characters
        const word = text.slice(t.start, t.end);
        const k = seg.prefix ? originalPrefixLength(word, seg.prefix.length, (c) => foldChar(c)) : 0;
        const start = t.start + k;
        const prefix = word.slice(0, k);
        const honorific = text.slice(start, toks[last].end);
        const titleText = text.slice(titleTok.start, titleTok.end);
        ctx.report({
          start,
          end: toks[last].end,
          messageId: 'honorific',
          data: { word: honorific },
          unnecessary: true,
          fixes: [
            {
              messageId: 'remove',
              data: { word: honorific },
              // one edit from the proclitic to the end of the title: لفخامة الرئيس → للرئيس
              edits: prefix ? [{ start: t.start, end: titleTok.end, text: joinProclitic(prefix, titleText) }] : [{ start, end: titleTok.start, text: '' }],
              preferred: titled,
            },
          ],
        });
        i = last;
        break;
      }
    }
  },
};

/**
 * The first of `phrases` (longest first) that starts with `stem` and whose words follow at token
 * i. (A function of its own: a closure in the rule's loop that captured the loop's index would
 * cost an allocation for every token.)
 */
function phraseAt(phrases: readonly Phrase[], doc: AnalysedDocument, i: number, stem: string): Phrase | undefined {
  for (const p of phrases) if (p.words[0] === stem && matchWords(doc, i, p.words) >= 0) return p;
  return undefined;
}

/** Match folded words starting at token i (the first through any proclitic); returns the last token index or -1. */
function matchWords(doc: AnalysedDocument, i: number, words: string[]): number {
  let k = i;
  for (let w = 1; w < words.length; w++) {
    const n = nextWord(doc, k);
    if (n < 0 || doc.tokens[n].norm !== words[w]) return -1;
    k = n;
  }
  return k;
}

export default rule;
