// unbalanced-pairs: a quotation mark or bracket opened and never closed (or closed and
// never opened) within its paragraph: «…, …», (…, …), […, …], and an odd number of
// straight " or curly “ ” quotes. A paragraph whose marks do not balance is paired with the
// next lines of its block that do not balance either (pairMarksByParagraph: a quotation over
// several one-line paragraphs). The finding points at the unmatched mark. Not fixable:
// only the writer knows where the quotation ends.
//
// Guillemets and brackets are matched by nesting, each kind on its own. A guillemet typed
// the wrong way round is one fault, reported once at the wrong mark, not also at its
// partner: a » glued to the word after it behind a bare proclitic (`و»الأصمعيات»`,
// `بـ»إيران جيت»`, `لـ»مواقعنا`) can only open, so it is reported and then waits for its
// closing » like any opening mark; so does a » that closes nothing behind a colon
// (`وتابع:»ليس …»`) or with another » after it on its line before any « (`ويضيف» فرحنا
// … المزيد»`); such an opening closes only on its own line. A « followed by a
// comma, a full stop or its line's end (`« التثوير العربي «،`) can only close: it is
// reported and closes the quotation before it.
// Straight and curly quotes are counted per paragraph; when a paragraph holds an odd
// number, the marks are paired by nesting as their places say (a mark after a space and
// before a word opens, and so does one glued between a bare proclitic and a word; a mark
// after a word and before a space or mark closes, and so does one before a comma, a full
// stop or its line's end; one whose place says neither closes the quotation open on its
// line unless the next mark closes, and else opens one), so that a quotation
// nested in another (`: "أن أول من غنى … هو "إبراهيم الدوسري" من دارين"`) is not taken
// for two faults, and the marks left over are reported.
// Not flagged: `)` ending a list label at the start of a line (`1)`, `أ)`), and the
// emoticon-like `:)`.

import { isArabicWordChar, isSpace } from '../../text/chars';
import { beforeSentencePunctuation, isLetterOrDigit } from '../../text/quotations';
import type { Rule } from '../../types';
import { pairMarksByParagraph, type PairMark, type QuoteRole } from './shared';

/** The letters of a bare proclitic glued to a following mark: و ف ب ل ك and ال with their stacks (folded, tatweel dropped). */
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وب', 'ول', 'فب', 'فل', 'وك', 'فك', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وبال', 'فبال', 'وكال']);

const TATWEEL = 0x640;

/** The mark at p is glued to a word after it. */
function wordAfter(text: string, p: number): boolean {
  return p + 1 < text.length && isLetterOrDigit(text.charCodeAt(p + 1));
}

/** The mark at p is glued to a bare proclitic before it (`و»`, `بـ»`, `الـ»`): it starts a word, so it can only open. */
function afterBareProclitic(text: string, p: number): boolean {
  let k = p - 1;
  let letters = '';
  while (k >= 0 && isArabicWordChar(text.charCodeAt(k)) && letters.length < 5) {
    const c = text.charCodeAt(k);
    // diacritics and tatweel are part of the proclitic's spelling, not letters of their own
    if (c !== TATWEEL && !(c >= 0x64b && c <= 0x65f) && c !== 0x670) letters = text[k] + letters;
    k--;
  }
  if (letters.length === 0 || (k >= 0 && isArabicWordChar(text.charCodeAt(k)))) return false;
  return PROCLITICS.has(letters.replace(/[أإآ]/g, 'ا'));
}

/** A colon before the mark at p on its line, spaces between allowed (`وتابع:»ليس`, `اللواء:» نحن`). */
function afterColon(text: string, p: number): boolean {
  let k = p - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k >= 0 && text.charCodeAt(k) === 0x3a;
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
      reversed: { ar: 'العلامة {mark} مقلوبة: موضعها يقتضي {right}', en: '{mark} is typed the wrong way round: where it stands it should be {right}' },
    },
    docs: {
      description: { ar: 'علامات تنصيص وأقواس بلا نظير', en: 'Quotation marks and brackets without a partner' },
      explanation: {
        ar: 'اقتباس لم يُغلق يجعل القارئ لا يعرف أين ينتهي كلام المصدر وأين يبدأ كلام الصحيفة، وقوس مفتوح يعلّق الجملة. يُفحص كل زوج داخل الفقرة: «» و“” و"" و() و[]. وفي النص العادي الذي يكتب كل فقرة في سطر، يمتد الاقتباس الذي لم يُغلق في سطره إلى الأسطر التالية حتى سطر فارغ (أربعة أسطر على الأكثر).',
        en: 'An unclosed quotation leaves the reader unsure where the source stops talking and the paper resumes; an open bracket leaves the sentence hanging. Each pair is checked within its paragraph: «», “”, "", () and []. In plain text written a paragraph a line, a quotation left open on its line may close on the lines after it, up to a blank line (four lines at most).',
      },
      good: 'قال الوزير «نعمل على خطة (للمرحلة الثانية) ستنفذ قريبا».',
      bad: 'قال الوزير «نعمل على خطة (للمرحلة الثانية ستنفذ قريبا.',
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    const report = (pos: number, messageId: string) => ctx.report({ start: pos, end: pos + 1, messageId, data: { mark: text[pos] } });
    /** A guillemet typed the wrong way round: « where a quotation closes, » where one opens. */
    const reversed = (pos: number) => ctx.report({ start: pos, end: pos + 1, messageId: 'reversed', data: { mark: text[pos], right: text[pos] === '«' ? '»' : '«' } });
    const lineOf = (pos: number) => ctx.doc.lineIndexAt(pos);
    /** A quote's role, from its place (PairMark.role) and what only an opening or a closing mark can stand beside. */
    const roleOf = (m: PairMark): QuoteRole => {
      if (beforeSentencePunctuation(text, m.start)) return 'close';
      if (m.role === 'unclear' && wordAfter(text, m.start) && afterBareProclitic(text, m.start)) return 'open';
      return m.role;
    };

    for (const marks of pairMarksByParagraph(ctx.doc)) {
      /** Is the next guillemet on the line of marks[mi] a »: one » closing nothing, another after it (ويضيف» فرحنا … حل»)? Then the first opens. */
      const closedOnItsLine = (mi: number): boolean => {
        const line = lineOf(marks[mi].start);
        for (let k = mi + 1; k < marks.length && lineOf(marks[k].start) === line; k++) {
          if (marks[k].code === 0xbb) return true;
          if (marks[k].code === 0xab) return false;
        }
        return false;
      };
      // guillemets: an opening typed as » waits (reported already) for its closing » like any «
      const guil: Array<{ pos: number; reported: boolean }> = [];
      const paren: number[] = [];
      const square: number[] = [];
      const straight: PairMark[] = [];
      const curly: PairMark[] = [];
      for (let mi = 0; mi < marks.length; mi++) {
        const m = marks[mi];
        const p = m.start;
        // an opening typed as » closes only on its own line: past it, it is left as reported
        if (m.code === 0xab || m.code === 0xbb) while (guil.length && guil[guil.length - 1].reported && lineOf(guil[guil.length - 1].pos) !== lineOf(p)) guil.pop();
        switch (m.code) {
          case 0xab:
            if (beforeSentencePunctuation(text, p)) {
              // a closing mark typed as «: the fault is here, and it closes the quotation before it
              reversed(p);
              guil.pop();
            } else guil.push({ pos: p, reported: false });
            break;
          case 0x28:
            paren.push(p);
            break;
          case 0x5b:
            square.push(p);
            break;
          case 0xbb:
            if (wordAfter(text, p) && afterBareProclitic(text, p)) {
              reversed(p);
              guil.push({ pos: p, reported: true });
            } else if (guil.length) guil.pop();
            else if (afterColon(text, p) || closedOnItsLine(mi)) {
              reversed(p);
              guil.push({ pos: p, reported: true });
            } else report(p, 'unopened');
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
      for (const g of guil) if (!g.reported) report(g.pos, 'unclosed');
      for (const s of [paren, square]) for (const p of s) report(p, 'unclosed');
      for (const list of [straight, curly]) {
        if (list.length % 2 === 0) continue;
        // Paired by nesting as each mark's place says; the marks left over are the fault. A
        // mark whose place says neither closes the quotation open on its line unless the
        // next mark closes (then it opens: `التشغيل"Android"`).
        const open: PairMark[] = [];
        for (let k = 0; k < list.length; k++) {
          const m = list[k];
          const role = roleOf(m);
          if (role === 'open') open.push(m);
          else if (role === 'close') {
            if (open.length) open.pop();
            else report(m.start, 'unpairedQuote');
          } else if (open.length && lineOf(open[open.length - 1].start) === lineOf(m.start) && (k + 1 >= list.length || roleOf(list[k + 1]) !== 'close')) open.pop();
          else open.push(m);
        }
        for (const m of open) report(m.start, 'unpairedQuote');
      }
    }
  },
};

export default rule;
