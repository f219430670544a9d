// first-mention: a listed person is first named in full, with the title and role the
// names list gives (الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات); later
// mentions use the short form (طلعت). Flagged: a bare surname before any full mention,
// a first full mention without its title or role, and a repeated full title later.
// Headlines and kickers (the short lines before the first body paragraph) are exempt:
// a headline names people by surname.

import { DocumentMemo, firstStartingAt, type AnalysedDocument } from '../../text/document';
import { isDigit, isJsWhitespace } from '../../text/chars';
import { isLetterOrDigit } from '../../text/quotations';
import { foldedWithConjunctions, foldString } from '../../text/fold';
import type { FixSpec, NameEntry, Rule, Span } from '../../types';
import { findNameMentions, SURNAME_CONNECTORS, SURNAME_ENDS, surnameOf, type NameMention } from '../names/mentions';
import { givenName, vowelKey } from '../names/name-consistency';
import { tokenize } from '../../text/tokenize';
import { ABBREVIATIONS, inQuotation, joinProclitic, NOT_A_NAME, procliticOf, procliticSpellings, TITLE_SET, TITLES } from './titles';

/**
 * End offset of the headline block: paragraphs before the first body paragraph, one that ends
 * in a sentence mark or holds 20 words or more (runs of non-white-space, counted in place: a
 * body paragraph is not split into its hundreds of words to find 20).
 */
export function headlineEnd(doc: AnalysedDocument): number {
  const text = doc.text;
  for (const p of doc.paragraphs) {
    let last = p.end - 1;
    while (last >= p.start && isJsWhitespace(text.charCodeAt(last))) last--;
    if (last >= p.start && SENTENCE_END.includes(text[last])) return p.start;
    let words = 0;
    let inWord = false;
    for (let i = p.start; i <= last && words < 20; i++) {
      const space = isJsWhitespace(text.charCodeAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    if (words >= 20) return p.start;
  }
  return 0;
}

/** What a paragraph of the body ends with (a headline does not). */
const SENTENCE_END = '.!؟?:»"';

/**
 * What a line of the body's sentences ends with, closing quotes and brackets aside: a full stop
 * or a colon. A caption, a subheading or a headline ends in neither, and often in a quotation, a
 * question or an exclamation («أوباما من كينيا: «إفريقيا تسير قدمًا»»، «هل يرحل فان غال؟»،
 * «أوباما وأحلام اليقظة..!!»: a tenth of the headlines of 500 real articles).
 */
const LINE_END = '.:';
const CLOSING = '»"”’\')]';

/** Does text[start, last] (last: its last character that is not white space) end a sentence? */
function endsSentence(text: string, start: number, last: number): boolean {
  let i = last;
  while (i >= start && (CLOSING.includes(text[i]) || isJsWhitespace(text.charCodeAt(i)))) i--;
  return i >= start && LINE_END.includes(text[i]);
}

/**
 * Is the line of offset `at` a caption, a subheading or a label (a photo caption «حسن معاذ»,
 * «ثنائية حمراء»): ending in no mark at all, not a list item, not a sentence going on with و or ف
 * (four words or more), and under 12 words as a line of its own between blank lines, four at most
 * beside other lines? Or the draft's first line, a headline that does not end a sentence? A name there is no mention in the body's sentences: nothing is written into it, and
 * the body's own first mention is still the first. A hard-wrapped paragraph's line, a question,
 * a line ending in a quotation or a stop are the body's.
 */
const FIRST_TEXT_LINE = new DocumentMemo<number>();

/** The index of the draft's first line that is not blank (its headline's), or -1. */
function firstTextLine(doc: AnalysedDocument): number {
  let k = FIRST_TEXT_LINE.get(doc);
  if (k !== undefined) return k;
  k = doc.lines.findIndex((l) => /\S/.test(doc.text.slice(l.start, l.end)));
  FIRST_TEXT_LINE.set(doc, k);
  return k;
}

function captionLine(doc: AnalysedDocument, at: number): boolean {
  const text = doc.text;
  const li = doc.lineIndexAt(at);
  const line = doc.lines[li];
  if (!line) return false;
  const blank = (k: number) => k < 0 || k >= doc.lines.length || text.slice(doc.lines[k].start, doc.lines[k].end).trim() === '';
  let a = line.start;
  let last = line.end - 1;
  while (a <= last && isJsWhitespace(text.charCodeAt(a))) a++;
  while (last >= a && isJsWhitespace(text.charCodeAt(last))) last--;
  if (last < a) return false;
  // the draft's first line, a paragraph of its own, is its headline unless it ends a sentence
  // (one that ends in a quotation, a question or an exclamation: «أوباما من كينيا: «…»»)
  if (blank(li - 1) && blank(li + 1) && li === firstTextLine(doc)) return !endsSentence(text, a, last);
  // a caption's credit or note in brackets at its end ((أرشيفية)، (صورة أرشيفية)، (أ ف ب)): the
  // caption is what stands before it
  if (text[last] === ')') {
    const open = text.lastIndexOf('(', last);
    const inside = open > a ? text.slice(open + 1, last) : '';
    if (open > a && !/[()]/.test(inside) && inside.trim().split(/\s+/).length <= 4) {
      last = open - 1;
      while (last >= a && isJsWhitespace(text.charCodeAt(last))) last--;
    }
  }
  if (last < a || !isLetterOrDigit(text.charCodeAt(last))) return false;
  if ('-*+•#>'.includes(text[a]) || isDigit(text.charCodeAt(a))) return false;
  let words = 0;
  let inWord = false;
  for (let i = a; i <= last && words < 12; i++) {
    const space = isJsWhitespace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  // a line of its own under 12 words; beside other lines (a hard-wrapped paragraph's) four at most
  if (words >= (blank(li - 1) && blank(li + 1) ? 12 : 5)) return false;
  return !((text[a] === 'و' || text[a] === 'ف') && words >= 4);
}

/** A title or role as the names list writes it, in the draft's terms: its words (folded) and marks, in order. */
type Phrase = Array<{ word: boolean; text: string }>;

const phrases = new Map<string, Phrase>();
function phraseOf(s: string): Phrase {
  let p = phrases.get(s);
  if (!p) {
    p = tokenize(s)
      .filter((t) => t.kind !== 'space' && t.kind !== 'format' && t.kind !== 'newline')
      .map((t) => (t.kind === 'word' ? { word: true, text: t.norm } : { word: false, text: s.slice(t.start, t.end) }));
    if (phrases.size >= 1000) phrases.clear();
    phrases.set(s, p);
  }
  return p;
}

/** Does token k read as phrase item `x` (a word through its folded form, anything else as written)? */
function tokenIs(doc: AnalysedDocument, k: number, x: Phrase[number]): boolean {
  const t = doc.tokens[k];
  return x.word ? t.kind === 'word' && sameWord(t.norm, x.text) : t.kind !== 'word' && doc.text.slice(t.start, t.end) === x.text;
}

/**
 * Two folded words of a title or role the same, a long vowel aside in a word of seven letters or
 * more: the spellings of a transliterated nisba (الأمريكي / الأميركي، الديمقراطية / الديموقراطية).
 */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 7 && b.length >= 7 && vowelKey(a) === vowelKey(b));
}

/** The significant token before (dir -1) or after (dir 1) token k (spaces and format characters skipped), or -1. */
function beside(doc: AnalysedDocument, k: number, dir: -1 | 1): number {
  for (let i = k + dir; i >= 0 && i < doc.tokens.length; i += dir) {
    const kind = doc.tokens[i].kind;
    if (kind !== 'space' && kind !== 'format') return kind === 'newline' ? -1 : i;
  }
  return -1;
}

const isComma = (doc: AnalysedDocument, k: number) => doc.tokens[k].kind === 'punct' && (doc.text[doc.tokens[k].start] === '،' || doc.text[doc.tokens[k].start] === ',');

/** Titles as the first word of a construct (وزير الخارجية، رئيس الوزراء، ولي العهد): the known titles without their article, and a few nouns of office. */
const TITLE_NOUNS: readonly string[] = [
  ...new Set([...[...TITLE_SET].map((t) => (t.startsWith('ال') ? t.slice(2) : t)), 'امين', 'ولي', 'مدير', 'نائب', 'رئيس', 'وزير', 'سفير', 'محافظ', 'مستشار', 'قائد', 'زعيم', 'مرشد', 'نظير', 'ايه', 'مدافع', 'مهاجم', 'حارس', 'ظهير', 'نجم']),
];

/** ل + ال written لل (للنجم، للمتهم): the word with its article back (النجم), or undefined. */
function lamArticle(w: string): string | undefined {
  return w.startsWith('لل') && w.length > 4 ? 'ا' + w.slice(1) : undefined;
}

/** Is the folded word a noun of office with the article or a pronoun (القائد العام، ورئيسها، نظيره الكيني)? */
function officeNoun(norm: string): boolean {
  let w = norm;
  if ((w.startsWith('و') || w.startsWith('ف')) && w.length > 4) w = w.slice(1);
  // («صورة للنجم محمد صلاح» is النجم's)
  const article = lamArticle(w);
  if (article) w = article;
  else if ((w.startsWith('ب') || w.startsWith('ل')) && w.length > 4 && !w.startsWith('ال', 1)) w = w.slice(1);
  for (const n of TITLE_NOUNS) {
    if (w === 'ال' + n) return true;
    for (const suffix of ['ه', 'ها', 'هم', 'هما']) if (w === n + suffix) return true;
  }
  return false;
}

/** A nisba with the article (الأرجنتيني، اليوناني، الأرجنتينيين): a descriptor standing for a title before a name. */
function nisba(norm: string): boolean {
  return norm.length > 5 && norm.startsWith('ال') && /(ي|يه|يين|يون|يان)$/.test(norm);
}

/** Words that continue a name past a listed spelling of it (محمد بن نايف بن عبدالعزيز آل سعود), folded. */
const NAME_CONTINUES: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ال', 'ولد']);

/** Does the name go on after token k (بن عبدالعزيز، آل ثاني)? */
function nameGoesOn(doc: AnalysedDocument, k: number): boolean {
  const next = doc.wordBeside(k, 1);
  return next >= 0 && NAME_CONTINUES.has(doc.tokens[next].norm);
}

/** The token after the name's last word and what continues the name (بن عبدالعزيز آل سعود: two words a link). */
function afterName(doc: AnalysedDocument, k: number): number {
  let last = k;
  for (let n = 0; n < 3 && nameGoesOn(doc, last); n++) {
    const w = doc.wordBeside(doc.wordBeside(last, 1), 1);
    if (w < 0) break;
    last = w;
  }
  return beside(doc, last, 1);
}

/** A word with one proclitic و، ف، ب or ل taken off (and ل + ال written لل made ال), folded. */
function withoutProclitic(norm: string): string {
  const article = lamArticle(norm);
  if (article) return article;
  if (/^[وفبل]/.test(norm) && norm.length > 4) return norm.slice(1);
  return norm;
}

/**
 * Given names (folded) that are not in GIVEN_NAMES (which leaves out those that are as often a
 * word before a name: حسن «good», جمال «beauty»): after a listed name, with no mark between, they
 * go on a longer name (محمد صلاح محسن), where a word is unlikely.
 */
const NAMES_AFTER: ReadonlySet<string> = new Set(
  [
    'محسن', 'حسن', 'جمال', 'كمال', 'سعيد', 'منير', 'شحاتة', 'عثمان', 'عيسى', 'موسى', 'صلاح', 'فتحي', 'صبري', 'رمضان', 'شعبان', 'عزت', 'رفعت',
    'مدحت', 'طلعت', 'حلمي', 'فهمي', 'زكي', 'توفيق', 'رجب', 'سيد', 'عبده', 'أشرف', 'ياسر', 'وائل', 'عمرو', 'كريم', 'حازم', 'حاتم', 'تامر', 'شادي',
    'رامي', 'سامي', 'عصام', 'عماد', 'إيهاب', 'هيثم', 'خليل', 'حمدي', 'سامح', 'شوقي', 'عوض', 'فرج', 'متولي', 'نبيل', 'أنور', 'جابر', 'حسام',
    'حمزة', 'رضا', 'شكري', 'صابر', 'صادق', 'عباس', 'علاء', 'فاروق', 'فؤاد', 'قاسم', 'لطفي', 'مختار', 'مرسي', 'مسعود', 'معتز', 'ممدوح',
    'منصور', 'نجيب', 'يحيى', 'يونس', 'سالم', 'إسماعيل', 'إبراهيم',
  ].map((w) => foldString(w)),
);

/** A given name (folded; see givenName) but the verb يزيد «increases»; with `after`, one of NAMES_AFTER too. */
function givenNameHere(norm: string, after: boolean): boolean {
  if (norm === 'يزيد') return false;
  return givenName(norm) || (after && NAMES_AFTER.has(norm));
}

/** Adverbs of time and the like that stand between a verb's subject and its object (folded). */
const ADVERBS: ReadonlySet<string> = new Set(['أمس', 'غدا', 'أيضا', 'كذلك', 'مساء', 'صباح', 'ظهر', 'عصر', 'مجددا', 'حاليا', 'سابقا', 'رسميا', 'هاتفيا'].map((w) => foldString(w)));

/** Words that join the name after them to a longer one (تركي بن محمد بن سلمان، أبو …), folded. */
const LINKS_BEFORE: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي']);

/**
 * Words that describe a person right before the name, as a title does, but are no title of the
 * names list's: jobs and conditions (الصحفي محمد صلاح، المتهم أحمد …، الحاج، رجل الأعمال),
 * folded. A name after one of them is someone the writer has described already, often a
 * namesake of the listed person: nothing is written in.
 */
const JOB_WORDS: ReadonlySet<string> = new Set(
  [
    'الصحفي', 'الصحفية', 'المتهم', 'المتهمة', 'المواطن', 'المواطنة', 'الطالب', 'الطالبة', 'الطبيب', 'الطبيبة', 'الضابط', 'الشاب', 'الشابة',
    'الطفل', 'الطفلة', 'السائق', 'العامل', 'المعلم', 'المعلمة', 'المدرس', 'المدرسة', 'التاجر', 'الموظف', 'الموظفة', 'المقاول', 'المحاسب',
    'الباحث', 'الباحثة', 'الخبير', 'الخبيرة', 'الناشط', 'الناشطة', 'المذيع', 'المذيعة', 'المؤرخ', 'المصور', 'المنشد', 'القارئ', 'الشهيد',
    'المجند', 'الرقيب', 'النقيب', 'الرائد', 'المقدم', 'الملازم', 'الحكم', 'المفكر', 'الناقد', 'الملحن', 'الموسيقار', 'المنتج', 'الكابتن',
    'الوكيل', 'المحقق', 'المرشح', 'المعارض', 'المهاجم', 'المدافع', 'الحارس', 'النجم', 'النجمة', 'الأسطورة', 'المغني', 'المغنية', 'المنشق',
  ].map((w) => foldString(w)),
);

/** Heads of a job written as a construct (رجل الأعمال، سيدة الأعمال، رجل الدين), folded. */
const JOB_HEADS: ReadonlySet<string> = new Set(['رجل', 'سيده', 'رجال', 'سيدات']);

/**
 * The people of the list a namesake of whose is in the draft: a mention of theirs that goes on
 * another person's name («علاء مبارك» and «جمال مبارك» beside «حسني مبارك»، «السيدة انتصار السيسي»،
 * «شقيقه إبراهيم حسن»). Their surname alone may be either: cutting a repeated full mention to it
 * is only offered. (A given name before a surname is taken here from the wider list: a mention
 * is not dropped on it, only its short form not applied.)
 */
function namesakesOf(doc: AnalysedDocument, mentions: readonly NameMention[]): Set<NameEntry> {
  const out = new Set<NameEntry>();
  for (const m of mentions) if (!out.has(m.entry) && inLongerName(doc, m, mentions, true)) out.add(m.entry);
  return out;
}

/** Is the folded word a title, a noun of office or a job word, through a proclitic (للمتهم، والصحفي)? */
function describes(norm: string): boolean {
  const w = withoutProclitic(norm);
  return TITLE_SET.has(norm) || TITLE_SET.has(w) || JOB_WORDS.has(norm) || JOB_WORDS.has(w) || officeNoun(norm);
}

/**
 * Is the mention a part of another person's longer name? A word of a name right before it (a
 * given name: «المتهم أحمد محمد صلاح»; بن or أبو: «الأمير تركي بن محمد بن سلمان»; a word right
 * after a title or job word: «المحامي كريم محمد صلاح») or right after it (a given name: «اللاعب
 * محمد صلاح محسن»; الدين or الله: «محمد صلاح الدين»; أبو or عبد and a word: «محمد صلاح أبو
 * هميلة»), no mark between. Nothing is written into it, and it is no mention of the listed
 * person (neither the first nor a repeat). Another listed person's name beside it is not its
 * own (الأمير محمد بن سلمان محمد صلاح: two people).
 */
function inLongerName(doc: AnalysedDocument, m: NameMention, mentions: readonly NameMention[], broad = false): boolean {
  if (!m.prefix) {
    const b = doc.wordBeside(m.firstToken, -1);
    if (b >= 0 && !inOtherMention(doc, mentions, m, b)) {
      const w = doc.tokens[b].norm;
      if (LINKS_BEFORE.has(w) || givenNameHere(w, broad) || givenNameHere(withoutProclitic(w), broad)) return true;
      // a name after a title or job word, the listed name after it (المحامي كريم محمد صلاح)
      // (not an adverb: «واستقبل الرئيس أمس محمد صلاح» is two people)
      if (w.length >= 3 && !w.startsWith('ال') && !NOT_A_NAME.has(w) && !ROLE_STOPS.has(w) && !ADVERBS.has(w)) {
        const bb = doc.wordBeside(b, -1);
        if (bb >= 0 && !inOtherMention(doc, mentions, m, bb) && describes(doc.tokens[bb].norm)) return true;
      }
    }
  }
  const a = doc.wordBeside(m.lastToken, 1);
  if (a < 0 || inOtherMention(doc, mentions, m, a)) return false;
  const w = doc.tokens[a].norm;
  if (w === 'الدين' || w === 'الله') return true;
  if ((w === 'ابو' || w === 'عبد') && doc.wordBeside(a, 1) >= 0) return true;
  // (a compound written as one word: محمد صالح عبدالقوي، أحمد زكي أبوشادي)
  if ((w.startsWith('عبد') || w.startsWith('ابو')) && w.length > 5) return true;
  return givenNameHere(w, true);
}

/** Dual and plural forms of the known titles (اللاعبان، الرئيسين، الفنانون، الفنانات), and collective words before a list of names, folded. */
const PLURAL_TITLES: ReadonlySet<string> = new Set([
  ...TITLES.flatMap((t) => {
    const f = foldString(t);
    const stem = f.endsWith('ه') ? f.slice(0, -1) : f;
    return f.endsWith('ه') ? [stem + 'تان', stem + 'تين', stem + 'ات'] : [f + 'ان', f + 'ين', f + 'ون'];
  }),
  ...[
    // (not الوزراء، النواب، الشيوخ، الأطباء: as often the end of a construct, مجلس الوزراء،
    // نقابة الأطباء, whose office is another person's: «رئيس مجلس الوزراء عمرو طلعت»)
    'النجوم', 'النجمان', 'النجمين', 'النجمتان', 'النجمتين', 'الزعيمان', 'الزعيمين',
    'الثنائي', 'الثلاثي', 'الرباعي', 'الخماسي', 'السداسي', 'المدربان', 'المدربين', 'الحارسان', 'الحارسين',
    'المهاجمان', 'المهاجمين', 'المدافعان', 'المدافعين', 'الشقيقان', 'الشقيقين', 'الزوجان', 'الزوجين', 'القطبان', 'القطبين', 'العملاقان', 'الأسطورتان',
  ].map((w) => foldString(w)),
]);

/** A dual or plural nisba after a plural title (اللاعبان المصريان، الفنانين المصريين), folded. */
const pluralNisba = (norm: string) => norm.length > 6 && norm.startsWith('ال') && /(يان|يين|يون)$/.test(norm);

/**
 * Does a dual, plural or collective title stand before the name, for it and for every name
 * joined to it by و or a comma («وشارك اللاعبان محمد صلاح ومحمود تريزيجيه»، «وحضر الفنانون عادل
 * إمام ويحيى الفخراني وليلى علوي»، «الثنائي»)? The title is there for each of them: nothing is
 * written into the list. The names between are four words at most each, with no particle.
 */
function pluralTitled(doc: AnalysedDocument, m: NameMention): boolean {
  let k = beside(doc, m.firstToken, -1);
  // back over the names before this one, each begun by و (or after a comma): the first one's title
  let words = 0;
  let items = 0;
  // (a name after و or a comma is a later one of the list)
  const mustJoin = /^و/.test(m.prefix) || (k >= 0 && isComma(doc, k));
  for (let n = 0; n < 24 && k >= 0; n++, k = beside(doc, k, -1)) {
    const t = doc.tokens[k];
    if (t.kind !== 'word') {
      if (!isComma(doc, k) || !mustJoin) return false;
      words = 0;
      continue;
    }
    const norm = t.norm;
    if (PLURAL_TITLES.has(norm) || PLURAL_TITLES.has(withoutProclitic(norm))) return true;
    if (pluralNisba(norm)) continue;
    if (!mustJoin) return false;
    // (a particle, a title, a noun with a pronoun ends the list: «مرانهما الاعتيادي، وسيواصل»)
    if (NOT_A_NAME.has(norm) || ROLE_STOPS.has(norm) || describes(norm) || /(هما|هم)$/.test(norm)) return false;
    if (++words > 4) return false;
    // the first word of a name joined by و (ومنى، ويحيى): the names before it are the list's too
    if (norm.startsWith('و') && norm.length > 2) {
      if (++items > 6) return false;
      words = 0;
    }
  }
  return false;
}

/** Separators of a list of names: dashes and commas (and the Arabic semicolon). */
const LIST_DASHES = '-–—';
const LIST_MARKS = '-–—،,؛;';

/**
 * Is the mention an item of a list of names: a line-up between dashes («تشكيل منتخب مصر: محمد
 * الشناوي - محمد هاني - محمد صلاح.») or the names after a colon («كل من: محمد الشناوي، محمد
 * صلاح، إمام عاشور.»)? A list names people, it introduces none: nothing is written into it, and
 * it is no mention of theirs. The mention is a whole item; the list (from the colon, or the
 * line's start, to the sentence's end) has two items or more of five words at most, no particle
 * in them; without a colon, the items are between dashes.
 */
function listItem(doc: AnalysedDocument, m: NameMention): boolean {
  if (m.prefix && m.prefix !== 'و') return false;
  const mark = (k: number) => (k < 0 ? '' : doc.tokens[k].kind === 'word' ? undefined : doc.text[doc.tokens[k].start]);
  const b = mark(beside(doc, m.firstToken, -1));
  const a = mark(afterName(doc, m.lastToken));
  if (b === undefined || a === undefined) return false;
  if (!(b === '' || b === ':' || LIST_MARKS.includes(b))) return false;
  if (!(a === '' || a === '.' || LIST_MARKS.includes(a))) return false;
  // the list: back to a colon or the line's start, on to the sentence's end
  let from = m.firstToken;
  let colon = false;
  for (let k = beside(doc, m.firstToken, -1); k >= 0; k = beside(doc, k, -1)) {
    const c = doc.tokens[k].kind === 'word' ? '' : doc.text[doc.tokens[k].start];
    if (c === ':') {
      colon = true;
      break;
    }
    if ('.!؟?'.includes(c) && c !== '') return false;
    from = k;
  }
  let items = 1;
  let words = 0;
  let dashes = 0;
  for (let k = from; k >= 0; k = beside(doc, k, 1)) {
    const t = doc.tokens[k];
    if (t.kind === 'word') {
      if (NOT_A_NAME.has(t.norm) || ++words > 5) return false;
      continue;
    }
    const c = doc.text[t.start];
    if ('.!؟?'.includes(c)) break;
    if (!LIST_MARKS.includes(c) || words === 0) return false;
    if (LIST_DASHES.includes(c)) dashes++;
    items++;
    words = 0;
  }
  if (words === 0 || items < 2) return false;
  return colon || (dashes > 0 && (LIST_DASHES.includes(b) || LIST_DASHES.includes(a)));
}

/**
 * Nouns of office that head a phrase describing a person (folded): right after the name (اللواء
 * محمد صلاح مدير أمن الجيزة، محمود توفيق أستاذ القانون، محمد صلاح لاعب ليفربول) or heading a
 * construct right before it (مدرب منتخب مصر حسام حسن، قائد منتخب مصر محمد صلاح، أمين عام الأمم
 * المتحدة). Not صاحب (صاحب السمو is an honorific) nor كابتن (a title: الكابتن حسام حسن).
 */
const OFFICE_HEADS: ReadonlySet<string> = new Set(
  [
    'مدير', 'أستاذ', 'رئيس', 'وزير', 'لاعب', 'مدرب', 'نائب', 'عضو', 'سفير', 'محافظ', 'مستشار', 'أمين', 'عميد', 'قائد', 'نجم', 'حارس', 'مهاجم',
    'مدافع', 'متحدث', 'مؤسس', 'نقيب', 'وكيل', 'مساعد', 'عمدة', 'حاكم', 'أمير', 'ولي', 'شيخ', 'مفتي', 'مالك', 'مندوب', 'ممثل', 'زعيم', 'هداف',
    'مخرج', 'مؤلف', 'بطل', 'مطرب', 'مذيع', 'قاضي',
  ].flatMap((w) => {
    const f = foldString(w);
    return [f, f + 'ه', f + 'ا'];
  }),
);
/** The same with the article, after the name (المدير الفني، الأمين العام، المتحدث الرسمي). */
const OFFICES_AFTER: ReadonlySet<string> = new Set(['المدير', 'الامين', 'المتحدث', 'الرئيس', 'المدرب', 'النائب', 'المستشار', 'العضو', 'القائد', 'الحارس', 'المهاجم', 'المدافع', 'النجم', 'اللاعب', 'المديره', 'الرئيسه']);

/**
 * Is an office written right after the name, an optional comma between (محمد صلاح لاعب ليفربول،
 * خالد عبد الغفار، نائب رئيس الوزراء)? The person is described there: the listed role is not
 * appended to another (and a namesake's office is his). Not with و or ف: «ووزير المالية» is
 * another person.
 */
function officeAfter(doc: AnalysedDocument, m: NameMention, e: NameEntry, title: TitleFound | undefined): boolean {
  let k = afterName(doc, m.lastToken);
  const comma = k >= 0 && isComma(doc, k);
  if (comma) k = beside(doc, k, 1);
  if (k < 0 || doc.tokens[k].kind !== 'word') return false;
  const norm = doc.tokens[k].norm;
  if (!(OFFICE_HEADS.has(norm) || OFFICES_AFTER.has(norm))) return false;
  // (right after a verb of meeting, receiving or honouring, the office is the verb's object, the
  // other person: «واستقبل عبد الفتاح السيسي رئيس وزراء اليونان»، «والتقى عمرو طلعت سفير الصين»،
  // «وكرم مصطفى مدبولي مدير المشروع»; not after a comma, which sets off an apposition, nor where
  // the office shares a word of the person's listed role or title, «والتقى محمد صلاح لاعب
  // ليفربول الأطفال» for نجم ليفربول: that describes the person)
  if (!comma && afterMeetingVerb(doc, m, title) && !sharesRoleWord(doc, k, e) && !objectLater(doc, m, title, k) && officeEndsClause(doc, k)) return false;
  return true;
}

/**
 * Verbs of meeting, receiving and honouring, whose direct object is a person (folded: past,
 * feminine and present forms, with و or ف): استقبل، التقى، قابل، هنأ، كرم، قلد، منح، ودع، زار،
 * استضاف، صافح، شكر، رافق. Not اتصل or بحث, which take the person with بـ or مع (واتصل محمد صالح
 * رئيس اللجنة بالوزير، وبحث … مع): an office right after the name is then the subject's.
 */
const MEETING_FORMS = [
  'استقبل', 'استقبلت', 'يستقبل', 'تستقبل', 'قابل', 'قابلت', 'يقابل', 'تقابل', 'هنأ', 'هنأت', 'يهنئ', 'تهنئ', 'كرم', 'كرمت', 'يكرم', 'تكرم', 'قلد', 'قلدت',
  'يقلد', 'تقلد', 'منح', 'منحت', 'يمنح', 'تمنح', 'ودع', 'ودعت', 'يودع', 'تودع', 'زار', 'زارت', 'يزور', 'تزور', 'استضاف', 'استضافت', 'يستضيف', 'تستضيف',
  'صافح', 'صافحت', 'يصافح', 'تصافح', 'شكر', 'شكرت', 'يشكر', 'تشكر', 'رافق', 'رافقت', 'يرافق', 'ترافق',
];
/** التقى, which also takes the person with بـ or مع (والتقى محمد صالح رئيس اللجنة بالوفد). */
const MEET_FORMS = ['التقى', 'التقت', 'يلتقي', 'تلتقي'];
const MEETING_VERBS: ReadonlySet<string> = foldedWithConjunctions([...MEETING_FORMS, ...MEET_FORMS]);
const MEET_VERBS: ReadonlySet<string> = foldedWithConjunctions(MEET_FORMS);

/** Words after an office phrase that end it as the verb's object: prepositions, adverbs of time (folded). */
const AFTER_OBJECT: ReadonlySet<string> = new Set(
  ['في', 'لدى', 'على', 'من', 'عن', 'إلى', 'مع', 'خلال', 'أمس', 'غدا', 'اليوم', 'صباح', 'مساء', 'عقب', 'قبل', 'بعد', 'حيث', 'وسط', 'بحضور', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map((w) => foldString(w)),
);

/**
 * Does the office phrase from token k end its clause as the verb's object: its construct (three
 * words without the article at most, up to the first with it, and its adjectives, الأمريكي) is
 * followed by a mark, the text's end, a preposition, ب-word or adverb of time (رئيس وزراء اليونان
 * في …، سفير الصين لدى …، رئيس الإمارات بالعيد) or a و (another object)? Not where another noun
 * follows, the verb's own object: «واستقبل محمد صلاح مدير أمن الجيزة وفدا من الأهالي» describes a
 * namesake by his office.
 */
function officeEndsClause(doc: AnalysedDocument, k: number): boolean {
  const word = (j: number) => j >= 0 && doc.tokens[j].kind === 'word';
  // (a preposition, a ب-word, an adverb of time, or a و before another object)
  const ends = (w: string) => AFTER_OBJECT.has(w) || w.startsWith('ب') || w.startsWith('وال') || (w.startsWith('و') && OFFICE_HEADS.has(w.slice(1)));
  let j = beside(doc, k, 1);
  // the construct's words without the article (وزراء of رئيس وزراء اليونان), three at most
  for (let bare = 0; word(j) && !doc.tokens[j].norm.startsWith('ال'); j = beside(doc, j, 1)) {
    if (ends(doc.tokens[j].norm)) return true;
    if (++bare > 3) return false;
  }
  if (!word(j)) return true;
  // its last word with the article (اليونان، الخارجية، المشروع), unless it is an adverb (اليوم)
  if (AFTER_OBJECT.has(doc.tokens[j].norm)) return true;
  j = beside(doc, j, 1);
  // its adjectives (الأمريكي) and a complement with لل (للشركة، للأمم المتحدة)
  for (let n = 0; n < 4 && word(j) && (nisba(doc.tokens[j].norm) || (n === 0 && doc.tokens[j].norm.startsWith('لل'))); n++) j = beside(doc, j, 1);
  while (word(j) && nisba(doc.tokens[j].norm)) j = beside(doc, j, 1);
  if (!word(j)) return true;
  return ends(doc.tokens[j].norm);
}

/**
 * After التقى, does the person met come later in the clause, with مع or بـ + the article
 * («والتقى محمد صالح رئيس اللجنة بالوفد الزائر»، «… مع الوفد»)? Then the office after the name
 * is the subject's. Looks from the office at token k to the next punctuation mark, eight words
 * at most.
 */
function objectLater(doc: AnalysedDocument, m: NameMention, title: TitleFound | undefined, k: number): boolean {
  const v = beside(doc, title?.full ? doc.tokenIndexAt(title.start) : m.firstToken, -1);
  if (v < 0 || !MEET_VERBS.has(doc.tokens[v].norm)) return false;
  for (let n = 0; n < 8 && k >= 0 && doc.tokens[k].kind === 'word'; n++, k = beside(doc, k, 1)) {
    const w = doc.tokens[k].norm;
    if (w === 'مع' || w === 'ومع' || (w.startsWith('بال') && w.length > 4)) return true;
  }
  return false;
}

/**
 * Is the word right before the mention (or before its listed title: «واستقبل الدكتور مصطفى
 * مدبولي وزير الخارجية الأمريكي») a verb of meeting, receiving or honouring?
 */
function afterMeetingVerb(doc: AnalysedDocument, m: NameMention, title: TitleFound | undefined): boolean {
  if (m.prefix) return false;
  let from = m.firstToken;
  if (title?.full) {
    if (title.prefix) return false;
    from = doc.tokenIndexAt(title.start);
  }
  const k = beside(doc, from, -1);
  return k >= 0 && doc.tokens[k].kind === 'word' && MEETING_VERBS.has(doc.tokens[k].norm);
}

/** Words too common in offices to tell one from another (folded, without the article). */
const OFFICE_FILLER: ReadonlySet<string> = new Set(['مجلس', 'وزراء', 'دوله', 'عام', 'عامه', 'اول', 'اعلي', 'جمهوريه', 'شؤون', 'شئون', 'هيئه', 'مصر', 'مصري', 'مصريه'].map((w) => foldString(w)));

/**
 * Does the office phrase from token k (up to five words, to a punctuation mark) share a
 * distinctive word with the person's listed role or title (ليفربول of «لاعب ليفربول» and «نجم
 * ليفربول الإنجليزي»)? Heads of office and common filler do not count.
 */
function sharesRoleWord(doc: AnalysedDocument, k: number, e: NameEntry): boolean {
  const strip = (w: string) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);
  const own = new Set(
    `${e.role ?? ''} ${e.title ?? ''}`
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => strip(foldString(w)))
      .filter((w) => w.length > 2 && !OFFICE_HEADS.has(w) && !OFFICE_FILLER.has(w)),
  );
  for (let n = 0; n < 5 && k >= 0 && doc.tokens[k].kind === 'word'; n++, k = beside(doc, k, 1)) {
    const w = strip(withoutProclitic(doc.tokens[k].norm));
    if (own.has(w) || own.has(strip(doc.tokens[k].norm))) return true;
  }
  return false;
}

/**
 * Is the ministry or body of the listed role written right after the name with ل (بدر عبد
 * العاطي للخارجية for وزير الخارجية, خالد عبد الغفار للصحة for وزير الصحة والسكان)? The role is
 * given so.
 */
function roleByLam(doc: AnalysedDocument, m: NameMention, role: string): boolean {
  const k = afterName(doc, m.lastToken);
  if (k < 0 || doc.tokens[k].kind !== 'word') return false;
  const norm = doc.tokens[k].norm;
  if (!norm.startsWith('لل') || norm.length < 5) return false;
  const word = 'ا' + norm.slice(1);
  return phraseOf(role).some((x) => x.word && x.text === word);
}

/**
 * Does a phrase of office end right before the name (its head, then words of its construct, three
 * without the article at most: «مدرب منتخب مصر حسام حسن»، «أمين عام الجامعة العربية أحمد أبو
 * الغيط»، «حارس مرمى الأهلي ومنتخب مصر محمد الشناوي»)? It describes the person (or, where the
 * name is the object, another one: «واستقبل رئيس الوزراء …»): nothing is written in. An office
 * right after another named person is theirs («الدكتور مصطفى مدبولي رئيس مجلس الوزراء عمرو طلعت»).
 */
function officeBefore(doc: AnalysedDocument, m: NameMention, mentions: readonly NameMention[]): boolean {
  if (m.prefix) return false;
  let k = beside(doc, m.firstToken, -1);
  if (k >= 0 && isComma(doc, k)) k = beside(doc, k, -1);
  let bare = 0;
  for (let n = 0; n < 7 && k >= 0 && doc.tokens[k].kind === 'word'; n++, k = beside(doc, k, -1)) {
    const norm = doc.tokens[k].norm;
    if (ROLE_STOPS.has(norm) || NOT_A_NAME.has(norm) || inOtherMention(doc, mentions, m, k)) return false;
    const w = withoutProclitic(norm);
    // (with the article only a head that is no title: المدير الفني لمنتخب مصر; اللاعب is a title)
    if (OFFICE_HEADS.has(norm) || OFFICE_HEADS.has(w) || (w.startsWith('ال') && OFFICE_HEADS.has(w.slice(2)) && !TITLE_SET.has(w))) {
      const p = doc.wordBeside(k, -1);
      return !(p >= 0 && inOtherMention(doc, mentions, m, p));
    }
    if (norm.startsWith('ال') || w.startsWith('ال')) continue;
    if (++bare > 3) return false;
  }
  return false;
}

/** The first word of a phrase as a head noun may be written: through و or ف, with tanween (وزيراً). */
function headIs(norm: string, head: string): boolean {
  // (a head with the article also without it, as the first word of a construct: «أمين عام الأمم
  // المتحدة» for الأمين العام للأمم المتحدة)
  const bare = (w: string) => w === head || w === head + 'ا' || (!head.startsWith('ال') && w === 'ال' + head) || (head.startsWith('ال') && head.length > 4 && w === head.slice(2));
  if (bare(norm)) return true;
  for (const c of ['و', 'ف', 'ب', 'ل', 'وب', 'ول']) if (norm.startsWith(c) && bare(norm.slice(c.length))) return true;
  // («للنجم» is ل + النجم)
  const article = lamArticle(norm);
  return article !== undefined && bare(article);
}

/**
 * Is the role written near the mention in another form: its head noun right after the name (and
 * what continues it) or a comma (أمير دولة الكويت for أمير الكويت، وزيراً للخارجية), or heading
 * the title-like words right before it (وزير الخارجية محمد جواد ظريف for وزير الخارجية الإيراني،
 * وزعيم التمرد عبدالملك الحوثي)? The role is then there, as the writer chose to word it.
 */
/** Prepositions and particles before a name that end the walk back to its role (folded). */
const ROLE_STOPS: ReadonlySet<string> = new Set(['مع', 'ومع', 'عن', 'الي', 'علي', 'في', 'من', 'بين', 'لدي', 'عند', 'ان', 'او', 'ثم'].map((w) => foldString(w)));

function roleInOtherForm(doc: AnalysedDocument, m: NameMention, role: string): boolean {
  const head = phraseOf(role).find((x) => x.word)?.text;
  if (!head) return false;
  let k = afterName(doc, m.lastToken);
  if (k >= 0 && isComma(doc, k)) k = beside(doc, k, 1);
  // (not with و or ف: «عمرو طلعت ووزير المالية محمد معيط» is another person's role)
  if (k >= 0 && doc.tokens[k].kind === 'word' && !/^[وف]/.test(doc.tokens[k].norm.replace(head, '')) && headIs(doc.tokens[k].norm, head)) return true;
  if (m.prefix) return false;
  k = beside(doc, m.firstToken, -1);
  if (k >= 0 && isComma(doc, k)) k = beside(doc, k, -1);
  // back over a title and the rest of a construct (الشيخ، الكويت، للقوات), then the head, or the
  // one noun of its construct before it (بأمير دولة الكويت الشيخ صباح الأحمد)
  let construct = false;
  for (let n = 0; n < 6 && k >= 0 && doc.tokens[k].kind === 'word'; n++, k = beside(doc, k, -1)) {
    const norm = doc.tokens[k].norm;
    // a preposition ends the name's own words: «وزير المالية مع الدكتور عمرو طلعت» is another's role
    if (ROLE_STOPS.has(norm)) break;
    if (headIs(norm, head)) return true;
    if (norm.startsWith('ال') || norm.startsWith('لل')) continue;
    if (construct) break;
    construct = true;
  }
  return false;
}

/**
 * Is the listed title written in the sentence before the name, a few words from it and in the
 * same stack (الرئيس اليمني المعترف به دولياً عبدربه منصور هادي), or right after it as an
 * apposition (بان كي مون الأمين العام للأمم المتحدة)? The title is then there: nothing is written
 * in. A title with another name after it is that person's (وأكد الرئيس الفلسطيني محمود عباس
 * خلال لقائه عبد الفتاح السيسي: not السيسي's): see sameStack.
 */
function titleNearby(doc: AnalysedDocument, m: NameMention, title: string, mentions: readonly NameMention[]): boolean {
  const phrase = phraseOf(title);
  if (phraseAt(doc, beside(doc, m.lastToken, 1), phrase) >= 0) return true;
  // (a proclitic و or ف on the name joins it to what stands before: «الرئيس وعبد الفتاح السيسي»
  // are two people, and the title is the first one's)
  if (/^[وف]/.test(m.prefix)) return false;
  let k = beside(doc, m.firstToken, -1);
  for (let n = 0; n < 8 && k >= 0; k = beside(doc, k, -1)) {
    const t = doc.tokens[k];
    if (t.kind === 'punct' && '.!؟?:'.includes(doc.text[t.start])) return false;
    if (t.kind !== 'word') continue;
    n++;
    // the nearest one decides: a title further back has the same words, and more, between it
    // and the name
    const end = phraseAt(doc, k, phrase, true);
    if (end >= 0) return sameStack(doc, end, m, mentions);
  }
  return false;
}

/**
 * Per word token, the mention of another person it belongs to, for the mentions that are surely
 * a person: written with two words or more, of a person the draft names so, or right after the
 * person's listed title (الرئيس السيسي). A bare surname of anyone else may be a word or an
 * adjective (المصري، السوداني). Built once a check.
 */
const mentionByToken = new WeakMap<readonly NameMention[], Map<number, NameMention>>();

/** Is token k a word of another person's mention than m's (a sure one: see mentionByToken)? */
function inOtherMention(doc: AnalysedDocument, mentions: readonly NameMention[], m: NameMention, k: number): boolean {
  let byToken = mentionByToken.get(mentions);
  if (!byToken) {
    byToken = new Map();
    const named = new Set<NameEntry>();
    for (const o of mentions) if (o.lastToken > o.firstToken) named.add(o.entry);
    for (const o of mentions) {
      if (!named.has(o.entry) && !afterOwnTitle(doc, o)) continue;
      for (let j = o.firstToken; j <= o.lastToken; j++) byToken.set(j, o);
    }
    mentionByToken.set(mentions, byToken);
  }
  const o = byToken.get(k);
  return o !== undefined && o.entry !== m.entry;
}

/** Is the word before mention o the last word of o's listed title, a proclitic aside (الرئيس السيسي، والرئيس السيسي)? */
function afterOwnTitle(doc: AnalysedDocument, o: NameMention): boolean {
  const words = o.entry.title ? foldString(o.entry.title).split(/\s+/).filter(Boolean) : [];
  const k = o.prefix ? -1 : beside(doc, o.firstToken, -1);
  const t = k >= 0 ? doc.tokens[k] : undefined;
  if (!t || t.kind !== 'word' || words.length === 0) return false;
  const last = words[words.length - 1];
  return t.norm === last || ((t.norm.startsWith('و') || t.norm.startsWith('ف')) && t.norm.slice(1) === last);
}

/**
 * Is the title that ends at offset `from` this person's, with no other person named between it
 * and the mention? Only a name the list knows tells: the words of a title's stack are too many to
 * list (الرئيس المصري الـ46، السفير السعودي لدى مصر، رئيس مجلس السيادة السوداني، الرئيس الفرنسي
 * نفسه), and a title taken for missing is written in a second time. So «وأكد الرئيس الفلسطيني
 * محمود عباس خلال لقائه عبد الفتاح السيسي» gives السيسي the title only when محمود عباس is listed.
 */
function sameStack(doc: AnalysedDocument, from: number, m: NameMention, mentions: readonly NameMention[]): boolean {
  for (let k = firstStartingAt(doc.tokens, from); k < m.firstToken; k++) {
    if (doc.tokens[k].kind === 'word' && inOtherMention(doc, mentions, m, k)) return false;
  }
  return true;
}

/** Opening marks a gloss or a quoted name is wrapped in, with their closing marks. */
const WRAP: Readonly<Record<string, string>> = { '(': ')', '«': '»', '“': '”', '"': '"' };

/**
 * Is the name wrapped in brackets or quotation marks of its own («رئيس الجمهورية (فرانسوا
 * أولوند)»، «الرئيس أبو مازن (محمود عباس)»، «مدرب الهلال اليوناني "جورجيوس دونيس"»)? It glosses
 * what stands before it, where the title is: nothing is written inside the marks.
 */
function wrapped(doc: AnalysedDocument, m: NameMention): boolean {
  if (m.prefix) return false;
  const a = beside(doc, m.firstToken, -1);
  const b = beside(doc, m.lastToken, 1);
  if (a < 0 || b < 0) return false;
  const open = doc.text[doc.tokens[a].start];
  return doc.tokens[a].kind !== 'word' && WRAP[open] !== undefined && doc.tokens[b].kind !== 'word' && doc.text[doc.tokens[b].start] === WRAP[open];
}

/**
 * Is the name right after an opening bracket or quotation mark (نواب الرئيس (نوري المالكي وأسامة
 * النجيفي))? A title written in would open the brackets: it is named, not written.
 */
function afterOpeningMark(doc: AnalysedDocument, m: NameMention): boolean {
  if (m.prefix) return false;
  const a = beside(doc, m.firstToken, -1);
  return a >= 0 && doc.tokens[a].kind !== 'word' && WRAP[doc.text[doc.tokens[a].start]] !== undefined;
}

/**
 * Places and things named after a person (ميدان الأمير محمد بن نايف، استاد الأمير سلمان بن
 * عبدالعزيز، جامعة الملك عبدالعزيز), folded: the name there is no mention of the person, and no
 * title or role is written into it.
 */
const NAMED_AFTER: ReadonlySet<string> = new Set([
  'ميدان', 'استاد', 'ستاد', 'ملعب', 'شارع', 'طريق', 'جامعه', 'مستشفي', 'مدينه', 'مركز', 'جائزه', 'مطار', 'حي', 'مسجد', 'جامع',
  'قاعه', 'كليه', 'معهد', 'مدرسه', 'صاله', 'مجمع', 'كاس', 'قصر', 'منتزه', 'حديقه', 'دوار', 'ميناء', 'جسر',
  'سد', 'كرسي', 'مكتبه', 'متحف', 'قاعده', 'مهرجان', 'منحه', 'مؤسسه', 'موسسه', 'اسطبل', 'اسطبلات', 'ملتقي',
  // (not وقف «stood», بطولة «starring», مشروع, برنامج: as often a verb or a noun before a person)
]);

/** Is the mention the name of a place or thing named after the person (ميدان الأمير محمد بن نايف)? */
function namedAfter(doc: AnalysedDocument, m: NameMention): boolean {
  if (m.prefix) return false;
  let k = doc.wordBeside(m.firstToken, -1);
  if (k >= 0 && TITLE_SET.has(doc.tokens[k].norm)) k = doc.wordBeside(k, -1);
  if (k < 0) return false;
  const norm = doc.tokens[k].norm;
  if (NAMED_AFTER.has(norm)) return true;
  for (const c of ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول']) if (norm.startsWith(c) && NAMED_AFTER.has(norm.slice(c.length))) return true;
  return false;
}


/**
 * The phrase written right before token `at` (the last of it next to it, or with a comma
 * between: وزير الخارجية، سامح شكري), its first word through a proclitic (وقال والدكتور،
 * للدكتور): the index of its first token and that proclitic, or undefined.
 */
function phraseBefore(doc: AnalysedDocument, at: number, phrase: Phrase): { first: number; prefix: string } | undefined {
  if (phrase.length === 0) return undefined;
  let k = beside(doc, at, -1);
  if (k >= 0 && isComma(doc, k) && !(phrase[phrase.length - 1].text === '،' || phrase[phrase.length - 1].text === ',')) k = beside(doc, k, -1);
  for (let w = phrase.length - 1; w > 0; w--, k = beside(doc, k, -1)) if (k < 0 || !tokenIs(doc, k, phrase[w])) return undefined;
  if (k < 0) return undefined;
  const t = doc.tokens[k];
  if (!phrase[0].word) return tokenIs(doc, k, phrase[0]) ? { first: k, prefix: '' } : undefined;
  const pre = t.kind === 'word' ? procliticOf(t.norm, phrase[0].text) : undefined;
  if (pre === undefined) return undefined;
  return { first: k, prefix: doc.text.slice(t.start, t.end).slice(0, pre.length) };
}

/**
 * Does the phrase start at token k (spaces, format characters and, first, a comma skipped; with
 * `proclitic`, its first word may carry one: وبولي العهد)? The end of it, or -1.
 */
function phraseAt(doc: AnalysedDocument, k: number, phrase: Phrase, proclitic = false): number {
  if (phrase.length === 0 || k < 0) return -1;
  if (isComma(doc, k) && phrase[0].word) k = beside(doc, k, 1);
  for (let w = 0; w < phrase.length; w++) {
    if (k < 0) return -1;
    const first = w === 0 && proclitic && phrase[0].word && doc.tokens[k].kind === 'word';
    if (first ? procliticOf(doc.tokens[k].norm, phrase[0].text) === undefined : !tokenIs(doc, k, phrase[w])) return -1;
    if (w < phrase.length - 1) k = beside(doc, k, 1);
  }
  return doc.tokens[k].end;
}

/**
 * A title found before a mention. `full`: the listed one; `other`: not a word of it (another
 * title, an office, a job, a nisba: the person is described already, or is a namesake).
 */
type TitleFound = Span & { prefix: string; full: boolean; other: boolean };

/**
 * The title before the mention, its span and the proclitic on it. `full`: as the names list
 * writes it, or its abbreviation (د. for الدكتور). Not `full`: another title is there (a word of
 * this one, a known title or title of office, an abbreviation: الرئيس for سيادة الرئيس after
 * another rule cut the honorific, وزير الخارجية for الوزير), which the writer may mean: the
 * listed one is named in the message, never written in. Undefined: no title.
 */
function titleBefore(doc: AnalysedDocument, m: NameMention, title: string, mentions: readonly NameMention[]): TitleFound | undefined {
  if (m.prefix) return undefined; // وعمرو طلعت: the proclitic is the name's, no title between
  const nameStart = m.firstToken;
  const before = beside(doc, nameStart, -1);
  if (before < 0) return undefined;
  const end = doc.tokens[isComma(doc, before) ? Math.max(0, beside(doc, before, -1)) : before].end;
  const look = titleLook(title);
  for (const form of look.forms) {
    const found = phraseBefore(doc, nameStart, phraseOf(form));
    if (found) return { start: doc.tokens[found.first].start, end, prefix: found.prefix, full: true, other: false };
  }
  // something title-like just before the name: a title word, or one followed only by words with
  // the article (الدكتور; وزير الخارجية; الرئيس الأمريكي), three words at most; or an abbreviation
  let k = isComma(doc, before) ? beside(doc, before, -1) : before;
  const { titleWords, candidates, firstCandidate } = look;
  // a nisba right before the name (اليوناني جورجيوس دونيس، الأرجنتينيين ليونيل ميسي) describes the
  // person as a title does: a title written in would fall between the two
  // (not a listed surname that reads as one: الرئيس السيسي محمود عباس)
  const described = doc.tokens[k]?.kind === 'word' && nisba(doc.tokens[k].norm) && !inOtherMention(doc, mentions, m, k) ? doc.tokens[k] : undefined;
  for (let n = 0; n < 4 && k >= 0; n++, k = beside(doc, k, -1)) {
    const t = doc.tokens[k];
    // another listed person's name (الرئيس السيسي محمود عباس): what stands before it is theirs
    if (inOtherMention(doc, mentions, m, k)) break;
    if (t.kind === 'word') {
      // (a word of the listed title is the person's own, written short: الرئيس for الرئيس الصيني;
      // any other describes someone the writer has described already, maybe a namesake)
      // the first title-like word (in the order of `candidates`) the word is, with a proclitic or not
      const c = firstCandidate.get(t.norm);
      if (c !== undefined) {
        const pre = procliticOf(t.norm, candidates[c])!;
        const own = titleWords.some((w) => procliticOf(t.norm, w) !== undefined);
        return { start: t.start, end, prefix: doc.text.slice(t.start, t.end).slice(0, pre.length), full: false, other: !own };
      }
      // a noun of office with the article or a pronoun (القائد العام للقوات المسلحة، ورئيسها، نظيره الكيني)
      if (officeNoun(t.norm)) return { start: t.start, end, prefix: '', full: false, other: true };
      // a job or condition (الصحفي، المتهم، رجل الأعمال)
      const bare = withoutProclitic(t.norm);
      if (JOB_WORDS.has(t.norm) || JOB_WORDS.has(bare) || JOB_HEADS.has(bare) || JOB_HEADS.has(t.norm)) return { start: t.start, end, prefix: '', full: false, other: true };
      // the rest of a construct or an adjective (الخارجية، الأمريكي، للقوات، لنادي الشباب)
      if (t.norm.startsWith('ال') || t.norm.startsWith('ل')) continue;
      break;
    }
    // an abbreviation: a word of one or two letters and its dot (د. م. أ.د.)
    if (n === 0 && t.kind === 'punct' && doc.text[t.start] === '.') {
      const w = beside(doc, k, -1);
      if (w >= 0 && doc.tokens[w].kind === 'word' && doc.tokens[w].norm.length <= 2) return { start: doc.tokens[w].start, end, prefix: '', full: false, other: true };
    }
    break;
  }
  if (described) return { start: described.start, end, prefix: '', full: false, other: true };
  return undefined;
}

/**
 * What titleBefore looks for before a mention of a person with this listed title, made once per
 * title (it was made again for each word before each mention): the title's spellings (the title,
 * then its abbreviations), the words of the title (in order, each once), and the title-like words
 * (TITLE_SET, TITLE_NOUNS, then the title's words), with every spelling procliticOf takes for one
 * of them (procliticSpellings) → the first of them it takes it for: a word costs one lookup, not
 * a walk over 130 words.
 */
interface TitleLook {
  forms: string[];
  titleWords: string[];
  candidates: string[];
  firstCandidate: Map<string, number>;
}

const titleLooks = new Map<string, TitleLook>();

function titleLook(title: string): TitleLook {
  let look = titleLooks.get(title);
  if (look) return look;
  const folded = foldString(title);
  const forms = [title, ...ABBREVIATIONS.filter((a) => foldString(a.full) === folded).map((a) => a.abbr)];
  const titleWords = [...new Set(phraseOf(title).filter((x) => x.word).map((x) => x.text))];
  const candidates = [...TITLE_SET, ...TITLE_NOUNS, ...titleWords];
  const firstCandidate = new Map<string, number>();
  for (let c = 0; c < candidates.length; c++) for (const s of procliticSpellings(candidates[c])) if (!firstCandidate.has(s)) firstCandidate.set(s, c);
  look = { forms, titleWords, candidates, firstCandidate };
  if (titleLooks.size >= 1000) titleLooks.clear();
  titleLooks.set(title, look);
  return look;
}

/**
 * Whether the role is written with the mention: right after the name (after an optional
 * comma: its end), or anywhere else in the name's block (before the name, in brackets,
 * between dashes: 0). -1: not there.
 */
function roleWith(doc: AnalysedDocument, m: NameMention, role: string): number {
  const phrase = phraseOf(role);
  const after = phraseAt(doc, beside(doc, m.lastToken, 1), phrase);
  if (after >= 0) return after;
  // (the name's block: a plain-text draft written a paragraph a line may give the role in the
  // line before, as it did when its paragraphs were its blocks)
  const k = doc.paragraphIndexAt(m.start);
  if (k < 0) return -1;
  const p = doc.blockOf(k);
  for (let k = firstStartingAt(doc.tokens, p.start); k < doc.tokens.length && doc.tokens[k].start < p.end; k++) {
    if (phraseAt(doc, k, phrase, true) >= 0) return 0;
  }
  return -1;
}

/**
 * A one-word listed name (طلعت) right after another word, no proclitic or mark between: it may
 * be the end of a longer name (عمرو طلعت), where a title written before it would land inside
 * the name (عمرو الدكتور طلعت). The title is then only offered.
 */
function midName(doc: AnalysedDocument, m: NameMention, e: NameEntry): boolean {
  return !m.prefix && !/\s/.test(e.canonical.trim()) && doc.wordBeside(m.firstToken, -1) >= 0;
}

/** What the rule writes at a first mention: the title, the name and the role («الدكتور عمرو طلعت وزير الاتصالات»). */
export function fullForm(e: NameEntry): string {
  return [e.title, e.canonical, e.role].filter(Boolean).join(' ');
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'first-mention',
    category: 'honorifics',
    defaultSeverity: 'info',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      bareSurname: { ar: 'أول ذكر لـ«{name}» بالاسم المختصر: اذكره كاملا باللقب والصفة أولا', en: 'First mention of “{name}” by surname only: name them in full, with title and role, first' },
      incomplete: { ar: 'أول ذكر لـ«{name}» ينقصه {missing}: «{full}»', en: 'The first mention of “{name}” lacks the {missingEn}: “{full}”' },
      repeatedFull: { ar: '«{name}» ذُكر كاملا من قبل: يكفي «{short}»', en: '“{name}” was already named in full: “{short}” is enough' },
      firstFull: { ar: 'أول ذكر كامل', en: 'First full mention' },
      writeFull: { ar: 'اكتب «{full}»', en: 'Write “{full}”' },
      writeShort: { ar: 'اكتب «{short}»', en: 'Write “{short}”' },
    },
    docs: {
      description: { ar: 'الذكر الأول للشخص كاملا باللقب والصفة، ثم بالاسم المختصر', en: 'A person named in full (title, role) first, by surname afterwards' },
      explanation: {
        ar: 'لمن في قائمة الأسماء لقب وصفة: يُذكر أول مرة كاملا («الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات»)، ثم بالاسم المختصر («طلعت»). يُنبَّه على الاسم المختصر قبل الذكر الكامل، وعلى ذكر أول ينقصه اللقب أو الصفة، وعلى تكرار اللقب والاسم كاملين بعد ذلك. ولا يُعد اسم العائلة وحده ذكرا للشخص إلا في خبر يذكره كاملا (ولا يذكر كاملا غيره من القائمة ممن يشاركه اسم العائلة: بشار الأسد وحافظ الأسد) أو بعد لقبه المدرج (الدكتور طلعت، بلا إصلاح)، ولا يُعد النسب بعد كلمة أخرى (نايف بن عبدالعزيز) ذكرا له. والعنوان (ولو انتهى باقتباس أو استفهام أو تعجب) والتعليق على الصورة واسم المكان المسمى باسم الشخص (ميدان الأمير محمد بن نايف) معفاة، ولا يُكتب شيء داخل اقتباس أو قوسين حول الاسم أو داخل اسم يستمر بعد الصيغة المدرجة (بن عبدالعزيز آل سعود)، ويُعتد باللقب والصفة بصيغة أخرى (الأميركي للأمريكي، وزيرًا للخارجية، أو بعد الاسم). ويبقى الاختصار اقتراحا إن كان نسبا (بن سلمان) أو الاسم كله أو كلمة تُقرأ لقبا (المهندس)، ولا يُختصر اسم من يشاركه غيره من القائمة اسم العائلة في الخبر.',
        en: 'For listed people with a title and role: the first mention is in full (الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات), later ones by surname (طلعت). Flagged: a surname before any full mention, a first mention missing its title or role, and the full title repeated later. A surname alone is the person only in a draft that names them in full (and no other listed person of that surname: بشار الأسد and حافظ الأسد), or right after their listed title (الدكتور طلعت, with no fix), and a patronymic after another word (نايف بن عبدالعزيز) is another person’s name. Headlines (also those ending in a quotation, a question or an exclamation), captions and places named after the person (ميدان الأمير محمد بن نايف) are exempt; nothing is written into a quotation, into brackets around the name, or inside a name that goes on (بن عبدالعزيز آل سعود); a title or role in another form counts (الأميركي for الأمريكي, وزيرًا للخارجية, or after the name). The short form of a patronymic (بن سلمان), of a name with no surname, or one that reads as a title (المهندس) is only offered, and two listed people of one surname in a draft keep their full names.',
      },
      good: 'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات السفير.\n\nوأشاد طلعت بالعلاقات.',
      bad: 'وأشاد طلعت بالعلاقات.\n\nالتقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات السفير.',
      exampleShared: {
        names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت', 'عمرو طلعة'], title: 'الدكتور', role: 'وزير الاتصالات وتكنولوجيا المعلومات', source: { file: '(example)', start: 0, end: 0 } }],
      },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const mentions = findNameMentions(doc, ctx.shared.names);
    if (mentions.length === 0) return;
    const bodyStart = headlineEnd(doc);
    // the mentions in the body's sentences: not in the headline, a caption, or the name of a place
    // named after the person (ميدان الأمير محمد بن نايف)
    // (nor an item of a list of names, nor a part of another person's longer name: المتهم أحمد
    // محمد صلاح; a surname alone after any given name of the wider list: علاء مبارك، جمال مبارك)
    const body = mentions.filter((m) => m.start >= bodyStart && !captionLine(doc, m.start) && !namedAfter(doc, m) && !listItem(doc, m) && !inLongerName(doc, m, mentions, isSurname(m)));
    const namesakes = namesakesOf(doc, mentions);
    // every listed person the body names in full, by surname: whom a surname alone may stand for
    const bySurname = new Map<string, NameEntry[]>();
    for (const m of body) {
      if (isSurname(m)) continue;
      const key = surnameKey(m.entry);
      const owners = bySurname.get(key);
      if (!owners) bySurname.set(key, [m.entry]);
      else if (!owners.includes(m.entry)) owners.push(m.entry);
    }
    const seenFull = new Map<NameEntry, NameMention>();
    // people whose first mention was described otherwise than the list does (اللواء محمد صلاح
    // مدير أمن الجيزة for اللاعب محمد صلاح): maybe a namesake, so a later full mention may be the
    // person's own first one, and its short form is only offered
    const uncertain = new Set<NameEntry>();
    const bare = new Set<NameEntry>();
    for (const m of body) {
      if (isSurname(m)) {
        // The one listed person the draft names in full with this surname. None: the surname
        // alone is a word (صالح، حسن، أمام) or someone the draft never introduces (محمد
        // الشمراني for a listed ناصر الشمراني); two (بشار الأسد، حافظ الأسد): either of them.
        // But with none, the listed title right before it (الدكتور طلعت) shows the person is
        // meant, never introduced: reported, with no fix (the title is there already).
        const owners = bySurname.get(surnameKey(m.entry));
        if (owners && owners.length !== 1) continue;
        const titledOnly = !owners && !!m.entry.title && !!titleBefore(doc, m, m.entry.title, mentions)?.full;
        if (!owners && !titledOnly) continue;
        const e = owners ? owners[0] : m.entry;
        if (!e.title && !e.role) continue;
        if (seenFull.has(e) || bare.has(e)) continue;
        // a patronymic right after another word goes on that word's name (الأمير نايف بن
        // عبدالعزيز، صالح بن عبدالعزيز آل الشيخ), which the text does not tell from a verb
        if (PATRONYMIC.has(m.form.words[0]) && !m.prefix && doc.wordBeside(m.firstToken, -1) >= 0) continue;
        const full = fullForm(e);
        // (no fix inside a quotation: a speaker's words are theirs)
        // (written from the proclitic: للشمراني → للاعب ناصر الشمراني)
        const fixes: FixSpec[] = titledOnly || inQuotation(doc, m.start) ? [] : [{ messageId: 'writeFull', data: { full }, edits: [{ start: m.wordStart, end: m.end, text: withProclitic(m.prefix, full) }] }];
        ctx.report({ start: m.start, end: m.end, messageId: 'bareSurname', data: { name: e.canonical }, fixes });
        bare.add(e); // once per person
        continue;
      }
      const e = m.entry;
      if (!e.title && !e.role) continue;
      const name = e.canonical;
      const first = seenFull.get(e);
      const title = e.title ? titleBefore(doc, m, e.title, mentions) : undefined;
      if (!first) {
        // a name inside a quotation is the speaker's: pointed out (no fix) but not the draft's
        // introduction of the person, so the next mention is the first (the chief-editor reader:
        // the real first mention after a quoted letter was told to shorten itself)
        if (!inQuotation(doc, m.start)) seenFull.set(e, m);
        // a gloss in brackets or quotation marks of its own: the title stands outside them
        if (wrapped(doc, m)) continue;
        // a dual or plural title before a list of names (اللاعبان محمد صلاح ومحمود تريزيجيه) is the
        // title of each
        const plural = pluralTitled(doc, m);
        const missingTitle = !!e.title && !plural && !title?.full && !titleNearby(doc, m, e.title, mentions);
        const otherForm = !!e.role && roleInOtherForm(doc, m, e.role);
        const roleListed = !!e.role && (otherForm || roleWith(doc, m, e.role) >= 0);
        // the listed role right before the name (المدير الفني لمنتخب مصر حسام حسن), right after it,
        // or its head beside it: the person is surely the one described
        const roleBefore = !!e.role && !m.prefix && !!phraseBefore(doc, m.firstToken, phraseOf(e.role));
        const roleHere = !!e.role && (roleBefore || otherForm || phraseAt(doc, beside(doc, m.lastToken, 1), phraseOf(e.role)) >= 0);
        // an office right before or after the name (مدرب منتخب مصر حسام حسن، محمد صلاح لاعب
        // ليفربول), or the ministry after ل (بدر عبد العاطي للخارجية): the role in other words
        // (not where the listed role is there: an office beside it is the role, or another's)
        const officeFirst = officeBefore(doc, m, mentions);
        const office = !roleHere && (officeFirst || officeAfter(doc, m, e, title));
        const missingRole = !!e.role && !roleListed && !office && !roleByLam(doc, m, e.role);
        // described already, by another title or job (اللواء، الحاج، الصحفي، رجل الأعمال), a
        // plural title or an office: a title or role written in would describe the person twice,
        // or a namesake wrongly (اللواء محمد صلاح نجم ليفربول الإنجليزي مدير أمن الجيزة)
        const described = !!title?.other || plural || office;
        if (described && !roleHere && !title?.full) uncertain.add(e);
        if (!missingTitle && !missingRole) continue;
        const edits = [];
        // (another title there, the writer's or what another rule made of this one: the message
        // names the listed one, and no fix writes it in: replacing وزير الخارجية with الوزير, or
        // writing both, is the writer's call; nothing is written into a quotation, and no role
        // inside a name that goes on: محمد بن نايف بن عبدالعزيز)
        const quoted = inQuotation(doc, m.start);
        // (للوليد بن طلال → للأمير الوليد: the article's alef, dropped after ل, comes back)
        if (!quoted && !described && missingTitle && !title && !afterOpeningMark(doc, m)) edits.push({ start: m.wordStart, end: m.start, text: withProclitic(m.prefix, e.title!) + ' ' + (m.lamLam ? 'ا' : '') });
        if (!quoted && !described && missingRole && !nameGoesOn(doc, m.lastToken)) edits.push({ start: m.end, end: m.end, text: ' ' + e.role });
        const missing = [missingTitle ? 'اللقب' : '', missingRole ? 'الصفة' : ''].filter(Boolean).join(' و');
        const missingEn = [missingTitle ? 'title' : '', missingRole ? 'role' : ''].filter(Boolean).join(' and ');
        ctx.report({
          start: m.start,
          end: m.end,
          messageId: 'incomplete',
          data: { name, missing, missingEn, full: fullForm(e) },
          // (a title between a role or office and the name, «حارس مرمى الأهلي ومنتخب مصر اللاعب
          // محمد الشناوي», is as often redundant as it is house style: only offered)
          fixes: edits.length ? [{ messageId: 'writeFull', data: { full: fullForm(e) }, edits, preferred: !missingTitle || (!midName(doc, m, e) && !roleBefore && !officeFirst) }] : [],
        });
        continue;
      }
      if (title?.full) {
        // a speaker's words, a name that goes on past the listed spelling (الأمير محمد بن نايف بن
        // عبدالعزيز آل سعود: no short form is cut from it), or another listed person of the same
        // surname named in the draft (الأمير خالد الفيصل، الأمير تركي الفيصل: the full names tell
        // them apart): the full name stays
        if (inQuotation(doc, title.start) || nameGoesOn(doc, m.lastToken)) continue;
        if ((bySurname.get(surnameKey(e)) ?? []).some((x) => x !== e)) continue;
        const short = shortForm(e.canonical);
        // a family name (سلمان بن عبد العزيز آل سعود، محمد بن زايد آل نهيان) is no short form of
        // one person: the full name stays
        if (short === undefined) continue;
        // the short form of a patronymic (بن سلمان of الأمير محمد بن سلمان) or of a name with no
        // surname (عبدالله الثاني) is the writer's call: only offered
        // (nor one that reads as a title: «لوفاة المهندس» for ميرنا المهندس)
        // (nor that of a name of more than a given name and a surname, رجب طيب أردوغان، or one
        // that begins with the family name, شي جين بينغ: which part a newsroom writes alone is its
        // own usage; nor that of a person first named as a namesake may be: see uncertain)
        const sure =
          short !== e.canonical.trim().split(/\s+/).join(' ') &&
          !PATRONYMIC.has(foldString(short.split(' ')[0])) &&
          !TITLE_SET.has(foldString(short)) &&
          nameParts(e.canonical) === 2 &&
          !FAMILY_FIRST.has(foldString(e.canonical.trim().split(/\s+/)[0])) &&
          !uncertain.has(e) &&
          !namesakes.has(e);
        const roleEnd = e.role ? phraseAt(doc, beside(doc, m.lastToken, 1), phraseOf(e.role)) : -1;
        const end = roleEnd > 0 ? roleEnd : m.end;
        ctx.report({
          start: title.start + title.prefix.length,
          end,
          messageId: 'repeatedFull',
          data: { name, short },
          fixes: [{ messageId: 'writeShort', data: { short }, edits: [{ start: title.start, end, text: withProclitic(title.prefix, short) }], preferred: sure }],
          related: [{ start: first.start, end: first.end, messageId: 'firstFull' }],
        });
      }
    }
  },
};

/**
 * A proclitic and what is written after it: ل + ال drops the alef (للدكتور), and one lam more
 * before a word that begins with lam (ل + اللاعب: للاعب, not لللاعب).
 */
function withProclitic(prefix: string, text: string): string {
  if (prefix.endsWith('ل') && text.startsWith('الل')) return prefix + text.slice(2);
  return joinProclitic(prefix, text);
}

/** Is the mention a surname alone (طلعت، أبو الغيط)? */
function isSurname(m: NameMention): boolean {
  return m.form.kind === 'surname' || m.form.kind === 'variant-surname';
}

/** The folded surname of a listed person (as the list spells it): who a surname alone may be. */
const surnameKeys = new WeakMap<NameEntry, string>();
function surnameKey(e: NameEntry): string {
  let k = surnameKeys.get(e);
  if (k === undefined) surnameKeys.set(e, (k = foldString(surnameOf(e.canonical))));
  return k;
}

/**
 * Family names written first (Chinese, Korean), folded: the short form of شي جين بينغ is «شي»,
 * of كيم جونغ أون «كيم», of لي تشيانغ «لي», of بان كي مون «بان» (never the last syllable).
 */
const FAMILY_FIRST: ReadonlySet<string> = new Set(
  ['شي', 'لي', 'كيم', 'وانغ', 'وانج', 'تشانغ', 'تشانج', 'ليو', 'يانغ', 'يانج', 'هوانغ', 'تشاو', 'تشو', 'مون', 'بارك', 'يون', 'هو', 'لين', 'تشين', 'تشن', 'هان', 'تشوي', 'جيانغ', 'دنغ', 'ماو', 'بان', 'كانغ', 'سونغ'].map((w) => foldString(w)),
);

/**
 * The short form a repeated full mention is cut to: the surname (surnameOf: عز الدين، أبو
 * الغيط), the family name of a name that begins with it (شي of شي جين بينغ), or undefined for a
 * name whose surname is a family's (آل سعود، آل نهيان: a dynasty, never one of its members).
 */
function shortForm(canonical: string): string | undefined {
  const words = canonical.trim().split(/\s+/);
  if (words.length >= 2 && FAMILY_FIRST.has(foldString(words[0]))) return words[0];
  const short = surnameOf(canonical);
  const first = foldString(short.split(' ')[0]);
  return first === 'ال' && short.includes(' ') ? undefined : short;
}

/** Words that make one part of a name with the word after them (عبد الفتاح، أبو الغيط، بن سلمان، آل سعود), and with the word before them (عز الدين، نصر الله، داود أوغلو), folded: the surnames' own. */
const JOINS_NEXT = SURNAME_CONNECTORS;
const JOINS_PREVIOUS = SURNAME_ENDS;

/** The parts of a name: its words, a compound (عبد الفتاح، أبو الغيط، عز الدين) one part. */
function nameParts(canonical: string): number {
  const words = canonical.trim().split(/\s+/).map((w) => foldString(w));
  let parts = 0;
  for (let i = 0; i < words.length; i++) {
    if (JOINS_NEXT.has(words[i]) && i + 1 < words.length) i++;
    else if (i > 0 && JOINS_PREVIOUS.has(words[i])) continue;
    parts++;
  }
  return parts;
}

/** The first word of a patronymic (بن سلمان), folded. */
const PATRONYMIC: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);

export default rule;
