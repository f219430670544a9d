// bidi-controls: invisible direction controls left in the copy by web pages and word
// processors. Two kinds, two messages:
// - embeddings, overrides and isolates (LRE RLE PDF LRO RLO U+202A–202E, LRI RLI FSI PDI
//   U+2066–2069): they change how the text around them is displayed, so what the reader
//   sees can differ from what the text says (the "Trojan Source" problem);
// - marks (LRM U+200E, RLM U+200F, ALM U+061C): harmless-looking scrape residue such as
//   `جدة: \u200f\u202bتشهد` or `شركة أبل\u200e،`, which still break search and matching.
// A number with a right-to-left mark after its decimal point (`50.\u200f1104 دولار`, `عند
// 5.\u200f0 في المائة`) is not residue to delete: stored that way (fraction first) by a
// news agency's feed, it DISPLAYS as `1104.50` and `0.5`, the figures the published page
// showed (gold at $1,104.50 an ounce, the Bank of England's rate at 0.5 %); deleting the
// mark alone would turn them into 50.1104 and 5.0. So `A.\u200fB` gets its own message
// (`reversedNumber`) and the fix writes the number as it displays, `B.A`. That is certain
// only where the nearest strong character before the number is Arabic (the digits then
// display right to left around the mark in either paragraph direction); after Latin text
// or at the start of a line the display depends on the paragraph's direction, and both
// readings are offered, neither preferred.
// Not flagged: an LRM that keeps a Latin/number run displayed right in Arabic text, where
// the run ends or starts with neutral characters (`C++\u200e في`, `\u200e+966 11…`): without
// it the neutrals flip to the other side (`++C`, `966+`). The mark must sit at the run's
// edge (Arabic, a space or the line's end on its other side), not inside it (`2.\u200f5`).
// An override that reverses what it covers is not deleted by fix-all either: an RLO before
// digits or Latin letters (`\u202d\u202eورد … لعام 4102`, a page stored in visual order, shown
// as `لعام 2014`), or an LRO before Arabic letters. Deleting it would show the reader the
// reversed text (`4102`); the message (`overrideReverses`) quotes the first reversed run
// and what the reader sees, and removal is only offered, for after the text is corrected.
// A run of adjacent controls is one finding; the fix deletes the run. Markdown code is
// skipped (the rule scans doc.prose only).

import { CodeUnitScanner, isArabicLetter, isDigit, isLatinLetter, isPresentationForm } from '../../text/chars';
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

/** RLM or ALM: the right-to-left marks. */
function isRtlMark(c: number): boolean {
  return c === 0x200f || c === 0x061c;
}

/** A right-to-left letter: Arabic (with its presentation forms), Hebrew, Syriac, Thaana, NKo. */
function isRtlLetter(c: number): boolean {
  return isArabicLetter(c) || isPresentationForm(c) || (c >= 0x0590 && c <= 0x05ff) || (c >= 0x0700 && c <= 0x07ff);
}

/**
 * The marks run text[i, j) sits inside a number `A.|B` (digits, a point, the marks, digits):
 * the parts' bounds, and whether the line shows it as `B.A` for certain (an Arabic letter or an
 * RTL mark is the nearest strong character before A on the line).
 */
function reversedNumber(text: string, i: number, j: number, lineStart: number, lineEnd: number): { aStart: number; bEnd: number; certain: boolean } | undefined {
  for (let k = i; k < j; k++) if (!isRtlMark(text.charCodeAt(k))) return undefined;
  const dot = i - 1;
  if (dot <= lineStart || text.charCodeAt(dot) !== 0x2e) return undefined;
  let aStart = dot;
  while (aStart > lineStart && isDigit(text.charCodeAt(aStart - 1))) aStart--;
  let bEnd = j;
  while (bEnd < lineEnd && isDigit(text.charCodeAt(bEnd))) bEnd++;
  if (aStart === dot || bEnd === j) return undefined;
  // whole numbers only: no further digits, separators or letters glued to either end
  const before = aStart > lineStart ? text.charCodeAt(aStart - 1) : -1;
  const after = bEnd < lineEnd ? text.charCodeAt(bEnd) : -1;
  if (isNumberSeparator(before) || isLatinOrDigit(before) || isRtlMark(before)) return undefined;
  if (isNumberSeparator(after)) {
    // a further part, marked too or not (12.‏05.‏2020, 1.‏2.‏3): a date or a version, not A.B
    let k = bEnd + 1;
    while (k < lineEnd && isMarkCode(text.charCodeAt(k))) k++;
    if (k < lineEnd && isDigit(text.charCodeAt(k))) return undefined;
  }
  if (isLatinOrDigit(after) || after === 0x25 || after === 0x66a || after === 0x2030 || isBidiControlCode(after)) return undefined;
  let certain = false;
  for (let k = aStart - 1; k >= lineStart; k--) {
    const c = text.charCodeAt(k);
    if (isRtlLetter(c) || isRtlMark(c)) {
      certain = true;
      break;
    }
    if (isLatinLetter(c) || c === 0x200e || bidiKind(c) === 2) break;
  }
  return { aStart, bEnd, certain };
}

/** LRM, RLM or ALM. */
function isMarkCode(c: number): boolean {
  return c === 0x200e || isRtlMark(c);
}

/** A decimal or thousands separator (Latin or Arabic). */
function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x66b || c === 0x66c;
}

/**
 * The marks run text[i, j) stands inside a number, after a separator and before a digit
 * (50.‏1,104، 5.‏0%، 12.‏05.‏2020) where reversedNumber cannot say what the reader sees:
 * deleting it may change the figure displayed, so the deletion is only offered.
 */
function insideNumber(text: string, i: number, j: number): boolean {
  return i >= 2 && isNumberSeparator(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i - 2)) && j < text.length && isDigit(text.charCodeAt(j));
}

/**
 * Each embedding or override opened on a line (LRE RLE LRO RLO) and the PDF that closes it,
 * found in one pass with a stack (an isolate, LRI RLI FSI … PDI, closes what opened inside
 * it); an opener left open has no entry.
 */
function matchPdfs(text: string, start: number, end: number, out: Map<number, number>): void {
  const stack: number[] = [];
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x202a && c <= 0x202e && c !== 0x202c) stack.push(k);
    else if (c >= 0x2066 && c <= 0x2068) stack.push(-1);
    else if (c === 0x202c) {
      if (stack.length && stack[stack.length - 1] >= 0) out.set(stack.pop()!, k);
    } else if (c === 0x2069) {
      while (stack.length && stack.pop()! >= 0);
    }
  }
}

/** The PDI closing the isolate opened at k, before `end` (nested isolates counted); -1 if none. */
function isolateEnd(text: string, k: number, end: number): number {
  let depth = 0;
  for (let q = k + 1; q < end; q++) {
    const c = text.charCodeAt(q);
    if (c >= 0x2066 && c <= 0x2068) depth++;
    else if (c === 0x2069 && depth-- === 0) return q;
  }
  return -1;
}

/**
 * For a run text[i, j) of controls that leaves an override (LRO/RLO) in force: the first run of
 * two or more characters the override displays reversed (digits or Latin letters under an RLO,
 * right-to-left letters under an LRO) before its PDF or the line's end, skipping what a nested
 * embedding or isolate covers; undefined if none. `pdfOf` gives an opener's PDF (matchPdfs):
 * the walk stops at a nested opener that is never closed, so a line of many overrides is
 * walked over once in all, not once per override.
 */
function reversedByOverride(text: string, i: number, j: number, lineEnd: number, pdfOf: (opener: number) => number | undefined): { start: number; end: number; pdf: number } | undefined {
  let override = 0;
  let opener = -1;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x202d || c === 0x202e) {
      override = c;
      opener = k;
    } else if (c === 0x202c) override = 0;
  }
  if (override === 0) return undefined;
  const pdf = pdfOf(opener) ?? -1;
  const end = pdf >= 0 ? pdf : lineEnd;
  const reversed = override === 0x202e ? (c: number) => isLatinOrDigit(c) || isDigit(c) : isRtlLetter;
  for (let k = j; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x202a && c <= 0x202e && c !== 0x202c) || (c >= 0x2066 && c <= 0x2068)) {
      // a nested embedding or isolate: its text is displayed by its own direction
      const close = c >= 0x2066 ? isolateEnd(text, k, end) : (pdfOf(k) ?? -1);
      if (close < 0 || close >= end) return undefined;
      k = close;
      continue;
    }
    if (!reversed(c)) continue;
    let e = k + 1;
    while (e < end && reversed(text.charCodeAt(e))) e++;
    if (e - k >= 2) return { start: k, end: e, pdf };
    k = e - 1;
  }
  return undefined;
}

function isBidiControlCode(c: number): boolean {
  return c >= 0 && bidiKind(c) !== 0;
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
      overrideReverses: {
        ar: 'محرف تجاوز الاتجاه ({names}) يعرض ما بعده معكوسا: يرى القارئ «{shown}» والنص يقول «{text}». صحّح النص المعكوس ثم احذف المحرف',
        en: 'Bidi override ({names}) displays what follows reversed: the reader sees “{shown}” where the text says “{text}”. Correct the reversed text, then remove it',
      },
      overrideEnd: {
        ar: 'نهاية تجاوز الاتجاه ({names}) الذي يعكس النص قبلها: احذفها مع محرف التجاوز بعد تصحيح النص',
        en: 'End ({names}) of an override that displays the text before it reversed: remove it with the override once the text is corrected',
      },
      reversedNumber: {
        ar: 'علامة اتجاه خفية ({names}) بعد الفاصلة العشرية تجعل الرقم {text} يُعرض {shown}: اكتبه كما يُعرض',
        en: 'Invisible direction mark ({names}) after the decimal point makes the number {text} display as {shown}: write it as it displays',
      },
      reversedNumberMaybe: {
        ar: 'علامة اتجاه خفية ({names}) بعد الفاصلة العشرية: يُعرض الرقم {text} في السطر العربي {shown}، فاختر الرقم المقصود',
        en: 'Invisible direction mark ({names}) after the decimal point: in right-to-left text the number {text} displays as {shown}; choose the number meant',
      },
      remove: { ar: 'احذف محارف التحكم الخفية', en: 'Remove the invisible controls' },
      writeNumber: { ar: 'اكتب {number}', en: 'Write {number}' },
    },
    docs: {
      description: {
        ar: 'محارف التحكم في الاتجاه (LRM وRLM وALM والتضمين والتجاوز والعزل) داخل النص',
        en: 'Bidirectional controls (LRM, RLM, ALM, embeddings, overrides, isolates) in the text',
      },
      explanation: {
        ar: 'محارف التضمين والتجاوز والعزل تغيّر طريقة عرض ما حولها، فقد يرى القارئ نصا غير الذي كُتب. وعلامات الاتجاه (LRM وRLM وALM) بقايا نسخ من المواقع تكسر البحث ومطابقة الأرقام والأسماء. يحذف الإصلاح كل سلسلة منها. أما الرقم المخزّن بكسره أولا وبعد فاصلته علامة RLM (50.[RLM]1104) فيُعرض معكوس الجزأين (1104.50)، وهو ما رآه القارئ، فيكتب الإصلاح الرقم كما يُعرض.',
        en: 'Embeddings, overrides and isolates change how the surrounding text is displayed, so a reader may see something other than what was written. Direction marks (LRM, RLM, ALM) are residue from copying off websites that breaks search and matching of numbers and names. The fix deletes each run of them. A number stored fraction first with an RLM after its decimal point (50.[RLM]1104) displays with its two parts swapped (1104.50), the figure the reader saw, so the fix writes the number as it displays.',
      },
      good: 'سلطان السلمي- جدة: تشهد الشاليهات إقبالا كبيرا.',
      bad: 'سلطان السلمي- جدة: \u200f\u202bتشهد الشاليهات إقبالا كبيرا.',
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    // jump from one bidi control to the next (bidiKind is 0 everywhere else)
    const scan = new CodeUnitScanner(BIDI_RE, text);
    // the PDFs closing an override that reverses text: removed only with it (see overrideReverses)
    const heldPdfs = new Set<number>();
    // each opener's PDF, found line by line on first need (matchPdfs)
    const pdfs = new Map<number, number>();
    const pdfLines = new Set<number>();
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
          const num = reversedNumber(text, i, j, Math.max(line.start, span.start), Math.min(line.end, span.end));
          if (num) {
            const a = text.slice(num.aStart, i - 1);
            const b = text.slice(j, num.bEnd);
            const shown = `${b}.${a}`;
            const names = bidiNames(text, i, j);
            ctx.report({
              start: i,
              end: j,
              messageId: num.certain ? 'reversedNumber' : 'reversedNumberMaybe',
              data: { names, text: `${a}.${b}`, shown },
              fixes: [
                { messageId: 'writeNumber', data: { number: shown }, edits: [{ start: num.aStart, end: num.bEnd, text: shown }], preferred: num.certain },
                { messageId: 'writeNumber', data: { number: `${a}.${b}` }, edits: [{ start: i, end: j, text: '' }], preferred: false },
              ],
            });
            i = j - 1;
            continue;
          }
        }
        if (kind === 2) {
          const line = ctx.doc.lines[ctx.doc.lineIndexAt(i)];
          if (!pdfLines.has(line.start)) {
            pdfLines.add(line.start);
            matchPdfs(text, line.start, line.end, pdfs);
          }
          const rev = reversedByOverride(text, i, j, Math.min(line.end, span.end), (k) => pdfs.get(k));
          if (rev) {
            if (rev.pdf >= 0) heldPdfs.add(rev.pdf);
            const shown = [...text.slice(rev.start, rev.end)].reverse().join('');
            ctx.report({
              start: i,
              end: j,
              messageId: 'overrideReverses',
              data: { names: bidiNames(text, i, j), text: text.slice(rev.start, rev.end), shown },
              fixes: [{ messageId: 'remove', edits: [{ start: i, end: j, text: '' }], preferred: false }],
            });
            i = j - 1;
            continue;
          }
        }
        let held = false;
        for (let k = i; k < j && !held; k++) held = heldPdfs.has(k);
        if (held) {
          ctx.report({
            start: i,
            end: j,
            messageId: 'overrideEnd',
            data: { names: bidiNames(text, i, j) },
            fixes: [{ messageId: 'remove', edits: [{ start: i, end: j, text: '' }], preferred: false }],
          });
          i = j - 1;
          continue;
        }
        ctx.report({
          start: i,
          end: j,
          messageId: kind === 2 ? 'override' : 'mark',
          data: { names: bidiNames(text, i, j) },
          // inside a number reversedNumber could not read, deleting may change the figure shown
          fixes: [{ messageId: 'remove', edits: [{ start: i, end: j, text: '' }], preferred: !(kind === 1 && insideNumber(text, i, j)) }],
          unnecessary: true,
        });
        i = j - 1;
      }
    }
  },
};

export default rule;
