// Titles and honorifics of Arabic news copy, shared by the names and honorifics rules.

import { foldString } from '../../text/fold';

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
  for (const c of CLITICS) if (norm === joinFolded(c, word) || norm === c + word) return c;
  return undefined;
}

/** Titles with any proclitic: والدكتور، للسفير، بالرئيس. */
export const TITLE_FORMS: ReadonlySet<string> = withProclitics(TITLE_SET);

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
