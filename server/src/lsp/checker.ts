// One analysis per document version: house style loaded (cached per document until a
// watched file changes), ignored files and hidden findings applied, the engine run once,
// findings turned into diagnostics. Code actions, hover and pull requests read the same
// cached result.

import { join } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';
import { HOUSE_STYLE_FILE, configFor, isIgnored, loadConfigFor, type ConfigHost, type LoadedConfig } from '../config';
import {
  allRules,
  analyse,
  lintDocument,
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
import type { MudaqqiqSettings } from './protocol';
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
}

export type AnalysisState = 'checked' | 'disabled' | 'ignored' | 'too-large' | 'binary';

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
  diagnostics: Diagnostic[];
  /** Fix-all results for this version, keyed by rule id ('*' = every rule). */
  fixAll: Map<string, FixAllResult>;
}

/**
 * A rule's time budget on one document: generous (a loaded machine must not trip it), so
 * only a rule gone wrong (a quadratic loop, a catastrophic regular expression) runs past it:
 * 3 s, plus 5 ms per 1,000 code units (8.5 s at the 2 MB default maxFileSize).
 */
export function ruleBudgetMs(length: number): number {
  return 3000 + Math.ceil(length / 200);
}

const EMPTY_CONFIG: LoadedConfig = { config: { rules: {} }, files: [], problems: [], ignoreFiles: [], hiddenFindings: [] };

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
    this.generation++;
    this.configs.clear();
    this.analyses.clear();
  }

  forget(uri: string): void {
    this.configs.delete(uri);
    this.analyses.delete(uri);
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
      loaded = loadConfigFor(path, { workspaceRoot, trusted: this.env.trusted() }, this.env);
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
      return loadConfigFor(undefined, { workspaceRoot: root, trusted: this.env.trusted() }, this.env);
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

  private compute(doc: TextDocument, settings: MudaqqiqSettings): Analysis {
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
      return { ...base, state: 'disabled', lang: resolveMessagesLanguage(settings.messagesLanguage, undefined, this.env.locale()) };
    }
    const loaded = this.configFor(doc.uri);
    const lang: Lang = resolveMessagesLanguage(settings.messagesLanguage, loaded.language, this.env.locale());
    const withConfig = { ...base, lang, loaded };
    if (base.path && isIgnored(loaded, base.path)) return { ...withConfig, state: 'ignored' };
    const text = doc.getText();
    if (exceedsUtf8Bytes(text, settings.maxFileSize)) {
      const size = Buffer.byteLength(text, 'utf8');
      const msg = t(lang, M.tooLarge, { size: formatBytes(size), max: formatBytes(settings.maxFileSize) });
      return { ...withConfig, state: 'too-large', diagnostics: [noticeDiagnostic(msg, 'too-large')] };
    }
    if (text.indexOf('\u0000') >= 0) {
      return { ...withConfig, state: 'binary', diagnostics: [noticeDiagnostic(t(lang, M.binary), 'binary')] };
    }
    // The house style's config for this draft (its hidden findings included: the engine drops
    // them, in every fix-all pass too), with the user's `mudaqqiq.rules` laid over it.
    const config = withRuleOverrides(configFor(loaded, base.path), settings.rules);
    const findings = this.lint(doc.uri, text, languageId, config).findings;
    const diagnostics = findings.map((f, i) => findingToDiagnostic(doc, f, i, lang));
    return { ...withConfig, state: 'checked', config, findings, diagnostics };
  }

  private lint(uri: string, text: string, languageId: DocumentLanguage, config: ResolvedConfig, only?: ReadonlySet<string>): LintResult {
    const slow = this.overBudget.get(uri);
    const rules = slow ? (this.rules ?? allRules).filter((r) => !slow.has(r.meta.id)) : this.rules;
    const result = lintDocument(analyse(text, languageId), { languageId, config, only, rules, ruleBudgetMs: this.budgetMs(text.length) });
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
    a.fixAll.set(key, result);
    return result;
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
