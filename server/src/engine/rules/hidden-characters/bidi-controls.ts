// bidi-controls: invisible direction controls left in the copy by web pages and word
// processors. Two kinds, two messages:
// - embeddings, overrides and isolates (LRE RLE PDF LRO RLO U+202A–202E, LRI RLI FSI PDI
//   U+2066–2069): they change how the text around them is displayed, so what the reader
//   sees can differ from what the text says (the "Trojan Source" problem);
// - marks (LRM U+200E, RLM U+200F, ALM U+061C): harmless-looking scrape residue such as
//   `2.\u200f5 مليار` or `جدة: \u200f\u202bتشهد`, which still break search and matching.
// A run of adjacent controls is one finding; the fix deletes the run. Markdown code is
// skipped (the rule scans doc.prose only).

import { CodeUnitScanner } from '../../text/chars';
import type { Rule } from '../../types';

/** 1: a mark (LRM RLM ALM), 2: an embedding/override/isolate, 0: not a bidi control. */
function bidiKind(c: number): 0 | 1 | 2 {
  if (c === 0x200e || c === 0x200f || c === 0x061c) return 1;
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return 2;
  return 0;
}

/** Exactly the code units bidiKind is not 0 for. */
const BIDI_RE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMES: Record<number, string> = {
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x061c: 'ALM',
  0x202a: 'LRE',
  0x202b: 'RLE',
  0x202c: 'PDF',
  0x202d: 'LRO',
  0x202e: 'RLO',
  0x2066: 'LRI',
  0x2067: 'RLI',
  0x2068: 'FSI',
  0x2069: 'PDI',
};

/** "RLM+RLE" style list of the distinct controls in text[start, end). */
export function bidiNames(text: string, start: number, end: number): string {
  const seen: string[] = [];
  for (let i = start; i < end; i++) {
    const n = NAMES[text.charCodeAt(i)];
    if (n && !seen.includes(n)) seen.push(n);
  }
  return seen.join('+');
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'bidi-controls',
    category: 'hidden-characters',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      override: {
        ar: 'محرف تحكم خفي في اتجاه النص ({names}) قد يجعل النص يُعرض على غير حقيقته: احذفه',
        en: 'Invisible bidi control ({names}) can make the text display differently from what it says: remove it',
      },
      mark: {
        ar: 'علامة اتجاه خفية ({names}) من بقايا النسخ من الويب: احذفها',
        en: 'Invisible direction mark ({names}) left over from copying off the web: remove it',
      },
      remove: { ar: 'احذف محارف التحكم الخفية', en: 'Remove the invisible controls' },
    },
    docs: {
      description: {
        ar: 'محارف التحكم في الاتجاه (LRM وRLM وALM والتضمين والتجاوز والعزل) داخل النص',
        en: 'Bidirectional controls (LRM, RLM, ALM, embeddings, overrides, isolates) in the text',
      },
      explanation: {
        ar: 'محارف التضمين والتجاوز والعزل تغيّر طريقة عرض ما حولها، فقد يرى القارئ نصا غير الذي كُتب. وعلامات الاتجاه (LRM وRLM وALM) بقايا نسخ من المواقع تكسر البحث ومطابقة الأرقام والأسماء. يحذف الإصلاح كل سلسلة منها.',
        en: 'Embeddings, overrides and isolates change how the surrounding text is displayed, so a reader may see something other than what was written. Direction marks (LRM, RLM, ALM) are residue from copying off websites that breaks search and matching of numbers and names. The fix deletes each run of them.',
      },
      good: 'وارتفع السهم 2.5 في المائة.',
      bad: 'وارتفع السهم 2.\u200f5 في المائة.',
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    // jump from one bidi control to the next (bidiKind is 0 everywhere else)
    const scan = new CodeUnitScanner(BIDI_RE, text);
    for (const span of ctx.doc.prose) {
      for (let i = span.start; i < span.end; i++) {
        const at = scan.next(i);
        if (at < 0 || at >= span.end) break;
        i = at;
        let kind = bidiKind(text.charCodeAt(i));
        if (kind === 0) continue;
        let j = i + 1;
        while (j < span.end) {
          const k = bidiKind(text.charCodeAt(j));
          if (k === 0) break;
          if (k > kind) kind = k;
          j++;
        }
        ctx.report({
          start: i,
          end: j,
          messageId: kind === 2 ? 'override' : 'mark',
          data: { names: bidiNames(text, i, j) },
          fixes: [{ messageId: 'remove', edits: [{ start: i, end: j, text: '' }], preferred: true }],
          unnecessary: true,
        });
        i = j - 1;
      }
    }
  },
};

export default rule;
