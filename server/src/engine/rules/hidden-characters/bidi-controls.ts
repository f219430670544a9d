// bidi-controls: invisible direction controls left in the copy by web pages and word
// processors. Two kinds, two messages:
// - embeddings, overrides and isolates (LRE RLE PDF LRO RLO U+202A–202E, LRI RLI FSI PDI
//   U+2066–2069): they change how the text around them is displayed, so what the reader
//   sees can differ from what the text says (the "Trojan Source" problem);
// - marks (LRM U+200E, RLM U+200F, ALM U+061C): harmless-looking scrape residue such as
//   `2.\u200f5 مليار` or `جدة: \u200f\u202bتشهد`, which still break search and matching.
// Not flagged: an LRM that keeps a Latin/number run displayed right in Arabic text, where
// the run ends or starts with neutral characters (`C++\u200e في`, `\u200e+966 11…`): without
// it the neutrals flip to the other side (`++C`, `966+`). The mark must sit at the run's
// edge (Arabic, a space or the line's end on its other side), not inside it (`2.\u200f5`).
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

/** A Latin letter or an ASCII digit: the strong left-to-right run an LRM may anchor. */
function isLatinOrDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Neutral: not a letter or digit of any script, not white space, not a control. */
function isNeutral(c: number): boolean {
  return c > 0x20 && c < 0x7f ? !isLatinOrDigit(c) : c === 0xa7 || c === 0xb0 || c === 0x2030 || c === 0x20ac || c === 0xa3 || c === 0xa5;
}

/**
 * Whether the LRM run text[i, j) closes a Latin/number run that ends in neutrals (`C++|`) or
 * opens one that starts with them (`|+966`), with no Latin letter or digit on its other side.
 */
function anchorsNeutrals(text: string, i: number, j: number, lineStart: number, lineEnd: number): boolean {
  for (let k = i; k < j; k++) if (text.charCodeAt(k) !== 0x200e) return false;
  const before = i > lineStart ? text.charCodeAt(i - 1) : -1;
  const after = j < lineEnd ? text.charCodeAt(j) : -1;
  // after the run: neutrals back to a Latin letter or digit, nothing Latin after the mark
  if (before >= 0 && isNeutral(before) && !(after >= 0 && isLatinOrDigit(after))) {
    let k = i - 1;
    while (k > lineStart && isNeutral(text.charCodeAt(k))) k--;
    if (k >= lineStart && isLatinOrDigit(text.charCodeAt(k)) && isNeutral(text.charCodeAt(k + 1))) return true;
  }
  // before the run: neutrals on to a Latin letter or digit, nothing Latin before the mark
  if (after >= 0 && isNeutral(after) && !(before >= 0 && isLatinOrDigit(before))) {
    let k = j;
    while (k < lineEnd - 1 && isNeutral(text.charCodeAt(k))) k++;
    if (k < lineEnd && isLatinOrDigit(text.charCodeAt(k))) return true;
  }
  return false;
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
        if (kind === 1) {
          const line = ctx.doc.lines[ctx.doc.lineIndexAt(i)];
          if (anchorsNeutrals(text, i, j, line.start, line.end)) {
            i = j - 1;
            continue;
          }
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
