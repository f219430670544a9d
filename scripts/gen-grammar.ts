// Writes the TextMate grammar of Arabic news drafts, syntaxes/arabic-news.tmLanguage.json
// (the `arabic-news` language, scope text.arabic-news), and builds, in memory, a word-level
// grammar from the engine's own word lists (buildWordGrammar, scope text.arabic-news.words).
//
// Why only whole lines ship: VS Code's editor lays a line out as one span per token, each
// bidi-isolated and placed left to right, so inside an Arabic line every token boundary
// scrambles the word order on screen (وأشاد طلعت بعمق shows its words out of order). Giving the
// inner tokens uncoloured meta.* scopes does not help: vscode-textmate (9.3.2, the version
// VS Code bundles) merges consecutive tokens of equal style only on lines WITHOUT right-to-left
// text (`_mergeConsecutiveTokensWithEqualMetadata = !containsRTL(line)`). So the shipped
// grammar gives each line at most one scope over the whole line (headline, heading, kicker,
// flash, byline, dateline, interview lines) and nothing inside it; test/grammar checks that
// every Arabic line of its fixtures is exactly one token, and test/ui measures it on screen.
// There is no Markdown injection for the same reason: it would split Markdown's Arabic lines.
//
// The word-level grammar (reporting verbs with their proclitics, titles, honorifics,
// quotations, numbers by digit system, links, with meta.* names) is kept and tested against
// the engine, for the day VS Code lays out RTL tokens in place; it is not contributed.
// Reporting verbs come from server/src/engine/rules/reporting-verbs/lexicon.ts (every form
// of every verb, with the proclitics و ف and, on present forms, the future س), titles and
// ornamental honorifics from server/src/engine/rules/honorifics/titles.ts. The regexes are
// tries over the folded letters (أ/إ/آ/ا, ي/ى, ة/ه as the engine folds them), with optional
// diacritics and tatweel after every letter, so `أشَـارَ` is matched like `أشار`.
// Context the engine checks (بين "between", a participle used as an adjective, إشارة only
// after في, a form right after a preposition or with tanween being a noun, an أن governed by
// another word) is approximated with lookarounds on the same line.
//
//   npx tsx scripts/gen-grammar.ts           write the file
//   npx tsx scripts/gen-grammar.ts --check   exit 1 when it is missing or stale (CI)

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { HONORIFIC_PRONOUNS, HONORIFICS, TITLES } from '../server/src/engine/rules/honorifics/titles';
import { generateForms, VERBS, type Construction, type VerbSpec } from '../server/src/engine/rules/reporting-verbs/lexicon';
import {
  CALL_WINDOW, GENITIVE_WORDS, GOAL_WINDOW, GOAL_WORDS, GOVERNS_ANNA, QUALIFIED_WORDS, SCRIPTURE_PAIRS, SCRIPTURE_WORDS,
} from '../server/src/engine/rules/reporting-verbs/uses';
import { foldString } from '../server/src/engine/text/fold';

const root = resolve(__dirname, '..');
export const GRAMMAR_PATH = join(root, 'syntaxes', 'arabic-news.tmLanguage.json');
export const SCOPE = 'text.arabic-news';
/** The word-level grammar, built in memory only (see the top of this file). */
export const WORDS_SCOPE = 'text.arabic-news.words';
/** Every scope the shipped grammar gives: each covers a whole line, so a theme may colour it. */
export const LINE_SCOPES: readonly string[] = [
  'markup.heading.headline.arabic-news',
  'meta.flash.arabic-news',
  'markup.heading.arabic-news',
  'meta.kicker.arabic-news',
  'meta.byline.arabic-news',
  'meta.dateline.arabic-news',
  'meta.interview.question.arabic-news',
  'meta.interview.answer.arabic-news',
];

// ------------------------------------------------------------------ regex building blocks

/** Diacritics (Mn) and tatweel, allowed after any letter. */
const MARKS = '[\\p{Mn}ـ]*';
/** The same but tanween (ً ٌ ٍ): a word that carries it is a noun or an adjective, no finite verb (uses.ts: حذراً، رأياً). */
const VERB_MARKS = '[\\p{Mn}ـ&&[^\\x{064B}-\\x{064D}]]*';
/** Not inside a longer word. */
const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}_ـ])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}_ـ])';
const SP = '[ \\t\\x{00A0}]';
const AR_WORD = '[\\x{0621}-\\x{064A}\\x{0671}\\p{Mn}ـ]+';

/** The letters a written letter may appear as, the way the engine folds them. */
const LETTER_CLASS: Record<string, string> = {
  'ا': '[اأإآٱ]',
  'أ': '[اأإآٱ]',
  'إ': '[اأإآٱ]',
  'آ': '[اأإآٱ]',
  'ي': '[يىی]',
  'ة': '[ةه]',
  'ه': '[هة]',
  'ك': '[كک]',
  // ى at the end of a defective past (نفى، رأى) must be written ى: with ي it is a noun (نفي، رأي)
  'ى': 'ى',
};

function escapeChar(c: string): string {
  return /[\\^$.|?*+()[\]{}\/-]/.test(c) ? '\\' + c : c;
}

function classOf(c: string): string {
  return LETTER_CLASS[c] ?? escapeChar(c);
}

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/** A regex matching exactly the given words (each letter as its class, marks allowed after each). */
export function wordsRegex(words: Iterable<string>, marks: boolean | string = true): string {
  const trie: Trie = { end: false, next: new Map() };
  for (const w of words) {
    let node = trie;
    for (const ch of w) {
      const k = classOf(ch);
      let n = node.next.get(k);
      if (!n) {
        n = { end: false, next: new Map() };
        node.next.set(k, n);
      }
      node = n;
    }
    node.end = true;
  }
  const m = marks === true ? MARKS : marks || '';
  const emit = (node: Trie): string => {
    const alts = [...node.next.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([k, n]) => k + m + emit(n));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    if (!node.end) return body;
    return alts.length === 1 && !/^\(\?:/.test(body) ? `(?:${body})?` : `${body}?`;
  };
  return emit(trie);
}

// ------------------------------------------------------------------ reporting verbs

/** أن إن and their pronoun forms (uses.ts ANNA). */
const ANNA = `[اأإ]ن(?:ه|ها|هم|هما|نا|ني|كم|هن)?${WORD_END}`;

/** What follows a verb when it attributes: the constructions of uses.ts (constructionOf). */
const CONSTRUCTION: Record<Construction, string> = {
  'إلى': `[اإ]ل[ىي]${WORD_END}`,
  'على': `عل[ىي]${WORD_END}`,
  'عن': `عن${WORD_END}`,
  'من': `من${WORD_END}`,
  'أن': `ب?${ANNA}`,
  'ب': `ب(?!(?:ين|عد|عض)${WORD_END})[\\x{0621}-\\x{064A}]{3,}`,
  ':': '',
  object: '',
};

/** Words that govern an أن right after them (uses.ts GOVERNS_ANNA: قبل أن، إما أن، إلى أن …). */
const GOVERNS = `(?:${wordsRegex(GOVERNS_ANNA, false)})`;

/**
 * A lookahead: one of `takes` follows within `window` tokens on the same line, counting words
 * and punctuation marks as uses.ts does (':' means : « " “ among them), and stopping at . ! ؟
 * With `own` (uses.ts findFollower's), not an أن right after a word that governs it (بين
 * البلدين قبل أن).
 */
function followedBy(takes: readonly Construction[], window: number, own = false): string {
  const cons = (c: Construction) => (own && c === 'أن' ? `(?<!(?<![\\p{L}\\p{M}])${GOVERNS}${SP})${CONSTRUCTION[c]}` : CONSTRUCTION[c]);
  const words = takes.filter((c) => CONSTRUCTION[c]).map(cons);
  const alts: string[] = [];
  if (takes.includes(':')) alts.push(`${gap(window)}${SP}*[:«"“]`);
  if (words.length) alts.push(within(`(?:${words.join('|')})`, window));
  return alts.length ? `(?=${alts.join('|')})` : '';
}

/** Up to window - 1 tokens (words and punctuation marks but . ! ؟), lazily. */
function gap(window: number): string {
  const token = `${SP}*(?:[،,؛;()\\[\\]\\-–—]|[^\\s.!?؟:«"“،,؛;()\\[\\]]+)`;
  return window > 1 ? `(?:${token}){0,${window - 1}}?` : '';
}

/** `word` (a regex) as one of the next `window` tokens on the line, a proclitic و ف before it unless `proclitic` is false. */
function within(word: string, window: number, proclitic = true): string {
  return `${gap(window)}${SP}*(?<![\\p{L}\\p{M}])${proclitic ? '[وف]?' : ''}${word}`;
}

const ALL_CONSTRUCTIONS: Construction[] = ['إلى', 'على', 'عن', 'من', 'أن', 'ب', ':'];

function formsOf(v: VerbSpec, kinds: readonly string[]): string[] {
  return [...new Set(generateForms(v).filter((f) => kinds.includes(f.kind)).map((f) => f.form))].sort();
}

/**
 * Words the lexicon excludes (تبين "it became clear", أبدا "never", متابعة …), and the uses
 * uses.ts reads as no attribution (resolve): never a verb here.
 */
function exclusions(verbs: readonly VerbSpec[]): string {
  const words = verbs.flatMap((v) => v.exclude ?? []);
  const lemma = (l: string) => formsOf(verbs.find((v) => v.lemma === l)!, ['past', 'present']);
  const verb = (l: string) => `(?:[وف]س?|س)?${wordsRegex(lemma(l))}${WORD_END}`;
  const word = (w: string) => `${wordsRegex([w])}${WORD_END}`;
  const alts = [
    `${wordsRegex(words)}${WORD_END}`,
    // يذكر أن "it is worth mentioning that" is a formula, not an attribution
    `(?:[وف]س?|س)?يذكر${SP}+${ANNA}`,
    // a verse quoted by formula (قال تعالى، قال عز وجل)
    `${verb('قال')}${SP}+(?:${wordsRegex(SCRIPTURE_WORDS)}${WORD_END}|${SCRIPTURE_PAIRS.map(([a, b]) => `${word(a)}${SP}+${word(b)}`).join('|')})`,
    // أضاف a goal, a scorer's name between (GOAL_WINDOW words in all)
    `${verb('أضاف')}(?:${SP}+(?!${ANNA})${AR_WORD}){0,${GOAL_WINDOW - 1}}${SP}+${wordsRegex(GOAL_WORDS)}${WORD_END}`,
  ];
  return `(?!${alts.join('|')})`;
}

interface TmPattern {
  [k: string]: unknown;
}

/**
 * Not right after a preposition or a noun governing a genitive (uses.ts GENITIVE_WORDS, with و ف;
 * على only as written with ى), nor after a noun a form qualifies (uses.ts QUALIFIED_WORDS: هدوء
 * حذر): the form is then a noun or an adjective (عن حذر، عدم ذكر اسمه، في تشدد الحكومة). Placed
 * after the proclitic's group, so that it holds only when the form has none, as in uses.ts.
 */
const NOT_AFTER_GENITIVE = `(?<!(?<![\\p{L}\\p{M}])(?:[وف]?(?:${wordsRegex(GENITIVE_WORDS.map((w) => foldString(w)), false)}|على)|${wordsRegex(
  Object.values(QUALIFIED_WORDS).flat().map((w) => foldString(w)),
  false,
)})${SP})`;

/**
 * Not right after a particle that negates a present verb (uses.ts NEGATIONS: لم يعلن، لن يقول،
 * لا يذكر), as the engine reads it: with its marks and tatweel (لَمْ، لـم) and any run of spaces
 * before the verb (Oniguruma's look-behind takes a bounded variable length).
 */
const NOT_NEGATED = `(?<!(?<![\\p{L}\\p{M}])[وف]?[\\p{M}ـ]{0,3}ل[\\p{M}ـ]{0,3}[منا][\\p{M}ـ]{0,3}${SP}{1,8})`;

const VERB_SCOPE = 'meta.reporting-verb.arabic-news';
const PROCLITIC_SCOPE = 'meta.reporting-verb.proclitic.arabic-news';

/** دعا attributes only with إلى or لل… later in its sentence (uses.ts: callsFor); else "invited", "prayed". */
const CALLS_FOR = `(?=${within(`(?:[اإ]ل[ىي]${WORD_END}|لل[\\x{0621}-\\x{064A}]{3,})`, CALL_WINDOW, false)})`;

function verbPatterns(): TmPattern[] {
  const calls = VERBS.filter((v) => v.lemma === 'دعا');
  const plain = VERBS.filter((v) => !v.ambiguous && v.lemma !== 'دعا');
  const ambiguous = VERBS.filter((v) => v.ambiguous);
  const excl = exclusions(VERBS);
  const pats: TmPattern[] = [];
  const pat = (comment: string, match: string): TmPattern => ({
    comment,
    match,
    captures: { 1: { name: PROCLITIC_SCOPE } },
    name: VERB_SCOPE,
  });
  // a hollow verb's short past stem is another verb too (قلت "decreased", أضفت "lent"), and some
  // forms are also a noun (تشدد "strictness", حذرا "cautious": VerbSpec.nounForms): uses.ts reads
  // them only with a construction, like the ambiguous verbs
  const shortPast = (v: VerbSpec) => (v.pastClass === 'hollow' && v.pastShort ? formsOf(v, ['past']).filter((f) => f.startsWith(v.pastShort!)) : []);
  const conditional = (v: VerbSpec, kind: 'past' | 'present') =>
    formsOf(v, [kind]).filter((f) => (kind === 'past' && shortPast(v).includes(f)) || (v.nounForms ?? []).includes(f));
  const past = (vs: readonly VerbSpec[]) => vs.flatMap((v) => formsOf(v, ['past']).filter((f) => !conditional(v, 'past').includes(f)));
  const present = (vs: readonly VerbSpec[]) => vs.flatMap((v) => formsOf(v, ['present']).filter((f) => !conditional(v, 'present').includes(f)));
  // a past or present form: no tanween (VERB_MARKS), and not right after a preposition when it has no proclitic (NOT_AFTER_GENITIVE)
  const finite = (forms: readonly string[]) => `${NOT_AFTER_GENITIVE}${wordsRegex(forms, VERB_MARKS)}${WORD_END}`;
  // 1. verbs that are nothing else: every past and present form
  pats.push(pat('past forms of the unambiguous verbs, with و ف', `${WORD_START}${excl}([وف]?)${finite(past(plain))}`));
  pats.push(pat('present forms of the unambiguous verbs, with و ف and the future س, not negated', `${NOT_NEGATED}${WORD_START}${excl}((?:[وف]س?|س)?)${finite(present(plain))}`));
  pats.push(pat('دعا with إلى or لل… later in its sentence', `${WORD_START}${excl}([وف]?)${finite(past(calls))}${CALLS_FOR}`));
  pats.push(pat('دعا, present, not negated, with إلى or لل… later in its sentence', `${NOT_NEGATED}${WORD_START}${excl}((?:[وف]س?|س)?)${finite(present(calls))}${CALLS_FOR}`));
  // 2. verbs that are also nouns or prepositions: only when a construction they take follows within four words
  for (const v of ambiguous) {
    const notAfter = v.lemma === 'بين' ? `(?<!(?:فيما|ما|من|في|إلى|الى|على|علي|عن|و)${SP})` : '';
    const follow = followedBy(v.takes, 4, true);
    pats.push(
      pat(`${v.lemma} (${v.gloss}): also another word, so only with ${v.takes.join('/')} following`, `${notAfter}${WORD_START}${excl}([وف]?)${finite(formsOf(v, ['past']))}${follow}`),
      pat(
        `${v.lemma} (${v.gloss}): also another word, present, not negated, only with ${v.takes.join('/')} following`,
        `${notAfter}${NOT_NEGATED}${WORD_START}${excl}((?:[وف]س?|س)?)${finite(formsOf(v, ['present']))}${follow}`,
      ),
    );
  }
  for (const v of plain) {
    const pastForms = conditional(v, 'past');
    const presentForms = conditional(v, 'present');
    const what = [shortPast(v).length ? 'its short past stem' : '', v.nounForms?.length ? `${v.nounForms.join(' ')} (also a noun)` : ''].filter(Boolean).join(', ');
    const follow = followedBy(v.takes, 4, true);
    if (pastForms.length) pats.push(pat(`${v.lemma}: ${what}, past, only with ${v.takes.join('/')} following`, `${WORD_START}${excl}([وف]?)${finite(pastForms)}${follow}`));
    if (presentForms.length) {
      pats.push(pat(`${v.lemma}: ${what}, present, not negated, only with ${v.takes.join('/')} following`, `${NOT_NEGATED}${WORD_START}${excl}((?:[وف]س?|س)?)${finite(presentForms)}${follow}`));
    }
  }
  // 3. participles (مشيرا إلى، مؤكدا أن): a construction right after, and not an adjective after a noun
  const partA = VERBS.flatMap((v) => generateForms(v).filter((f) => f.kind === 'participle' && f.slot === 'part:ا').map((f) => f.form));
  const partOther = VERBS.flatMap((v) => generateForms(v).filter((f) => f.kind === 'participle' && f.slot !== 'part:ا').map((f) => f.form));
  const follow1 = followedBy(ALL_CONSTRUCTIONS, 1);
  pats.push(
    pat(
      'participles in -ا (مشيرا، مؤكدا): a construction right after, and not after a word in -ا (تأثيرا مشددا)',
      `(?<!\\p{L}\\p{L}ا${SP}|\\p{L}\\p{L}اً${SP})${WORD_START}${excl}([وف]?)${wordsRegex(new Set(partA))}${WORD_END}${follow1}`,
    ),
  );
  pats.push(
    pat(
      'other participles (مشيرة، مؤكدين): a construction right after, and not right after a word (مصادر مؤكدة)',
      `(?<![\\p{L}\\p{M}ـ]${SP})${WORD_START}${excl}([وف]?)${wordsRegex(new Set(partOther))}${WORD_END}${follow1}`,
    ),
  );
  // 4. verbal nouns after في: وفي إشارة إلى، في تأكيد على
  for (const v of VERBS.filter((x) => x.masdar)) {
    pats.push(pat(`${v.masdar} after في`, `(?<=في${SP})()${wordsRegex([v.masdar!])}${WORD_END}${followedBy(v.takes, 2)}`));
  }
  return pats;
}

// ------------------------------------------------------------------ titles and honorifics

const TITLE_STEMS = TITLES.filter((t) => t.startsWith('ال')).map((t) => t.slice(2));
/** The article with its proclitics: ال والـ بال وبال كال فال، and ل + ال = لل. */
const ARTICLE = `(?:[وف]?[بك]?[اأإآ]ل|[وف]?لل)`;
const TITLE_RE = `${ARTICLE}${wordsRegex(TITLE_STEMS)}`;

function titlePattern(): TmPattern {
  return {
    comment: 'titles (الدكتور، السفير، الوزير …) with the article and its proclitics; from honorifics/titles.ts',
    match: `${WORD_START}${TITLE_RE}${WORD_END}`,
    name: 'meta.title.arabic-news',
  };
}

function honorificPatterns(): TmPattern[] {
  const always = HONORIFICS.filter((h) => !h.needsTitle);
  const beforeTitle = HONORIFICS.filter((h) => h.needsTitle);
  const phrase = (words: readonly string[]) => words.map((w) => wordsRegex([w])).join(`${SP}+`);
  const alt = (hs: typeof HONORIFICS) =>
    `(?:${[...hs]
      .sort((a, b) => b.words.length - a.words.length)
      .map((h) => phrase(h.words))
      .join('|')})`;
  const proclitic = '[وف]?[بلك]?';
  return [
    {
      comment: 'ornamental honorifics (فخامة، معالي، صاحب السمو …); from honorifics/titles.ts',
      match: `${WORD_START}${proclitic}${alt(always)}${WORD_END}`,
      name: 'meta.honorific.arabic-news',
    },
    {
      comment: 'honorifics that are also ordinary nouns (سعادة happiness, سيادة sovereignty): only before a title',
      match: `${WORD_START}${proclitic}${alt(beforeTitle)}${WORD_END}(?=${SP}+(?:${TITLE_RE}|صاحب))`,
      name: 'meta.honorific.arabic-news',
    },
    {
      comment: 'honorific pronoun forms (معاليه، سموه)',
      match: `${WORD_START}${proclitic}${wordsRegex(HONORIFIC_PRONOUNS)}${WORD_END}`,
      name: 'meta.honorific.arabic-news',
    },
  ];
}

// ------------------------------------------------------------------ quotations, numbers, links

function quotePatterns(inner: string[]): Record<string, TmPattern> {
  const q = (name: string, open: string, close: string): TmPattern => ({
    begin: open,
    beginCaptures: { 0: { name: 'meta.quote.punctuation.begin.arabic-news' } },
    end: `${close}|$`,
    endCaptures: { 0: { name: 'meta.quote.punctuation.end.arabic-news' } },
    name,
    patterns: inner.map((r) => ({ include: `#${r}` })),
  });
  return {
    'quote-guillemets': q('meta.quote.guillemets.arabic-news', '«', '»'),
    'quote-curly': q('meta.quote.curly.arabic-news', '“', '”'),
    'quote-straight': q('meta.quote.straight.arabic-news', '"', '"'),
  };
}

const NUMBER_BEFORE = '(?<![A-Za-z_0-9٠-٩۰-۹]|[A-Za-z]-|[0-9٠-٩۰-۹][.,٫٬])';
const NUMBER_AFTER = '(?![0-9٠-٩۰-۹A-Za-z]|[.,٫٬][0-9٠-٩۰-۹])';

function numberPatterns(): TmPattern[] {
  const n = (digits: string) => `${NUMBER_BEFORE}${digits}+(?:[.,٫٬]${digits}+)*[%٪]?${NUMBER_AFTER}`;
  return [
    { comment: 'Western digits 0-9', match: n('[0-9]'), name: 'meta.number.western.arabic-news' },
    { comment: 'Arabic-Indic digits ٠-٩ (U+0660–0669)', match: n('[٠-٩]'), name: 'meta.number.arabic-indic.arabic-news' },
    { comment: 'Persian digits ۰-۹ (U+06F0–06F9): always wrong in Arabic copy', match: n('[۰-۹]'), name: 'meta.number.persian.arabic-news' },
    { comment: 'one number written in two digit systems (20١٩)', match: n('[0-9٠-٩۰-۹]'), name: 'meta.number.mixed-digits.arabic-news' },
  ];
}

const URL_CHARS = '[^\\s<>«»"“”]';
function linkPatterns(): TmPattern[] {
  return [
    {
      match: `(?i:\\b(?:https?://|www\\.)${URL_CHARS}*[^\\s<>«»"“”.,;:!?)\\]}،؛؟])`,
      name: 'meta.url.arabic-news',
    },
    {
      match: '\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b',
      name: 'meta.url.email.arabic-news',
    },
  ];
}

// ------------------------------------------------------------------ lines: headline, kicker, byline, dateline

const HEADLINE_INNER = ['quotes', 'links', 'numbers', 'honorifics', 'titles', 'reporting-verbs'];
const BYLINE_WORDS = ['كتب', 'كتبت', 'كتبه', 'كتبها', 'بقلم', 'إعداد', 'اعداد', 'تحرير', 'حاوره', 'حاورته', 'حاورها', 'حاورهم', 'ترجمة', 'تصوير'];
const KICKER_WORDS = ['القسم', 'قسم', 'الباب', 'التصنيف', 'الموضوع'];
const FLASH_WORDS = ['عاجل', 'خاص', 'حصري', 'تحديث'];
/**
 * Words a sentence of the body starts with and a place name does not: a line opening with one
 * is no dateline, dash or not (من جهته - قال …، في المقابل - رفض …، قال إن الأمر - …).
 */
const NOT_A_PLACE = [
  'قال', 'وقال', 'فقال', 'أضاف', 'وأضاف', 'أكد', 'وأكد', 'أشار', 'وأشار', 'أوضح', 'وأوضح',
  'من', 'ومن', 'في', 'وفي', 'على', 'وعلى', 'إلى', 'وإلى', 'عن', 'مع', 'ومع', 'بعد', 'وبعد', 'قبل', 'عند', 'حتى',
  'كما', 'وكما', 'لكن', 'ولكن', 'ثم', 'أو', 'بل', 'إذا', 'أن', 'إن', 'وأن', 'وإن', 'لا', 'لم', 'لن', 'قد', 'وقد',
  'الذي', 'التي', 'هذا', 'هذه', 'ذلك', 'تلك',
];
/** A dateline's start: the line does not open with one of NOT_A_PLACE. */
const DATELINE_START = `^${SP}*(?!(?:${NOT_A_PLACE.join('|')})(?:${SP}|[-–—]))`;
/**
 * After a dateline's dash: no partner within the next four words (a dash pair sets off an
 * aside: الأمين العام - في كلمته - دعا …، وقال مصدر مطلع - طلب عدم ذكر اسمه - إن …); an aside
 * further on in the lead leaves the dateline alone.
 */
const DATELINE_SOLE_DASH = `(?!(?:${SP}+[^ \\t\\x{00A0}\\-–—]+){1,4}${SP}+[-–—](?:${SP}|$))`;

function linePatterns(): Record<string, TmPattern> {
  const inner = HEADLINE_INNER.map((r) => ({ include: `#${r}` }));
  return {
    kicker: {
      comment: 'the section line above the headline: القسم: اقتصاد',
      match: `^${SP}*(${wordsRegex(KICKER_WORDS, false)})${SP}*([:：])${SP}*(.*?)${SP}*$`,
      name: 'meta.kicker.arabic-news',
      captures: {
        1: { name: 'meta.kicker.label.arabic-news' },
        2: { name: 'meta.punctuation.key-value.arabic-news' },
        3: { name: 'meta.kicker.section.arabic-news' },
      },
    },
    flash: {
      comment: 'a flash line: عاجل: … / خاص | … — the rest of the line is the headline',
      begin: `^${SP}*(${wordsRegex(FLASH_WORDS, false)})${SP}*([:|\\-–—])${SP}*`,
      beginCaptures: { 1: { name: 'meta.kicker.flash.arabic-news' }, 2: { name: 'meta.punctuation.key-value.arabic-news' } },
      end: '$',
      name: 'markup.heading.headline.arabic-news',
      contentName: 'meta.heading.content.arabic-news',
      patterns: inner,
    },
    byline: {
      comment: 'the byline: كتب: …، حاوره: …',
      match: `^${SP}*(${wordsRegex(BYLINE_WORDS, false)})${SP}*([:：])${SP}*(.*?)${SP}*$`,
      name: 'meta.byline.arabic-news',
      captures: {
        1: { name: 'meta.byline.label.arabic-news' },
        2: { name: 'meta.punctuation.key-value.arabic-news' },
        3: { name: 'meta.byline.author.arabic-news' },
      },
    },
    dateline: {
      comment:
        'the dateline opening a lead: القاهرة - …، بيروت (أ ف ب) – … (see DATELINE_START, DATELINE_SOLE_DASH)',
      match: `${DATELINE_START}(${AR_WORD}(?:${SP}${AR_WORD}){0,2})(?:${SP}*(\\()([^()\\n]{1,30})(\\)))?${SP}*([-–—])(?=${SP}|$)${DATELINE_SOLE_DASH}`,
      name: 'meta.dateline.arabic-news',
      captures: {
        1: { name: 'meta.dateline.place.arabic-news' },
        2: { name: 'meta.dateline.agency.punctuation.begin.arabic-news' },
        3: { name: 'meta.dateline.agency.arabic-news' },
        4: { name: 'meta.dateline.agency.punctuation.end.arabic-news' },
        5: { name: 'meta.dateline.separator.arabic-news' },
      },
    },
    interview: {
      comment: 'question and answer markers of an interview: س: … ج: …',
      match: `^${SP}*(?:(س)|(ج))${SP}*([:：])`,
      captures: {
        1: { name: 'meta.interview.question.arabic-news' },
        2: { name: 'meta.interview.answer.arabic-news' },
        3: { name: 'meta.punctuation.key-value.arabic-news' },
      },
    },
    'headline-first-line': {
      comment: 'the first line of a draft is its headline',
      begin: '\\A(?=[^\\n]*\\S)',
      end: '$',
      name: 'markup.heading.headline.arabic-news',
      contentName: 'meta.heading.content.arabic-news',
      patterns: inner,
    },
    'headline-hash': {
      comment: 'a headline or subheading marked with # as in Markdown',
      begin: `^${SP}*(#{1,6})${SP}+`,
      beginCaptures: { 1: { name: 'meta.heading.marker.arabic-news' } },
      end: '$',
      name: 'markup.heading.arabic-news',
      contentName: 'meta.heading.content.arabic-news',
      patterns: inner,
    },
  };
}

// ------------------------------------------------------------------ the grammars

const GENERATED = 'Generated by scripts/gen-grammar.ts: do not edit, run `npx tsx scripts/gen-grammar.ts`. Whole-line scopes only: a token boundary inside an Arabic line scrambles its word order in VS Code.';

/** Each pattern scopes a whole line as ONE token: no captures, no inner patterns. */
function lineLevelPatterns(): Record<string, TmPattern> {
  const rest = '.*$';
  return {
    kicker: {
      comment: 'the section line above the headline: القسم: اقتصاد',
      match: `^${SP}*${wordsRegex(KICKER_WORDS, false)}${SP}*[:：]${rest}`,
      name: 'meta.kicker.arabic-news',
    },
    flash: {
      comment: 'a flash line: عاجل: … / خاص | … — a headline',
      match: `^${SP}*${wordsRegex(FLASH_WORDS, false)}${SP}*[:|\\-–—]${rest}`,
      name: 'markup.heading.headline.arabic-news meta.flash.arabic-news',
    },
    byline: {
      comment: 'the byline: كتب: …، حاوره: …',
      match: `^${SP}*${wordsRegex(BYLINE_WORDS, false)}${SP}*[:：]${rest}`,
      name: 'meta.byline.arabic-news',
    },
    interview: {
      comment: 'question and answer lines of an interview: س: … ج: …',
      patterns: [
        { match: `^${SP}*س${SP}*[:：]${rest}`, name: 'meta.interview.question.arabic-news' },
        { match: `^${SP}*ج${SP}*[:：]${rest}`, name: 'meta.interview.answer.arabic-news' },
      ],
    },
    dateline: {
      comment: 'a lead opening with a dateline: القاهرة - …، بيروت (أ ف ب) – …',
      match: `${DATELINE_START}${AR_WORD}(?:${SP}${AR_WORD}){0,2}(?:${SP}*\\([^()\\n]{1,30}\\))?${SP}*[-–—](?=${SP}|$)${DATELINE_SOLE_DASH}${rest}`,
      name: 'meta.dateline.arabic-news',
    },
    'headline-first-line': {
      comment: 'the first line of a draft is its headline',
      match: `\\A(?=[^\\n]*\\S)${rest}`,
      name: 'markup.heading.headline.arabic-news',
    },
    'headline-hash': {
      comment: 'a headline or subheading marked with # as in Markdown',
      match: `^${SP}*#{1,6}${SP}+${rest}`,
      name: 'markup.heading.arabic-news',
    },
  };
}

/** The contributed grammar: whole-line scopes only. */
export function buildGrammar(): Record<string, unknown> {
  const lines = lineLevelPatterns();
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    comment: GENERATED,
    name: 'Arabic news draft',
    scopeName: SCOPE,
    fileTypes: ['khabar', 'news'],
    patterns: Object.keys(lines).map((r) => ({ include: `#${r}` })),
    repository: lines,
  };
}

/** The word-level grammar (not contributed: see the top of this file). */
export function buildWordGrammar(): Record<string, unknown> {
  const inQuote = ['quote-curly', 'links', 'numbers', 'honorifics', 'titles'];
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    comment: 'The word-level grammar, built in memory by scripts/gen-grammar.ts (buildWordGrammar); not contributed.',
    name: 'Arabic news draft (word level)',
    scopeName: WORDS_SCOPE,
    patterns: [
      { include: '#kicker' },
      { include: '#flash' },
      { include: '#byline' },
      { include: '#interview' },
      { include: '#dateline' },
      { include: '#headline-first-line' },
      { include: '#headline-hash' },
      { include: '#inline' },
    ],
    repository: {
      ...linePatterns(),
      inline: { patterns: ['quotes', 'links', 'numbers', 'honorifics', 'titles', 'reporting-verbs'].map((r) => ({ include: `#${r}` })) },
      quotes: { patterns: ['quote-guillemets', 'quote-curly', 'quote-straight'].map((r) => ({ include: `#${r}` })) },
      ...quotePatterns(inQuote),
      links: { patterns: linkPatterns() },
      numbers: { patterns: numberPatterns() },
      honorifics: { patterns: honorificPatterns() },
      titles: { patterns: [titlePattern()] },
      'reporting-verbs': { patterns: verbPatterns() },
    },
  };
}

/** Every generated file and its text. */
export function grammarFiles(): Array<{ path: string; text: string }> {
  return [{ path: GRAMMAR_PATH, text: JSON.stringify(buildGrammar(), null, 2) + '\n' }];
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const f of grammarFiles()) {
    const rel = relative(root, f.path);
    const current = existsSync(f.path) ? readFileSync(f.path, 'utf8') : undefined;
    if (current === f.text) continue;
    if (check) {
      console.error(`${rel} is ${current === undefined ? 'missing' : 'stale'}: run npx tsx scripts/gen-grammar.ts`);
      stale++;
    } else {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.path, f.text);
      console.log(`wrote ${rel}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
