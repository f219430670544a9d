// One analysis per document version: house style loaded (cached per document until a
// watched file changes), ignored files and hidden findings applied, the engine run once,
// findings turned into diagnostics. Code actions, hover and pull requests read the same
// cached result.

import { join } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';
import { ConfigLoader, HOUSE_STYLE_FILE, configFor, isIgnored, type ConfigHost, type LoadedConfig } from '../config';
import { TextDocument as TD } from 'vscode-languageserver-textdocument';
import { LintCancelled, LintWorker, LintWorkerFailed } from './lintWorker';
import { IncrementalLinter, placedFinding } from '../engine/incremental';
import {
  allRules,
  analyse,
  lintDocument,
  MAX_FIX_PASSES,
  type DocumentLanguage,
  type Finding,
  type Lang,
  type LintResult,
  type ResolvedConfig,
  type Rule,
} from '../engine';
import { findingToDiagnostic, noticeDiagnostic } from './diagnostics';
import { computeFixAll, type FixAllResult } from './fixAll';
import { M, formatBytes, t } from './messages';
import { relativeToFolderOf, rootFor, uriToPath } from './paths';
import { commonAffixes, firstStartingAt } from '../engine/text/document';
import type { Unchanged } from './editLog';
import { threadRested } from './idleGc';
import { arabicDraft, type MudaqqiqSettings } from './protocol';
import { exceedsUtf8Bytes, resolveMessagesLanguage, withRuleOverrides } from './settings';

export interface CheckerEnv extends ConfigHost {
  workspaceRoots(): readonly string[];
  trusted(): boolean;
  /** The client's UI locale (initializeParams.locale), if it sent one. */
  locale(): string | undefined;
  /** A rule failed on a document (the checker already de-duplicated per rule+document). */
  onFault(uri: string, ruleId: string, message: string): void;
  onConfigLoaded(loaded: LoadedConfig): void;
  logError(message: string): void;
  /**
   * What stayed the same in an open document from version `from` (text `fromLength` long) to
   * version `to` (`toLength`), from the editor's reported edits (editLog.ts); undefined when unknown.
   */
  unchanged?(uri: string, from: number, to: number, fromLength: number, toLength: number): Unchanged | undefined;
}

export type AnalysisState = 'checked' | 'disabled' | 'ignored' | 'too-large' | 'binary' | 'not-arabic';

/** A draft the workspace check leaves out (not checked by choice), as against one checked or noticed. */
export function leftOut(state: AnalysisState): boolean {
  return state === 'ignored' || state === 'disabled' || state === 'not-arabic';
}

export interface Analysis {
  uri: string;
  version: number;
  generation: number;
  state: AnalysisState;
  lang: Lang;
  languageId: DocumentLanguage;
  path?: string;
  loaded?: LoadedConfig;
  config?: ResolvedConfig;
  /** Visible findings (hidden ones removed), in document order. */
  findings: Finding[];
  /**
   * What is published: the findings' diagnostics — all of them, or, over the maxProblems
   * setting, the run of findings nearest the last edit (`shown`) and a notice first.
   */
  diagnostics: Diagnostic[];
  /** Over maxProblems: the findings shown are findings[shown.from … shown.to). */
  shown?: { from: number; to: number };
  /** Where the last edit before this version began (offset in `text`): the findings shown are those nearest it. */
  focus?: number;
  /** Fix-all results for this version, keyed by rule id ('*' = every rule). */
  fixAll: Map<string, FixAllResult>;
  /** The text that was checked (a checked draft only). */
  text?: string;
  /**
   * Where the names list's names are in `text`, as flat triples (start, end, index in the list),
   * when the check ran on the worker thread (name hover then needs no analysis of its own).
   */
  nameMentions?: number[];
  /**
   * Set on an analysis of an older version carried over to the current text (see carryOver):
   * good for hover and completion while the current version is being checked, never for edits.
   */
  carriedFrom?: number;
}

/** Findings this close to an edit are not carried over: the edit may have changed them. */
const CARRY_MARGIN = 64;

/**
 * An older version's analysis moved onto `text`: the findings before the first changed code
 * unit keep their offsets, those after the last one shift by the change in length, and those
 * within CARRY_MARGIN of the changed stretch are dropped. No diagnostics, and the findings'
 * fixes keep their old offsets: a carried analysis is for hover and completion only, never
 * for code actions or anything else that edits the text (the server hands it to nothing else).
 */
export function carryOver(a: Analysis, text: string, version: number, same?: Unchanged): Analysis | undefined {
  const old = a.text;
  if (a.state !== 'checked' || old === undefined) return undefined;
  if (old === text) return { ...a, version, diagnostics: [], fixAll: new Map(), carriedFrom: a.version };
  // what stayed the same: from the editor's reported edits when known (comparing two 5 MB texts
  // reads megabytes on the thread that answers hover)
  const { prefix: p, suffix: q } = same ?? commonAffixes(old, text);
  const changedStart = p - CARRY_MARGIN;
  const changedEnd = old.length - q + CARRY_MARGIN; // in the old text
  const delta = text.length - old.length;
  const move = (start: number, end: number): [number, number] | undefined => {
    if (end <= changedStart) return [start, end];
    if (start >= changedEnd) return [start + delta, end + delta];
    return undefined;
  };
  let nameMentions: number[] | undefined;
  if (a.nameMentions) {
    nameMentions = [];
    for (let i = 0; i + 2 < a.nameMentions.length; i += 3) {
      const at = move(a.nameMentions[i], a.nameMentions[i + 1]);
      if (at) nameMentions.push(at[0], at[1], a.nameMentions[i + 2]);
    }
  }
  const moveFinding = (f: Finding): Finding | undefined => {
    const at = move(f.start, f.end);
    if (!at) return undefined;
    const related = f.related?.flatMap((r) => {
      const m = move(r.start, r.end);
      return m ? [{ ...r, start: m[0], end: m[1] }] : [];
    });
    if (at[0] === f.start && !related) return f; // unmoved: the same object
    return placedFinding(f, at[0], at[1], f.fixes, related);
  };
  const carried: Analysis = { ...a, version, findings: [], diagnostics: [], fixAll: new Map(), text, carriedFrom: a.version, nameMentions };
  // Every finding moved only if something reads them all: hover asks findingsAt one offset,
  // which maps it back and moves only the findings there (a 5 MB draft has 30,000 findings,
  // and moving them all took 40-70 ms of the thread that answers hover).
  let all: Finding[] | undefined;
  Object.defineProperty(carried, 'findings', {
    enumerable: true,
    get: () => (all ??= a.findings.flatMap((f) => moveFinding(f) ?? [])),
  });
  carriedAt.set(carried, (offset) => {
    // the offset in the older text, or undefined within the changed stretch (nothing carried there)
    const old = offset < changedStart ? offset : offset - delta >= changedEnd ? offset - delta : undefined;
    if (old === undefined) return [];
    return findingsAtOffset(a.findings, old).flatMap((f) => moveFinding(f) ?? []);
  });
  return carried;
}

/** How a carried analysis finds its findings at an offset without moving all of them. */
const carriedAt = new WeakMap<Analysis, (offset: number) => Finding[]>();

/** Of `findings` (in document order), those covering `offset` (an empty one: at it). */
function findingsAtOffset(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((f) => (f.start <= offset && offset < f.end) || (f.start === f.end && f.start === offset));
}

/** The findings of `a` covering `offset` (an empty one: at it), carried ones included. */
export function findingsAt(a: Analysis, offset: number): Finding[] {
  const at = carriedAt.get(a);
  return at ? at(offset) : findingsAtOffset(a.findings, offset);
}

/**
 * A rule's time budget on one document: generous (a loaded machine must not trip it), so
 * only a rule gone wrong (a quadratic loop, a catastrophic regular expression) runs past it:
 * 3 s, plus 5 ms per 1,000 code units (8.5 s at the 2 MB default maxFileSize).
 */
export function ruleBudgetMs(length: number): number {
  return 3000 + Math.ceil(length / 200);
}

/** Drafts at least this long (UTF-16 code units, about 60 KB of Arabic) are checked on the worker thread. */
export const OFF_THREAD_CHARS = 32 * 1024;

interface Prepared {
  base: Omit<Analysis, 'state' | 'lang'>;
  lang: Lang;
  loaded: LoadedConfig;
  text: string;
  config: ResolvedConfig;
}

const EMPTY_CONFIG: LoadedConfig = { config: { rules: {} }, files: [], problems: [], ignoreFiles: [], hiddenFindings: [] };

/** The `count` findings (sorted by start) nearest `offset`, as a run [from, to). */
export function nearest(findings: readonly Finding[], offset: number, count: number): { from: number; to: number } {
  const at = firstStartingAt(findings, offset);
  let from = at;
  let to = at;
  while (to - from < count) {
    const left = from > 0 ? offset - findings[from - 1].end : Infinity;
    const right = to < findings.length ? findings[to].start - offset : Infinity;
    if (left === Infinity && right === Infinity) break;
    if (left <= right) from--;
    else to++;
  }
  return { from, to };
}

export function documentLanguage(languageId: string): DocumentLanguage {
  return languageId === 'markdown' ? 'markdown' : languageId === 'arabic-news' ? 'arabic-news' : 'plaintext';
}

export class Checker {
  /** Bumped whenever settings or the house style change: every cached analysis is then stale. */
  generation = 0;
  private readonly configs = new Map<string, LoadedConfig>();
  private readonly analyses = new Map<string, Analysis>();
  private readonly faultsLogged = new Set<string>();
  /** Rules that ran past their time budget on a document: left out of its checks until it is closed. */
  private readonly overBudget = new Map<string, Set<string>>();
  /** One house-style loader for every document: a house style (and its names list) is parsed once. */
  private readonly loader = new ConfigLoader();
  /** Checks of a version in progress (off the main thread), by URI. */
  private readonly inflight = new Map<string, { version: number; generation: number; promise: Promise<Analysis> }>();
  /** Large drafts are checked on this worker thread (undefined: everything on the main thread). */
  worker: LintWorker | undefined;
  /** Open drafts checked on the main thread keep their incremental checker here (large ones keep theirs on the worker). */
  private readonly linters = new Map<string, IncrementalLinter>();

  /**
   * @param rules the rules to run (default: every registered rule)
   * @param budgetMs each rule's time budget on a document of that many UTF-16 code units
   */
  constructor(
    private readonly env: CheckerEnv,
    private readonly rules?: readonly Rule[],
    private readonly budgetMs: (length: number) => number = ruleBudgetMs,
  ) {}

  invalidate(): void {
    this.loader.invalidate();
    this.inflight.clear();
    this.generation++;
    this.configs.clear();
    this.analyses.clear();
    this.linters.clear();
  }

  forget(uri: string): void {
    this.configs.delete(uri);
    this.analyses.delete(uri);
    this.linters.delete(uri);
    this.inflight.delete(uri);
    this.worker?.cancel(uri);
    for (const k of [...this.faultsLogged]) if (k.startsWith(uri + '\u0000')) this.faultsLogged.delete(k);
    this.overBudget.delete(uri);
  }

  /** Every house-style load currently in use (for problems and file watching). */
  loadedConfigs(): LoadedConfig[] {
    return [...this.configs.values()];
  }

  cached(uri: string): Analysis | undefined {
    return this.analyses.get(uri);
  }

  configFor(uri: string): LoadedConfig {
    let loaded = this.configs.get(uri);
    if (loaded) return loaded;
    const path = uriToPath(uri);
    const workspaceRoot = rootFor(path, this.env.workspaceRoots());
    try {
      loaded = this.loader.load(path, { workspaceRoot, trusted: this.env.trusted() }, this.env);
    } catch (e) {
      this.env.logError(`mudaqqiq: loading the house style for ${uri} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      loaded = EMPTY_CONFIG;
    }
    this.configs.set(uri, loaded);
    this.env.onConfigLoaded(loaded);
    return loaded;
  }

  /** The house style in force at a workspace root (problems show even with no draft open). */
  configForRoot(root: string): LoadedConfig {
    try {
      return this.loader.load(undefined, { workspaceRoot: root, trusted: this.env.trusted() }, this.env);
    } catch (e) {
      this.env.logError(`mudaqqiq: loading the house style of ${root} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return EMPTY_CONFIG;
    }
  }

  /** The analysis of the document's current version (computed at most once per version). */
  analysis(doc: TextDocument, settings: MudaqqiqSettings): Analysis {
    const prev = this.analyses.get(doc.uri);
    if (prev && prev.version === doc.version && prev.generation === this.generation) return prev;
    const a = this.compute(doc, settings);
    this.analyses.set(doc.uri, a);
    return a;
  }

  /**
   * The analysis of the document's current version, a large draft checked on the worker thread
   * (the main thread stays free for hover, completion and code actions meanwhile). Rejects with
   * LintCancelled when a newer version of the document was sent to be checked before this one
   * started. One check per version: concurrent callers share it.
   */
  analysisAsync(doc: TextDocument, settings: MudaqqiqSettings, opts: { background?: boolean } = {}): Promise<Analysis> {
    const prev = this.analyses.get(doc.uri);
    if (prev && prev.version === doc.version && prev.generation === this.generation) return Promise.resolve(prev);
    const running = this.inflight.get(doc.uri);
    if (running && running.version === doc.version && running.generation === this.generation) return running.promise;
    const prep = this.prepare(doc, settings);
    if ('done' in prep) {
      this.store(prep.done);
      return Promise.resolve(prep.done);
    }
    if (!this.offThread(prep.text)) {
      const a = this.finish(doc, prep, this.lintOpen(doc.uri, prep.text, prep.base.languageId, prep.config), settings.maxProblems);
      this.store(a);
      return Promise.resolve(a);
    }
    const generation = this.generation;
    // The TextDocument is updated in place by later edits: positions are computed on it when it
    // is still this version (its line offsets are kept up to date edit by edit), else on a
    // snapshot of this version's text (whose line offsets a 5 MB draft takes 16 ms to compute).
    const version = doc.version;
    const positions = (): TextDocument => (doc.version === version && doc.getText() === prep.text ? doc : TD.create(doc.uri, doc.languageId, version, prep.text));
    const uri = doc.uri;
    const slow = this.overBudget.get(uri);
    const promise = this.worker!.lint({
      key: uri,
      text: prep.text,
      version,
      unchanged: (from, fromLength) => this.env.unchanged?.(uri, from, version, fromLength, prep.text.length),
      languageId: prep.base.languageId,
      config: prep.config,
      skip: slow ? [...slow] : undefined,
      ruleBudgetMs: this.budgetMs(prep.text.length),
      background: opts.background,
      incremental: true,
    })
      .then(
        (result) => this.noteFaults(uri, result),
        (e: unknown) => {
          if (e instanceof LintCancelled) throw e;
          if (!(e instanceof LintWorkerFailed)) this.env.logError(`mudaqqiq: checking ${uri} off the main thread failed, checking it here: ${e instanceof Error ? e.message : String(e)}`);
          return this.lint(uri, prep.text, prep.base.languageId, prep.config);
        },
      )
      .then((result) => {
        const a = this.finish(positions(), prep, result, settings.maxProblems);
        if (generation === this.generation) this.store(a);
        return a;
      })
      .finally(() => {
        const cur = this.inflight.get(uri);
        if (cur && cur.promise === promise) this.inflight.delete(uri);
      });
    this.inflight.set(uri, { version: doc.version, generation, promise });
    return promise;
  }

  /**
   * The analysis of a draft that is not open (the workspace check): on the worker thread as a
   * background job whatever its size (open documents' checks go first), else here. Nothing is
   * cached: the next check of the file starts afresh. A file over maxFileSize is not read at
   * all: pass its size instead of its text, and it gets the same notice as an open one.
   */
  async checkClosed(uri: string, languageId: string, content: string | { size: number }, settings: MudaqqiqSettings): Promise<Analysis> {
    const text = typeof content === 'string' ? content : '';
    const doc = TD.create(uri, languageId, -1, text);
    const cachedConfig = this.configs.has(uri);
    try {
      const prep = this.prepare(doc, settings, typeof content === 'string' ? undefined : content.size);
      if ('done' in prep) return prep.done;
      let result: LintResult;
      if (this.worker?.available && !this.rules) {
        try {
          result = this.noteFaults(
            uri,
            await this.worker.lint({ key: `workspace\u0000${uri}`, text, languageId: prep.base.languageId, config: prep.config, ruleBudgetMs: this.budgetMs(text.length), background: true }),
          );
        } catch (e) {
          if (e instanceof LintCancelled) throw e;
          result = this.lint(uri, text, prep.base.languageId, prep.config);
        }
      } else result = this.lint(uri, text, prep.base.languageId, prep.config);
      return this.finish(doc, prep, result, settings.maxProblems);
    } finally {
      if (!cachedConfig) this.configs.delete(uri);
    }
  }

  /** Whether a text this long is checked on the worker thread. */
  offThread(text: string): boolean {
    return !!this.worker?.available && !this.rules && text.length >= OFF_THREAD_CHARS;
  }

  /** Keep an analysis unless a newer version's is already kept. */
  private store(a: Analysis): void {
    const prev = this.analyses.get(a.uri);
    if (prev && prev.generation === a.generation && prev.version > a.version) return;
    this.analyses.set(a.uri, a);
  }

  private compute(doc: TextDocument, settings: MudaqqiqSettings): Analysis {
    const prep = this.prepare(doc, settings);
    if ('done' in prep) return prep.done;
    return this.finish(doc, prep, this.lintOpen(doc.uri, prep.text, prep.base.languageId, prep.config), settings.maxProblems);
  }

  /**
   * An open draft's check: incremental (its last analysis and paragraph findings kept from one
   * version to the next; the same findings as a check from scratch). Should the incremental
   * checker ever fail, this check runs from scratch and the next one starts afresh.
   */
  private lintOpen(uri: string, text: string, languageId: DocumentLanguage, config: ResolvedConfig): LintResult {
    try {
      return this.lintOpenNow(uri, text, languageId, config);
    } finally {
      threadRested()(); // this thread's memory back once checking rests (idleGc.ts): from the end of the check
    }
  }

  private lintOpenNow(uri: string, text: string, languageId: DocumentLanguage, config: ResolvedConfig): LintResult {
    if (this.rules) return this.lint(uri, text, languageId, config);
    let linter = this.linters.get(uri);
    if (!linter) this.linters.set(uri, (linter = new IncrementalLinter()));
    try {
      const result = linter.lint(text, { languageId, config, rules: this.rulesFor(uri), ruleBudgetMs: this.budgetMs(text.length) });
      return this.noteFaults(uri, result);
    } catch (e) {
      this.linters.delete(uri);
      this.env.logError(`mudaqqiq: the incremental check of ${uri} failed, checking it from scratch: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return this.lint(uri, text, languageId, config);
    }
  }

  /**
   * Diagnostics of the findings (positions in `doc`, which must hold the checked text): of
   * every finding, or over `maxProblems` of the run of findings nearest the last edit, after a
   * notice saying so (a 5 MB draft can have 30,000 findings: publishing them all would hold
   * up the server and the editor for a fraction of a second on every keystroke).
   */
  private finish(doc: TextDocument, prep: Prepared, result: LintResult & { mentions?: number[] }, maxProblems = Infinity): Analysis {
    const findings = result.findings;
    const a: Analysis = { ...prep.base, lang: prep.lang, loaded: prep.loaded, state: 'checked', config: prep.config, findings, diagnostics: [], text: prep.text };
    const prev = this.analyses.get(doc.uri);
    if (prev?.text !== undefined && prev.text !== prep.text && prev.generation === this.generation) {
      const same = this.env.unchanged?.(doc.uri, prev.version, prep.base.version, prev.text.length, prep.text.length);
      a.focus = same ? same.prefix : commonAffixes(prev.text, prep.text).prefix;
    }
    else a.focus = prev?.focus !== undefined && prev.focus <= prep.text.length ? prev.focus : undefined;
    if (findings.length <= maxProblems) {
      a.diagnostics = findings.map((f, i) => findingToDiagnostic(doc, f, i, prep.lang));
    } else {
      const shown = nearest(findings, a.focus ?? 0, maxProblems);
      a.shown = shown;
      const notice = noticeDiagnostic(t(prep.lang, M.capped, { shown: maxProblems, total: findings.length }), 'capped', findings.length);
      a.diagnostics = [notice];
      for (let i = shown.from; i < shown.to; i++) a.diagnostics.push(findingToDiagnostic(doc, findings[i], i, prep.lang));
    }
    if (result.mentions) a.nameMentions = result.mentions;
    return a;
  }

  /**
   * Whether `text` (version `version` of the open document `uri`) holds a NUL: only the stretch
   * changed since the last checked version is read when the editor's edits say what changed
   * (that version had none, or it would not have been checked); a 5 MB draft otherwise costs a
   * read of it all at every keystroke.
   */
  private hasNul(uri: string, version: number, text: string): boolean {
    const prev = this.analyses.get(uri);
    const same = prev?.state === 'checked' && prev.text !== undefined ? this.env.unchanged?.(uri, prev.version, version, prev.text.length, text.length) : undefined;
    if (!same) return text.indexOf('\u0000') >= 0;
    for (let i = same.prefix, end = text.length - same.suffix; i < end; i++) if (text.charCodeAt(i) === 0) return true;
    return false;
  }

  /** Everything before the engine runs: settings, house style, ignored, too large, binary. */
  private prepare(doc: TextDocument, settings: MudaqqiqSettings, unreadSize?: number): Prepared | { done: Analysis } {
    const languageId = documentLanguage(doc.languageId);
    const base = {
      uri: doc.uri,
      version: doc.version,
      generation: this.generation,
      languageId,
      path: uriToPath(doc.uri),
      findings: [] as Finding[],
      diagnostics: [] as Diagnostic[],
      fixAll: new Map<string, FixAllResult>(),
    };
    if (!settings.enable || !settings.languages.includes(doc.languageId)) {
      return { done: { ...base, state: 'disabled', lang: resolveMessagesLanguage(settings.messagesLanguage, undefined, this.env.locale()) } };
    }
    const loaded = this.configFor(doc.uri);
    const lang: Lang = resolveMessagesLanguage(settings.messagesLanguage, loaded.language, this.env.locale());
    const withConfig = { ...base, lang, loaded };
    if (base.path && isIgnored(loaded, base.path)) return { done: { ...withConfig, state: 'ignored' } };
    const text = doc.getText();
    if (unreadSize !== undefined || exceedsUtf8Bytes(text, settings.maxFileSize)) {
      const size = unreadSize ?? Buffer.byteLength(text, 'utf8');
      const msg = t(lang, M.tooLarge, { size: formatBytes(size), max: formatBytes(settings.maxFileSize) });
      return { done: { ...withConfig, state: 'too-large', diagnostics: [noticeDiagnostic(msg, 'too-large')] } };
    }
    if (this.hasNul(doc.uri, doc.version, text)) {
      return { done: { ...withConfig, state: 'binary', diagnostics: [noticeDiagnostic(t(lang, M.binary), 'binary')] } };
    }
    if (!arabicDraft(languageId, text)) return { done: { ...withConfig, state: 'not-arabic' } };
    // The house style's config for this draft (its hidden findings included: the engine drops
    // them, in every fix-all pass too), with the user's `mudaqqiq.rules` laid over it.
    const config = withRuleOverrides(configFor(loaded, base.path), settings.rules);
    return { base, lang, loaded, text, config };
  }

  private lint(uri: string, text: string, languageId: DocumentLanguage, config: ResolvedConfig, only?: ReadonlySet<string>): LintResult {
    try {
      const result = lintDocument(analyse(text, languageId), { languageId, config, only, rules: this.rulesFor(uri), ruleBudgetMs: this.budgetMs(text.length) });
      return this.noteFaults(uri, result);
    } finally {
      threadRested()();
    }
  }

  /** The rules a document is checked with: the checker's (all by default), less those over their time budget on it. */
  private rulesFor(uri: string): readonly Rule[] | undefined {
    const slow = this.overBudget.get(uri);
    return slow ? (this.rules ?? allRules).filter((r) => !slow.has(r.meta.id)) : this.rules;
  }

  /** Log each rule's fault once per document; a rule over its time budget is left out from now on. */
  private noteFaults(uri: string, result: LintResult): LintResult {
    for (const fault of result.faults) {
      if (fault.elapsedMs !== undefined) {
        // It cannot be stopped while it runs; it is not run again on this document.
        let set = this.overBudget.get(uri);
        if (!set) this.overBudget.set(uri, (set = new Set()));
        set.add(fault.ruleId);
      }
      const key = `${uri}\u0000${fault.ruleId}`;
      if (this.faultsLogged.has(key)) continue;
      this.faultsLogged.add(key);
      this.env.onFault(uri, fault.ruleId, fault.elapsedMs === undefined ? fault.message : `${fault.message}; not run again on this document until it is reopened`);
    }
    return result;
  }

  /**
   * Fix-all on the analysed version (as vscode-eslint's computeAllFixes: recomputed on the
   * current text, pass after pass). `ruleId` limits it to one rule. Hidden findings are not
   * fixed: the engine drops them before fix-all sees them.
   */
  fixAll(a: Analysis, text: string, ruleId?: string): FixAllResult {
    const key = ruleId ?? '*';
    const cachedResult = a.fixAll.get(key);
    if (cachedResult) return cachedResult;
    let result: FixAllResult;
    if (a.state !== 'checked' || !a.config) {
      result = { edits: [], output: text, fixed: 0 };
    } else {
      const config = a.config;
      const filter = ruleId ? (f: Finding) => f.ruleId === ruleId : undefined;
      const only = ruleId ? new Set([ruleId]) : undefined;
      result = computeFixAll(text, a.findings, (next) => this.lint(a.uri, next, a.languageId, config, only).findings, filter);
    }
    this.reportUnsettled(a.uri, result);
    a.fixAll.set(key, result);
    return result;
  }

  /** A rule whose fixes never settle is a bug: said in the server's log (its fixes were left out). */
  private reportUnsettled(uri: string, result: FixAllResult): void {
    if (result.unsettled?.length) this.env.logError(`mudaqqiq: fix-all on ${uri}: the fixes of ${result.unsettled.join(', ')} did not settle after ${MAX_FIX_PASSES} passes and were left out`);
  }

  /** fixAll, on the worker thread for a large draft (the result is kept on the analysis all the same). */
  async fixAllAsync(a: Analysis, text: string, ruleId?: string): Promise<FixAllResult> {
    const key = ruleId ?? '*';
    const cachedResult = a.fixAll.get(key);
    if (cachedResult) return cachedResult;
    if (a.state !== 'checked' || !a.config || !this.offThread(text)) return this.fixAll(a, text, ruleId);
    const slow = this.overBudget.get(a.uri);
    try {
      const result = await this.worker!.fixAll({
        key: a.uri,
        text,
        languageId: a.languageId,
        config: a.config,
        skip: slow ? [...slow] : undefined,
        ruleBudgetMs: this.budgetMs(text.length),
        first: a.findings,
        ruleId,
      });
      this.reportUnsettled(a.uri, result);
      a.fixAll.set(key, result);
      return result;
    } catch (e) {
      if (e instanceof LintCancelled) throw e;
      return this.fixAll(a, text, ruleId);
    }
  }

  /** Where "ignore"/"disable" entries for this document go, and its path relative to that file's folder. */
  houseStyleTarget(a: Analysis): { file: string; rel: string } | undefined {
    if (!a.path) return undefined;
    const root = rootFor(a.path, this.env.workspaceRoots());
    const file = a.loaded?.configFile ?? (root ? join(root, HOUSE_STYLE_FILE) : undefined);
    if (!file) return undefined;
    const rel = relativeToFolderOf(file, a.path);
    return rel ? { file, rel } : undefined;
  }
}
