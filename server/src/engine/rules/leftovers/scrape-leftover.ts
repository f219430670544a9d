// scrape-leftover: lines that are the news site's page chrome, not the article's copy —
// buttons (`اظهر المزيد`, `زر الذهاب إلى الأعلى`), link labels (`اقرأ أيضا`), category and
// navigation bars, mastheads, headline tickers, embedded-tweet attributions, a title or caption
// repeated further down, CSS or script text. Copied from a web page, they ride along into the
// draft and, unchecked, into print.
//
// A phrase list alone misses what real pages vary, so every non-blank line gets a score:
// evidence (a folded phrase at the line's start or as the whole line, navigation separators,
// Latin/UI tokens, social-network names, section names, a tweet attribution, code punctuation,
// a repeat of an earlier line, a place in a block of related links) plus its shape (short and
// verbless: +1; reads as a sentence: −2). A line scoring `minScore` (default 4) or more is
// reported (a tweet's credit line not in a Markdown blockquote, which quotes the tweet on
// purpose). Shape alone never reaches it: a short headline or a dateline
// (` عين اليوم – بنسلفانيا`) carries no evidence and is never flagged.
//
// The fix deletes the line with its line break and the blank lines on its thinner side, so
// the paragraphs around it keep the spacing they had and no blank-line debris is left: at the
// top of the text it deletes up to the next line of copy, at the end back to the last one.
// Within a line of copy, a UI prefix (`Next Previous`), a pic.twitter.com link and a site
// footer glued after the last sentence (`رابط الخبر بصحيفة …: <the headline again>`) are
// reported and deleted alone.

import { optionDoc } from '../../messages';
import { defineScan, documentScan } from '../../scans';
import type { Report, Rule, SharedData, TextEdit } from '../../types';
import { firstStartingAt, type AnalysedDocument, type Line } from '../../text/document';
import { foldedWithConjunctions, foldString } from '../../text/fold';
import { WordFilter } from '../../text/word-filter';
import { inBlockquote } from '../../text/quotations';
import { tokenize, type Token } from '../../text/tokenize';
import {
  BLOCK_HEADERS,
  CODE_WORDS,
  NAMES_LIKE_VERBS,
  PHRASES,
  SECTION_NAMES,
  SENTENCE_VERBS,
  SOCIAL_AR,
  UI_LATIN,
  type PhraseKind,
} from './phrases';

export interface ScrapeLeftoverOptions {
  /** Extra leftover phrases of this newsroom's sources, matched literally on folded text (never as patterns). */
  phrases: string[];
  /** Score from which a line is reported (lower: more lines; higher: only the plainest leftovers). */
  minScore: number;
}

const DEFAULT_MIN_SCORE = 4;

// ---------------------------------------------------------------------------------------
// Keys: what a line is made of, for matching. Words by their folded form, Latin lower-case,
// numbers and links by their text; punctuation and spaces are not keys.

const enum K {
  Arabic = 1,
  Latin = 2,
  Number = 3,
  Link = 4, // url, e-mail, handle, hashtag
}

function keyOf(text: string, t: Token): string | null {
  switch (t.kind) {
    case 'word':
      return t.norm;
    case 'latin':
    case 'url':
    case 'email':
    case 'handle':
    case 'hashtag':
      return text.slice(t.start, t.end).toLowerCase();
    case 'number':
      return text.slice(t.start, t.end);
    default:
      return null;
  }
}

/** The keys of a phrase as written by a person (folded, punctuation and spacing dropped). */
export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  for (const t of tokenize(phrase)) {
    const k = keyOf(phrase, t);
    if (k) keys.push(k);
  }
  return keys;
}

interface Phrase {
  keys: string[];
  kind: PhraseKind;
  /** The phrase as listed (for the message). */
  text: string;
}

type PhraseIndex = Map<string, Phrase[]>;

function buildIndex(entries: Iterable<readonly [string, PhraseKind]>, byLast = false): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const [text, kind] of entries) {
    const keys = phraseKeys(text);
    if (keys.length === 0) continue;
    const k = byLast ? keys[keys.length - 1] : keys[0];
    let list = index.get(k);
    if (!list) index.set(k, (list = []));
    if (!list.some((p) => p.keys.join(' ') === keys.join(' '))) list.push({ keys, kind, text });
  }
  // Longest phrase first, so `قد يعجبك أيضا` wins over `قد يعجبك`.
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}

const START_INDEX = buildIndex(PHRASES.filter(([, k]) => k !== 'cta'));
const END_INDEX = buildIndex(PHRASES.filter(([, k]) => k === 'cta'), true);
const BLOCK_KEYS = new Set(BLOCK_HEADERS.map((p) => phraseKeys(p).join(' ')));
const MASTHEADS = PHRASES.filter(([, k]) => k === 'masthead').map(([p]) => phraseKeys(p));
const EMPTY_INDEX: PhraseIndex = new Map();

// One lookup per Arabic word: its classes, with a leading و/ف already allowed for.
const SECTION = 1;
const SOCIAL = 2;
const VERB = 4;
const WORD_CLASS = new Map<string, number>();
function classify(words: readonly string[], bit: number): void {
  for (const form of foldedWithConjunctions(words)) WORD_CLASS.set(form, (WORD_CLASS.get(form) ?? 0) | bit);
}
classify(SECTION_NAMES, SECTION);
classify(SOCIAL_AR, SOCIAL);
classify(SENTENCE_VERBS, VERB);
// A sieve in front of WORD_CLASS (every word of every line passes here): about one word in
// fifteen of a draft passes on to the map.
const CLASS_FILTER = new WordFilter(WORD_CLASS.keys());
const VERB_LIKE_NAMES = new Set(NAMES_LIKE_VERBS.map((w) => foldString(w)));
const UI = new Set(UI_LATIN);
const CODE = new Set(CODE_WORDS);

// The user's phrases (options and the house-style word list), indexed once per distinct list.
let userKey = '';
let userIndex: PhraseIndex = EMPTY_INDEX;
function userPhrases(list: readonly string[]): PhraseIndex {
  const key = list.join('\u0000');
  if (key !== userKey) {
    userKey = key;
    userIndex = buildIndex(list.map((p) => [p, 'ui'] as const));
  }
  return userIndex;
}

/** Strip one leading conjunction (و ف): `وتكنولوجيا` → `تكنولوجيا`. */
function bare(norm: string): string {
  const c = norm.charCodeAt(0);
  return (c === 0x648 || c === 0x641) && norm.length > 3 ? norm.slice(1) : norm;
}

function isSection(norm: string): boolean {
  return ((WORD_CLASS.get(norm) ?? 0) & SECTION) !== 0;
}

function isSocial(norm: string): boolean {
  return ((WORD_CLASS.get(norm) ?? 0) & SOCIAL) !== 0;
}

/** A verb (قال، أكد) or a present-tense verb shape (يبحث، تتصدر، يلتقي) that is not a common given name. */
function verbLike(norm: string): boolean {
  if (((WORD_CLASS.get(norm) ?? 0) & VERB) !== 0) return true;
  const w = bare(norm);
  const c = w.charCodeAt(0);
  return (c === 0x64a || c === 0x62a || c === 0x646) && w.length >= 4 && !VERB_LIKE_NAMES.has(w);
}

// Punctuation classes, by code unit.
const P_COMMA = 1; // ، , ؛ ; — a clause break
const P_CODE = 2; // { } ; = < > $ — script and style
const P_HARD_SEP = 4; // | • · ● ■ … — never prose punctuation: a menu or ticker separator
const P_SPACED_SEP = 8; // » › > / « ‹ < \ — a separator only with space on both sides (» also closes a quotation)
const P_DASH = 16; // — – - ―
const P_CLOSER = 32; // » " ” ) ] ' ’
// (a table by code unit, 0 for none: every punctuation token of the draft is looked up)
const PUNCT = new Uint8Array(0x10000);
function punct(chars: string, bit: number): void {
  for (const ch of chars) PUNCT[ch.charCodeAt(0)] |= bit;
}
punct('،,؛;', P_COMMA);
punct('{};=<>$', P_CODE);
punct('|│¦•·●◄►◀▶■◆▪★❖', P_HARD_SEP);
punct('»›>/«‹<\\', P_SPACED_SEP);
punct('—–-―', P_DASH);
punct('»"”)]\'’', P_CLOSER);

function punctClass(text: string, tok: Token): number {
  return tok.kind === 'punct' ? PUNCT[text.charCodeAt(tok.start)] : 0;
}

// ---------------------------------------------------------------------------------------
// Scoring a line.

/**
 * What a line shows on its own (its phrases, shape, separators, links), before what it shares
 * with the lines around it (a repeat of an earlier line, a place in a block of related links).
 * Offsets are in the document the line was scored in.
 */
interface LineScore {
  /** The line's content range (trimmed; a UI prefix included): the finding's range. */
  start: number;
  end: number;
  /** Whether the line holds anything significant after its UI prefix (if not, only the prefix is reported). */
  scored: boolean;
  /** The evidence: its sum, and its strongest item (which names the message). */
  sum: number;
  weight: number;
  messageId: string;
  data?: Record<string, string | number>;
  /** The shape's part of the score: short and verbless +1, a sentence −2. */
  shape: number;
  /** The line's keys joined, when it has 3 to 40 of them (a repeat counts), and how many it has. */
  repeat?: string;
  n: number;
  /** The line ends with . ? ! (a sentence: a quoted question or line, not a title), or with a colon (it introduces what follows). */
  endsSentence: boolean;
  endsColon: boolean;
  /** Whether the line may be a headline in a block of related links, and whether it opens one. */
  inBlock: boolean;
  opensBlock: boolean;
  /** A run of Latin UI words glued before copy (`Next Previous أ ف ب - سيدني`), and where its deletion ends. */
  prefix?: { start: number; end: number; deleteTo: number };
  /** pic.twitter.com links of the line. */
  mediaLinks?: Array<{ start: number; end: number }>;
  /** A «رابط الخبر …:» footer glued after the line's last sentence: its range, where the label ends, and where its deletion starts. */
  footer?: { start: number; end: number; labelEnd: number; deleteFrom: number };
}

/** A flagged line: the finding's range, message and related range. */
interface Verdict {
  start: number;
  end: number;
  messageId: string;
  data?: Record<string, string | number>;
  related?: { start: number; end: number };
}

/** A line's score in a part of a draft, and how far the part's offsets are from the draft's. */
interface ScoredLine {
  line: LineScore;
  shift: number;
}

/** A line's evidence: its sum, and its strongest item (which names the message). */
class Evidence {
  sum = 0;
  weight = 0;
  messageId = '';
  data: Record<string, string | number> | undefined;
  related: { start: number; end: number } | undefined;

  /** Start over from a line's own evidence (none by default). */
  reset(from?: LineScore): void {
    this.sum = from?.sum ?? 0;
    this.weight = from?.weight ?? 0;
    this.messageId = from?.messageId ?? '';
    this.data = from?.data;
    this.related = undefined;
  }

  add(weight: number, messageId: string, data?: Record<string, string | number>, related?: { start: number; end: number }): void {
    if (weight <= 0) return;
    this.sum += weight;
    if (weight > this.weight) {
      this.weight = weight;
      this.messageId = messageId;
      this.data = data;
      this.related = related;
    }
  }
}

class LineScorer {
  // The current line, reused from line to line.
  private readonly keys: string[] = [];
  private readonly kinds: K[] = [];
  private readonly segments: number[] = [];
  private readonly mediaLinks: Array<{ start: number; end: number }> = [];
  private readonly ev = new Evidence();

  constructor(
    private readonly doc: AnalysedDocument,
    private readonly user: PhraseIndex,
  ) {}

  /** Line `li`, made of tokens [t0, t1): undefined when it holds nothing significant. */
  line(li: number, t0: number, t1: number): LineScore | undefined {
    const foot = linkFooter(this.doc.text, this.doc.tokens, t0, t1);
    if (!foot) return this.copyLine(li, t0, t1);
    // the line's copy is scored without its footer, which is reported alone
    const s = this.copyLine(li, t0, foot.at);
    if (s) s.footer = { start: foot.start, end: foot.end, labelEnd: foot.labelEnd, deleteFrom: foot.deleteFrom };
    return s;
  }

  /** Line `li` up to its footer, made of tokens [t0, t1). */
  private copyLine(li: number, t0: number, t1: number): LineScore | undefined {
    const toks = this.doc.tokens;
    const pre = uiPrefix(this.doc.text, toks, t0, t1);
    // Score the copy after the prefix on its own; the prefix is reported alone if that is copy.
    const s = this.score(li, pre ? pre.next : t0, t1);
    if (!pre) return s;
    const prefix = { start: pre.start, end: pre.end, deleteTo: toks[pre.next].start };
    if (!s) return { start: pre.start, end: pre.end, scored: false, sum: 0, weight: 0, messageId: '', shape: 0, n: 0, endsSentence: false, endsColon: false, inBlock: false, opensBlock: false, prefix };
    s.start = pre.start;
    s.prefix = prefix;
    return s;
  }

  /**
   * The own score of line `li` from token t0 to t1 (its copy after a UI prefix): undefined when
   * it holds nothing significant. A line with no evidence at all is never flagged (weight 0:
   * shape alone is not enough), whatever its shape.
   */
  private score(li: number, t0: number, t1: number): LineScore | undefined {
    const text = this.doc.text;
    const toks = this.doc.tokens;
    this.mediaLinks.length = 0;
    const keys = this.keys;
    const kinds = this.kinds;
    const segments = this.segments;
    keys.length = 0;
    kinds.length = 0;
    segments.length = 0;
    const ev = this.ev;
    ev.reset();

    let first = -1;
    let last = -1;
    let arabic = 0;
    let latin = 0;
    let uiLatin = 0;
    let social = 0;
    let sections = 0;
    let verbs = 0;
    let commas = 0;
    let codePunct = 0;
    let colons = 0;
    let hardSeps = 0;
    let codeWords = 0;
    let links = 0;
    let year = false;
    let handleInParens = false;
    let seg = 0;
    let prevChar = -1; // the previous significant token's character when it was punctuation

    for (let t = t0; t < t1; t++) {
      const tok = toks[t];
      switch (tok.kind) {
        case 'space':
        case 'format':
        case 'newline':
          continue;
        case 'word': {
          const key = tok.norm;
          keys.push(key);
          kinds.push(K.Arabic);
          seg++;
          arabic++;
          const c = CLASS_FILTER.mayHold(key) ? WORD_CLASS.get(key) : undefined;
          if (c !== undefined) {
            if (c & SECTION) sections++;
            if (c & SOCIAL) social++;
            if (c & VERB) verbs++;
          }
          prevChar = -1;
          break;
        }
        case 'punct': {
          const ch = text.charCodeAt(tok.start);
          const pc = PUNCT[ch];
          if (pc !== 0) {
            if (pc & P_COMMA) commas++;
            if (pc & P_CODE) codePunct++;
            if (pc & P_HARD_SEP) hardSeps++;
            if (pc & P_HARD_SEP || (pc & P_SPACED_SEP && spacedAt(toks, t, t0, t1))) {
              segments.push(seg);
              seg = 0;
            }
          }
          if (ch === 0x3a) colons++;
          prevChar = ch;
          break;
        }
        case 'latin': {
          const key = text.slice(tok.start, tok.end).toLowerCase();
          keys.push(key);
          kinds.push(K.Latin);
          seg++;
          latin++;
          if (UI.has(key)) uiLatin++;
          if (CODE.has(key)) codeWords++;
          prevChar = -1;
          break;
        }
        case 'number': {
          const key = text.slice(tok.start, tok.end);
          keys.push(key);
          kinds.push(K.Number); // `10 / 8 / 2015` is a date, not a menu: numbers fill no segment
          if (key.length === 4 && (key.startsWith('19') || key.startsWith('20'))) year = true;
          prevChar = -1;
          break;
        }
        case 'url':
        case 'email':
        case 'handle':
        case 'hashtag': {
          const key = text.slice(tok.start, tok.end).toLowerCase();
          keys.push(key);
          kinds.push(K.Link);
          seg++;
          links++;
          if (tok.kind === 'url' && (key.includes('pic.twitter.com') || key.includes('pic.x.com'))) this.mediaLinks.push({ start: tok.start, end: tok.end });
          if (tok.kind === 'handle' && prevChar === 0x28 /* ( */) handleInParens = true;
          prevChar = -1;
          break;
        }
        default:
          prevChar = -1;
          break;
      }
      if (first < 0) first = t;
      last = t;
    }
    if (first < 0) return undefined;
    segments.push(seg);
    let start = toks[first].start;
    let end = toks[last].end;
    // Markdown non-prose parts of the line (a link target, inline code) hold no tokens but go
    // with the line when it is deleted: the finding covers them too.
    const line = this.doc.lines[li];
    const ex = this.doc.excluded;
    let lo = 0;
    let hi = ex.length;
    while (lo < hi) {
      // the first non-prose span ending after the line's start (spans are sorted, disjoint)
      const mid = (lo + hi) >> 1;
      if (ex[mid].end <= line.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < ex.length && ex[k].start < line.end; k++) {
      if (ex[k].start < start) start = Math.max(ex[k].start, line.start);
      if (ex[k].end > end) end = Math.min(ex[k].end, line.end);
    }
    const n = keys.length;

    // Separators: filled segments, and the longest one.
    let filled = 0;
    let longest = 0;
    for (const s of segments) {
      if (s > 0) filled++;
      if (s > longest) longest = s;
    }
    const segmented = filled >= 3 && !(text.charCodeAt(toks[first].start) === 0x7c && text.charCodeAt(toks[last].start) === 0x7c); // not a Markdown table row

    // Shape. A line of Arabic reads as a sentence when long (for a ticker or menu: its longest
    // item), with clause commas, ending in . ? ! or holding an attribution verb.
    const endsSentence = endsWithSentenceMark(text, toks, first, last);
    const span = segmented ? longest : n;
    const sentence = arabic > 0 && (span >= 15 || (commas > 0 && n >= 6) || (endsSentence && n >= 5) || (verbs > 0 && n >= 5));
    const chrome = n <= 6 && commas === 0 && !endsSentence && verbs === 0;

    // 1. Phrases at the start (or the whole line).
    let blockHeader = false;
    if (n > 0) {
      const m = (this.user !== EMPTY_INDEX ? matchStart(keys, this.user) : undefined) ?? matchStart(keys, START_INDEX);
      if (m) {
        const { phrase, glued } = m;
        const len = phrase.keys.length;
        const whole = !glued && insignificantFrom(keys, kinds, len);
        const data = { phrase: phrase.text };
        switch (phrase.kind) {
          case 'ui':
            ev.add(whole || glued ? 5 : 4, 'phrase', data);
            break;
          case 'heading': {
            let onlySections = len < n;
            for (let j = len; j < n && onlySections; j++) onlySections = kinds[j] === K.Arabic && isSection(keys[j]);
            ev.add(whole || glued || onlySections ? 5 : 1, 'phrase', data);
            break;
          }
          case 'word':
            ev.add(whole ? 4 : n - len <= 3 ? 1 : 0, 'phrase', data);
            break;
          case 'masthead':
            ev.add(mastheadWeight(text, toks, keys, kinds, len, first, t1), 'masthead');
            break;
          default:
            break;
        }
        if (whole && BLOCK_KEYS.has(phrase.keys.join(' '))) blockHeader = true;
      }
      // 2. A call to click ending a short line (`لمشاهدة النتيجة اضغط هنا`).
      if (n <= 6) {
        const e = matchEnd(keys, END_INDEX);
        if (e) ev.add(4, 'phrase', { phrase: e.text });
      }
    }

    // 3. Navigation bar, category bar, ticker: three or more filled segments between separators.
    // A menu or breadcrumbs are short items and nothing else: a line with a label or key
    // (`الأسعار: الذهب / الفضة / …`، `(*1): لا يستحق | (*2): وسط`), a sentence verb or
    // tashkeel (`صدّق / أقرّ / أجاز المجلسُ القرارَ`) reads as copy. A ticker's items are long,
    // and it uses a hard separator (| •): a slash between long stretches is prose offering
    // alternatives.
    if (segmented) {
      const copyLike = colons > 0 || verbs > 0 || hasTashkeel(text, toks[first].start, toks[last].end);
      if ((longest <= 4 && !copyLike) || (longest > 4 && hardSeps > 0 && commas === 0 && !endsSentence)) ev.add(4, 'navigation');
    }
    if (sections >= 3 && sections * 5 >= n * 4) ev.add(4, 'navigation');

    // 4. Share bars: Latin UI words, social-network names.
    if (arabic === 0 && uiLatin > 0 && uiLatin === latin && links === this.mediaLinks.length) ev.add(5, 'ui');
    else {
      if (uiLatin > 0) ev.add(2, 'ui');
      // a share bar in Arabic (`شارك عبر فيسبوك تويتر واتساب`): networks make half the line
      if (social >= 2 && social * 2 >= n && n <= 8) ev.add(4, 'ui');
      else if (social > 0) ev.add(Math.min(social, 2), 'ui');
    }

    // 5. Embedded tweets: `— name (@handle) date`, or a line that is only a pic.twitter.com link.
    // A Markdown blockquote quotes the tweet on purpose: its credit line stays (the Gulf
    // reviewer's `> — المركز الوطني للأرصاد (@NCMKSA) January 6, 2025`).
    if (handleInParens && n <= 12 && ((punctClass(text, toks[first]) & P_DASH) !== 0 || year) && !inBlockquote(this.doc, li)) ev.add(6, 'tweet');
    if (this.mediaLinks.length > 0 && this.mediaLinks.length === n) ev.add(5, 'tweet');

    // 6. CSS and script.
    if (arabic === 0 && (codePunct >= 3 || (codePunct >= 1 && codeWords >= 1))) ev.add(5, 'code');

    // 7 and 8 (a repeat of an earlier line, a place in a block of related links) are judged in
    // the rule's check, over the draft's lines in order. A Markdown image's alt text describes
    // the picture: the caption under it may say the same words (the digital desk's
    // «![سيارات عالقة …](…)» then «*سيارات عالقة …*»), so an image line repeats image lines only.
    const image = this.doc.languageId === 'markdown' && first >= 0 && text.startsWith('![', toks[first].start);
    return {
      start,
      end,
      scored: true,
      sum: ev.sum,
      weight: ev.weight,
      messageId: ev.messageId,
      data: ev.data,
      shape: chrome ? 1 : sentence ? -2 : 0,
      repeat: n >= 3 && n <= 40 ? (image ? '!' : '') + keys.join(' ') : undefined,
      n,
      endsSentence,
      endsColon: toks[last].kind === 'punct' && text.charCodeAt(toks[last].start) === 0x3a,
      inBlock: n > 0 && n <= 16 && commas === 0 && !endsSentence && !sentence && !blockHeader,
      opensBlock: blockHeader,
      mediaLinks: this.mediaLinks.length ? this.mediaLinks.slice() : undefined,
    };
  }
}

/** The words after رابط that make a link label (folded): رابط الخبر، رابط المقال، رابط الموضوع. */
const LINK_OBJECTS: ReadonlySet<string> = new Set(['الخبر', 'المقال', 'الموضوع', 'التقرير'].map((w) => foldString(w)));

/** «… بصحيفة الوئام»، «… بموقع …»: a label naming the paper or site (folded). */
const LINK_SITES: ReadonlySet<string> = new Set(['بصحيفة', 'بجريدة', 'بموقع'].map((w) => foldString(w)));

/**
 * A footer the page glued after the line's last sentence: «… بجروح. رابط الخبر بصحيفة الوئام:
 * سوريا: قتلى …» (the label, at most four more words, a colon, and the story's headline to the
 * line's end), after a sentence mark, or after anything when the label names the paper or site
 * («… www.eliqaat.com رابط الخبر بصحيفة الوئام: …»). Never a line's first words. `at`: its first
 * token; it is deleted from the end of the token before it.
 */
function linkFooter(text: string, toks: Token[], t0: number, t1: number): { at: number; start: number; end: number; labelEnd: number; deleteFrom: number } | undefined {
  let before = -1; // the last significant token
  for (let t = t0; t < t1; t++) {
    const tok = toks[t];
    if (tok.kind === 'space' || tok.kind === 'format') continue;
    const prev = before;
    before = t;
    if (prev < 0 || tok.kind !== 'word' || tok.norm !== 'رابط') continue;
    const pc = toks[prev].kind === 'punct' ? text.charCodeAt(toks[prev].start) : 0;
    const afterSentence = pc === 0x2e || pc === 0x21 || pc === 0x3f || pc === 0x61f;
    let words = 0;
    let site = false;
    for (let u = t + 1; u < t1 && words <= 5; u++) {
      const v = toks[u];
      if (v.kind === 'space' || v.kind === 'format') continue;
      if (v.kind === 'word') {
        if (words++ === 0 && !LINK_OBJECTS.has(v.norm)) break;
        if (LINK_SITES.has(v.norm)) site = true;
        continue;
      }
      if (v.kind !== 'punct' || text.charCodeAt(v.start) !== 0x3a || words === 0 || !(afterSentence || site)) break;
      // the headline after the colon runs to the line's end
      let last = -1;
      for (let w = u + 1; w < t1; w++) if (toks[w].kind !== 'space' && toks[w].kind !== 'format') last = w;
      if (last < 0) break;
      return { at: t, start: tok.start, end: toks[last].end, labelEnd: v.end, deleteFrom: toks[prev].end };
    }
  }
  return undefined;
}

/** After a phrase, only counts and UI tokens: the phrase is the whole line. */
function insignificantFrom(keys: string[], kinds: K[], i: number): boolean {
  for (let j = i; j < keys.length; j++) {
    const k = kinds[j];
    if (k === K.Number) continue;
    if (k === K.Latin && UI.has(keys[j])) continue;
    if (k === K.Arabic && isSocial(keys[j])) continue;
    return false;
  }
  return true;
}

/**
 * Two or more Latin UI words (`Next Previous`, `Share Tweet`) opening a line whose remainder
 * holds Arabic words: where the copy starts (token index) and the run's range.
 */
function uiPrefix(text: string, toks: Token[], t0: number, t1: number): { start: number; end: number; next: number } | undefined {
  let count = 0;
  let start = -1;
  let end = -1;
  let t = t0;
  for (; t < t1; t++) {
    const tok = toks[t];
    if (tok.kind === 'space' || tok.kind === 'format') continue;
    if (tok.kind === 'latin' && UI.has(text.slice(tok.start, tok.end).toLowerCase())) {
      if (start < 0) start = tok.start;
      end = tok.end;
      count++;
      continue;
    }
    break;
  }
  if (count < 2 || t >= t1) return undefined;
  for (let u = t; u < t1; u++) if (toks[u].kind === 'word') return { start, end, next: t };
  return undefined;
}

function matchStart(keys: string[], index: PhraseIndex): { phrase: Phrase; glued: boolean } | undefined {
  const list = index.get(keys[0]);
  if (!list) return undefined;
  for (const p of list) {
    const len = p.keys.length;
    if (len > keys.length) continue;
    let ok = true;
    for (let j = 0; j < len - 1 && ok; j++) ok = keys[j] === p.keys[j];
    if (!ok) continue;
    const lastP = p.keys[len - 1];
    const lastK = keys[len - 1];
    if (lastK === lastP) return { phrase: p, glued: false };
    // `أهم الأخباراتصالات`: the page glued the phrase to the next link's text.
    if (len >= 2 && lastK.length >= lastP.length + 3 && lastK.startsWith(lastP)) return { phrase: p, glued: true };
  }
  return undefined;
}

function matchEnd(keys: string[], index: PhraseIndex): Phrase | undefined {
  const list = index.get(keys[keys.length - 1]);
  if (!list) return undefined;
  for (const p of list) {
    const len = p.keys.length;
    if (len > keys.length) continue;
    let ok = true;
    for (let j = 0; j < len && ok; j++) ok = keys[keys.length - len + j] === p.keys[j];
    if (ok) return p;
  }
  return undefined;
}

/**
 * A masthead (`رئيس التحرير: …`): certain with a colon or dash right after the role, or a second
 * role (`رئيس مجلس الإدارة ورئيس التحرير …`); likely when a bare name of at most three words
 * follows; nothing when a verb or punctuation follows (`رئيس التحرير يلتقي الوزير`,
 * `رئيس تحرير الأهرام: الصحافة الورقية باقية` are headlines).
 */
function mastheadWeight(text: string, toks: Token[], keys: string[], kinds: K[], len: number, first: number, t1: number): number {
  const n = keys.length;
  // the punctuation right after the role, and whether the rest holds any
  let seen = 0;
  let restPunct = false;
  for (let t = first; t < t1; t++) {
    const tok = toks[t];
    if (tok.kind === 'space' || tok.kind === 'format') continue;
    if (tok.kind === 'punct') {
      if (seen === len && !restPunct) {
        const ch = text.charCodeAt(tok.start);
        if (ch === 0x3a /* : */ || (punctClass(text, tok) & P_DASH) !== 0) return 5;
      }
      if (seen >= len) restPunct = true;
      continue;
    }
    if (keyOf(text, tok) !== null) seen++;
  }
  // `رئيس مجلس الإدارة والتحرير …`, `رئيس مجلس الإدارة ورئيس التحرير …`
  if (keys[len] === 'والتحرير') return 5;
  for (let j = len; j < n; j++) {
    for (const m of MASTHEADS) {
      if (bare(keys[j]) !== m[0] || j + m.length > n) continue;
      let ok = true;
      for (let x = 1; x < m.length && ok; x++) ok = keys[j + x] === m[x];
      if (ok) return 5;
    }
  }
  const rest = n - len;
  if (rest < 1 || rest > 3 || restPunct) return 0;
  for (let j = len; j < n; j++) {
    if (kinds[j] !== K.Arabic) return 0;
    const w = keys[j];
    if (verbLike(w) || w.startsWith('لل') || w.startsWith('بال')) return 0;
  }
  return 3;
}

/** Whether the separator token t has space (or the line's edge) on both sides. */
function spacedAt(toks: Token[], t: number, t0: number, t1: number): boolean {
  const before = t === t0 || toks[t - 1].kind === 'space';
  const after = t + 1 >= t1 || toks[t + 1].kind === 'space';
  return before && after;
}

/** Whether text[start, end) carries tashkeel (U+064B–U+0652): a menu never does. */
function hasTashkeel(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x64b && c <= 0x652) return true;
  }
  return false;
}

/** The line ends with . ? ! ؟ (an ellipsis does not end a sentence), closing quotes aside. */
function endsWithSentenceMark(text: string, toks: Token[], first: number, last: number): boolean {
  let t = last;
  while (t > first && (punctClass(text, toks[t]) & P_CLOSER) !== 0) t--;
  while (t > first && (toks[t].kind === 'space' || toks[t].kind === 'format')) t--;
  const tok = toks[t];
  if (tok.kind !== 'punct') return false;
  const ch = text.charCodeAt(tok.start);
  if (ch === 0x61f || ch === 0x3f || ch === 0x21) return true; // ؟ ? !
  if (ch !== 0x2e) return false;
  const prev = toks[t - 1];
  return !(t > first && prev.kind === 'punct' && text.charCodeAt(prev.start) === 0x2e);
}

// ---------------------------------------------------------------------------------------
// The fix.

function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200e || c === 0x200f || c === 0xfeff || c === 0x200b || c === 0x3000;
}

function isBlankLine(text: string, l: Line): boolean {
  for (let i = l.start; i < l.end; i++) if (!isBlankChar(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The deletion of each flagged line. Flagged lines and the blank lines among them form a
 * group between two lines of copy P and Q; fix-all must leave P, one gap, Q — the larger of
 * the gap after P and the gap before Q — and each quick fix applied alone must leave sensible
 * text too. So the blank lines of a group are shared out: with the gap after P kept, each
 * line takes itself and the blank lines after it; with the gap before Q kept, the blank lines
 * before it. At the top of the text (no P) the first line also takes the blank lines above it;
 * at the end (no Q) each line takes the line break and blank lines before it, and the last
 * one the blank lines after it, keeping one final line break if the text had one.
 */
export function lineDeletions(doc: AnalysedDocument, flagged: readonly number[]): TextEdit[] {
  const { text, lines } = doc;
  const last = lines.length - 1;
  const prevNonBlank = (k: number) => {
    let p = k - 1;
    while (p >= 0 && isBlankLine(text, lines[p])) p--;
    return p;
  };
  const nextNonBlank = (k: number) => {
    let q = k + 1;
    while (q <= last && isBlankLine(text, lines[q])) q++;
    return q;
  };
  const edits: TextEdit[] = [];
  let g = 0;
  while (g < flagged.length) {
    // the group: flagged lines separated only by blank lines
    let h = g;
    while (h + 1 < flagged.length && nextNonBlank(flagged[h]) === flagged[h + 1]) h++;
    const first = flagged[g];
    const lastFlagged = flagged[h];
    const p = prevNonBlank(first);
    const q = nextNonBlank(lastFlagged);
    const keepFront = p >= 0 && q <= last && first - p - 1 >= q - lastFlagged - 1;
    for (let i = g; i <= h; i++) {
      const k = flagged[i];
      if (p < 0 || keepFront) {
        // top of the text, or keeping the gap after P: the line and the blank lines after it
        const nb = nextNonBlank(k);
        edits.push({ start: i === g && p < 0 ? 0 : lines[k].start, end: nb <= last ? lines[nb].start : text.length, text: '' });
      } else if (q <= last) {
        // keeping the gap before Q: the blank lines before the line, and the line
        edits.push({ start: lines[prevNonBlank(k)].next, end: lines[k].next, text: '' });
      } else {
        // end of the text: the line break and blank lines before the line; the last line also
        // takes the blank lines after it, keeping one final line break if the text had one
        let end = lines[k].end;
        if (i === h) end = last > k && lines[last].start === lines[last].end ? lines[last - 1].end : text.length;
        edits.push({ start: lines[prevNonBlank(k)].end, end, text: '' });
      }
    }
    g = h + 1;
  }
  return edits;
}

// ---------------------------------------------------------------------------------------
// The lines' own scores, paragraph by paragraph.

/** The user's phrases: the rule's `phrases` option and the house style's `leftoverPhrases`. */
function userIndexFor(options: Partial<ScrapeLeftoverOptions> | undefined, shared: SharedData | undefined): PhraseIndex {
  const extra: string[] = [];
  for (const list of [options?.phrases, shared?.wordLists?.leftoverPhrases]) {
    if (!Array.isArray(list)) continue;
    for (const p of list) if (typeof p === 'string' && p.trim()) extra.push(p);
  }
  return extra.length ? userPhrases(extra) : EMPTY_INDEX;
}


/** Each line's own score (lines holding nothing significant left out), in document order. */
function scoreLines(doc: AnalysedDocument, user: PhraseIndex): ScoredLine[] {
  const scorer = new LineScorer(doc, user);
  const { lines, tokens: toks } = doc;
  const out: ScoredLine[] = [];
  let li = 0;
  for (let t = 0; t < toks.length; ) {
    const s = toks[t].start;
    while (li < lines.length - 1 && lines[li].next <= s) li++;
    const lineEnd = lines[li].end;
    // the first token at or after the line's end (a binary search: not a walk over the line's
    // tokens, which score walks)
    const u = toks[t].start < lineEnd ? firstStartingAt(toks, lineEnd) : t;
    if (u === t) {
      t++;
      continue;
    }
    const line = scorer.line(li, t, u);
    t = u;
    if (line) out.push({ line, shift: 0 });
  }
  return out;
}

/**
 * A line's own score depends on that line alone, so after an edit the incremental checker scores
 * only the lines of the paragraphs that changed; what lines share (repeats, blocks of related
 * links) is judged over the whole draft's list in `check`.
 */
const LINE_SCAN = defineScan<ScoredLine>({
  name: 'scrape-leftover',
  usedBy: ['scrape-leftover'],
  options: 'scrape-leftover',
  readsShared: true,
  scan: (doc, shared, options) => scoreLines(doc, userIndexFor(options as Partial<ScrapeLeftoverOptions> | undefined, shared)),
  move: (x, at) => ({ line: x.line, shift: x.shift + at.offset }),
});

/** Each line's own score in a document, at its offsets there (for tests). */
export function leftoverLineScores(doc: AnalysedDocument, options?: Partial<ScrapeLeftoverOptions>, shared?: SharedData): LineScore[] {
  return documentScan(doc, LINE_SCAN, shared, options).map(({ line, shift }) => ({
    ...line,
    start: line.start + shift,
    end: line.end + shift,
    ...(line.prefix ? { prefix: { start: line.prefix.start + shift, end: line.prefix.end + shift, deleteTo: line.prefix.deleteTo + shift } } : {}),
    ...(line.mediaLinks ? { mediaLinks: line.mediaLinks.map((m) => ({ start: m.start + shift, end: m.end + shift })) } : {}),
    ...(line.footer ? { footer: { start: line.footer.start + shift, end: line.footer.end + shift, labelEnd: line.footer.labelEnd + shift, deleteFrom: line.footer.deleteFrom + shift } } : {}),
  }));
}

const rule: Rule<ScrapeLeftoverOptions> = {
  meta: {
    id: 'scrape-leftover',
    category: 'leftovers',
    defaultSeverity: 'warning',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        phrases: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          ...optionDoc({ en: 'Extra leftover phrases of your sources, matched at the start of a line or as the whole line, on folded text (not patterns).', ar: 'عبارات بقايا إضافية من مصادركم، تُطابَق في أول السطر أو على السطر كله، على النص بعد توحيد الحروف (نصوص حرفية لا أنماط).' }),
        },
        minScore: {
          type: 'number',
          minimum: 1,
          maximum: 20,
          default: DEFAULT_MIN_SCORE,
          ...optionDoc({ en: 'Score from which a line is reported: a listed phrase scores 4–5, a navigation bar 4, a repeated line 6; a short verbless line adds 1, a sentence takes off 2.', ar: 'الدرجة التي يُبلَّغ عندها عن السطر: للعبارة المدرجة 4–5، ولشريط التنقل 4، وللسطر المكرر 6؛ والسطر القصير بلا فعل يزيد 1، والجملة تُنقص 2.' }),
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { phrases: [], minScore: DEFAULT_MIN_SCORE },
    messages: {
      phrase: {
        ar: '«{phrase}» من بقايا صفحة الموقع لا من نص الخبر: احذف السطر',
        en: '“{phrase}” is page chrome left over from the web site, not copy: delete the line',
      },
      navigation: {
        ar: 'شريط تنقل أو تصنيفات أو عناوين من صفحة الموقع، لا من نص الخبر: احذف السطر',
        en: 'A navigation, category or headline bar from the web page, not copy: delete the line',
      },
      masthead: {
        ar: 'ترويسة الصحيفة (رئيس التحرير …) ليست من نص الخبر: احذف السطر',
        en: 'The paper’s masthead (editor-in-chief …) is not copy: delete the line',
      },
      ui: {
        ar: 'أزرار مشاركة أو قوائم من صفحة الموقع، لا من نص الخبر: احذف السطر',
        en: 'Share buttons or menu items from the web page, not copy: delete the line',
      },
      tweet: {
        ar: 'بقايا تغريدة مضمّنة (الحساب والتاريخ أو رابط pic.twitter.com): احذف السطر',
        en: 'Left over from an embedded tweet (account and date, or a pic.twitter.com link): delete the line',
      },
      code: {
        ar: 'نص برمجي (CSS أو JavaScript) من صفحة الموقع: احذف السطر',
        en: 'Script or style text (CSS or JavaScript) from the web page: delete the line',
      },
      repeat: {
        ar: 'السطر مكرر حرفيا من السطر {line}: عنوان أو تعليق صورة تكرر عند النسخ',
        en: 'This line repeats line {line} word for word: a title or caption the page showed twice',
      },
      repeatFirst: { ar: 'أول ورود للسطر', en: 'First occurrence of the line' },
      related: {
        ar: 'عنوان من قائمة روابط «اقرأ أيضا» لا من نص الخبر: احذف السطر',
        en: 'A headline from a “read also” link list, not copy: delete the line',
      },
      mediaLink: {
        ar: 'رابط صورة التغريدة (pic.twitter.com) بقي في النص: احذفه',
        en: 'The tweet’s picture link (pic.twitter.com) was left in the text: delete it',
      },
      footer: {
        ar: '«{label}» وعنوان الخبر بعده تذييل من صفحة الموقع التصق بآخر جملة، لا من نص الخبر: احذفه',
        en: '“{label}” and the headline after it are the web page’s footer glued to the last sentence, not copy: delete them',
      },
      deleteFooter: { ar: 'احذف التذييل', en: 'Delete the footer' },
      deleteLine: { ar: 'احذف السطر', en: 'Delete the line' },
      deleteLink: { ar: 'احذف الرابط', en: 'Delete the link' },
      deleteWords: { ar: 'احذف كلمات الواجهة', en: 'Delete the interface words' },
    },
    docs: {
      description: {
        ar: 'سطور من بقايا صفحة الموقع (أزرار، روابط، أشرطة تنقل، ترويسة، تغريدات مضمّنة) نُسخت مع الخبر',
        en: 'Lines of web-page chrome (buttons, links, navigation bars, mastheads, embedded tweets) copied along with the article',
      },
      explanation: {
        ar: 'حين يُنسخ الخبر من موقع تأتي معه سطور ليست منه: «اظهر المزيد»، «زر الذهاب إلى الأعلى»، «اقرأ أيضا»، أشرطة التصنيفات، ترويسة الصحيفة، نسبة التغريدة (إلا في اقتباس Markdown يبدأ بـ«>»، فالتغريدة منقولة عمدا)، عنوان مكرر. يقدّر المدقق كل سطر بعباراته وشكله (قصير بلا فعل، فواصل تنقل، كلمات واجهة لاتينية، تكرار سطر سابق)، فلا يمس العنوان الحقيقي ولا سطر المكان والمصدر. الإصلاح يحذف السطر وما حوله من أسطر فارغة زائدة. وتذييل الموقع الملتصق بآخر جملة في السطر («رابط الخبر بصحيفة …:» وعنوان الخبر بعده) يُحذف وحده.',
        en: 'Copying an article off a web site brings lines that are not part of it: “show more”, “back to top”, “read also”, category bars, the masthead, tweet attributions (not in a Markdown blockquote, which quotes the tweet on purpose), a repeated title. Each line is scored by its phrases and its shape (short and verbless, navigation separators, Latin UI words, a repeat of an earlier line), so a real headline or a dateline is left alone. The fix deletes the line and the extra blank lines around it. A site footer glued after a line’s last sentence («رابط الخبر بصحيفة …:» and the story’s headline) is deleted alone.',
      },
      good: 'طلعت يبحث مع سفير الصين التعاون فى بناء القدرات الرقمية\n\nالتقى الدكتور عمرو طلعت وزير الاتصالات سفير الصين.',
      bad: 'أهم الأخباراتصالات وتكنولوجيا\n\nطلعت يبحث مع سفير الصين التعاون فى بناء القدرات الرقمية\n\nالتقى الدكتور عمرو طلعت وزير الاتصالات سفير الصين.\n\nاظهر المزيد\n\nزر الذهاب إلى الأعلى',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const opts = ctx.options ?? ({} as Partial<ScrapeLeftoverOptions>);
    const minScore = typeof opts.minScore === 'number' && Number.isFinite(opts.minScore) ? opts.minScore : DEFAULT_MIN_SCORE;
    const { lines, tokens: toks, text } = doc;
    const flaggedLines: number[] = [];
    const verdicts: Verdict[] = [];
    // 7. A repeat of an earlier line (a title or caption the page shows twice). Short lines
    // repeat in real copy too (verse, prosody, `س:`), so below five words a repeat is a hint
    // only; paragraphs (over 40 words) are not compared. A scraped duplicate sits next to its
    // original, or one line away, or ends the text: a line recurring further apart is the
    // copy's own (a chant quoted twice, a question asked again). Short of adjacent, a line
    // that ends a sentence or follows a colon (`عادوا يرددون:`) is a quotation, not chrome.
    const seen = new Map<string, { li: number; ord: number }>();
    const scanned = documentScan(doc, LINE_SCAN, ctx.shared, ctx.options);
    // the text's last line of copy: the last one its own score does not flag (a title repeated
    // above «شارك» ends the text as much as one repeated last: the digital desk's reader saw it
    // reported only on fix-all's second pass)
    // (and over a trailing block of related headlines to its header, أخبار ذات صلة: the tech desk)
    let lastCopy = scanned.length - 1;
    for (;;) {
      const s = scanned[lastCopy]?.line;
      if (!s || lastCopy === 0) break;
      if (s.scored && s.weight > 0 && s.sum + s.shape >= minScore) {
        lastCopy--;
        continue;
      }
      let h = lastCopy;
      while (h > 0 && lastCopy - h < 6 && scanned[h].line.inBlock && !scanned[h].line.opensBlock) h--;
      if (h < lastCopy && scanned[h].line.opensBlock) {
        lastCopy = h;
        continue;
      }
      break;
    }
    let ord = -1;
    let prevEndsColon = false;
    // 8. A headline-shaped line inside a block of related links: lines left in the block.
    let block = 0;
    const ev = new Evidence();
    let li = 0;
    for (const { line: s, shift } of scanned) {
      const start = s.start + shift;
      ord++;
      const afterColon = prevEndsColon;
      prevEndsColon = s.endsColon;
      while (li < lines.length - 1 && lines[li].next <= start) li++;
      if (s.scored) {
        ev.reset(s);
        if (s.repeat !== undefined) {
          const earlier = seen.get(s.repeat);
          seen.set(s.repeat, { li, ord });
          if (earlier !== undefined) {
            const between = ord - earlier.ord - 1;
            const near = between === 0 || ((between <= 1 || ord === lastCopy) && !s.endsSentence && !afterColon);
            const e = earlier.li;
            if (near) ev.add(s.n >= 5 ? 6 : 2, 'repeat', { line: e + 1 }, { start: lines[e].start, end: lines[e].end });
          }
        }
        if (block > 0) {
          if (s.inBlock) {
            ev.add(4, 'related');
            block--;
          } else block = 0;
        }
        if (s.opensBlock) block = 6;
        if (ev.weight > 0 && ev.sum + s.shape >= minScore) {
          flaggedLines.push(li);
          const v: Verdict = { start, end: s.end + shift, messageId: ev.messageId };
          if (ev.data) v.data = ev.data;
          if (ev.related) v.related = ev.related;
          verdicts.push(v);
          continue;
        }
      }
      const pre = s.prefix;
      if (pre) {
        ctx.report({
          start: pre.start + shift,
          end: pre.end + shift,
          messageId: 'ui',
          fixes: [{ messageId: 'deleteWords', edits: [{ start: pre.start + shift, end: pre.deleteTo + shift, text: '' }], preferred: true }],
          unnecessary: true,
        });
      }
      const foot = s.footer;
      if (foot) {
        ctx.report({
          start: foot.start + shift,
          end: foot.end + shift,
          messageId: 'footer',
          data: { label: text.slice(foot.start + shift, foot.labelEnd + shift) },
          fixes: [{ messageId: 'deleteFooter', edits: [{ start: foot.deleteFrom + shift, end: foot.end + shift, text: '' }], preferred: true }],
          unnecessary: true,
        });
      }
      for (const link of s.mediaLinks ?? []) {
        // take the space before the link with it (or the one after, at the start of a line)
        const m = { start: link.start + shift, end: link.end + shift };
        let { start, end } = m;
        const before = doc.tokenIndexAt(m.start) - 1;
        if (before >= 0 && toks[before].kind === 'space' && toks[before].end === m.start && toks[before].start >= lines[li].start) start = toks[before].start;
        else if (text.charCodeAt(end) === 0x20) end++;
        ctx.report({
          start: m.start,
          end: m.end,
          messageId: 'mediaLink',
          fixes: [{ messageId: 'deleteLink', edits: [{ start, end, text: '' }], preferred: true }],
          unnecessary: true,
        });
      }
    }
    const edits = lineDeletions(doc, flaggedLines);
    verdicts.forEach((v, i) => {
      const r: Report = {
        start: v.start,
        end: v.end,
        messageId: v.messageId,
        data: v.data,
        fixes: [{ messageId: 'deleteLine', edits: [edits[i]], preferred: true }],
        unnecessary: true,
      };
      if (v.related) r.related = [{ ...v.related, messageId: 'repeatFirst' }];
      ctx.report(r);
    });
  },
};

export default rule;
