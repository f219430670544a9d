// The engine's public types. Nothing here knows about LSP, VS Code or the file system:
// offsets are UTF-16 code-unit offsets into the ORIGINAL document text.

import type { AnalysedDocument } from './text/document';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export type Category =
  | 'names'
  | 'honorifics'
  | 'reporting-verbs'
  | 'digits'
  | 'punctuation'
  | 'orthography'
  | 'hidden-characters'
  | 'leftovers'
  | 'diacritics';

export const CATEGORIES: readonly Category[] = [
  'names',
  'honorifics',
  'reporting-verbs',
  'digits',
  'punctuation',
  'orthography',
  'hidden-characters',
  'leftovers',
  'diacritics',
];

export type Lang = 'ar' | 'en';

/** A string in both message languages. Templates may hold `{name}` placeholders. */
export interface Localized {
  ar: string;
  en: string;
}

/** Replace [start, end) of the original text with `text`. Insertions have start === end. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

/** One way to fix a finding: a set of non-overlapping edits applied together. */
export interface Fix {
  title: Localized;
  edits: TextEdit[];
  /** At most one fix of a finding is preferred; only preferred fixes are applied by fix-all. */
  preferred: boolean;
}

export interface RelatedInfo extends Span {
  message: Localized;
}

export interface Finding extends Span {
  ruleId: string;
  category: Category;
  severity: Severity;
  messageId: string;
  message: Localized;
  fixes: Fix[];
  related?: RelatedInfo[];
  /** The finding's text is something a fix deletes (rendered faded in editors). */
  unnecessary?: boolean;
}

/** A JSON Schema (draft-07 subset) describing a rule's options object. */
export type JsonSchema = Record<string, unknown>;

export interface RuleDocs {
  /** One line: what the rule checks. */
  description: Localized;
  /** A short paragraph for hover and the docs page: why a newsroom cares. */
  explanation: Localized;
  /** A correct and an incorrect example (Arabic text). */
  good: string;
  bad: string;
  /** House-style data the examples need (a names list for the names rules). */
  exampleShared?: Partial<SharedData>;
  /**
   * Examples for findings that the pair above would contradict, where another style is in
   * force (a dotless-yeh house: the hover of «فى» → «في» must not show «في» as the mistake).
   * The hover takes the first whose `messageIds` hold the finding's, or whose `fixPattern`
   * matches its preferred fix's text; `options` are the rule options the pair is right under
   * (the rule tester checks it there).
   */
  alternates?: ReadonlyArray<{ good: string; bad: string; options: Record<string, unknown>; messageIds?: readonly string[]; fixPattern?: RegExp }>;
}

export interface RuleMeta<O = Record<string, unknown>> {
  id: string;
  category: Category;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /**
   * false: the rule's fixes are choices for the writer (a word to pick, a verb to vary), never
   * one safe edit, so `--fix` and fix-all never apply them (the engine refuses a preferred fix
   * from such a rule). Unset: a finding's preferred fix, when it has one, is applied.
   */
  autoFix?: false;
  /** JSON Schema of the options object (type: object, properties, additionalProperties: false). */
  schema: JsonSchema;
  defaultOptions: O;
  /** Message templates keyed by message id; fix titles are message ids too. */
  messages: Record<string, Localized>;
  docs: RuleDocs;
}

export type MessageData = Record<string, string | number>;

export interface FixSpec {
  /** Message id of the fix title (from meta.messages). */
  messageId: string;
  data?: MessageData;
  edits: TextEdit[];
  preferred?: boolean;
}

export interface Report extends Span {
  messageId: string;
  data?: MessageData;
  /**
   * A lower severity for this finding than its rule runs at (a hint where the rule warns); never
   * raises it: the finding gets the lower of the two.
   */
  severity?: Severity;
  fixes?: FixSpec[];
  related?: Array<Span & { messageId: string; data?: MessageData }>;
  unnecessary?: boolean;
}

export interface RuleContext<O> {
  doc: AnalysedDocument;
  options: O;
  /** Shared, read-only engine-wide data (names list, word lists …) resolved from the house style. */
  shared: SharedData;
  report(report: Report): void;
}

export interface Rule<O = any> {
  meta: RuleMeta<O>;
  check(ctx: RuleContext<O>): void;
}

/** Data the house-style file provides to several rules. Grows with the house-style issue. */
export interface SharedData {
  /** Extra accepted words (never flagged by orthography rules). */
  acceptedWords: ReadonlySet<string>;
  /** The newsroom's names list (house-style `names` and `namesFiles`). */
  names?: readonly NameEntry[];
  /** House-style word lists no registered rule has taken as an option yet (kept for later rules). */
  wordLists?: Readonly<Partial<Record<'leftoverPhrases' | 'honorifics' | 'reportingVerbs', readonly string[]>>>;
}

/** One entry of the names list: the canonical spelling and its known wrong variants. */
export interface NameEntry {
  canonical: string;
  variants: string[];
  title?: string;
  role?: string;
  /** Self-check examples: `from` must be fixed to `to` by the names rule. */
  specs?: Array<{ from: string; to: string }>;
  /** Where the entry is written (house-style file or names file), UTF-16 offsets into that file. */
  source: { file: string; start: number; end: number };
}

/** A finding the house style hides: every finding of `rule`, or only those covering `text`. */
export interface HiddenRule {
  rule: string;
  text?: string;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options?: Record<string, unknown>;
}

/** Configuration after presets, extends and overrides have been merged. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  /** Whole categories switched off or to a severity ("category:digits": "off"). */
  categories?: Partial<Record<Category, SeveritySetting>>;
  shared?: Partial<SharedData>;
  /** Findings hidden by the house style for THIS document (see config `hiddenFor`). */
  hidden?: readonly HiddenRule[];
}

export interface RuleFault {
  ruleId: string;
  message: string;
  /** Set when the rule did not fail but ran past its time budget (LintOptions.ruleBudgetMs): the ms it took. */
  elapsedMs?: number;
}

export interface LintResult {
  findings: Finding[];
  faults: RuleFault[];
}
