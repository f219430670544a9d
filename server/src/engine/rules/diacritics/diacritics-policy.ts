// diacritics-policy (off unless the house style turns it on): tashkeel in news copy.
// Policies:
// - "strip": no tashkeel in news copy. A word carrying diacritics is flagged and the fix
//   removes them; shadda is kept by default (`keepShadda`), since it is what most often
//   disambiguates (عُلِّم / علم), and words the house lists in `keep` are left as written.
// - "tanween-alef": as "strip", but the accusative tanween is written, on the letter
//   before the final alef (عامًا); the other order (عاماً) is flagged and fixed to it.
// Under both, the damma of the past passive disambiguates (عُلِم is not علم, "flag"; قُتِل is
// not قتل): a word whose marks show the pattern فُعِل (see passiveAt) is still flagged, but the
// fix that strips it all is only offered, not preferred, beside one that keeps just that damma
// (and the shadda when kept): عُلِم → عُلم. A word whose only mark is a damma on its first letter
// (what that fix writes: قُتل، وعُثر) is left alone: a lone damma there is put to disambiguate.
// Both hold only where that letter can begin a past passive (passiveStart): never ي, the
// imperfect (يُقال، يُمكن، يُعتبَر: flagged and stripped as before); ت ن م only in a word of three
// letters, form I (تُرك، نُقل، مُنح), for past three they begin the imperfect and participle of
// the derived forms (تُركّز، نُشير، مُتحمّس). So a longer passive on ت ن م (تُرِكت، تُوُفِّي) is
// stripped as before: what the keep-the-damma fix would write (تُركت) could not be told from
// an imperfect (تُثبت), and would be flagged again. The pattern is read from the marks alone;
// where they may show a noun (كُلِّها، أُولِي) it reads "not passive" (see passiveAt): when it is
// a passive after all (a bare دُعِي، تُرِك) fix-all strips it, as it did before; a noun still read
// as a passive costs a fix left to the writer, never one made by fix-all.

import { optionDoc } from '../../messages';
import type { Rule } from '../../types';
import { isDiacritic, TATWEEL } from '../../text/chars';
import { foldString } from '../../text/fold';

interface Options {
  policy: 'strip' | 'tanween-alef';
  keepShadda: boolean;
  keep: string[];
}

const SHADDA = 0x651;
const FATHATAN = 0x64b;
const FATHA = 0x64e;
const DAMMA = 0x64f;
const KASRA = 0x650;
const SUKUN = 0x652;
const ALEF = 0x627;

/** First letters that also begin an imperfect verb or a participle (يُقِيم، تُحِبّ، مُدِير). */
const PREFIX_LETTERS = new Set(['ي', 'ت', 'ن', 'م']);

/** Pronoun suffixes: a kasra followed by one of them alone is the noun's case ending (كُلِّها، أُمِّه). */
const PRONOUN_SUFFIXES = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'نا']);

/** A word's letters (tatweel aside) with the marks on each and where they stand in the word. */
interface Marked {
  letters: string[];
  marks: number[][];
  at: number[][];
}

function marked(word: string): Marked {
  const m: Marked = { letters: [], marks: [], at: [] };
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isDiacritic(c)) {
      const k = m.letters.length - 1;
      if (k >= 0) {
        m.marks[k].push(c);
        m.at[k].push(i);
      }
    } else if (c !== TATWEEL) {
      m.letters.push(word[i]);
      m.marks.push([]);
      m.at.push([]);
    }
  }
  return m;
}

/**
 * Can the letter at s begin a past passive? Not ي (يُقال، يُمكن: the imperfect); ت ن م only
 * when the word has three letters from there (تُرك، نُقل، مُنح: form I), since past three they
 * begin the imperfect and the participle of the derived forms (تُركّز، نُشير، مُتحمّسين).
 */
function passiveStart(m: Marked, s: number): boolean {
  const first = m.letters[s];
  if (first === 'ي') return false;
  return !PREFIX_LETTERS.has(first) || m.letters.length - s === 3;
}

/**
 * The index of the word's first letter after a proclitic و or ف, when that letter carries a
 * damma and can begin a past passive (قُتِل، وَقُتِل، وعُثِر، وُلِد; not يُقال، تُركّز), or -1.
 */
function dammaLetter(m: Marked): number {
  let s = -1;
  if (m.marks[0]?.includes(DAMMA)) s = 0;
  else if ((m.letters[0] === 'و' || m.letters[0] === 'ف') && m.letters.length >= 3 && m.marks[1].includes(DAMMA)) s = 1;
  return s >= 0 && passiveStart(m, s) ? s : -1;
}

/**
 * Do the marks show the past passive, its first letter (s) carrying the damma? The kasra is on
 * the letter before the last of the stem, as the derived forms place it, and no fatha or
 * tanween stands before it:
 * - on the second letter: فُعِل (قُتِل، عُثِر، نُقِل، عُيِّن، أُصِيب) — after ت ن م (three letters,
 *   passiveStart), not before a ي or a shadda (تُحِبّ: an imperfect);
 * - on the third: أُفعِل (أُعلِن)، فُوعِل (شُوهِد); with a damma on the second letter, اُفتُعِل with
 *   its ت assimilated (اُتُّهِم، اُتُّخِذ) or a shadda on the kasra's letter, تُفُعِّل (a noun
 *   كُتُبِهم or قُدُسِيّة has neither);
 * - on the fourth or fifth after a hamzat wasl with a damma on ت: اُفتُعِل، اُستُفعِل (اُعتُقِل، اُستُخدِم).
 * Never on the last letter (a case ending), nor before a pronoun suffix alone (كُلِّها، أُمِّه،
 * حُبِّك: a case ending too, PRONOUN_SUFFIXES), but for a ه with a fatha, the verb's own
 * (وُجِّهَ، نُبِّهَ: the pronoun after a kasra is هِ); a ك stays ambiguous (تُرِكَ، حُبِّكَ) and is read
 * as the pronoun. Nor before a last ي without the fatha of the past (دُعِيَ، أُعطِيَ are passives;
 * أُولِي، سُنِّي، أُمِّي are nouns, and a bare دُعِي is read as one).
 */
function passiveAt(m: Marked, s: number): boolean {
  const { letters: l, marks } = m;
  const first = l[s];
  if (marks[s].some((c) => c !== DAMMA && c !== SHADDA)) return false;
  let k = -1;
  for (let j = s + 1; j < l.length - 1; j++) {
    if (marks[j].includes(KASRA)) {
      k = j;
      break;
    }
    if (marks[j].some((c) => c !== SUKUN && c !== DAMMA && c !== SHADDA)) return false;
  }
  if (k < 0) return false;
  const last = l.length - 1;
  const rest = l.slice(k + 1).join('');
  if (PRONOUN_SUFFIXES.has(rest) && !(rest === 'ه' && marks[last].length === 1 && marks[last][0] === FATHA)) return false;
  if (rest === 'ي' && !(marks[last].length === 1 && marks[last][0] === FATHA)) return false;
  switch (k - s) {
    case 1:
      return !(PREFIX_LETTERS.has(first) && (l[k + 1] === 'ي' || marks[k + 1].includes(SHADDA)));
    case 2:
      return first === 'أ' || l[s + 1] === 'و' || (marks[s + 1].includes(DAMMA) && (first === 'ا' || marks[k].includes(SHADDA)));
    case 3:
    case 4:
      return (first === 'ا' || first === 'أ') && marks[s + 2].includes(DAMMA);
    default:
      return false;
  }
}

/**
 * Every code unit isDiacritic (text/chars.ts) holds for — U+064B–065F, U+0670, U+06D6–06DC,
 * U+06DF–06E4, U+06E7–06E8, U+06EA–06ED — and the few between them it does not (Arabic-Indic
 * digits, the extended letters): one range, which the regex engine searches about three times
 * as fast as the exact class. A word found for one of those alone has no mark to fix: `fixed`
 * gives it back unchanged, and the check passes over it.
 */
const DIACRITIC_RE = /[\u064b-\u06ed]/g;

/**
 * The word as the policy writes it: marks removed but what the policy keeps (shadda when
 * `keepShadda`, the mark at `keepAt`); tanween moved before the final alef under tanween-alef.
 */
function fixed(word: string, keepAt: number, keepShadda: boolean, tanween: boolean): string {
  // The kept stretches are copied whole (word.slice), not code unit by code unit: `run` is
  // where the stretch not yet copied starts.
  let out = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isDiacritic(c) || i === keepAt) continue; // kept
    if (c === SHADDA && keepShadda) continue; // kept
    if (tanween && c === FATHATAN) {
      const atEnd = i === word.length - 1;
      const beforeFinalAlef = i === word.length - 2 && word.charCodeAt(i + 1) === ALEF;
      if (beforeFinalAlef) continue; // kept
      out += word.slice(run, i);
      run = i + 1;
      if (atEnd && out.endsWith('ا')) out = out.slice(0, -1) + word[i] + 'ا';
      continue;
    }
    out += word.slice(run, i); // the mark is dropped
    run = i + 1;
  }
  return run === 0 ? word : out + word.slice(run);
}

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
      passive: {
        ar: 'تشكيل في نص الخبر: تكفي ضمة المبني للمجهول «{kept}»، أو «{word}» بلا حركات',
        en: 'Tashkeel in news copy: the damma of the passive is enough, “{kept}”, or “{word}” without diacritics',
      },
      strip: { ar: 'اكتب «{fixed}»', en: 'Write “{fixed}”' },
      keepPassive: { ar: 'اكتب «{fixed}» (ضمة المبني للمجهول وحدها)', en: 'Write “{fixed}” (only the damma of the passive)' },
    },
    docs: {
      description: { ar: 'سياسة التشكيل في نص الخبر (معطلة افتراضيا)', en: 'House policy on diacritics in news copy (off by default)' },
      explanation: {
        ar: 'لا تشكيل في الخبر إلا ما يرفع لبسا. سياسة «strip» تحذف الحركات وتُبقي الشدة افتراضيا، وسياسة «tanween-alef» تُبقي تنوين النصب مكتوبا قبل الألف (عامًا). يمكن استثناء كلمات بعينها. وضمة أول الفعل الماضي المبني للمجهول ترفع اللبس (عُلِم غير علم): يُعرض حذف الحركات كلها دون أن يُفضَّل، ومعه إبقاء الضمة وحدها (عُلم)، ولا يُنبَّه على كلمة ليس فيها إلا ضمة على أول حروفها (قُتل)، ما لم يكن ياء (يُقال: مضارع) أو تاء أو نونا أو ميما في كلمة تزيد على ثلاثة أحرف (تُركّز، مُتحمّس). والكسرة قبل ضمير متصل علامة إعراب (كُلِّها، أُمِّه)، لا كسرة المبني للمجهول.',
        en: 'No tashkeel in news copy except where it disambiguates. Policy “strip” removes diacritics (shadda kept by default); “tanween-alef” keeps the accusative tanween, written before the alef (عامًا). Listed words are kept as written. The damma on the first letter of a past passive verb disambiguates (عُلِم is not علم): stripping every mark is offered but not preferred, beside keeping that damma alone (عُلم); a word whose only mark is a damma on its first letter is left alone (قُتل), unless that letter is ي (يُقال, an imperfect) or ت ن م in a word of more than three letters (تُركّز، مُتحمّس). A kasra before a pronoun suffix is a case ending (كُلِّها، أُمِّه), not the kasra of the passive.',
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
      const out = fixed(word, -1, options.keepShadda, tanween);
      if (out === word) continue;
      // a damma on a first letter that can begin a past passive (dammaLetter): with every other
      // mark gone, is the word as the policy wants it (قُتل: left alone), or does it show the
      // passive (عُلِم: a fix keeping the damma, which is then left alone)? On ي, or on ت ن م past
      // three letters, the damma is a mark like the others (يُقال، تُركّز: stripped).
      // (without a damma in the word there is none on its first letter: no need to read its marks)
      const m = word.indexOf('\u064f') >= 0 ? marked(word) : undefined;
      const s = m ? dammaLetter(m) : -1;
      const damma = m && s >= 0 ? m.at[s][m.marks[s].indexOf(DAMMA)] : -1;
      const kept = damma >= 0 ? fixed(word, damma, options.keepShadda, tanween) : out;
      if (kept === word) continue;
      if (m && damma >= 0 && passiveAt(m, s)) {
        ctx.report({
          start: t.start,
          end: t.end,
          messageId: 'passive',
          data: { word: out, kept },
          fixes: [
            { messageId: 'keepPassive', data: { fixed: kept }, edits: [{ start: t.start, end: t.end, text: kept }] },
            { messageId: 'strip', data: { fixed: out }, edits: [{ start: t.start, end: t.end, text: out }] },
          ],
        });
        continue;
      }
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
