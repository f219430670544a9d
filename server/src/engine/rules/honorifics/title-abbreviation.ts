// title-abbreviation: abbreviated titles (د. م. أ.د.) written out, or the reverse, as
// the house prefers. An abbreviation counts only before a name: "2004 م." is a year.
// A quotation keeps its words (a tweet quoted with its «د. الطريفي، د. خوجه»), a headline or
// a subheading its abbreviation (short of room: «د. السديري: الهدف تحسين الخدمات»), and a name
// glued to the dot (د.مازن) gets its space back with the full title (الدكتور مازن).
// The abbreviation has no gender, the full title has: it is written feminine (الدكتورة،
// المهندسة، الأستاذة الدكتورة) where the text shows a woman (see titleGender).

import { lexiconKnows } from '../../lexicon';
import { originalPrefixLength, segment } from '../../text/arabic';
import { foldChar, foldedWithConjunctions, foldString } from '../../text/fold';
import type { AnalysedDocument } from '../../text/document';
import { optionDoc } from '../../messages';
import type { NameEntry, Rule } from '../../types';
import { isHeadlineLine } from '../headline';
import { findNameMentions } from '../names/mentions';
import { lookupVerb, verbsOf } from '../reporting-verbs/lexicon';
import { inQuotation, joinProclitic, TITLES, watchWords, ListedWords, withProclitics, wordsIn } from './titles';

interface Options {
  prefer: 'full' | 'abbreviated';
}

/** Abbreviations as token sequences: letters separated by dots. Longest first. */
const ABBR: Array<{ letters: string[]; full: string; feminine: string; abbr: string }> = [
  { letters: ['ا', 'د'], full: 'الأستاذ الدكتور', feminine: 'الأستاذة الدكتورة', abbr: 'أ.د.' },
  { letters: ['د'], full: 'الدكتور', feminine: 'الدكتورة', abbr: 'د.' },
  { letters: ['م'], full: 'المهندس', feminine: 'المهندسة', abbr: 'م.' },
];

const FULL_TO_ABBR = new Map([
  ['الدكتور', 'د.'],
  ['الدكتوره', 'د.'],
  ['المهندس', 'م.'],
  ['المهندسه', 'م.'],
]);

const FULL_FORMS = watchWords(withProclitics(FULL_TO_ABBR.keys()));

/**
 * The folded words that can start an abbreviation: its first letter after a proclitic
 * reading of segment() that the rule keeps (و/ف, then ب/ل/ك; no article, no س). One set
 * lookup sets aside every other short word (في، من، على …) before any segmenting.
 */
const ABBR_STARTS: ReadonlySet<string> = watchWords(
  (() => {
    const out = new Set<string>();
    for (const a of ABBR) for (const c of ['', 'و', 'ف']) for (const p of ['', 'ب', 'ل', 'ك']) out.add(c + p + a.letters[0]);
    return out;
  })(),
);

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

/**
 * Words ending in ت that are no third person feminine past (folded, without و/ف): nouns and
 * particles (بيت د. أحمد «Dr Ahmed's house», وقت، صوت، تحت، بنت …) and masculine verbs whose root
 * ends in ت (ولفت د. سالم إلى «Dr Salem pointed out», التفت، أثبت، سكت …). Words ending in ات
 * (plural nouns: تصريحات د. سالم; مات، بات، فات) and وت (صوت، موت، بيروت) are set aside by shape.
 */
const NOT_FEMININE_VERB: ReadonlySet<string> = new Set(
  [
    'بيت', 'زيت', 'صيت', 'مبيت', 'كبريت', 'عفريت', 'توقيت', 'تصويت', 'تثبيت', 'تفتيت', 'الكويت', 'كويت', 'وقت', 'تحت', 'بنت', 'أخت', 'ست', 'سبت', 'صمت',
    'نحت', 'بخت', 'يخت', 'تخت', 'مقت', 'سمت', 'عنت', 'نبت', 'ثبت', 'نعت', 'لفت', 'التفت', 'أفلت', 'انفلت', 'أثبت', 'سكت', 'أسكت', 'كبت', 'بهت', 'شمت',
    'أنبت', 'شتت', 'فتت', 'بت', 'أنت', 'كنت', 'لست', 'ليت', 'نت', 'إنترنت', 'انترنت', 'خفت', 'بغت', 'هفت', 'قلت', 'حيث', 'وقفت', 'تحدثت',
  ].map((w) => foldString(w)),
);

/** Feminine past verbs of roots ending in ي (حظيت، بقيت): words ending in يت are otherwise nouns (بيت، توقيت، تصويت). */
const FEMININE_YT: ReadonlySet<string> = new Set(['حظيت', 'بقيت', 'لقيت', 'رضيت', 'نسيت', 'خشيت', 'حييت', 'عنيت', 'أبقيت'].map((w) => foldString(w)));

/**
 * Is the folded word a third person feminine past verb (by its shape: ending in ت, not a noun or
 * a masculine verb of NOT_FEMININE_VERB)? 1 with و/ف before it (the verb opens a clause of its
 * own), 0 without, undefined when it is no such verb.
 */
function feminineVerb(norm: string): 0 | 1 | undefined {
  const conj = norm.length > 3 && (norm.charCodeAt(0) === 0x648 || norm.charCodeAt(0) === 0x641) ? 1 : 0;
  const verb = norm.slice(conj);
  if (verb.length < 3 || !verb.endsWith('ت')) return undefined;
  if (verb.endsWith('ات') || verb.endsWith('وت') || (verb.endsWith('يت') && !FEMININE_YT.has(verb))) return undefined;
  // (ال is also the start of a verb: التقت، التزمت; البيت، الوقت are the nouns)
  if (NOT_FEMININE_VERB.has(verb) || NOT_FEMININE_VERB.has(norm) || (verb.startsWith('ال') && NOT_FEMININE_VERB.has(verb.slice(2)))) return undefined;
  return conj;
}

/** Words before a verb that leave it at the head of its clause (كما قالت د. منى، وقد أكدت), folded. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  ['قد', 'وقد', 'فقد', 'لقد', 'كما', 'ثم', 'حيث', 'بينما', 'فيما', 'عندما', 'بعدما', 'كذلك', 'أيضا', 'فيما', 'حين', 'حينما', 'إذ', 'إذا', 'لما', 'وكما', 'ولما', 'وحين'].map((w) => foldString(w)),
);

/**
 * Is the word before the abbreviation a third person feminine past verb? 'initial' when it also
 * heads its clause (وقالت د. رانيا، وتفقدت د. مايا، كما أكدت د. منى): the news order puts the
 * subject right after it, so the person is a woman. 'inner' when something (its subject,
 * most likely) stands before it (الوزيرة التقت د. سالم): what follows may be its object, a man
 * or a woman. Undefined when the word is no such verb.
 */
function feminineVerbBefore(doc: AnalysedDocument, i: number): 'initial' | 'inner' | undefined {
  const toks = doc.tokens;
  if (toks[i].norm.length > 1) return undefined; // ود.: a proclitic on the title, the word before is no verb of it
  let p = i - 1;
  while (p >= 0 && (toks[p].kind === 'space' || toks[p].kind === 'format')) p--;
  if (p < 0 || p === i - 1 || toks[p].kind !== 'word') return undefined;
  const norm = toks[p].norm;
  // a past verb in ت, or a reporting verb's present in ت (وترى د. هدى، وتقول د. منى: the arts desk's reader)
  const present = lookupVerb(norm).find((m) => m.kind === 'present' && m.slot === 'pres:ت|');
  const conj = feminineVerb(norm) ?? (present ? (present.prefix.length > 0 ? 1 : 0) : undefined);
  if (conj === undefined) return undefined;
  if (conj) return 'initial';
  const before = doc.prevSignificant(p);
  if (!before || before.kind === 'newline' || before.kind === 'punct') return 'initial';
  return before.kind === 'word' && CLAUSE_OPENERS.has(before.norm) ? 'initial' : 'inner';
}

/**
 * Feminine titles and office nouns right before the abbreviation, in apposition to the person
 * (وقالت الوزيرة د. هالة زايد), folded, also with و. Only the word right before: برعاية د. أحمد
 * ends in ة too.
 */
const FEMININE_NOUNS: ReadonlySet<string> = foldedWithConjunctions(
  [
    ...TITLES.filter((t) => t.endsWith('ة') && t !== 'الداعية'), // (الداعية is a man's title too)
    'وزيرة', 'رئيسة', 'مديرة', 'عميدة', 'أستاذة', 'نائبة', 'سفيرة', 'مستشارة', 'الباحثة', 'باحثة', 'الطبيبة', 'طبيبة', 'المتحدثة', 'الأمينة', 'العميدة', 'المديرة', 'الرئيسة',
  ],
  ['و'],
);

/**
 * The gender the names list gives the person named right after the abbreviation (its title:
 * الدكتورة رانيا المشاط), if the list names one there by a whole spelling. A surname alone is
 * no proof (د. احمد العرفج is no listed رحمة أحمد), and whole spellings do not depend on the
 * rest of the draft, so a paragraph gives the same answer checked alone or in its draft.
 */
function listedGender(doc: AnalysedDocument, names: readonly NameEntry[] | undefined, token: number): 'f' | 'm' | undefined {
  if (!names || names.length === 0) return undefined;
  const m = findNameMentions(doc, names).find((x) => x.firstToken === token && (x.form.kind === 'canonical' || x.form.kind === 'variant'));
  const title = m?.entry.title?.trim();
  if (!title) return undefined;
  const first = foldString(title.split(/\s+/)[0]);
  return first.endsWith('ه') && first !== 'الداعيه' ? 'f' : 'm';
}

/**
 * Common men's given names (folded): a name that begins so is a man's, whatever comes before the
 * abbreviation («والتقت الوزيرة د. أحمد سالم»: the minister is the subject, Dr Ahmed the object).
 * (GIVEN_NAMES of name-consistency mixes men's and women's names.)
 */
const MALE_NAMES: ReadonlySet<string> = new Set(
  [
    'محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'حسن', 'حسين', 'إبراهيم', 'إسماعيل', 'يوسف', 'عمر', 'عمرو', 'خالد', 'طارق', 'هشام', 'أيمن', 'أسامة', 'ياسر',
    'سامح', 'شريف', 'كريم', 'عادل', 'سمير', 'مجدي', 'وليد', 'عماد', 'أشرف', 'حازم', 'عبد', 'عبدالله', 'عبدالرحمن', 'عبدالعزيز', 'ماجد', 'سعيد', 'سعد', 'جمال',
    'كمال', 'صلاح', 'مدحت', 'رامي', 'تامر', 'حمدي', 'فتحي', 'نبيل', 'جلال', 'طه', 'أنور', 'أسامه', 'هاني', 'عاطف', 'عصام', 'عزت', 'فاروق', 'فؤاد', 'زكي',
    'رضا', 'رأفت', 'سيد', 'السيد', 'صبري', 'عبده', 'منير', 'ناصر', 'نادر', 'وائل', 'ياسين', 'يحيى', 'زياد', 'سلطان', 'فهد', 'فيصل', 'بندر', 'نايف', 'حمد',
  ].map((w) => foldString(w)),
);

/**
 * Reporting verbs whose subject is the woman before the abbreviation and that take no person
 * for object (وأكدت الوزيرة د. هالة زايد أن …): the verb's lemma.
 */
const SAYING: ReadonlySet<string> = new Set(['قال', 'أكد', 'أشار', 'أشاد', 'أوضح', 'أضاف', 'لفت', 'نوه', 'شدد', 'كشف', 'صرح', 'ذكر', 'بين', 'تابع', 'أفاد', 'أعرب', 'استطرد', 'أردف', 'علق', 'رأى', 'زعم', 'عبر']);

/**
 * Is the feminine noun at token k the subject of a verb right before it that may take the person
 * after the abbreviation for its object (والتقت الوزيرة د. …، وكرمت الوزيرة د. …)? Not a verb of
 * saying (وقالت الوزيرة د. هالة: she is Dr Hala).
 */
function subjectOfVerbBefore(doc: AnalysedDocument, k: number): boolean {
  const p = doc.wordBeside(k, -1);
  if (p < 0) return false;
  const t = doc.tokens[p];
  const says = verbsOf(doc.text, t).some((v) => SAYING.has(v.lemma));
  return !says && feminineVerb(t.norm) !== undefined;
}

/**
 * Which full title the text asks for: 'f' the feminine (a feminine verb heading the clause, or
 * the names list), 'm' the masculine (nothing points to a woman, as most often), '?' either
 * (a feminine verb that may have the person for its object, or the list and the verb disagree).
 */
function titleGender(doc: AnalysedDocument, names: readonly NameEntry[] | undefined, i: number, nameToken: number): 'f' | 'm' | '?' {
  const listed = listedGender(doc, names, nameToken);
  if (listed === 'f') return 'f';
  // (review: «والتقت الوزيرة د. أحمد سالم» became «الدكتورة أحمد سالم»: a man's given name after
  // the abbreviation is a man, the feminine word before it another person)
  if (MALE_NAMES.has(doc.tokens[nameToken].norm)) return 'm';
  const prev = doc.wordBeside(i, -1);
  const nounBefore = prev >= 0 && doc.tokens[i].norm.length === 1 && FEMININE_NOUNS.has(doc.tokens[prev].norm);
  // (a feminine noun that is itself the subject of a verb before it, «وكرمت الوزيرة د. سلوى»,
  // may be another person than the one after the abbreviation, who may be the verb's object)
  const verb = nounBefore ? (subjectOfVerbBefore(doc, prev) ? 'inner' : 'initial') : feminineVerbBefore(doc, i);
  if (listed === 'm') return verb === 'initial' ? '?' : 'm';
  return verb === 'initial' ? 'f' : verb === 'inner' ? '?' : 'm';
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
        ar: 'يختار أسلوب التحرير كتابة اللقب كاملا («الدكتور») أو مختصرا («د.»). ويُكتب اللقب مؤنثا («وقالت د. رانيا» ← «وقالت الدكتورة رانيا») حين يدل النص على امرأة: فعل مؤنث يبدأ الجملة قبله، أو اسم مؤنث قبله، أو لقب مؤنث لها في قائمة الأسماء؛ وحين يتعارض الدليلان يُعرض الوجهان بلا ترجيح. لا يُعد «م.» بعد رقم سنة لقبا، ولا يُغيَّر ما بين علامتي تنصيص لأنه منقول بنصه، ولا يُطلب اللقب كاملا في العنوان أو العنوان الفرعي («د. السديري: الهدف تحسين الخدمات»)، فمساحته ضيقة.',
        en: 'The house chooses full titles (الدكتور) or abbreviations (د.). The title is written feminine (وقالت د. رانيا → وقالت الدكتورة رانيا) where the text shows a woman: a feminine verb opening the clause before it, a feminine noun before it, or her feminine title in the names list; where the signs disagree both forms are offered, neither preferred. “م.” after a year number is the era, not a title. Text between quotation marks is left as quoted, and a headline or a subheading may keep its abbreviation (د. السديري: الهدف تحسين الخدمات): it is short of room.',
      },
      good: 'التقى الدكتور عمرو طلعت السفير الصيني.',
      bad: 'التقى د. عمرو طلعت السفير الصيني.',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const text = doc.text;
    const toks = doc.tokens;
    // only the words that may start an abbreviation (or be a full title) are visited: from each
    // token on, the next one (the tests below are theirs)
    const starts = new ListedWords(wordsIn(doc, options.prefer === 'full' ? ABBR_STARTS : FULL_FORMS));
    for (let i = 0; i < toks.length; i++) {
      i = starts.from(i);
      if (i < 0) break;
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
          // a quotation keeps its words; a headline or a subheading, short of room, its «د.»
          if (inQuotation(doc, t.start) || isHeadlineLine(doc, t.start)) {
            i = last;
            break;
          }
          const word = text.slice(t.start, t.end);
          const k = seg.prefix ? originalPrefixLength(word, seg.prefix.length, (c) => foldChar(c)) : 0;
          const prefix = word.slice(0, k);
          // د.مازن: the full title is a word, the name after it needs its space (الدكتور مازن)
          const space = toks[after].start === toks[last].end ? ' ' : '';
          const abbr = text.slice(t.start + k, toks[last].end);
          // a proclitic and a letter may be a word of its own (ولد. «was born», لا بد.; not so
          // a proclitic and أ.د., letters and dots): then
          // the full title is only offered, never written by fix-all
          const sure = !(k > 0 && a.letters.length === 1 && lexiconKnows(t.norm));
          // (audit: «وقالت د. رانيا المشاط» became «وقالت الدكتور رانيا المشاط»)
          const gender = titleGender(doc, ctx.shared.names, i, after);
          const fix = (full: string, preferred: boolean) => ({ messageId: 'replace', data: { to: full }, edits: [{ start: t.start, end: toks[last].end, text: joinProclitic(prefix, full) + space }], preferred });
          const fixes =
            gender === 'f' ? [fix(a.feminine, sure), fix(a.full, false)] : gender === '?' ? [fix(a.full, false), fix(a.feminine, false)] : [fix(a.full, sure)];
          ctx.report({
            start: t.start + k,
            end: toks[last].end,
            messageId: 'writeFull',
            data: { full: gender === 'f' ? a.feminine : gender === '?' ? `${a.full} / ${a.feminine}` : a.full, abbr },
            fixes,
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
