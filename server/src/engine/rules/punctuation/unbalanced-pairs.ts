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

import { defineScan, documentScan } from '../../scans';
import type { AnalysedDocument } from '../../text/document';
import type { Rule } from '../../types';
import { quoteRole, scanPunct, type QuoteRole } from './shared';

function isPaired(c: number): boolean {
  return c === 0xab || c === 0xbb || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x22 || c === 0x201c || c === 0x201d;
}

/** A quotation mark or bracket of the draft, with what its line says of it. */
interface PairMark {
  start: number;
  code: number;
  /** Its paragraph (marks are paired within one). */
  paragraph: number;
  /** A `)` that, closing nothing, is no fault: a list label (`1)`, `أ)`) or the emoticon-like `:)`. */
  quiet: boolean;
  /** A quote's role from the characters beside it (straight and curly quotes only). */
  role: QuoteRole;
}

/** The draft's paired marks in order (all on their lines: a paragraph of a draft checked as it is edited gives its own). */
function marksOf(doc: AnalysedDocument): PairMark[] {
  const { text, tokens: toks } = doc;
  const paras = doc.tokenParagraphs;
  const out: PairMark[] = [];
  scanPunct(doc, isPaired, (i) => {
    const p = toks[i].start;
    const c = text.charCodeAt(p);
    const quote = c === 0x22 || c === 0x201c || c === 0x201d;
    out.push({ start: p, code: c, paragraph: paras[i], quiet: c === 0x29 && (isListLabel(i) || text.charCodeAt(p - 1) === 0x3a), role: quote ? quoteRole(text, p) : 'unclear' });
  });
  return out;

  /** `1)` or `أ)` at the start of a line: a list label, not a closing bracket. */
  function isListLabel(i: number): boolean {
    const label = toks[i - 1];
    if (!label || label.end !== toks[i].start) return false;
    if (label.kind !== 'number' && !(label.kind === 'word' && label.norm.length === 1) && !(label.kind === 'latin' && label.end - label.start === 1)) return false;
    for (let k = i - 2; k >= 0; k--) {
      const t = toks[k];
      if (t.kind === 'newline') return true;
      if (t.kind !== 'space' && t.kind !== 'format') return false;
    }
    return true;
  }
}

const PAIR_MARKS = defineScan<PairMark>({
  name: 'unbalanced-pairs:marks',
  usedBy: ['unbalanced-pairs'],
  readsShared: false,
  scan: marksOf,
  move: (m, at) => ({ start: m.start + at.offset, code: m.code, paragraph: m.paragraph < 0 ? -1 : m.paragraph + at.paragraph, quiet: m.quiet, role: m.role }),
});

/** The draft's quotation marks and brackets, in order (given by the incremental checker, or found now). */
export function findPairMarks(doc: AnalysedDocument): PairMark[] {
  return documentScan(doc, PAIR_MARKS);
}

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
    let para = -2;
    const guil: number[] = [];
    const paren: number[] = [];
    const square: number[] = [];
    let straight: PairMark[] = [];
    let curly: PairMark[] = [];

    const report = (pos: number, messageId: string) => ctx.report({ start: pos, end: pos + 1, messageId, data: { mark: text[pos] } });

    const flush = () => {
      for (const s of [guil, paren, square]) {
        for (const p of s) report(p, 'unclosed');
        s.length = 0;
      }
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
      straight = [];
      curly = [];
    };

    for (const m of findPairMarks(ctx.doc)) {
      const p = m.start;
      if (m.paragraph !== para) {
        flush();
        para = m.paragraph;
      }
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
    flush();
  },
};

export default rule;
