// repeated-verb: the same attribution verb (any of its forms) used again within a
// paragraph, or more often than the house allows in one article. Offers, for each
// alternative that takes the same construction, a swap that keeps the form
// (tense, person, gender, participle, proclitic): وأشار → ولفت، مشيرا إلى → لافتا إلى.

import { optionDoc } from '../../messages';
import type { FixSpec, Rule, TextEdit } from '../../types';
import { originalPrefixLength } from '../../text/arabic';
import type { AnalysedDocument } from '../../text/document';
import { foldChar } from '../../text/fold';
import { ALTERNATIVES, extraLexicon, finiteVerb, formOf, VERB_BY_LEMMA, type Construction, type VerbSpec } from './lexicon';
import { isMarkdownHeading } from '../headline';
import { allVerbUses, constructionAfter, GOVERNS_ANNA, nextInSentence, pronounPreposition, type VerbUse } from './uses';

interface Options {
  window: 'paragraph' | 'sentence' | 'none';
  maxPerArticle: number;
  ignore: string[];
  verbs: string[];
}

const LABEL: Record<Construction, string> = { 'إلى': 'إلى', 'ب': 'بـ', 'أن': 'أن', 'على': 'على', 'عن': 'عن', 'من': 'من', ':': ':', object: '' };

/** Named in the message for a verb the house style added (which has no alternatives of its own). */
const GENERAL_ALTERNATIVES = ['قال', 'أوضح', 'ذكر', 'أضاف'];

function phrase(lemma: string, c?: Construction): string {
  let label = c ? LABEL[c] : '';
  if (lemma === 'قال' && label === 'أن') label = 'إن'; // قال إن، not قال أن
  return label && label !== ':' ? `${lemma} ${label}` : lemma;
}

/**
 * The edits that make what follows the verb fit `alt` (besides the verb itself), [] when it
 * fits already, or undefined when no sure edit does:
 * - أن after قال is إن, after the others أن (قال إن → ذكر أن، صرح بأن → قال إن);
 * - بأن loses its بـ after a verb that does not take بـ (أفاد بأن → ذكر أن);
 * - أن → على أن for a verb that takes على (أكد أن → شدد على أن);
 * - a preposition is dropped before a verb that takes a direct object (أعرب عن → أبدى);
 * - إلى ↔ بـ (دعا إلى الحوار ↔ طالب بالحوار).
 */
function constructionEdits(doc: AnalysedDocument, f: NonNullable<VerbUse['follower']>, alt: VerbSpec): TextEdit[] | undefined {
  if (f.construction === ':' || f.construction === 'object') return [];
  const used = f.construction;
  const t = doc.tokens[f.tokenIndex];
  const word = doc.text.slice(t.start, t.end);
  const next = doc.nextSignificant(f.tokenIndex);
  if (used === 'أن') {
    const bi = t.norm.startsWith('ب');
    const keepBi = bi && alt.takes.includes('ب') && alt.lemma !== 'قال';
    const k = bi ? originalPrefixLength(word, 1, (c) => foldChar(c)) : 0; // the بـ with its marks
    const alef = word[k];
    const seat = alt.lemma === 'قال' ? 'إ' : 'أ';
    const newAlef = alef === 'أ' || alef === 'إ' ? seat : alef; // a bare ا is left as written
    if (alt.takes.includes('أن')) {
      if (keepBi) return [];
      if (!bi && newAlef === alef) return [];
      return [{ start: t.start, end: t.start + k + 1, text: newAlef }];
    }
    if (alt.takes.includes('على')) {
      if (!bi && newAlef === alef) return [{ start: t.start, end: t.start, text: 'على ' }];
      return [{ start: t.start, end: t.start + k + 1, text: 'على ' + newAlef }];
    }
    return undefined;
  }
  if (alt.takes.includes(used)) return [];
  if (pronounPreposition(t)) return undefined; // إليه → به، عنه → a pronoun object: not a sure edit
  if (used === 'ب') {
    const k = originalPrefixLength(word, 1, (c) => foldChar(c));
    if (alt.takes.includes('إلى')) return [{ start: t.start, end: t.start + k, text: 'إلى ' }];
    return undefined;
  }
  // a preposition written as its own word: إلى، على، عن، من
  if (!next || next.kind !== 'word') return undefined;
  if (used === 'إلى' && alt.takes.includes('ب')) return [{ start: t.start, end: next.start, text: 'ب' }];
  if (alt.takes.includes('object')) return [{ start: t.start, end: next.start, text: '' }];
  return undefined;
}

/**
 * The construction of a verb whose subject is too long for the usual window («وأكد وزير
 * الخارجية السعودي الأمير فيصل بن فرحان خلال اللقاء أن»): the first construction the verb takes,
 * before the end of the sentence and before the next reporting verb — and none when the first
 * أن on the way is another word's (داعيا الأندية إلى أن تبادر).
 */
function farFollower(doc: AnalysedDocument, use: VerbUse, nextUse: number): VerbUse['follower'] {
  const takes = VERB_BY_LEMMA.get(use.match.lemma)?.takes ?? [];
  let seen = 0;
  let prev: string | undefined;
  for (let k = nextInSentence(doc, use.tokenIndex); k >= 0 && k < nextUse && seen < 25; k = nextInSentence(doc, k)) {
    const t = doc.tokens[k];
    seen++;
    const c = constructionAfter(t, doc.text, seen === 1, prev);
    if (c === 'أن' && prev && GOVERNS_ANNA.has(prev)) return undefined;
    if (c && takes.includes(c)) return { construction: c, tokenIndex: k };
    prev = t.kind === 'word' ? t.norm : undefined;
  }
  return undefined;
}

/**
 * The swaps offered for a use: one per alternative that can take the construction used.
 * `nextUse`: token index of the next reporting verb (where the search for a far construction stops).
 */
export function alternativesFor(doc: AnalysedDocument, use: VerbUse, nextUse = Infinity): Array<{ lemma: string; edits: TextEdit[] }> {
  const out: Array<{ lemma: string; edits: TextEdit[] }> = [];
  const takes = VERB_BY_LEMMA.get(use.match.lemma)?.takes ?? []; // a newsroom's own verb: no swaps
  const usual = takes[0];
  // the construction found after the verb counts only when the verb takes it (أشار … باسم … إلى:
  // not the بـ of باسم)
  const near = use.follower && (use.follower.construction === ':' || takes.includes(use.follower.construction)) ? use.follower : undefined;
  const f = near ?? farFollower(doc, use, nextUse);
  for (const alt of ALTERNATIVES[use.match.lemma] ?? []) {
    const spec = VERB_BY_LEMMA.get(alt);
    const form = formOf(alt, use.match.slot);
    if (!spec || !form) continue;
    // before a colon only a verb that takes one (وأضاف: → وتابع:); أشار، ذكر، أوضح need إلى or أن
    // after them (قائلا: is never ذاكرا:، مشيرا: never لافتا:)
    if (f?.construction === ':' && !spec.takes.includes(':')) continue;
    // Nothing found after the verb: only a swap that needs no other edit in the verb's usual
    // construction (not أكد → شدد, which needs على; not قال ↔ ذكر, whose أن/إن differ).
    const more = f
      ? constructionEdits(doc, f, spec)
      : spec.takes.includes(usual) && !(usual === 'أن' && (alt === 'قال' || use.match.lemma === 'قال'))
        ? []
        : undefined;
    if (!more) continue;
    out.push({ lemma: alt, edits: [{ start: use.start, end: use.end, text: form }, ...more] });
  }
  return out;
}

/**
 * Slots of the first and second person: the writer or a speaker speaking (أذكر أنني، نؤكد على،
 * قلت له إن، رأينا أن), not a reporter's attribution to vary. (A 1st person singular past spelled
 * like the 3rd feminine, أكدت، is read as the 3rd unless its context makes it the 1st: أكدتُ،
 * أكدت أنني، وأنا أكدت — uses.ts gives it the slot past:1s then.)
 */
const SPEAKING_SLOTS = new Set(['past:1s', 'past:1p', 'past:2d', 'past:2mp', 'past:2fp', 'pres:أ|', 'pres:ن|']);

/**
 * A use in the first or second person: not counted (see SPEAKING_SLOTS). But أشير، أفيد، أضيف —
 * the first person of a hollow verb of form IV (أشار، أفاد، أضاف) — are spelled as its past
 * passive (وأُشير إلى أن، وأُفيد بأن), an attribution in news copy: still counted.
 */
export function speaking(u: VerbUse): boolean {
  if (!SPEAKING_SLOTS.has(u.match.slot)) return false;
  if (u.match.slot !== 'pres:أ|') return true;
  const spec = VERB_BY_LEMMA.get(u.match.lemma);
  return !(spec && spec.pastClass === 'hollow' && spec.past.startsWith('أ'));
}

/**
 * قائلا (قائلة، قائلين) after another verb of saying (a past or present form of one, not قال),
 * at most five words back with no mark between (وأضاف قائلا، وتابع الوزير في كلمته قائلا: «…»):
 * how that verb speaks, not a second attribution, and its alternatives (ذاكرا) would make no
 * Arabic. Not counted.
 */
function manner(doc: AnalysedDocument, u: VerbUse): boolean {
  if (u.match.lemma !== 'قال' || u.match.kind !== 'participle') return false;
  let words = 0;
  for (let k = u.tokenIndex - 1; k >= 0 && words < 5; k--) {
    const t = doc.tokens[k];
    if (t.kind === 'space' || t.kind === 'format') continue;
    if (t.kind !== 'word') return false;
    words++;
    if (finiteVerb(t.norm, (m) => m.lemma !== 'قال')) return true;
  }
  return false;
}

const rule: Rule<Options> = {
  meta: {
    id: 'repeated-verb',
    category: 'reporting-verbs',
    defaultSeverity: 'info',
    fixable: true,
    autoFix: false,
    schema: {
      type: 'object',
      properties: {
        window: { enum: ['paragraph', 'sentence', 'none'], ...optionDoc({ en: 'Where a second use counts as a repeat. A paragraph ends at a blank line, and in plain text also at a line ending in . ! ? ؟ or … (a draft written a paragraph a line).', ar: 'أين يُعد الاستعمال الثاني تكرارًا: paragraph (في الفقرة نفسها)، sentence (في الجملة نفسها)، none (بلا نطاق: لا يُحسب إلا الحد في الخبر كله). تنتهي الفقرة عند سطر فارغ، وفي النص العادي أيضا عند سطر ينتهي بنقطة أو علامة استفهام أو تعجب (مسودة تكتب كل فقرة في سطر).' }) },
        maxPerArticle: { type: 'integer', minimum: 0, ...optionDoc({ en: 'Uses of one verb allowed in the whole article (0: no limit).', ar: 'عدد مرات استعمال الفعل الواحد المسموح بها في الخبر كله (0: بلا حد).' }) },
        ignore: { type: 'array', items: { type: 'string' }, ...optionDoc({ en: 'Verbs (past 3rd person masculine, e.g. قال) never flagged.', ar: 'أفعال لا يُنبَّه عليها أبدًا (بصيغة الماضي للغائب المفرد المذكر، مثل قال).' }) },
        verbs: {
          type: 'array',
          items: { type: 'string' },
          ...optionDoc({
            en: 'More reporting verbs, counted like the built-in ones (past 3rd person masculine, e.g. أفصح). Their forms are generated from the pattern (أفصح: وأفصحت، يفصح، مفصحا; a three-letter verb: past and present, the participle only when the shadda is written, لمّح → ملمحا); a verb no pattern fits is matched as written, with و/ف before it. A verb already known changes nothing; no alternative is offered for these.',
            ar: 'أفعال إسناد إضافية تُعد كالمدمجة (بصيغة الماضي للغائب المفرد المذكر، مثل أفصح). تُولَّد صيغها من الوزن (أفصح: وأفصحت، يفصح، مفصحا؛ والثلاثي: الماضي والمضارع، واسم الفاعل إذا كُتبت الشدة فقط، لمّح ← ملمحا)؛ والفعل الذي لا يوافق وزنًا يُطابَق كما كُتب مع و/ف قبله. الفعل المعروف أصلًا لا يغيّر شيئًا، ولا تُقترح بدائل لهذه الأفعال.',
          }),
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { window: 'paragraph', maxPerArticle: 3, ignore: [], verbs: [] },
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
        ar: 'الفعل «{verb}» ورد {count, plural, one {مرة واحدة} two {مرتين} few {# مرات} other {# مرة}} في الخبر (الحد {max})؛ نوّع الإسناد: {alternatives}',
        en: 'The verb “{verb}” is used {count, plural, one {once} other {# times}} in the article (limit {max}); vary the attribution: {alternatives}',
      },
      earlierUse: { ar: 'ورد «{verb}» هنا من قبل', en: '“{verb}” used here before' },
      swap: { ar: 'ضع «{to}» مكان «{from}»', en: 'Replace “{from}” with “{to}”' },
    },
    docs: {
      description: { ar: 'تكرار فعل الإسناد نفسه (أشار، أكد، أوضح…)', en: 'The same attribution verb used again and again' },
      explanation: {
        ar: 'يتكئ الخبر على أفعال قليلة للإسناد. إذا تكرر الفعل نفسه في الفقرة نفسها أو جاوز الحد في الخبر، نقترح بدائل تأخذ الحرف نفسه (أشار إلى ↔ لفت إلى، نوّه إلى) مع الحفاظ على الزمن والضمير والجنس والسوابق (وأشار ← ولفت، مشيرا ← لافتا)، ونغيّر الحرف بعده إذا احتاجه البديل (أكد أن ← شدد على أن، قال إن ← ذكر أن، دعا إلى ← طالب بـ). لا تُحسب الأفعال داخل الاقتباس المباشر، ولا «أضاف» بمعنى إحراز هدف (أضاف فابيان الهدف الثاني)، ولا «قائلا» بعد فعل قول آخر (وأضاف قائلا).',
        en: 'News copy leans on a few attribution verbs. When one is repeated within a paragraph or used more than the house allows in an article, alternatives taking the same preposition are offered (أشار إلى ↔ لفت إلى, نوّه إلى), keeping tense, person, gender and proclitic (وأشار → ولفت, مشيرا → لافتا), and changing what follows when the alternative needs it (أكد أن → شدد على أن, قال إن → ذكر أن, دعا إلى → طالب بـ). Verbs inside direct quotations are not counted, nor أضاف when it adds a goal (أضاف فابيان الهدف الثاني), nor قائلا after another verb of saying (وأضاف قائلا).',
      },
      good: 'وأشار الوزير إلى أهمية المشروع، لافتا إلى أن العمل بدأ.',
      bad: 'وأشار الوزير إلى أهمية المشروع، مشيرا إلى أن العمل بدأ.',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const extra = options.verbs.length ? extraLexicon(options.verbs) : undefined;
    const all = allVerbUses(doc, options.verbs);
    const specOf = (lemma: string) => VERB_BY_LEMMA.get(lemma) ?? extra!.specs.get(lemma)!;
    // (a Markdown subheading is no attribution: ## ماذا تقول الأرصاد؟, the digital desk's reader)
    // (nor أشاد with إلى, the slip for أشار that verb-confusion reports: its alternatives, which
    // take بـ, would read «مرحبا إلى»: the local desk)
    const uses = all.filter((u) => !u.inQuote && !speaking(u) && !options.ignore.includes(u.match.lemma) && !manner(doc, u) && !isMarkdownHeading(doc, u.start) && !(u.match.lemma === 'أشاد' && u.follower?.construction === 'إلى'));
    if (uses.length < 2) return;
    const nextUseOf = new Map<VerbUse, number>();
    uses.forEach((u, i) => nextUseOf.set(u, uses[i + 1]?.tokenIndex ?? Infinity));
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
      const spec = specOf(lemma);
      // The earlier uses of this verb in each paragraph (or sentence), gathered as we go: one
      // pass, not a filter over all earlier uses for every use (quadratic on a long draft).
      const seenIn = new Map<number, VerbUse[]>();
      const namesFor = new Map<Construction, string>(); // this verb's alternatives, named, by construction
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
        const alts = alternativesFor(doc, u, nextUseOf.get(u) ?? Infinity);
        const construction = u.follower?.construction ?? spec.takes[0];
        // the alternatives named depend on the verb and its construction only: worded once for each
        let alternatives = namesFor.get(construction);
        if (alternatives === undefined) {
          const own = ALTERNATIVES[lemma];
          const altNames = own
            ? own.map((a) => {
                const takes = VERB_BY_LEMMA.get(a)?.takes ?? [];
                if (takes.includes(construction)) return phrase(a, construction);
                if (construction === 'أن' && takes.includes('على')) return `${a} على أن`; // شدد على أن
                return phrase(a, takes[0]);
              })
            : // a newsroom's own verb (its construction unknown): the common attribution verbs, named bare
              GENERAL_ALTERNATIVES.filter((a) => a !== lemma);
          namesFor.set(construction, (alternatives = altNames.join('، ')));
        }
        const from = doc.text.slice(u.start, u.end);
        const fixes: FixSpec[] = alts.map((a) => ({ messageId: 'swap', data: { from, to: a.edits[0].text }, edits: a.edits }));
        ctx.report({
          start: u.start,
          end: u.end,
          messageId,
          data: { verb: lemma, alternatives, count: list.length, max: options.maxPerArticle },
          fixes,
          related: earlier.slice(-3).map((e) => ({ start: e.start, end: e.end, messageId: 'earlierUse', data: { verb: doc.text.slice(e.start, e.end) } })),
        });
      });
    }
  },
};

export default rule;
