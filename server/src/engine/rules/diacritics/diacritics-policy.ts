// diacritics-policy (off unless the house style turns it on): tashkeel in news copy.
// Policies:
// - "strip": no tashkeel in news copy. A word carrying diacritics is flagged and the fix
//   removes them; shadda is kept by default (`keepShadda`), since it is what most often
//   disambiguates (عُلِّم / علم), and words the house lists in `keep` are left as written.
// - "tanween-alef": as "strip", but the accusative tanween is written, on the letter
//   before the final alef (عامًا); the other order (عاماً) is flagged and fixed to it.

import { optionDoc } from '../../messages';
import type { Rule } from '../../types';
import { isDiacritic } from '../../text/chars';
import { foldString } from '../../text/fold';

interface Options {
  policy: 'strip' | 'tanween-alef';
  keepShadda: boolean;
  keep: string[];
}

const SHADDA = 0x651;
const FATHATAN = 0x64b;
const ALEF = 0x627;

/** Exactly the code units isDiacritic (text/chars.ts) holds for. */
const DIACRITIC_RE = /[\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]/g;

const rule: Rule<Options> = {
  meta: {
    id: 'diacritics-policy',
    category: 'diacritics',
    defaultSeverity: 'off',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        policy: { enum: ['strip', 'tanween-alef'], ...optionDoc({ en: 'strip: no tashkeel; tanween-alef: only the accusative tanween, written before the final alef (عامًا).', ar: 'strip: بلا تشكيل؛ tanween-alef: تنوين النصب وحده، مكتوبًا قبل الألف الأخيرة (عامًا).' }) },
        keepShadda: { type: 'boolean', ...optionDoc({ en: 'Keep shadda (it often disambiguates).', ar: 'إبقاء الشدة (كثيرًا ما ترفع اللبس).' }) },
        keep: { type: 'array', items: { type: 'string' }, ...optionDoc({ en: 'Words kept with their diacritics as written.', ar: 'كلمات تبقى بتشكيلها كما كُتبت.' }) },
      },
      additionalProperties: false,
    },
    defaultOptions: { policy: 'strip', keepShadda: true, keep: [] },
    messages: {
      tashkeel: { ar: 'تشكيل في نص الخبر: «{word}» تُكتب بلا حركات', en: 'Tashkeel in news copy: write “{word}” without diacritics' },
      tanweenOrder: { ar: 'تنوين النصب يُكتب قبل الألف: «{fixed}»', en: 'The accusative tanween goes before the alef: “{fixed}”' },
      strip: { ar: 'اكتب «{fixed}»', en: 'Write “{fixed}”' },
    },
    docs: {
      description: { ar: 'سياسة التشكيل في نص الخبر (معطلة افتراضيا)', en: 'House policy on diacritics in news copy (off by default)' },
      explanation: {
        ar: 'لا تشكيل في الخبر إلا ما يرفع لبسا. سياسة «strip» تحذف الحركات وتُبقي الشدة افتراضيا، وسياسة «tanween-alef» تُبقي تنوين النصب مكتوبا قبل الألف (عامًا). يمكن استثناء كلمات بعينها.',
        en: 'No tashkeel in news copy except where it disambiguates. Policy “strip” removes diacritics (shadda kept by default); “tanween-alef” keeps the accusative tanween, written before the alef (عامًا). Listed words are kept as written.',
      },
      good: 'احتفلت الجامعة بمرور 70 عاما على تأسيسها.',
      bad: 'احتفلت الجامعةُ بمرورِ 70 عاما على تأسيسها.',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const text = doc.text;
    const keep = new Set(options.keep.map((w) => foldString(w)));
    const tanween = options.policy === 'tanween-alef';
    // Only a word holding a diacritic is looked at.
    for (const ti of doc.wordsMatching(DIACRITIC_RE)) {
      const t = doc.tokens[ti];
      if (keep.has(t.norm)) continue;
      const word = text.slice(t.start, t.end);
      // the fixed word: marks removed but what the policy keeps; tanween moved before the final alef
      let out = '';
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (!isDiacritic(c)) { out += word[i]; continue; }
        if (c === SHADDA && options.keepShadda) { out += word[i]; continue; }
        if (tanween && c === FATHATAN) {
          const atEnd = i === word.length - 1;
          const beforeFinalAlef = i === word.length - 2 && word.charCodeAt(i + 1) === ALEF;
          if (beforeFinalAlef) { out += word[i]; continue; }
          if (atEnd && out.endsWith('ا')) { out = out.slice(0, -1) + word[i] + 'ا'; continue; }
        }
      }
      if (out === word) continue;
      const reordered = tanween && word.endsWith('اً') && out.endsWith('ًا') && word.length === out.length;
      ctx.report({
        start: t.start,
        end: t.end,
        messageId: reordered ? 'tanweenOrder' : 'tashkeel',
        data: { word: out, fixed: out },
        fixes: [{ messageId: 'strip', data: { fixed: out }, edits: [{ start: t.start, end: t.end, text: out }], preferred: true }],
      });
    }
  },
};

export default rule;
