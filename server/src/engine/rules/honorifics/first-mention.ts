// first-mention: a listed person is first named in full, with the title and role the
// names list gives (الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات); later
// mentions use the short form (طلعت). Flagged: a bare surname before any full mention,
// a first full mention without its title or role, and a repeated full title later.
// Headlines and kickers (the short lines before the first body paragraph) are exempt:
// a headline names people by surname.

import type { AnalysedDocument } from '../../text/document';
import { isJsWhitespace } from '../../text/chars';
import { foldString } from '../../text/fold';
import type { FixSpec, NameEntry, Rule, Span } from '../../types';
import { findNameMentions, surnameOf, type NameMention } from '../names/mentions';
import { joinProclitic } from './titles';

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

/**
 * The title written right before the mention: every word of it, in order (الدكتور; الأمين
 * العام لجامعة الدول العربية), the first through a proclitic (وقال والدكتور). Its span and
 * that proclitic.
 */
function titleBefore(doc: AnalysedDocument, m: NameMention, title: string): (Span & { prefix: string }) | undefined {
  if (m.prefix) return undefined;
  const words = title.split(/\s+/).filter(Boolean).map((w) => foldString(w));
  if (words.length === 0) return undefined;
  let k = m.firstToken;
  for (let w = words.length - 1; w >= 0; w--) {
    k = doc.wordBeside(k, -1);
    if (k < 0) return undefined;
    const norm = doc.tokens[k].norm;
    if (w > 0 ? norm !== words[w] : !norm.endsWith(words[0])) return undefined;
  }
  const first = doc.tokens[k];
  const pre = first.norm.slice(0, first.norm.length - words[0].length);
  if (!['', 'و', 'ف', 'ب', 'ك'].includes(pre)) return undefined;
  const end = doc.tokens[doc.wordBeside(m.firstToken, -1)].end;
  return { start: first.start, end, prefix: doc.text.slice(first.start, first.end).slice(0, pre.length) };
}

/** Whether the role's words follow the mention (after an optional comma). Returns the end of the role or -1. */
function roleAfter(doc: AnalysedDocument, m: NameMention, role: string): number {
  const words = role.split(/\s+/).filter(Boolean).map((w) => foldString(w));
  let k = m.lastToken;
  for (let w = 0; w < words.length; w++) {
    k++;
    while (k < doc.tokens.length && (doc.tokens[k].kind === 'space' || doc.tokens[k].kind === 'format' || (w === 0 && doc.tokens[k].kind === 'punct' && doc.text[doc.tokens[k].start] === '،'))) k++;
    const t = doc.tokens[k];
    if (!t || t.kind !== 'word' || t.norm !== words[w]) return -1;
  }
  return doc.tokens[k].end;
}

function fullForm(e: NameEntry): string {
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
        const missingTitle = !!e.title && !title;
        const missingRole = !!e.role && roleAfter(doc, m, e.role) < 0;
        if (!missingTitle && !missingRole) continue;
        const edits = [];
        if (missingTitle) edits.push({ start: m.wordStart, end: m.start, text: joinProclitic(m.prefix, e.title!) + ' ' });
        if (missingRole) edits.push({ start: m.end, end: m.end, text: ' ' + e.role });
        const missing = [missingTitle ? 'اللقب' : '', missingRole ? 'الصفة' : ''].filter(Boolean).join(' و');
        const missingEn = [missingTitle ? 'title' : '', missingRole ? 'role' : ''].filter(Boolean).join(' and ');
        ctx.report({
          start: m.start,
          end: m.end,
          messageId: 'incomplete',
          data: { name, missing, missingEn, full: fullForm(e) },
          fixes: [{ messageId: 'writeFull', data: { full: fullForm(e) }, edits, preferred: true }],
        });
        continue;
      }
      if (title) {
        const short = surnameOf(e.canonical);
        const roleEnd = e.role ? roleAfter(doc, m, e.role) : -1;
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
