// first-mention: a listed person is first named in full, with the title and role the
// names list gives (الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات); later
// mentions use the short form (طلعت). Flagged: a bare surname before any full mention,
// a first full mention without its title or role, and a repeated full title later.
// Headlines and kickers (the short lines before the first body paragraph) are exempt:
// a headline names people by surname.

import { firstStartingAt, type AnalysedDocument } from '../../text/document';
import { isJsWhitespace } from '../../text/chars';
import { foldString } from '../../text/fold';
import type { FixSpec, NameEntry, Rule, Span } from '../../types';
import { findNameMentions, surnameOf, type NameMention } from '../names/mentions';
import { tokenize } from '../../text/tokenize';
import { ABBREVIATIONS, joinProclitic, procliticOf, TITLE_SET } from './titles';

/**
 * End offset of the headline block: paragraphs before the first body paragraph, one that ends
 * in a sentence mark or holds 20 words or more (runs of non-white-space, counted in place: a
 * body paragraph is not split into its hundreds of words to find 20).
 */
export function headlineEnd(doc: AnalysedDocument): number {
  const text = doc.text;
  for (const p of doc.paragraphs) {
    let last = p.end - 1;
    while (last >= p.start && isJsWhitespace(text.charCodeAt(last))) last--;
    if (last >= p.start && SENTENCE_END.includes(text[last])) return p.start;
    let words = 0;
    let inWord = false;
    for (let i = p.start; i <= last && words < 20; i++) {
      const space = isJsWhitespace(text.charCodeAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    if (words >= 20) return p.start;
  }
  return 0;
}

/** What a paragraph of the body ends with (a headline does not). */
const SENTENCE_END = '.!؟?:»"';

/** A title or role as the names list writes it, in the draft's terms: its words (folded) and marks, in order. */
type Phrase = Array<{ word: boolean; text: string }>;

const phrases = new Map<string, Phrase>();
function phraseOf(s: string): Phrase {
  let p = phrases.get(s);
  if (!p) {
    p = tokenize(s)
      .filter((t) => t.kind !== 'space' && t.kind !== 'format' && t.kind !== 'newline')
      .map((t) => (t.kind === 'word' ? { word: true, text: t.norm } : { word: false, text: s.slice(t.start, t.end) }));
    if (phrases.size >= 1000) phrases.clear();
    phrases.set(s, p);
  }
  return p;
}

/** Does token k read as phrase item `x` (a word through its folded form, anything else as written)? */
function tokenIs(doc: AnalysedDocument, k: number, x: Phrase[number]): boolean {
  const t = doc.tokens[k];
  return x.word ? t.kind === 'word' && t.norm === x.text : t.kind !== 'word' && doc.text.slice(t.start, t.end) === x.text;
}

/** The significant token before (dir -1) or after (dir 1) token k (spaces and format characters skipped), or -1. */
function beside(doc: AnalysedDocument, k: number, dir: -1 | 1): number {
  for (let i = k + dir; i >= 0 && i < doc.tokens.length; i += dir) {
    const kind = doc.tokens[i].kind;
    if (kind !== 'space' && kind !== 'format') return kind === 'newline' ? -1 : i;
  }
  return -1;
}

const isComma = (doc: AnalysedDocument, k: number) => doc.tokens[k].kind === 'punct' && (doc.text[doc.tokens[k].start] === '،' || doc.text[doc.tokens[k].start] === ',');

/** Titles as the first word of a construct (وزير الخارجية، رئيس الوزراء، ولي العهد): the known titles without their article, and a few nouns of office. */
const TITLE_NOUNS: readonly string[] = [...new Set([...[...TITLE_SET].map((t) => (t.startsWith('ال') ? t.slice(2) : t)), 'امين', 'ولي', 'مدير', 'نائب', 'رئيس', 'وزير', 'سفير', 'محافظ', 'مستشار', 'قائد'])];


/**
 * The phrase written right before token `at` (the last of it next to it, or with a comma
 * between: وزير الخارجية، سامح شكري), its first word through a proclitic (وقال والدكتور،
 * للدكتور): the index of its first token and that proclitic, or undefined.
 */
function phraseBefore(doc: AnalysedDocument, at: number, phrase: Phrase): { first: number; prefix: string } | undefined {
  if (phrase.length === 0) return undefined;
  let k = beside(doc, at, -1);
  if (k >= 0 && isComma(doc, k) && !(phrase[phrase.length - 1].text === '،' || phrase[phrase.length - 1].text === ',')) k = beside(doc, k, -1);
  for (let w = phrase.length - 1; w > 0; w--, k = beside(doc, k, -1)) if (k < 0 || !tokenIs(doc, k, phrase[w])) return undefined;
  if (k < 0) return undefined;
  const t = doc.tokens[k];
  if (!phrase[0].word) return tokenIs(doc, k, phrase[0]) ? { first: k, prefix: '' } : undefined;
  const pre = t.kind === 'word' ? procliticOf(t.norm, phrase[0].text) : undefined;
  if (pre === undefined) return undefined;
  return { first: k, prefix: doc.text.slice(t.start, t.end).slice(0, pre.length) };
}

/**
 * Does the phrase start at token k (spaces, format characters and, first, a comma skipped; with
 * `proclitic`, its first word may carry one: وبولي العهد)? The end of it, or -1.
 */
function phraseAt(doc: AnalysedDocument, k: number, phrase: Phrase, proclitic = false): number {
  if (phrase.length === 0 || k < 0) return -1;
  if (isComma(doc, k) && phrase[0].word) k = beside(doc, k, 1);
  for (let w = 0; w < phrase.length; w++) {
    if (k < 0) return -1;
    const first = w === 0 && proclitic && phrase[0].word && doc.tokens[k].kind === 'word';
    if (first ? procliticOf(doc.tokens[k].norm, phrase[0].text) === undefined : !tokenIs(doc, k, phrase[w])) return -1;
    if (w < phrase.length - 1) k = beside(doc, k, 1);
  }
  return doc.tokens[k].end;
}

/**
 * The title before the mention, its span and the proclitic on it. `full`: as the names list
 * writes it, or its abbreviation (د. for الدكتور). Not `full`: another title is there (a word of
 * this one, a known title or title of office, an abbreviation: الرئيس for سيادة الرئيس after
 * another rule cut the honorific, وزير الخارجية for الوزير), which the writer may mean: the
 * listed one is named in the message, never written in. Undefined: no title.
 */
function titleBefore(doc: AnalysedDocument, m: NameMention, title: string): (Span & { prefix: string; full: boolean }) | undefined {
  if (m.prefix) return undefined; // وعمرو طلعت: the proclitic is the name's, no title between
  const nameStart = m.firstToken;
  const before = beside(doc, nameStart, -1);
  if (before < 0) return undefined;
  const end = doc.tokens[isComma(doc, before) ? Math.max(0, beside(doc, before, -1)) : before].end;
  const folded = foldString(title);
  for (const form of [title, ...ABBREVIATIONS.filter((a) => foldString(a.full) === folded).map((a) => a.abbr)]) {
    const found = phraseBefore(doc, nameStart, phraseOf(form));
    if (found) return { start: doc.tokens[found.first].start, end, prefix: found.prefix, full: true };
  }
  // something title-like just before the name: a title word, or one followed only by words with
  // the article (الدكتور; وزير الخارجية; الرئيس الأمريكي), three words at most; or an abbreviation
  let k = isComma(doc, before) ? beside(doc, before, -1) : before;
  const titleWords = new Set(phraseOf(title).filter((x) => x.word).map((x) => x.text));
  for (let n = 0; n < 3 && k >= 0; n++, k = beside(doc, k, -1)) {
    const t = doc.tokens[k];
    if (t.kind === 'word') {
      for (const w of [...TITLE_SET, ...TITLE_NOUNS, ...titleWords]) {
        const pre = t.norm.endsWith(w.slice(1)) ? procliticOf(t.norm, w) : undefined;
        if (pre !== undefined) return { start: t.start, end, prefix: doc.text.slice(t.start, t.end).slice(0, pre.length), full: false };
      }
      if (t.norm.startsWith('ال')) continue; // the rest of a construct or an adjective (الخارجية، الأمريكي)
      break;
    }
    // an abbreviation: a word of one or two letters and its dot (د. م. أ.د.)
    if (n === 0 && t.kind === 'punct' && doc.text[t.start] === '.') {
      const w = beside(doc, k, -1);
      if (w >= 0 && doc.tokens[w].kind === 'word' && doc.tokens[w].norm.length <= 2) return { start: doc.tokens[w].start, end, prefix: '', full: false };
    }
    break;
  }
  return undefined;
}

/**
 * Whether the role is written with the mention: right after the name (after an optional
 * comma: its end), or anywhere else in the name's paragraph (before the name, in brackets,
 * between dashes: 0). -1: not there.
 */
function roleWith(doc: AnalysedDocument, m: NameMention, role: string): number {
  const phrase = phraseOf(role);
  const after = phraseAt(doc, beside(doc, m.lastToken, 1), phrase);
  if (after >= 0) return after;
  const p = doc.paragraphs[doc.paragraphIndexAt(m.start)];
  if (!p) return -1;
  for (let k = firstStartingAt(doc.tokens, p.start); k < doc.tokens.length && doc.tokens[k].start < p.end; k++) {
    if (phraseAt(doc, k, phrase, true) >= 0) return 0;
  }
  return -1;
}

/**
 * A one-word listed name (طلعت) right after another word, no proclitic or mark between: it may
 * be the end of a longer name (عمرو طلعت), where a title written before it would land inside
 * the name (عمرو الدكتور طلعت). The title is then only offered.
 */
function midName(doc: AnalysedDocument, m: NameMention, e: NameEntry): boolean {
  return !m.prefix && !/\s/.test(e.canonical.trim()) && doc.wordBeside(m.firstToken, -1) >= 0;
}

/** What the rule writes at a first mention: the title, the name and the role («الدكتور عمرو طلعت وزير الاتصالات»). */
export function fullForm(e: NameEntry): string {
  return [e.title, e.canonical, e.role].filter(Boolean).join(' ');
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'first-mention',
    category: 'honorifics',
    defaultSeverity: 'info',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      bareSurname: { ar: 'أول ذكر لـ«{name}» بالاسم المختصر: اذكره كاملا باللقب والصفة أولا', en: 'First mention of “{name}” by surname only: name them in full, with title and role, first' },
      incomplete: { ar: 'أول ذكر لـ«{name}» ينقصه {missing}: «{full}»', en: 'The first mention of “{name}” lacks the {missingEn}: “{full}”' },
      repeatedFull: { ar: '«{name}» ذُكر كاملا من قبل: يكفي «{short}»', en: '“{name}” was already named in full: “{short}” is enough' },
      firstFull: { ar: 'أول ذكر كامل', en: 'First full mention' },
      writeFull: { ar: 'اكتب «{full}»', en: 'Write “{full}”' },
      writeShort: { ar: 'اكتب «{short}»', en: 'Write “{short}”' },
    },
    docs: {
      description: { ar: 'الذكر الأول للشخص كاملا باللقب والصفة، ثم بالاسم المختصر', en: 'A person named in full (title, role) first, by surname afterwards' },
      explanation: {
        ar: 'لمن في قائمة الأسماء لقب وصفة: يُذكر أول مرة كاملا («الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات»)، ثم بالاسم المختصر («طلعت»). يُنبَّه على الاسم المختصر قبل الذكر الكامل، وعلى ذكر أول ينقصه اللقب أو الصفة، وعلى تكرار اللقب والاسم كاملين بعد ذلك. العنوان معفى.',
        en: 'For listed people with a title and role: the first mention is in full (الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات), later ones by surname (طلعت). Flagged: a surname before any full mention, a first mention missing its title or role, and the full title repeated later. Headlines are exempt.',
      },
      good: 'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات السفير.\n\nوأشاد طلعت بالعلاقات.',
      bad: 'وأشاد طلعت بالعلاقات.\n\nالتقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات السفير.',
      exampleShared: {
        names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت', 'عمرو طلعة'], title: 'الدكتور', role: 'وزير الاتصالات وتكنولوجيا المعلومات', source: { file: '(example)', start: 0, end: 0 } }],
      },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const mentions = findNameMentions(doc, ctx.shared.names);
    if (mentions.length === 0) return;
    const bodyStart = headlineEnd(doc);
    const seenFull = new Map<NameEntry, NameMention>();
    const bare = new Set<NameEntry>();
    for (const m of mentions) {
      const e = m.entry;
      if (!e.title && !e.role) continue;
      if (m.start < bodyStart) continue;
      const isSurname = m.form.kind === 'surname' || m.form.kind === 'variant-surname';
      const name = e.canonical;
      const first = seenFull.get(e);
      if (isSurname) {
        if (first || bare.has(e)) continue;
        const full = fullForm(e);
        const fix: FixSpec = { messageId: 'writeFull', data: { full }, edits: [{ start: m.start, end: m.end, text: full }] };
        ctx.report({ start: m.start, end: m.end, messageId: 'bareSurname', data: { name }, fixes: [fix] });
        bare.add(e); // once per person
        continue;
      }
      const title = e.title ? titleBefore(doc, m, e.title) : undefined;
      if (!first) {
        seenFull.set(e, m);
        const missingTitle = !!e.title && !title?.full;
        const missingRole = !!e.role && roleWith(doc, m, e.role) < 0;
        if (!missingTitle && !missingRole) continue;
        const edits = [];
        // (another title there, the writer's or what another rule made of this one: the message
        // names the listed one, and no fix writes it in: replacing وزير الخارجية with الوزير, or
        // writing both, is the writer's call)
        if (missingTitle && !title) edits.push({ start: m.wordStart, end: m.start, text: joinProclitic(m.prefix, e.title!) + ' ' });
        if (missingRole) edits.push({ start: m.end, end: m.end, text: ' ' + e.role });
        const missing = [missingTitle ? 'اللقب' : '', missingRole ? 'الصفة' : ''].filter(Boolean).join(' و');
        const missingEn = [missingTitle ? 'title' : '', missingRole ? 'role' : ''].filter(Boolean).join(' and ');
        ctx.report({
          start: m.start,
          end: m.end,
          messageId: 'incomplete',
          data: { name, missing, missingEn, full: fullForm(e) },
          fixes: edits.length ? [{ messageId: 'writeFull', data: { full: fullForm(e) }, edits, preferred: !midName(doc, m, e) || !missingTitle }] : [],
        });
        continue;
      }
      if (title?.full) {
        const short = surnameOf(e.canonical);
        const roleEnd = e.role ? phraseAt(doc, beside(doc, m.lastToken, 1), phraseOf(e.role)) : -1;
        const end = roleEnd > 0 ? roleEnd : m.end;
        ctx.report({
          start: title.start + title.prefix.length,
          end,
          messageId: 'repeatedFull',
          data: { name, short },
          fixes: [{ messageId: 'writeShort', data: { short }, edits: [{ start: title.start, end, text: title.prefix + short }], preferred: true }],
          related: [{ start: first.start, end: first.end, messageId: 'firstFull' }],
        });
      }
    }
  },
};

export default rule;
