// quote-style: one kind of quotation marks, as the house style says: guillemets «…» or
// double quotes "…" (straight or curly “…”, which count as the same style). With
// `consistent` (the default) the style most pairs in the document use wins; on a tie, «…» is
// offered for the others, never applied.
//
// Pairs are found per paragraph: guillemets by nesting, straight and curly quotes by
// alternation (in right-to-left typing ” often opens as well as closes, so the glyph is
// not trusted), and only when a paragraph holds an even number of them; odd counts are
// the unbalanced-pairs rule's business.
// The fix is applied by fix-all only when the pairing is certain. Alternation is checked
// against where each mark stands (after a space and before a word it opens, after a word
// and before a space or mark it closes): when a mark contradicts its place, the quotes
// are nested ("… هذه "BBC" التي …") or one is missing, and the marks are paired by where
// they stand instead; if that fails too, the paragraph's quotes of that kind are left
// alone. A pair is then only a suggestion, and so is every pair of a paragraph holding
// an unpaired mark (an unclosed « or ", an odd count), whose nesting is unknown, and a
// pair of two marks that both stand between spaces (`" a " b " c "`) among others.
// A pair nested inside another pair is a quote
// within a quote, which houses mark differently on purpose: it is left alone, as is a pair
// inside a Markdown blockquote (the quoted tweet's or statement's own marks). So is a
// pair in Latin text (no Arabic letter inside and a Latin word beside it, or no Arabic
// word on either side).
// The fix replaces both marks of the pair at once. The finding covers the opening mark
// (the closing one is given as related information); when a pair spans lines it covers
// the whole quotation, so the fix never edits outside its finding's lines.

import { optionDoc } from '../../messages';
import type { Rule } from '../../types';
import { isArabicLetter } from '../../text/chars';
import { inBlockquote } from '../../text/quotations';
import { pairMarksByParagraph, sideOf, type PairMark } from './shared';

type Style = 'guillemets' | 'double';

interface Options {
  style: Style | 'consistent';
}

interface Pair {
  open: number;
  close: number;
  /** token indices of the two marks */
  openTok: number;
  closeTok: number;
  style: Style;
  nested: boolean;
  /** The pairing is certain: fix-all may apply the fix. */
  certain: boolean;
}

/** Straight or curly quotes paired by alternation, or undefined when a mark's place contradicts its turn. */
function byAlternation(list: PairMark[]): Array<[PairMark, PairMark]> | undefined {
  const out: Array<[PairMark, PairMark]> = [];
  for (let k = 0; k + 1 < list.length; k += 2) {
    if (list[k].role === 'close' || list[k + 1].role === 'open') return undefined;
    out.push([list[k], list[k + 1]]);
  }
  return out;
}

/** Straight or curly quotes paired by where each stands (so nested quotes pair up), or undefined when one's place is unclear or they do not balance. */
function byRoles(list: PairMark[]): Array<[PairMark, PairMark]> | undefined {
  const out: Array<[PairMark, PairMark]> = [];
  const open: PairMark[] = [];
  for (const m of list) {
    if (m.role === 'open') open.push(m);
    else if (m.role === 'close' && open.length) out.push([open.pop()!, m]);
    else return undefined;
  }
  return open.length ? undefined : out;
}

const rule: Rule<Options> = {
  meta: {
    id: 'quote-style',
    category: 'punctuation',
    defaultSeverity: 'info',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        style: {
          enum: ['guillemets', 'double', 'consistent'],
          default: 'consistent',
          ...optionDoc({ en: 'guillemets: «…»; double: "…" or “…”; consistent: the style most quotations in the document use.', ar: 'guillemets: «…»؛ double: "…" أو “…”؛ consistent: الأسلوب الذي تستعمله أغلب الاقتباسات في المستند.' }),
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { style: 'consistent' },
    messages: {
      useGuillemets: { ar: 'أسلوب التحرير يستعمل علامتي التنصيص «…» لا {open}…{close}', en: 'House style quotes with «…», not {open}…{close}' },
      useDouble: { ar: 'أسلوب التحرير يستعمل علامتي التنصيص "…" لا {open}…{close}', en: 'House style quotes with "…", not {open}…{close}' },
      majorityGuillemets: { ar: 'معظم الاقتباسات في النص بعلامتي «…»: وحّد هذا الاقتباس {open}…{close} معها', en: 'Most quotations in this text use «…»: make this {open}…{close} match' },
      majorityDouble: { ar: 'معظم الاقتباسات في النص بعلامتي "…": وحّد هذا الاقتباس {open}…{close} معها', en: 'Most quotations in this text use "…": make this {open}…{close} match' },
      tie: { ar: 'نصف الاقتباسات في النص بعلامتي «…» ونصفها بعلامتي "…": وحّدها، والمعتاد «…»', en: 'Half the quotations in this text use «…» and half "…": make them one style, «…» as a rule' },
      closingMark: { ar: 'علامة الإغلاق المقابلة', en: 'The matching closing mark' },
      toGuillemets: { ar: 'استعمل «…»', en: 'Use «…»' },
      toDouble: { ar: 'استعمل "…"', en: 'Use "…"' },
    },
    docs: {
      description: { ar: 'نوع علامات التنصيص: «…» أو "…"', en: 'Which quotation marks: «…» or "…"' },
      explanation: {
        ar: 'يعتمد أسلوب التحرير نوعا واحدا من علامات التنصيص، وخلطها في الخبر الواحد يدل على نص مجمّع من مصادر بلا تحرير. الخيار style يحدد النوع، وconsistent (الافتراضي) يتبع ما يغلب على النص. لا تُمس الاقتباسات داخل اقتباس ولا النصوص اللاتينية.',
        en: 'A house picks one kind of quotation marks; mixing them in one story shows copy pieced together without editing. The style option sets the kind; consistent (the default) follows what most of the text uses. Quotes inside quotes and Latin text are left alone.',
      },
      good: 'قال الوزير «نعمل على خطة» وأضاف «سننفذها» ثم ختم «لن نتأخر».',
      bad: 'قال الوزير «نعمل على خطة» وأضاف «سننفذها» ثم ختم "لن نتأخر".',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const text = doc.text;
    const pairs: Pair[] = [];

    const pair = (o: PairMark, c: PairMark, style: Style, certain: boolean): void => {
      pairs.push({ open: o.start, close: c.start, openTok: o.token, closeTok: c.token, style, nested: false, certain });
    };
    // each paragraph's quotation marks, paired within it
    for (const marks of pairMarksByParagraph(doc)) {
      const first = pairs.length;
      // every mark of the paragraph found its partner with certainty
      let sure = true;
      const guillemets: PairMark[] = []; // open ones
      const straight: PairMark[] = [];
      const curly: PairMark[] = [];
      for (const m of marks) {
        if (m.code === 0xab) guillemets.push(m);
        else if (m.code === 0xbb) {
          if (guillemets.length) pair(guillemets.pop()!, m, 'guillemets', true);
          else sure = false;
        } else if (m.code === 0x22) straight.push(m);
        else if (m.code === 0x201c || m.code === 0x201d) curly.push(m);
      }
      if (guillemets.length) sure = false;
      for (const list of [straight, curly]) {
        if (list.length % 2 !== 0) {
          sure = false;
          continue;
        }
        const alternating = byAlternation(list);
        if (alternating) {
          // two marks pair up whatever their places; among more, a pair with neither mark clearly placed is a guess
          for (const [o, c] of alternating) pair(o, c, 'double', list.length === 2 || o.role === 'open' || c.role === 'close');
        } else {
          sure = false;
          for (const [o, c] of byRoles(list) ?? []) pair(o, c, 'double', false);
        }
      }
      if (!sure) for (let q = first; q < pairs.length; q++) pairs[q].certain = false;
    }
    if (pairs.length === 0) return;

    // Nesting: a pair that starts before an enclosing pair closes is inner (or crossing).
    pairs.sort((a, b) => a.open - b.open);
    const open: Pair[] = [];
    for (const p of pairs) {
      while (open.length && open[open.length - 1].close < p.open) open.pop();
      if (open.length) p.nested = true;
      open.push(p);
    }

    // Top-level pairs in Arabic text.
    const kept: Pair[] = [];
    for (const p of pairs) {
      // a pair inside a Markdown blockquote is a quote within the quoted tweet or statement
      if (p.nested || (doc.languageId === 'markdown' && inBlockquote(doc, doc.lineIndexAt(p.open)))) continue;
      let arabic = false;
      for (let k = p.open + 1; k < p.close; k++) {
        const c = text.charCodeAt(k);
        if (c >= 0x0621 && c <= 0x06d3 && isArabicLetter(c)) {
          arabic = true;
          break;
        }
      }
      if (!arabic) {
        const l = sideOf(doc, p.openTok, -1);
        const r = sideOf(doc, p.closeTok, 1);
        if (l === 'latin' || r === 'latin' || (l !== 'arabic' && r !== 'arabic')) continue;
      }
      kept.push(p);
    }
    if (kept.length === 0) return;

    let target: Style;
    let messageId: string;
    let tie = false;
    if (options.style === 'guillemets' || options.style === 'double') {
      target = options.style;
      messageId = target === 'guillemets' ? 'useGuillemets' : 'useDouble';
    } else {
      let g = 0;
      for (const p of kept) if (p.style === 'guillemets') g++;
      const d = kept.length - g;
      // on a tie no style is the draft's: «…», the Arabic press's own marks, offered (the sports
      // desk's two and two were all made "…", the first pair's style)
      tie = g === d;
      target = g > d ? 'guillemets' : d > g ? 'double' : 'guillemets';
      messageId = tie ? 'tie' : target === 'guillemets' ? 'majorityGuillemets' : 'majorityDouble';
    }
    // (into "…", the marks the draft's own double quotes use: curly “…” where it writes them, as
    // the fix-all reader's headline «71» became a straight "71" among curly quotes)
    const model = target === 'double' ? kept.find((p) => p.style === 'double') : undefined;
    const [o, c] = target === 'guillemets' ? ['«', '»'] : model ? [text[model.open], text[model.close]] : ['"', '"'];
    for (const p of kept) {
      if (p.style === target) continue;
      const sameLine = doc.lineIndexAt(p.open) === doc.lineIndexAt(p.close);
      ctx.report({
        start: p.open,
        end: sameLine ? p.open + 1 : p.close + 1,
        messageId,
        data: { open: text[p.open], close: text[p.close] },
        related: sameLine ? [{ start: p.close, end: p.close + 1, messageId: 'closingMark' }] : undefined,
        fixes: [
          {
            messageId: target === 'guillemets' ? 'toGuillemets' : 'toDouble',
            edits: [
              { start: p.open, end: p.open + 1, text: o },
              { start: p.close, end: p.close + 1, text: c },
            ],
            preferred: p.certain && !tie,
          },
        ],
      });
    }
  },
};

export default rule;
