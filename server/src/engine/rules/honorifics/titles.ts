// Titles and honorifics of Arabic news copy, shared by the names and honorifics rules.

import { DocumentMemo, type AnalysedDocument } from '../../text/document';
import { foldString } from '../../text/fold';
import { WordFilter } from '../../text/word-filter';

/** Titles that introduce a person (written with the article). Masculine and feminine. */
export const TITLES = [
  'الدكتور', 'الدكتورة', 'السفير', 'السفيرة', 'الوزير', 'الوزيرة', 'الرئيس', 'الرئيسة', 'الفنان', 'الفنانة', 'اللاعب', 'اللاعبة',
  'المهندس', 'المهندسة', 'السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'الشيخ', 'الشيخة', 'الأمير', 'الأميرة', 'الملك', 'الملكة',
  'المستشار', 'المستشارة', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'المشير', 'النائب', 'النائبة', 'الكاتب', 'الكاتبة', 'المخرج', 'المخرجة',
  'المدرب', 'الإعلامي', 'الإعلامية', 'الداعية', 'المطرب', 'المطربة', 'الممثل', 'الممثلة', 'البابا', 'الأنبا', 'الإمام', 'القاضي', 'المحامي', 'المحامية',
  'الحاج', 'الحاجة', 'الشاعر', 'الشاعرة', 'الروائي', 'الروائية', 'البطل', 'البطلة', 'المحافظ', 'المحافظة',
];

export const TITLE_SET: ReadonlySet<string> = new Set(TITLES.map((t) => foldString(t)));

const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/**
 * Every folded spelling of the given folded words with a proclitic in front (و ف ب ل ك and
 * their pairs; ل + ال written لل). Rules test a word against this set before segmenting
 * it, so the common case — a word that is no title at all — costs one hash lookup.
 */
export function withProclitics(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (const c of CLITICS) out.add(joinFolded(c, w));
  return out;
}

/** A proclitic and a folded word as written together: ل + ال drops the alef (للدكتور). */
function joinFolded(c: string, w: string): string {
  return c.endsWith('ل') && w.startsWith('ال') ? c + w.slice(1) : c + w;
}

/** The proclitic that makes folded `word` into folded `norm` (one of withProclitics' spellings), or undefined. */
export function procliticOf(norm: string, word: string): string | undefined {
  // (asked of every word of a paragraph: compared in place, no string made per proclitic.
  // Every spelling ends as the word does: a last letter that differs rules them all out)
  const n = word.length;
  if (n > 0 && norm.charCodeAt(norm.length - 1) !== word.charCodeAt(n - 1)) return undefined;
  const article = word.startsWith('ال');
  for (const c of CLITICS) {
    // norm === joinFolded(c, word) || norm === c + word
    if ((article && c.endsWith('ل') && joinedAs(norm, c, word, 1)) || joinedAs(norm, c, word, 0)) return c;
  }
  return undefined;
}

/** The folded spellings procliticOf takes for `word` (each once): the word with each proclitic, ل + ال written لل or not. */
export function procliticSpellings(word: string): string[] {
  const out = new Set<string>();
  for (const c of CLITICS) {
    out.add(joinFolded(c, word));
    out.add(c + word);
  }
  return [...out];
}

/** Is `norm` the proclitic `c` followed by word.slice(from)? (norm === c + word.slice(from), no string made) */
function joinedAs(norm: string, c: string, word: string, from: number): boolean {
  const n = word.length - from;
  if (norm.length !== c.length + n || !norm.startsWith(c)) return false;
  for (let i = 0; i < n; i++) if (norm.charCodeAt(c.length + i) !== word.charCodeAt(from + i)) return false;
  return true;
}

/** Titles with any proclitic: والدكتور، للسفير، بالرئيس. */
export const TITLE_FORMS: ReadonlySet<string> = withProclitics(TITLE_SET);

/** A sieve in front of TITLE_FORMS: most words of a draft are told apart by their shape, with no lookup. */
const TITLE_SHAPES = new WordFilter(TITLE_FORMS);

/** TITLE_FORMS.has(norm), most words told apart by their shape first (no lookup). */
export function isTitleForm(norm: string): boolean {
  return TITLE_SHAPES.mayHold(norm) && TITLE_FORMS.has(norm);
}

/** Ornamental honorifics cut from news copy. `needsTitle`: the word is also an ordinary noun (سعادة happiness, سيادة sovereignty) and only counts before a title. */
export interface Honorific {
  words: string[];
  needsTitle: boolean;
}

export const HONORIFICS: Honorific[] = [
  { words: ['صاحب', 'السمو', 'الملكي'], needsTitle: false },
  { words: ['صاحبة', 'السمو', 'الملكي'], needsTitle: false },
  { words: ['صاحب', 'السمو'], needsTitle: false },
  { words: ['صاحبة', 'السمو'], needsTitle: false },
  { words: ['صاحب', 'الجلالة'], needsTitle: false },
  { words: ['صاحب', 'المعالي'], needsTitle: false },
  { words: ['صاحب', 'السعادة'], needsTitle: false },
  { words: ['صاحب', 'الفضيلة'], needsTitle: false },
  { words: ['صاحب', 'الفخامة'], needsTitle: false },
  { words: ['فخامة'], needsTitle: false },
  { words: ['معالي'], needsTitle: false },
  { words: ['جلالة'], needsTitle: false },
  { words: ['سمو'], needsTitle: true },
  { words: ['سعادة'], needsTitle: true },
  { words: ['سيادة'], needsTitle: true },
  { words: ['حضرة'], needsTitle: true },
  { words: ['فضيلة'], needsTitle: true },
];

/** Pronoun forms (معاليه، لفخامته، سموه): reported, never fixed automatically (the sentence needs rewording). */
export const HONORIFIC_PRONOUNS = ['فخامته', 'معاليه', 'سموه', 'سيادته', 'جلالته', 'فضيلته', 'سعادته', 'حضرته', 'سموها', 'جلالتها', 'معاليها', 'سيادتها', 'سعادتها'];

/**
 * Pronoun forms that are as often ordinary nouns: سعادته «his happiness» (أعرب عن سعادته بما …),
 * سيادتها «its sovereignty» (بانتهاك سيادتها). Reported only where the text shows a person.
 */
export const NOUN_PRONOUNS = ['سعادته', 'سعادتها', 'سيادته', 'سيادتها'];

/** Abbreviated titles and their full forms. */
export const ABBREVIATIONS: Array<{ abbr: string; full: string }> = [
  { abbr: 'أ.د.', full: 'الأستاذ الدكتور' },
  { abbr: 'ا.د.', full: 'الأستاذ الدكتور' },
  { abbr: 'أ.د', full: 'الأستاذ الدكتور' },
  { abbr: 'ا.د', full: 'الأستاذ الدكتور' },
  { abbr: 'د.', full: 'الدكتور' },
  { abbr: 'م.', full: 'المهندس' },
];

/**
 * Join a proclitic to a word that starts with the article, as Arabic writes it:
 * ل + الرئيس → للرئيس; و/ب/ف/ك + الرئيس → والرئيس.
 */
export function joinProclitic(prefix: string, word: string): string {
  if (!prefix) return word;
  if (prefix.endsWith('ل') && /^ال/.test(word)) return prefix + word.slice(1);
  return prefix + word;
}

/** Direct quotations keep the speaker's words: the honorifics rules leave them alone. */
export { inQuotation } from '../../text/quotations';

/**
 * Folded words that cannot be a name: a title followed by one of them is not followed by a
 * name (قال الدكتور إن …، ووصف المهندس المخرج هذه المناسبة: المخرج is his family name). Not
 * على: folded it is علي, and Egyptian copy writes the name so too.
 */
export const NOT_A_NAME: ReadonlySet<string> = new Set(
  [
    'في', 'من', 'إلى', 'عن', 'مع', 'أن', 'إن', 'أنه', 'أنها', 'بأن', 'بأنه', 'لأن', 'الذي', 'التي', 'الذين', 'كان', 'كانت', 'قال', 'و', 'أو', 'ثم',
    'هذا', 'هذه', 'ذلك', 'تلك', 'هذين', 'هاتين', 'هؤلاء', 'خلال', 'أثناء', 'لدى', 'عند', 'بعد', 'قبل', 'منذ', 'حيث', 'كما', 'لكن', 'بين', 'حول', 'ضمن', 'عبر', 'إنه', 'إنها', 'قد', 'لم', 'لن', 'لا', 'ما',
  ].map((w) => foldString(w)),
);

/**
 * Sets of folded words the honorifics rules look for in every word of a document (the title
 * forms, the honorifics' first words, the abbreviations' letters), watched together: one walk
 * over the document's tokens, one lookup per word, lists the words of every watched set for
 * all of them (each rule then visits its own few words, not the 200,000 tokens of a long draft).
 * Registered at module load.
 */
const watched: Array<ReadonlySet<string>> = [];
/** Each watched word: a bit per watched set that holds it (made on first use, after the registrations). */
let watchBits: Map<string, number> | undefined;
/** A sieve in front of watchBits: most words of a draft have the shape of no watched word, and are passed over without a lookup. */
let watchShapes: WordFilter | undefined;

/** Watch a set of folded words (at module load; 31 sets at most): wordsIn(doc, set) then lists its words. */
export function watchWords<S extends ReadonlySet<string>>(set: S): S {
  if (watched.length >= 31) throw new Error('watchWords: too many sets');
  watched.push(set);
  watchBits = undefined;
  return set;
}

const watchedWords = new DocumentMemo<{ sets: number; tokens: number[][] }>();

/**
 * The word tokens of the document whose folded word is in `set` (a watched set), in order:
 * the tokens a walk over the document testing `t.kind === 'word' && set.has(t.norm)` stops at.
 */
export function wordsIn(doc: AnalysedDocument, set: ReadonlySet<string>): readonly number[] {
  const k = watched.indexOf(set);
  if (k < 0) throw new Error('wordsIn: a set not watched');
  let found = watchedWords.get(doc);
  if (!found || found.sets !== watched.length) watchedWords.set(doc, (found = walkWatched(doc)));
  return found.tokens[k];
}

/** A walk over wordsIn's tokens for a loop that may skip ahead: `from(i)` is the first listed token at or after i, or -1 past the last. */
export class ListedWords {
  private c = 0;

  constructor(private readonly list: readonly number[]) {}

  from(i: number): number {
    while (this.c < this.list.length && this.list[this.c] < i) this.c++;
    return this.c < this.list.length ? this.list[this.c] : -1;
  }
}

function walkWatched(doc: AnalysedDocument): { sets: number; tokens: number[][] } {
  if (!watchBits) {
    watchBits = new Map();
    for (let k = 0; k < watched.length; k++) {
      for (const w of watched[k]) watchBits.set(w, (watchBits.get(w) ?? 0) | (1 << k));
    }
    watchShapes = new WordFilter(watchBits.keys());
  }
  const bits = watchBits;
  const shapes = watchShapes!;
  const tokens: number[][] = watched.map(() => []);
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    if (!shapes.mayHold(t.norm)) continue; // (of no watched word's shape: none of them)
    let b = bits.get(t.norm);
    if (b === undefined) continue;
    for (let k = 0; b !== 0; k++, b >>>= 1) if (b & 1) tokens[k].push(i);
  }
  return { sets: watched.length, tokens };
}

watchWords(TITLE_FORMS);
