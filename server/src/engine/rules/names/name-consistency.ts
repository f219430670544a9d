// name-consistency: one person, one spelling within a draft, with no list needed.
//
// A word is taken as (part of) a person's name when a title introduces it (الدكتور،
// السفير، الوزير …, skipping nisba adjectives: الرئيس الأمريكي باراك أوباما), when it is
// part of a multi-word name — its two spellings stand beside the same given name (باراك
// أوباما … باراك اوباما) or the same family name the lexicon does not know (أيمن الظواهري …
// ايمن الظواهري) — or when it is one side of a known transliteration pair (ترامب/ترمب).
// Other words of the draft are then compared with those names by a spelling key that
// ignores what writers mix in names: hamza seats (أ إ آ ا ؤ ئ ء), final ي/ى, ة/ه. A
// titled name of four letters or more is also joined by a word one medial edit from it (a
// doubled or dropped long vowel: كنيدي/كندي، المهندس/المهنس) when both stand beside the same
// titled name word (جون كنيدي … جون كندي) and not both spellings are words of the lexicon
// (خالد سعيد / خالد سعود are two names).
// The minority spelling is flagged (on a tie, the later one) with a fix to the majority; where
// the spellings differ only in hamza seats, to the one with the hamza (targetSpelling).

import { getLexicon, NON_WORD, WORD, type Lexicon } from '../../lexicon';
import { DocumentMemo, type AnalysedDocument } from '../../text/document';
import { detached, fnv1a, FNV_START, foldString, keptByStripMarks, sameStripped, stripMarks } from '../../text/fold';
import type { Rule } from '../../types';
import { KeyCounts } from '../../counts';
import { grown } from '../../grown';
import { defineIndex, draftIndex, partFirstToken, type PartHome } from '../../scans';
import { isTitleForm, TITLE_FORMS, TITLE_SET, withProclitics } from '../honorifics/titles';
import { verbsOf } from '../reporting-verbs/lexicon';
import { findNameMentions } from './mentions';
import { docLex } from '../orthography/lexical';

/** Key that folds the letters writers mix in names. */
export function nameKey(s: string): string {
  // (code unit by code unit, the runs of letters kept as they are copied whole: the letters
  // mapped are all of one code unit, and a surrogate pair is kept as a code point would be)
  let k = '';
  let run = 0; // start of the pending run of kept code units
  for (let i = 0; i < s.length; i++) {
    let to: string;
    switch (s.charCodeAt(i)) {
      case 0x623: case 0x625: case 0x622: case 0x671: to = 'ا'; break; // أ إ آ ٱ
      case 0x624: to = 'و'; break; // ؤ
      case 0x626: case 0x649: to = 'ي'; break; // ئ ى
      case 0x621: to = ''; break; // ء
      case 0x629: to = 'ه'; break; // ة
      default: continue;
    }
    k += i > run ? s.slice(run, i) + to : to;
    run = i + 1;
  }
  k = run === 0 ? s : run < s.length ? k + s.slice(run) : k;
  if (k.endsWith('غ')) k = k.slice(0, -1) + 'ج';
  return k;
}

/**
 * nameKey of an already folded word (alef, ى and ة folded): only ؤ ئ ء and a final غ are
 * left to map, so most words are their own key and cost one scan without allocation.
 */
function foldedKey(norm: string): string {
  return foldedKeyHashed(norm);
}

/** keyHash of the key foldedKeyHashed returned last (module scratch, read right after). */
let foldedKeyHash = 0;

/** foldedKey(norm), its keyHash left in foldedKeyHash: one scan of the word where it is its own key. */
function foldedKeyHashed(norm: string): string {
  let h = FNV_START;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x624 || c === 0x626 || c === 0x621 || (c === 0x63a && i === norm.length - 1)) {
      const k = nameKey(norm);
      foldedKeyHash = keyHash(k);
      return k;
    }
    h = Math.imul(h ^ c, 0x01000193); // (fnv1a, continued a code unit at a time)
  }
  foldedKeyHash = h | 1;
  return norm;
}

/** A folded word with the article ending in a nisba (الروسي، البريطانيه): an adjective beside a name. */
function nisbaWithArticle(norm: string): boolean {
  return withArticle(norm) && (norm.endsWith('ي') || norm.endsWith('يه'));
}

/** Does a folded word start with the article ال? */
function withArticle(norm: string): boolean {
  return norm.charCodeAt(0) === 0x627 && norm.charCodeAt(1) === 0x644;
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

/** Words that must never be taken for a misspelt name (على is not علي, عليه «on it» is not علية, امين in الامن …). */
const NEVER = new Set(['عليه', 'علية', 'عليها', 'علي', 'على', 'الي', 'إلى', 'الى', 'حتى', 'حتي', 'لدى', 'لدي', 'متى', 'متي', 'ان', 'أن', 'إن', 'او', 'أو', 'اي', 'أي', 'اذا', 'إذا', 'ما', 'في', 'فى', 'من', 'عن', 'مع', 'هو', 'هي', 'هى', 'بين', 'امام', 'أمام']);

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
  /** The token of the word. */
  token: number;
}

/** Is this folded word a title that introduces a person? */
function personTitle(norm: string): boolean {
  return isTitleForm(norm) && !NOT_PERSON_TITLES.has(norm);
}

/**
 * The keys of the name words after a title (introduced as a person), in document order:
 * `titles`, the tokens of the titles (personTitle), in order.
 */
function titledKeys(doc: AnalysedDocument, titles: readonly number[]): string[] {
  const keys: string[] = [];
  const toks = doc.tokens;
  for (const i of titles) {
    // walk the words after the title: skip stacked titles and nisba adjectives, then take up to 3 name words
    let taken = 0;
    let skipped = 0;
    let afterConnector = false;
    for (let k = i + 1; k < toks.length && taken < 3; k++) {
      const u = toks[k];
      if (u.kind === 'space' || u.kind === 'format') continue;
      if (u.kind !== 'word') break;
      if (TITLE_SET.has(u.norm)) continue;
      if (taken === 0 && skipped < 2 && nisbaWithArticle(u.norm)) {
        skipped++;
        continue;
      }
      if (CONNECTORS.has(u.norm)) {
        afterConnector = true;
        continue; // محمد بن عيسى، أبو عبد الله
      }
      if (PLACES.has(u.norm)) continue; // a country is no part of a name
      if (isRoleWord(u.norm) || NEVER.has(u.norm) || PARTICLES.has(u.norm) || u.norm.length < 3 || hasProcliticArticle(u.norm)) break;
      keys.push(nameKey(stripMarks(doc.text.slice(u.start, u.end))));
      if (u.norm === 'ابو') continue; // أبو عبد الله: the kunya is not the whole name
      taken++;
      // a family name with the article ends the name (عبد الفتاح السيسي إشارة، بشار الأسد): what
      // follows is the sentence again (عبد الفتاح: the article after a connector is the name's)
      if (taken > 1 && !afterConnector && withArticle(u.norm) && u.norm !== 'الله') break;
      afterConnector = false;
    }
  }
  return keys;
}

/** Person keys: key → true when introduced as a person after a title, false for the known pairs' first spellings. */
function personStems(idx: NameWords): Map<string, boolean> {
  const keys = new Map<string, boolean>();
  for (const k of idx.titled()) keys.set(k, true);
  for (const a of KNOWN_KEYS) if (!keys.has(a)) keys.set(a, false);
  return keys;
}

/** Proclitic pairs that may stand before a name (the single letters are و ف ب ل ك). */
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** How many leading letters of `key` may be a proclitic read off: 2 for a pair (وب، ول، وك، فب، فل، فك), 1 for و ف ب ل ك, else 0 (char codes: no string made per word). */
function cliticRoom(key: string): number {
  const a = key.charCodeAt(0);
  const waFa = a === 0x648 || a === 0x641;
  if (!waFa && a !== 0x628 && a !== 0x644 && a !== 0x643) return 0;
  const b = key.charCodeAt(1);
  return waFa && (b === 0x628 || b === 0x644 || b === 0x643) ? 2 : 1;
}

/** The first name of each known pair, as a key (a person whether or not the draft titles it). */
const KNOWN_KEYS: readonly string[] = KNOWN_PAIRS.map(([a]) => nameKey(a));
/** Known transliteration spellings → the key of their group (ترمب → key of ترامب). */
const PAIR_GROUP: ReadonlyMap<string, string> = new Map(KNOWN_PAIRS.flatMap(([a, b]) => [[nameKey(a), nameKey(a)], [nameKey(b), nameKey(a)]] as Array<[string, string]>));

/**
 * A bit per key (hashed) of the persons and the known pairs: most words are neither, and this
 * says so without a lookup or a slice. The same array every check, filled anew: a check reads
 * it to its end and keeps nothing of it (an 8 KB array made every check cost a tenth of the
 * check of a one-line draft).
 */
function keyBits(persons: ReadonlyMap<string, boolean>): Uint32Array {
  const bits = KEY_BITS;
  bits.set(PAIR_BITS);
  for (const k of persons.keys()) setKeyBit(bits, k);
  return bits;
}

function setKeyBit(bits: Uint32Array, k: string): void {
  const b = fnv1a(k) & 0xffff;
  bits[b >>> 5] |= 1 << (b & 31);
}

/** The known pairs' bits, set once (every check starts from them). */
const PAIR_BITS = new Uint32Array(0x10000 >>> 5);
const KEY_BITS = new Uint32Array(PAIR_BITS.length);
for (const k of PAIR_GROUP.keys()) setKeyBit(PAIR_BITS, k);

/**
 * The group a word belongs to, reading it bare, then without a one- or two-letter proclitic
 * (لترمب → ترمب): the group key and how many leading letters are proclitic, or undefined.
 * Pure string work on the folded key: no segmentation, and (with `bits`, keyBits of the same
 * persons) no slice or lookup for the common case, a word that is no name.
 */
function groupOf(key: string, persons: ReadonlyMap<string, boolean>, bits?: Uint32Array): { group: string; strip: number } | undefined {
  const room = cliticRoom(key);
  for (let strip = 0; strip <= room; strip++) {
    const n = key.length - strip;
    if (n < 3) break;
    if (bits) {
      const b = fnv1a(key, strip) & 0xffff;
      if ((bits[b >>> 5] & (1 << (b & 31))) === 0) {
        if (n < 4 && !SHORT_NAME_KEYS.has(strip ? key.slice(strip) : key)) break;
        continue;
      }
    }
    const k = strip ? key.slice(strip) : key;
    if (k.length < 4 && !SHORT_NAME_KEYS.has(k)) break;
    if (persons.has(k)) return { group: k, strip };
    const g = PAIR_GROUP.get(k);
    if (g && !DISTINCT_NAMES.has(k)) return { group: g, strip };
  }
  return undefined;
}

/**
 * Could this neighbour be the other part of a person's name (باراك in باراك أوباما)? A word of
 * three letters or more that is no title, role noun, particle, place or function word.
 */
function nameLikeNeighbour(norm: string): boolean {
  return norm.length >= 3 && !isTitleForm(norm) && !isRoleWord(norm) && !NEVER.has(norm) && !PARTICLES.has(norm) && !PLACES.has(norm) && !hasProcliticArticle(norm) && !CONNECTORS.has(norm);
}

/**
 * Do two groups of occurrences share a neighbouring name word — the same word right before
 * (the first name: باراك أوباما / باراك اوباما) or right after one occurrence of each (see afterName)?
 * `accept` says which neighbours count.
 */
function shareNeighbour(doc: AnalysedDocument, a: readonly Occurrence[], b: readonly Occurrence[], before: (norm: string) => boolean, after = before): boolean {
  const toks = doc.tokens;
  const text = doc.text;
  // the neighbours of the smaller side in a map (kept per group: a large group meets many words)
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  for (const dir of [-1, 1] as const) {
    const accept = dir < 0 ? before : after;
    const seen = neighbourMap(doc, small, dir);
    if (seen.size === 0) continue;
    // (the large side's neighbours, kept too: a group meets several others)
    const nb = neighboursOf(doc, large);
    const ks = dir < 0 ? nb.before : nb.after;
    for (let n = 0; n < ks.length; n++) {
      const k = ks[n];
      const j = k >= 0 ? seen.get(toks[k].norm) : undefined;
      // the same word, written the same way (إسلام آباد / اسلام اباد is one name written two ways, not a shared part)
      if (j !== undefined && sameStripped(text, toks[j].start, toks[j].end, text, toks[k].start, toks[k].end) && accept(toks[k].norm)) return true;
    }
  }
  return false;
}

/**
 * A group of occurrences' neighbours: per occurrence, the word right before and right after
 * (doc.wordBeside, -1 for none), and the maps made of them. A group is complete when first
 * asked about (groups are merged only after every question).
 */
interface Neighbours {
  before: Int32Array;
  after: Int32Array;
  maps?: [Map<string, number>, Map<string, number>];
}

/** Per document, per group of occurrences (the document's own: token indexes), its neighbours. */
const neighbourMaps = new DocumentMemo<Map<readonly Occurrence[], Neighbours>>();

function neighboursOf(doc: AnalysedDocument, occ: readonly Occurrence[]): Neighbours {
  let all = neighbourMaps.get(doc);
  if (!all) neighbourMaps.set(doc, (all = new Map()));
  let nb = all.get(occ);
  if (!nb) {
    nb = { before: new Int32Array(occ.length), after: new Int32Array(occ.length) };
    for (let n = 0; n < occ.length; n++) {
      nb.before[n] = doc.wordBeside(occ[n].token, -1);
      nb.after[n] = afterName(doc, occ[n].token);
    }
    all.set(occ, nb);
  }
  return nb;
}

/** Connectors that open a compound family name (عبد الله، أبو زيد، بن سلمان): the word after them is the one compared. */
const COMPOUND_OPENERS: ReadonlySet<string> = new Set(['عبد', 'ابو', 'بن', 'ابن']);

/**
 * The word right after token i, or, where that word opens a compound name (أحمد عبد الله، احمد
 * أبو زيد), the word after the opener: «عبد» alone is no neighbour worth sharing (CONNECTORS),
 * «الله» after it is.
 */
function afterName(doc: AnalysedDocument, i: number): number {
  const k = doc.wordBeside(i, 1);
  return k >= 0 && COMPOUND_OPENERS.has(doc.tokens[k].norm) ? doc.wordBeside(k, 1) : k;
}

/** The words right before (dir -1) or after (+1) the occurrences: folded word → its first token. */
function neighbourMap(doc: AnalysedDocument, occ: readonly Occurrence[], dir: -1 | 1): Map<string, number> {
  const nb = neighboursOf(doc, occ);
  if (!nb.maps) {
    const toks = doc.tokens;
    const maps: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
    for (let n = 0; n < occ.length; n++) {
      const p = nb.before[n];
      if (p >= 0 && !maps[0].has(toks[p].norm)) maps[0].set(toks[p].norm, p);
      const x = nb.after[n];
      if (x >= 0 && !maps[1].has(toks[x].norm)) maps[1].set(toks[x].norm, x);
    }
    nb.maps = maps;
  }
  return nb.maps[dir < 0 ? 0 : 1];
}

/** One medial edit apart (a letter inserted, dropped or replaced; first and last letters kept): ترامب/ترمب، نتنياهو/نتانياهو. */
export function oneMedialEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la < 4 || lb < 4 || la - lb > 1 || lb - la > 1 || a.charCodeAt(0) !== b.charCodeAt(0) || a.charCodeAt(la - 1) !== b.charCodeAt(lb - 1)) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && la === lb) return false; // the same word
  // (the article put in or left out is another name: الديب / أديب، الخنوش / أخنوش — the sports
  // desk's «عمرو الديب» byline beside the host «عمرو أديب» was merged)
  if (i === 1 && a.charCodeAt(0) === 0x627 && (a.charCodeAt(1) === 0x644) !== (b.charCodeAt(1) === 0x644)) return false;
  let j = 0;
  while (j < la - i && j < lb - i && a.charCodeAt(la - 1 - j) === b.charCodeAt(lb - 1 - j)) j++;
  // what is left between the common prefix and suffix: one letter in the longer (or in each), none in the shorter
  return la - i - j <= 1 && lb - i - j <= 1 && i >= 1 && j >= 1;
}

/** Letters a word may have lost or gained in a draft: hamza seats on alef, final ى/ي, ة/ه. */
function lexiconAlternatives(w: string): (i: number) => string | undefined {
  const article = withArticle(w);
  return (i) => {
    const c = w[i];
    if (i === 0 && article) return undefined; // the article's alef takes no hamza (the lexicon has stray ألظواهري)
    if (c === 'ا' || c === 'أ' || c === 'إ' || c === 'آ') return 'اأإآ';
    if (i === w.length - 1) {
      if (c === 'ي' || c === 'ى') return 'يى';
      if (c === 'ه' || c === 'ة') return 'هة';
    }
    return undefined;
  };
}

/**
 * Is some spelling of the group a word of the lexicon (hamza seats, final ى/ي and ة/ه
 * aside)? Without a lexicon every spelling is taken for a word, so no pair is linked.
 */
function groupIsWord(occ: readonly Occurrence[], words: WordTest): boolean {
  for (let n = 0; n < occ.length; n++) if (words.has(occ[n].spelling)) return true;
  return false;
}

/** Is text[start, end) the string s, code unit for code unit? */
function sameText(text: string, start: number, end: number, s: string): boolean {
  if (end - start !== s.length) return false;
  for (let k = 0; k < s.length; k++) if (text.charCodeAt(start + k) !== s.charCodeAt(k)) return false;
  return true;
}


/** Is text[as, ae) text[bs, be), code unit for code unit? */
function sameRange(text: string, as: number, ae: number, bs: number, be: number): boolean {
  if (ae - as !== be - bs) return false;
  for (let k = 0; k < ae - as; k++) if (text.charCodeAt(as + k) !== text.charCodeAt(bs + k)) return false;
  return true;
}

/**
 * Is a word in the lexicon, hamza seats, final ى/ي and ة/ه aside? Answers kept for the check.
 * Without a lexicon (not built, not loadable) every word is taken for a word: no pair is
 * linked by it, and the loading is tried once a check, not once a word.
 */
class WordTest {
  private readonly cache = new Map<string, boolean>();
  /** exact's answers (a map of their own: no key string made per question). */
  private readonly exactCache = new Map<string, boolean>();
  private lexicon: Lexicon | null | undefined;

  /** Is `w`, exactly as written (marks aside), a word of the lexicon? (Without a lexicon: yes, so no fix is written on a guess.) */
  exact(w: string): boolean {
    let r = this.exactCache.get(w);
    if (r === undefined) {
      const lex = this.lexiconOrNull();
      r = lex ? lex.has(w) : true;
      this.exactCache.set(w, r);
    }
    return r;
  }

  private lexiconOrNull(): Lexicon | null {
    if (this.lexicon === undefined) {
      try {
        this.lexicon = getLexicon();
      } catch {
        this.lexicon = null;
      }
    }
    return this.lexicon;
  }

  has(w: string): boolean {
    let r = this.cache.get(w);
    if (r === undefined) {
      const lex = this.lexiconOrNull();
      r = lex ? lex.variants(w, lexiconAlternatives(w), 1).length > 0 : true;
      this.cache.set(w, r);
    }
    return r;
  }
}

/**
 * The spelling the others are fixed to (a listed person's aside): the one with the hamza where the
 * spellings differ only in hamza seats (أوباما for اوباما, إبراهيم for ابراهيم: a hamza is never
 * taken away, however many times the draft leaves it out), else the most frequent (on a tie,
 * the first).
 */
function targetSpelling(counts: ReadonlyMap<string, { n: number; first: number }>): string {
  let majority = '';
  let best = { n: -1, first: Infinity };
  for (const [s, c] of counts) {
    if (c.n > best.n || (c.n === best.n && c.first < best.first)) {
      majority = s;
      best = c;
    }
  }
  const bare = withoutHamza(majority);
  let target = majority;
  for (const s of counts.keys()) if (withoutHamza(s) === bare && hamzas(s) > hamzas(target)) target = s;
  return target;
}

const HAMZA_SEATS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ي', 'ء': '' };

/** The spelling with every hamza letter on its bare seat (أ إ آ → ا، ؤ → و، ئ → ي, ء dropped). */
function withoutHamza(s: string): string {
  let out = '';
  for (const ch of s) out += HAMZA_SEATS[ch] ?? ch;
  return out;
}

function hamzas(s: string): number {
  let n = 0;
  for (const ch of s) if (ch in HAMZA_SEATS) n++;
  return n;
}

/** A word that may be a name of its own when written two ways beside a name word: no article, role noun, particle or place. */
function nameLikeWord(norm: string): boolean {
  return nameLikeNeighbour(norm) && !withArticle(norm);
}

/**
 * Common given names (folded), which the lexicon also holds as words (محمد "praised"), as the
 * word before a name. Not those that stand before common nouns as often (نادي أبها «club»،
 * حسن أداء «good performance»، رياض أطفال، كمال أجسام، جمال، نور، نصر، فوز، شرف …).
 */
const NOT_BEFORE_A_NAME: ReadonlySet<string> = new Set(['الامن', 'الامين', 'نادي', 'ندي', 'نور', 'نوري', 'نوره', 'كمال', 'كميل', 'جمال', 'جميل', 'رياض', 'ريض', 'فوز', 'نصر', 'نصير', 'شرف', 'حسن', 'كريم', 'كريمه', 'سالم', 'منار', 'منير', 'سعيد', 'ولاد', 'عبد', 'زيد', 'عطيه', 'حمد', 'سمر']);
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...[...DISTINCT_NAMES].filter((n) => !NOT_BEFORE_A_NAME.has(n)), 'باراك', 'جون', 'جورج', 'عبدالعزيز', 'عبدالرحمن', 'عبدالفتاح', 'علي', 'يوسف', 'ابراهيم', 'اسماعيل', 'مصطفي', 'طارق', 'هشام', 'ايمن', 'اسامه', 'فيصل', 'سلطان', 'بندر', 'نايف', 'فهد', 'داود', 'ابو']);

/**
 * Is the folded word a given name (أحمد، محمد، هاني …), with `conjunction` also after و or ف?
 * Not علي, which is the preposition على as Egyptian copy writes it (على السيد الرئيس أن …).
 */
export function givenName(norm: string, conjunction = false): boolean {
  const c = norm.charCodeAt(0);
  const bare = conjunction && (c === 0x648 || c === 0x641) && GIVEN_NAMES.has(norm.slice(1)) ? norm.slice(1) : norm;
  return bare !== 'علي' && GIVEN_NAMES.has(bare);
}

/**
 * Given names that begin with a hamza and are no common word (not أشرف «supervised», أمل
 * «hope», إسلام, إيمان, أسماء «names»), folded.
 */
const HAMZA_GIVEN_NAMES: ReadonlySet<string> = new Set(['احمد', 'ابراهيم', 'اسماعيل', 'اسامه', 'ايمن', 'انور', 'ادريس', 'اياد', 'ايهاب', 'امجد']);

/**
 * Words written two ways with no title before either (no person key), where both spellings
 * stand beside the same name word — the other part of a multi-word name (باراك أوباما …
 * باراك اوباما، أحمد شفيق … احمد شفيق): the keys of those words.
 */
function multiWordNameKeys(doc: AnalysedDocument, idx: NameWords, persons: ReadonlyMap<string, boolean>, lex: WordTest): string[] {
  const toks = doc.tokens;
  // the keys written two ways (marks aside) among the words without the article, persons aside,
  // that are part of a multi-word name: in the order of each key's first name-like word
  const found: Array<{ key: string; first: number }> = [];
  for (const k of idx.multiSpelt()) {
    if (persons.get(k) || !idx.remembered('multi-word', k, () => isMultiWordName(doc, idx, k, lex))) continue;
    const ts = idx.tokens(k);
    let f = 0;
    while (!nameLikeWord(toks[ts[f]].norm)) f++;
    found.push({ key: k, first: ts[f] });
  }
  if (found.length > 1) found.sort((a, b) => a.first - b.first);
  return found.map((x) => x.key);
}

/**
 * Is the key `k`, written two ways, part of a multi-word name: do two of its spellings stand
 * beside the same name word? It depends on the key's words and the words beside them only (a
 * neighbour is on the same line), so the draft's index keeps the answer while those stay.
 */
function isMultiWordName(doc: AnalysedDocument, idx: NameWords, k: string, lex: WordTest): boolean {
  const toks = doc.tokens;
  const text = doc.text;
  // its name-like words by spelling (marks aside), in order
  const g = new Map<string, Occurrence[]>();
  // the last word's answers (name-like, spelling), taken again for the words written the same,
  // code unit for code unit (most of a key's words): both depend on the text only (a word's norm
  // is its text folded)
  let ps = -1;
  let pe = -1;
  let like = false;
  let spelling = '';
  const ts = idx.tokens(k);
  for (let n = 0; n < ts.length; n++) {
    const i = ts[n];
    const t = toks[i];
    if (ps < 0 || !sameRange(text, ps, pe, t.start, t.end)) {
      ps = t.start;
      pe = t.end;
      like = nameLikeWord(t.norm);
      if (like) spelling = stripMarks(text.slice(t.start, t.end));
    }
    if (!like) continue;
    const list = g.get(spelling);
    if (list) list.push({ start: t.start, end: t.end, spelling, token: i });
    else g.set(spelling, [{ start: t.start, end: t.end, spelling, token: i }]);
  }
  if (g.size < 2) return false;
  // a proclitic before a common word (فأعلن، وأصيب) is no name
  const lists = [...g.values()].filter((l) => !(CLITIC_LETTERS.has(l[0].spelling[0]) && l[0].spelling.length >= 4 && lex.has(l[0].spelling.slice(1))));
  // before the word: a given name (باراك أوباما، أحمد داود أوغلو); after it: a given name or a
  // word the lexicon does not know, a family name (أيمن الظواهري، إيفا كارنيرو). A word the
  // lexicon does not know before it is too often a product or a place (هانج أوتس «Hangouts»).
  // A given name written with or without its hamza (أحمد/احمد): any name word beside both will do.
  const given = HAMZA_GIVEN_NAMES.has(k);
  const before = (norm: string): boolean => nameLikeNeighbour(norm) && GIVEN_NAMES.has(norm);
  const after = (norm: string): boolean => nameLikeNeighbour(norm) && (GIVEN_NAMES.has(norm) || !lex.has(norm));
  for (let x = 0; x < lists.length; x++) {
    for (let y = x + 1; y < lists.length; y++) {
      if (given ? shareNeighbour(doc, lists[x], lists[y], nameLikeNeighbour) : shareNeighbour(doc, lists[x], lists[y], before, after)) return true;
    }
  }
  return false;
}

/**
 * Titled names of four letters or more, indexed for the words one medial edit from them. A
 * medial edit keeps the first and last letters, and the second letter or the one before the
 * last (the edit is at one place, and a name has four letters or more): each name is filed
 * under (first, second, last, length) and (first, before-last, last, length), and a word looks
 * itself up under both for the lengths one less, equal and one more. `ends` holds the (first,
 * last) pairs, so most words cost one lookup.
 */
interface NearIndex {
  /**
   * Per (first, last) letter pair (letterCode × 64 + letterCode): a bit per length (31: 31 or
   * more) some name with those letters has. A name one medial edit from a word has its first and
   * last letters and a length one less, equal or one more: most words have none, and are told
   * so here, without an anchor.
   */
  ends: Int32Array;
  slots: Map<number, string[]>;
  /** A bit per anchor (hashed): most anchors a draft word asks for are no name's, and this says so without the map. */
  bits: Uint32Array;
}

/** The index of no names (most drafts title no one): nothing is near. */
const NO_NAMES_NEAR: NearIndex = { ends: new Int32Array(64 * 64), slots: new Map(), bits: new Uint32Array(0x10000 >>> 5) };

function anchorBit(code: number): number {
  return (code ^ (code >>> 15)) & 0xffff;
}

/** A length's bit in NearIndex.ends (31 and more share the last). */
function lengthBit(L: number): number {
  return 1 << (L < 31 ? L : 31);
}

function letterCode(c: number): number {
  return c >= 0x621 && c <= 0x64a ? c - 0x620 : 0;
}

function anchor(tag: number, a: number, b: number, c: number, len: number): number {
  // small integers (under 2^30), which a Map hashes fast
  return (tag << 24) | (letterCode(a) << 18) | (letterCode(b) << 12) | (letterCode(c) << 6) | (len > 63 ? 63 : len);
}

function nearIndex(names: readonly string[]): NearIndex {
  if (names.length === 0) return NO_NAMES_NEAR;
  const ends = new Int32Array(64 * 64);
  const slots = new Map<number, string[]>();
  const bits = new Uint32Array(0x10000 >>> 5);
  const file = (code: number, k: string) => {
    const list = slots.get(code);
    if (list) list.push(k);
    else slots.set(code, [k]);
    const b = anchorBit(code);
    bits[b >>> 5] |= 1 << (b & 31);
  };
  for (const k of names) {
    const L = k.length;
    const f = stemStart(k);
    ends[letterCode(k.charCodeAt(0)) * 64 + letterCode(k.charCodeAt(L - 1))] |= lengthBit(L);
    file(anchor(f ? 3 : 1, k.charCodeAt(f), k.charCodeAt(f + 1), k.charCodeAt(L - 1), L), k);
    file(anchor(2, k.charCodeAt(0), k.charCodeAt(L - 2), k.charCodeAt(L - 1), L), k);
  }
  return { ends, slots, bits };
}

/**
 * Where the first anchor's letters start: after the article (family names with it are many —
 * الحربي، العتيبي — and would share one slot). The second anchor (first, before-last, last)
 * still finds an edit right after the article (أليكساندر/ألكساندر).
 */
function stemStart(k: string): number {
  return k.length >= 6 && withArticle(k) ? 2 : 0;
}

/** The titled names one medial edit from key.slice(from) (a word of four letters or more), each once, passed to `found`. */
function nearNames(idx: NearIndex, key: string, from: number, found: string[]): void {
  const M = key.length - from;
  const c0 = key.charCodeAt(from);
  const cl = key.charCodeAt(key.length - 1);
  if (M < 4 || (idx.ends[letterCode(c0) * 64 + letterCode(cl)] & (lengthBit(M - 1) | lengthBit(M) | lengthBit(M + 1))) === 0) return;
  const k = from ? key.slice(from) : key;
  const article = withArticle(k);
  const first = found.length;
  for (let L = Math.max(4, M - 1); L <= M + 1; L++) {
    // a name of that length with the article has its first anchor after it (stemStart)
    const f = article && L >= 6 ? 2 : 0;
    for (let side = 1; side <= 2; side++) {
      const code = side === 1 ? anchor(f ? 3 : 1, k.charCodeAt(f), k.charCodeAt(f + 1), cl, L) : anchor(2, c0, k.charCodeAt(M - 2), cl, L);
      const b = anchorBit(code);
      if ((idx.bits[b >>> 5] & (1 << (b & 31))) === 0) continue;
      const list = idx.slots.get(code);
      if (!list) continue;
      for (const p of list) {
        if (!oneMedialEdit(p, k) || found.indexOf(p, first) >= 0) continue;
        found.push(p);
      }
    }
  }
}

/**
 * A word one medial edit from a titled name (read bare or without a proclitic, as groupOf):
 * the word gets its own group (its key), linked to the names it is near.
 */
/** The group of a word one medial edit from a titled name (through a proclitic), the names it is near left in NEAR. */
function nearOf(key: string, idx: NearIndex): { group: string; strip: number } | undefined {
  const room = cliticRoom(key);
  for (let strip = 0; strip <= room; strip++) {
    if (key.length - strip < 4) break;
    if (NEAR.length !== 0) NEAR.length = 0; // (setting a length is a call into the engine, even to the same)
    nearNames(idx, key, strip, NEAR);
    if (NEAR.length > 0) return { group: strip ? key.slice(strip) : key, strip };
  }
  return undefined;
}

/** Scratch for nearOf (the names a word is near). */
const NEAR: string[] = [];

/** What a draft word's key stands for: the group it belongs to and its proclitic letters, and the titled names it is one medial edit from. */
interface Hit {
  group: string;
  strip: number;
  near?: string[];
}

/**
 * What a key's hit depends on besides the key: the persons (keys, in order, and whether titled)
 * and which of them are parts of multi-word names (they are no titled names for nearOf).
 */
function personsSignature(persons: ReadonlyMap<string, boolean>, multiWord: ReadonlySet<string>): string {
  let s = '';
  for (const [k, titled] of persons) s += `${k}${titled ? (multiWord.has(k) ? '+' : '!') : '?'}\u0000`;
  return s;
}

/** One paragraph's words as name-consistency reads them. */
interface NamePart {
  /** The words of three letters or more by folded key, in the order of each key's first word (find one with partKey). */
  words: KeyWords[];
  /**
   * The keys' table (open addressing, a power of two slots, half of them free at least): per
   * slot, two numbers side by side (one cache line for both): the key's hash (keyHash; 0: a
   * free slot) and its place in `words`.
   */
  slots: Int32Array;
  /** Per token, the next token with the same key (0: none): each key's words, chained. */
  next: Int32Array;
  /** The keys written more than one way (those whose spellings are a list). */
  multi: string[];
  /** The keys of the name words after a title, in order. */
  titled: string[];
  /** Where the part is in the draft, once a draft's index holds it. */
  home: PartHome | undefined;
}

/** A key's words in a part. */
interface KeyWords {
  key: string;
  /** The part it is in. */
  part: NamePart;
  /** The first of its tokens (the others chained after it by NamePart.next). */
  head: number;
  /** Their token indexes, in order, once asked for (keyTokens). */
  tokens: number[] | undefined;
  /**
   * The spelling (marks aside) of its words without the article: one string, or the spellings
   * when they differ (most keys are written one way: no set for each); undefined when every
   * word of the key has the article.
   */
  spellings: string | string[] | undefined;
}

/** The draft's words as name-consistency reads them (see NAME_WORDS). */
interface NameWords {
  /** The words with this key: token indexes in the draft, in order (one at least for a key in the draft). */
  tokens(key: string): number[];
  /** The keys written two ways or more (marks aside) among the words without the article. */
  multiSpelt(): Iterable<string>;
  /** The keys of the name words after a title, in document order. */
  titled(): string[];
  /**
   * What `compute` says of the key `k` (`what` names the question), when it depends only on the
   * key's words and the words beside them on their lines: kept by the draft's index from check
   * to check while no paragraph holding one of the key's words changes.
   */
  remembered<T>(what: string, k: string, compute: () => T): T;
  /**
   * The draft's keys that stand for a name, and what they stand for (`hitOf`, which depends on
   * the key and on what `signature` says only). Kept by the draft's index from check to check:
   * while the signature stays the same, only the keys that came into the draft since are asked.
   */
  hits(signature: string, hitOf: (key: string) => Hit | undefined): ReadonlyMap<string, Hit>;
}

function namePart(doc: AnalysedDocument): NamePart {
  // One record per key (its words and its spellings together), found through a table of the
  // keys' hashes: a word costs one hash of its key (no string hashed by the engine for a Map)
  // and, where the hash matches, one comparison with the key; and a repeat of a key is compared
  // with the key's first word without the article, in the text (no walk back to that word's
  // token, no copy of it kept).
  const words: KeyWords[] = [];
  const toks = doc.tokens;
  const text = doc.text;
  // (sized for the draft, so that a long one is not filed again and again as its keys come: a
  // long draft has one key in 8 tokens or fewer, spaces and punctuation between; the table still
  // grows when it must, as it did from 64 slots: the keys' order in `words` is the same)
  let size = 64;
  while (size < 32768 && size * 8 < toks.length) size *= 2;
  let slots = new Int32Array(2 * size);
  const multi: string[] = [];
  const next = new Int32Array(toks.length);
  const titles: number[] = [];
  const part: NamePart = { words, slots, next, titled: [], multi, home: undefined };
  // what the loop below needs of each key and a part kept for the rest of the draft's checks
  // does not (by the key's place in `words`): its last token, whether the key itself is a
  // title that introduces a person (personTitle), and its first word without the article
  // (start -1: none yet, and end); as long as the table (which holds twice the keys at least)
  let tail = new Int32Array(size);
  let title = new Uint8Array(size);
  let firstStart = new Int32Array(size);
  let firstEnd = new Int32Array(size);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    const norm = t.norm;
    if (norm.length < 3) continue;
    const k = foldedKeyHashed(norm);
    const h = foldedKeyHash;
    const mask = size - 1;
    let s = slot(h, mask);
    let w = -1;
    for (let x = slots[2 * s]; x !== 0; x = slots[2 * (s = (s + 1) & mask)]) {
      if (x === h && words[slots[2 * s + 1]].key === k) {
        w = slots[2 * s + 1];
        break;
      }
    }
    let e: KeyWords;
    // (chained, not pushed to an array per key: most keys' words are never asked for)
    if (w >= 0) {
      e = words[w];
      tail[w] = next[tail[w]] = i;
    } else {
      w = words.length;
      slots[2 * s] = h;
      slots[2 * s + 1] = w;
      words.push((e = { key: k, part, head: i, tokens: undefined, spellings: undefined }));
      tail[w] = i;
      title[w] = personTitle(k) ? 1 : 0;
      firstStart[w] = -1;
      if (words.length * 2 > size) {
        size *= 2;
        part.slots = slots = new Int32Array(2 * size);
        fileKeys(words, slots);
        tail = grown(tail);
        title = grown(title);
        firstStart = grown(firstStart);
        firstEnd = grown(firstEnd);
      }
    }
    // a title (every title form has five letters or more: none is among the short words passed
    // over above), by its key's answer where the word is its own key, as most words are (a word
    // foldedKey changes is asked itself)
    if (k === norm ? title[w] === 1 : personTitle(norm)) titles.push(i);
    // (a word with the article is no name of its own here: nameLikeWord)
    if (withArticle(norm)) continue;
    const fs = firstStart[w];
    if (fs < 0) {
      firstStart[w] = t.start;
      firstEnd[w] = t.end;
      e.spellings = stripMarks(detached(text, t.start, t.end));
      continue;
    }
    // the same letters as the key's first word without the article (whose spelling was taken
    // first), marks aside: most repeats are written the same way, code unit for code unit (no
    // string made); else their spellings are compared (the first's is the first spelling kept)
    if (sameRange(text, fs, firstEnd[w], t.start, t.end)) continue;
    const had = e.spellings!;
    const sp = stripMarks(detached(text, t.start, t.end));
    if (sp === (typeof had === 'string' ? had : had[0])) continue;
    if (typeof had === 'string') {
      e.spellings = [had, sp];
      multi.push(k);
    } else if (!had.includes(sp)) had.push(sp);
  }
  part.titled = titledKeys(doc, titles);
  return part;
}

/** The table of a part an index holds (see NAME_WORDS's add). */
const NO_SLOTS = new Int32Array(2);

/** A key's hash in a part's table: FNV-1a (as foldedKeyHashed computes it), never 0 (a free slot). */
function keyHash(k: string): number {
  return fnv1a(k) | 1;
}

/** The first slot to look at for hash h. */
function slot(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

/** File every key of `words` in the (empty) table. */
function fileKeys(words: readonly KeyWords[], slots: Int32Array): void {
  const mask = (slots.length >> 1) - 1;
  for (let w = 0; w < words.length; w++) {
    const h = keyHash(words[w].key);
    let s = slot(h, mask);
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = h;
    slots[2 * s + 1] = w;
  }
}

/** The record of key `k` in a part, if the part has words with it. */
function partKey(part: NamePart, k: string): KeyWords | undefined {
  const h = keyHash(k);
  const mask = (part.slots.length >> 1) - 1;
  for (let s = slot(h, mask); part.slots[2 * s] !== 0; s = (s + 1) & mask) {
    if (part.slots[2 * s] === h && part.words[part.slots[2 * s + 1]].key === k) return part.words[part.slots[2 * s + 1]];
  }
  return undefined;
}

/** The token indexes of a key's words in a part, in order (made once, then kept). */
function keyTokens(part: NamePart, e: KeyWords): number[] {
  if (e.tokens) return e.tokens;
  const out = [e.head];
  // (a next token is after its word: 0 ends the chain)
  for (let i = part.next[e.head]; i !== 0; i = part.next[i]) out.push(i);
  return (e.tokens = out);
}


/**
 * The draft's words by key, kept paragraph by paragraph: a key's words are found without a
 * walk over the draft, and which keys are written two ways is counted as paragraphs come and go.
 */
const NAME_WORDS = defineIndex<NamePart, NameWords>({
  name: 'name-consistency:words',
  usedBy: ['name-consistency'],
  part: namePart,
  create() {
    // each key's words in the paragraphs holding it: one part's record, or a list of two or
    // more; a key's tokens are read off its records when asked for (most keys never are)
    const byKey = new Map<string, KeyWords | KeyWords[]>();
    // how many paragraphs write each spelling of a key (without the article): most keys are
    // written one way, so a key's one spelling and its count, else the counts of its spellings
    const spelt = new Map<string, string | KeyCounts>();
    const speltOnce = new Map<string, number>();
    const addSpelling = (k: string, sp: string) => {
      const v = spelt.get(k);
      if (v === undefined) {
        spelt.set(k, sp);
        speltOnce.set(k, 1);
      } else if (typeof v !== 'string') {
        v.add(sp);
        if (v.size >= 2) multi.add(k);
      } else if (v === sp) speltOnce.set(k, speltOnce.get(k)! + 1);
      else {
        const c = new KeyCounts();
        for (let n = speltOnce.get(k)!; n > 0; n--) c.add(v);
        c.add(sp);
        spelt.set(k, c);
        speltOnce.delete(k);
        multi.add(k);
      }
    };
    const removeSpelling = (k: string, sp: string) => {
      const v = spelt.get(k);
      if (v === undefined) return;
      if (typeof v === 'string') {
        if (v !== sp) return;
        const n = speltOnce.get(k)! - 1;
        if (n > 0) speltOnce.set(k, n);
        else {
          spelt.delete(k);
          speltOnce.delete(k);
        }
        return;
      }
      v.remove(sp);
      if (v.size === 0) spelt.delete(k);
      if (v.size < 2) multi.delete(k);
    };
    const multi = new Set<string>();
    const titled = new Map<PartHome, string[]>();
    // what `remembered` was told of a key (by question), and the keys whose words changed since the last check
    const kept = new Map<string, Map<string, unknown>>();
    const touched = new Set<string>();
    // the keys that stand for a name under `signature`, and the keys not asked about yet
    const hits = new Map<string, Hit>();
    const unasked = new Set<string>();
    let signature: string | undefined;
    return {
      add(part, home) {
        part.home = home;
        // (the part's table of keys serves a view of the part alone, `whole`: an index reads its
        // parts through their records, and keeps them for the rest of the draft's checks)
        part.slots = NO_SLOTS;
        for (const e of part.words) {
          const k = e.key;
          const sps = e.spellings;
          touched.add(k);
          const m = byKey.get(k);
          if (m === undefined) {
            byKey.set(k, e);
            unasked.add(k);
          } else if (Array.isArray(m)) m.push(e);
          else if (m !== e) byKey.set(k, [m, e]);
          if (sps === undefined) continue;
          if (typeof sps === 'string') addSpelling(k, sps);
          else for (const sp of sps) addSpelling(k, sp);
        }
        if (part.titled.length) titled.set(home, part.titled);
      },
      remove(part, home) {
        for (const e of part.words) {
          const k = e.key;
          const sps = e.spellings;
          touched.add(k);
          const m = byKey.get(k);
          if (m === e) {
            byKey.delete(k);
            hits.delete(k);
            unasked.delete(k);
          } else if (Array.isArray(m)) {
            const i = m.indexOf(e);
            if (i >= 0) m.splice(i, 1);
            if (m.length === 1) byKey.set(k, m[0]);
          }
          if (sps === undefined) continue;
          if (typeof sps === 'string') removeSpelling(k, sps);
          else for (const sp of sps) removeSpelling(k, sp);
        }
        titled.delete(home);
      },
      view(doc) {
        for (const answers of kept.values()) for (const k of touched) answers.delete(k);
        touched.clear();
        // (the rule asks for a key's words twice at most, and for many keys in the same paragraphs)
        const bases = new Map<PartHome, number>();
        const done = new Map<string, number[]>();
        return {
          tokens(key) {
            let out = done.get(key);
            if (out) return out;
            out = [];
            const m = byKey.get(key);
            if (m) {
              const records = Array.isArray(m) ? m : [m];
              if (records.length > 1) records.sort((a, b) => a.part.home!.start - b.part.home!.start);
              for (const e of records) {
                const h = e.part.home!;
                let base = bases.get(h);
                if (base === undefined) bases.set(h, (base = partFirstToken(doc, h.start)));
                for (const i of keyTokens(e.part, e)) out.push(base + i);
              }
            }
            done.set(key, out);
            return out;
          },
          multiSpelt: () => multi,
          remembered<T>(what: string, k: string, compute: () => T): T {
            let answers = kept.get(what);
            if (!answers) kept.set(what, (answers = new Map()));
            if (answers.has(k)) return answers.get(k) as T;
            const v = compute();
            answers.set(k, v);
            return v;
          },
          hits(sig, hitOf) {
            const ask = sig === signature ? unasked : byKey.keys();
            if (sig !== signature) hits.clear();
            signature = sig;
            for (const k of ask) {
              const h = hitOf(k);
              if (h) hits.set(k, h);
            }
            unasked.clear();
            return hits;
          },
          titled() {
            const homes = [...titled.keys()].sort((a, b) => a.start - b.start);
            const out: string[] = [];
            for (const h of homes) for (const k of titled.get(h)!) out.push(k);
            return out;
          },
        };
      },
    };
  },
  whole(part) {
    return {
      tokens: (key) => {
        const e = partKey(part, key);
        return e ? keyTokens(part, e) : [];
      },
      multiSpelt: () => part.multi,
      titled: () => part.titled,
      remembered: (_what, _k, compute) => compute(),
      hits(_sig, hitOf) {
        const out = new Map<string, Hit>();
        // (an indexed loop: no iterator step per key)
        for (let w = 0; w < part.words.length; w++) {
          const k = part.words[w].key;
          const h = hitOf(k);
          if (h) out.set(k, h);
        }
        return out;
      },
    };
  },
});

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
      other: { ar: 'الهجاء المعتمد «{majority}»', en: 'The spelling kept, “{majority}”' },
      fix: { ar: 'اكتب «{majority}»', en: 'Write “{majority}”' },
    },
    docs: {
      description: { ar: 'اسم الشخص الواحد بهجاءين في الخبر نفسه', en: 'One person’s name spelled two ways in the same draft' },
      explanation: {
        ar: 'يقارن أسماء الأشخاص (ما يلي لقبا كالدكتور والسفير والوزير، أو جزء اسم مركب يأتي هجاءاه كلاهما بجوار الاسم الأول نفسه أو اسم العائلة نفسه: باراك أوباما وباراك اوباما، واسم العائلة المركب بكلمته بعد «عبد» أو «أبو» أو «بن»: أحمد عبد الله واحمد عبد الله) ببقية كلمات الخبر متجاوزا ما يخلط فيه الكتّاب: مواضع الهمزة، والياء والألف المقصورة، والتاء المربوطة والهاء، وحرف مد زائد أو ساقط أو حرف واحد مختلف في وسط اسم من أربعة أحرف فأكثر إذا جاء الهجاءان بجوار كلمة واحدة من اسم شخص مسبوق بلقب (جون كنيدي وجون كندي) ولم يكونا كلاهما كلمتين من المعجم، وأزواج النقل المعروفة (ترامب/ترمب). يُنبَّه على الهجاء الأقل شيوعا مع إصلاح إلى الأغلب، وإذا لم يختلف الهجاءان إلا في الهمزة فإلى المهموز وإن قلّ (أوباما لا اوباما، إبراهيم لا ابراهيم). والاسم المركب من «عبد» واسم معرّف إذا كُتب متصلا في موضع ومنفصلا في آخر (عبدالعزيز وعبد العزيز) وُحّد على الأغلب، وعلى المنفصل عند التساوي. والأسماء الأجنبية بلا لقب (نيبينزيا ونيبنزيا، كامالا وكمالا، شويغو وشويجو، دميتري وديمتري) يُنبَّه على هجائها الأقل إذا لم يختلف الهجاءان إلا بحرف مد زائد أو ساقط أو منقول في وسط الاسم أو بالغين والجيم، وكان أحدهما على الأقل ليس كلمة في المعجم، وجاء الاسم موضع الاسم (بجوار كلمة لا يعرفها المعجم أو بعد لقب أو صفة نسبة) — ولا يُصلَح تلقائيا بل يُعرض الهجاء الأغلب، ولا يُنبَّه إذا تلا كلَّ هجاء اسمُ عائلة مختلف أو سبقه اسم أول مختلف (ستيفن جيرارد وستيفان سافيتش شخصان) أو كان أحدهما لامرأة والآخر لرجل؛ وكذلك الاسم الأجنبي المكتوب بهمزة وبغيرها أو بالياء والألف المقصورة (اوبراين وأوبراين، سوبوسلاي وسوبوسلاى) ويُعرض المهموز.',
        en: 'Compares people’s names (what follows a title such as الدكتور, السفير, الوزير, or part of a multi-word name whose two spellings both stand beside the same given name or family name: باراك أوباما / باراك اوباما, a compound family name by its word after عبد, أبو or بن: أحمد عبد الله / احمد عبد الله) with the rest of the draft, looking past what writers mix: hamza seats, final ي/ى, ة/ه; a doubled or dropped long vowel or one letter changed inside a name of four letters or more when both spellings stand beside the same word of a titled person’s name (جون كنيدي / جون كندي) and not both are dictionary words; and known transliteration pairs (ترامب/ترمب). The minority spelling is flagged with a fix to the majority; where the two differ only in hamza seats, to the one with the hamza even when it is the fewer (أوباما, not اوباما; إبراهيم, not ابراهيم). A compound of عبد and a name with the article written glued in one place and apart in another (عبدالعزيز / عبد العزيز) is made one: the more frequent, apart on a tie. Foreign names with no title (نيبينزيا / نيبنزيا, كامالا / كمالا, شويغو / شويجو, دميتري / ديمتري) are reported too where the two spellings differ only by a long vowel added, dropped or moved inside the name, or غ for ج, at least one is no dictionary word, and the name stands as one (beside a word no dictionary knows, or after a title or a nisba): the majority is offered, never applied, and nothing is said where each spelling is followed by a surname or preceded by a given name of its own (ستيفن جيرارد and ستيفان سافيتش are two people) or one is a woman’s and the other a man’s; likewise a foreign name written with and without its hamza or with final ي and ى (اوبراين / أوبراين, سوبوسلاي / سوبوسلاى), the hamza’s spelling offered.',
      },
      good: 'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال أوباما إن اللقاء مثمر.',
      bad: 'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال اوباما إن اللقاء مثمر.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // The names list's people are name-spelling's: their words as the list writes them win here
    // too, and a listed mention is not flagged (the two rules would undo each other's fixes).
    const mentions = findNameMentions(doc, ctx.shared.names);
    let listedWords: Set<string> | undefined;
    const listed = () => (listedWords ??= new Set(mentions.flatMap((m) => m.entry.canonical.split(/\s+/).map((w) => stripMarks(w)))));
    const inMention = (o: Occurrence) => mentions.some((m) => m.start <= o.start && o.end <= m.end);
    /** The other words of the listed names the draft mentions that hold the word w (الجندي for نادية). */
    // (kept per word for this check: asked once per occurrence, each answer a walk over the mentions)
    const nameWords = new Map<string, Set<string>>();
    const nameWordsWith = (w: string) => {
      let out = nameWords.get(w);
      if (!out) {
        out = new Set(mentions.flatMap((m) => (m.entry.canonical.split(/\s+/).map((x) => stripMarks(x)).includes(w) ? m.entry.canonical.split(/\s+/).map((x) => stripMarks(x)) : [])).filter((x) => x !== w));
        nameWords.set(w, out);
      }
      return out;
    };
    const idx = draftIndex(doc, NAME_WORDS);
    const persons = personStems(idx);
    // introduced as a person by being part of a multi-word name: both spellings beside the same name word
    const words = new WordTest();
    const multiWord = new Set(multiWordNameKeys(doc, idx, persons, words));
    for (const k of multiWord) persons.set(k, true);
    compoundSpacing(ctx, mentions);
    /** The words reported here, which foreignVariants leaves alone. */
    const reported = new Set<number>();
    if (persons.size === 0) {
      foreignVariants(ctx, reported, inMention);
      return;
    }
    // Titled names of four letters or more, for the pairs one medial edit apart (a doubled or
    // dropped long vowel: ترامب/ترمب، نتنياهو/نتانياهو).
    const titledNames: string[] = [];
    for (const [k, titled] of persons) if (titled && k.length >= 4 && !multiWord.has(k)) titledNames.push(k);
    const near = nearIndex(titledNames);
    const bits = keyBits(persons);
    // group every word of the draft whose stem matches a person key (through proclitics).
    const groups = new Map<string, Occurrence[]>();
    /** Words one medial edit from a titled name: the word's key → the names it is near. */
    const linked = new Map<string, Set<string>>();
    const link = (k: string, p: string) => {
      let s = linked.get(k);
      if (!s) linked.set(k, (s = new Set()));
      s.add(p);
    };
    const toks = doc.tokens;
    const text = doc.text;
    // Every word of the draft whose key (through a proclitic) is a person's or near a titled
    // name's: by key through the draft's index (which, checking a draft as it is edited, asks
    // only about the keys new to it while the persons stay the same), then in document order
    // (the order the groups, their words and the near names are gathered in decides which
    // spelling a tie goes to).
    const hitOf = (key: string): Hit | undefined => {
      const g = groupOf(key, persons, bits);
      if (g || titledNames.length === 0) return g;
      const n = nearOf(key, near);
      return n && { ...n, near: [...NEAR] };
    };
    const hits: Array<{ key: string; hit: Hit; tokens: number[] }> = [];
    for (const [key, hit] of idx.hits(personsSignature(persons, multiWord), hitOf)) hits.push({ key, hit, tokens: idx.tokens(key) });
    hits.sort((a, b) => a.tokens[0] - b.tokens[0]);
    const found: Array<{ group: string; o: Occurrence }> = [];
    for (const { key, hit, tokens } of hits) {
      for (const p of hit.near ?? []) link(hit.group, p);
      // (a key's stems are its words' own: kept while they stay)
      const stems = idx.remembered(`stems ${hit.strip}`, key, () => stemsOf(doc, tokens, hit.strip));
      // (the last word's answer below, taken again for the words written the same, code unit
      // for code unit: its spelling and its text are the same)
      let ps = -1;
      let pe = -1;
      let word = false;
      for (let n = 0; n < tokens.length; n++) {
        const spelling = stems.spellings[n];
        if (spelling === undefined) continue;
        const t = toks[tokens[n]];
        // a proclitic read off a word of the lexicon, leaving no word as written (كامنة → ك +
        // امنة, the key of آمنة): the word, not the name
        if (hit.strip > 0) {
          if (ps < 0 || !sameRange(text, ps, pe, t.start, t.end)) {
            ps = t.start;
            pe = t.end;
            word = !words.exact(spelling) && words.exact(stripMarks(text.slice(t.start, t.end)));
          }
          if (word) continue;
        }
        const end = t.end;
        found.push({ group: hit.group, o: { start: end - stems.lengths[n], end, spelling, token: tokens[n] } });
      }
    }
    // in document order: a word's token is its own (each token has one key, so one hit), and
    // numbers sort without a comparator: token × size + place in `found`, both whole numbers
    // far under 2^53
    const size = found.length;
    const order = new Float64Array(size);
    for (let n = 0; n < size; n++) order[n] = found[n].o.token * size + n;
    order.sort();
    for (let n = 0; n < size; n++) {
      const { group, o } = found[order[n] % size];
      const list = groups.get(group);
      if (list) list.push(o);
      else groups.set(group, [o]);
    }
    // titled names one medial edit from each other
    for (const k of titledNames) {
      if (NEAR.length !== 0) NEAR.length = 0; // (setting a length is a call into the engine, even to the same)
      nearNames(near, k, 0, NEAR);
      for (const p of NEAR) if (p < k) link(k, p); // each pair once
    }
    // A pair one medial edit apart is evidently one name when both spellings stand beside the
    // same titled name word (جون كنيدي / جون كندي، بنيامين نتنياهو / بنيامين نتانياهو) and not
    // both are words of the lexicon (خالد سعيد / خالد سعود). Both titled is not enough: الدكتور
    // الينسون جيبسون and المهندس فلتشر جوبسون are two people.
    const titledNeighbour = (norm: string) => persons.get(foldedKey(norm)) === true && !multiWord.has(foldedKey(norm)) && nameLikeNeighbour(norm);
    const parent = new Map<string, string>();
    const root = (k: string): string => {
      let r = k;
      while (parent.has(r)) r = parent.get(r)!;
      return r;
    };
    for (const [k, names] of linked) {
      const a = groups.get(k);
      if (!a) continue;
      for (const p of names) {
        const b = groups.get(p);
        if (!b || root(k) === root(p)) continue;
        if (!shareNeighbour(doc, a, b, titledNeighbour)) continue;
        if (groupIsWord(a, words) && groupIsWord(b, words)) continue;
        parent.set(root(k), root(p));
      }
    }
    /** Groups made of two keys or more joined here (one medial edit apart): see `sure` below. */
    const joined = new Set<string>();
    for (const k of [...groups.keys()]) {
      const r = root(k);
      if (r === k) continue;
      groups.get(r)!.push(...groups.get(k)!);
      groups.delete(k);
      joined.add(r);
    }
    for (const [key, occ] of groups) {
      // (most groups are written one way: no counts made for them)
      let oneWay = true;
      for (let n = 1; n < occ.length && oneWay; n++) oneWay = occ[n].spelling === occ[0].spelling;
      if (oneWay) continue;
      const counts = spellingCounts(occ);
      if (counts.size < 2) continue;
      // evidently the same name: at least one spelling is a titled person, or a known pair
      if (!persons.get(key) && !KNOWN_PAIRS.some(([a]) => nameKey(a) === key)) continue;
      // the names list's spelling of a listed person's word, if a spelling is one
      const fromList = [...counts.keys()].find((sp) => listed().has(sp));
      const majority = fromList ?? targetSpelling(counts);
      // two words of the lexicon may be two words (وكأن / وكان، أثاره / إثارة، طريقه / طريقة) where
      // a title's neighbourhood made them look like a name: then the fix is only offered, unless
      // both stand beside the same name word (أيمن / ايمن الظواهري)
      // … or a given name written with and without its hamza (أحمد / احمد، إبراهيم / ابراهيم: the
      // courts desk's «المستشار احمد عبد الرحمن»), the hamza's the majority: the bare one is the slip
      const seatedGiven = GIVEN_NAMES.has(key) && 'أإآ'.includes(majority[0]) && [...counts.keys()].every((s) => bareAgainstSeated(s, majority));
      // Spellings joined by one medial edit that each follow a title of their own (الفنانة ريهام
      // عادل / المطربة رهام عادل: two stars the arts desk's draft says are confused by their
      // names) may be two people: offered, not applied.
      const ownTitles = joined.has(key) && titledApart(doc, occ);
      const sure = !ownTitles && (fromList !== undefined || multiWord.has(key) || seatedGiven || ![...counts.keys()].every((s) => words.exact(s)));
      const anchor = occ.find((o) => o.spelling === majority)!;
      for (const o of occ) {
        if (o.spelling === majority || inMention(o)) continue;
        // a word one final ة/ه or ى/ي from a listed name's word, standing alone (no mention of the
        // name, no title before it), is the word: رحمه الله beside a listed رحمة أحمد, إلى ناديه
        // الأصلي «his club» beside نادية الجندي, يحيي «revives», برنامج ليلي «nightly», طابع سلمي
        // «peaceful» (adversarial run: fix-all wrote the name in each). Not where it stands as
        // the name (the draft names the listed person: fromList is a word of a mention): after a
        // title, as the subject of a reporting verb («وأضافت ناديه أن»، «وقال مصطفي إن»), or before
        // another word of the listed name (review: those catches had been lost)
        if (fromList !== undefined && onlyFinalLetter(o.spelling, fromList) && !standsAsName(doc, o.token, nameWordsWith(fromList))) continue;
        reportSpelling(ctx, o, majority, anchor, sure);
        reported.add(o.token);
      }
    }
    foreignVariants(ctx, reported, inMention);
  },
};

/**
 * Does a folded word start with the article, alone or after a proclitic (والـ، بالـ، للـ)? A word
 * with it is seldom a foreign name. (By char codes: asked of most words of a draft.)
 */
function articleWord(norm: string): boolean {
  let p = 0;
  let c = norm.charCodeAt(0);
  if (c === 0x648 || c === 0x641) c = norm.charCodeAt(++p); // و ف
  if (c === 0x644) return norm.charCodeAt(p + 1) === 0x644; // لل
  if (c === 0x628 || c === 0x643) c = norm.charCodeAt(++p); // ب ك
  return c === 0x627 && norm.charCodeAt(p + 1) === 0x644;
}

/**
 * The shortest foreign name compared by foreignVariants across a vowel (one spelling may be a
 * letter shorter: كولر / كولير); shorter names differ by a vowel as often as they are two.
 */
const FOREIGN_MIN = 5;

/** A name's key with غ written ج (شويغو / شويجو) and its medial long vowels dropped: the key foreignVariants groups by. */
function skeleton(key: string): string {
  // (by char codes: asked of every word form of a draft that a non-word's first and last letters match)
  const n = key.length;
  let out = '';
  for (let i = 0; i < n; i++) {
    let c = key.charCodeAt(i);
    if (i > 0 && i < n - 1 && (c === 0x627 || c === 0x648 || c === 0x64a)) continue; // ا و ي inside
    if (c === 0x63a) c = 0x62c; // غ → ج
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Are keys a and b one name's two spellings by one of the slips foreign names get: a long vowel
 * added or dropped inside the word (نيبينزيا / نيبنزيا، كامالا / كمالا), a long vowel moved past
 * its neighbour (`moved`: دميتري / ديمتري), or غ for ج (شويغو / شويجو)?
 */
function vowelVariant(a: string, b: string, moved = true): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length === b.length + 1) {
    let p = 0;
    while (p < b.length && a[p] === b[p]) p++;
    // (not a second و after a first: وويندوز is و + ويندوز)
    return p > 0 && p < a.length - 1 && 'اوي'.includes(a[p]) && !(p === 1 && a[0] === 'و' && a[1] === 'و') && a.slice(p + 1) === b.slice(p);
  }
  if (a.length !== b.length) return false;
  let p = 0;
  while (p < a.length && a[p] === b[p]) p++;
  if (p === a.length) return false;
  if ((a[p] === 'غ' && b[p] === 'ج') || (a[p] === 'ج' && b[p] === 'غ')) return a.slice(p + 1) === b.slice(p + 1);
  // (a vowel moved in a word of six letters or more: in shorter ones it makes another word as
  // often, هانكم / هناكم; and only where asked: وصولنا / وصلونا are two words)
  return moved && p > 0 && p + 2 < a.length && a.length >= 6 && a[p] === b[p + 1] && a[p + 1] === b[p] && ('اوي'.includes(a[p]) || 'اوي'.includes(b[p])) && a.slice(p + 2) === b.slice(p + 2);
}

/** Past verbs of saying, folded, masculine (their feminine adds ت): the gender of the subject after them. */
const SAYING_PAST = new Set(['قال', 'اضاف', 'اكد', 'اوضح', 'ذكر', 'اشار', 'تابع', 'كشف', 'اعلن', 'صرح', 'اعتبر', 'راي', 'شدد', 'لفت', 'نفي']);

/**
 * Does each spelling of the group come after titles (the word right before it) that no other
 * spelling comes after, every spelling after one title at least?
 */
function titledApart(doc: AnalysedDocument, occ: readonly Occurrence[]): boolean {
  const titles = new Map<string, Set<string>>();
  for (const o of occ) {
    const p = doc.wordBeside(o.token, -1);
    let t = p >= 0 && TITLE_FORMS.has(doc.tokens[p].norm) ? doc.tokens[p].norm : undefined;
    if (!t) continue;
    while (!TITLE_SET.has(t) && t.length > 2) t = t.slice(1); // والفنانة: the title without its proclitics
    let set = titles.get(o.spelling);
    if (!set) titles.set(o.spelling, (set = new Set()));
    set.add(t);
  }
  const spellings = new Set(occ.map((o) => o.spelling));
  if (titles.size !== spellings.size || titles.size < 2) return false;
  const seen = new Set<string>();
  for (const set of titles.values()) for (const t of set) {
    if (seen.has(t)) return false;
    seen.add(t);
  }
  return true;
}

/**
 * Do spellings a and b (one key) differ only where one has a bare alef and the other a seated
 * one (اوبراين / أوبراين), or in a final ي/ى (سوبوسلاي / سوبوسلاى)? Not a seat against another
 * seat: in a foreign name إ, أ and آ are three vowels (إيدن Eden, آيدن Aidan).
 */
function bareAgainstSeated(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    const seats = 'أإآ';
    if ((x === 'ا' && seats.includes(y)) || (y === 'ا' && seats.includes(x))) continue;
    if (k === a.length - 1 && 'يى'.includes(x) && 'يى'.includes(y)) continue;
    return false;
  }
  return true;
}

/** Feminine past verbs of saying whose masculine is not theirs less ت (رأى / رأت، نفى / نفت), folded. */
const SAYING_PAST_FEMININE = new Set(['رات', 'نفت']);

/**
 * The gender the word before token i gives the name at i: a past verb of saying (قال / قالت،
 * وأضاف / وأضافت) or a title (الرئيس / الملكة، السفير / السفيرة); undefined when it says none.
 */
function genderBefore(doc: AnalysedDocument, i: number): 'f' | 'm' | undefined {
  const p = doc.wordBeside(i, -1);
  if (p < 0) return undefined;
  let n = doc.tokens[p].norm;
  if ((n.startsWith('و') || n.startsWith('ف')) && n.length > 3) n = n.slice(1);
  if (SAYING_PAST.has(n)) return 'm';
  if (SAYING_PAST_FEMININE.has(n) || (n.endsWith('ت') && SAYING_PAST.has(n.slice(0, -1)))) return 'f';
  if (personTitle(n)) return n.endsWith('ه') ? 'f' : 'm';
  if (n.startsWith('ال') && n.endsWith('ه') && personTitle(n.slice(0, -1))) return 'f';
  return undefined;
}

/**
 * Foreign names spelt two ways that no title introduces (the foreign desk's wire copy: «المندوب
 * الروسي فاسيلي نيبينزيا … نيبنزيا»، «كامالا هاريس … كمالا هاريس»، «شويغو … شويجو»): two words
 * without the article, the longer of FOREIGN_MIN letters or more (a four-letter one only beside
 * the same name word as the other), the same but for long vowels added, dropped or moved inside
 * the word, or غ for ج, one of them no word of the lexicon as written (كمالا and فلتشر are, by a
 * proclitic reading: a foreign name seldom is one in both spellings); and standing as a name:
 * both beside the same word (توم فليتشر / توم فلتشر), or one beside a word no lexicon knows, or
 * after a title, a role noun or a nisba with the article — or both unknown to the lexicon in
 * every spelling. Also one key written with a bare and a seated alef or two final yehs
 * (اوبراين / أوبراين). Never two people (twoPeople). The fewer are reported with the more
 * frequent offered (not applied: such a pair is one name far more often than two, but no title
 * vouches for it).
 */
function foreignVariants(ctx: Parameters<Rule['check']>[0], reported: Set<number>, inMention: (o: Occurrence) => boolean): void {
  const { doc } = ctx;
  const toks = doc.tokens;
  const text = doc.text;
  // (without a lexicon, no word can be told from a name: nothing is said)
  let d: ReturnType<typeof docLex>;
  try {
    d = docLex(doc);
  } catch {
    return;
  }
  type Word = Occurrence & { key: string; word: boolean };
  // The tokens by skeleton, for the skeletons of the non-words (a group needs one): the non-words
  // first, then the words whose first and last letters some non-word's skeleton has (most are
  // passed over without a skeleton made; a skeleton is made once per folded form). Only a group
  // whose tokens are not all written alike is read further. (DocLex.status, not formOf: the
  // forms of a whole draft are not found for this — checking a draft as it is edited, they would
  // be kept with it from check to check, a page per thousand tokens.)
  const skeletons = new Map<string, string>();
  const skeletonOf = (norm: string): string => {
    let sk = skeletons.get(norm);
    if (sk === undefined) skeletons.set(norm, (sk = skeleton(nameKey(norm))));
    return sk;
  };
  interface Group {
    tokens: number[];
    varied: boolean;
  }
  const groups = new Map<string, Group>();
  const ends = new Set<number>();
  const add = (g: Group, i: number): void => {
    if (!g.varied) {
      const f = toks[g.tokens[0]];
      const t = toks[i];
      g.varied = !sameRange(text, f.start, f.end, t.start, t.end);
    }
    g.tokens.push(i);
  };
  const words: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    const n = t.norm;
    const len = n.length;
    // (a word in ة is Arabic: شمالة / شمالية; one in ات a plural: مليشيات / ميليشيات; and a key of
    // four letters at least: ءءءء has none)
    if (len < FOREIGN_MIN - 1 || text.charCodeAt(t.end - 1) === 0x629 || (n.charCodeAt(len - 1) === 0x62a && n.charCodeAt(len - 2) === 0x627) || articleWord(n)) continue;
    const st = d.status(i);
    if (st === WORD) words.push(i);
    else if (st === NON_WORD) {
      const sk = skeletonOf(n);
      if (sk.length < FOREIGN_MIN - 2) continue;
      const g = groups.get(sk);
      if (g) add(g, i);
      else {
        groups.set(sk, { tokens: [i], varied: false });
        ends.add(sk.charCodeAt(0) * 0x10000 + sk.charCodeAt(sk.length - 1));
      }
    }
  }
  if (groups.size === 0) return;
  // each folded word asked once: the group its skeleton joins, if any (a draft repeats its words)
  const wordTokens = new Set<number>();
  const groupOfNorm = new Map<string, Group | null>();
  for (const i of words) {
    const n = toks[i].norm;
    let g = groupOfNorm.get(n);
    if (g === undefined) {
      // (the skeleton keeps a word's first and last letters, but for a first or last غ, read ج)
      const first = n.charCodeAt(0) === 0x63a ? 0x62c : n.charCodeAt(0);
      const last = n.charCodeAt(n.length - 1) === 0x63a ? 0x62c : n.charCodeAt(n.length - 1);
      g = ends.has(first * 0x10000 + last) ? (groups.get(skeletonOf(n)) ?? null) : null;
      groupOfNorm.set(n, g);
    }
    if (g) {
      add(g, i);
      wordTokens.add(i);
    }
  }
  // the varied groups' words, in document order
  const bySkeleton: Word[][] = [];
  for (const g of groups.values()) {
    if (!g.varied) continue;
    g.tokens.sort((a, b) => a - b);
    bySkeleton.push(
      g.tokens.map((i) => {
        const t = toks[i];
        const spelling = stripMarks(text.slice(t.start, t.end));
        return { start: t.start, end: t.end, spelling, token: i, key: nameKey(spelling), word: wordTokens.has(i) };
      }),
    );
  }
  const nameSlot = (i: number): boolean => {
    for (const dir of [-1, 1] as const) {
      const k = doc.wordBeside(i, dir);
      if (k < 0) continue;
      const n = toks[k].norm;
      if (n.length >= 3 && d.unknown(k)) return true;
      if (dir === -1 && (personTitle(n) || isRoleWord(n) || (n.length > 4 && nisbaWithArticle(n)))) return true;
    }
    return false;
  };
  /**
   * The words beside a spelling's occurrences (direction and word); with `names`, only those that
   * are a name themselves (no word of the lexicon as written, or a given name): «وقال» beside both
   * ميكل and مايكل says nothing of them.
   */
  const beside = (list: readonly Word[], names = false): Set<string> => {
    const out = new Set<string>();
    for (const o of list) {
      for (const dir of [-1, 1] as const) {
        const k = doc.wordBeside(o.token, dir);
        if (k < 0) continue;
        const n = toks[k].norm;
        if (n.length < 3 || NEVER.has(n) || PARTICLES.has(n)) continue;
        if (names && d.status(k) !== NON_WORD && !GIVEN_NAMES.has(n)) continue;
        out.add(`${dir}${n}`);
      }
    }
    return out;
  };
  /**
   * The words right after (dir 1: its surnames) or before (dir -1: its given names) a spelling's
   * occurrences that are no words of the lexicon as written: لاوتارو مارتينيز and غابرييل مارتينز
   * are two people.
   */
  const besideNames = (list: readonly Word[], dir: -1 | 1): Set<string> => {
    const out = new Set<string>();
    for (const o of list) {
      const k = doc.wordBeside(o.token, dir);
      // (by skeleton: a given name spelt two ways is still one, ديمتري مدفيديف / دميتري ميدفيديف)
      if (k >= 0 && toks[k].norm.length >= 2 && d.status(k) === NON_WORD) out.add(toks[k].norm.length >= 3 ? skeletonOf(toks[k].norm) : toks[k].norm);
    }
    return out;
  };
  /** The genders the words before a spelling's occurrences give it (see genderBefore). */
  const genders = (list: readonly Word[]): Set<'f' | 'm'> => {
    const out = new Set<'f' | 'm'>();
    for (const o of list) {
      const g = genderBefore(doc, o.token);
      if (g) out.add(g);
    }
    return out;
  };
  /**
   * Do both spellings stand beside names of their own on one side, and never beside the same
   * one? Or is one only ever a woman and the other only ever a man (وقالت سيلفيا / وأضاف سيلفا)?
   */
  const twoPeople = (a: readonly Word[], b: readonly Word[]): boolean => {
    const ga = genders(a);
    const gb = genders(b);
    if (ga.size === 1 && gb.size === 1 && [...ga][0] !== [...gb][0]) return true;
    return ([1, -1] as const).some((dir) => {
      const na = besideNames(a, dir);
      const nb = besideNames(b, dir);
      return na.size > 0 && nb.size > 0 && ![...na].some((n) => nb.has(n));
    });
  };
  /** Report each of `list` not spelt `majority` (and not reported by the main pass, or a listed name's), with `majority` offered. */
  const reportAll = (list: readonly Word[], majority: string, anchor = list.find((o) => o.spelling === majority)!): void => {
    for (const o of list) {
      if (o.spelling === majority || reported.has(o.token) || inMention(o)) continue;
      reportSpelling(ctx, o, majority, anchor, false);
      reported.add(o.token); // (once: the same-key and the vowel comparisons may both reach a word)
    }
  };
  for (const occ of bySkeleton) {
    // (in document order: a tie goes to the first written)
    const byKey = new Map<string, Word[]>();
    for (const o of occ) {
      const l = byKey.get(o.key);
      if (l) l.push(o);
      else byKey.set(o.key, [o]);
    }
    // the key written most (on a tie, the first), and its spelling written most
    let best: Word[] = [];
    for (const l of byKey.values()) if (l.length > best.length) best = l;
    // that key written two ways (a hamza, a final ى/ي): اوبراين / أوبراين، سوبوسلاي / سوبوسلاى — no
    // word of the lexicon as written, and standing as a name; the hamza's spelling wins. Only a
    // bare alef against a seated one (إيدن / آيدن are two names, Eden and Aidan), and not where
    // the spellings stand beside names of their own, as two people. (Another key's words are
    // compared with this one's majority below, whatever their own spellings.)
    if (!best.every((o) => o.spelling === best[0].spelling) && !best.some((o) => o.word) && best.some((o) => nameSlot(o.token))) {
      const major = targetSpelling(spellingCounts(best));
      const others = best.filter((o) => o.spelling !== major);
      if (others.every((o) => bareAgainstSeated(o.spelling, major)) && !twoPeople(others, best.filter((o) => o.spelling === major))) reportAll(best, major);
    }
    if (byKey.size < 2) continue;
    const majority = targetSpelling(spellingCounts(best));
    const anchor = best.find((o) => o.spelling === majority)!;
    const bestSlot = best.some((o) => nameSlot(o.token));
    let bestBeside: Set<string> | undefined;
    for (const [key, list] of byKey) {
      if (list === best) continue;
      // (a vowel moved only between two non-words: ديمتري / دميتري)
      // (and a name of five letters at least: كولر / كولير, not four and three)
      if (Math.max(key.length, best[0].key.length) < FOREIGN_MIN || !vowelVariant(key, best[0].key, !list[0].word && !best[0].word) || DISTINCT_NAMES.has(key) || DISTINCT_NAMES.has(best[0].key)) continue;
      // one spelling at least no word of the lexicon in any form, or both standing as names and
      // one no word as written (كامالا هاريس / كمالا هاريس; ادارة is إدارة misspelt, and إدارية
      // another word: not a name)
      const unknownA = d.unknown(list[0].token);
      const unknownB = d.unknown(best[0].token);
      if (!unknownA && !unknownB && !(list.some((o) => nameSlot(o.token)) && best.some((o) => nameSlot(o.token)) && !(list[0].word && best[0].word))) continue;
      // two given names, each before a surname of its own, are two people (ستيفن جيرارد، ستيفان
      // سافيتش), and two surnames each after a given name of its own
      if (twoPeople(list, best)) continue;
      // (two spellings no lexicon knows in any form are a foreign word written two ways: «سيرغي
      // شويغو … شويجو», where سيرغي reads as س + a verb)
      // (a name of four letters beside its five-letter spelling is evidently one only beside the same
      // word: مارسيل كولر / مارسيل كولير, not كولين باسكو / كلين, داعش / دواعش)
      const short = Math.min(key.length, best[0].key.length) < FOREIGN_MIN;
      if (short || (!(unknownA && unknownB) && !bestSlot && !list.some((o) => nameSlot(o.token)))) {
        const shared = short ? beside(best, true) : (bestBeside ??= beside(best));
        const mine = beside(list, short);
        if (![...mine].some((n) => shared.has(n))) continue;
      }
      reportAll(list, majority, anchor);
    }
  }
}

/** How many times each spelling of `occ` is written, and where first. */
function spellingCounts(occ: readonly Occurrence[]): Map<string, { n: number; first: number }> {
  const counts = new Map<string, { n: number; first: number }>();
  for (const o of occ) {
    const c = counts.get(o.spelling);
    if (c) c.n++;
    else counts.set(o.spelling, { n: 1, first: o.start });
  }
  return counts;
}

/** Report occurrence o as a spelling other than `majority` (written at `anchor`), with the fix to it. */
function reportSpelling(ctx: Parameters<Rule['check']>[0], o: Occurrence, majority: string, anchor: Occurrence, preferred: boolean): void {
  ctx.report({
    start: o.start,
    end: o.end,
    messageId: 'inconsistent',
    data: { found: o.spelling, majority },
    fixes: [{ messageId: 'fix', data: { majority }, edits: [{ start: o.start, end: o.end, text: majority }], preferred }],
    related: [{ start: anchor.start, end: anchor.end, messageId: 'other', data: { majority } }],
  });
}

/** A compound name of عبد + a name with the article, as the draft writes it (see compoundSpacing). */
interface Compound {
  /** Where عبد starts and the name ends. */
  start: number;
  end: number;
  /** Glued (عبدالعزيز): where the name starts; apart (عبد العزيز): the space between, [gap, gapEnd). */
  at: number;
  gapEnd: number;
}

/**
 * عبد + a name with the article written both glued (عبدالعزيز) and apart (عبد العزيز) in one
 * draft (snnv_0148: «الملك سلمان بن عبد العزيز» beside «فيصل بن عبدالعزيز»): one spelling for the
 * compound, whoever bears it. The fewer are reported with a fix to the more; on a tie, apart,
 * the standard spelling. Apart means one plain space between; proclitics (و ف, then ل ب) may
 * stand before عبد. Names of the names list are name-spelling's (`mentions`: the listed names the draft mentions).
 */
function compoundSpacing(ctx: Parameters<Rule['check']>[0], mentions: ReadonlyArray<{ start: number; end: number }>): void {
  const { doc } = ctx;
  const text = doc.text;
  const toks = doc.tokens;
  // the listed mentions by start, walked once as the compounds come in order (a draft that names
  // listed people in every paragraph would make a search per compound quadratic)
  const spans = mentions.length > 1 ? [...mentions].sort((a, b) => a.start - b.start) : mentions;
  let m = 0;
  let reach = -1; // the furthest end of the mentions before m
  const listed = (start: number, end: number): boolean => {
    while (m < spans.length && spans[m].start <= start) reach = Math.max(reach, spans[m++].end);
    return reach >= end;
  };
  const byName = new Map<string, { glued: Compound[]; apart: Compound[] }>();
  for (let at = text.indexOf('عبد'); at >= 0; at = text.indexOf('عبد', at + 3)) {
    const i = doc.tokenIndexAt(at);
    const t = toks[i];
    if (!t || t.kind !== 'word' || t.start > at) continue;
    if (at > t.start && (at - t.start > 2 || !/^[وف]?[لب]?$/.test(text.slice(t.start, at)))) continue;
    const after = at + 3;
    let c: Compound;
    let key: string;
    if (after < t.end) {
      if (!text.startsWith('ال', after) || t.end - after < 4) continue;
      c = { start: at, end: t.end, at: after, gapEnd: after };
      key = foldString(text.slice(after, t.end));
    } else {
      const sp = toks[i + 1];
      const w = toks[i + 2];
      if (!sp || sp.kind !== 'space' || sp.end - sp.start !== 1 || text.charCodeAt(sp.start) !== 0x20) continue;
      if (!w || w.kind !== 'word' || !text.startsWith('ال', w.start) || w.end - w.start < 4) continue;
      c = { start: at, end: w.end, at: sp.start, gapEnd: sp.end };
      key = w.norm;
    }
    if (listed(c.start, c.end)) continue;
    let g = byName.get(key);
    if (!g) byName.set(key, (g = { glued: [], apart: [] }));
    (c.at === c.gapEnd ? g.glued : g.apart).push(c);
  }
  for (const { glued, apart } of byName.values()) {
    if (glued.length === 0 || apart.length === 0) continue;
    const toApart = glued.length <= apart.length;
    const anchor = (toApart ? apart : glued)[0];
    for (const c of toApart ? glued : apart) {
      const found = text.slice(c.start, c.end);
      const majority = toApart ? `${text.slice(c.start, c.at)} ${text.slice(c.at, c.end)}` : text.slice(c.start, c.at) + text.slice(c.gapEnd, c.end);
      ctx.report({
        start: c.start,
        end: c.end,
        messageId: 'inconsistent',
        data: { found, majority },
        fixes: [{ messageId: 'fix', data: { majority }, edits: [{ start: c.at, end: c.gapEnd, text: toApart ? ' ' : '' }], preferred: true }],
        related: [{ start: anchor.start, end: anchor.end, messageId: 'other', data: { majority: text.slice(anchor.start, anchor.end) } }],
      });
    }
  }
}

/** Do two spellings differ only in their last letter, ة/ه or ى/ي (رحمه/رحمة، يحيي/يحيى)? */
function onlyFinalLetter(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2 || a.slice(0, -1) !== b.slice(0, -1)) return false;
  const pair = a[a.length - 1] + b[b.length - 1];
  return pair === 'ةه' || pair === 'هة' || pair === 'ىي' || pair === 'يى';
}

/**
 * Does the word at token i stand as a name: right after a title (الفنانة رحمه), right after a
 * reporting verb with no الله after it (وأضافت ناديه أن; not «وقال رحمه الله»), or right before
 * another word of the listed name (`otherWords`: وأكدت ناديه الجندي)?
 */
function standsAsName(doc: AnalysedDocument, i: number, otherWords: ReadonlySet<string>): boolean {
  const p = doc.wordBeside(i, -1);
  if (p >= 0 && TITLE_FORMS.has(doc.tokens[p].norm)) return true;
  const n = doc.wordBeside(i, 1);
  const next = n >= 0 ? doc.tokens[n] : undefined;
  if (next && otherWords.has(stripMarks(doc.text.slice(next.start, next.end)))) return true;
  if (p < 0 || next?.norm === 'الله') return false;
  const prev = doc.tokens[p];
  return verbsOf(doc.text, prev).length > 0;
}

/**
 * The stem of each of a key's words after `strip` letters of proclitics (marks aside), and its
 * length in the original text (marks included); none for a word that is no name (a function
 * word), or whose stem the proclitics would overlap.
 */
function stemsOf(doc: AnalysedDocument, tokens: readonly number[], strip: number): { spellings: Array<string | undefined>; lengths: Int32Array } {
  const toks = doc.tokens;
  const text = doc.text;
  const spellings: Array<string | undefined> = new Array(tokens.length);
  const lengths = new Int32Array(tokens.length);
  // the answer for the last word's text, taken again for the words written the same, code unit
  // for code unit (most of a key's words): it depends on the text only
  let raw: string | undefined;
  let spelling: string | undefined;
  let length = 0;
  for (let n = 0; n < tokens.length; n++) {
    const t = toks[tokens[n]];
    if (raw === undefined || !sameText(text, t.start, t.end, raw)) {
      raw = text.slice(t.start, t.end);
      const word = stripMarks(raw);
      spelling = word.slice(strip);
      length = 0;
      if (NEVER.has(word) || NEVER.has(spelling)) spelling = undefined;
      else {
        length = lengthInOriginal(text, t.start, t.end, spelling);
        if (t.end - length < t.start) spelling = undefined;
      }
    }
    if (spelling === undefined) continue;
    spellings[n] = spelling;
    lengths[n] = length;
  }
  return { spellings, lengths };
}

/** How many original code units at the end of [start, end) spell `stripped` (marks included). */
function lengthInOriginal(text: string, start: number, end: number, stripped: string): number {
  let letters = 0;
  let i = end;
  while (i > start && letters < stripped.length) {
    i--;
    if (keptByStripMarks(text.charCodeAt(i))) letters++;
  }
  return end - i;
}

export default rule;
