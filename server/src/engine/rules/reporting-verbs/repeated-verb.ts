// repeated-verb: the same attribution verb (any of its forms) used again within a
// paragraph, or more often than the house allows in one article. Offers, for each
// alternative that takes the same construction, a swap that keeps the form
// (tense, person, gender, participle, proclitic): وأشار → ولفت، مشيرا إلى → لافتا إلى.

import type { FixSpec, Rule, TextEdit } from '../../types';
import type { AnalysedDocument } from '../../text/document';
import { ALTERNATIVES, formOf, VERB_BY_LEMMA, type Construction } from './lexicon';
import { findVerbUses, type VerbUse } from './uses';

interface Options {
  window: 'paragraph' | 'sentence' | 'none';
  maxPerArticle: number;
  ignore: string[];
}

const LABEL: Record<Construction, string> = { 'إلى': 'إلى', 'ب': 'بـ', 'أن': 'أن', 'على': 'على', 'عن': 'عن', 'من': 'من', ':': ':', object: '' };

function phrase(lemma: string, c?: Construction): string {
  const label = c ? LABEL[c] : '';
  return label && label !== ':' ? `${lemma} ${label}` : lemma;
}

/** The swaps offered for a use: one per alternative that can take the construction used. */
export function alternativesFor(doc: AnalysedDocument, use: VerbUse): Array<{ lemma: string; edits: TextEdit[] }> {
  const out: Array<{ lemma: string; edits: TextEdit[] }> = [];
  const used = use.follower?.construction;
  for (const alt of ALTERNATIVES[use.match.lemma] ?? []) {
    const spec = VERB_BY_LEMMA.get(alt);
    const form = formOf(alt, use.match.slot);
    if (!spec || !form) continue;
    const edits: TextEdit[] = [{ start: use.start, end: use.end, text: form }];
    if (used && used !== ':' && !spec.takes.includes(used)) {
      // أكد أن → شدد على أن: the alternative needs على before أن
      if (used === 'أن' && spec.takes.includes('على') && use.follower) {
        const t = doc.tokens[use.follower.tokenIndex];
        if (t.norm.startsWith('ب')) continue; // بأن: leave to verb-confusion
        edits.push({ start: t.start, end: t.start, text: 'على ' });
      } else continue;
    }
    out.push({ lemma: alt, edits });
  }
  return out;
}

const rule: Rule<Options> = {
  meta: {
    id: 'repeated-verb',
    category: 'reporting-verbs',
    defaultSeverity: 'info',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        window: { enum: ['paragraph', 'sentence', 'none'], description: 'Where a second use counts as a repeat.' },
        maxPerArticle: { type: 'integer', minimum: 0, description: 'Uses of one verb allowed in the whole article (0: no limit).' },
        ignore: { type: 'array', items: { type: 'string' }, description: 'Verbs (past 3rd person masculine, e.g. قال) never flagged.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { window: 'paragraph', maxPerArticle: 3, ignore: [] },
    messages: {
      repeatedInParagraph: {
        ar: 'الفعل «{verb}» مكرر في الفقرة نفسها؛ نوّع الإسناد: {alternatives}',
        en: 'The verb “{verb}” is repeated in the same paragraph; vary the attribution: {alternatives}',
      },
      repeatedInSentence: {
        ar: 'الفعل «{verb}» مكرر في الجملة نفسها؛ نوّع الإسناد: {alternatives}',
        en: 'The verb “{verb}” is repeated in the same sentence; vary the attribution: {alternatives}',
      },
      tooMany: {
        ar: 'الفعل «{verb}» ورد {count} مرات في الخبر (الحد {max})؛ نوّع الإسناد: {alternatives}',
        en: 'The verb “{verb}” is used {count} times in the article (limit {max}); vary the attribution: {alternatives}',
      },
      earlierUse: { ar: 'ورد «{verb}» هنا من قبل', en: '“{verb}” used here before' },
      swap: { ar: 'ضع «{to}» مكان «{from}»', en: 'Replace “{from}” with “{to}”' },
    },
    docs: {
      description: { ar: 'تكرار فعل الإسناد نفسه (أشار، أكد، أوضح…)', en: 'The same attribution verb used again and again' },
      explanation: {
        ar: 'يتكئ الخبر على أفعال قليلة للإسناد. إذا تكرر الفعل نفسه في الفقرة نفسها أو جاوز الحد في الخبر، نقترح بدائل تأخذ الحرف نفسه (أشار إلى ↔ لفت إلى، نوّه إلى) مع الحفاظ على الزمن والضمير والسوابق. لا تُحسب الأفعال داخل الاقتباس المباشر.',
        en: 'News copy leans on a few attribution verbs. When one is repeated within a paragraph or used more than the house allows in an article, alternatives taking the same preposition are offered (أشار إلى ↔ لفت إلى, نوّه إلى), keeping tense, person and proclitic. Verbs inside direct quotations are not counted.',
      },
      good: 'وأشار الوزير إلى أهمية المشروع، لافتا إلى أن العمل بدأ.',
      bad: 'وأشار الوزير إلى أهمية المشروع، مشيرا إلى أن العمل بدأ.',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const uses = findVerbUses(doc).filter((u) => !u.inQuote && !options.ignore.includes(u.match.lemma));
    if (uses.length < 2) return;
    const byLemma = new Map<string, VerbUse[]>();
    for (const u of uses) {
      const list = byLemma.get(u.match.lemma);
      if (list) list.push(u);
      else byLemma.set(u.match.lemma, [u]);
    }
    const sentenceOf = (o: number) => {
      const s = doc.sentences;
      let lo = 0;
      let hi = s.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (o < s[mid].start) hi = mid - 1;
        else if (o >= s[mid].end) lo = mid + 1;
        else return mid;
      }
      return -1;
    };
    for (const [lemma, list] of byLemma) {
      if (list.length < 2) continue;
      const spec = VERB_BY_LEMMA.get(lemma)!;
      // The earlier uses of this verb in each paragraph (or sentence), gathered as we go: one
      // pass, not a filter over all earlier uses for every use (quadratic on a long draft).
      const seenIn = new Map<number, VerbUse[]>();
      list.forEach((u, i) => {
        const win = options.window === 'paragraph' ? (u.paragraph >= 0 ? u.paragraph : undefined) : options.window === 'sentence' ? sentenceOf(u.start) : undefined;
        let sameWindow: VerbUse[] | undefined;
        if (win !== undefined) {
          sameWindow = seenIn.get(win);
          if (!sameWindow) seenIn.set(win, (sameWindow = []));
        }
        const before = sameWindow ? sameWindow.length : 0;
        sameWindow?.push(u);
        if (i === 0) return;
        let messageId: string | undefined;
        let earlier: VerbUse[] = [];
        if (before > 0) {
          earlier = sameWindow!.slice(Math.max(0, before - 3), before);
          messageId = options.window === 'paragraph' ? 'repeatedInParagraph' : 'repeatedInSentence';
        }
        if (!messageId && options.maxPerArticle > 0 && i >= options.maxPerArticle) {
          messageId = 'tooMany';
          earlier = list.slice(Math.max(0, i - 3), i);
        }
        if (!messageId) return;
        const alts = alternativesFor(doc, u);
        const construction = u.follower?.construction ?? spec.takes[0];
        const altNames = (ALTERNATIVES[lemma] ?? []).map((a) => phrase(a, VERB_BY_LEMMA.get(a)?.takes.includes(construction) ? construction : VERB_BY_LEMMA.get(a)?.takes[0]));
        const from = doc.text.slice(u.start, u.end);
        const fixes: FixSpec[] = alts.map((a) => ({ messageId: 'swap', data: { from, to: a.edits[0].text }, edits: a.edits }));
        ctx.report({
          start: u.start,
          end: u.end,
          messageId,
          data: { verb: lemma, alternatives: altNames.join('، ') || '—', count: list.length, max: options.maxPerArticle },
          fixes,
          related: earlier.slice(-3).map((e) => ({ start: e.start, end: e.end, messageId: 'earlierUse', data: { verb: doc.text.slice(e.start, e.end) } })),
        });
      });
    }
  },
};

export default rule;
