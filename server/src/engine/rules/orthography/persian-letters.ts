// persian-letters: Persian and Urdu letters typed into Arabic copy from a Persian or Urdu
// keyboard layout, or pasted from Iranian agencies: `علی`, `الخارجیة`, `أکد`. They look
// (almost) like the Arabic letters but are different characters, so search, name matching
// and spell-checking miss the word. One finding per letter; the fix replaces the letter:
//   ی U+06CC → ي (ى at the end of a word: see below)     ک U+06A9 → ك     ڪ U+06AA → ك
//   ہ U+06C1 → ه     ھ U+06BE → ه     ە U+06D5 → ه     ے U+06D2 → ي
//   ۀ U+06C0 → ة or ه: two suggestions, neither preferred (Persian writes ۀ for a word
//   ending in ه with the ezafe, so an Arabic `ة` word and an `ه` word both arrive as ۀ).
// Final ی: Persian ی has no dots at the end of a word, so it looks exactly like ى there:
// a writer who typed `علی`, `إلی` saw `على`, `إلى`, and one who typed `فی`, `الایرانی`
// saw `فى`, `الايرانى`. The preferred fix writes what the writer saw, `ى` (with `ي`
// offered as a second fix), unless the lexicon knows the word with `ي` and not with `ى`
// (`الروائی` → `الروائي`, `فی` → `في`, `می` → `مي`: then `ي` comes first, the culture desk's
// reader having found fix-all write `الروائى`); which words take ي after all is otherwise not this rule's guess but the
// judgement of `final-yeh` and `alef-maqsura`, which fix `فى` → `في` and `الى` → `إلى`
// by their word lists under the house policy. Turning every final ی into ي would be a
// guess that is wrong for every `على` and `إلى` (and `علي` is a name: no rule would
// undo it). Option `finalYeh: "yeh"` makes `ي` the preferred final fix instead, for a
// house whose Persian copy comes only from sources that end these words in ي.
// A word holding a letter only Persian has (پ چ ژ گ: `غرب زدگی`) is a quoted Persian
// word, not a typo: it is reported with message `persianWord` and the replacement only
// as a suggestion, so fix-all never turns it into a hybrid spelling. So is every word of a
// Persian or Urdu quotation or run of words (`«پاکستان زندہ باد»`, `«ما آماده مذاکره
// هستیم»`, `«خیبر شکن»`): see `inPersianText`.
// Only Arabic words are checked: URLs and hashtags are identifiers and are left as typed.
// Persian digits ۰–۹ belong to `digit-system`, not here.

import { optionDoc } from '../../messages';
import type { FixSpec, Rule } from '../../types';
import { isArabicWordChar, isDiacritic } from '../../text/chars';
import { firstStartingAt, type AnalysedDocument } from '../../text/document';
import { firstSpanEndingAfter, quotations, spanHolding } from '../../text/quotations';
import { lexiconKnows } from '../../lexicon';

interface Options {
  finalYeh: 'yeh' | 'alef-maqsura';
}

const YEH = 'ي';
const ALEF_MAQSURA = 'ى';

/** Persian/Urdu letter → its Arabic replacement(s); the first is preferred unless `ambiguous`. */
const REPLACEMENTS: Partial<Record<number, string>> = {
  0x06cc: YEH, // ی
  0x06a9: 'ك', // ک
  0x06aa: 'ك', // ڪ
  0x06c1: 'ه', // ہ
  0x06be: 'ه', // ھ
  0x06d5: 'ه', // ە
  0x06d2: YEH, // ے
};
const HEH_YEH = 0x06c0; // ۀ

/** Letters only Persian (and Urdu) use: a word holding one is a Persian word. */
function isPersianOnly(c: number): boolean {
  return c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af;
}

/** Urdu letters Arabic has no look-alike for (ٹ ڈ ڑ ں): a word holding one is Urdu. */
function isUrduOnly(c: number): boolean {
  return c === 0x0679 || c === 0x0688 || c === 0x0691 || c === 0x06ba;
}

/**
 * Persian words that are no Arabic words (است، هستیم، نیست، خواهد), with the Persian letters
 * written as their Arabic look-alikes (as `toArabic` writes them): one of them makes a run of
 * words Persian.
 */
const PERSIAN_WORDS: ReadonlySet<string> = new Set(['است', 'هست', 'هستم', 'هستيم', 'هستند', 'نيست', 'خواهد']);
/**
 * Persian words an Arabic word may be written as, or that Arabic copy also writes (از، را، هاي
 * «high», بايد for بائد): a run needs two Persian words when its only one is of these.
 */
const WEAK_PERSIAN_WORDS: ReadonlySet<string> = new Set(['از', 'را', 'براي', 'بايد', 'اند', 'هاي']);
/**
 * Persian words that are Arabic words too when typed on a Persian keyboard (مي the name Mai،
 * اين for أين، يك، كه): they count only when typed with a Persian letter, and as weak words
 * (review: «المطربة می عز الدين», «این ذهبت» are Arabic).
 */
const PERSIAN_WORDS_IF_PERSIAN_LETTER: ReadonlySet<string> = new Set(['كه', 'اين', 'يك', 'مي', 'نمي', 'چه']);

/** A word's Persian letters as the Arabic ones the rule would write (ی → ي, ک → ك, ہ → ه …). */
function toArabic(w: string): string {
  let out = '';
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (isDiacritic(c) || c === 0x200c || c === 0x640) continue;
    out += c === HEH_YEH ? 'ه' : (REPLACEMENTS[c] ?? w[k]);
  }
  return out;
}

/** What a word tells of the language of the text around it. */
interface WordSigns {
  /** It holds a letter isTarget holds for (ی ک ہ …). */
  target: boolean;
  /** It holds a letter only Persian or Urdu writes (پ چ ژ گ ٹ ڈ ڑ ں). */
  letter: boolean;
  /** It is a Persian word: 2 one of PERSIAN_WORDS, 1 a weak one (WEAK_PERSIAN_WORDS, PERSIAN_WORDS_IF_PERSIAN_LETTER), 0 none. */
  word: 0 | 1 | 2;
  /** It holds an Arabic ي ك ى or ة, which Persian text does not type. */
  arabic: boolean;
  /** Its letters, Persian ones made Arabic. */
  letters: string;
}

function signsOf(w: string): WordSigns {
  let target = false;
  let letter = false;
  let arabic = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (isTarget(c)) target = true;
    else if (isPersianOnly(c) || isUrduOnly(c)) letter = true;
    else if (c === 0x64a || c === 0x643 || c === 0x649 || c === 0x629) arabic = true;
  }
  const letters = toArabic(w);
  const word = PERSIAN_WORDS.has(letters) ? 2 : WEAK_PERSIAN_WORDS.has(letters) || ((target || letter) && PERSIAN_WORDS_IF_PERSIAN_LETTER.has(letters)) ? 1 : 0;
  return { target, letter, word, arabic, letters };
}

/** Tally of the Persian signs of the words of a stretch of text: Persian when `persian()`. */
class Tally {
  private letter = false;
  private strong = false;
  private words = 0;
  add(sg: WordSigns): void {
    if (sg.letter) this.letter = true;
    if (sg.word === 2) this.strong = true;
    if (sg.word > 0) this.words++;
  }
  /** A Persian-only letter, a word that is only Persian (هستیم، است), or two Persian words (این یک). */
  persian(): boolean {
    return this.letter || this.strong || this.words >= 2;
  }
}

/**
 * What inPersianText found, for one check of one document: by quotation start, by line index
 * (ی / ک outside the quotations of the line) and by word token (the run of words holding it).
 * Each quotation, line and run is judged once: judging them anew for every word made a draft
 * typed on a Persian keyboard inside one quotation quadratic (20k characters: 2.2 s).
 */
interface PersianCache {
  quoted: Map<number, boolean>;
  lines: Map<number, boolean>;
  runs: Map<number, boolean>;
}


/**
 * Word token ti stands in Persian or Urdu text, which the rule leaves as written (adversarial
 * run: «پاکستان زندہ باد» was made a hybrid «پاکستان زنده باد», «ما آماده مذاکره هستیم» and
 * «خیبر شکن» were "fixed" letter by letter). The text is the quotation holding the word
 * (quotations()) or else the run of adjacent words holding Persian letters (or Persian words)
 * around it (ما آماده مذاکره هستیم … unquoted: مذاکره هستیم). It is Persian when a word of it has
 * a letter only Persian or Urdu writes (پ چ ژ گ ٹ ڈ ڑ ں), is a word only Persian writes (هستیم،
 * است), or two of its words are Persian words (این یک; one می or این is Arabic typed on a Persian
 * keyboard: «المطربة می عز الدين», «این ذهبت»); a quotation also when it types ی / ک throughout
 * (no Arabic ي ك ى ة in it) and at most half of the words holding them are Arabic words once
 * their letters are made Arabic (خیبر شکن; not «الوزیر سیزور», Arabic copy typed on a Persian
 * keyboard). Verdicts are kept in `cache`: each quotation, line and run is judged once.
 */
function inPersianText(doc: AnalysedDocument, ti: number, q: Int32Array, cache: PersianCache): boolean {
  const toks = doc.tokens;
  const j = spanHolding(q, toks[ti].start);
  if (j >= 0) {
    // the quotation [q[j], q[j+1]) holds the word
    let v = cache.quoted.get(q[j]);
    if (v === undefined) {
      const tally = new Tally();
      let arabic = false;
      let targets = 0;
      let words = 0;
      for (let k = firstStartingAt(toks, q[j]); k < toks.length && toks[k].start < q[j + 1]; k++) {
        if (toks[k].kind !== 'word') continue;
        const sg = signsOf(doc.slice(toks[k]));
        tally.add(sg);
        if (sg.arabic) arabic = true;
        if (sg.target) {
          targets++;
          const l = sg.letters;
          if (lexiconKnows(l) || (l.endsWith('ي') && lexiconKnows(l.slice(0, -1) + 'ى'))) words++;
        }
      }
      // ی / ک throughout is a sign of Persian only where the line around the quotation does not
      // type them in its Arabic too (an agency's copy typed on a Persian keyboard quotes a place
      // as «سون کایا»: the same keyboard, not another language)
      v = tally.persian() || (!arabic && targets > 0 && words * 2 <= targets && !targetsOnLineUnquoted(doc, q[j], q, cache));
      cache.quoted.set(q[j], v);
    }
    return v;
  }
  // not quoted: the run of adjacent Persian-looking words around it, judged as a whole
  let v = cache.runs.get(ti);
  if (v !== undefined) return v;
  const looks = (k: number) => {
    const sg = signsOf(doc.slice(toks[k]));
    return sg.target || sg.letter || sg.word > 0 ? sg : undefined;
  };
  let first = ti;
  for (let k = doc.wordBeside(ti, -1); k >= 0 && looks(k); k = doc.wordBeside(k, -1)) first = k;
  const tally = new Tally();
  const run: number[] = [];
  for (let k = first; k >= 0; k = doc.wordBeside(k, 1)) {
    const sg = looks(k);
    if (!sg) break;
    tally.add(sg);
    run.push(k);
  }
  v = tally.persian();
  // (ti holds a target letter: it is in the run)
  for (const k of run) cache.runs.set(k, v);
  return v;
}

/** A letter isTarget holds for on the line of offset p, outside every quotation (q: quotations()); once per line. */
function targetsOnLineUnquoted(doc: AnalysedDocument, p: number, q: Int32Array, cache: PersianCache): boolean {
  const li = doc.lineIndexAt(p);
  let v = cache.lines.get(li);
  if (v !== undefined) return v;
  const text = doc.text;
  const line = doc.lines[li];
  v = false;
  // the first quotation that ends after the line's start
  let j = 2 * firstSpanEndingAfter(q, line.start);
  for (let k = line.start; k < line.end; k++) {
    while (j < q.length && q[j + 1] <= k) j += 2;
    if (j < q.length && q[j] <= k) {
      k = q[j + 1] - 1; // skip the quotation
      continue;
    }
    if (isTarget(text.charCodeAt(k))) {
      v = true;
      break;
    }
  }
  cache.lines.set(li, v);
  return v;
}

function isTarget(c: number): boolean {
  return c === HEH_YEH || (c >= 0x06a9 && c <= 0x06d5 && REPLACEMENTS[c] !== undefined);
}

/** Exactly the code units isTarget holds for: ۀ and the letters of REPLACEMENTS in U+06A9–06D5. */
const TARGET_RE = /[\u06a9\u06aa\u06be\u06c0\u06c1\u06cc\u06d2\u06d5]/g;

const rule: Rule<Options> = {
  meta: {
    id: 'persian-letters',
    category: 'orthography',
    defaultSeverity: 'warning',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        finalYeh: {
          enum: ['yeh', 'alef-maqsura'],
          ...optionDoc({
            en: 'What a word-final Persian yeh (ی), which has no dots there and looks like ى, becomes by default: ى (alef-maqsura, the default: what the writer saw, unless the lexicon knows the word with ي only; final-yeh and alef-maqsura then judge ى/ي) or ي (yeh, always). The other is offered as a second fix.',
            ar: 'ما تصير إليه الياء الفارسية (ی) في آخر الكلمة، وهي فيه بلا نقط كالألف المقصورة، افتراضيًا: ى (alef-maqsura، الافتراضي: ما رآه الكاتب، إلا إن عرف المعجم الكلمة بالياء وحدها؛ ثم تحكم قاعدتا الياء والألف المقصورة بين ى وي) أو ي (yeh، دائما)؛ ويُعرض الآخر إصلاحًا ثانيًا.',
          }),
          default: 'alef-maqsura',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { finalYeh: 'alef-maqsura' },
    messages: {
      persian: { ar: 'حرف فارسي ({letter}) في نص عربي: اكتبه {arabic}', en: 'Persian letter ({letter}) in Arabic copy: write {arabic}' },
      hehYeh: { ar: 'حرف فارسي (ۀ) في نص عربي: اكتبه ة أو ه', en: 'Persian letter (ۀ) in Arabic copy: write ة or ه' },
      persianWord: {
        ar: 'كلمة فارسية ({letter}): إن كانت اقتباسا فاتركها، وإلا فاكتب {arabic}',
        en: 'Persian word ({letter}): leave it if it is a quotation, otherwise write {arabic}',
      },
      replace: { ar: 'اكتب {arabic} بدل {letter}', en: 'Write {arabic} for {letter}' },
    },
    docs: {
      description: { ar: 'الحروف الفارسية والأردية (ی ک ہ ۀ) في النص العربي', en: 'Persian and Urdu letters (ی ک ہ ۀ) in Arabic copy' },
      explanation: {
        ar: 'تأتي من لوحة مفاتيح فارسية أو من نصوص الوكالات الإيرانية. تشبه الحروف العربية لكنها محارف أخرى، فلا يجد البحث الكلمة ولا تُطابَق الأسماء. يضع الإصلاح الحرف العربي مكانها: ی ← ي، وفي آخر الكلمة ی ← ى لأنها تُرى فيه بلا نقط (علی ← على، ويُقترح ي أيضا، وتحكم قاعدة الياء بين ى وي)، إلا إن عرف المعجم الكلمة بالياء وحدها فتُقدَّم ي (الروائی ← الروائي)، ک ← ك، ہ ← ه. والكلمة الفارسية المقتبسة (فيها پ أو چ أو ژ أو گ) يُنبَّه عليها دون إصلاح تلقائي.',
        en: 'They come from a Persian keyboard or from Iranian agency copy. They look like Arabic letters but are different characters, so search misses the word and names do not match. The fix writes the Arabic letter: ی → ي, and at the end of a word, where it shows no dots, ی → ى (علی → على; ي is offered too, and the final-yeh rule judges ى against ي), or ي first where the lexicon knows the word with ي only (الروائی → الروائي), ک → ك, ہ → ه. A quoted Persian word (one with پ چ ژ or گ) is pointed out without an automatic fix.',
      },
      good: 'وأكد وزير الخارجية الإيراني أهمية التنسيق مع القيادة السورية.',
      bad: 'وأکد وزير الخارجیة الإيراني أهمية التنسیق مع القیادة السوریة.',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const text = doc.text;
    // Only a word holding a target letter is reported.
    let q: Int32Array | undefined;
    let cache: PersianCache | undefined;
    for (const ti of doc.wordsMatching(TARGET_RE)) {
      const tok = doc.tokens[ti];
      let first = -1;
      let persianWord = false;
      for (let i = tok.start; i < tok.end; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x067e || c > 0x06d5) continue; // fast path: every letter of interest is in U+067E–06D5
        if (first < 0 && isTarget(c)) first = i;
        if (isPersianOnly(c)) persianWord = true;
      }
      if (first < 0) continue;
      // a Persian or Urdu quotation (or run of words) is left as written: pointed out only
      if (!persianWord && inPersianText(doc, ti, (q ??= quotations(doc)), (cache ??= { quoted: new Map(), lines: new Map(), runs: new Map() }))) persianWord = true;
      for (let i = first; i < tok.end; i++) {
        const c = text.charCodeAt(i);
        if (!isTarget(c)) continue;
        const letter = text[i];
        const fixes: FixSpec[] = [];
        let messageId: string;
        if (c === HEH_YEH) {
          messageId = 'hehYeh';
          fixes.push({ messageId: 'replace', data: { letter, arabic: 'ة' }, edits: [{ start: i, end: i + 1, text: 'ة' }] });
          fixes.push({ messageId: 'replace', data: { letter, arabic: 'ه' }, edits: [{ start: i, end: i + 1, text: 'ه' }] });
        } else {
          const options2: string[] = [REPLACEMENTS[c]!];
          if (c === 0x06cc && atWordEnd(text, i + 1, tok.end)) {
            // ي first under finalYeh "yeh", or where the lexicon knows the word with ي and not
            // with ى (الروائی → الروائي, فی → في: the culture desk's reader, where fix-all wrote
            // الروائى in a draft that writes no other final yeh)
            const stem = toArabic(text.slice(tok.start, i));
            const yehFirst = options.finalYeh === 'yeh' || (lexiconKnows(stem + YEH) && !lexiconKnows(stem + ALEF_MAQSURA));
            options2.splice(0, 1, ...(yehFirst ? [YEH, ALEF_MAQSURA] : [ALEF_MAQSURA, YEH]));
          }
          messageId = persianWord ? 'persianWord' : 'persian';
          options2.forEach((arabic, k) =>
            fixes.push({ messageId: 'replace', data: { letter, arabic }, edits: [{ start: i, end: i + 1, text: arabic }], preferred: k === 0 && !persianWord }),
          );
        }
        ctx.report({ start: i, end: i + 1, messageId, data: { letter, arabic: fixes.map((f) => f.edits[0].text).join(' / ') }, fixes });
      }
    }
  },
};

/** Nothing but diacritics between offset i and the end of the word. */
function atWordEnd(text: string, i: number, end: number): boolean {
  while (i < end && isDiacritic(text.charCodeAt(i))) i++;
  return i >= end || !isArabicWordChar(text.charCodeAt(i));
}

export default rule;
