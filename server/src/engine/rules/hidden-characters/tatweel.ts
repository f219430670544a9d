// tatweel: the kashida (U+0640) used to stretch words for looks. It breaks search and
// name matching, and the page's typesetting should do the stretching, not the copy.
// Not flagged: a tatweel that joins a proclitic (or a stack of them: وبالـ، وللـ، فالـ، وكـ) to a
// number, Latin word or quotation (بـ70، لـ«الأهرام»، الـ BBC، وللـ20), where it is the accepted
// way to write it; a one-letter abbreviation (the Hijri year `1436هـ`, `1436 هـ`); a
// standalone tatweel between spaces, used as a dash (`التركي ـ السعودي`، `ـ حفظه الله ـ`).
// Inside a «quotation» the tatweel is decoration like anywhere else (`«خطيـر»`, `«مارشـال
// لنـدن»`, `«أبـو متعــب»` in real headlines): it goes. But vowelled text is quoted as it was
// written, and that is where a poet's stretched letters stand (the culture desk's reader: «يـا
// بَحْـرُ رُدَّ إلَـيَّ مـا أَخَـذْتَـهُ», verse whose stretching fills its hemistich): in a line, or a
// quotation, where at least half the words (three or more) carry vowel marks, it is left.
// HOUSE-STYLE.md lists "tatweel used for stretching" with "Fix removes" and names no
// exception; vowelled text is this rule's one (a quotation of verse or scripture reproduces the
// page it comes from, as the Quran's ﴿…﴾ does), decided on the culture desk's reader's verse.
// Elsewhere the fix takes out only the kashida, never a letter, so the quoted words stay as
// written (the honorifics rules, which would change words, are the ones that leave quotations alone).

import type { Rule } from '../../types';
import type { AnalysedDocument } from '../../text/document';
import { quotations, spanHolding } from '../../text/quotations';

/** Fewest vowelled words that make a line or quotation vowelled text (verse, scripture). */
const VOWELLED_WORDS = 3;

/**
 * Is [start, end) vowelled text: at least VOWELLED_WORDS words with a short vowel or a sukun
 * (fatha, damma, kasra, sukun), and no fewer than the words without one? A shadda or a tanween
 * alone does not count: news copy writes them (شكرًا دائمًا وأبدًا يا بطـل is no verse: the code
 * reviewer).
 */
function vowelled(doc: AnalysedDocument, start: number, end: number): boolean {
  const { text, tokens } = doc;
  let marked = 0;
  let bare = 0;
  for (let i = Math.max(0, doc.tokenIndexAt(start)); i < tokens.length && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    let has = false;
    for (let k = t.start; k < t.end && !has; k++) {
      const c = text.charCodeAt(k);
      has = c >= 0x64e && c <= 0x652 && c !== 0x651;
    }
    if (has) marked++;
    else bare++;
  }
  return marked >= VOWELLED_WORDS && marked >= bare;
}

/**
 * Proclitics, alone or stacked, that a tatweel joins to a number, a Latin word or a quotation:
 * و/ف, then ب/ك/ل, then the article (بـ، والـ، وبالـ، فبالـ، كالـ، وكـ), or و/ف + لل (للـ، وللـ،
 * فللـ). Adversarial run: the stacked ones lost their tatweel (فالـ«فار» → فال«فار», which reads
 * فال "omen"; وللـ20 → ولل20), so every stack is listed, not the short ones only.
 */
const STANDALONE_CLITICS = /^(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)$/;

/**
 * A word a tatweel after it is the accepted spelling of, not stretching: a lone proclitic (or a
 * stack of them) joined to a number, a Latin word or a quotation (بـ70، لـ«…»، الـBBC، وبالـ«…»،
 * وللـ20), or a one-letter abbreviation (the Hijri هـ). `zero-width` writes a tatweel for a ZWJ
 * in just these places.
 */
export function takesTatweelAlone(letters: string): boolean {
  return letters.length <= 1 || STANDALONE_CLITICS.test(letters);
}

const TATWEEL_RE = /\u0640/g;

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'tatweel',
    category: 'hidden-characters',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      tatweel: { ar: 'تطويل (ـ) يمد الكلمة للزينة: احذفه', en: 'Tatweel (ـ) stretches the word for looks: remove it' },
      remove: { ar: 'احذف التطويل', en: 'Remove the tatweel' },
    },
    docs: {
      description: { ar: 'التطويل (الكشيدة) داخل الكلمات', en: 'Tatweel (kashida) inside words' },
      explanation: {
        ar: 'التطويل يكسر البحث ومطابقة الأسماء، والمدّ شأن التنضيد لا النص. يُقبل بعد حرف جر منفرد قبل رقم أو كلمة لاتينية (بـ70)، ويُترك في النص المشكول (بيت شعر أو آية منقولة كما كُتبت: سطر أو اقتباس نصف كلماته مشكولة على الأقل).',
        en: 'Tatweel breaks search and name matching; stretching is the typesetter’s job, not the copy’s. Accepted after a lone proclitic before a number or Latin word (بـ70), and left in vowelled text (verse or scripture quoted as written: a line or quotation at least half of whose words carry vowel marks).',
      },
      good: 'أكد الوزير أن المشروع سينتهي قبل موعده بـ70 يوما.',
      bad: 'أكـــد الوزير أن المشروع سينتهي قبل موعده بـ70 يوما.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    // The words holding a tatweel (one forward search from tatweel to tatweel, each leading to
    // its token: no walk over every token)
    const toks = doc.tokens;
    // per line, and per quotation: is it vowelled text (asked of the lines and quotations holding a tatweel only)
    const lineVowelled = new Map<number, boolean>();
    const quoteVowelled = new Map<number, boolean>();
    const inVowelled = (p: number): boolean => {
      const q = quotations(doc);
      const j = spanHolding(q, p);
      if (j >= 0) {
        let v = quoteVowelled.get(j);
        if (v === undefined) quoteVowelled.set(j, (v = vowelled(doc, q[j], q[j + 1])));
        if (v) return true;
      }
      const li = doc.lineIndexAt(p);
      let v = lineVowelled.get(li);
      if (v === undefined) lineVowelled.set(li, (v = vowelled(doc, doc.lines[li].start, doc.lines[li].end)));
      return v;
    };
    for (const ti of doc.wordsMatching(TATWEEL_RE)) {
      const tok = toks[ti];
      // بـ70 / لـ«…» / الـBBC: a clitic joined by tatweel to something that is not an Arabic
      // letter; هـ: a one-letter abbreviation (the Hijri year), or a word of tatweel only (a dash)
      if (text.charCodeAt(tok.end - 1) === 0x640 && takesTatweelAlone(tok.norm)) continue;
      if (inVowelled(tok.start)) continue;
      for (let i = tok.start; i < tok.end; i++) {
        if (text.charCodeAt(i) !== 0x640) continue;
        let j = i + 1;
        while (j < tok.end && text.charCodeAt(j) === 0x640) j++;
        // Uthmani script: a tatweel that carries the small alef (ٱلرَّحْمَـٰنِ، ٱلْكِتَـٰبُ) is the seat
        // of a letter, not decoration (adversarial run: fix-all took it out of Quran quotations)
        if (j < text.length && text.charCodeAt(j) === 0x670) {
          i = j - 1;
          continue;
        }
        ctx.report({
          start: i,
          end: j,
          messageId: 'tatweel',
          fixes: [{ messageId: 'remove', edits: [{ start: i, end: j, text: '' }], preferred: true }],
          unnecessary: true,
        });
        i = j - 1;
      }
    }
  },
};

export default rule;
