// What the language server and its clients agree on: the `mudaqqiq.*` settings, the
// initialization options, command ids and the data a diagnostic carries. The VS Code
// client imports this file (types and constants only: it pulls in no server code).
//
// Settings reach the server in this order (later wins, per key, invalid values ignored):
//   DEFAULT_SETTINGS  <  initializationOptions  <  workspace/configuration (section `mudaqqiq`,
//   asked per document)  — or, for clients without workspace/configuration, the
//   `settings.mudaqqiq` object of workspace/didChangeConfiguration.
// The VS Code client should contribute every key below under `mudaqqiq.` with the defaults
// shown, and `messagesLanguage` as enum ["auto", "ar", "en"] with default "auto" (a client
// may resolve `auto` itself; passing `auto` through lets the house-style `language` decide).

/** A rule severity as users write it. */
export type RuleSeveritySetting = 'error' | 'warning' | 'info' | 'hint' | 'off';

export type MessagesLanguageSetting = 'auto' | 'ar' | 'en';

export type RunSetting = 'onType' | 'onSave';

export interface MudaqqiqSettings {
  /** Check documents at all. */
  enable: boolean;
  /** Language ids of the documents to check. */
  languages: string[];
  /** Check while typing (debounced) or only when the document is opened and saved. */
  run: RunSetting;
  /**
   * Language of messages, quick-fix titles and hovers.
   * `auto` (the default): the house-style file's `language` if it sets one; otherwise the
   * client's UI locale (initializeParams.locale): `ar…` → Arabic, any other → English; a
   * client that sends no locale (most terminal editors) gets Arabic, the product's first language.
   */
  messagesLanguage: MessagesLanguageSetting;
  /** Delay between the last keystroke and the check (milliseconds, 0–10000). */
  debounceMs: number;
  /**
   * Documents larger than this many bytes (UTF-8, i.e. their size on disk) are not checked:
   * they get one information diagnostic saying so.
   */
  maxFileSize: number;
  /**
   * At most this many findings of a draft are shown as diagnostics at a time: those nearest
   * the last edit (an information notice says how many there are in all). The status bar, the
   * style report and the CLI count every one.
   */
  maxProblems: number;
  /**
   * Rule severities that override the house-style file, keyed by rule id
   * (or `category:<name>` for a whole category).
   */
  rules: Record<string, RuleSeveritySetting>;
}

export const DEFAULT_LANGUAGES: readonly string[] = ['arabic-news', 'markdown', 'plaintext'];

export const DEFAULT_SETTINGS: Readonly<MudaqqiqSettings> = Object.freeze({
  enable: true,
  languages: [...DEFAULT_LANGUAGES],
  run: 'onType',
  messagesLanguage: 'auto',
  debounceMs: 150,
  maxFileSize: 2 * 1024 * 1024,
  maxProblems: 1000,
  rules: {},
});

/** The configuration section the server asks for. */
export const SETTINGS_SECTION = 'mudaqqiq';

/**
 * `initializationOptions` of the initialize request. Any settings key may be given here too
 * (other editors and the bench set `debounceMs` this way).
 */
export interface MudaqqiqInitializationOptions extends Partial<MudaqqiqSettings> {
  /**
   * Whether the workspace is trusted (VS Code: `workspace.isTrusted`). In an untrusted
   * workspace the house-style file may not pull in files outside the workspace. Default true
   * (editors without a notion of trust).
   */
  workspaceTrusted?: boolean;
}

/** Commands the server executes (workspace/executeCommand). */
export const Commands = {
  /** Arguments: `[{ uri: string, version?: number }]` or `[uri]`. Applies every safe fix via workspace/applyEdit. */
  applyFixAll: 'mudaqqiq.applyFixAll',
} as const;

/** Custom request: every reporting verb of a draft with its count and places. Params `{ uri }`. */
export const REPORTING_VERBS_REQUEST = 'mudaqqiq/reportingVerbs';

export interface ReportingVerbsResult {
  uri: string;
  version: number;
  verbs: Array<{
    /** The verb (past, 3rd person masculine: أشار). */
    lemma: string;
    count: number;
    uses: Array<{ text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
  }>;
}

/**
 * Custom request: the style report of one open draft (server/src/report) as data and HTML.
 * Params `{ uri, nonce?, cspSource?, digits? }`; result `StyleReportResult` (server/src/lsp/styleReport.ts) or null.
 */
export const STYLE_REPORT_REQUEST = 'mudaqqiq/styleReport';

/**
 * Custom request: an article template's snippet body written in an open draft's house style
 * (final ى or ي, digits, quotation marks: server/src/lsp/templateText.ts). Params `{ uri, body }`;
 * result the body (unchanged when the house style sets none of them), or null when the draft
 * is not open.
 */
export const TEMPLATE_TEXT_REQUEST = 'mudaqqiq/templateText';

/** Code action kind of the on-save fix-all: `"editor.codeActionsOnSave": { "source.fixAll.mudaqqiq": "explicit" }`. */
export const FIX_ALL_KIND = 'source.fixAll.mudaqqiq';

/**
 * The environment the extension starts the server with (beside its own; a variable already
 * set there is left as it is). Under Node, glibc's allocator holds every ArrayBuffer the checks
 * make, and it otherwise keeps much of what a large check freed: it raises the size from which
 * it gives freed blocks back to the system each time one is freed (up to 32 MB), and gives each
 * thread an arena of its own. With these two a fixed 128 KB and two arenas: the server with the
 * bench's 1 MB draft and 100,000 names, at rest, about 250 → 210 MB RSS, and no check slower
 * (measured with Node, as code-server and other editors run the server; desktop VS Code runs it
 * in Electron's Node, whose ArrayBuffers do not come from glibc: not measured there). Ignored
 * off Linux.
 */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>> = Object.freeze({ MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' });

/** The `source` field of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'mudaqqiq';

/** What `Diagnostic.data` holds for a rule finding. */
export interface FindingDiagnosticData {
  kind: 'finding';
  ruleId: string;
  /** Index of the finding in the server's result for `version`. */
  index: number;
  version: number;
  /** At least one fix exists. */
  fixable: boolean;
  /** The language of the message (and of the titles of the draft's code actions): the client lays Arabic out right to left. */
  lang?: 'ar' | 'en';
}

/** `Diagnostic.data` of the notice put on a document that was not checked (too large, binary). */
export interface NoticeDiagnosticData {
  kind: 'notice';
  reason: 'too-large' | 'binary' | 'capped';
  /** With `capped`: how many findings the draft has in all (the diagnostics show maxProblems of them). */
  total?: number;
}

/** `Diagnostic.data` of a problem in the house-style file. */
export interface HouseStyleDiagnosticData {
  kind: 'house-style';
}

export type MudaqqiqDiagnosticData = FindingDiagnosticData | NoticeDiagnosticData | HouseStyleDiagnosticData;

/** The workspace check (server/src/lsp/workspaceCheck.ts): its command id, arguments and result. */
export const CHECK_WORKSPACE_COMMAND = 'mudaqqiq.checkWorkspace';

/** Arguments of the command (all optional): `[{ exclude?: string[] }]`. */
export interface CheckWorkspaceArgs {
  /** More globs to leave out, relative to each workspace folder (as `files.exclude`). */
  exclude?: string[];
}

export interface CheckWorkspaceResult {
  /** Drafts checked (open documents not counted). */
  checked: number;
  /** Drafts found but left out (house-style ignore.files, or not a checked language). */
  skipped: number;
  findings: number;
  /** Drafts with at least one finding. */
  withFindings: number;
  cancelled: boolean;
}


// (a Markdown or text file with no Arabic letter is no draft: see arabicDraft)
export { arabicDraft } from '../engine/text/arabic';
