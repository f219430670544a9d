// spacing-errors: a space where a word has none, or none where two words need one.
// - A detached conjunction: `و هى` → `وهى`. The و is a proclitic and is written joined to
//   the next word; the fix deletes the space. Not flagged where و stands for itself: between
//   single letters (أ و ب), before anything that is not an Arabic word (a number, a Latin
//   word, a quotation mark), or at the end of a line.
// - Two words glued: `الدكتورعبدالرحمن`, `مصرتدخل`. A token is split when it is not a
//   word of the lexicon (nor a misspelt one the hamza, teh-marbuta and final-yeh rules
//   would fix, nor a house-style name) and it splits into two words with a sign that a
//   space is missing (see `splits`). Not reported (see `shownSplits`): a split whose only
//   sign is a part written elsewhere (مار|غاريت، دونا|روما: foreign names split into two
//   words) unless a function word or the article is among its parts or that part stands in
//   the same paragraph; and a split before الله after any letter but ة or ى (names are
//   spelt joined with الله: عبيدالله، نصرالله، جارالله). A split is preferred (applied by
//   fix-all) only when it is certain (see `certainSplit`): the one split, both parts words
//   of the lexicon as written (or a title before a name), and not before الله. Otherwise
//   each split is offered, none preferred. A لا + verb split (see `laSplit`) is not shown
//   beside a word the lexicon does not know (لايتون ميستر), and only offered unless the verb
//   is a common one after لا, the word before announces a verb, or the verb (in ي / ت) follows
//   its subject (أن اللاعب لايفكر، إن الرئيس ماكرون لايرغب) or carries an object pronoun
//   (لايقابلها): not after a verb or a first name (وانتقد لاينكر، غاري لاينكر، سيارتها لانسر).

import type { FixSpec, Rule, RuleContext } from '../../types';
import type { Lexicon } from '../../lexicon';
import { ARTICLE_START, docLex, isHouseWord, NON_WORD, skeletonWords, type DocLex, type Letters } from './lexical';
import { foldString, stripMarks } from '../../text/fold';
import { DocumentMemo, type AnalysedDocument } from '../../text/document';
import type { Token } from '../../text/tokenize';
import type { SharedData } from '../../types';

/** Two-letter words that stand alone (a glued part may be one of them). */
const SHORT = new Set(['من', 'في', 'عن', 'أن', 'إن', 'لا', 'ما', 'لم', 'لن', 'قد', 'هو', 'هي', 'هم', 'مع', 'ثم', 'أو', 'بل', 'إذ', 'كل']);

/** Letters that do not join the letter after them: a missing space after one is invisible on screen. */
const NON_JOINING = new Set(['ا', 'أ', 'إ', 'آ', 'د', 'ذ', 'ر', 'ز', 'و', 'ؤ', 'ة', 'ى']);

/** Titles that stand before a name (الدكتورعبدالرحمن). */
const TITLES = new Set([
  'الدكتور', 'الدكتورة', 'المهندس', 'المهندسة', 'الشيخ', 'الأستاذ', 'الأستاذة', 'السيد', 'السيدة', 'الرئيس',
  'الوزير', 'الوزيرة', 'الأمير', 'الأميرة', 'الملك', 'اللواء', 'العميد', 'العقيد', 'المستشار', 'السفير',
  'النائب', 'الفريق', 'المشير', 'الإمام', 'الحاج', 'الفنان', 'الفنانة', 'اللاعب', 'المدرب', 'الكابتن',
]);

/** Single letters that are listed with و between them (أ و ب). */
function isSingleLetter(d: DocLex, k: number): boolean {
  const l = k >= 0 ? d.letters(k) : null;
  return !!l && l.letters.length === 1;
}

/** A lexicon word (or a misspelling of one the other rules fix), a names-list word, or two such words written together (عبدالرحمن). */
function wordish(lex: Lexicon, p: string, shared: SharedData, depth = 0): boolean {
  if (p.length < 2 || (p.length === 2 && !SHORT.has(p))) return false;
  if (lex.has(p) || isHouseWord(shared, foldString(p))) return true;
  if (p.length >= 3 && skeletonWords(lex, p).length > 0) return true;
  if (depth === 0) {
    // a compound name written joined: عبدالرحمن، نورالدين (the second word has the article)
    for (let m = 2; m <= p.length - 4; m++) if (p.startsWith('ال', m) && wordish(lex, p.slice(0, m), shared, 1) && wordish(lex, p.slice(m), shared, 1)) return true;
  }
  return false;
}

/** The stem of a left part without و/ف and the article: عبد in وعبد. */
function bareStem(p: string): string {
  let s = p;
  if (s.length > 3 && (s[0] === 'و' || s[0] === 'ف')) s = s.slice(1);
  if (s.startsWith('ال')) s = s.slice(2);
  return s;
}

/** The first word of a compound name written joined (عبدالعزيز، بعبدالرحيم، لعبدالناصر، وأبوبكر), proclitics allowed. */
const NAME_HEAD = /^[وف]?[بلك]?(?:عبد|أبو|ابو|بو|ذو)$/;

/** A right part made of suffixes only (يعقد|ونها، ازدر|وهم): the word's own ending, not a word. */
const SUFFIXES_ONLY = /^(?:(?:ون|ين|ان|وا|تم|تن|نا)(?:ها|هم|هن|هما|كم|كن|كما|نا|ني|ه|ك)?|[واي](?:ها|هم|هن|هما|كم|كن|كما|نا|ني|ه|ك))$/;
/**
 * Where `w` (not a word) splits into two words, as letter indices where the second begins.
 * Ayaspell lists so many short rare words that any foreign name splits somehow (فيلدرز →
 * في لدرز), so a split needs a sign that a space is missing:
 * - the left part ends in ة or ى, which never stand inside a word (الخامسةالارادة);
 * - the left part is a title (الدكتورعبدالرحمن: any name may follow);
 * - the left part is لا and the right one a present-tense verb (لايزال، لايعرف);
 * - the left part ends in a letter that does not join the next (ا د ذ ر ز و: the gap looks
 *   like a space on screen) and either the right part starts with the article, or the text
 *   writes one of the two parts as a word of its own elsewhere (مصرتدخل beside مصر).
 * Both parts have three letters at least (the left one without و/ف and the article), or
 * are two-letter words that stand alone (من، في …). `عبد` + name is the accepted joined
 * spelling of names (عبدالعزيز) and is never split.
 */
export function splits(lex: Lexicon, w: string, shared: SharedData, inText?: (word: string) => boolean): number[] {
  const out: number[] = [];
  if (w.length < 5) return out;
  for (let k = 2; k <= w.length - 2; k++) {
    const left = w.slice(0, k);
    const right = w.slice(k);
    const stem = left === 'ولا' ? 'لا' : bareStem(left);
    if (stem === 'عبد' || stem === 'أبو' || stem === 'ابو' || stem === 'بو' || stem === 'ذو' || NAME_HEAD.test(left)) continue;
    // never the article's alef moved to the left part (عبدالعزيز → عبدا لعزيز, لازالت → لاز الت)
    if (left[left.length - 1] === 'ا' && right[0] === 'ل') continue;
    if (SUFFIXES_ONLY.test(right)) continue;
    // no word begins with ة or ى (الفنانةإلهام is never الفنان + ةإلهام: the arts desk's reader)
    if (right[0] === 'ة' || right[0] === 'ى') continue;
    if (stem.length < 3 && !SHORT.has(left)) continue;
    if (right.length < 3 && !SHORT.has(right)) continue;
    const end = left[left.length - 1];
    let sign = false;
    if (TITLES.has(left)) sign = right.length >= 3;
    else if (left === 'لا' || left === 'ولا') sign = /^[يتن]/.test(right) && right.length >= 3 && lex.has(right); // لايزال: لا + a present verb
    else if (end === 'ة' || end === 'ى') sign = true;
    else if (NON_JOINING.has(end)) {
      // the text writes one part on its own elsewhere (not a two-letter word: those are everywhere)
      const seen = (p: string, other: string) => p.length >= 3 && other.length >= 4 && lex.has(other) && !!inText?.(p);
      // the article with a word of three letters at least after it (not اليس، الاس of موراليس، ميرالاس)
      sign = (right.startsWith('ال') && right.length >= 5) || seen(stem === left ? left : '', right) || seen(right, left);
    } else if ((right.startsWith('ال') || right.startsWith('لل')) && right.length >= 5) {
      // after a joining letter the two words show joined, a slip the writer could see: both parts
      // must be words of the lexicon (التنفيذيللشركة، رئيسالوزراء: the tech desk's reader)
      sign = lex.has(left) && lex.has(right);
    }
    if (!sign) continue;
    if (!TITLES.has(left) && !(lex.has(left) || isHouseWord(shared, foldString(left)) || skeletonWords(lex, left).length > 0)) continue;
    if (TITLES.has(left) || wordish(lex, right, shared)) out.push(k);
  }
  // a split before the article is the likelier one (وزيرالشؤون: وزير الشؤون, not وزيرا لشؤون)
  const article = out.filter((k) => w.startsWith('ال', k));
  return article.length ? article : out;
}

/**
 * `splits` of a word of a document, remembered per document and house style: spacing-errors
 * and spelling both ask it of every unknown word, and a draft repeats its unknown words
 * (names, loanwords). The answer depends on the word, the lexicon, the house words and the
 * forms the document writes, all fixed for one DocLex and one `shared`. Do not modify the result.
 */
const SPLITS = new DocumentMemo<{ shared: SharedData; byWord: Map<string, number[]> }>();

export function docSplits(d: DocLex, w: string, shared: SharedData): number[] {
  // (kept on d's document: a DocLex is one per document)
  let c = SPLITS.get(d.doc);
  if (!c || c.shared !== shared) SPLITS.set(d.doc, (c = { shared, byWord: new Map() }));
  let ks = c.byWord.get(w);
  if (ks === undefined) {
    ks = splits(d.lex, w, shared, (p) => d.forms.has(p));
    c.byWord.set(w, ks);
  }
  return ks;
}

/**
 * Function words a draft never writes twice in a row (folded): prepositions, relatives,
 * particles, demonstratives. Not لا، نعم، ما (لا لا and نعم نعم are emphasis in quotations), هو، هي
 * («الموقف هو هو»: unchanged), من (مَن مِن; «المزيد من من» is then left too), بين («بين بين»:
 * so-so), لم (لِمَ لَمْ: why didn't), كان («ما كان كان»; كانت and ومن are in), nor content words
 * (رويدا رويدا، خطوة خطوة are Arabic's own doubling).
 * على only as written with ى: «علي علي» is a name (محمد علي علي).
 */
const DOUBLED: ReadonlySet<string> = new Set(
  ['في', 'على', 'إلى', 'عن', 'مع', 'أن', 'إن', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'قد', 'لن', 'هذا', 'هذه', 'ذلك', 'تلك', 'كانت', 'حتى', 'ثم', 'أو', 'كما', 'عند', 'منذ', 'خلال', 'أمام', 'لدى', 'حول', 'وفي', 'ومن', 'وعلى', 'وإلى', 'وأن'].map((w) => foldString(w)),
);

/** Is word token i the first إن of سي إن إن (CNN): سي before it, with or without a proclitic (لسي، وسي، بسي)? */
function cnnBefore(doc: AnalysedDocument, i: number): boolean {
  const p = doc.wordBeside(i, -1);
  if (p < 0) return false;
  const n = doc.tokens[p].norm;
  return n === 'سي' || (n.length <= 4 && n.endsWith('سي') && /^[وفلب]+سي$/.test(n));
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'spacing-errors',
    category: 'orthography',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      detachedWaw: { ar: 'واو العطف تُكتب متصلة بما بعدها: «{word}»', en: 'The conjunction و is joined to the next word: “{word}”' },
      glued: { ar: 'كلمتان بلا مسافة بينهما: «{words}»', en: 'Two words without a space between them: “{words}”' },
      gluedAmbiguous: { ar: 'كلمتان بلا مسافة بينهما؟ «{words}»', en: 'Two words without a space between them? “{words}”' },
      doubledWord: { ar: 'الكلمة «{word}» مكررة مرتين متتاليتين', en: 'The word “{word}” is written twice in a row' },
      dropSecond: { ar: 'احذف «{word}» المكررة', en: 'Delete the repeated “{word}”' },
      join: { ar: 'اكتب «{word}»', en: 'Write “{word}”' },
      split: { ar: 'اكتب «{word}»', en: 'Write “{word}”' },
    },
    docs: {
      description: { ar: 'واو العطف المنفصلة والكلمتان الملتصقتان والكلمة المكررة', en: 'A detached conjunction و, two words glued together, a word typed twice' },
      explanation: {
        ar: 'واو العطف حرف متصل: «و هي» تُكتب «وهي». وكلمتان سقطت المسافة بينهما (الدكتورعبدالرحمن) لا يجدهما البحث ولا تُطابَق الأسماء. تُفصل الكلمة حين لا تكون كلمة في المعجم ويصح فصلها إلى كلمتين منه (أو إلى كلمة واسم من قائمة الأسماء) مع قرينة على سقوط المسافة: لقب قبل الاسم (الدكتورعبدالرحمن)، أو ة أو ى في آخر الكلمة الأولى، أو «لا» قبل مضارع (لايزال)، أو حرف لا يتصل بما بعده يليه «ال» أو كلمة يكتبها النص منفصلة في الفقرة نفسها (مصرتدخل ومصر قريبة منها). فأسماء الأعلام الأجنبية، وكل منها ينقسم في المعجم إلى كلمتين ما، لا تُمس، ولا الأسماء المكتوبة متصلة بلفظ الجلالة (عبيدالله، نصرالله). وحرف الجر أو الاسم الموصول أو الأداة المكتوبة مرتين متتاليتين (في في، التي التي) تُحذف ثانيتها؛ أما التكرار الذي تعرفه العربية (رويدا رويدا، لا لا، هو هو) والأسماء (محمد علي علي) فلا تُمس.',
        en: 'The conjunction و is a proclitic: «و هي» is written «وهي». Two words that lost the space between them (الدكتورعبدالرحمن) escape search and name matching. A word is split when it is not in the lexicon, it splits into two lexicon words (or a word and a names-list name), and something shows a space is missing: a title before a name (الدكتورعبدالرحمن), ة or ى ending the first word, لا before a present-tense verb (لايزال), or a non-joining letter followed by the article or by a word the text writes on its own in the same paragraph (مصرتدخل near مصر). Foreign names, each of which splits into some two lexicon words, are left alone, and so are names written joined with الله (عبيدالله, نصرالله). A preposition, relative or particle typed twice in a row (في في, التي التي) loses the second; Arabic’s own doubling (رويدا رويدا, لا لا, هو هو) and names (محمد علي علي) are left alone.',
      },
      good: 'وقال الدكتور عبدالرحمن إن مصر تدخل مرحلة جديدة وهي مستعدة، وإن مصر قادرة عليها.',
      bad: 'وقال الدكتورعبدالرحمن إن مصرتدخل مرحلة جديدة و هي مستعدة، وإن مصر قادرة عليها.',
    },
  },
  // (no closure in the loop over the tokens: one that captured the loop's variables would cost
  // an allocation for every token, found or not)
  check(ctx: RuleContext<Record<string, never>>) {
    const { doc, shared } = ctx;
    const toks = doc.tokens;
    const text = doc.text;
    let d: DocLex | undefined;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word') continue;
      if (t.norm === 'و') {
        // detached و: و, one space run, an Arabic word
        const sp = toks[i + 1];
        const nx = toks[i + 2];
        if (!sp || sp.kind !== 'space' || !nx || nx.kind !== 'word') continue;
        d ??= docLex(doc);
        if (isSingleLetter(d, d.prevWord(i)) || isSingleLetter(d, i + 2)) continue;
        const word = text.slice(t.start, t.end) + text.slice(nx.start, nx.end);
        ctx.report({
          start: t.start,
          end: nx.end,
          messageId: 'detachedWaw',
          data: { word },
          fixes: [{ messageId: 'join', data: { word }, edits: [{ start: sp.start, end: sp.end, text: '' }], preferred: true }],
        });
        continue;
      }
      if (DOUBLED.has(t.norm)) {
        // the same function word twice over one space (في في، التي التي): a slip of the keys or of an edit
        const sp = toks[i + 1];
        const nx = toks[i + 2];
        const w = stripMarks(text.slice(t.start, t.end));
        // (سي إن إن is CNN, the letters' names, also after a proclitic: لسي، وسي; its second إن
        // and the إنّ after it, «قالت سي إن إن إن الوضع…», are no doubling either)
        const cnn = t.norm === 'ان' && cnnBefore(doc, i);
        if (sp && sp.kind === 'space' && nx && nx.kind === 'word' && nx.norm === t.norm && w !== 'علي' && !cnn && w === stripMarks(text.slice(nx.start, nx.end))) {
          const word = text.slice(nx.start, nx.end);
          ctx.report({
            start: t.start,
            end: nx.end,
            messageId: 'doubledWord',
            data: { word },
            fixes: [{ messageId: 'dropSecond', data: { word }, edits: [{ start: t.end, end: nx.end, text: '' }], preferred: true }],
          });
          i += 2;
          continue;
        }
        if (cnn) {
          i += 2; // (past the second إن: the next pair starts after it)
          continue;
        }
      }
      if (t.norm.length < 5) continue;
      d ??= docLex(doc);
      if (d.status(i) !== NON_WORD) continue;
      if (d.candidates(i).length > 0) continue; // a misspelt word, not two
      if (d.houseWord(i, shared)) continue;
      const l = d.letters(i)!;
      const w = l.letters;
      const all = docSplits(d, w, shared);
      if (all.length === 0) continue;
      const shown = shownSplits(d, i, w, all);
      // لا + a present verb is also how a foreign name begins (لاينكر، لانسر، لايتون): such a
      // split may be hidden, or only offered (a loop, not a closure: see above)
      const ks: number[] = [];
      let offerOnly = false;
      for (const k of shown) {
        const verdict = isLa(w, k) ? laSplit(d, i, w, k, shared) : 'ok';
        if (verdict === 'hide') continue;
        if (verdict === 'offer') offerOnly = true;
        ks.push(k);
      }
      if (ks.length === 0) continue;
      // preferred only when the word splits one way at all (a split left alone is still a reading)
      const fixes = splitFixes(text, t, l, ks, !offerOnly && all.length === 1 && certainSplit(d.lex, w, ks[0], shared));
      // a certain split whose second part splits again the same certain way (a run of words glued
      // over invisible marks: المهندس‎المهندس‎المهندس…) is split all at once: one pass of fix-all,
      // not one per word (fix-all stops after ten)
      if (fixes.length === 1 && fixes[0].preferred) {
        for (let pos = ks[0], n = 0; n < MAX_RUN_SPLITS; n++) {
          const rest = w.slice(pos);
          if (rest.length < 5) break;
          const more = docSplits(d, rest, shared);
          if (more.length !== 1 || !certainSplit(d.lex, rest, more[0], shared)) break;
          pos += more[0];
          fixes[0].edits.push({ start: l.offsets[pos], end: l.offsets[pos], text: ' ' });
        }
        if (fixes[0].edits.length > 1) {
          let word = '';
          let from = t.start;
          for (const e of fixes[0].edits) {
            word += text.slice(from, e.start) + ' ';
            from = e.start;
          }
          fixes[0].data = { word: word + text.slice(from, t.end) };
        }
      }
      ctx.report({
        start: t.start,
        end: t.end,
        messageId: ks.length === 1 ? 'glued' : 'gluedAmbiguous',
        data: { words: fixes.map((f) => f.data!.word).join(' / ') },
        fixes,
      });
    }
  },
};

/**
 * Whether the one split of `w` at k is certain enough for fix-all: the left part is a title
 * (any name may follow), or both parts are words of the lexicon (or house words) as
 * written, not merely after a hamza or ة/ى change the other rules would make; and the right
 * part is not الله, which names are written joined with (نصرالله، جارالله، عبيدالله).
 */
function certainSplit(lex: Lexicon, w: string, k: number, shared: SharedData): boolean {
  const left = w.slice(0, k);
  const right = w.slice(k);
  if (right === 'الله') return false;
  if (TITLES.has(left)) return true;
  const known = (p: string) => lex.has(p) || isHouseWord(shared, foldString(p));
  return known(left) && known(right);
}

/** Function words and words with the article a glued part may be: no part of a foreign name (فيما|يلي، وهو|اسرع، لكنها|غير، الصادر|امس). */
const FUNCTION_PARTS = new Set([...SHORT, 'فيما', 'كما', 'بما', 'مما', 'عما', 'لكن', 'لكنه', 'لكنها', 'غير', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي', 'كان', 'كانت', 'بعد', 'قبل', 'عند', 'حتى', 'إلى', 'على', 'أنه', 'أنها', 'إنه', 'إنها', 'ولا', 'وما', 'فما', 'زال', 'زلنا', 'زالت', 'يلي']);

/**
 * The split of `w` at k rests only on the text writing a part elsewhere (a non-joining letter
 * before it, no title, no لا, no ة/ى, no article after it): the sign a foreign name's halves
 * give too (مار|غاريت، دونا|روما، وتلا|بري).
 */
function seenOnly(w: string, k: number): boolean {
  const left = w.slice(0, k);
  const right = w.slice(k);
  const end = left[left.length - 1];
  return !TITLES.has(left) && left !== 'لا' && left !== 'ولا' && end !== 'ة' && end !== 'ى' && !(right.startsWith('ال') && right.length >= 5);
}

/** One of the parts is a function word, or the left one has the article (الصادر|امس، الجزائر|نداء): not a name's halves. */
function plainSplit(w: string, k: number): boolean {
  const left = w.slice(0, k);
  const right = w.slice(k);
  return FUNCTION_PARTS.has(left) || FUNCTION_PARTS.has(bareStem(left)) || FUNCTION_PARTS.has(right) || ARTICLE_START.test(left);
}

/** How far (in tokens) a part written on its own counts as the writer's evidence for the split. */
const NEARBY = 200;

/**
 * The text writes a part of the split on its own in the same paragraph (line), near the word
 * (مصر beside مصرتدخل), not pages away (a long draft holds مار and بري somewhere).
 */
function seenNearby(d: DocLex, i: number, w: string, k: number): boolean {
  const toks = d.doc.tokens;
  const parts = [bareStem(w.slice(0, k)), w.slice(0, k), w.slice(k)];
  for (const dir of [-1, 1]) {
    for (let j = i + dir, n = 0; j >= 0 && j < toks.length && n < NEARBY; j += dir, n++) {
      const t = toks[j];
      if (t.kind === 'newline') break; // plain-text paragraphs are lines
      if (t.kind !== 'word') continue;
      const l = d.letters(j);
      if (l && parts.includes(l.letters)) return true;
    }
  }
  return false;
}

/**
 * The splits of word token i worth showing the editor, of those `splits` finds (which the
 * spelling rule also asks, to leave such words alone): not one whose only sign is a part the
 * text writes elsewhere, far from the word and neither a function word nor an article word
 * (دونا|روما، مار|غاريت: the halves any foreign name gives, with nothing to show a space is
 * missing); and not one before الله unless the left part ends in ة or ى, letters never inside
 * a word: names are written joined with الله (عبيدالله، نصرالله، جارالله) as with عبد.
 */
function shownSplits(d: DocLex, i: number, w: string, ks: readonly number[]): number[] {
  const out: number[] = [];
  for (const k of ks) {
    const end = w[k - 1];
    if (w.slice(k) === 'الله' && end !== 'ة' && end !== 'ى') continue;
    if (seenOnly(w, k) && !plainSplit(w, k) && !seenNearby(d, i, w, k)) continue;
    out.push(k);
  }
  return out;
}

/** The split of `w` at k is لا (or ولا) + a present verb (لايزال). */
function isLa(w: string, k: number): boolean {
  return (k === 2 && w.startsWith('لا')) || (k === 3 && w.startsWith('ولا'));
}

/**
 * Present verbs that follow لا in news copy so often that لا glued to one of them is the slip
 * and never a name (لايزال، لايمكن، لايوجد، لايتجزأ); a pronoun may follow (لايمكنه).
 */
const COMMON_AFTER_LA: ReadonlySet<string> = new Set([
  'يزال', 'تزال', 'يزالون', 'نزال', 'يمكن', 'يوجد', 'توجد', 'يجوز', 'يعرف', 'تعرف', 'نعرف', 'يعرفون', 'يعلم', 'نعلم', 'يعلمون',
  'يتجزأ', 'يقل', 'تقل', 'يتجاوز', 'تتجاوز', 'يحق', 'يعني', 'تعني', 'يستطيع', 'تستطيع', 'نستطيع', 'يستطيعون', 'يملك', 'تملك',
  'نملك', 'يملكون', 'يريد', 'تريد', 'نريد', 'يريدون', 'يرى', 'ترى', 'نرى', 'يزيد', 'تزيد', 'يختلف', 'تختلف', 'يكفي', 'تكفي',
  'يسمح', 'تسمح', 'يتعدى', 'تتعدى', 'يعتبر', 'يمثل', 'تمثل', 'يحتاج', 'تحتاج', 'ينبغي', 'يجب', 'يمت', 'تمت', 'يخفى', 'يقبل',
  'تقبل', 'نقبل', 'يبدو', 'تبدو', 'يعد', 'تعد', 'يتوقف', 'يقتصر', 'تقتصر', 'يحتمل', 'ينتهي', 'تنتهي', 'يهم', 'تهم', 'يصح',
  'يعقل', 'يقاس', 'يستهان', 'يتحقق', 'يتم', 'تتم', 'يكون', 'تكون', 'يوافق', 'يؤثر', 'تؤثر', 'يخضع', 'يتطلب', 'يفهم', 'تفهم',
  'يصب', 'تصب',
]);

/** An enclitic pronoun at the end of a verb (لايمكنه، لايقابلها). */
const ENCLITIC = /(?:ها|هم|هما|هن|كم|كما|كن|نا|ني|ه|ك)$/;

/**
 * Words (و/ف taken off) after which لا + a present verb is what the sentence expects: إنّ/أنّ
 * with a pronoun, كان and its sisters, pronouns, relatives, ما/من, لكن, ثم, حتى …
 */
const BEFORE_LA_VERB: ReadonlySet<string> = new Set([
  'أنه', 'أنها', 'أنهم', 'أنهما', 'أنني', 'أني', 'أننا', 'أنك', 'إنه', 'إنها', 'إنهم', 'إنهما', 'إنني', 'إني', 'إننا', 'بأنه', 'بأنها',
  'بأنهم', 'لأنه', 'لأنها', 'لأنهم', 'لأننا', 'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'أصبح', 'أصبحت', 'بات', 'باتت', 'ظل', 'ظلت',
  'صار', 'صارت', 'مازال', 'مازالت', 'هو', 'هي', 'هم', 'هن', 'نحن', 'أنا', 'أنت', 'أنتم', 'التي', 'الذي', 'الذين', 'اللتين', 'اللذين',
  'اللاتي', 'ما', 'مما', 'بما', 'عما', 'من', 'ممن', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ثم', 'حتى', 'كي', 'لكي', 'إذ', 'إذا', 'حيث', 'قد', 'لذا',
]);

/** Word token j is an Arabic word the lexicon does not know and no other rule would mend: a foreign name (ميستر). */
function unknownWord(d: DocLex, j: number, shared: SharedData): boolean {
  return d.unknown(j) && !d.houseWord(j, shared);
}

/**
 * إنّ / أنّ and their kin, as letters with و/ف taken off (hamza or none: Egyptian copy writes
 * ان): the noun after them is the subject of what follows (أن اللاعب لا يفكر).
 */
const INNA_ANNA: ReadonlySet<string> = new Set(['أن', 'إن', 'ان', 'بأن', 'بان', 'لأن', 'لان', 'كأن', 'وأن', 'وإن', 'فإن', 'وان', 'فان']);

/** Word token j has the article (its letters as written) or ends in ة: a noun. */
function nounish(d: DocLex, j: number): boolean {
  const l = d.letters(j)?.letters ?? '';
  return ARTICLE_START.test(l) || l.endsWith('ة');
}

/**
 * Word token p, the word before لا + verb, is the verb's subject: the noun of إنّ / أنّ (أن
 * اللاعب، إن الحكومة، بأن مصر), or the end of a short noun phrase opened by one (إن الرئيس ماكرون،
 * أن وزارة الخارجية: up to two nouns with the article or in ة between), or a noun with the article
 * (or in ة) opening the clause (الحكومة لا تخشى، والحكومة). Not a title opening the clause (اللاعب
 * لاينكر: a name may follow it), nor a word after a verb (وقال غاري لاينكر: the verb's subject, a
 * name).
 */
function subjectBefore(d: DocLex, p: number): boolean {
  const doc = d.doc;
  let j = p;
  for (let n = 0; n < 3; n++) {
    const b = doc.wordBeside(j, -1);
    if (b < 0) {
      // the clause opens here: a definite noun (or one in ة) that opens it is its subject
      if (j !== p || !nounish(d, p)) return false;
      const l = d.letters(p)!.letters;
      const bare = l.length > 3 && (l[0] === 'و' || l[0] === 'ف') ? l.slice(1) : l;
      return !TITLES.has(bare);
    }
    const bl = d.letters(b)?.letters ?? '';
    if (INNA_ANNA.has(bl)) return true;
    // only nouns between إنّ and the subject's last word (الرئيس ماكرون، وزارة الخارجية)
    if (!nounish(d, b)) return false;
    j = b;
  }
  return false;
}

/**
 * What to do with the لا split of `w` (word token i) at k. لا glued to a present verb is the
 * common slip (لايزال), but a foreign name may begin with the same letters: «غاري لاينكر»
 * (Lineker) is not «لا ينكر», «سيارتها لانسر» not «لا نسر», «لايتون ميستر» not «لا يتون»
 * (adversarial run). So: 'ok' (fix-all may apply it) for a verb common after لا; else 'hide'
 * next to a word the lexicon does not know (the name's other half); 'ok' for a verb after a
 * word that announces one (أنه، كان، هو، ثم …) or at a clause's start; 'ok' for a verb in ي / ت
 * (the persons a noun subject takes) after its subject (see subjectBefore: وأكد أن اللاعب لايفكر،
 * إن الرئيس ماكرون لايرغب) or carrying an object pronoun (منافع تصرف لايقابلها: no name ends so);
 * else only 'offer'.
 */
function laSplit(d: DocLex, i: number, w: string, k: number, shared: SharedData): 'hide' | 'offer' | 'ok' {
  const right = w.slice(k);
  const bare = right.replace(ENCLITIC, ''); // (without an object pronoun)
  const doc = d.doc;
  // (a common verb first: «ميسي لايزال» is لا يزال beside a name the lexicon lacks)
  if (COMMON_AFTER_LA.has(right) || COMMON_AFTER_LA.has(bare)) return 'ok';
  for (const dir of [-1, 1] as const) {
    const j = doc.wordBeside(i, dir);
    if (j >= 0 && unknownWord(d, j, shared)) return 'hide';
  }
  // a verb as the lexicon shows one: the same stem with ي and with ت (ينسى، تنسى)
  const isVerb = (v: string) => v.length >= 3 && d.lex.has('ي' + v.slice(1)) && d.lex.has('ت' + v.slice(1));
  const verb = isVerb(right);
  const p = doc.wordBeside(i, -1);
  if (!verb) return 'offer';
  if (p < 0) return 'ok';
  let pw = d.letters(p)?.letters ?? '';
  if (pw.length > 2 && (pw[0] === 'و' || pw[0] === 'ف') && !BEFORE_LA_VERB.has(pw)) pw = pw.slice(1);
  if (BEFORE_LA_VERB.has(pw)) return 'ok';
  // the persons a noun subject takes (لانسر: نسر «we please» after a noun is a name)
  if (right[0] !== 'ي' && right[0] !== 'ت') return 'offer';
  if (subjectBefore(d, p)) return 'ok';
  // a verb with an object pronoun (يقابلها: the bare verb is a verb too)
  return bare !== right && bare.length >= 3 && d.lex.has(bare) && isVerb(bare) ? 'ok' : 'offer';
}

/** The fixes of a glued word: a space at each of its first three split points (preferred only for one certain split). */
/** The most further splits a run of glued words gets in one fix. */
const MAX_RUN_SPLITS = 200;

function splitFixes(text: string, t: Token, l: Letters, ks: readonly number[], certain: boolean): FixSpec[] {
  return ks.slice(0, 3).map((k) => {
    const at = l.offsets[k];
    const word = text.slice(t.start, at) + ' ' + text.slice(at, t.end);
    return { messageId: 'split', data: { word }, edits: [{ start: at, end: at, text: ' ' }], preferred: certain };
  });
}

export default rule;
