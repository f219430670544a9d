// presentation-forms: Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFC) are the
// shaped glyphs a PDF stores; text copied out of a PDF press release arrives as `ﻃﻠﻌﺖ`,
// which looks like `طلعت` and matches nothing. One finding per maximal run of them within
// a word (diacritics between two forms stay inside the run, untouched); the fix replaces
// every form by its NFKC normalisation, so `ﻃﻠﻌﺖ` → `طلعت` and the lam-alef ligatures
// expand to two letters (`ﻻ` → `لا`, `ﻷ` → `لأ`). A line holding three runs or more (a line
// pasted out of a PDF: one article in the corpus gave 190 findings, a word each) is one
// finding, whose one fix converts every run of the line.
// Details:
// - Forms without a compatibility decomposition (ornate parentheses ﴾﴿, the honorific
//   symbols U+FD40–FD4F, U+FBB2–FBC1 marks, the basmala ﷽) are symbols, not shaped
//   letters: not reported. The rial sign ﷼ U+FDFC is a currency sign: not reported.
// - The phrase ligatures ﷺ U+FDFA and ﷻ U+FDFB are typed on purpose: reported with
//   message `phraseLigature` and the written-out phrase only as a suggestion (with a space
//   added where the symbol is glued to a word: `محمدﷺ` → `محمد صلى الله عليه وسلم`). So is
//   ﷵ U+FDF5, the eulogy's abbreviation: its NFKC letters `صلعم` are an abbreviation no
//   newsroom prints, so the suggestion is the phrase it stands for.
// - ﷰ ﷱ U+FDF0–FDF1 are Koranic stop signs (NFKC: `صلے`, `قلے`, with Urdu yeh barree), marks
//   in a verse, not letters: not reported, like the other symbols.
// - ﷳ U+FDF3 is «أكبر», but NFKC spells it without its hamza (`اكبر`): the fix writes أكبر.
// - NFKC writes the isolated diacritic forms (ﹰ U+FE70, ﱞ U+FC5E …) as a space plus the
//   mark; after a letter the space is dropped so the mark stays on its letter. Not after a
//   letter (`علامة التنوين ﹰ`) the form is the way to show a mark on its own: the fix (a
//   space or tatweel carrying the combining mark) is only offered. The medial forms (ﹷ
//   U+FE77, ﹱ U+FE71, ﳲ U+FCF2 …) are NFKC a tatweel carrying the mark: after a letter the
//   tatweel is only the glyph's carrier, and the fix writes the mark alone (`كﹷتب` → `كَتب`,
//   not `كـَتب`, which `tatweel` would then report).
// - Persian presentation forms (ﯼ ﮎ) become Persian letters (ی ک), which
//   `persian-letters` then reports in turn.

import type { Rule } from '../../types';
import { isArabicWordChar, isDiacritic, TATWEEL } from '../../text/chars';

const PHRASE_LIGATURES = new Set([0xfdf5, 0xfdfa, 0xfdfb]);
const RIAL_SIGN = 0xfdfc;
/** Koranic stop signs: marks, not letters. */
const STOP_SIGNS = new Set([0xfdf0, 0xfdf1]);
/** Where NFKC is not the spelling: ﷳ is أكبر with its hamza. */
const SPELLING: Record<number, string> = { 0xfdf3: 'أكبر' };
/** What a phrase ligature stands for (NFKC, except ﷵ whose NFKC is the abbreviation صلعم). */
const PHRASE: Record<number, string> = { 0xfdf5: 'صلى الله عليه وسلم' };

/** Every code unit from U+FB50 up (presentation forms and the phrase ligatures live there). */
const HIGH_RE = /[\ufb50-\uffff]/g;

let table: Map<number, string> | undefined;

/** Presentation form → its replacement, for every form this rule fixes (built on first use). */
function replacements(): Map<number, string> {
  if (!table) {
    table = new Map();
    const ranges: Array<[number, number]> = [
      [0xfb50, 0xfdff],
      [0xfe70, 0xfefc],
    ];
    for (const [a, b] of ranges) {
      for (let c = a; c <= b; c++) {
        if (c === RIAL_SIGN || PHRASE_LIGATURES.has(c) || STOP_SIGNS.has(c)) continue;
        const s = String.fromCharCode(c);
        const n = SPELLING[c] ?? s.normalize('NFKC');
        if (n !== s) table.set(c, n);
      }
    }
  }
  return table;
}

/** A space or tatweel carrying marks: NFKC of an isolated or medial diacritic form. */
function isCarriedMark(n: string): boolean {
  const first = n.charCodeAt(0);
  return (first === 0x20 || first === TATWEEL) && n.length > 1 && isDiacritic(n.charCodeAt(1));
}

/** The replacement text of one form, given whether a letter precedes it. */
function replacementOf(c: number, afterLetter: boolean): string {
  const n = replacements().get(c)!;
  if (afterLetter && isCarriedMark(n)) return n.slice(1);
  return n;
}

/** A maximal run of presentation forms within a word, and what the fix writes for it. */
interface Run {
  start: number;
  end: number;
  normal: string;
  preferred: boolean;
}

/** From this many runs on one line (a line pasted out of a PDF), they are one finding. */
const LINE_RUNS = 3;

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'presentation-forms',
    category: 'orthography',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      forms: {
        ar: 'حروف بأشكال العرض ({text}) منسوخة من ملف PDF: تبدو سليمة ولا يجدها البحث. اكتبها {normal}',
        en: 'Letters in presentation forms ({text}) copied out of a PDF: they look right but search cannot find them. Write {normal}',
      },
      phraseLigature: {
        ar: 'رمز مركّب ({text}) بدل عبارة مكتوبة: اكتب «{normal}» إن كان أسلوب التحرير يقتضي ذلك',
        en: 'Ligature symbol ({text}) for a phrase: write “{normal}” if the house style spells it out',
      },
      normalise: { ar: 'اكتب {normal}', en: 'Write {normal}' },
      formsLine: {
        ar: 'سطر منسوخ من ملف PDF بأشكال عرض الحروف ({count, plural, one {موضع واحد} two {موضعان} few {# مواضع} many {# موضعًا} other {# موضع}}): يبدو سليما ولا يجده البحث. حوّله إلى حروف',
        en: 'A line copied out of a PDF in presentation forms ({count, plural, one {# place} other {# places}}): it looks right but search cannot find it. Convert it to letters',
      },
      normaliseLine: { ar: 'حوّل السطر إلى حروف', en: 'Convert the line to letters' },
    },
    docs: {
      description: { ar: 'أشكال العرض العربية المنسوخة من ملفات PDF', en: 'Arabic presentation forms copied out of PDF files' },
      explanation: {
        ar: 'ملفات PDF تخزن أشكال الحروف المتصلة لا الحروف نفسها، فالنص المنسوخ من بيان صحفي بصيغة PDF يبدو سليما لكن البحث ومطابقة الأسماء والتدقيق لا تجده. يضع الإصلاح مكان كل شكل حرفه (تطبيع NFKC)، ويفك لام ألف إلى حرفين. والسطر المنسوخ كله من PDF (ثلاثة مواضع فأكثر) ملاحظة واحدة بإصلاح واحد للسطر كله.',
        en: 'PDF files store shaped glyphs, not letters, so text copied out of a PDF press release looks right while search, name matching and checking cannot find it. The fix replaces every form with its letter (NFKC normalisation) and expands lam-alef into two letters. A line copied out of a PDF whole (three places or more) is one finding with one fix for the line.',
      },
      good: 'التقى الدكتور عمرو طلعت وزير الاتصالات.',
      bad: 'التقى الدكتور عمرو ﻃﻠﻌﺖ وزير الاتصالات.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const table = replacements();
    // The runs of one line, reported together when there are LINE_RUNS or more (a line pasted
    // out of a PDF: one finding and one fix, not one per word), each alone otherwise.
    let runs: Run[] = [];
    let runsLine = -1;
    const flush = () => {
      if (runs.length >= LINE_RUNS && runs.every((r) => r.preferred)) {
        ctx.report({
          start: runs[0].start,
          end: runs[runs.length - 1].end,
          messageId: 'formsLine',
          data: { count: runs.length },
          fixes: [{ messageId: 'normaliseLine', edits: runs.map((r) => ({ start: r.start, end: r.end, text: r.normal })), preferred: true }],
        });
      } else {
        for (const r of runs) {
          ctx.report({
            start: r.start,
            end: r.end,
            messageId: 'forms',
            data: { text: text.slice(r.start, r.end), normal: r.normal },
            fixes: [{ messageId: 'normalise', data: { normal: r.normal }, edits: [{ start: r.start, end: r.end, text: r.normal }], preferred: r.preferred }],
          });
        }
      }
      runs = [];
    };
    // Only a word holding a code unit from U+FB50 up can hold a finding.
    for (const ti of doc.wordsMatching(HIGH_RE)) {
      const tok = doc.tokens[ti];
      const line = doc.lineIndexAt(tok.start);
      if (line !== runsLine) {
        flush();
        runsLine = line;
      }
      for (let i = tok.start; i < tok.end; i++) {
        const c = text.charCodeAt(i);
        if (c < 0xfb50) continue;
        if (PHRASE_LIGATURES.has(c)) {
          const normal = PHRASE[c] ?? String.fromCharCode(c).normalize('NFKC');
          // glued to a word on either side: the written-out phrase needs its spaces
          const glued = (d: number) => isArabicWordChar(d) || (d >= 0x30 && d <= 0x39) || (d >= 0x41 && d <= 0x5a) || (d >= 0x61 && d <= 0x7a);
          const written = (i > 0 && glued(text.charCodeAt(i - 1)) ? ' ' : '') + normal + (i + 1 < text.length && glued(text.charCodeAt(i + 1)) ? ' ' : '');
          ctx.report({
            start: i,
            end: i + 1,
            messageId: 'phraseLigature',
            data: { text: text[i], normal },
            fixes: [{ messageId: 'normalise', data: { normal }, edits: [{ start: i, end: i + 1, text: written }], preferred: false }],
          });
          continue;
        }
        if (!table.has(c)) continue;
        // Extend the run over further forms, and over diacritics that are followed by a form.
        let j = i + 1;
        let k = j;
        while (k < tok.end) {
          const d = text.charCodeAt(k);
          if (table.has(d)) j = ++k;
          else if (isDiacritic(d)) k++;
          else break;
        }
        let normal = '';
        // a lone mark form with no letter before it: a mark shown on its own, the fix only offered
        let standaloneMark = false;
        for (let p = i; p < j; p++) {
          const d = text.charCodeAt(p);
          if (!table.has(d)) {
            normal += text[p];
            continue;
          }
          const afterLetter = p > i ? true : p > 0 && isArabicWordChar(text.charCodeAt(p - 1));
          if (!afterLetter && j === i + 1 && isCarriedMark(table.get(d)!)) standaloneMark = true;
          normal += replacementOf(d, afterLetter);
        }
        runs.push({ start: i, end: j, normal, preferred: !standaloneMark });
        i = j - 1;
      }
    }
    flush();
  },
};

export default rule;
