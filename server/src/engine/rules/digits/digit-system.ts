// digit-system: one numeral system in the copy. A newsroom writes either Western digits
// (0-9, with , . %) or Arabic-Indic digits (٠-٩, with ٬ ٫ ٪), by policy or by the habit of
// the document. Persian digits (۰-۹, U+06F0–06F9: ۴ ۵ ۶ look different) come from Persian
// keyboards and are always wrong in Arabic copy; a number mixing systems (20١٩) is always
// wrong. The fix rewrites the whole number token: digits, separators and percent sign.
//
// Never touched: digits inside Latin words (COVID-19, 5G, G20), URLs, e-mail addresses,
// @handles, #hashtags and Markdown code: the tokenizer gives those their own token kinds
// (or leaves them out of the prose), so this rule only ever sees `number` tokens.
// A number next to a Latin word (Big Hero 6, iPhone 15, 128 GB), or glued to one over a
// slash, hyphen or plus (ps/2, USB/3), is part of a Latin phrase: it is not converted to
// Arabic-Indic and does not count towards the majority.

import { optionDoc } from '../../messages';
import { defineScan, documentScan } from '../../scans';
import { punctIndex, type AnalysedDocument } from '../../text/document';
import type { Rule } from '../../types';
import type { Token } from '../../text/tokenize';

export type DigitPolicy = 'western' | 'arabic-indic' | 'consistent';
type Target = 'western' | 'arabic-indic';

export interface DigitSystemOptions {
  system: DigitPolicy;
}

const POLICIES: readonly DigitPolicy[] = ['western', 'arabic-indic', 'consistent'];

/** How each system is named in messages: its digits, the same in both languages. */
const SAMPLE: Record<Target, string> = { western: '0-9', 'arabic-indic': '٠-٩' };

// Character classes of one number token, as bit flags.
const W_DIGIT = 1;
const A_DIGIT = 2;
const P_DIGIT = 4;
const W_PUNCT = 8; // , . %
const A_PUNCT = 16; // ٬ ٫ ٪

function classify(text: string, start: number, end: number): number {
  let f = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) f |= W_DIGIT;
    else if (c >= 0x660 && c <= 0x669) f |= A_DIGIT;
    else if (c >= 0x6f0 && c <= 0x6f9) f |= P_DIGIT;
    else if (c === 0x2c || c === 0x2e || c === 0x25) f |= W_PUNCT;
    else if (c === 0x66c || c === 0x66b || c === 0x66a) f |= A_PUNCT;
  }
  return f;
}

/**
 * Rewrite text[start, end) into the target system; characters that are not digits or number marks are copied.
 * A number with two dots or more (a version 2.3.1, a dotted date 16.10.2026, an address
 * 192.168.1.1) has no decimal point: into Arabic-Indic digits its dots stay as written (. or ٫).
 */
export function convertNumber(text: string, start: number, end: number, target: Target, dotted = dots(text, start, end) >= 2): string {
  const west = target === 'western';
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let v = -1;
    if (c >= 0x30 && c <= 0x39) v = c - 0x30;
    else if (c >= 0x660 && c <= 0x669) v = c - 0x660;
    else if (c >= 0x6f0 && c <= 0x6f9) v = c - 0x6f0;
    if (v >= 0) out += String.fromCharCode((west ? 0x30 : 0x660) + v);
    else if (c === 0x2c || c === 0x66c) out += west ? ',' : '٬';
    else if (c === 0x2e || c === 0x66b) out += west ? '.' : dotted ? text[i] : '٫'; // (into ٠-٩ a dotted number's dots stay as written)
    else if (c === 0x25 || c === 0x66a) out += west ? '%' : '٪';
    else out += text[i];
  }
  return out;
}

/** How many dots (. or the Arabic decimal separator ٫) text[start, end) holds. */
function dots(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x66b) n++;
  }
  return n;
}

/** `/`, `-`, `+`: join a model or port name's parts (ps/2). */
function isJoiner(text: string, t: Token): boolean {
  if (t.kind !== 'punct' || t.end - t.start !== 1) return false;
  const c = text.charCodeAt(t.start);
  return c === 0x2f || c === 0x2d || c === 0x2b;
}

/**
 * A number written beside a Latin word (directly or over one run of spaces on the line), or
 * glued to one over a joiner (ps/2), belongs to a Latin phrase.
 */
function inLatinContext(text: string, tokens: readonly Token[], k: number): boolean {
  const p1 = tokens[k - 1];
  if (p1 && (p1.kind === 'latin' || (p1.kind === 'space' && tokens[k - 2]?.kind === 'latin'))) return true;
  const n1 = tokens[k + 1];
  if (n1 && (n1.kind === 'latin' || (n1.kind === 'space' && tokens[k + 2]?.kind === 'latin'))) return true;
  const t = tokens[k];
  const p2 = tokens[k - 2];
  if (p1 && p2 && p2.kind === 'latin' && p1.end === t.start && p2.end === p1.start && isJoiner(text, p1)) return true;
  const n2 = tokens[k + 2];
  return !!n1 && !!n2 && n2.kind === 'latin' && n1.start === t.end && n2.start === n1.end && isJoiner(text, n1);
}

/** A percent sign detached from its number by a space (40 %): index of its token, or -1. */
function detachedPercent(text: string, tokens: readonly Token[], k: number): number {
  const s = tokens[k + 1];
  const p = tokens[k + 2];
  if (!s || s.kind !== 'space' || !p || p.kind !== 'punct' || p.end - p.start !== 1) return -1;
  const c = text.charCodeAt(p.start);
  if (c !== 0x25 && c !== 0x66a) return -1;
  // the number token must not carry its own percent sign already
  const last = text.charCodeAt(tokens[k].end - 1);
  return last === 0x25 || last === 0x66a ? -1 : k + 2;
}

/** A number of the draft: its token, what its characters are (W_DIGIT …), and whether a Latin word stands beside it. */
interface NumberToken {
  token: number;
  flags: number;
  latin: boolean;
}

function numbersOf(doc: AnalysedDocument): NumberToken[] {
  const { text, tokens } = doc;
  const out: NumberToken[] = [];
  // the number tokens from the document's token index (one walk shared with the punctuation
  // rules and quotations), not a walk over every token
  for (const k of punctIndex(doc).numbers) {
    const t = tokens[k];
    out.push({ token: k, flags: classify(text, t.start, t.end), latin: inLatinContext(text, tokens, k) });
  }
  return out;
}

/**
 * The draft's numbers, found paragraph by paragraph (a number's neighbours are on its line): a
 * draft checked as it is edited gives the rule its numbers without a walk over every token.
 */
const NUMBERS = defineScan<NumberToken>({
  name: 'digit-system:numbers',
  usedBy: ['digit-system'],
  readsShared: false,
  scan: numbersOf,
  move: (n, at) => ({ token: n.token + at.token, flags: n.flags, latin: n.latin }),
});

/** The draft's numbers, in order (given by the incremental checker, or found now). */
export function findNumbers(doc: AnalysedDocument): NumberToken[] {
  return documentScan(doc, NUMBERS);
}

const rule: Rule<DigitSystemOptions> = {
  meta: {
    id: 'digit-system',
    category: 'digits',
    defaultSeverity: 'warning',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        system: {
          enum: ['western', 'arabic-indic', 'consistent'],
          default: 'consistent',
          ...optionDoc({ en: 'Which digits the copy uses: "western" (0-9), "arabic-indic" (٠-٩), or "consistent" (whichever most numbers in the document use; Western on a tie).', ar: 'الأرقام التي يستعملها النص: "western" (0-9)، أو "arabic-indic" (٠-٩)، أو "consistent" (ما تستعمله أغلب أرقام المستند؛ والغربية عند التعادل).' }),
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { system: 'consistent' },
    messages: {
      wrongSystem: {
        ar: 'العدد {number} ليس بالأرقام المعتمدة في أسلوب التحرير ({expected})',
        en: 'The number {number} is not in the house digit system ({expected})',
      },
      minoritySystem: {
        ar: 'العدد {number} بغير الأرقام الغالبة في النص ({expected}): وحّد نظام الأرقام',
        en: 'Most numbers in this text use {expected}; {number} does not: use one digit system',
      },
      persian: {
        ar: 'أرقام فارسية في العدد {number}: النص العربي يُكتب بالأرقام {expected}',
        en: 'Persian digits in {number}: Arabic copy uses {expected}',
      },
      mixed: {
        ar: 'العدد {number} يخلط بين نظامين من الأرقام',
        en: 'The number {number} mixes two digit systems',
      },
      punctuation: {
        ar: 'فواصل العدد {number} أو علامة النسبة فيه من غير نظام أرقامه ({expected})',
        en: 'The separators or percent sign of {number} do not match its digits ({expected})',
      },
      convert: { ar: 'حوّل إلى {text}', en: 'Convert to {text}' },
    },
    docs: {
      description: {
        ar: 'نظام واحد للأرقام في النص: الأرقام الغربية (0-9) أو الأرقام الهندية (٠-٩)',
        en: 'One digit system in the copy: Western (0-9) or Arabic-Indic (٠-٩)',
      },
      explanation: {
        ar:
          'يُكتب النص كله بنظام أرقام واحد يحدده أسلوب التحرير (الخيار system: western أو arabic-indic)، أو بالنظام الغالب في النص (consistent، وعند التعادل الأرقام 0-9). ' +
          'الأرقام الفارسية (۴۵۶) خطأ دائما في النص العربي، وكذلك العدد الذي يخلط نظامين (20١٩). ' +
          'الإصلاح يحوّل العدد كله مع فواصله وعلامة النسبة: , . % في الأرقام 0-9، و٬ ٫ ٪ في الأرقام ٠-٩؛ والعدد ذو النقطتين فأكثر (رقم إصدار 2.3.1، تاريخ 16.10.2026، عنوان 192.168.1.1) تبقى نقاطه، ويُعرض تحويله إلى الأرقام الهندية دون أن يُطبَّق تلقائيا. ' +
          'لا تُمس الأرقام داخل الكلمات اللاتينية (COVID-19، 5G) والروابط والبريد الإلكتروني والحسابات والوسوم والشيفرة، ولا يُحوَّل إلى الهندية عددٌ مجاور لكلمة لاتينية (iPhone 15).',
        en:
          'The copy uses one digit system, set by the house style (option system: western or arabic-indic) or taken from the document’s majority (consistent; Western on a tie). ' +
          'Persian digits (۴۵۶) are always wrong in Arabic copy, and so is a number that mixes systems (20١٩). ' +
          'The fix converts the whole number with its separators and percent sign: , . % with 0-9, ٬ ٫ ٪ with ٠-٩; a number with two dots or more (a version 2.3.1, a date 16.10.2026, an address 192.168.1.1) keeps its dots, and its conversion to Arabic-Indic is offered, not applied. ' +
          'Digits inside Latin words (COVID-19, 5G), URLs, e-mail addresses, @handles, #hashtags and code are left alone, and a number beside a Latin word (iPhone 15) is never converted to Arabic-Indic.',
      },
      good: 'ارتفعت الصادرات بنسبة 3.5% في عام 2019 لتبلغ 1,500 مليون دولار.',
      bad: 'ارتفعت الصادرات بنسبة 3.5% في عام 20١٩ لتبلغ 1,500 مليون دولار.',
      // an Arabic-Indic house (pan-arab), or a draft whose majority is Arabic-Indic
      alternates: [
        {
          options: { system: 'arabic-indic' },
          fixPattern: /[٠-٩]/,
          good: 'ارتفعت الصادرات بنسبة ٣٫٥٪ في عام ٢٠١٩ لتبلغ ١٬٥٠٠ مليون دولار.',
          bad: 'ارتفعت الصادرات بنسبة ٣٫٥٪ في عام 2019 لتبلغ ١٬٥٠٠ مليون دولار.',
        },
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const tokens = doc.tokens;
    const policy = ctx.options.system ?? 'consistent';
    if (!POLICIES.includes(policy)) {
      throw new Error(`digit-system: option "system" must be "western", "arabic-indic" or "consistent", not ${JSON.stringify(policy)}`);
    }

    // The number tokens, their classes and contexts; the majority for "consistent".
    const numbers = findNumbers(doc);
    if (numbers.length === 0) return;
    let western = 0;
    let eastern = 0;
    for (const { flags: f, latin } of numbers) {
      if (latin) continue;
      const w = (f & W_DIGIT) !== 0;
      const e = (f & (A_DIGIT | P_DIGIT)) !== 0;
      if (w && !e) western++;
      else if (e && !w) eastern++;
    }
    const consistent = policy === 'consistent';
    const target: Target = consistent ? (eastern > western ? 'arabic-indic' : 'western') : policy;

    // Report.
    for (const { token: k, flags, latin } of numbers) {
      const t = tokens[k];
      let f = flags;
      let end = t.end;
      const pct = detachedPercent(text, tokens, k);
      if (pct >= 0) {
        end = tokens[pct].end;
        f |= text.charCodeAt(tokens[pct].start) === 0x25 ? W_PUNCT : A_PUNCT;
      }
      const w = (f & W_DIGIT) !== 0;
      const a = (f & A_DIGIT) !== 0;
      const p = (f & P_DIGIT) !== 0;
      // Beside a Latin word a number may stay Western even under an Arabic-Indic policy.
      let tokTarget: Target = target;
      if (latin && target === 'arabic-indic') tokTarget = a && !w && !p ? 'arabic-indic' : 'western';

      let messageId: string;
      if (w && (a || p)) messageId = 'mixed';
      else if (p) messageId = 'persian';
      else if ((tokTarget === 'western' && a) || (tokTarget === 'arabic-indic' && w)) messageId = consistent ? 'minoritySystem' : 'wrongSystem';
      else if ((tokTarget === 'western' && f & A_PUNCT) || (tokTarget === 'arabic-indic' && f & W_PUNCT)) messageId = 'punctuation';
      else continue;

      const dotted = dots(text, t.start, end) >= 2;
      const converted = convertNumber(text, t.start, end, tokTarget, dotted);
      const original = text.slice(t.start, end);
      if (converted === original) continue;
      ctx.report({
        start: t.start,
        end,
        messageId,
        data: { number: original, expected: SAMPLE[tokTarget] },
        // (into Arabic-Indic digits, a dotted number may be an identifier that must stay as it is
        // written, a version or an address: offered, not applied; a dotted date is offered too)
        fixes: [{ messageId: 'convert', data: { text: converted }, edits: [{ start: t.start, end, text: converted }], preferred: tokTarget === 'western' || !dotted }],
      });
    }
  },
};

export default rule;
