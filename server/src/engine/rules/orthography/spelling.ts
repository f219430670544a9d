// spelling: words the lexicon does not know, with suggestions one edit away. Off by
// default (`recommended` leaves it off: news copy is full of proper names and loanwords no
// word list has); the `strict` preset turns it on.
// Known, and so never flagged:
// - words of the lexicon (Ayaspell's expanded forms, clitics included);
// - words the other orthography rules would correct (a missing hamza, ه for ة, فى for في):
//   they are spellings of a known word, and that rule says more precisely what is wrong —
//   so Egyptian spellings (فى، المصرى، الذى) are known under `egyptian-press` as well;
// - words of the names list and accepted words (with or without proclitics);
// - glued words that spacing-errors splits;
// - tokens that are not Arabic words (Latin, numbers, URLs) or that hold Persian letters
//   or presentation forms (their own rules first).
// Suggestions (at most 4, none preferred: only the editor knows the word meant): words one
// letter away (replaced, inserted, deleted, or two neighbours swapped), those of the same
// length first.

import { optionDoc } from '../../messages';
import type { Lexicon } from '../../lexicon';
import type { FixSpec, Rule, RuleContext } from '../../types';
import { docLex, FORM_MEMO_SPELLING } from './lexical';
import { docSplits } from './spacing-errors';

/**
 * A word's suggestions in order (same length first, then by code unit): they depend on the
 * lexicon and the word only, and an unknown word (a name, a typo) recurs in a text and from
 * one check of a draft to the next, so they are kept per lexicon (bounded: cleared when full).
 */
const NEAR = new WeakMap<Lexicon, Map<string, readonly string[]>>();
const NEAR_LIMIT = 20000;

function suggestionsFor(lex: Lexicon, w: string): readonly string[] {
  let m = NEAR.get(lex);
  if (!m) NEAR.set(lex, (m = new Map()));
  let near = m.get(w);
  if (near === undefined) {
    const list = lex.nearWords(w);
    list.sort((a, b) => Math.abs(a.length - w.length) - Math.abs(b.length - w.length) || (a < b ? -1 : a > b ? 1 : 0));
    near = list;
    if (m.size >= NEAR_LIMIT) m.clear();
    m.set(w, near);
  }
  return near;
}

interface Options {
  suggestions: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'spelling',
    category: 'orthography',
    defaultSeverity: 'off',
    fixable: true,
    autoFix: false,
    schema: {
      type: 'object',
      properties: {
        suggestions: { type: 'integer', minimum: 0, maximum: 10, default: 4, ...optionDoc({ en: 'How many spelling suggestions to offer.', ar: 'عدد الاقتراحات الإملائية المعروضة.' }) },
      },
      additionalProperties: false,
    },
    defaultOptions: { suggestions: 4 },
    messages: {
      unknown: { ar: 'كلمة غير معروفة في المعجم: «{word}»', en: 'Word not in the lexicon: “{word}”' },
      unknownWithSuggestions: { ar: 'كلمة غير معروفة في المعجم: «{word}». هل تقصد: {suggestions}؟', en: 'Word not in the lexicon: “{word}”. Did you mean: {suggestions}?' },
      replace: { ar: 'اكتب «{word}»', en: 'Write “{word}”' },
    },
    docs: {
      description: { ar: 'الكلمات غير الموجودة في المعجم، مع اقتراحات', en: 'Words the lexicon does not know, with suggestions' },
      explanation: {
        ar: 'يبحث عن الكلمات التي لا يعرفها المعجم العربي (Ayaspell) ويقترح كلمات قريبة منها. الأسماء في قائمة الأسماء والكلمات المقبولة في أسلوب التحرير معروفة. معطلة افتراضيا لكثرة أسماء الأعلام والكلمات الأجنبية في الأخبار، ومفعّلة في الإعداد الجاهز strict.',
        en: 'Finds the words the Arabic lexicon (Ayaspell) does not know and suggests near ones. Names in the names list and the house style’s accepted words are known. Off by default, since news copy is full of proper names and loanwords; on in the strict preset.',
      },
      good: 'وأكد المتحدث باسم الحكومة أن الاجتماع سيعقد غدا.',
      bad: 'وأكد المتحدث باسم الحكومة أن الاجتماع سيعقد غدطا.',
    },
  },
  check(ctx: RuleContext<Options>) {
    const { doc, shared } = ctx;
    const max = Math.max(0, Math.min(10, ctx.options.suggestions ?? 4));
    const toks = doc.tokens;
    // the lexicon is asked for from the first word of two letters or more on
    let i = 0;
    while (i < toks.length && !(toks[i].kind === 'word' && toks[i].norm.length >= 2)) i++;
    if (i === toks.length) return;
    const d = docLex(doc);
    // Then the words go by their forms (a FOREIGN one's status is FOREIGN): a form of one letter
    // (its folded form too), a word, or one the other rules would correct (it has candidates) is
    // passed over.
    d.forEachLoud(FORM_MEMO_SPELLING, i, (f, k) => d.formLettersOf(f).length < 2 || !d.unknown(k), (i) => {
      const t = toks[i];
      if (d.houseWord(i, shared)) return;
      const l = d.letters(i)!;
      if (docSplits(d, l.letters, shared).length > 0) return;
      const w = l.letters;
      const picks = max > 0 ? suggestionsFor(d.lex, w).slice(0, max) : [];
      const fixes: FixSpec[] = picks.map((s) => ({ messageId: 'replace', data: { word: s }, edits: [{ start: t.start, end: t.end, text: s }], preferred: false }));
      ctx.report({
        start: t.start,
        end: t.end,
        messageId: picks.length ? 'unknownWithSuggestions' : 'unknown',
        data: { word: doc.slice(t), suggestions: picks.join('، ') },
        fixes,
      });
    });
  },
};

export default rule;
