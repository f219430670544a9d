// doubled-punctuation: the same mark twice or more in a row (؟؟، !!، ،،، ,,، ؛؛، ..).
// News copy states; it does not shout. The fix keeps one mark (the first of the run).
// Accepted: the surprised question ؟! / !؟ (different marks), the three-dot ellipsis
// `...` and `…`. Four or more dots are cut back to the three-dot ellipsis.
// A doubled ؟ or ! inside a quotation («…», “…”, "…" closed on its line) may be the source's own
// emphasis, which a paper reproduces: the fix is offered there, not applied by fix-all.
//
// Two dots are a period typed twice or an ellipsis typed short, and Arabic copy uses them
// for both and more (a pause, the headline separator `بعد اتفاق إيران.. إسرائيل`, a
// list `العميد..نادي الشعب`, a book or exhibition title `“الفيصل.. شاهد وشهيد”`). The
// fix-all writes one only where the text decides:
// - the ellipsis `...` where a period cannot stand: in brackets alone, `(..)` or `( .. )`,
//   the elision mark of a cut quotation; after an opening quote or bracket (`".. وما`);
//   before another mark (`سعودي..!!`, `له..؟`);
// - the period `.` at the end of a paragraph outside a quotation (`الخامس..⏎`);
// - nothing after ؟ or ! at the end of a paragraph (`فيه؟!..⏎`).
// In a headline or a subheading (a line that ends no sentence, of 20 words at most, with a
// blank line and another line after it, not opening with و or ف and a verb of saying) two
// dots between words are its separator (`فلسطين.. أبو مرزوق يدعو`): a colon and a dash are
// offered, and a comma before و and the article (`«السوبر».. والنصر يسبقه`), none applied.
// Elsewhere (between words, before a closing quote, inside a quotation, after ؟ or !,
// `الثقافات؟.. الإجابة`) both the period and the ellipsis are offered and neither applied.
// Runs of `?` that stand for characters lost in an encoding conversion (`خليجي ????`)
// are not doubled question marks and are left alone.

import { inOpenQuotation, inQuotation } from '../../text/quotations';
import { isInvisible, isLineBreak, isSpace } from '../../text/chars';
import { isHeadlineLine } from '../headline';
import type { Rule } from '../../types';
import { QuestionRuns, isOpeningMark, quoteRole, scanPunct } from './shared';

/** The kind of a mark for doubling: Latin and Arabic forms of one mark are the same kind. */
function kindOf(c: number): number {
  switch (c) {
    case 0x3f:
    case 0x61f:
      return 1; // ? ؟
    case 0x21:
      return 2; // !
    case 0x2c:
    case 0x60c:
      return 3; // , ،
    case 0x3b:
    case 0x61b:
      return 4; // ; ؛
    case 0x2e:
      return 5; // .
    default:
      return 0;
  }
}

const QUESTION = 1;
const EXCLAMATION = 2;
const DOT = 5;

const isDoublingMark = (c: number) => kindOf(c) !== 0;

/** Offset of the first character before p (dir -1) or from p (dir 1) that is not a space or invisible; -1 or text.length at the ends. */
function skipBlank(text: string, p: number, dir: 1 | -1): number {
  let k = dir === 1 ? p : p - 1;
  while (k >= 0 && k < text.length) {
    const c = text.charCodeAt(k);
    if (!isSpace(c) && !isInvisible(c)) break;
    k += dir;
  }
  return k;
}

/** A mark a period cannot stand before: ؟ ! ، ؛ : and their Latin forms. */
function isSentenceMark(c: number): boolean {
  return c === 0x61f || c === 0x3f || c === 0x21 || c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b || c === 0x3a;
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'doubled-punctuation',
    category: 'punctuation',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      doubled: { ar: 'علامة ترقيم مكررة ({marks}): تكفي واحدة', en: 'Doubled punctuation ({marks}): one mark is enough' },
      doubledDot: { ar: 'نقطتان متتاليتان (..): النقطة واحدة وعلامة الحذف ثلاث نقاط', en: 'Two dots (..): a period is one dot, an ellipsis three' },
      tooManyDots: { ar: 'نقاط زائدة ({marks}): علامة الحذف ثلاث نقاط', en: 'Too many dots ({marks}): an ellipsis has three' },
      keepOne: { ar: 'أبق علامة واحدة', en: 'Keep one mark' },
      keepThree: { ar: 'أبق ثلاث نقاط', en: 'Keep three dots' },
      removeDots: { ar: 'احذف النقطتين', en: 'Remove the two dots' },
      headlineDots: {
        ar: 'نقطتان (..) فاصلا في عنوان: يُفصل في العنوان بنقطتين رأسيتين أو بشرطة، أو بفاصلة قبل «وال»',
        en: 'Two dots (..) as a separator in a headline: a headline separates with a colon or a dash, or a comma before «وال»',
      },
      writeColon: { ar: 'اكتب نقطتين رأسيتين (:)', en: 'Write a colon (:)' },
      writeDash: { ar: 'اكتب شرطة (–)', en: 'Write a dash (–)' },
      writeComma: { ar: 'اكتب فاصلة (،)', en: 'Write a comma (،)' },
    },
    docs: {
      description: { ar: 'تكرار علامة الترقيم نفسها (؟؟، !!، ،،)', en: 'The same punctuation mark repeated (؟؟, !!, ،،)' },
      explanation: {
        ar: 'الخبر يقرر ولا يصرخ: علامة واحدة تكفي. تُقبل علامة التعجب مع الاستفهام (؟!) وعلامة الحذف بثلاث نقاط (...). النقطتان (..) نقطة مكررة أو علامة حذف ناقصة: حيث لا يحسم النص أيهما، يُعرض الإصلاحان ولا يُطبق أحدهما تلقائيا. وفي العنوان تفصل النقطتان بين شطريه، وهو أسلوب صحف مصرية كثيرة، فيُلمَّح إليهما تلميحا ويُعرض بدلهما النقطتان الرأسيتان أو الشرطة، أو الفاصلة قبل الواو وأداة التعريف («.. والنصر»). وتكرار (؟) أو (!) داخل الاقتباس قد يكون من كلام المصدر فيُعرض حذفه ولا يُفرض.',
        en: 'News copy states; it does not shout: one mark is enough. The surprised question (؟!) and the three-dot ellipsis (...) are accepted. Two dots (..) are a period typed twice or an ellipsis typed short: where the text does not tell which, both fixes are offered and neither is applied by fix-all. In a headline they separate its two parts, as many Egyptian papers write it: a hint, with a colon or a dash offered instead, or a comma before و and the article (.. والنصر). A doubled ؟ or ! inside a quotation may be the source\'s own: its fix is offered, not applied.',
      },
      good: 'هل سيستخسر المسؤول إنفاق هذا المبلغ؟! وكيف يبرر ذلك...',
      bad: 'هل سيستخسر المسؤول إنفاق هذا المبلغ؟؟ وكيف يبرر ذلك!!',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const toks = doc.tokens;
    const qruns = new QuestionRuns(text);
    /** Two dots alone in brackets, spaces inside allowed: `(..)`, `( .. )`, `[..]`. */
    const isElision = (start: number, end: number): boolean => {
      const bi = skipBlank(text, start, -1);
      const ai = skipBlank(text, end, 1);
      const b = bi >= 0 ? text.charCodeAt(bi) : 0;
      const a = ai < text.length ? text.charCodeAt(ai) : 0;
      return (b === 0x28 && a === 0x29) || (b === 0x5b && a === 0x5d);
    };
    scanPunct(doc, isDoublingMark, (i) => {
      const tok = toks[i];
      const kind = kindOf(text.charCodeAt(tok.start));
      let j = i;
      while (j + 1 < toks.length && toks[j + 1].kind === 'punct' && toks[j + 1].start === toks[j].end && kindOf(text.charCodeAt(toks[j + 1].start)) === kind) j++;
      const start = tok.start;
      const end = toks[j].end;
      const n = j - i + 1;
      if (n < 2) return end;
      if (kind === QUESTION && qruns.garbledAt(start)) return end;
      if (kind === DOT) {
        if (n === 3) return end; // the ellipsis
        if (n > 3) {
          ctx.report({
            start: start + 3,
            end,
            messageId: 'tooManyDots',
            data: { marks: text.slice(start, end) },
            fixes: [{ messageId: 'keepThree', edits: [{ start: start + 3, end, text: '' }], preferred: true }],
            unnecessary: true,
          });
          return end;
        }
        const three = (preferred: boolean) => ({ messageId: 'keepThree', edits: [{ start: end, end, text: '.' }], preferred });
        const one = (preferred: boolean) => ({ messageId: 'keepOne', edits: [{ start: start + 1, end, text: '' }], preferred });
        const bi = skipBlank(text, start, -1);
        const before = bi >= 0 ? text.charCodeAt(bi) : 0x0a;
        const glued = start > 0 ? text.charCodeAt(start - 1) : 0x0a;
        const ai = skipBlank(text, end, 1);
        const after = ai < text.length ? text.charCodeAt(ai) : 0x0a;
        const opensQuote = isOpeningMark(before) || (before === 0x22 && quoteRole(text, bi) === 'open');
        if (isElision(start, end) || opensQuote || isLineBreak(before) || isSentenceMark(text.charCodeAt(end))) {
          // where a period cannot stand: the elision mark, a cut at a quotation's start, the dots before another mark
          ctx.report({ start, end, messageId: 'doubledDot', fixes: [three(true)] });
        } else if (glued === 0x61f || glued === 0x3f || glued === 0x21) {
          // after ؟ or !: the sentence has ended; a pause, or at the paragraph's end nothing
          const last = isLineBreak(after) && !inQuotation(doc, start) && !inOpenQuotation(doc, start);
          ctx.report({ start, end, messageId: 'doubledDot', fixes: [{ messageId: 'removeDots', edits: [{ start, end, text: '' }], preferred: last }, three(false)], unnecessary: last });
        } else if (isLineBreak(after) && !inQuotation(doc, start) && !inOpenQuotation(doc, start)) {
          // the end of a paragraph: it ends with a period
          ctx.report({ start: start + 1, end, messageId: 'doubledDot', fixes: [one(true), three(false)], unnecessary: true });
        } else if (isHeadlineLine(doc, start) && !inQuotation(doc, start)) {
          // the separator of a headline or a subheading (فلسطين.. أبو مرزوق يدعو، «السوبر».. والنصر
          // يسبقه): neither a period nor an ellipsis, but a colon or a dash, or a comma before وال
          // (a colon or a comma stands against the word before it; a dash between spaces)
          const spaced = isSpace(text.charCodeAt(end));
          const spacedBefore = start > 0 && isSpace(text.charCodeAt(start - 1));
          const mark = (messageId: string, m: string, from = start) => ({ messageId, edits: [{ start: from, end, text: spaced ? m : m + ' ' }], preferred: false });
          const fixes = [mark('writeColon', ':', spacedBefore ? start - 1 : start), mark('writeDash', spacedBefore ? '–' : ' –')];
          // (و the conjunction for certain only before the article: «السوبر».. والنصر، not .. وفاة الأمير)
          if (text.startsWith('وال', ai)) fixes.unshift(mark('writeComma', '،', spacedBefore ? start - 1 : start));
          // a hint: «..» between a headline's two parts is the house style of many Egyptian papers
          // (Youm7, Al-Masry Al-Youm: «الإفتاء: صيام يوم عرفة سنة مؤكدة.. والأزهر يدعو …»)
          ctx.report({ start, end, messageId: 'headlineDots', severity: 'hint', fixes });
        } else {
          ctx.report({ start, end, messageId: 'doubledDot', fixes: [one(false), three(false)] });
        }
        return end;
      }
      // the source's own emphasis inside a quotation is reproduced: offered, not applied
      const emphasis = (kind === QUESTION || kind === EXCLAMATION) && inQuotation(doc, start);
      ctx.report({
        start: start + 1,
        end,
        messageId: 'doubled',
        data: { marks: text.slice(start, end) },
        fixes: [{ messageId: 'keepOne', edits: [{ start: start + 1, end, text: '' }], preferred: !emphasis }],
        unnecessary: true,
      });
      return end;
    });
  },
};

export default rule;
