// nbsp: no-break spaces (U+00A0, and the narrow U+202F) in prose. Web pages and word
// processors leave them behind (`بالعيد. \u00a0 وأضافت`, paragraphs indented with four of
// them); they look like spaces but break search, word splitting and line wrapping.
// - a lone no-break space between words → a plain space;
// - a no-break space next to other spaces is removed rather than doubled: the whole run
//   becomes one space;
// - at the start or end of a line, or a line of white space only → the run is removed
//   (Markdown: leading runs are never touched, and a trailing run that ends in two spaces
//   before a non-blank line keeps its two-space hard break).
// Between a number and the word after it (`100\u00a0كم`, `5\u00a0مليار`, `10\u202f000`) a
// no-break space is the typographer's way of keeping the number with its unit on one
// line, so by default it is accepted (option `allowAfterNumber`, default true): a single
// no-break space after a digit and before a letter, a digit or a unit sign (% ٪ ‰ ° $ € £).
// A single no-break space in a French quotation is French typography, not debris: before
// `? ! : ; »` after a Latin word, and after `«` before one (`«\u202fNon\u202f!\u202f»`,
// `Il a dit\u00a0: «\u00a0Non\u00a0»`). A plain space there would let the mark wrap to the next
// line on its own, so it is accepted. The text after the mark decides that the quotation is
// Latin: a closing guillemet or quote, a Latin word, or the line's end; an Arabic word after
// it (`قالت GSMA\u00a0: إن`) is an Arabic sentence, and the no-break space is reported.
// Runs holding a no-break space are this rule's only; `extra-spaces` takes the others (see
// space-runs.ts), so the two never report edits on the same characters.

import { optionDoc } from '../../messages';
import type { Rule } from '../../types';
import { isArabicWordChar, isDigit, isLatinLetter } from '../../text/chars';
import { spaceRuns } from './space-runs';

interface Options {
  allowAfterNumber: boolean;
}

const UNIT_SIGNS = new Set([0x25, 0x66a, 0x2030, 0xb0, 0x24, 0x20ac, 0xa3]);

function nameOf(text: string, start: number, end: number): string {
  let a = false;
  let b = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xa0) a = true;
    else if (c === 0x202f) b = true;
  }
  return a && b ? 'U+00A0+U+202F' : b ? 'U+202F' : 'U+00A0';
}

/** French high punctuation and closing guillemets, which French spacing keeps a no-break space before. */
const FRENCH_HIGH = new Set([0x3f, 0x21, 0x3a, 0x3b, 0xbb, 0x203a]);

/** What may stand between a quoted Latin word and a later mark: marks, a full stop or ellipsis, no-break spaces. */
function isQuotationTail(c: number): boolean {
  return (FRENCH_HIGH.has(c) && c !== 0xbb && c !== 0x203a) || c === 0x2e || c === 0x2026 || c === 0xa0 || c === 0x202f;
}

/**
 * The single no-break space text[start] is French spacing inside a Latin quotation: after `«`
 * before a Latin letter, or after a Latin letter before `? ! : ; »` with the quotation going on
 * in Latin (or closing) after the mark.
 */
function frenchSpacing(text: string, start: number, lineStart: number, lineEnd: number): boolean {
  const prev = start > lineStart ? text.charCodeAt(start - 1) : -1;
  const next = start + 1 < lineEnd ? text.charCodeAt(start + 1) : -1;
  if ((prev === 0xab || prev === 0x2039) && isLatinLetter(next)) return true;
  if (!FRENCH_HIGH.has(next)) return false;
  // the quotation before: a Latin word, maybe followed by its own marks (`pas\u202f?\u202f»`)
  let b = start - 1;
  while (b >= lineStart && isQuotationTail(text.charCodeAt(b))) b--;
  if (b < lineStart || !isLatinLetter(text.charCodeAt(b))) return false;
  for (let k = start + 1; k < lineEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xbb || c === 0x203a || c === 0x201d || c === 0x22) return true; // the quotation closes
    if (isLatinLetter(c)) return true;
    if (isArabicWordChar(c) || isDigit(c)) return false;
  }
  return true;
}

const rule: Rule<Options> = {
  meta: {
    id: 'nbsp',
    category: 'hidden-characters',
    defaultSeverity: 'warning',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        allowAfterNumber: {
          type: 'boolean',
          ...optionDoc({ en: 'Accept a single no-break space between a number and the word or unit sign after it (100 كم).', ar: 'قبول مسافة واحدة غير قابلة للكسر بين الرقم والكلمة أو رمز الوحدة بعده (100 كم).' }),
          default: true,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowAfterNumber: true },
    messages: {
      nbsp: { ar: 'مسافة غير قابلة للكسر ({name}) بين كلمتين: اجعلها مسافة عادية', en: 'No-break space ({name}) between words: use a plain space' },
      nbspRun: {
        ar: 'مسافة غير قابلة للكسر ({name}) بجوار مسافة أخرى: تكفي مسافة عادية واحدة',
        en: 'No-break space ({name}) next to another space: one plain space is enough',
      },
      edge: { ar: 'مسافة غير قابلة للكسر ({name}) في طرف السطر: احذفها', en: 'No-break space ({name}) at the start or end of a line: remove it' },
      toSpace: { ar: 'اجعلها مسافة عادية واحدة', en: 'Replace with one plain space' },
      remove: { ar: 'احذف المسافة', en: 'Remove the white space' },
      keepBreak: { ar: 'أبقِ مسافتي كسر السطر واحذف الباقي', en: 'Keep the two-space line break, remove the rest' },
    },
    docs: {
      description: { ar: 'المسافات غير القابلة للكسر (U+00A0 وU+202F) في النص', en: 'No-break spaces (U+00A0, U+202F) in prose' },
      explanation: {
        ar: 'المسافة غير القابلة للكسر تبدو كالمسافة العادية لكنها تكسر البحث وتقسيم الكلمات والتفاف الأسطر، وتأتي غالبا مع النسخ من المواقع. يجعلها الإصلاح مسافة عادية، ويحذفها إذا جاورت مسافة أخرى أو وقعت في طرف السطر. وتُقبل بين الرقم ووحدته (100 كم) لأنها تُبقيهما على سطر واحد، وفي الاقتباس الفرنسي قبل علامات ? ! : ; » وبعد « كما تقتضي الطباعة الفرنسية.',
        en: 'A no-break space looks like a space but breaks search, word splitting and line wrapping; it usually comes with text copied off websites. The fix turns it into a plain space, and removes it when it sits next to another space or at a line edge. Between a number and its unit (100 كم) it is accepted, since it keeps the two on one line, and so it is in a French quotation before ? ! : ; » and after «, as French typography wants.',
      },
      good: 'وقالت الشركة إن المسافة تبلغ 120\u00a0كم.',
      bad: 'وقالت الشركة\u00a0إن المسافة تبلغ 120 كم.',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const text = doc.text;
    const markdown = doc.languageId === 'markdown';
    for (const run of spaceRuns(doc)) {
      if (!run.noBreak) continue; // extra-spaces'
      const { start, end } = run;
      const data = { name: nameOf(text, start, end) };
      if (run.place === 'leading' && markdown) continue;
      if (run.place === 'trailing' && run.hardBreak) {
        ctx.report({ start, end, messageId: 'edge', data, fixes: [{ messageId: 'keepBreak', edits: [{ start, end, text: '  ' }], preferred: true }] });
        continue;
      }
      if (run.place !== 'interior') {
        ctx.report({ start, end, messageId: 'edge', data, fixes: [{ messageId: 'remove', edits: [{ start, end, text: '' }], preferred: true }], unnecessary: true });
        continue;
      }
      if (end - start === 1) {
        if (options.allowAfterNumber && start > 0 && isDigit(text.charCodeAt(start - 1))) {
          const next = text.charCodeAt(end);
          if (isArabicWordChar(next) || isLatinLetter(next) || isDigit(next) || UNIT_SIGNS.has(next)) continue;
        }
        const line = doc.lines[doc.lineIndexAt(start)];
        if (frenchSpacing(text, start, line.start, line.end)) continue;
        ctx.report({ start, end, messageId: 'nbsp', data, fixes: [{ messageId: 'toSpace', edits: [{ start, end, text: ' ' }], preferred: true }] });
        continue;
      }
      ctx.report({ start, end, messageId: 'nbspRun', data, fixes: [{ messageId: 'toSpace', edits: [{ start, end, text: ' ' }], preferred: true }] });
    }
  },
};

export default rule;
