// stacked-titles: two titles before one name (السيد الدكتور، السيد الرئيس). News copy
// keeps one. Stacks a house accepts (الأستاذ الدكتور) are configurable.
// Two title words in a row are not always two titles (audit on published news):
// - the first may end a construct: نائب الرئيس اللواء فلان (the stack is اللواء الدكتور after it);
// - the second may be an adjective of the first: المستشار الإعلامي في المؤسسة;
// - the second may be the family name: ووصف المهندس المخرج هذه المناسبة (محمد المخرج). Two
//   titles come before a name: when no name follows, the pair is left alone, but for السيد
//   (السيد الرئيس بأن …), where the fix is written only if the second word is no family name;
// - in a quotation they are someone's own words, and stay;
// - after a given name the first is the family name: أحمد السيد الرئيس التنفيذي للبنك (Ahmed
//   El-Sayed, the CEO), محمد الشيخ المدرب العام; and السيد after another title is the given name
//   (النائب السيد البدوي), which is no second title (adversarial run);
// - an office before the holder's own title is the job and the title: المحافظ المهندس فلان،
//   الوزير المستشار فلان (see OFFICES).

import { optionDoc } from '../../messages';
import { originalPrefixLength, segment } from '../../text/arabic';
import { foldChar, foldedWithConjunctions, foldString } from '../../text/fold';
import type { AnalysedDocument } from '../../text/document';
import type { FixSpec, Rule } from '../../types';
import { givenName } from '../names/name-consistency';
import { inQuotation, joinProclitic, NOT_A_NAME, TITLE_FORMS, TITLE_SET, ListedWords, withProclitics, wordsIn } from './titles';

interface Options {
  accepted: string[];
}

const GENERIC = new Set(['السيد', 'السيده']);

/**
 * Titles a person is not named without once they hold them: royal titles, military ranks and
 * a church's (folded). Before another title (الأمير الدكتور، اللواء المهندس، الشيخ الدكتور) it
 * is the other one that goes. (Not الفريق and العميد, which are also «the team» and «the dean»:
 * see TEAM_OR_DEAN.)
 */
const KEPT_FIRST: ReadonlySet<string> = new Set(
  ['الأمير', 'الأميرة', 'الملك', 'الملكة', 'الشيخ', 'الشيخة', 'اللواء', 'العقيد', 'المشير', 'البابا', 'الأنبا'].map((w) => foldString(w)),
);

/**
 * Ranks that are also common nouns: الفريق «the team» (ويقود الفريق المدرب …، وسجل للفريق
 * اللاعب …), العميد «the dean». Before a title they are a rank only before an academic or
 * professional one (الفريق الدكتور، العميد المهندس); before any other title, the noun.
 */
const TEAM_OR_DEAN: ReadonlySet<string> = new Set(['الفريق', 'العميد'].map((w) => foldString(w)));
const ACADEMIC: ReadonlySet<string> = new Set(['الدكتور', 'الدكتورة', 'المهندس', 'المهندسة'].map((w) => foldString(w)));

/**
 * Offices a person holds, and the titles a holder keeps beside them (the Egyptian reviewer:
 * «وهنأ المحافظ المهندس عادل النجار الفائزين»; «المحافظ اللواء»، «الوزير المستشار»، «السفير
 * الدكتور» are how Egyptian copy names officials): an office before an academic, professional,
 * military or judicial title is the job and the title, not a stack.
 */
const OFFICES: ReadonlySet<string> = new Set(['الوزير', 'الوزيرة', 'المحافظ', 'المحافظة', 'السفير', 'السفيرة', 'النائب', 'النائبة', 'الرئيس', 'الرئيسة'].map((w) => foldString(w)));
const HOLDER_TITLES: ReadonlySet<string> = new Set(
  ['الدكتور', 'الدكتورة', 'المهندس', 'المهندسة', 'الأستاذ', 'الأستاذة', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'المشير', 'المستشار', 'المستشارة'].map((w) => foldString(w)),
);

/** A title's gender, by its ة (folded ه): الدكتورة، الحاجة; الداعية is either. */
function feminine(title: string): boolean {
  return title.endsWith('ه') && title !== 'الداعيه';
}

/** Did the title word (segment) carry a proclitic (والدكتور، للسيد)? */
function proclitic(seg: { article: boolean; prefix: string }): boolean {
  return seg.article ? seg.prefix.length > (seg.prefix.endsWith('لل') ? 1 : 2) : seg.prefix.length > 0;
}

/** Verbs whose subject and object are both people (استقبل، كرم، التقى، هنأ …), folded, with و/ف and the feminine. */
const MEETS: ReadonlySet<string> = foldedWithConjunctions(
  ['استقبل', 'كرم', 'التقى', 'هنأ', 'قابل', 'صافح', 'منح', 'ودع', 'عزى', 'استضاف', 'زار', 'رافق', 'سلم', 'أناب', 'كلف', 'عين', 'شكر', 'قلد'].map((v) => [v, v.endsWith('ى') ? v.slice(0, -1) + 'ت' : v + 'ت']).flat(),
);

/** Nouns that take a title as their complement (نائب الرئيس، مستشار الملك، حرم الرئيس), with any proclitic. */
const CONSTRUCT_HEADS: ReadonlySet<string> = withProclitics(
  ['نائب', 'نائبة', 'مساعد', 'مساعدة', 'مستشار', 'مستشارة', 'وكيل', 'وكيلة', 'معاون', 'مدير', 'مديرة', 'سكرتير', 'سكرتيرة', 'مكتب', 'ديوان', 'حرس', 'قصر', 'حرم', 'عقيلة', 'زوجة', 'زوج', 'أرملة', 'نجل', 'نجلة', 'ابن', 'ابنة', 'شقيق', 'شقيقة', 'مبعوث', 'ممثل', 'متحدث', 'ناطق'].map((w) => foldString(w)),
);

/** Titles that are adjectives after another title (المستشار الإعلامي، الكاتب الروائي). */
const ADJECTIVES: ReadonlySet<string> = new Set(['الإعلامي', 'الإعلامية', 'الروائي', 'الروائية'].map((w) => foldString(w)));

/** Titles that are also common family names (محمد المخرج، أحمد القاضي): السيد before one with no name after is «Mr …». */
const FAMILY_NAMES: ReadonlySet<string> = new Set(
  ['القاضي', 'المحامي', 'الشيخ', 'الأمير', 'الحاج', 'الشاعر', 'الكاتب', 'المهندس', 'المخرج', 'البطل', 'العميد', 'الإمام', 'الملك', 'الفنان', 'المدرب', 'النائب'].map((w) => foldString(w)),
);


/** Is the word after token j a title (السيد الدكتور)? */
function titleNext(doc: AnalysedDocument, j: number): boolean {
  const n = doc.wordBeside(j, 1);
  return n >= 0 && TITLE_SET.has(doc.tokens[n].norm);
}

const rule: Rule<Options> = {
  meta: {
    id: 'stacked-titles',
    category: 'honorifics',
    defaultSeverity: 'warning',
    fixable: true,
    schema: {
      type: 'object',
      properties: { accepted: { type: 'array', items: { type: 'string' }, ...optionDoc({ en: 'Title pairs the house accepts, e.g. "الأستاذ الدكتور".', ar: 'أزواج ألقاب يقبلها أسلوب التحرير، مثل «الأستاذ الدكتور».' }) } },
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
        ar: 'لا يجمع الخبر بين لقبين قبل الاسم: «السيد الدكتور عمرو طلعت» ← «الدكتور عمرو طلعت». ولقب الملك أو الأمير أو الشيخ أو الرتبة العسكرية أو لقب الكنيسة يبقى ويُحذف ما بعده («الأمير الدكتور» ← «الأمير»، «اللواء المهندس» ← «اللواء»). و«الفريق» و«العميد» رتبتان قبل الدكتور والمهندس وحدهما، وقبل غيرهما هما الفريق الرياضي وعميد الكلية («ويقود الفريق المدرب …»). يمكن لأسلوب التحرير قبول أزواج بعينها مثل «الأستاذ الدكتور». والمنصب قبل لقب صاحبه العلمي أو العسكري أو القضائي منصب ولقب لا لقبان («المحافظ المهندس»، «الوزير المستشار»). وليس لقبين ما كان ثانيهما اسم العائلة («المهندس المخرج» بلا اسم بعده) أو صفة («المستشار الإعلامي»)، أو كان أولهما مضافا إليه («نائب الرئيس اللواء …»)، ولا يُمس ما بين علامتي تنصيص.',
        en: 'News copy does not stack two titles before a name: السيد الدكتور عمرو طلعت → الدكتور عمرو طلعت. A royal title, a military rank or a church title stays and the title after it goes (الأمير الدكتور → الأمير, اللواء المهندس → اللواء). الفريق and العميد are ranks only before الدكتور or المهندس; before any other title they are the team and the dean (ويقود الفريق المدرب …). A house may accept particular pairs such as الأستاذ الدكتور. Two title words are not two titles when the second is the family name (المهندس المخرج with no name after it) or an adjective (المستشار الإعلامي), or when the first completes a construct (نائب الرئيس اللواء …); an office before the holder’s academic, military or judicial title is the job and the title (المحافظ المهندس، الوزير المستشار); quotations are left alone.',
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
    // only the title words are visited: from each token on, the next one (the test below is theirs)
    const titles = new ListedWords(wordsIn(doc, TITLE_FORMS));
    for (let i = 0; i < toks.length; i++) {
      i = titles.from(i);
      if (i < 0) break;
      const t = toks[i];
      const seg = segment(t.norm, 2).find((s) => (s.article ? TITLE_SET.has('ال' + s.stem) : TITLE_SET.has(s.stem)) && s.prep !== 'س');
      if (!seg) continue;
      const first = seg.article ? 'ال' + seg.stem : seg.stem;
      let j = i + 1;
      while (j < toks.length && (toks[j].kind === 'space' || toks[j].kind === 'format')) j++;
      if (j >= toks.length || j === i + 1 || toks[j].kind !== 'word' || !TITLE_SET.has(toks[j].norm)) continue;
      if (accepted.has(`${first} ${toks[j].norm}`)) continue;
      if (TEAM_OR_DEAN.has(first) && !ACADEMIC.has(toks[j].norm)) continue;
      if (OFFICES.has(first) && HOLDER_TITLES.has(toks[j].norm)) continue;
      // a man's title and a woman's are two people (وكرم المحافظ الحاجة فاطمة: the local desk)
      if (feminine(first) !== feminine(toks[j].norm)) continue;
      // a verb that takes a person, an office for subject, then its object's title (واستقبل
      // المحافظ الشيخ إمام، والتقى الوزير السيد الدكتور …: the local desk): two people (a rank or a
      // royal title stacks on one: واستقبل الأمير الدكتور منصور الوفد)
      const verb = proclitic(seg) || !OFFICES.has(first) ? -1 : doc.wordBeside(i, -1);
      if (verb >= 0 && MEETS.has(toks[verb].norm)) continue;
      // النائب السيد البدوي: السيد after a title is the given name (but before another title,
      // الوزير السيد الدكتور محمد عوض, it may be a title too: the pair is reported below with
      // both readings offered, none applied, as before the adversarial run; review)
      if (toks[j].norm === 'السيد' && !titleNext(doc, j)) continue;
      // أحمد السيد الرئيس التنفيذي: the first title word is the family name of the given name before it
      const owner = proclitic(seg) ? -1 : doc.wordBeside(i, -1);
      if (owner >= 0 && givenName(toks[owner].norm, true)) continue;
      // المستشار الإعلامي: an adjective, not a second title
      if (ADJECTIVES.has(toks[j].norm)) continue;
      // نائب الرئيس اللواء …: the first ends a construct (the loop goes on from the second);
      // not السيد, which completes no construct (مكتب السيد الرئيس، نجل السيد الدكتور: a stack)
      const before = doc.prevSignificant(i);
      if (before && before.kind === 'word' && CONSTRUCT_HEADS.has(before.norm) && !GENERIC.has(first)) continue;
      if (inQuotation(doc, t.start)) continue;
      const generic = GENERIC.has(first);
      // two titles come before a name: المهندس المخرج هذه … is a title and a family name
      const after = doc.nextSignificant(j);
      const nameFollows = after !== undefined && after.kind === 'word' && !NOT_A_NAME.has(after.norm);
      if (!nameFollows && !generic) continue;
      // (السيد right after another title, «نائب الوزير السيد الدكتور», may be the given name: the
      // fix is only offered)
      const afterTitle = generic && owner >= 0 && TITLE_FORMS.has(toks[owner].norm); // (owner: the word before, no proclitic)
      const word = text.slice(t.start, t.end);
      // لل + title (للسيد): the finding covers the whole word, not its second half (لسيد)
      const lil = seg.article && seg.prefix.endsWith('لل');
      const prefixLetters = seg.article ? seg.prefix.length - (lil ? 1 : 2) : seg.prefix.length;
      const k = prefixLetters > 0 ? originalPrefixLength(word, prefixLetters, (c) => foldChar(c)) : 0;
      const prefix = word.slice(0, k);
      const start = lil ? t.start + (seg.conj ? originalPrefixLength(word, seg.conj.length, (c) => foldChar(c)) : 0) : t.start + k;
      const firstText = lil ? 'ا' + text.slice(t.start + k, t.end) : text.slice(start, t.end);
      const second = toks[j];
      const secondText = text.slice(second.start, second.end);
      const keepSecond: FixSpec = {
        messageId: 'keep',
        data: { title: secondText },
        edits: prefix ? [{ start: t.start, end: second.end, text: joinProclitic(prefix, secondText) }] : [{ start, end: second.start, text: '' }],
        // السيد القاضي أن …: القاضي may be his family name, then «القاضي أن» is another man
        preferred: generic && !afterTitle && (nameFollows || !FAMILY_NAMES.has(toks[j].norm)),
      };
      // a royal title or a rank before another title stays: the other goes, and that is certain
      const kept = KEPT_FIRST.has(first) && !KEPT_FIRST.has(second.norm);
      const keepFirst: FixSpec = { messageId: 'keep', data: { title: firstText }, edits: [{ start: t.end, end: second.end, text: '' }], preferred: kept };
      ctx.report({
        start,
        end: second.end,
        messageId: 'stacked',
        data: { titles: text.slice(start, second.end) },
        fixes: generic ? [keepSecond] : kept ? [keepFirst] : [keepSecond, keepFirst],
      });
      i = j;
    }
  },
};

export default rule;
