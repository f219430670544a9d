// zero-width: invisible characters with no width: ZWSP U+200B, ZWNJ U+200C, ZWJ U+200D,
// word joiner U+2060, soft hyphen U+00AD, and a BOM U+FEFF anywhere but offset 0 (a
// file's own byte-order mark is fine). Scraped copy is full of them (`نجحت\u200b\u200b في`,
// `ليونيل \ufeffميسي`); they break search, name matching and word counts while the
// reader sees nothing. A run of adjacent ones is one finding; the fix deletes the run.
//
// ZWNJ is the exception: between a letter that joins forward and a letter that joins
// backward (the Persian/Urdu `می‌خواهم` style, or a writer deliberately keeping two
// letters apart in a loanword) it changes the rendering, so it was evidently meant.
// Such a ZWNJ gets its own message (`zwnjInWord`) and only a suggestion to remove it, no
// preferred fix: fix-all leaves it alone — unless the word without it is a word of the lexicon
// (الن‌قض → النقض), which no one splits on purpose: then it is stray like the others. (The engine runs a rule at one severity, so a
// separate message id with no automatic fix is how this rule "lowers" it.) A ZWNJ next
// to a space, punctuation or line edge, or after a letter that never joins forward
// (ا د ذ ر ز و ة and lam-alef: `و\u200cتعد`, `ا\u200cلاكتروني`) changes nothing on screen:
// it is stray and removed like the others.
// ZWJ inside an emoji sequence (👨‍👩‍👧) is part of the emoji and is not reported.
// A ZWJ straight after a letter that joins forward, at the end of a word (before a space,
// punctuation, a digit, a Latin word or the line's end), is not invisible either: it shows
// the letter in its joining form, the look of a tatweel. After a lone proclitic or a
// one-letter abbreviation that is the accepted spelling `بـ (Webometrics)`, `1438هـ.`, which
// the writer got with a ZWJ instead of a tatweel (`ب\u200d (Webometrics)`, `1438ه\u200d.`);
// deleting it would show a bare `ب`/`ه`. There the message is `zwjAsTatweel` and the fix
// writes the tatweel (which `tatweel` accepts in those places), keeping what the reader saw.

import type { Rule } from '../../types';
import { CodeUnitScanner, isArabicLetter, isDiacritic, TATWEEL } from '../../text/chars';
import { baseBefore, joinsBackward, joinsForward } from './joining';
import { takesTatweelAlone } from './tatweel';
import { lexiconKnows } from '../../lexicon';

/**
 * A Persian-only letter (ی ک گ پ چ ژ): a word with one is Persian, whose ZWNJ is meant (کتاب‌ها،
 * می‌خواهم). In Arabic letters a ZWNJ splitting a word of the lexicon is stray, whatever the
 * halves look like (بي‌ان، إن‌ها: the second code reviewer).
 */
const PERSIAN_LETTER = /[\u06cc\u06a9\u06af\u067e\u0686\u0698]/;

/**
 * Does the word holding the ZWNJ at i read, without it, as a word of the lexicon (الن‌قض →
 * النقض: the courts desk's reader)? Then nothing was meant by it: an Arabic word is never split
 * so. A Persian word (می‌خواهم) or a loanword kept apart is no such word. Without a lexicon, no.
 */
function joinsIntoWord(text: string, i: number, from: number, to: number): boolean {
  let s = i;
  while (s > from && (isArabicLetter(text.charCodeAt(s - 1)) || isDiacritic(text.charCodeAt(s - 1)))) s--;
  let e = i + 1;
  while (e < to && (isArabicLetter(text.charCodeAt(e)) || isDiacritic(text.charCodeAt(e)))) e++;
  if (PERSIAN_LETTER.test(text.slice(s, e))) return false; // a Persian word: meant
  let word = '';
  for (let k = s; k < e; k++) if (k !== i && !isDiacritic(text.charCodeAt(k))) word += text[k];
  return word.length >= 2 && lexiconKnows(word, false); // (no lexicon: the ZWNJ may be meant, as before)
}

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const BOM = 0xfeff;

const NAMES: Record<number, string> = {
  0x200b: 'ZWSP',
  0x200c: 'ZWNJ',
  0x200d: 'ZWJ',
  0x2060: 'WJ',
  0x00ad: 'SHY',
  0xfeff: 'BOM',
};

function isZeroWidthChar(c: number): boolean {
  return c === 0x200b || c === ZWNJ || c === ZWJ || c === 0x2060 || c === 0x00ad || c === BOM;
}

/** Exactly the code units isZeroWidthChar holds for. */
const ZERO_WIDTH_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** A code unit that is part of an emoji (astral surrogates, VS16, the BMP symbol blocks emoji live in). */
function isEmojiUnit(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f || (c >= 0x2300 && c <= 0x23ff) || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff);
}

/**
 * Whether the zero-width run text[i, j) starting with a ZWJ ends a lone proclitic or a one-letter
 * abbreviation whose last letter joins forward (`ب\u200d (`, `1438ه\u200d.`), with nothing after
 * it that would join: the ZWJ then draws the letter as `بـ`/`هـ`.
 */
function zwjTatweel(text: string, i: number, j: number, floor: number): boolean {
  if (text.charCodeAt(i) !== ZWJ) return false;
  for (let k = i; k < j; k++) if (text.charCodeAt(k) === ZWNJ) return false;
  const after = j < text.length ? text.charCodeAt(j) : -1;
  if (after >= 0 && (joinsBackward(after) || isDiacritic(after) || after === TATWEEL)) return false;
  // the word before: letters (diacritics skipped) back to a non-letter
  let word = '';
  let k = i - 1;
  while (k >= floor) {
    const c = text.charCodeAt(k);
    if (isDiacritic(c)) {
      k--;
      continue;
    }
    if (!isArabicLetter(c)) break;
    word = text[k] + word;
    k--;
  }
  if (word === '' || !joinsForward(word.charCodeAt(word.length - 1))) return false;
  return takesTatweelAlone(word);
}

function names(text: string, start: number, end: number): string {
  const seen: string[] = [];
  for (let i = start; i < end; i++) {
    const n = NAMES[text.charCodeAt(i)];
    if (n && !seen.includes(n)) seen.push(n);
  }
  return seen.join('+');
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'zero-width',
    category: 'hidden-characters',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      invisible: {
        ar: 'محرف خفي بلا عرض ({names}) لا يراه القارئ ويكسر البحث ومطابقة الأسماء: احذفه',
        en: 'Invisible zero-width character ({names}) the reader cannot see breaks search and name matching: remove it',
      },
      zwnjInWord: {
        ar: 'فاصل غير واصل (ZWNJ) داخل الكلمة يمنع اتصال حرفين: تأكد من أنه مقصود',
        en: 'Zero-width non-joiner (ZWNJ) inside a word keeps two letters apart: check that it is meant',
      },
      zwjAsTatweel: {
        ar: 'واصل بلا عرض (ZWJ) يصل الحرف بما بعده فيظهر كالتطويل: اكتب التطويل «{word}ـ» بدلا منه',
        en: 'Zero-width joiner (ZWJ) draws the letter joined, like a tatweel: write the tatweel «{word}ـ» instead',
      },
      remove: { ar: 'احذف المحارف الخفية', en: 'Remove the invisible characters' },
      toTatweel: { ar: 'اكتب التطويل (ـ)', en: 'Write a tatweel (ـ)' },
      toSpace: { ar: 'اكتب مسافة مكانه', en: 'Write a space instead' },
      keepZwnj: { ar: 'أبقِ فاصلا غير واصل واحدا واحذف الباقي', en: 'Keep one ZWNJ and remove the rest' },
    },
    docs: {
      description: {
        ar: 'المحارف الخفية بلا عرض (ZWSP وZWNJ وZWJ وWJ والشرطة اللينة وBOM داخل النص)',
        en: 'Zero-width characters (ZWSP, ZWNJ, ZWJ, WJ, soft hyphen, BOM inside the text)',
      },
      explanation: {
        ar: 'تأتي هذه المحارف مع النسخ من المواقع ولا يراها القارئ، لكنها تكسر البحث ومطابقة الأسماء وعدّ الكلمات. يحذفها الإصلاح. أما الفاصل غير الواصل (ZWNJ) بين حرفين يتصلان عادة فقد يكون مقصودا (كلمة فارسية أو أجنبية)، فيُنبَّه عليه ويُقترح حذفه دون إصلاح تلقائي، إلا إن كانت الكلمة بدونه كلمة عربية في المعجم (الن‌قض ← النقض) فيُحذف. وعلامة BOM في أول الملف مقبولة. أما الواصل (ZWJ) بعد حرف جر منفرد أو حرف اختصار فيُظهر الحرف موصولا كالتطويل، فيكتب الإصلاح التطويل مكانه (بـ، 1438هـ).',
        en: 'These characters come with text copied off websites; the reader sees nothing, but they break search, name matching and word counts. The fix deletes them. A zero-width non-joiner between two letters that would otherwise join may be intentional (a Persian or foreign word), so it is pointed out with a suggestion to remove it but no automatic fix, unless the word without it is an Arabic word of the lexicon (الن‌قض → النقض): then it is removed. A BOM at the very start of the file is fine. A zero-width joiner after a lone proclitic or a one-letter abbreviation draws the letter joined, like a tatweel, so the fix writes the tatweel there (بـ, 1438هـ).',
      },
      good: 'وهل نجحت في زرع الطائفية؟',
      bad: 'وهل نجحت\u200b\u200b في زرع الطائفية؟',
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    const member = (i: number, c: number): boolean => {
      if (!isZeroWidthChar(c)) return false;
      if (c === BOM && i === 0) return false;
      if (c === ZWJ && i > 0 && isEmojiUnit(text.charCodeAt(i - 1)) && i + 1 < text.length && isEmojiUnit(text.charCodeAt(i + 1))) return false;
      return true;
    };
    // jump from one zero-width character to the next (member() is false everywhere else)
    const scan = new CodeUnitScanner(ZERO_WIDTH_RE, text);
    for (const span of ctx.doc.prose) {
      for (let i = span.start; i < span.end; i++) {
        const at = scan.next(i);
        if (at < 0 || at >= span.end) break;
        i = at;
        const c = text.charCodeAt(i);
        if (!member(i, c)) continue;
        let j = i + 1;
        let zwnj = c === ZWNJ;
        while (j < span.end) {
          const d = text.charCodeAt(j);
          if (!member(j, d)) break;
          if (d === ZWNJ) zwnj = true;
          j++;
        }
        let meant = false;
        if (zwnj && j < span.end) {
          const before = baseBefore(text, i, span.start);
          meant = before >= 0 && joinsForward(before) && joinsBackward(text.charCodeAt(j)) && !(j === i + 1 && joinsIntoWord(text, i, span.start, span.end));
        }
        const remove = { messageId: 'remove', edits: [{ start: i, end: j, text: '' }] };
        if (zwjTatweel(text, i, j, span.start)) {
          let w = i;
          while (w > span.start && (isArabicLetter(text.charCodeAt(w - 1)) || isDiacritic(text.charCodeAt(w - 1)))) w--;
          ctx.report({
            start: i,
            end: j,
            messageId: 'zwjAsTatweel',
            data: { word: text.slice(w, i) },
            fixes: [
              { messageId: 'toTatweel', edits: [{ start: i, end: j, text: '\u0640' }], preferred: true },
              { ...remove, preferred: false },
            ],
          });
        } else if (meant && j === i + 1) {
          // (or a space, where the ZWNJ was typed for one between two words: عبد الرحيم‌فوزي، سي‌إن‌إن: the local desk)
          ctx.report({ start: i, end: j, messageId: 'zwnjInWord', fixes: [{ ...remove, preferred: false }, { messageId: 'toSpace', edits: [{ start: i, end: j, text: ' ' }], preferred: false }] });
        } else if (meant) {
          ctx.report({
            start: i,
            end: j,
            messageId: 'invisible',
            data: { names: names(text, i, j) },
            fixes: [
              { messageId: 'keepZwnj', edits: [{ start: i, end: j, text: '\u200c' }], preferred: true },
              { ...remove, preferred: false },
            ],
          });
        } else {
          ctx.report({
            start: i,
            end: j,
            messageId: 'invisible',
            data: { names: names(text, i, j) },
            fixes: [{ ...remove, preferred: true }],
            unnecessary: true,
          });
        }
        i = j - 1;
      }
    }
  },
};

export default rule;
