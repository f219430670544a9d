// The style report as data: what a newsroom's daily quality review looks at in a draft,
// computed from the engine's own analyses. Pure: a document and its findings in, plain
// JSON-able data out; the HTML (html.ts) and the editor's webview both render this.
//
// Every item carries the UTF-16 offset range it comes from in the ORIGINAL text
// (start/end) and its 1-based line and column, so a renderer can make it clickable.

import { CATEGORY_NAMES } from '../config/catalogue';
import { getRule } from '../engine';
import type { AnalysedDocument, DocumentLanguage } from '../engine/text/document';
import type { DigitSystem } from '../engine/text/tokenize';
import { findNameMentions } from '../engine/rules/names/mentions';
import { allVerbUses } from '../engine/rules/reporting-verbs/uses';
import { VERB_BY_LEMMA } from '../engine/rules/reporting-verbs/lexicon';
import { CATEGORIES, type Category, type Finding, type Localized, type NameEntry, type Severity } from '../engine/types';
import { finalYehUses } from './yeh';

export interface ReportItem {
  start: number;
  end: number;
  /** 1-based line and column (UTF-16 code units), as editors count them. */
  line: number;
  column: number;
  /** The text the range covers. */
  text: string;
}

export interface FindingItem extends ReportItem {
  ruleId: string;
  severity: Severity;
  message: Localized;
}

export type SeverityCounts = Record<Severity, number>;

export interface RuleCount {
  ruleId: string;
  category: Category;
  description: Localized;
  count: number;
  bySeverity: SeverityCounts;
  items: FindingItem[];
}

export interface CategoryCount {
  category: Category;
  name: Localized;
  count: number;
  rules: RuleCount[];
}

export interface VerbItem extends ReportItem {
  /** Inside a direct quotation (the speaker's words, not the writer's attribution). */
  inQuote: boolean;
}

export interface VerbCount {
  lemma: string;
  gloss: string;
  count: number;
  items: VerbItem[];
}

export interface DigitCount {
  system: DigitSystem;
  count: number;
  items: ReportItem[];
}

export type YehStyle = 'yeh' | 'alef-maqsura' | 'mixed' | 'none';

export interface YehReport {
  /** ي where ي or ى could stand (في، المصري). */
  yeh: { count: number; items: ReportItem[] };
  /** ى written where standard spelling has ي (فى، المصرى). */
  alefMaqsura: { count: number; items: ReportItem[] };
  /** Words that end in ى in any style (على، مستوى), not counted either way. */
  standardMaqsura: number;
  style: YehStyle;
}

export interface NameSpelling {
  /** The spelling as written (proclitic left out). */
  text: string;
  count: number;
  /** Not the canonical spelling of the names list. */
  misspelt: boolean;
  items: ReportItem[];
}

export interface NameReport {
  canonical: string;
  title?: string;
  role?: string;
  count: number;
  spellings: NameSpelling[];
}

export interface ReadingLength {
  words: number;
  sentences: number;
  paragraphs: number;
  /** Words per sentence, one decimal. */
  meanSentenceLength: number;
  longestSentence?: ReportItem & { words: number };
}

export interface DraftReport {
  /** Position of the draft in the report (0-based): renderers key items by it. */
  index: number;
  /** The draft's name as shown (a path relative to the working folder, or a document title). */
  display: string;
  /** Absolute path or URI, when there is one. */
  path?: string;
  language: DocumentLanguage;
  length: ReadingLength;
  findings: {
    total: number;
    bySeverity: SeverityCounts;
    fixable: number;
    categories: CategoryCount[];
  };
  verbs: { total: number; lemmas: VerbCount[] };
  digits: DigitCount[];
  yeh: YehReport;
  /** null when the house style has no names list. */
  names: NameReport[] | null;
}

export interface StyleReport {
  drafts: DraftReport[];
  totals: {
    drafts: number;
    words: number;
    sentences: number;
    findings: number;
    bySeverity: SeverityCounts;
    categories: Array<{ category: Category; name: Localized; count: number }>;
    rules: Array<{ ruleId: string; category: Category; count: number }>;
    verbs: Array<{ lemma: string; gloss: string; count: number }>;
  };
}

export interface DraftInput {
  doc: AnalysedDocument;
  findings: readonly Finding[];
  display: string;
  path?: string;
  /** The house style's names list, if any. */
  names?: readonly NameEntry[];
  /** The house style's own reporting verbs (words.reportingVerbs), if any. */
  houseVerbs?: readonly string[];
}

const zeroSeverities = (): SeverityCounts => ({ error: 0, warning: 0, info: 0, hint: 0 });

function item(doc: AnalysedDocument, start: number, end: number): ReportItem {
  const p = doc.positionAt(start);
  return { start, end, line: p.line + 1, column: p.character + 1, text: doc.text.slice(start, end) };
}

function byCountThen<T extends { count: number }>(key: (x: T) => string) {
  return (a: T, b: T) => b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

function findingsReport(doc: AnalysedDocument, findings: readonly Finding[]): DraftReport['findings'] {
  const bySeverity = zeroSeverities();
  const rules = new Map<string, RuleCount>();
  let fixable = 0;
  for (const f of findings) {
    bySeverity[f.severity]++;
    if (f.fixes.some((x) => x.preferred)) fixable++;
    let r = rules.get(f.ruleId);
    if (!r) {
      const meta = getRule(f.ruleId)?.meta;
      r = {
        ruleId: f.ruleId,
        category: f.category,
        description: meta?.docs.description ?? { ar: f.ruleId, en: f.ruleId },
        count: 0,
        bySeverity: zeroSeverities(),
        items: [],
      };
      rules.set(f.ruleId, r);
    }
    r.count++;
    r.bySeverity[f.severity]++;
    r.items.push({ ...item(doc, f.start, f.end), ruleId: f.ruleId, severity: f.severity, message: f.message });
  }
  const categories: CategoryCount[] = [];
  for (const c of CATEGORIES) {
    const rs = [...rules.values()].filter((r) => r.category === c).sort(byCountThen((r) => r.ruleId));
    if (rs.length === 0) continue;
    categories.push({ category: c, name: CATEGORY_NAMES[c], count: rs.reduce((n, r) => n + r.count, 0), rules: rs });
  }
  categories.sort(byCountThen((c) => String(CATEGORIES.indexOf(c.category)).padStart(2, '0')));
  return { total: findings.length, bySeverity, fixable, categories };
}

function verbsReport(doc: AnalysedDocument, houseVerbs?: readonly string[]): DraftReport['verbs'] {
  const lemmas = new Map<string, VerbCount>();
  const uses = allVerbUses(doc, houseVerbs);
  for (const u of uses) {
    let v = lemmas.get(u.match.lemma);
    if (!v) {
      v = { lemma: u.match.lemma, gloss: VERB_BY_LEMMA.get(u.match.lemma)?.gloss ?? '', count: 0, items: [] };
      lemmas.set(u.match.lemma, v);
    }
    v.count++;
    v.items.push({ ...item(doc, u.wordStart, u.end), inQuote: u.inQuote });
  }
  return { total: uses.length, lemmas: [...lemmas.values()].sort(byCountThen((v) => v.lemma)) };
}

const DIGIT_ORDER: DigitSystem[] = ['western', 'arabic-indic', 'persian', 'mixed'];

function digitsReport(doc: AnalysedDocument): DigitCount[] {
  const out = new Map<DigitSystem, DigitCount>();
  for (const t of doc.tokens) {
    if (t.kind !== 'number' || !t.digits) continue;
    let d = out.get(t.digits);
    if (!d) out.set(t.digits, (d = { system: t.digits, count: 0, items: [] }));
    d.count++;
    d.items.push(item(doc, t.start, t.end));
  }
  return DIGIT_ORDER.filter((s) => out.has(s)).map((s) => out.get(s)!);
}

function yehReport(doc: AnalysedDocument): YehReport {
  const u = finalYehUses(doc);
  const y = u.yeh.length;
  const a = u.alefMaqsura.length;
  const style: YehStyle = y === 0 && a === 0 ? 'none' : a === 0 ? 'yeh' : y === 0 ? 'alef-maqsura' : 'mixed';
  return {
    yeh: { count: y, items: u.yeh.map((x) => item(doc, x.start, x.end)) },
    alefMaqsura: { count: a, items: u.alefMaqsura.map((x) => item(doc, x.start, x.end)) },
    standardMaqsura: u.standardMaqsura,
    style,
  };
}

function namesReport(doc: AnalysedDocument, names: readonly NameEntry[] | undefined): NameReport[] | null {
  if (!names || names.length === 0) return null;
  const byEntry = new Map<NameEntry, NameReport>();
  for (const m of findNameMentions(doc, names)) {
    let r = byEntry.get(m.entry);
    if (!r) {
      r = { canonical: m.entry.canonical, title: m.entry.title, role: m.entry.role, count: 0, spellings: [] };
      byEntry.set(m.entry, r);
    }
    r.count++;
    const text = doc.text.slice(m.start, m.end);
    let s = r.spellings.find((x) => x.text === text);
    if (!s) r.spellings.push((s = { text, count: 0, misspelt: m.misspelt, items: [] }));
    s.count++;
    s.items.push(item(doc, m.start, m.end));
  }
  const out = [...byEntry.values()];
  for (const r of out) r.spellings.sort(byCountThen((s) => s.text));
  return out.sort(byCountThen((r) => r.canonical));
}

function isCounted(kind: string): boolean {
  return kind === 'word' || kind === 'latin' || kind === 'number';
}

function lengthReport(doc: AnalysedDocument): ReadingLength {
  const tokens = doc.tokens;
  let words = 0;
  for (const t of tokens) if (isCounted(t.kind)) words++;
  // words per sentence: one linear pass over tokens and sentences together
  let sentences = 0;
  let longest: (ReportItem & { words: number }) | undefined;
  let k = 0;
  for (const s of doc.sentences) {
    while (k < tokens.length && tokens[k].end <= s.start) k++;
    let n = 0;
    let j = k;
    while (j < tokens.length && tokens[j].start < s.end) {
      if (isCounted(tokens[j].kind)) n++;
      j++;
    }
    k = j;
    if (n === 0) continue;
    sentences++;
    if (!longest || n > longest.words) longest = { ...item(doc, s.start, s.end), words: n };
  }
  return {
    words,
    sentences,
    paragraphs: doc.paragraphs.length,
    meanSentenceLength: sentences ? Math.round((words / sentences) * 10) / 10 : 0,
    longestSentence: longest,
  };
}

/** The report of one draft. `findings` are those the engine reported for it (under the house style). */
export function draftReport(input: DraftInput, index = 0): DraftReport {
  const { doc } = input;
  return {
    index,
    display: input.display,
    path: input.path,
    language: doc.languageId,
    length: lengthReport(doc),
    findings: findingsReport(doc, input.findings),
    verbs: verbsReport(doc, input.houseVerbs),
    digits: digitsReport(doc),
    yeh: yehReport(doc),
    names: namesReport(doc, input.names),
  };
}

/** The report of many drafts, with totals across them. */
export function styleReport(inputs: readonly DraftInput[]): StyleReport {
  const drafts = inputs.map((d, i) => draftReport(d, i));
  const bySeverity = zeroSeverities();
  const cats = new Map<Category, number>();
  const rules = new Map<string, { ruleId: string; category: Category; count: number }>();
  const verbs = new Map<string, { lemma: string; gloss: string; count: number }>();
  for (const d of drafts) {
    for (const s of Object.keys(bySeverity) as Severity[]) bySeverity[s] += d.findings.bySeverity[s];
    for (const c of d.findings.categories) {
      cats.set(c.category, (cats.get(c.category) ?? 0) + c.count);
      for (const r of c.rules) {
        const x = rules.get(r.ruleId) ?? { ruleId: r.ruleId, category: r.category, count: 0 };
        x.count += r.count;
        rules.set(r.ruleId, x);
      }
    }
    for (const v of d.verbs.lemmas) {
      const x = verbs.get(v.lemma) ?? { lemma: v.lemma, gloss: v.gloss, count: 0 };
      x.count += v.count;
      verbs.set(v.lemma, x);
    }
  }
  return {
    drafts,
    totals: {
      drafts: drafts.length,
      words: drafts.reduce((n, d) => n + d.length.words, 0),
      sentences: drafts.reduce((n, d) => n + d.length.sentences, 0),
      findings: drafts.reduce((n, d) => n + d.findings.total, 0),
      bySeverity,
      categories: [...cats.entries()]
        .map(([category, count]) => ({ category, name: CATEGORY_NAMES[category], count }))
        .sort(byCountThen((c) => String(CATEGORIES.indexOf(c.category)).padStart(2, '0'))),
      rules: [...rules.values()].sort(byCountThen((r) => r.ruleId)),
      verbs: [...verbs.values()].sort(byCountThen((v) => v.lemma)),
    },
  };
}
