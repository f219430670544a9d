// digit-spacing: a number glued to an Arabic word (70عاما، عام2019). Scraped copy and hasty
// typing lose the space; the reader sees one run, search and name matching miss the word,
// and digit-direction quirks can even swap the word and the number on screen.
// The fix inserts one space at the junction.
//
// Accepted (never flagged), because Arabic writes them glued:
//  - before a number, a word made only of proclitics and the article: و20، ب70، بـ70، ل2019،
//    ال32، الـ100، وال20، بال5، لل3 (any stack of و/ف + ب/ل/ك + ال, with tatweel or diacritics);
//  - before a number, any one-letter word: besides the proclitics these are abbreviations
//    written against the number: د٣٤ (minute 34), ص12 (page 12), ج2 (part 2), م2 (m²);
//  - a unit before the exponent 2 or 3: م2، كم2، سم3، مم2 (square and cubic units);
//  - after a number, the era and time abbreviations: 2004م، ١٤٣٦هـ، 1436ه، 500ق.م، 600ق.هـ،
//    10ص (a.m.); م also stands for metres (100م) and p.m.;
//  - the Egyptian decimal mark ر between digits: 3ر19 (3.19), 432ر690ر29 is one number.
// Flagged on purpose: other units glued after a number (90كم → 90 كم, as newsrooms write
// them spaced), number words (5آلاف، 3ملايين), and words after a percent sign (50%من).
// Only direct contact counts: a number and a word separated by an invisible character are
// the business of the hidden-characters rules.

import type { Rule } from '../../types';
import { findNumbers } from './digit-system';
import type { Token } from '../../text/tokenize';

/** Every stack of conjunction (و ف), preposition (ب ل ك) and article (ال; ل + ال = لل), folded. */
const PROCLITICS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      for (const art of [false, true]) {
        const s = conj + prep + (art ? (prep === 'ل' ? 'ل' : 'ال') : '');
        if (s) out.add(s);
      }
    }
  }
  return out;
})();

/** Units written before the exponent 2 or 3 (م2 square metres, كم2, سم3). */
const EXPONENT_UNITS: ReadonlySet<string> = new Set(['م', 'كم', 'سم', 'مم', 'ملم']);
const EXPONENTS: ReadonlySet<string> = new Set(['2', '3', '٢', '٣', '۲', '۳']);

/** One-letter abbreviations after a number: م (Gregorian, metres, p.m.), ه/هـ (Hijri), ص (a.m.). */
const AFTER_NUMBER: ReadonlySet<string> = new Set(['م', 'ه', 'ص']);

function acceptedBefore(word: Token, num: Token, text: string): boolean {
  const w = word.norm;
  if (w.length <= 1 || PROCLITICS.has(w)) return true;
  return EXPONENT_UNITS.has(w) && EXPONENTS.has(text.slice(num.start, num.end));
}

function acceptedAfter(tokens: readonly Token[], k: number, text: string): boolean {
  const word = tokens[k + 1];
  const w = word.norm;
  if (AFTER_NUMBER.has(w)) return true;
  // the decimal mark ر glued between digits (3ر19)
  if (word.end - word.start === 1 && text.charCodeAt(word.start) === 0x631) {
    const after = tokens[k + 2];
    if (after && after.kind === 'number' && after.start === word.end) return true;
  }
  // ق.م / ق.هـ (before Christ / before the Hijra)
  if (w === 'ق') {
    const dot = tokens[k + 2];
    const era = tokens[k + 3];
    return (
      !!dot &&
      !!era &&
      dot.kind === 'punct' &&
      text.charCodeAt(dot.start) === 0x2e &&
      dot.start === tokens[k + 1].end &&
      era.kind === 'word' &&
      era.start === dot.end &&
      (era.norm === 'م' || era.norm === 'ه')
    );
  }
  return false;
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'digit-spacing',
    category: 'digits',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      numberThenWord: {
        ar: 'العدد ملتصق بالكلمة بعده ({text}): افصل بينهما بمسافة',
        en: 'The number is glued to the word after it ({text}): separate them with a space',
      },
      wordThenNumber: {
        ar: 'الكلمة ملتصقة بالعدد بعدها ({text}): افصل بينهما بمسافة',
        en: 'The word is glued to the number after it ({text}): separate them with a space',
      },
      insertSpace: { ar: 'أدخل مسافة', en: 'Insert a space' },
    },
    docs: {
      description: { ar: 'عدد ملتصق بكلمة عربية (70عاما)', en: 'A number glued to an Arabic word (70عاما)' },
      explanation: {
        ar:
          'العدد الملتصق بكلمة يضيع على القارئ وعلى البحث، وقد ينقلب ترتيبه مع الكلمة على الشاشة. يُقبل الالتصاق بحروف العطف والجر وأداة التعريف (و20، بـ70، ل2019، ال32، وال20)، ' +
          'وبالاختصارات ذات الحرف الواحد قبل العدد (د٣٤، ص12، م2)، والوحدة قبل الأس (كم2، سم3)، وبرموز التاريخ والوقت بعده (2004م، ١٤٣٦هـ، 1436ه، 500ق.م، 10ص). ' +
          'أما الوحدات الأخرى بعد العدد (90كم) وكلمات الأعداد (5آلاف) والكلمة بعد علامة النسبة (50%من) فتُفصل بمسافة.',
        en:
          'A number glued to a word is lost on the reader and on search, and bidi can even swap the two on screen. Accepted: proclitics and the article before a number (و20، بـ70، ل2019، ال32، وال20), ' +
          'one-letter abbreviations before it (د٣٤ minute, ص12 page, م2 m²), a unit before the exponent (كم2، سم3), and the era/time marks after it (2004م، ١٤٣٦هـ، 1436ه، 500ق.م، 10ص). ' +
          'Other units after a number (90كم), number words (5آلاف) and a word after a percent sign (50%من) get a space.',
      },
      good: 'سيتم الاحتفال في العام المقبل بمرور 70 عاما على العلاقات، وارتفعت الصادرات بـ20% منذ عام 2019م.',
      bad: 'سيتم الاحتفال في العام المقبل بمرور 70عاما على العلاقات.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const tokens = doc.tokens;
    // the draft's numbers as digit-system finds them (a shared scan): no walk over every token
    for (const { token: k } of findNumbers(doc)) {
      const num = tokens[k];
      if (inHandle(text, num.start)) continue;
      const prev = tokens[k - 1];
      if (prev && prev.kind === 'word' && prev.end === num.start && !acceptedBefore(prev, num, text)) {
        ctx.report({
          start: prev.start,
          end: num.end,
          messageId: 'wordThenNumber',
          data: { text: text.slice(prev.start, num.end) },
          fixes: [{ messageId: 'insertSpace', edits: [{ start: num.start, end: num.start, text: ' ' }], preferred: true }],
        });
      }
      const next = tokens[k + 1];
      if (next && next.kind === 'word' && next.start === num.end && !acceptedAfter(tokens, k, text)) {
        ctx.report({
          start: num.start,
          end: next.end,
          messageId: 'numberThenWord',
          data: { text: text.slice(num.start, next.end) },
          fixes: [{ messageId: 'insertSpace', edits: [{ start: num.end, end: num.end, text: ' ' }], preferred: true }],
        });
      }
    }
  },
};

/** Letters, marks, digits and the underscore: what an account name is made of. */
const HANDLE_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/**
 * Is offset `at` inside an account name written after @ (@محمد_صلاح11, @صلاح11: the tokenizer
 * reads a handle of Latin letters only), where a space would break the name?
 */
function inHandle(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && at - j < 64 && HANDLE_CHAR.test(text[j - 1])) j--;
  return j > 0 && text[j - 1] === '@';
}

export default rule;
