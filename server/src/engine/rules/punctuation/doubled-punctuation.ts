// doubled-punctuation: the same mark twice or more in a row (؟؟، !!، ،،، ,,، ؛؛، ..).
// News copy states; it does not shout. The fix keeps one mark (the first of the run).
// Accepted: the surprised question ؟! / !؟ (different marks), the three-dot ellipsis
// `...` and `…`. Four or more dots are cut back to the three-dot ellipsis. Two dots alone
// in brackets, `(..)` or `[..]`, are the elision mark of a cut quotation: they become
// `(...)`, never `(.)`.
// Runs of `?` that stand for characters lost in an encoding conversion (`خليجي ????`)
// are not doubled question marks and are left alone.

import type { Rule } from '../../types';
import { QuestionRuns, scanPunct } from './shared';

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

const DOT = 5;

const isDoublingMark = (c: number) => kindOf(c) !== 0;

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
    },
    docs: {
      description: { ar: 'تكرار علامة الترقيم نفسها (؟؟، !!، ،،)', en: 'The same punctuation mark repeated (؟؟, !!, ،،)' },
      explanation: {
        ar: 'الخبر يقرر ولا يصرخ: علامة واحدة تكفي. تُقبل علامة التعجب مع الاستفهام (؟!) وعلامة الحذف بثلاث نقاط (...).',
        en: 'News copy states; it does not shout: one mark is enough. The surprised question (؟!) and the three-dot ellipsis (...) are accepted.',
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
    /** Two dots alone in brackets: `(..)`, `[..]`. */
    const isElision = (start: number, end: number): boolean => {
      const b = start > 0 ? text.charCodeAt(start - 1) : 0;
      const a = end < text.length ? text.charCodeAt(end) : 0;
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
      if (kind === 1 && qruns.garbledAt(start)) return end;
      if (kind === DOT) {
        if (n === 3) return end; // the ellipsis
        if (n === 2 && isElision(start, end)) {
          ctx.report({
            start,
            end,
            messageId: 'doubledDot',
            fixes: [{ messageId: 'keepThree', edits: [{ start: end, end, text: '.' }], preferred: true }],
          });
        } else if (n === 2) {
          ctx.report({
            start: start + 1,
            end,
            messageId: 'doubledDot',
            fixes: [{ messageId: 'keepOne', edits: [{ start: start + 1, end, text: '' }], preferred: true }],
            unnecessary: true,
          });
        } else {
          ctx.report({
            start: start + 3,
            end,
            messageId: 'tooManyDots',
            data: { marks: text.slice(start, end) },
            fixes: [{ messageId: 'keepThree', edits: [{ start: start + 3, end, text: '' }], preferred: true }],
            unnecessary: true,
          });
        }
        return end;
      }
      ctx.report({
        start: start + 1,
        end,
        messageId: 'doubled',
        data: { marks: text.slice(start, end) },
        fixes: [{ messageId: 'keepOne', edits: [{ start: start + 1, end, text: '' }], preferred: true }],
        unnecessary: true,
      });
      return end;
    });
  },
};

export default rule;
