// stacked-titles: two titles before one name (السيد الدكتور، السيد الرئيس). News copy
// keeps one. Stacks a house accepts (الأستاذ الدكتور) are configurable.

import { optionDoc } from '../../messages';
import { originalPrefixLength, segment } from '../../text/arabic';
import { foldChar, foldString } from '../../text/fold';
import type { FixSpec, Rule } from '../../types';
import { joinProclitic, TITLE_FORMS, TITLE_SET } from './titles';

interface Options {
  accepted: string[];
}

const GENERIC = new Set(['السيد', 'السيده']);

const rule: Rule<Options> = {
  meta: {
    id: 'stacked-titles',
    category: 'honorifics',
    defaultSeverity: 'warning',
    fixable: true,
    schema: {
      type: 'object',
      properties: { accepted: { type: 'array', items: { type: 'string' }, ...optionDoc({ en: 'Title pairs the house accepts, e.g. "الأستاذ الدكتور".', ar: 'أزواج ألقاب يقبلها أسلوب الجريدة، مثل «الأستاذ الدكتور».' }) } },
      additionalProperties: false,
    },
    defaultOptions: { accepted: ['الأستاذ الدكتور', 'الأستاذة الدكتورة'] },
    messages: {
      stacked: { ar: 'لقبان متتاليان «{titles}»: يكفي لقب واحد', en: 'Two titles in a row, “{titles}”: one is enough' },
      keep: { ar: 'أبقِ «{title}» وحده', en: 'Keep “{title}” only' },
    },
    docs: {
      description: { ar: 'لقبان متتاليان قبل الاسم (السيد الدكتور)', en: 'Two titles stacked before a name (السيد الدكتور)' },
      explanation: {
        ar: 'لا يجمع الخبر بين لقبين قبل الاسم: «السيد الدكتور عمرو طلعت» ← «الدكتور عمرو طلعت». يمكن لأسلوب التحرير قبول أزواج بعينها مثل «الأستاذ الدكتور».',
        en: 'News copy does not stack two titles before a name: السيد الدكتور عمرو طلعت → الدكتور عمرو طلعت. A house may accept particular pairs such as الأستاذ الدكتور.',
      },
      good: 'التقى الدكتور عمرو طلعت السفير الصيني.',
      bad: 'التقى السيد الدكتور عمرو طلعت السفير الصيني.',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const text = doc.text;
    const accepted = new Set(options.accepted.map((a) => foldString(a).split(/\s+/).join(' ')));
    const toks = doc.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || !TITLE_FORMS.has(t.norm)) continue;
      const seg = segment(t.norm, 2).find((s) => (s.article ? TITLE_SET.has('ال' + s.stem) : TITLE_SET.has(s.stem)) && s.prep !== 'س');
      if (!seg) continue;
      const first = seg.article ? 'ال' + seg.stem : seg.stem;
      let j = i + 1;
      while (j < toks.length && (toks[j].kind === 'space' || toks[j].kind === 'format')) j++;
      if (j >= toks.length || j === i + 1 || toks[j].kind !== 'word' || !TITLE_SET.has(toks[j].norm)) continue;
      if (accepted.has(`${first} ${toks[j].norm}`)) continue;
      const word = text.slice(t.start, t.end);
      const prefixLetters = seg.article ? seg.prefix.length - (seg.prefix.endsWith('لل') ? 1 : 2) : seg.prefix.length;
      const k = prefixLetters > 0 ? originalPrefixLength(word, prefixLetters, (c) => foldChar(c)) : 0;
      const prefix = word.slice(0, k);
      const start = t.start + k;
      const firstText = text.slice(start, t.end);
      const second = toks[j];
      const secondText = text.slice(second.start, second.end);
      const keepSecond: FixSpec = {
        messageId: 'keep',
        data: { title: secondText },
        edits: prefix ? [{ start: t.start, end: second.end, text: joinProclitic(prefix, secondText) }] : [{ start, end: second.start, text: '' }],
        preferred: GENERIC.has(first),
      };
      const keepFirst: FixSpec = { messageId: 'keep', data: { title: firstText }, edits: [{ start: t.end, end: second.end, text: '' }] };
      ctx.report({
        start,
        end: second.end,
        messageId: 'stacked',
        data: { titles: text.slice(start, second.end) },
        fixes: GENERIC.has(first) ? [keepSecond] : [keepSecond, keepFirst],
      });
      i = j;
    }
  },
};

export default rule;
