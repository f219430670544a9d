// title-abbreviation: abbreviated titles (د. م. أ.د.) written out, or the reverse, as
// the house prefers. An abbreviation counts only before a name: "2004 م." is a year.
// A quotation keeps its words (a tweet quoted with its «د. الطريفي، د. خوجه»), and a name
// glued to the dot (د.مازن) gets its space back with the full title (الدكتور مازن).

import { lexiconKnows } from '../../lexicon';
import { originalPrefixLength, segment } from '../../text/arabic';
import { foldChar } from '../../text/fold';
import type { AnalysedDocument } from '../../text/document';
import { optionDoc } from '../../messages';
import type { Rule } from '../../types';
import { inQuotation, joinProclitic, withProclitics } from './titles';

interface Options {
  prefer: 'full' | 'abbreviated';
}

/** Abbreviations as token sequences: letters separated by dots. Longest first. */
const ABBR: Array<{ letters: string[]; full: string; abbr: string }> = [
  { letters: ['ا', 'د'], full: 'الأستاذ الدكتور', abbr: 'أ.د.' },
  { letters: ['د'], full: 'الدكتور', abbr: 'د.' },
  { letters: ['م'], full: 'المهندس', abbr: 'م.' },
];

const FULL_TO_ABBR = new Map([
  ['الدكتور', 'د.'],
  ['الدكتوره', 'د.'],
  ['المهندس', 'م.'],
  ['المهندسه', 'م.'],
]);

const FULL_FORMS = withProclitics(FULL_TO_ABBR.keys());

/**
 * The folded words that can start an abbreviation: its first letter after a proclitic
 * reading of segment() that the rule keeps (و/ف, then ب/ل/ك; no article, no س). One set
 * lookup sets aside every other short word (في، من، على …) before any segmenting.
 */
const ABBR_STARTS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const a of ABBR) for (const c of ['', 'و', 'ف']) for (const p of ['', 'ب', 'ل', 'ك']) out.add(c + p + a.letters[0]);
  return out;
})();

/** Words after a full title that show it is not followed by a name. */
const NOT_A_NAME = new Set(['في', 'من', 'الي', 'علي', 'عن', 'ان', 'انه', 'الذي', 'التي', 'كان', 'قال', 'مع', 'و', 'او']);

function skipSpaces(doc: AnalysedDocument, k: number): number {
  while (k < doc.tokens.length && (doc.tokens[k].kind === 'space' || doc.tokens[k].kind === 'format')) k++;
  return k;
}

/** Match an abbreviation at token i: returns the index of the last dot token, or -1. */
function matchAbbr(doc: AnalysedDocument, i: number, letters: string[], firstNorm: string): number {
  let k = i;
  for (let n = 0; n < letters.length; n++) {
    const t = doc.tokens[k];
    if (!t || t.kind !== 'word' || (n === 0 ? firstNorm : t.norm) !== letters[n]) return -1;
    const dot = doc.tokens[k + 1];
    const isDot = dot && dot.kind === 'punct' && doc.text[dot.start] === '.';
    if (!isDot) return n === letters.length - 1 && letters.length > 1 ? k : -1; // أ.د without the last dot
    k = k + 1;
    if (n < letters.length - 1) k = skipSpaces(doc, k + 1);
  }
  return k;
}

const rule: Rule<Options> = {
  meta: {
    id: 'title-abbreviation',
    category: 'honorifics',
    defaultSeverity: 'info',
    fixable: true,
    schema: {
      type: 'object',
      properties: { prefer: { enum: ['full', 'abbreviated'], ...optionDoc({ en: 'Write titles in full (الدكتور) or abbreviated (د.).', ar: 'كتابة الألقاب كاملة (الدكتور) أو مختصرة (د.).' }) } },
      additionalProperties: false,
    },
    defaultOptions: { prefer: 'full' },
    messages: {
      writeFull: { ar: 'أسلوب التحرير يكتب اللقب كاملا: «{full}» لا «{abbr}»', en: 'House style writes the title in full: “{full}”, not “{abbr}”' },
      writeAbbr: { ar: 'أسلوب التحرير يختصر اللقب: «{abbr}» لا «{full}»', en: 'House style abbreviates the title: “{abbr}”, not “{full}”' },
      replace: { ar: 'اكتب «{to}»', en: 'Write “{to}”' },
    },
    docs: {
      description: { ar: 'الألقاب المختصرة (د. م. أ.د.) أو الكاملة حسب أسلوب التحرير', en: 'Abbreviated titles (د. م. أ.د.) or full ones, per house style' },
      explanation: {
        ar: 'يختار أسلوب التحرير كتابة اللقب كاملا («الدكتور») أو مختصرا («د.»). لا يُعد «م.» بعد رقم سنة لقبا، ولا يُغيَّر ما بين علامتي تنصيص لأنه منقول بنصه.',
        en: 'The house chooses full titles (الدكتور) or abbreviations (د.). “م.” after a year number is the era, not a title. Text between quotation marks is left as quoted.',
      },
      good: 'التقى الدكتور عمرو طلعت السفير الصيني.',
      bad: 'التقى د. عمرو طلعت السفير الصيني.',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const text = doc.text;
    const toks = doc.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word') continue;
      if (options.prefer === 'full') {
        if (t.norm.length > 3 || !ABBR_STARTS.has(t.norm)) continue;
        const prev = doc.prevSignificant(i);
        if (prev && prev.kind === 'number') continue;
        for (const seg of segment(t.norm, 1)) {
          if (seg.article || seg.prep === 'س') continue;
          const a = abbrAt(doc, i, seg.stem);
          if (!a) continue;
          const last = matchAbbr(doc, i, a.letters, seg.stem);
          const after = skipSpaces(doc, last + 1);
          // a name must follow (not another initial: د.ب.أ is the dpa news agency)
          if (after >= toks.length || toks[after].kind !== 'word' || toks[after].norm.length < 2) break;
          if (inQuotation(doc, t.start)) {
            i = last;
            break;
          }
          const word = text.slice(t.start, t.end);
          const k = seg.prefix ? originalPrefixLength(word, seg.prefix.length, (c) => foldChar(c)) : 0;
          const prefix = word.slice(0, k);
          // د.مازن: the full title is a word, the name after it needs its space (الدكتور مازن)
          const to = joinProclitic(prefix, a.full) + (toks[after].start === toks[last].end ? ' ' : '');
          const abbr = text.slice(t.start + k, toks[last].end);
          ctx.report({
            start: t.start + k,
            end: toks[last].end,
            messageId: 'writeFull',
            data: { full: a.full, abbr },
            // a proclitic and a letter may be a word of its own (ولد. «was born», لا بد.; not so
            // a proclitic and أ.د., letters and dots): then
            // the full title is only offered, never written by fix-all
            fixes: [{ messageId: 'replace', data: { to: a.full }, edits: [{ start: t.start, end: toks[last].end, text: to }], preferred: !(k > 0 && a.letters.length === 1 && lexiconKnows(t.norm)) }],
          });
          i = last;
          break;
        }
      } else {
        if (!FULL_FORMS.has(t.norm)) continue;
        for (const seg of segment(t.norm, 2)) {
          if (!seg.article) continue;
          const abbr = FULL_TO_ABBR.get('ال' + seg.stem);
          if (!abbr) continue;
          const next = skipSpaces(doc, i + 1);
          if (next === i + 1 || next >= toks.length || toks[next].kind !== 'word' || NOT_A_NAME.has(toks[next].norm)) break;
          if (inQuotation(doc, t.start)) break;
          const word = text.slice(t.start, t.end);
          const prefixLetters = seg.prefix.length - (seg.prefix.endsWith('لل') ? 1 : 2);
          const k = prefixLetters > 0 ? originalPrefixLength(word, prefixLetters, (c) => foldChar(c)) : 0;
          // لل + دكتور: the ل stays as a preposition (لد.) — rare enough to leave alone
          if (seg.prefix.endsWith('لل')) break;
          ctx.report({
            start: t.start + k,
            end: t.end,
            messageId: 'writeAbbr',
            data: { abbr, full: text.slice(t.start + k, t.end) },
            fixes: [{ messageId: 'replace', data: { to: abbr }, edits: [{ start: t.start + k, end: t.end, text: abbr }], preferred: true }],
          });
          break;
        }
      }
    }
  },
};

/**
 * The abbreviation whose letters start with `stem` and follow at token i. (A function of its
 * own: a closure in the rule's loop that captured the loop's index would cost an allocation for
 * every token.)
 */
function abbrAt(doc: AnalysedDocument, i: number, stem: string): (typeof ABBR)[number] | undefined {
  for (const x of ABBR) if (x.letters[0] === stem && matchAbbr(doc, i, x.letters, stem) >= 0) return x;
  return undefined;
}

export default rule;
