// name-consistency: one person, one spelling within a draft, with no list needed.
//
// A word is taken as (part of) a person's name when a title introduces it (الدكتور،
// السفير، الوزير …, skipping nisba adjectives: الرئيس الأمريكي باراك أوباما) or when it
// is one side of a known transliteration pair (ترامب/ترمب). Other words of the draft
// are then compared with those names by a spelling key that ignores what writers mix
// in names: hamza seats (أ إ آ ا ؤ ئ ء), final ي/ى, ة/ه, and — for names of four
// letters or more — a doubled or dropped long vowel (ترامب/ترمب، نتنياهو/نتانياهو).
// The minority spelling is flagged (on a tie, the later one) with a fix to the majority.

import type { AnalysedDocument } from '../../text/document';
import { stripMarks } from '../../text/fold';
import type { Rule } from '../../types';
import { TITLE_FORMS, TITLE_SET, withProclitics } from '../honorifics/titles';

/** Key that folds the letters writers mix in names. */
export function nameKey(s: string): string {
  let k = '';
  for (const ch of s) {
    switch (ch) {
      case 'أ': case 'إ': case 'آ': case 'ٱ': k += 'ا'; break;
      case 'ؤ': k += 'و'; break;
      case 'ئ': case 'ى': k += 'ي'; break;
      case 'ء': break;
      case 'ة': k += 'ه'; break;
      default: k += ch;
    }
  }
  if (k.endsWith('غ')) k = k.slice(0, -1) + 'ج';
  return k;
}

/**
 * nameKey of an already folded word (alef, ى and ة folded): only ؤ ئ ء and a final غ are
 * left to map, so most words are their own key and cost one scan without allocation.
 */
function foldedKey(norm: string): string {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x624 || c === 0x626 || c === 0x621 || (c === 0x63a && i === norm.length - 1)) return nameKey(norm);
  }
  return norm;
}

/** The key without medial long vowels (first and last letters kept). */
export function vowelKey(key: string): string {
  if (key.length < 4) return key;
  return key[0] + key.slice(1, -1).replace(/[اوي]/g, '') + key[key.length - 1];
}

/** Transliterations known to be the same person. */
const KNOWN_PAIRS: Array<[string, string]> = [
  ['ترامب', 'ترمب'],
  ['نتنياهو', 'نتانياهو'],
  ['بوتين', 'بوتن'],
  ['ماكرون', 'ماكغرون'],
  ['بلينكن', 'بلنكن'],
  ['زيلينسكي', 'زيلنسكي'],
  ['غوتيريش', 'جوتيريش'],
  ['غوتيريس', 'جوتيريس'],
  ['ميركل', 'ميركيل'],
];

/** Words that must never be taken for a misspelt name (على is not علي, امين in الامن …). */
const NEVER = new Set(['علي', 'على', 'الي', 'إلى', 'الى', 'حتى', 'حتي', 'لدى', 'لدي', 'متى', 'متي', 'ان', 'أن', 'إن', 'او', 'أو', 'اي', 'أي', 'اذا', 'إذا', 'ما', 'في', 'فى', 'من', 'عن', 'مع', 'هو', 'هي', 'هى', 'بين', 'امام', 'أمام']);

/** Distinct given names one long vowel apart: never merged by the vowel key. */
const DISTINCT_NAMES = new Set(['محمد', 'محمود', 'حامد', 'حمد', 'احمد', 'حميد', 'عمر', 'عمار', 'عامر', 'سعد', 'سعيد', 'سعود', 'خالد', 'خلود', 'جمال', 'جميل', 'كمال', 'كميل', 'منير', 'منار', 'سمير', 'سمر', 'نادر', 'نادي', 'ندي', 'نور', 'نوري', 'نوره', 'حسن', 'حسين', 'حسان', 'حسني', 'عادل', 'عدلي', 'فريد', 'فريده', 'مريم', 'مريام', 'رشيد', 'راشد', 'رشدي', 'ماجد', 'مجدي', 'مجيد', 'سالم', 'سليم', 'سلمان', 'سليمان', 'عابد', 'عبيد', 'عبد', 'كريم', 'كريمه', 'ناصر', 'نصر', 'نصير', 'هاني', 'هانيه', 'عاطف', 'عطيه', 'وليد', 'ولاد', 'يزيد', 'زيد', 'زياد', 'مراد', 'مريد', 'شريف', 'شرف', 'رياض', 'ريض', 'فايز', 'فوزي', 'فوز', 'عايض', 'عواض', 'عبدالله', 'عبيدالله', 'عبدالاله', 'الامن', 'الامين']);

/** Role nouns after a name (وزير الاتصالات): end of the name. */
const ROLE_WORDS = new Set(['وزير', 'وزيره', 'رئيس', 'رئيسه', 'سفير', 'سفيره', 'مدير', 'مديره', 'محافظ', 'نائب', 'امين', 'عضو', 'مساعد', 'مستشار', 'قائد', 'المتحدث', 'متحدث', 'مندوب', 'ممثل', 'مؤسس', 'موسس', 'امير', 'اميره', 'عضوا', 'شؤون', 'شئون', 'لشؤون', 'لشئون', 'استاذ', 'عميد', 'رئيسا', 'خلال', 'الذي', 'التي', 'الذين']);

/** A role noun, also with و or ف before it (وعضو، ووزير). */
function isRoleWord(norm: string): boolean {
  return ROLE_WORDS.has(norm) || ((norm.charCodeAt(0) === 0x648 || norm.charCodeAt(0) === 0x641) && ROLE_WORDS.has(norm.slice(1)));
}

/** Particles that end a name after a title (الرئيس الأمريكي بأن إيران). */
const PARTICLES: ReadonlySet<string> = new Set(['بان', 'لان', 'فان', 'انه', 'انها', 'بانه', 'بانها', 'لانه', 'كان', 'كانت', 'قد', 'لقد']);

/** Countries and capitals, never taken for a name after a title (الرئيس أوباما إسرائيل). */
const PLACES: ReadonlySet<string> = new Set(['امريكا', 'اميركا', 'اسرائيل', 'ايران', 'مصر', 'سوريا', 'روسيا', 'تركيا', 'فرنسا', 'الصين', 'العراق', 'لبنان', 'اليمن', 'السعوديه', 'واشنطن', 'موسكو', 'طهران', 'القاهره']);

/** A proclitic before the article (للجمعية، بالرياض، والحكومة): never part of the name before it. */
function hasProcliticArticle(norm: string): boolean {
  return norm.startsWith('لل') || ((norm.charCodeAt(0) === 0x648 || norm.charCodeAt(0) === 0x641 || norm.charCodeAt(0) === 0x628 || norm.charCodeAt(0) === 0x643) && norm.startsWith('ال', 1));
}

/** Titles that are more often ordinary nouns in news copy: الفريق is "the team" far more often than the rank. */
const NOT_PERSON_TITLES: ReadonlySet<string> = withProclitics(['الفريق']);

/** Parts of a compound name that are not names themselves. */
const CONNECTORS = new Set(['بن', 'ابن', 'بنت', 'ال', 'عبد']);

/** Short name words still worth comparing (أبو is always written with hamza). */
const SHORT_NAME_KEYS = new Set(['ابو']);

interface Occurrence {
  start: number;
  end: number;
  spelling: string;
}

function personStems(doc: AnalysedDocument): Map<string, boolean> {
  // key → true when introduced as a person
  const keys = new Map<string, boolean>();
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    if (!TITLE_FORMS.has(t.norm) || NOT_PERSON_TITLES.has(t.norm)) continue;
    // walk the words after the title: skip stacked titles and nisba adjectives, then take up to 3 name words
    let taken = 0;
    let skipped = 0;
    let afterConnector = false;
    for (let k = i + 1; k < toks.length && taken < 3; k++) {
      const u = toks[k];
      if (u.kind === 'space' || u.kind === 'format') continue;
      if (u.kind !== 'word') break;
      if (TITLE_SET.has(u.norm)) continue;
      if (taken === 0 && skipped < 2 && u.norm.startsWith('ال') && (u.norm.endsWith('ي') || u.norm.endsWith('يه'))) {
        skipped++;
        continue;
      }
      if (CONNECTORS.has(u.norm)) {
        afterConnector = true;
        continue; // محمد بن عيسى، أبو عبد الله
      }
      if (PLACES.has(u.norm)) continue; // a country is no part of a name
      if (isRoleWord(u.norm) || NEVER.has(u.norm) || PARTICLES.has(u.norm) || u.norm.length < 3 || hasProcliticArticle(u.norm)) break;
      keys.set(nameKey(stripMarks(doc.text.slice(u.start, u.end))), true);
      if (u.norm === 'ابو') continue; // أبو عبد الله: the kunya is not the whole name
      taken++;
      // a family name with the article ends the name (عبد الفتاح السيسي إشارة، بشار الأسد): what
      // follows is the sentence again (عبد الفتاح: the article after a connector is the name's)
      if (taken > 1 && !afterConnector && u.norm.startsWith('ال') && u.norm !== 'الله') break;
      afterConnector = false;
    }
  }
  for (const [a] of KNOWN_PAIRS) if (!keys.has(nameKey(a))) keys.set(nameKey(a), false);
  return keys;
}

/** Proclitic pairs that may stand before a name (the single letters are و ف ب ل ك). */
const CLITIC_PAIRS = new Set(['وب', 'ول', 'وك', 'فب', 'فل', 'فك']);
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Known transliteration spellings → the key of their group (ترمب → key of ترامب). */
const PAIR_GROUP: ReadonlyMap<string, string> = new Map(KNOWN_PAIRS.flatMap(([a, b]) => [[nameKey(a), nameKey(a)], [nameKey(b), nameKey(a)]] as Array<[string, string]>));

/**
 * The group a word belongs to, reading it bare, then without a one- or two-letter proclitic
 * (لترمب → ترمب): the group key and how many leading letters are proclitic, or undefined.
 * Pure string work on the folded key: no segmentation, so the common case (a word that is
 * no name) is two or three hash lookups.
 */
function groupOf(key: string, persons: ReadonlyMap<string, boolean>): { group: string; strip: number } | undefined {
  for (let strip = 0; strip <= 2; strip++) {
    if (strip === 1 && !CLITIC_LETTERS.has(key[0])) break;
    if (strip === 2 && !CLITIC_PAIRS.has(key.slice(0, 2))) break;
    const k = strip ? key.slice(strip) : key;
    if (k.length < 3 || (k.length < 4 && !SHORT_NAME_KEYS.has(k))) break;
    if (persons.has(k)) return { group: k, strip };
    const g = PAIR_GROUP.get(k);
    if (g && !DISTINCT_NAMES.has(k)) return { group: g, strip };
  }
  return undefined;
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'name-consistency',
    category: 'names',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      inconsistent: { ar: 'الاسم مكتوب «{found}» هنا و«{majority}» في بقية الخبر: وحّد الهجاء', en: 'The name is written “{found}” here and “{majority}” elsewhere in the draft: use one spelling' },
      other: { ar: 'الهجاء الغالب «{majority}»', en: 'Majority spelling “{majority}”' },
      fix: { ar: 'اكتب «{majority}»', en: 'Write “{majority}”' },
    },
    docs: {
      description: { ar: 'اسم الشخص الواحد بهجاءين في الخبر نفسه', en: 'One person’s name spelled two ways in the same draft' },
      explanation: {
        ar: 'يقارن أسماء الأشخاص (ما يلي لقبا كالدكتور والسفير والوزير) ببقية كلمات الخبر متجاوزا ما يخلطه الكتّاب: مواضع الهمزة، والياء والألف المقصورة، والتاء المربوطة والهاء، وحرف مد زائد أو ساقط في الأسماء المنقولة (ترامب/ترمب). يُنبَّه على الهجاء الأقل مع إصلاح إلى الأغلب.',
        en: 'Compares people’s names (what follows a title such as الدكتور, السفير, الوزير) with the rest of the draft, looking past what writers mix: hamza seats, final ي/ى, ة/ه, and a doubled or dropped long vowel in transliterated names (ترامب/ترمب). The minority spelling is flagged with a fix to the majority.',
      },
      good: 'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال أوباما إن اللقاء مثمر.',
      bad: 'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال اوباما إن اللقاء مثمر.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const persons = personStems(doc);
    if (persons.size === 0) return;
    // group every word of the draft whose stem matches a person key (through proclitics).
    // A dropped or doubled long vowel only joins known transliteration pairs (PAIR_GROUP):
    // between Arabic words it separates different words far too often (الموقف/الموقوف، نايف/نواف).
    const groups = new Map<string, Occurrence[]>();
    const text = doc.text;
    for (const t of doc.tokens) {
      if (t.kind !== 'word' || t.norm.length < 3) continue;
      const hit = groupOf(foldedKey(t.norm), persons);
      if (!hit) continue;
      const word = stripMarks(text.slice(t.start, t.end));
      const spelling = word.slice(hit.strip);
      if (NEVER.has(word) || NEVER.has(spelling)) continue;
      const stemStart = t.end - lengthInOriginal(text, t.start, t.end, spelling);
      if (stemStart < t.start) continue;
      const list = groups.get(hit.group) ?? [];
      list.push({ start: stemStart, end: t.end, spelling });
      groups.set(hit.group, list);
    }
    for (const [key, occ] of groups) {
      const counts = new Map<string, { n: number; first: number }>();
      for (const o of occ) {
        const s = counts.get(o.spelling);
        if (s) s.n++;
        else counts.set(o.spelling, { n: 1, first: o.start });
      }
      if (counts.size < 2) continue;
      // evidently the same name: at least one spelling is a titled person, or a known pair
      if (!persons.get(key) && !KNOWN_PAIRS.some(([a]) => nameKey(a) === key)) continue;
      let majority = '';
      let best = { n: -1, first: Infinity };
      for (const [s, c] of counts) {
        if (c.n > best.n || (c.n === best.n && c.first < best.first)) {
          majority = s;
          best = c;
        }
      }
      const anchor = occ.find((o) => o.spelling === majority)!;
      for (const o of occ) {
        if (o.spelling === majority) continue;
        ctx.report({
          start: o.start,
          end: o.end,
          messageId: 'inconsistent',
          data: { found: o.spelling, majority },
          fixes: [{ messageId: 'fix', data: { majority }, edits: [{ start: o.start, end: o.end, text: majority }], preferred: true }],
          related: [{ start: anchor.start, end: anchor.end, messageId: 'other', data: { majority } }],
        });
      }
    }
  },
};

/** How many original code units at the end of [start, end) spell `stripped` (marks included). */
function lengthInOriginal(text: string, start: number, end: number, stripped: string): number {
  let letters = 0;
  let i = end;
  while (i > start && letters < stripped.length) {
    i--;
    if (stripMarks(text[i]).length > 0) letters++;
  }
  return end - i;
}

export default rule;
