// Titles and honorifics of Arabic news copy, shared by the names and honorifics rules.

import { DocumentMemo, type AnalysedDocument } from '../../text/document';
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

/**
 * Direct quotations: someone's own words, or a name or phrase quoted as written (the tweet
 * «… د. الطريفي، د. خوجه …», then “د. الطريفي” هو …). The honorifics rules leave them as they
 * are. Spans between a pair of marks on one line (news copy writes a paragraph a line, and a
 * quotation that runs on opens again on the next): « with its », and “ ” " with the next of
 * those. Arabic sites write ”…“, ”…” and "…" as often as “…”, so which end a mark is comes
 * from where it stands: after a space and before a word it opens ( "إن …), after a word and
 * before a space or punctuation it closes (… فيه". ); between two spaces or two words (بـ"الشهيد)
 * it opens when no quotation is open and closes one that is. A closing mark with no quotation
 * open (its opening one was never written) is passed over, so a stray mark does not turn the
 * rest of a line inside out, nor pair with a mark lines away. Sorted, overlapping spans merged:
 * [start, end, start, end …] of the text inside the marks.
 */
const QUOTED = new DocumentMemo<number[]>();

/** A word character (letters, digits, marks, tatweel): not space, not punctuation. */
const WORDY = /[\p{L}\p{N}\p{M}\u0640]/u;

function quotedSpans(doc: AnalysedDocument): number[] {
  let spans = QUOTED.get(doc);
  if (spans) return spans;
  const raw: Array<[number, number]> = [];
  const toks = doc.tokens;
  const text = doc.text;
  let guillemets: number[] = [];
  let open = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'newline') {
      if (guillemets.length) guillemets = [];
      open = -1;
      continue;
    }
    if (t.kind !== 'punct') continue;
    const c = text.charCodeAt(t.start);
    if (c === 0xab) guillemets.push(t.end);
    else if (c === 0xbb) {
      const o = guillemets.pop();
      if (o !== undefined) raw.push([o, t.start]);
    } else if (c === 0x201c || c === 0x201d || c === 0x22) {
      const wordBefore = t.start > 0 && WORDY.test(text[t.start - 1]);
      const wordAfter = t.end < text.length && WORDY.test(text[t.end]);
      const opens = !wordBefore && wordAfter;
      const closes = wordBefore && !wordAfter;
      if (open < 0) {
        if (!closes) open = t.end;
      } else if (opens) open = t.end;
      else {
        raw.push([open, t.start]);
        open = -1;
      }
    }
  }
  raw.sort((x, y) => x[0] - y[0]);
  spans = [];
  for (const [s, e] of raw) {
    const n = spans.length;
    if (n > 0 && s <= spans[n - 1]) spans[n - 1] = Math.max(spans[n - 1], e);
    else spans.push(s, e);
  }
  QUOTED.set(doc, spans);
  return spans;
}

/** Whether `offset` is inside a direct quotation (see quotedSpans). */
export function inQuotation(doc: AnalysedDocument, offset: number): boolean {
  const spans = quotedSpans(doc);
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length / 2 && spans[2 * lo] <= offset;
}

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
