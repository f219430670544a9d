// unbalanced-pairs: a quotation mark or bracket opened and never closed (or closed and
// never opened) within its paragraph: «…, …», (…, …), […, …], and an odd number of
// straight " or curly “ ” quotes. The finding points at the unmatched mark. Not fixable:
// only the writer knows where the quotation ends.
//
// Guillemets and brackets are matched by nesting, each kind on its own. Straight and
// curly quotes are matched by alternation (in right-to-left typing ” often opens as well
// as closes); when a paragraph holds an odd number, the mark left over is found from
// where each mark stands: a mark after a space and before a word opens, a mark after a
// word and before a space or mark closes.
// Not flagged: `)` ending a list label at the start of a line (`1)`, `أ)`), and the
// emoticon-like `:)`.

import type { Rule } from '../../types';
import { pairMarksByParagraph, type PairMark } from './shared';

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'unbalanced-pairs',
    category: 'punctuation',
    defaultSeverity: 'warning',
    fixable: false,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      unclosed: { ar: 'العلامة {mark} فُتحت ولم تُغلق في هذه الفقرة', en: '{mark} is opened and never closed in this paragraph' },
      unopened: { ar: 'العلامة {mark} تُغلق ما لم يُفتح في هذه الفقرة', en: '{mark} closes something never opened in this paragraph' },
      unpairedQuote: { ar: 'علامة التنصيص {mark} بلا نظير في هذه الفقرة', en: 'Quotation mark {mark} has no partner in this paragraph' },
    },
    docs: {
      description: { ar: 'علامات تنصيص وأقواس بلا نظير', en: 'Quotation marks and brackets without a partner' },
      explanation: {
        ar: 'اقتباس لم يُغلق يجعل القارئ لا يعرف أين ينتهي كلام المصدر وأين يبدأ كلام الصحيفة، وقوس مفتوح يعلّق الجملة. يُفحص كل زوج داخل الفقرة: «» و“” و"" و() و[].',
        en: 'An unclosed quotation leaves the reader unsure where the source stops talking and the paper resumes; an open bracket leaves the sentence hanging. Each pair is checked within its paragraph: «», “”, "", () and [].',
      },
      good: 'قال الوزير «نعمل على خطة (للمرحلة الثانية) ستنفذ قريبا».',
      bad: 'قال الوزير «نعمل على خطة (للمرحلة الثانية ستنفذ قريبا.',
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    const report = (pos: number, messageId: string) => ctx.report({ start: pos, end: pos + 1, messageId, data: { mark: text[pos] } });

    for (const marks of pairMarksByParagraph(ctx.doc)) {
      const guil: number[] = [];
      const paren: number[] = [];
      const square: number[] = [];
      const straight: PairMark[] = [];
      const curly: PairMark[] = [];
      for (const m of marks) {
        const p = m.start;
        switch (m.code) {
          case 0xab:
            guil.push(p);
            break;
          case 0x28:
            paren.push(p);
            break;
          case 0x5b:
            square.push(p);
            break;
          case 0xbb:
            if (guil.length) guil.pop();
            else report(p, 'unopened');
            break;
          case 0x29:
            if (paren.length) paren.pop();
            else if (!m.quiet) report(p, 'unopened');
            break;
          case 0x5d:
            if (square.length) square.pop();
            else report(p, 'unopened');
            break;
          case 0x22:
            straight.push(m);
            break;
          default:
            curly.push(m);
        }
      }
      for (const s of [guil, paren, square]) for (const p of s) report(p, 'unclosed');
      for (const list of [straight, curly]) {
        if (list.length % 2 === 0) continue;
        // Alternation, with each mark's position deciding which one is left over.
        let pending = -1;
        let pendingRole = 'unclear';
        for (const { start: p, role } of list) {
          if (pending < 0) {
            if (role === 'close') report(p, 'unpairedQuote');
            else {
              pending = p;
              pendingRole = role;
            }
          } else if (role === 'open' && pendingRole === 'open') {
            report(pending, 'unpairedQuote');
            pending = p;
            pendingRole = role;
          } else pending = -1;
        }
        if (pending >= 0) report(pending, 'unpairedQuote');
      }
    }
  },
};

export default rule;
