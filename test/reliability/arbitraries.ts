// fast-check generators of hostile Arabic drafts for the reliability tests: real words of the
// sample article (read at test time), random letters with diacritics and tatweel, proclitics
// and attached pronouns, the three digit systems with their separators, Latin words, URLs,
// emoji and other astral characters, LONE surrogates, bidi controls, zero-width characters,
// no-break spaces, every kind of line end, very long lines, empty drafts, Markdown constructs,
// names-list names and their variants, honorifics, reporting verbs and scrape leftovers
// (arbitraries.test.ts checks that each of them really turns up).

import fc from 'fast-check';
import type { NameEntry, ResolvedConfig, RuleSetting } from '../../server/src/engine';
import { allRules } from '../../server/src/engine';
import { WORD_LIST_TARGETS } from '../../server/src/config';
import { sampleArticle } from '../lib/corpus';

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

export const LETTERS = [...range(0x0621, 0x063a), ...range(0x0641, 0x064a), 'ٱ', 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ہ', 'ۀ'];
export const DIACRITICS = [...range(0x064b, 0x065f), '\u0670'];
export const TATWEEL = '\u0640';
export const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'فال', 'بال', 'وبال', 'ولل', 'س', 'وس'];
/** Attached pronouns (enclitics): وزيرها، أكدوا، سموه، قالتا … */
export const ENCLITICS = ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'نا', 'ي', 'ني', 'وا', 'تا'];
const WESTERN = range(0x30, 0x39);
const ARABIC_INDIC = range(0x0660, 0x0669);
const PERSIAN = range(0x06f0, 0x06f9);
const NUMBER_SEPARATORS = [',', '.', '٫', '٬', '،', '/', ':', '-', '%', '٪', ' '];
const BIDI = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u180e'];
const SPACES = [' ', ' ', ' ', '  ', '\u00a0', '\u202f', '\u2009', '\u3000', '\t'];
const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\u2028', '\u0085'];
const PUNCT = ['،', '؛', '؟', '.', ',', ';', '?', '!', ':', '!!', '؟؟', '،،', '...', '…', '«', '»', '"', "'", '(', ')', '[', ']', '{', '}', '—', '–', '-', '*', '_', '`', '#', '/', '\\', '<', '>', '&', '|', '٪', '%'];
const ASTRAL = ['😀', '👍🏽', '👨‍👩‍👧', '🇸🇦', '🕋', '𝐀', '𐎀', '𝕏', '🤲🏻', '☪️', '🏳️‍🌈', '\u{1F600}\u{FE0F}', '\u{10FFFF}', '\u{E0041}'];
const LONE = ['\ud800', '\udc00', '\udbff', '\udfff', '\ud83d', '\ude00'];
const PRESENTATION = ['ﻃﻠﻌﺖ', 'ﻻ', 'ﷲ', 'ﺍﻟﻮﺯﻳﺮ', 'ﻫ', 'ﺏ'];
const LATIN = ['Twitter', 'Facebook', 'share', 'Read more', 'CEO', 'AI', 'iPhone', 'COVID-19', 'G20', 'x86_64', 'e.g.', 'Dr.', 'ABC', 'http', 'www'];
const URLS = [
  'https://www.youm7.com/story/2019/6/20/طلعت/4296912',
  'http://example.com/a?b=1&c=٢#x',
  'www.sis.gov.eg',
  'pic.twitter.com/AbC123',
  'https://t.co/xYz',
  'user@example.com',
  '@MCIT_Egypt',
  '#مصر',
  'ftp://x.y/z',
  'https://',
];
/** Words the rules know: honorifics, titles, reporting verbs, confusables, orthography traps. */
const KNOWN = [
  'فخامة', 'معالي', 'سعادة', 'سيادة', 'حضرة', 'صاحب المعالي', 'سموه', 'معاليه', 'لفخامة', 'وفخامة',
  'الرئيس', 'الوزير', 'الدكتور', 'د.', 'م.', 'المهندس', 'السيد', 'السيد الدكتور', 'الأستاذ الدكتور', 'السفير', 'اللواء',
  'قال', 'أكد', 'أشار', 'أشاد', 'أوضح', 'أضاف', 'لفت', 'نوه', 'شدد', 'أعلن', 'كشف', 'صرح', 'ذكر', 'مشيرا', 'وأشار', 'أشاد إلى', 'أشار بـ', 'وأشاد', 'يشير', 'إشارة',
  'على', 'علي', 'إلى', 'الي', 'حتي', 'فى', 'الذى', 'المصرى', 'مصطفى', 'الافريقية', 'الالكترونيات', 'اظهر', 'ان', 'الحكومه', 'و هى', 'الدكتورعبدالرحمن', 'عبدالله',
  'اقرأ أيضا', 'اظهر المزيد', 'زر الذهاب إلى الأعلى', 'قد يعجبك أيضا', 'مواضيع متعلقة', 'اضغط هنا', 'تم نسخ الرابط', 'شارك', 'أهم الأخبار', 'تابعنا على',
];

/** The names list of the runs that exercise the names rules (made-up entries and names of the sample article). */
export const NAMES: NameEntry[] = [
  { canonical: 'عمرو طلعت', variants: ['عمر طلعت', 'عمرو طلعة'], title: 'الدكتور', role: 'وزير الاتصالات وتكنولوجيا المعلومات', source: { file: 'names.tsv', start: 0, end: 1 } },
  { canonical: 'لياو لي تشيانغ', variants: ['لياو ليكيانج'], title: 'السفير', source: { file: 'names.tsv', start: 1, end: 2 } },
  { canonical: 'هالة السعيد', variants: ['هاله السعيد'], title: 'الدكتورة', source: { file: 'names.tsv', start: 2, end: 3 } },
  { canonical: 'مصطفى مدبولي', variants: ['مصطفي مدبولى', 'مصطفى مدبولى'], title: 'الدكتور', role: 'رئيس الوزراء', source: { file: 'names.tsv', start: 3, end: 4 } },
];
const NAME_FORMS = NAMES.flatMap((n) => [n.canonical, ...n.variants, ...(n.title ? [`${n.title} ${n.canonical}`, `${n.title} ${n.variants[0]}`] : []), n.canonical.split(' ').pop()!]);

let sampleWords: string[] | undefined;
/** Words of the sample article (read at test time). */
export function articleWords(): string[] {
  sampleWords ??= [...new Set(sampleArticle().split(/[\s\u00a0]+/).filter(Boolean))];
  return sampleWords;
}

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** A random Arabic word: optional proclitics and an attached pronoun, letters with diacritics and tatweel sprinkled in. */
export const arabicWord: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(pick(PROCLITICS), { nil: '' }),
    fc.array(fc.tuple(pick(LETTERS), fc.option(pick(DIACRITICS), { nil: '', freq: 3 }), fc.option(fc.constantFrom(TATWEEL, TATWEEL + TATWEEL + TATWEEL), { nil: '', freq: 8 })), { minLength: 1, maxLength: 9 }),
    fc.option(pick(ENCLITICS), { nil: '', freq: 2 }),
  )
  .map(([p, cs, e]) => p + cs.map(([l, d, t]) => l + d + t).join('') + e);

/** A number in one or several digit systems, with separators, percent signs and stray digits of another system. */
export const number: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: pick(WESTERN), weight: 4 }, { arbitrary: pick(ARABIC_INDIC), weight: 3 }, { arbitrary: pick(PERSIAN), weight: 1 }, { arbitrary: pick(NUMBER_SEPARATORS), weight: 1 }), { minLength: 1, maxLength: 12 })
  .map((xs) => xs.join(''));

/** A real word of the sample article, maybe with a proclitic or an attached pronoun added. */
const realWord: fc.Arbitrary<string> = fc.tuple(fc.option(pick(['و', 'ف', 'ب', 'ل', 'وال']), { nil: '', freq: 5 }), fc.option(pick(['ه', 'ها', 'هم', 'نا']), { nil: '', freq: 10 })).chain(([p, e]) =>
  fc.constantFrom(...articleWords()).map((w) => p + w + e),
);

const word: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: realWord, weight: 8 },
  { arbitrary: arabicWord, weight: 5 },
  { arbitrary: pick(KNOWN), weight: 3 },
  { arbitrary: pick(NAME_FORMS), weight: 2 },
  { arbitrary: number, weight: 2 },
  { arbitrary: pick(LATIN), weight: 1 },
  { arbitrary: pick(URLS), weight: 1 },
  { arbitrary: pick(PRESENTATION), weight: 1 },
);

const separator: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant(' '), weight: 20 },
  { arbitrary: pick(SPACES), weight: 2 },
  { arbitrary: pick(PUNCT).map((p) => p + ' '), weight: 4 },
  { arbitrary: pick(PUNCT), weight: 2 },
  { arbitrary: pick(LINE_ENDS), weight: 3 },
  { arbitrary: pick(BIDI), weight: 1 },
  { arbitrary: pick(ZERO_WIDTH), weight: 1 },
  { arbitrary: pick(ASTRAL), weight: 1 },
  { arbitrary: pick(LONE), weight: 1 },
  { arbitrary: fc.constant(''), weight: 1 },
);

/** Noise placed anywhere, even inside a word: the characters no draft should have but some do. */
export const noise: fc.Arbitrary<string> = fc.oneof(pick(BIDI), pick(ZERO_WIDTH), pick(LONE), pick(ASTRAL), pick(DIACRITICS), fc.constant(TATWEEL), pick(SPACES), pick(LINE_ENDS), fc.constant('\u0000'));

/** A line of prose: words and separators, now and then a noise character inside a word. */
export const prose: fc.Arbitrary<string> = fc
  .array(fc.tuple(word, separator, fc.option(fc.tuple(noise, fc.nat()), { nil: undefined, freq: 12 })), { minLength: 1, maxLength: 30 })
  .map((xs) =>
    xs
      .map(([w, s, n]) => {
        if (!n) return w + s;
        const at = n[1] % (w.length + 1);
        return w.slice(0, at) + n[0] + w.slice(at) + s;
      })
      .join(''),
  );

const MARKDOWN_BLOCKS = [
  (p: string) => `# ${p}`,
  (p: string) => `## ${p} ##`,
  (p: string) => `> ${p}`,
  (p: string) => `- ${p}`,
  (p: string) => `1. ${p}`,
  (p: string) => `**${p}**`,
  (p: string) => `_${p}_`,
  (p: string) => `\`${p}\``,
  (p: string) => `\`\`\`\n${p}\n\`\`\``,
  (p: string) => `~~~js\n${p}`, // unclosed fence
  (p: string) => `[${p}](https://example.com/${p.length})`,
  (p: string) => `![صورة](img.png "${p}")`,
  (p: string) => `<!-- ${p} -->`,
  (p: string) => `<!-- mudaqqiq-disable-next-line -->\n${p}`,
  (p: string) => `<!-- mudaqqiq-disable-line tatweel -->${p}`,
  (p: string) => `<!-- mudaqqiq-disable category:digits -->\n${p}`,
  (p: string) => `<div dir="rtl">${p}</div>`,
  (p: string) => `| ${p} | ${p.length} |\n|---|---|`,
  (p: string) => `---\ntitle: ${p}\n---`,
  (p: string) => `    ${p}`, // indented code
  (p: string) => `${p}  \n`, // hard break
  (p: string) => `<${p}`,
  (p: string) => `\`\`${p}`,
];

const markdownBlock: fc.Arbitrary<string> = fc.tuple(fc.nat(MARKDOWN_BLOCKS.length - 1), prose).map(([i, p]) => MARKDOWN_BLOCKS[i](p));

/** A very long line: one piece of prose or one character repeated, without a line break. */
export const longLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(prose, fc.integer({ min: 50, max: 400 })).map(([p, n]) => p.replace(/[\r\n\u2028\u0085]/g, ' ').repeat(n).slice(0, 40_000)),
  fc.tuple(fc.constantFrom('ـ', 'ا', '!', ' ', '\u200b', '٣', '😀', 'اقرأ أيضا ', '«', '('), fc.integer({ min: 1_000, max: 40_000 })).map(([c, n]) => c.repeat(n).slice(0, 40_000)),
);

/** A whole draft: blocks of prose and Markdown, every kind of line end, sometimes empty, sometimes one very long line. */
export function draft(opts: { long?: boolean } = {}): fc.Arbitrary<string> {
  const block = fc.oneof({ arbitrary: prose, weight: 6 }, { arbitrary: markdownBlock, weight: 2 }, { arbitrary: pick(KNOWN), weight: 1 }, ...(opts.long ? [{ arbitrary: longLine, weight: 1 }] : []));
  return fc.oneof(
    { arbitrary: fc.constant(''), weight: 1 },
    { arbitrary: fc.oneof(pick(LINE_ENDS), noise, pick(LONE), pick(ASTRAL)), weight: 1 },
    { arbitrary: soup, weight: 4 },
    {
      arbitrary: fc
        .array(fc.tuple(block, pick(LINE_ENDS)), { minLength: 1, maxLength: 12 })
        .map((bs) => bs.map(([b, e]) => b + e).join('')),
      weight: 12,
    },
  );
}

/** Character soup: any of the characters above in any order, astral ones split now and then. */
export const soup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: pick(LETTERS), weight: 10 },
      { arbitrary: pick(DIACRITICS), weight: 3 },
      { arbitrary: fc.constant(TATWEEL), weight: 2 },
      { arbitrary: pick([...WESTERN, ...ARABIC_INDIC, ...PERSIAN]), weight: 3 },
      { arbitrary: pick(NUMBER_SEPARATORS), weight: 2 },
      { arbitrary: pick(PUNCT), weight: 3 },
      { arbitrary: pick(SPACES), weight: 5 },
      { arbitrary: pick(LINE_ENDS), weight: 2 },
      { arbitrary: pick(BIDI), weight: 1 },
      { arbitrary: pick(ZERO_WIDTH), weight: 1 },
      { arbitrary: pick(ASTRAL), weight: 1 },
      { arbitrary: pick(ASTRAL).map((a) => a.slice(0, 1)), weight: 1 },
      { arbitrary: pick(ASTRAL).map((a) => a.slice(1)), weight: 1 },
      { arbitrary: pick(LONE), weight: 1 },
      { arbitrary: pick(PROCLITICS), weight: 2 },
      { arbitrary: pick(KNOWN), weight: 2 },
      { arbitrary: pick(PRESENTATION), weight: 1 },
      { arbitrary: pick(['<!--', '-->', '```', '`', '#', '*', '>', '[', '](', 'http://', '@', 'mudaqqiq-disable', '\\']), weight: 1 },
    ),
    { maxLength: 120 },
  )
  .map((xs) => xs.join(''));

export type Lang = 'plaintext' | 'markdown' | 'arabic-news';
export const LANGUAGES: readonly Lang[] = ['plaintext', 'markdown', 'arabic-news'];

/** Every registered rule switched on (spelling is off by default), with or without the house-style data. */
export function allOnConfig(withShared: boolean): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const r of allRules) rules[r.meta.id] = { severity: r.meta.defaultSeverity === 'off' ? 'info' : r.meta.defaultSeverity };
  if (!withShared) return { rules };
  // The house-style word lists reach their rules as the loader passes them (WORD_LIST_TARGETS):
  // appended to the rule's own list option. Regex metacharacters among them must stay inert.
  const lists: Record<string, string[]> = { leftoverPhrases: HOSTILE_PHRASES, honorifics: ['صاحب السمو', ...HOSTILE_PHRASES], reportingVerbs: ['نوّه', ...HOSTILE_PHRASES] };
  const wordLists: Record<string, string[]> = {};
  for (const t of WORD_LIST_TARGETS) {
    const rule = allRules.find((r) => r.meta.id === t.rule);
    const props = rule?.meta.schema.properties as Record<string, unknown> | undefined;
    if (!rule || !props?.[t.option]) {
      wordLists[t.list] = lists[t.list];
      continue;
    }
    const base = ((rule.meta.defaultOptions as Record<string, unknown>)[t.option] ?? []) as unknown[];
    rules[t.rule] = { ...rules[t.rule], options: { [t.option]: [...base, ...lists[t.list]] } };
  }
  return {
    rules,
    shared: { acceptedWords: new Set(['الفيسبوك', 'واتساب', ...HOSTILE_PHRASES]), names: NAMES, wordLists },
  };
}

/** Strings a house-style file may carry that would be catastrophic, or match everything, as regular expressions. */
export const HOSTILE_PHRASES = ['(a+)+$', '.*', '(ا+)+ب', '[', '\\', '^', '$', '(?<x>.)\\k<x>', 'تابعونا عبر', '|', '.'];

/** A document language and one of the two configurations, for each case. */
export const setting = fc.record({ language: pick(LANGUAGES) as fc.Arbitrary<Lang>, shared: fc.boolean() });
