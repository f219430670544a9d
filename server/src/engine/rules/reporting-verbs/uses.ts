// Where a document attributes: every reporting-verb use, resolved from context.
// Shared by repeated-verb, verb-confusion and the editor's "reporting verbs in this draft".

import { originalPrefixLength } from '../../text/arabic';
import type { AnalysedDocument } from '../../text/document';
import { foldChar, foldedWithConjunctions, foldString, stripMarks } from '../../text/fold';
import { TITLE_SET } from '../honorifics/titles';
import type { Token } from '../../text/tokenize';
import { defineScan, documentScan } from '../../scans';
import { OpenQuotes } from '../../text/quotations';
import { extraLexicon, lookupVerb, maybeVerb, VERB_BY_LEMMA, verbsOf, type Construction, type ExtraLexicon, type VerbMatch, type VerbSpec } from './lexicon';

export interface VerbUse {
  tokenIndex: number;
  /** The verb form without its proclitic (what a finding covers and a swap replaces). */
  start: number;
  end: number;
  /** Offset of the whole word (proclitic included). */
  wordStart: number;
  match: VerbMatch;
  paragraph: number;
  /** Inside a direct quotation «…» / “…” / "…". */
  inQuote: boolean;
  /** The construction that follows (إلى، أن …) and the token index of its word, if found. */
  follower?: { construction: Construction; tokenIndex: number };
}

const ANNA = new Set(['ان', 'انه', 'انها', 'انهم', 'انهما', 'اننا', 'انني', 'اني', 'انكم', 'انهن']);
const BI_ANNA = new Set(['بان', 'بانه', 'بانها', 'بانهم', 'بانهما', 'باننا']);

/**
 * A preposition written as its own word with an enclitic pronoun, folded: the verb's construction
 * all the same (هذا ما أكد عليه، أشار إليها، قال عنها) — right after the verb only, where such a
 * complement stands (further on, «أكدوا في بيان ووقع عليه ناشطون», it is another word's). A swap
 * that would have to rewrite it (إليه → به، عنه → a pronoun object) is not offered: see
 * `pronounPreposition`.
 */
const PREP_PRONOUN: ReadonlyMap<string, Construction> = new Map([
  ...['عليه', 'عليها', 'عليهم', 'عليهما', 'عليهن', 'علينا', 'عليك', 'عليكم'].map((w) => [foldString(w), 'على'] as const),
  ...['إليه', 'إليها', 'إليهم', 'إليهما', 'إليهن', 'إلينا', 'إليك', 'إليكم'].map((w) => [foldString(w), 'إلى'] as const),
  ...['عنه', 'عنها', 'عنهم', 'عنهما', 'عنهن', 'عنا', 'عنك', 'عنكم'].map((w) => [foldString(w), 'عن'] as const),
  ...['منه', 'منها', 'منهم', 'منهما', 'منهن', 'منا', 'منك', 'منكم'].map((w) => [foldString(w), 'من'] as const),
]);

/**
 * The first letters (folded) of every word constructionOf reads as a construction: الي، علي، عن،
 * من، the keys of PREP_PRONOUN, ANNA and BI_ANNA, and ب (a word after بـ).
 */
const CONSTRUCTION_FIRST = new Uint8Array(0x10000);
for (const w of ['الي', 'علي', 'عن', 'من', 'ب', ...PREP_PRONOUN.keys(), ...ANNA, ...BI_ANNA]) CONSTRUCTION_FIRST[w.charCodeAt(0)] = 1;

/** Is this word a preposition with an enclitic pronoun (عليه، إليها …)? */
export function pronounPreposition(t: Token): boolean {
  return t.kind === 'word' && PREP_PRONOUN.has(t.norm);
}

/** The construction a following word starts, if any (`adjacent`: the word comes right after the verb). */
export function constructionOf(t: Token, text: string, adjacent = false): Construction | undefined {
  if (t.kind === 'punct') {
    const c = text[t.start];
    return c === ':' || c === '«' || c === '"' || c === '“' ? ':' : undefined;
  }
  if (t.kind !== 'word') return undefined;
  const n = t.norm;
  // most words start with a letter none of the constructions below starts with: no lookup then
  if (!CONSTRUCTION_FIRST[n.charCodeAt(0)]) return undefined; // ('' gives NaN: no entry)
  if (n === 'الي') return 'إلى';
  if (n === 'علي') return 'على';
  if (n === 'عن') return 'عن';
  if (n === 'من') return 'من';
  const withPronoun = PREP_PRONOUN.get(n);
  if (withPronoun) return adjacent ? withPronoun : undefined;
  if (ANNA.has(n) || BI_ANNA.has(n)) {
    // آن "time" (آن الأوان، في آن واحد، بآن واحد، بين آن وآخر) folds like أن but is no complementizer
    return stripMarks(text.slice(t.start, t.end)).includes('آن') ? undefined : 'أن';
  }
  if (n.length > 3 && n.startsWith('ب') && n !== 'بين' && n !== 'بعد' && n !== 'بعض') return 'ب';
  return undefined;
}

/**
 * The next significant token after index i in the same sentence (with `clause`, in the same
 * clause too: up to a comma or semicolon), or -1.
 */
export function nextInSentence(doc: AnalysedDocument, i: number, clause = false): number {
  const toks = doc.tokens;
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === 'newline') return -1;
    if (t.kind === 'space' || t.kind === 'format') continue;
    if (t.kind === 'punct') {
      const c = doc.text.charCodeAt(t.start);
      if (c === 0x2e || c === 0x61f || c === 0x3f || c === 0x21) return -1; // . ؟ ? !
      if (clause && (c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b)) return -1; // ، , ؛ ;
    }
    return k;
  }
  return -1;
}

/** Up to `n` significant tokens after index i in the same sentence (and clause, with `clause`). */
function following(doc: AnalysedDocument, i: number, n: number, clause = false): number[] {
  const out: number[] = [];
  for (let k = nextInSentence(doc, i, clause); k >= 0 && out.length < n; k = nextInSentence(doc, k, clause)) out.push(k);
  return out;
}

/**
 * Folded words that govern an أن right after them (إلى أن، على أن، كما أن، بعد أن، إلا أن، إما أن
 * …): such an أن after a verb belongs to them, not to the verb.
 */
export const GOVERNS_ANNA: ReadonlySet<string> = new Set(['الي', 'علي', 'كما', 'بعد', 'قبل', 'حتي', 'من', 'عن', 'رغم', 'برغم', 'غير', 'الا', 'بيد', 'لو', 'مع', 'بما', 'ذلك', 'اما', 'واما']);

/** Is this word a form of a reporting verb that takes `c` (يرى before أن, يشير before إلى)? */
function verbTaking(t: Token, text: string, c: Construction): boolean {
  if (t.kind !== 'word') return false;
  return verbsOf(text, t).some((m) => m.kind !== 'masdar' && (VERB_BY_LEMMA.get(m.lemma)?.takes.includes(c) ?? false));
}

/**
 * The construction token t begins (constructionOf), after the folded word `prev`: none for علي
 * right after a title, which is the name (كما أكد النائب علي بدوي أن: the politics desk's reader,
 * whose repeated أكد was offered «شدد» without its على).
 */
export function constructionAfter(t: Token, text: string, first: boolean, prev: string | undefined): Construction | undefined {
  const c = constructionOf(t, text, first);
  return c === 'على' && t.norm === 'علي' && prev !== undefined && TITLE_SET.has(prev) ? undefined : c;
}

/**
 * The first construction `accept`s in the next `window` tokens. With `own`, only a construction
 * that is surely the verb's: none when the first one on the way is another word's, right after
 * a word that governs it (بين خيارين إما أن، بين البلدين قبل أن) or after another reporting verb
 * that takes it (بين رأي يرى أن).
 */
function findFollower(doc: AnalysedDocument, i: number, window: number, accept: (c: Construction) => boolean, clause = false, own = false): VerbUse['follower'] {
  // the tokens of following(doc, i, window, clause), walked in place (no array per candidate)
  const toks = doc.tokens;
  const text = doc.text;
  let prev: Token | undefined;
  let n = 0;
  for (let k = nextInSentence(doc, i, clause); k >= 0 && n < window; k = nextInSentence(doc, k, clause)) {
    const t = toks[k];
    const c = constructionAfter(t, text, n === 0, prev?.kind === 'word' ? prev.norm : undefined);
    n++;
    if (c && accept(c)) {
      // (a colon or a quotation is left to both: وتابع قائلا: «…»)
      if (own && prev?.kind === 'word' && ((c === 'أن' && GOVERNS_ANNA.has(prev.norm)) || (c !== ':' && verbTaking(prev, text, c)))) return undefined;
      return { construction: c, tokenIndex: k };
    }
    prev = t;
  }
  return undefined;
}

const PREV_NOT_VERB = new Set(['فيما', 'ما', 'من', 'في', 'الي', 'علي', 'عن', 'و']);

/** Is word token i right after «على أن» (a condition: على أن تعلن النتيجة)? */
function onCondition(doc: AnalysedDocument, i: number): boolean {
  const a = doc.wordBeside(i, -1);
  if (a < 0 || (doc.tokens[a].norm !== 'ان' && doc.tokens[a].norm !== 'وان')) return false;
  const b = doc.wordBeside(a, -1);
  return b >= 0 && (doc.tokens[b].norm === 'علي' || doc.tokens[b].norm === 'وعلي');
}

/** Particles that negate a present verb (لم يعلن، لن يقول، لا يذكر), folded, with و/ف. */
const NEGATIONS: ReadonlySet<string> = foldedWithConjunctions(['لم', 'لن', 'لا']);

/** Subjects that speak: a title (الوزير، الدكتورة …) or a spokesperson or source, folded. */
const SPEAKERS: ReadonlySet<string> = new Set([
  ...TITLE_SET,
  ...['المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'المسؤول', 'المسؤولة', 'مسؤول', 'مسؤولة', 'مصدر', 'مصادر', 'المصدر', 'المصادر'].map((w) => foldString(w)),
]);
/** Words before a verbal noun (دون ذكر الوزير …): the form is then no verb. */
export const BEFORE_MASDAR_WORDS = ['دون', 'بدون', 'عند', 'بعد', 'قبل', 'مع', 'ب', 'لدى', 'عدم'];
const BEFORE_MASDAR = new Set(BEFORE_MASDAR_WORDS.map((w) => foldString(w)));

/**
 * Prepositions, and nouns that govern a genitive, folded (في، عن، مع، بين، عدم، دون …): a verb
 * form right after one is a noun or a name (عن حذر شديد، مع حذر، فضل عدم ذكر اسمه، في تشدد
 * الحكومة، في أرحب). Not من and ما, which are also "who" and "what" (من قال إن، ما كشف عنه),
 * nor منذ and حتى, which take a verb (منذ قال، حتى قال). على is one only as written with ى (علي
 * is a name too: علي أكد أن).
 */
export const GENITIVE_WORDS = ['في', 'عن', 'مع', 'إلى', 'حول', 'دون', 'بدون', 'عدم', 'عند', 'لدى', 'بين', 'خلال', 'ضمن', 'عبر', 'ضد', 'نحو', 'حسب', 'وفق', 'تجاه', 'قبل', 'بعد'];
const GENITIVE_BEFORE: ReadonlySet<string> = foldedWithConjunctions(GENITIVE_WORDS);
const ALA = new Set(['على', 'وعلى', 'فعلى']);

/**
 * Nouns a form then qualifies as an adjective, by lemma: حذر is حَذِر "cautious" after هدوء or
 * تفاؤل (ساد هدوء حذر، وهدوء حذر في تعز).
 */
export const QUALIFIED_WORDS: Readonly<Record<string, readonly string[]>> = {
  'حذر': ['هدوء', 'وهدوء', 'الهدوء', 'تفاؤل', 'وتفاؤل', 'التفاؤل', 'ترقب', 'وترقب', 'الترقب'],
};
const QUALIFIED: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(QUALIFIED_WORDS).map(([l, ws]) => [l, new Set(ws.map((w) => foldString(w)))]));

/** A past or present form the word before makes a noun (a preposition before it) or an adjective (هدوء حذر). */
function nounByPrevious(doc: AnalysedDocument, i: number, m: VerbMatch): boolean {
  if (m.prefix !== '' || (m.kind !== 'past' && m.kind !== 'present')) return false;
  const prev = doc.prevSignificant(i);
  if (!prev || prev.kind !== 'word') return false;
  if (GENITIVE_BEFORE.has(prev.norm)) return true;
  if (prev.norm.endsWith('علي') && ALA.has(stripMarks(doc.text.slice(prev.start, prev.end)))) return true;
  return QUALIFIED.get(m.lemma)?.has(prev.norm) ?? false;
}

/** Tanween (ً ٌ ٍ, U+064B–U+064D): a word that carries it is a noun or an adjective, never a finite verb (حذراً، رأياً). */
function hasTanween(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x64b && c <= 0x64d) return true;
  }
  return false;
}

/** "Very" (جدا، للغاية) qualifies an adjective, never a finite verb: «فهو حذر جداً من» is حَذِر "cautious". */
const INTENSIFIERS: ReadonlySet<string> = new Set(['جدا', 'للغاية'].map((w) => foldString(w)));

/**
 * Words before a form, by lemma, that make it a predicate adjective: a subject pronoun standing
 * alone (فهو حذر من الوعود، وأنا حذر "cautious"). Not أنه، إنه, after which حذر is the verb
 * («وذكر أنه حذر من التصعيد»). (A pronoun put before the verb for emphasis, «هو حذّر من», is
 * rare in news copy and is read as the adjective too.)
 */
const PREDICATE_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['حذر', new Set(['هو', 'وهو', 'فهو', 'أنا', 'وأنا', 'فأنا', 'أنت', 'وأنت', 'فأنت'].map((w) => foldString(w)))],
]);

/** A past or present form that the word before (a subject pronoun) or after (جدا) makes an adjective. */
function adjectiveByContext(doc: AnalysedDocument, i: number, m: VerbMatch): boolean {
  const next = doc.nextSignificant(i);
  if (next && next.kind === 'word' && INTENSIFIERS.has(next.norm)) return true;
  // (the bare past alone is spelled like the adjective: «وهو يحذر منذ أشهر» is the verb)
  if (m.prefix !== '' || m.kind !== 'past' || m.form !== m.lemma) return false;
  const prev = doc.prevSignificant(i);
  return !!prev && prev.kind === 'word' && (PREDICATE_AFTER.get(m.lemma)?.has(prev.norm) ?? false);
}

// A sound verb's past 3rd feminine singular is spelled like its 1st person singular (and its
// 2nd singular): أكدت is «she affirmed» or «I affirmed». It is read as the 3rd unless its
// context says otherwise (see firstPerson), and the 1st person is then not counted by
// repeated-verb (the writer or a speaker speaking of himself: «أكدت أنني لن أعود»).

/** The 1st person's complementizer (أنني، أني، إنني، إني): «أكدت أنني» has «I» for its subject. */
const ANNA_1S: ReadonlySet<string> = new Set(['انني', 'اني']);
/** A 1st-person pronoun right before the verb, alone or as the subject of أن/إن/لكن (وأنا أكدت، أنني حذرت). */
const BEFORE_1S: ReadonlySet<string> = foldedWithConjunctions(['أنا', 'أنني', 'أني', 'إنني', 'إني', 'لأنني', 'لأني', 'بأنني', 'كأنني', 'لكنني', 'لكني']);
/** Fatha or damma on the last letter: أكدتُ «I», أكدتَ «you» (the 3rd feminine has sukun, or kasra before a hamzat wasl: أكدتِ الوزارة). */
const SECOND_OR_FIRST_VOWEL = /[\u064E\u064F][\u0651\u0640]*$/;

/** لـ with a pronoun of another person than «I» (له، لها، لهم …), folded: «أكدت لي أنني» is «she assured me». */
const TO_PRONOUN: ReadonlySet<string> = new Set(['له', 'لها', 'لهم', 'لهما', 'لهن', 'لك', 'لكم', 'لكما']);
/** Is this form, spelled like the 3rd feminine, the 1st (or 2nd) person here? */
function firstPerson(doc: AnalysedDocument, i: number): boolean {
  const t = doc.tokens[i];
  if (SECOND_OR_FIRST_VOWEL.test(doc.text.slice(t.start, t.end))) return true;
  const prev = doc.prevSignificant(i);
  if (prev && prev.kind === 'word' && BEFORE_1S.has(prev.norm)) return true;
  // أنني/أني after it, with at most a لـ-phrase between (أكدت لهم أنني، أكدت للجنة أنني): no
  // subject stands between, so «I» is the verb's (but «أكدت الوزيرة أنني» is hers)
  for (const k of following(doc, i, 3, true)) {
    const w = doc.tokens[k];
    if (w.kind !== 'word') return false;
    if (ANNA_1S.has(w.norm)) return true;
    if (!TO_PRONOUN.has(w.norm) && !w.norm.startsWith('لل')) return false;
  }
  return false;
}

// عبر is also the preposition عَبْر "via, through, across" (عبر الإنترنت، عبر حسابه): a following
// عن need not be the verb عبّر's. Only the bare form is: عبرت، عبروا، يعبر are verbs alone.

/**
 * Words whose own عن follows them (البحث عن، الحديث عن، بعيدا عن …), folded: «عبر البحث عن الهوية»
 * is "via the search for". Not a word that is also the verb's subject (المسؤول، الدفاع "the
 * defence": وعبر المسؤول عن أمله).
 */
const GOVERNS_AN_WORDS = [
  'البحث', 'بحث', 'الحديث', 'حديث', 'الكشف', 'الإعلان', 'الإفصاح', 'التعبير', 'التخلي', 'التنازل', 'الابتعاد', 'الانفصال',
  'الإفراج', 'الإبلاغ', 'التبليغ', 'السؤال', 'التحدث', 'التوقف', 'الامتناع', 'العجز', 'الاستغناء', 'التعويض', 'الخروج', 'الغياب',
  'بعيدا', 'فضلا', 'عوضا', 'بدلا', 'نيابة', 'عبارة', 'الناتج', 'ناتج', 'ناتجة', 'الناجم', 'ناجم', 'ناجمة',
];
const GOVERNS_AN: ReadonlySet<string> = foldedWithConjunctions(GOVERNS_AN_WORDS, ['و']);
/** What makes عن a locution of its own: عن طريق "by way of", عن بعد "remotely", عن كثب "closely" (not عن قرب: «وعبر المتحدث عن قرب الاتفاق» is the verb). */
const AN_LOCUTION: ReadonlySet<string> = new Set(['طريق', 'بعد', 'كثب'].map((w) => foldString(w)));
/**
 * Words that can follow the verb عبّر but not the preposition, which takes a noun: a preposition
 * (عبر فيها عن، عبر في كلمته عن، عبر له عن) or an adverb (عبر أيضا عن، عبر بدوره عن).
 */
const AFTER_VERB_ONLY: ReadonlySet<string> = new Set(
  ['في', 'فيه', 'فيها', 'فيهم', 'خلال', 'خلاله', 'خلالها', 'له', 'لها', 'لهم', 'لنا', 'أيضا', 'كذلك', 'بدوره', 'بدورها', 'بدورهم', 'مجددا', 'صراحة', 'بوضوح', 'أمس', 'اليوم'].map((w) =>
    foldString(w),
  ),
);
/**
 * What the preposition عبر carries a message through (عبر الإنترنت، عبر حسابه على تويتر، عبر موقعها،
 * عبر الدائرة التلفزيونية): nouns, folded, with or without the article; a pronoun may follow.
 */
const CHANNELS: ReadonlySet<string> = new Set(
  [
    'الإنترنت', 'الانترنت', 'حساب', 'حسابات', 'موقع', 'مواقع', 'صفحة', 'صفحات', 'منصة', 'منصات', 'قناة', 'قنوات', 'وسائل',
    'تويتر', 'فيسبوك', 'فيس', 'إنستغرام', 'انستجرام', 'يوتيوب', 'تيك', 'واتساب', 'سناب', 'تطبيق', 'تطبيقات', 'الهاتف', 'الفيديو',
    'رسالة', 'رسائل', 'بيان', 'تغريدة', 'تغريدات', 'تدوينة', 'منشور', 'البريد', 'الأثير', 'شاشة', 'شاشات', 'برنامج', 'الإذاعة',
    'التلفزيون', 'التليفزيون', 'شبكة', 'الأقمار', 'الدائرة', 'تقنية', 'مكالمة', 'اتصال', 'الحدود', 'المنافذ', 'ميناء', 'مطار', 'البحر',
  ].flatMap((w) => (w.startsWith('ال') ? [w, w.slice(2)] : [w, 'ال' + w])).map((w) => foldString(w)),
);
const PRONOUN_ENDINGS = ['هما', 'هم', 'ها', 'ه', 'نا', 'كم'];
const TEH_MARBUTA = foldString('ة');

/**
 * Is the folded word one of `nouns` (folded) with a possessive pronoun of `pronouns` after it
 * (حسابه، صفحتها: a ة before the pronoun is written ت), its stem `minStem` letters or more?
 * `unless` passes over a stem and pronoun that are another word (ظني is no ظن + ي).
 */
export function possessedNoun(norm: string, nouns: ReadonlySet<string>, pronouns: readonly string[], minStem: number, unless?: (stem: string, pronoun: string) => boolean): boolean {
  for (const p of pronouns) {
    if (!norm.endsWith(p) || norm.length - p.length < minStem) continue;
    const stem = norm.slice(0, -p.length);
    if (unless?.(stem, p)) continue;
    if (nouns.has(stem) || (stem.endsWith('ت') && nouns.has(stem.slice(0, -1) + TEH_MARBUTA))) return true;
  }
  return false;
}

/** Is the folded word a channel (CHANNELS), a possessive pronoun aside (حسابه، صفحتها)? */
function isChannel(norm: string): boolean {
  return CHANNELS.has(norm) || possessedNoun(norm, CHANNELS, PRONOUN_ENDINGS, 3);
}

/**
 * Is the عن after a bare عبر (عبر، وعبر) another word's, عبر being the preposition "via"? Not
 * when عن comes right after it, nor after a preposition or adverb only the verb takes (عبر فيها
 * عن). It is when عن is a locution (عن طريق، عن بعد), when the word before it takes it (عبر
 * البحث عن), or when what follows عبر is a channel a message goes through (أعلن الوزير عبر
 * حسابه على تويتر عن …). Otherwise the verb: its subject stands after it, wherever the clause
 * begins (ومن جانبه عبر الوزير عن، وفي ختام اللقاء عبر الرئيس عن، الوزير عبر لنظيره عن).
 */
function viaPreposition(doc: AnalysedDocument, i: number, m: VerbMatch, f: NonNullable<VerbUse['follower']>): boolean {
  if (m.lemma !== 'عبر' || m.form !== 'عبر' || f.construction !== 'عن') return false;
  const first = following(doc, i, 1)[0];
  if (first === undefined || first === f.tokenIndex) return false;
  if (AFTER_VERB_ONLY.has(doc.tokens[first].norm)) return false;
  const after = doc.nextSignificant(f.tokenIndex);
  if (after && after.kind === 'word' && AN_LOCUTION.has(after.norm)) return true;
  const before = doc.prevSignificant(f.tokenIndex);
  if (before && before.kind === 'word' && GOVERNS_AN.has(before.norm)) return true;
  return doc.tokens[first].kind === 'word' && isChannel(doc.tokens[first].norm);
}

/**
 * An ambiguous verb form whose next word is a speaking subject, and the construction the verb
 * takes later in the same sentence (up to 14 words, across commas): a reporting use. Not for
 * بين, whose "between" reading takes people too (بين الوزير والسفير).
 */
function subjectThenConstruction(doc: AnalysedDocument, i: number, m: VerbMatch, spec: VerbSpec): VerbUse['follower'] {
  if (m.lemma === 'بين' || (m.kind !== 'past' && m.kind !== 'present')) return undefined;
  const next = doc.nextSignificant(i);
  if (!next || next.kind !== 'word' || !SPEAKERS.has(next.norm)) return undefined;
  const prev = doc.prevSignificant(i);
  if (prev && prev.kind === 'word' && (PREV_NOT_VERB.has(prev.norm) || BEFORE_MASDAR.has(prev.norm))) return undefined;
  return findFollower(doc, i, 14, (c) => c !== ':' && spec.takes.includes(c), false, true);
}

/** A goal (هدف and its forms): what a player adds in a match report. */
export const GOAL_WORDS = ['هدف', 'الهدف', 'هدفا', 'هدفه', 'هدفها', 'هدفين', 'الهدفين', 'اهداف', 'الاهداف', 'اهدافا'];
const GOALS = new Set(GOAL_WORDS.map((w) => foldString(w)));

/** Words a goal may come after أضاف: a scorer named with title and nationality takes five (وأضاف المحترف العاجي ديديه ياكونان الهدف الثاني). */
export const GOAL_WINDOW = 6;

/**
 * أضاف «added» a goal, not a statement: a goal word among the next six words (a scorer may
 * stand between: أضاف فابيان الهدف الثاني، يضيف سيرجي روبرتو الهدف الثاني، اضاف المحترف
 * العاجي ياكونان تسجيل الهدف الثالث), before any punctuation or the statement's أن/إن.
 */
function addsAGoal(doc: AnalysedDocument, i: number): boolean {
  const toks = doc.tokens;
  let words = 0;
  for (let k = i + 1; k < toks.length && words < GOAL_WINDOW; k++) {
    const t = toks[k];
    if (t.kind === 'space' || t.kind === 'format') continue;
    if (t.kind !== 'word' || ANNA.has(t.norm)) return false;
    if (GOALS.has(t.norm)) return true;
    words++;
  }
  return false;
}

/** After قال/يقول: a verse or a saying of the Prophet quoted by formula (قال الله تعالى، وقال تعالى، قال رسول الله). */
export const SCRIPTURE_WORDS = ['تعالى', 'سبحانه', 'الله', 'الرسول', 'النبي'];
/** Two-word formulas whose first word is also a name's (قال عز وجل, but وقال عز الدين إن …). */
export const SCRIPTURE_PAIRS: ReadonlyArray<readonly [string, string]> = [['عز', 'وجل'], ['رسول', 'الله'], ['جل', 'جلاله']];
const FORMULA_AFTER_QALA = new Set(SCRIPTURE_WORDS.map((w) => foldString(w)));
const FORMULA_PAIRS = new Map(SCRIPTURE_PAIRS.map(([a, b]) => [foldString(a), foldString(b)]));

function quotesScripture(doc: AnalysedDocument, i: number): boolean {
  const [a, b] = following(doc, i, 2).map((k) => doc.tokens[k]);
  if (!a || a.kind !== 'word') return false;
  if (FORMULA_AFTER_QALA.has(a.norm)) return true;
  const second = FORMULA_PAIRS.get(a.norm);
  return second !== undefined && !!b && b.kind === 'word' && b.norm === second;
}

/**
 * دعا calls for something only with إلى (دعا الأطراف إلى التهدئة، دعت حماس في بيان … الأطراف
 * الدولية إلى التدخل) or لل… (دعت إسرائيل للسماح), later in its sentence; without them it is
 * "invited" or "required" (فدعت عددا من الفنانين، إن دعت الضرورة).
 */
export const CALL_WINDOW = 14;

function callsFor(doc: AnalysedDocument, i: number): boolean {
  for (const k of following(doc, i, CALL_WINDOW)) {
    const t = doc.tokens[k];
    if (t.kind !== 'word') continue;
    if (t.norm === 'الي' || (t.norm.startsWith('لل') && t.norm.length > 4)) return true;
  }
  return false;
}

/** Decide whether a candidate reading is a reporting use here. */
function resolve(doc: AnalysedDocument, i: number, m: VerbMatch, spec: VerbSpec): { ok: boolean; follower?: VerbUse['follower'] } {
  const any = () => true;
  if (m.kind === 'masdar') {
    const prev = doc.prevSignificant(i);
    if (!prev || prev.kind !== 'word' || (prev.norm !== 'في' && prev.norm !== 'وفي')) return { ok: false };
    const f = findFollower(doc, i, 2, (c) => spec.takes.includes(c));
    return { ok: !!f, follower: f };
  }
  if (m.kind === 'participle') {
    // A participle attributes when a construction follows at once (مشيرا إلى، مؤكدا أن، معربا عن، مشيدا بـ، قائلا:)
    // and it is not an adjective agreeing with the noun before it (مصادر مؤكدة أن، تأثيرا مشددا على).
    const prev = i > 0 ? doc.tokens[i - 1] : undefined;
    const prevWord = prev?.kind === 'space' ? doc.tokens[i - 2] : prev;
    if (prevWord && prevWord.kind === 'word') {
      if (m.slot !== 'part:ا') return { ok: false };
      // (a word ending in the pronoun ها/هما is definite: no indefinite participle agrees with it,
      // «والعناية بها وبمنسوبيها مبيناً أن» attributes)
      const n = prevWord.norm;
      if (n.length > 2 && n.endsWith('ا') && !n.endsWith('ها') && !n.endsWith('هما')) return { ok: false };
    }
    const f = findFollower(doc, i, 1, any);
    return { ok: !!f, follower: f };
  }
  if (m.kind === 'past' || m.kind === 'present') {
    if (hasTanween(doc.text, doc.tokens[i].start, doc.tokens[i].end)) return { ok: false };
    // a negated verb attributes nothing (الصفقة لم تعلن بعد، لن يقول، لا يذكر: the sports desk)
    const before = doc.prevSignificant(i);
    if (m.kind === 'present' && before && before.kind === 'word' && NEGATIONS.has(before.norm)) return { ok: false };
    // …nor one in a condition (على أن تعلن النتيجة خلال أسبوعين: the local desk), a plan, not a report
    if (m.kind === 'present' && onCondition(doc, i)) return { ok: false };
    if (nounByPrevious(doc, i, m) || adjectiveByContext(doc, i, m)) return { ok: false };
  }
  // the 1st person spelled like the 3rd feminine: its own reading (past:1s, the next candidate) is taken instead
  if (m.slot === 'past:3fs' && spec.pastClass === 'sound' && firstPerson(doc, i)) return { ok: false };
  if (m.kind === 'present' && m.lemma === 'ذكر' && m.slot === 'pres:ي|') {
    // يذكر أن … "it is worth mentioning that": a formula, not an attribution
    const next = doc.nextSignificant(i);
    if (next && next.kind === 'word' && ANNA.has(next.norm)) return { ok: false };
  }
  // A hollow verb's short past stem is another verb too: قلت، قلنا، قلن are قلّت "decreased"
  // (قلت الأمطار), أضفت is أضفى's أضفت "lent" (أضفت البهجة): read only with the construction
  // (قلت إن، قلت له:، أضفت أن).
  const shortStem = spec.pastClass === 'hollow' && m.kind === 'past' && spec.pastShort !== undefined && m.form.startsWith(spec.pastShort);
  // … and a form that is also a noun (تشدد "strictness", تزعم "leading") only with it too
  const nounForm = spec.nounForms?.includes(m.form) ?? false;
  if (spec.ambiguous || shortStem || nounForm) {
    if (m.lemma === 'بين') {
      const prev = doc.prevSignificant(i);
      if (prev && prev.kind === 'word' && PREV_NOT_VERB.has(prev.norm)) return { ok: false };
    }
    // the construction must follow in the same clause: «تبادل الخبرات بين الجهتين، مضيفا أن» is "between"
    const f = findFollower(doc, i, 4, (c) => spec.takes.includes(c) || (c === ':' && spec.takes.includes(':')), true, true);
    if (f) return viaPreposition(doc, i, m, f) ? { ok: false } : { ok: true, follower: f };
    // … or its subject first, a person who speaks (ذكر الوزير، في بيان، أن — وذكرت المتحدثة باسم الوزارة أن):
    // then the construction may come later in the sentence
    const far = subjectThenConstruction(doc, i, m, spec);
    if (far && viaPreposition(doc, i, m, far)) return { ok: false };
    return { ok: !!far, follower: far };
  }
  if (m.lemma === 'أضاف' && (m.kind === 'past' || m.kind === 'present') && addsAGoal(doc, i)) return { ok: false };
  if (m.lemma === 'قال' && (m.kind === 'past' || m.kind === 'present') && quotesScripture(doc, i)) return { ok: false };
  if (m.lemma === 'دعا' && (m.kind === 'past' || m.kind === 'present') && !callsFor(doc, i)) return { ok: false };
  return { ok: true, follower: findFollower(doc, i, 5, (c) => c !== ':' || spec.takes.includes(':')) };
}

/**
 * One pass over the tokens: the uses of the built-in verbs, or of a newsroom's extra ones.
 * The same pass follows the direct quotations (« … », “ … ”, " … "), which never run past
 * their block (a paragraph, or the one-line paragraphs of a plain-text draft with no blank
 * line between: a quotation may run on to the next lines, as cutsInside in incremental.ts
 * reads them, where the checker may cut a block), so that a use knows whether it stands
 * inside one (no second walk over the tokens for a per-token mask).
 */
function scan(doc: AnalysedDocument, extra?: ExtraLexicon): VerbUse[] {
  const uses: VerbUse[] = [];
  const paras = doc.tokenParagraphs;
  const idx = extra?.index;
  const tokens = doc.tokens;
  const text = doc.text;
  const quotes = new OpenQuotes();
  let para = -2;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const p = paras[i];
    if (p !== para && p >= 0) {
      if (doc.startsBlock(p)) quotes.reset();
      para = p;
    }
    if (t.kind !== 'word') {
      // every quotation mark the text holds, a URL's too (cutsInside, which cuts the draft where
      // none is open, reads the text mark by mark: the two must agree)
      if (t.kind !== 'space' && t.kind !== 'newline' && t.kind !== 'format') for (let k = t.start; k < t.end; k++) quotes.mark(text, k);
      continue;
    }
    if (t.norm.length < 2 || t.norm.length > 12) continue;
    if (!maybeVerb(t.norm, idx)) continue; // lookupVerb would find nothing: no slice, no stripMarks
    const word = text.slice(t.start, t.end);
    const cands = lookupVerb(t.norm, stripMarks(word), idx);
    if (cands.length === 0) continue;
    for (const m of cands) {
      const r = resolve(doc, i, m, extra ? extra.specs.get(m.lemma)! : VERB_BY_LEMMA.get(m.lemma)!);
      if (!r.ok) continue;
      const k = originalPrefixLength(word, m.prefix.length, (c) => foldChar(c));
      uses.push({
        tokenIndex: i,
        start: t.start + k,
        end: t.end,
        wordStart: t.start,
        match: m,
        paragraph: paras[i],
        inQuote: quotes.open,
        follower: r.follower,
      });
      break;
    }
  }
  return uses;
}

/** Reporting-verb uses are found paragraph by paragraph (a verb's construction never runs past its paragraph, nor a quotation past its block). */
const VERB_SCAN = defineScan<VerbUse>({
  name: 'verb-uses',
  usedBy: ['repeated-verb'],
  readsShared: false,
  scan: (doc) => scan(doc),
  move: (u, at) => ({
    ...u,
    tokenIndex: u.tokenIndex + at.token,
    start: u.start + at.offset,
    end: u.end + at.offset,
    wordStart: u.wordStart + at.offset,
    paragraph: u.paragraph + at.paragraph,
    follower: u.follower && { construction: u.follower.construction, tokenIndex: u.follower.tokenIndex + at.token },
  }),
});

/** Every reporting-verb use in the document, in order (computed once per document). */
export function findVerbUses(doc: AnalysedDocument): VerbUse[] {
  return documentScan(doc, VERB_SCAN);
}

/**
 * The uses of a newsroom's extra verbs (repeated-verb's `verbs` option), in order; a word the
 * built-in lexicon already reads as a use is left to it.
 */
export function findExtraVerbUses(doc: AnalysedDocument, extra: ExtraLexicon): VerbUse[] {
  const builtIn = new Set(findVerbUses(doc).map((u) => u.tokenIndex));
  return scan(doc, extra).filter((u) => !builtIn.has(u.tokenIndex));
}

export interface VerbSummary {
  lemma: string;
  uses: VerbUse[];
}

/**
 * Every reporting-verb use, the newsroom's own verbs (repeated-verb's `verbs` option, from the
 * house style's words.reportingVerbs) included, in document order.
 */
export function allVerbUses(doc: AnalysedDocument, houseVerbs?: readonly string[]): VerbUse[] {
  const builtIn = findVerbUses(doc);
  const extra = houseVerbs?.length ? extraLexicon(houseVerbs) : undefined;
  if (!extra) return builtIn;
  return [...builtIn, ...findExtraVerbUses(doc, extra)].sort((a, b) => a.start - b.start);
}

/** The house style's extra reporting verbs in a resolved configuration (repeated-verb's `verbs`). */
export function houseVerbsOf(config: { rules?: Record<string, { options?: Record<string, unknown> } | undefined> } | undefined): string[] | undefined {
  const v = config?.rules?.['repeated-verb']?.options?.verbs;
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

/** Reporting verbs of a draft by lemma, most used first (quotations left out). */
export function summarizeVerbUses(doc: AnalysedDocument, houseVerbs?: readonly string[]): VerbSummary[] {
  const by = new Map<string, VerbUse[]>();
  for (const u of allVerbUses(doc, houseVerbs)) {
    if (u.inQuote) continue;
    const list = by.get(u.match.lemma);
    if (list) list.push(u);
    else by.set(u.match.lemma, [u]);
  }
  return [...by.entries()].map(([lemma, uses]) => ({ lemma, uses })).sort((a, b) => b.uses.length - a.uses.length || a.uses[0].start - b.uses[0].start);
}
