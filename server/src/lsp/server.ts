// The Mudaqqiq language server: wires the LSP connection to the engine.
// Shaped after vscode-css-languageservice's server (startServer(connection), transport chosen
// by main.ts) and microsoft/vscode-eslint (per-document settings, fix-all, on-save source action).
//
// Diagnostics: pushed (textDocument/publishDiagnostics, debounced, never for a stale
// version) unless the client supports pull diagnostics, in which case it pulls
// (textDocument/diagnostic, workspace/diagnostic) and the server asks it to refresh after
// settings or house-style changes. House-style problems are always pushed, on the house-style
// file itself.

import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ExecuteCommandRequest,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type ExecuteCommandParams,
  type FileSystemWatcher,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { HOUSE_STYLE_FILE, MAX_NAMES_FILE_BYTES, oversizeOnDisk, readTextOnDisk, utf8Text, type LoadedConfig } from '../config';
import { Checker, carryOver, leftOut, type Analysis } from './checker';
import { EditLog } from './editLog';
import { codeActions, fixAllEdit, type ActionEnv, type DeferredFixAllData, type EditCapabilities } from './codeActions';
import { LintCancelled, LintWorker } from './lintWorker';
import { CHECK_WORKSPACE_COMMAND, excludeMatcher, findDrafts, languageIdFor, type CheckWorkspaceArgs, type CheckWorkspaceResult } from './workspaceCheck';
import { problemToDiagnostic } from './diagnostics';
import { hover } from './hover';
import { nameCompletion, nameHover, reportingVerbs } from './editorFeatures';
import { styleReport, type StyleReportParams } from './styleReport';
import { templateInHouseStyle } from './templateText';
import { M, t } from './messages';
import { pathToUri, uriKey, uriToPath } from './paths';
import { Commands, FIX_ALL_KIND, REPORTING_VERBS_REQUEST, SETTINGS_SECTION, STYLE_REPORT_REQUEST, TEMPLATE_TEXT_REQUEST, type MudaqqiqInitializationOptions, type MudaqqiqSettings } from './protocol';
import { defaultSettings, overlaySettings, resolveMessagesLanguage } from './settings';

interface ClientFeatures {
  configuration: boolean;
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  watchedFilesDynamic: boolean;
  relativePatterns: boolean;
  configurationDynamic: boolean;
  markdownHover: boolean;
  workspaceFolders: boolean;
  edits: EditCapabilities;
  /** codeAction/resolve can fill in an action's edit. */
  resolveEdit: boolean;
}

function features(c: ClientCapabilities): ClientFeatures {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const ops = list(c.workspace?.workspaceEdit?.resourceOperations);
  return {
    configuration: !!c.workspace?.configuration,
    pullDiagnostics: !!c.textDocument?.diagnostic,
    diagnosticRefresh: !!c.workspace?.diagnostics?.refreshSupport,
    watchedFilesDynamic: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    relativePatterns: !!c.workspace?.didChangeWatchedFiles?.relativePatternSupport,
    configurationDynamic: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
    markdownHover: list(c.textDocument?.hover?.contentFormat).includes('markdown'),
    workspaceFolders: !!c.workspace?.workspaceFolders,
    edits: { documentChanges: !!c.workspace?.workspaceEdit?.documentChanges, createFiles: ops.includes('create') },
    resolveEdit: list(c.textDocument?.codeAction?.resolveSupport?.properties).includes('edit'),
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.stack ?? e.message : String(e);
}

export function startServer(connection: Connection): void {
  // The open documents, their edits logged as they are applied (editLog.ts)
  const editLog = new EditLog();
  const documents = new TextDocuments<TextDocument>({
    create(uri, languageId, version, content) {
      editLog.open(uri, version);
      return TextDocument.create(uri, languageId, version, content);
    },
    update: (doc, changes, version) => editLog.update(doc, changes, version),
  });
  let client: ClientFeatures = features({});
  let initOptions: MudaqqiqInitializationOptions = {};
  let baseSettings: MudaqqiqSettings = defaultSettings();
  /** Settings sent in didChangeConfiguration (clients without workspace/configuration). */
  let pushedSettings: unknown;
  let roots: string[] = [];
  let trusted = true;
  let locale: string | undefined;
  const settingsCache = new Map<string, Promise<MudaqqiqSettings>>();
  const settingsProblemsLogged = new Set<string>();
  /** Checks queued for later, per document. */
  const timers = new Map<string, { cancel(): void }>();
  /**
   * Run `fn` after `ms`; for 0, as soon as the messages already received are handled (a timer of
   * 0 ms waits at least one: a millisecond of every keystroke with mudaqqiq.debounceMs at 0).
   */
  function later(ms: number, fn: () => void): { cancel(): void } {
    if (ms <= 0) {
      const h = setImmediate(fn);
      return { cancel: () => clearImmediate(h) };
    }
    const h = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(h) };
  }
  const scheduleTokens = new Map<string, number>();
  /** Documents we published finding diagnostics for (so turning checking off clears them). */
  const publishedDocs = new Set<string>();
  /** House-style problem diagnostics last published, by file path (JSON of the diagnostics). */
  const publishedProblems = new Map<string, string>();
  /** Pull mode with run=onSave: what the client was last given, per document. */
  const shown = new Map<string, { resultId: string; items: Diagnostic[]; generation: number; stale: boolean }>();
  /** Workspace-level house-style loads (so problems show with no draft open). */
  let rootConfigs: LoadedConfig[] = [];
  let watched = new Set<string>();
  let watchKey: string | undefined;
  let watchRegistration: Promise<{ dispose(): void } | undefined> = Promise.resolve(undefined);
  let initialized = false;

  const log = {
    info: (m: string) => connection.console.info(m),
    warn: (m: string) => connection.console.warn(m),
    error: (m: string) => connection.console.error(m),
  };

  // ---- files -------------------------------------------------------------------------------

  /** path → URI of the open buffers that have a path. */
  const openByPath = new Map<string, string>();
  function readFile(path: string): string | undefined {
    const uri = openByPath.get(path);
    const doc = uri ? documents.get(uri) : undefined;
    if (doc) return doc.getText();
    // a house style may name any path: one too large (or /dev/zero) is never read whole
    return readTextOnDisk(path, MAX_NAMES_FILE_BYTES);
  }

  const checker = new Checker({
    readFile,
    unchanged: (uri, from, to, fromLength, toLength) => editLog.since(uri, from, to, fromLength, toLength),
    // the loader asks first, to report such a file at its place
    oversize: (p, maxBytes) => (openByPath.has(p) ? undefined : oversizeOnDisk(p, maxBytes)),
    // an untrusted workspace's house style may not follow a symbolic link out of it (config/loader.ts)
    realPath: (p) => {
      try {
        return realpathSync.native(p);
      } catch {
        return undefined;
      }
    },
    workspaceRoots: () => roots,
    trusted: () => trusted,
    locale: () => locale,
    onFault: (uri, ruleId, message) => log.warn(`mudaqqiq: rule ${ruleId} failed on ${uri} and was skipped (other rules still ran): ${message}`),
    onConfigLoaded: () => scheduleHouseStyleUpdate(),
    logError: (m) => log.error(m),
  });
  // Large drafts are checked on a worker thread: requests keep being answered meanwhile.
  checker.worker = new LintWorker(undefined, (m) => log.warn(m));
  connection.onShutdown(() => checker.worker?.dispose());

  function isHouseStyleFile(path: string | undefined): boolean {
    return !!path && (basename(path) === HOUSE_STYLE_FILE || watched.has(path));
  }

  // ---- settings ----------------------------------------------------------------------------

  function overlay(base: MudaqqiqSettings, raw: unknown): MudaqqiqSettings {
    const problems: string[] = [];
    const s = overlaySettings(base, raw, problems);
    for (const p of problems) {
      if (settingsProblemsLogged.has(p)) continue;
      settingsProblemsLogged.add(p);
      log.warn(p);
    }
    return s;
  }

  function globalSettings(): MudaqqiqSettings {
    return overlay(baseSettings, pushedSettings);
  }

  function settingsFor(uri: string): Promise<MudaqqiqSettings> {
    if (!client.configuration) return Promise.resolve(globalSettings());
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(
          (raw: unknown) => overlay(globalSettings(), raw),
          (e: unknown) => {
            log.warn(`mudaqqiq: workspace/configuration failed, using defaults: ${errorText(e)}`);
            return globalSettings();
          },
        );
      settingsCache.set(uri, p);
    }
    return p;
  }

  // ---- checking and publishing -------------------------------------------------------------

  function publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    publishedDocs.add(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  async function validate(uri: string, version: number): Promise<void> {
    const doc = documents.get(uri);
    if (!doc || doc.version !== version) return; // a newer version has its own check queued
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    if (client.pullDiagnostics) return;
    let a: Analysis;
    try {
      a = await checker.analysisAsync(current, settings);
    } catch (e) {
      if (e instanceof LintCancelled) return; // a newer version is being checked: it publishes
      throw e;
    }
    // never publish for a version the editor has already moved past: its own check is queued
    if (documents.get(uri)?.version !== version) return;
    if (a.state === 'disabled') {
      if (publishedDocs.has(uri)) publish(uri, version, []);
      publishedDocs.delete(uri);
      return;
    }
    publish(uri, version, a.diagnostics);
  }

  /** Queue a check of the document's current version; a later call replaces an earlier one. */
  function schedule(uri: string, immediate: boolean): void {
    const token = (scheduleTokens.get(uri) ?? 0) + 1;
    scheduleTokens.set(uri, token);
    const old = timers.get(uri);
    if (old) {
      old.cancel();
      timers.delete(uri);
    }
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    settingsFor(uri)
      .then((settings) => {
        if (scheduleTokens.get(uri) !== token) return; // superseded while the settings were fetched
        if (documents.get(uri)?.version !== version) return; // changed meanwhile: that change decides
        // a house-style reload already queued on a timer goes first (a check before it would use
        // the style it replaces): a timer then, which fires after it
        const delay = immediate ? 0 : settings.debounceMs;
        const timer = later(houseStyleTimer ? Math.max(delay, 1) : delay, () => {
          if (timers.get(uri) === timer) timers.delete(uri);
          validate(uri, version).catch((e) => log.error(`mudaqqiq: checking ${uri} failed: ${errorText(e)}`));
        });
        timers.set(uri, timer);
      })
      .catch((e) => log.error(`mudaqqiq: scheduling ${uri} failed: ${errorText(e)}`));
  }

  function recheckAll(): void {
    if (client.pullDiagnostics) {
      shown.clear();
      if (client.diagnosticRefresh) connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const doc of documents.all()) {
      if (isHouseStyleFile(uriToPath(doc.uri)) && !publishedDocs.has(doc.uri)) continue;
      schedule(doc.uri, true);
    }
  }

  // ---- the house-style file: problems and watching -----------------------------------------

  let houseStyleUpdateQueued = false;
  function scheduleHouseStyleUpdate(): void {
    if (houseStyleUpdateQueued) return;
    houseStyleUpdateQueued = true;
    setImmediate(() => {
      houseStyleUpdateQueued = false;
      try {
        updateHouseStyle();
      } catch (e) {
        log.error(`mudaqqiq: house-style update failed: ${errorText(e)}`);
      }
    });
  }

  function loadRootConfigs(): void {
    rootConfigs = [];
    for (const root of roots) rootConfigs.push(checker.configForRoot(root));
  }

  function updateHouseStyle(): void {
    const loads = [...rootConfigs, ...checker.loadedConfigs()];
    // problems, grouped by file, de-duplicated
    const byFile = new Map<string, Map<string, LoadedConfig['problems'][number]>>();
    for (const l of loads) {
      for (const p of l.problems) {
        let m = byFile.get(p.file);
        if (!m) byFile.set(p.file, (m = new Map()));
        m.set(JSON.stringify(p), p);
      }
    }
    const lang = resolveMessagesLanguage(globalSettings().messagesLanguage, loads.find((l) => l.language)?.language, locale);
    const files = new Set([...byFile.keys(), ...publishedProblems.keys()]);
    for (const file of files) {
      const problems = [...(byFile.get(file)?.values() ?? [])];
      const text = readFile(file);
      const uri = openByPath.get(file) ?? pathToUri(file);
      const tdoc = text === undefined ? undefined : TextDocument.create(uri, 'json', 0, text);
      const diags = problems.map((p) => problemToDiagnostic(tdoc, p, lang));
      const key = JSON.stringify(diags);
      if ((publishedProblems.get(file) ?? '[]') === key) continue;
      if (diags.length) publishedProblems.set(file, key);
      else publishedProblems.delete(file);
      void connection.sendDiagnostics({ uri, diagnostics: diags });
    }
    // watch the house-style files and everything they pulled in
    const paths = new Set<string>();
    for (const l of loads) {
      for (const f of l.files) paths.add(f);
      if (l.configFile) paths.add(l.configFile);
    }
    watched = paths;
    registerWatchers();
  }

  function registerWatchers(): void {
    if (!initialized || !client.watchedFilesDynamic) return;
    const extra = [...watched].filter((p) => basename(p) !== HOUSE_STYLE_FILE).sort();
    const key = extra.join('\n');
    if (key === watchKey) return;
    watchKey = key;
    const watchers: FileSystemWatcher[] = [{ globPattern: `**/${HOUSE_STYLE_FILE}` }];
    for (const p of extra) {
      if (client.relativePatterns) {
        const slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        watchers.push({ globPattern: { baseUri: pathToUri(p.slice(0, slash) || '/'), pattern: p.slice(slash + 1) } });
      } else watchers.push({ globPattern: p.replace(/\\/g, '/') });
    }
    watchRegistration = watchRegistration
      .then((old) => {
        old?.dispose();
        return connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      })
      .catch((e) => {
        log.warn(`mudaqqiq: could not watch the house-style files: ${errorText(e)}`);
        return undefined;
      });
  }

  function houseStyleChanged(): void {
    checker.invalidate();
    shown.clear();
    loadRootConfigs();
    scheduleHouseStyleUpdate();
    recheckAll();
  }

  let houseStyleTimer: NodeJS.Timeout | undefined;
  function houseStyleChangedSoon(): void {
    if (houseStyleTimer) clearTimeout(houseStyleTimer);
    houseStyleTimer = setTimeout(() => {
      houseStyleTimer = undefined;
      try {
        houseStyleChanged();
      } catch (e) {
        log.error(`mudaqqiq: reloading the house style failed: ${errorText(e)}`);
      }
    }, globalSettings().debounceMs);
  }

  // ---- handler safety ----------------------------------------------------------------------

  function guard<A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (e) {
        if (e instanceof ResponseError) throw e; // a deliberate protocol error (cancellation) reaches the client
        log.error(`mudaqqiq: ${name} failed: ${errorText(e)}`);
        return fallback;
      }
    };
  }

  function guardVoid<A extends unknown[]>(name: string, fn: (...args: A) => void | Promise<void>): (...args: A) => void {
    const g = guard<A, void>(name, undefined, fn);
    return (...args: A) => void g(...args);
  }

  /**
   * For hover and completion on a large draft whose current version is still being checked:
   * the last analysis carried over to the current text (findings near the edit left out), so
   * they answer at once instead of waiting seconds. Undefined when there is nothing to carry.
   */
  const carried = new Map<string, { from: Analysis; a: Analysis }>();
  function carriedAnalysis(uri: string): { doc: TextDocument; a: Analysis } | undefined {
    const doc = documents.get(uri);
    const prev = checker.cached(uri);
    if (!doc || !prev || prev.generation !== checker.generation || prev.state !== 'checked') return undefined;
    if (prev.version === doc.version) return { doc, a: prev };
    const hit = carried.get(uri);
    if (hit && hit.from === prev && hit.a.version === doc.version) return { doc, a: hit.a };
    const text = doc.getText();
    if (!checker.offThread(text)) return undefined; // a small draft is checked at once anyway
    const a = carryOver(prev, text, doc.version, editLog.since(uri, prev.version, doc.version, prev.text?.length ?? 0, text.length));
    if (a) carried.set(uri, { from: prev, a });
    return a ? { doc, a } : undefined;
  }

  /** `p`, or a RequestCancelled error as soon as the request is cancelled (the work itself goes on: others share it). */
  function untilCancelled<T>(p: Promise<T>, token: CancellationToken | undefined): Promise<T> {
    if (!token) return p;
    return new Promise<T>((resolve, reject) => {
      const sub = token.onCancellationRequested(() => reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled')));
      p.then(
        (v) => {
          sub.dispose();
          resolve(v);
        },
        (e: unknown) => {
          sub.dispose();
          reject(e);
        },
      );
    });
  }

  /**
   * The analysis of the document's current version. A large draft's check runs on the worker
   * thread: this waits for it (other documents' requests are answered meanwhile), and for the
   * next one when the document changes in between. Cancelled requests stop waiting.
   */
  async function currentAnalysis(uri: string, token?: CancellationToken): Promise<{ doc: TextDocument; a: Analysis } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const settings = await settingsFor(uri);
    for (;;) {
      if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const now = documents.get(uri);
      if (!now) return undefined;
      const version = now.version;
      let a: Analysis;
      try {
        a = await untilCancelled(checker.analysisAsync(now, settings), token);
      } catch (e) {
        if (e instanceof LintCancelled) continue; // superseded by a newer version: wait for that one
        throw e;
      }
      const cur = documents.get(uri);
      if (!cur) return undefined;
      if (cur.version === version && a.version === version) return { doc: cur, a };
    }
  }

  const actionEnv: ActionEnv = {
    get caps() {
      return client.edits;
    },
    checker,
    readFile,
    openVersion(path) {
      const uri = openByPath.get(path);
      const doc = uri === undefined ? undefined : documents.get(uri);
      return doc ? doc.version : null;
    },
    deferFixAll(a) {
      return client.resolveEdit && checker.offThread(documents.get(a.uri)?.getText() ?? '');
    },
  };

  // ---- the workspace check ------------------------------------------------------------------

  /** Pull mode: the last workspace check's results for drafts that are not open. */
  const workspaceResults = new Map<string, { resultId: string; items: Diagnostic[] }>();
  /** Drafts whose workspace-check diagnostics were pushed (publishDiagnostics without a version). */
  const workspacePushed = new Set<string>();
  /** The client has asked for workspace diagnostics: closed drafts' results go there, not pushed. */
  let workspacePull = false;
  let workspaceRuns = 0;
  let workspaceRun: { cancelled: boolean } | undefined;

  /** A draft's text, or only its size when it is over maxFileSize (a corpus dump is never read whole). */
  function readDisk(path: string, maxBytes: number): string | { size: number } | undefined {
    try {
      const size = statSync(path).size;
      if (size > maxBytes) return { size };
      return utf8Text(readFileSync(path));
    } catch {
      return undefined;
    }
  }

  /**
   * Check every draft under the workspace folders (see workspaceCheck.ts), with progress:
   * on the client's own token when the request carried a `workDoneToken` (VS Code's client
   * shows it as a cancellable notification and cancels the request itself), else on one the
   * server creates (window/workDoneProgress/create, cancellable). A new run replaces one still going.
   */
  async function checkWorkspace(args: CheckWorkspaceArgs | undefined, token: CancellationToken | undefined, clientProgress?: WorkDoneProgressReporter): Promise<CheckWorkspaceResult> {
    if (workspaceRun) workspaceRun.cancelled = true;
    const run = { cancelled: false };
    workspaceRun = run;
    const runId = ++workspaceRuns;
    const lang = resolveMessagesLanguage(globalSettings().messagesLanguage, rootConfigs.find((l) => l.language)?.language, locale);
    const created = clientProgress ? undefined : await connection.window.createWorkDoneProgress();
    const progress: WorkDoneProgressReporter = clientProgress ?? created!;
    const cancelled = () => run.cancelled || !!token?.isCancellationRequested || !!created?.token.isCancellationRequested;
    progress.begin(t(lang, M.workspaceCheckTitle), 0, t(lang, M.workspaceCheckFinding), true);
    const result: CheckWorkspaceResult = { checked: 0, skipped: 0, findings: 0, withFindings: 0, cancelled: false };
    try {
      const extra = Array.isArray(args?.exclude) ? args.exclude.filter((g): g is string => typeof g === 'string') : [];
      const jobs: Array<{ path: string; uri: string; settings: MudaqqiqSettings }> = [];
      const seen = new Set<string>();
      for (const root of roots) {
        const rootUri = pathToUri(root);
        let filesExclude: unknown;
        if (client.configuration) {
          filesExclude = await connection.workspace.getConfiguration({ scopeUri: rootUri, section: 'files.exclude' }).then(
            (v: unknown) => v,
            () => undefined,
          );
        }
        const settings = await settingsFor(rootUri);
        for (const path of findDrafts(root, excludeMatcher(filesExclude, extra), cancelled)) {
          if (seen.has(path) || isHouseStyleFile(path)) continue;
          seen.add(path);
          jobs.push({ path, uri: pathToUri(path), settings });
        }
      }
      const found = new Set(jobs.map((j) => j.uri));
      let done = 0;
      let next = 0;
      let lastReport = 0;
      const inFlight = new Set<string>();
      /** @param items the draft's diagnostics, or undefined: nothing to report (ignored, gone) */
      const record = (uri: string, items: Diagnostic[] | undefined) => {
        if (workspacePull) {
          if (items) workspaceResults.set(uri, { resultId: `ws${runId}:${uri}`, items });
          else workspaceResults.delete(uri);
          return;
        }
        items ??= [];
        if (items.length === 0 && !workspacePushed.has(uri)) return;
        if (items.length) workspacePushed.add(uri);
        else workspacePushed.delete(uri);
        void connection.sendDiagnostics({ uri, diagnostics: items });
      };
      const report = (force = false) => {
        const now = Date.now();
        if (!force && now - lastReport < 200) return;
        lastReport = now;
        progress.report(jobs.length ? Math.floor((done * 100) / jobs.length) : 100, t(lang, M.workspaceCheckProgress, { done: String(done), total: String(jobs.length) }));
      };
      report(true);
      // a few drafts in flight: the worker always has the next one, and cancelling stops at once
      await new Promise<void>((resolve) => {
        const pump = () => {
          while (!cancelled() && inFlight.size < 4 && next < jobs.length) {
            const j = jobs[next++];
            const text = documents.get(openByPath.get(j.path) ?? '') ? undefined : readDisk(j.path, j.settings.maxFileSize);
            if (text === undefined) {
              // open in the editor (its own checks cover it: counted from its last check) or unreadable
              // (counted as a closed draft is: ignored, disabled or no Arabic draft left out; too
              // large or binary checked, its notice being what was found; not checked yet left out)
              const open = openByPath.get(j.path);
              const a = open === undefined ? undefined : checker.cached(open);
              if (!a || leftOut(a.state)) result.skipped++;
              else {
                result.checked++;
                result.findings += a.findings.length;
                if (a.diagnostics.length) result.withFindings++;
              }
              done++;
              continue;
            }
            inFlight.add(j.uri);
            checker
              .checkClosed(j.uri, languageIdFor(j.path), text, j.settings)
              .then(
                (a) => {
                  if (leftOut(a.state)) {
                    result.skipped++;
                    record(j.uri, undefined);
                    return;
                  }
                  result.checked++;
                  result.findings += a.findings.length;
                  if (a.diagnostics.length) result.withFindings++;
                  if (!documents.get(j.uri)) record(j.uri, a.diagnostics);
                },
                (e: unknown) => {
                  if (!(e instanceof LintCancelled)) log.error(`mudaqqiq: checking ${j.uri} failed: ${errorText(e)}`);
                },
              )
              .finally(() => {
                inFlight.delete(j.uri);
                done++;
                report();
                pump();
              });
          }
          if (inFlight.size === 0 && (next >= jobs.length || cancelled())) resolve();
        };
        pump();
      });
      result.cancelled = cancelled();
      if (!result.cancelled) {
        // drafts reported by an earlier run that are gone, excluded or ignored now
        for (const uri of [...workspacePushed]) if (!found.has(uri) && !documents.get(uri)) record(uri, undefined);
        for (const uri of [...workspaceResults.keys()]) if (!found.has(uri)) workspaceResults.delete(uri);
      }
      if (workspacePull && client.diagnosticRefresh) connection.languages.diagnostics.refresh().catch(() => undefined);
      log.info(
        `mudaqqiq: workspace check ${result.cancelled ? 'cancelled' : 'done'}: ${result.checked} drafts checked, ${result.findings} findings in ${result.withFindings} drafts, ${result.skipped} left out`,
      );
      return result;
    } finally {
      if (workspaceRun === run) workspaceRun = undefined;
      progress.done();
    }
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  connection.onInitialize(
    (params: InitializeParams): InitializeResult => {
      try {
        client = features(params.capabilities ?? {});
      } catch (e) {
        log.warn(`mudaqqiq: could not read the client capabilities, assuming none: ${errorText(e)}`);
        client = features({});
      }
      const io = params.initializationOptions;
      initOptions = io && typeof io === 'object' ? (io as MudaqqiqInitializationOptions) : {};
      baseSettings = overlay(defaultSettings(), initOptions);
      trusted = initOptions.workspaceTrusted !== false;
      locale = typeof params.locale === 'string' && params.locale ? params.locale : undefined;
      const folders = Array.isArray(params.workspaceFolders) ? params.workspaceFolders : [];
      roots = folders.map((f) => (typeof f?.uri === 'string' ? uriToPath(f.uri) : undefined)).filter((p): p is string => !!p);
      if (roots.length === 0) {
        const r = typeof params.rootUri === 'string' ? uriToPath(params.rootUri) : typeof params.rootPath === 'string' ? params.rootPath : undefined;
        if (r) roots = [r];
      }
      const result: InitializeResult = {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: client.resolveEdit },
          executeCommandProvider: { commands: [Commands.applyFixAll, CHECK_WORKSPACE_COMMAND] },
          hoverProvider: true,
          completionProvider: { resolveProvider: false },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: 'mudaqqiq', version: '0.1.0' },
      };
      if (client.pullDiagnostics) {
        result.capabilities.diagnosticProvider = { identifier: 'mudaqqiq', interFileDependencies: false, workspaceDiagnostics: true };
      }
      return result;
    },
  );

  connection.onInitialized(
    guardVoid('initialized', () => {
      initialized = true;
      if (client.configurationDynamic) {
        connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
      }
      if (client.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          try {
            const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
            roots = roots.filter((r) => !removed.has(r));
            for (const f of e.added) {
              const p = uriToPath(f.uri);
              if (p && !roots.includes(p)) roots.push(p);
            }
            houseStyleChanged();
          } catch (err) {
            log.error(`mudaqqiq: workspace folders change failed: ${errorText(err)}`);
          }
        });
      }
      loadRootConfigs();
      updateHouseStyle();
      registerWatchers();
      log.info(`mudaqqiq: server ready (${client.pullDiagnostics ? 'pull' : 'push'} diagnostics)`);
    }),
  );

  connection.onDidChangeConfiguration(
    guardVoid('didChangeConfiguration', (params) => {
      const s = (params?.settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
      if (s !== undefined) pushedSettings = s;
      settingsCache.clear();
      checker.invalidate();
      shown.clear();
      scheduleHouseStyleUpdate();
      recheckAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardVoid('didChangeWatchedFiles', (params) => {
      // coalesced: the VS Code client may report the same change through two watchers
      if (params.changes.some((c) => isHouseStyleFile(uriToPath(c.uri)))) houseStyleChangedSoon();
    }),
  );

  // ---- documents ---------------------------------------------------------------------------

  const openedVersion = new Map<string, number>();
  documents.onDidOpen(
    guardVoid('didOpen', (e) => {
      const path = uriToPath(e.document.uri);
      if (path) openByPath.set(path, e.document.uri);
      openedVersion.set(e.document.uri, e.document.version);
      if (isHouseStyleFile(path)) {
        houseStyleChangedSoon();
        return;
      }
      if (!client.pullDiagnostics) schedule(e.document.uri, true);
      else {
        // pulled from now on: the workspace check's result for it is out of date
        workspaceResults.delete(e.document.uri);
        if (workspacePushed.delete(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      }
    }),
  );

  documents.onDidChangeContent(
    guardVoid('didChange', async (e) => {
      const { uri, version } = e.document;
      if (openedVersion.get(uri) === version) return; // the open itself: already queued
      openedVersion.delete(uri);
      if (isHouseStyleFile(uriToPath(uri))) {
        houseStyleChangedSoon();
        return;
      }
      const prevShown = shown.get(uri);
      if (prevShown) prevShown.stale = true;
      if (client.pullDiagnostics) return;
      const settings = await settingsFor(uri);
      if (settings.run === 'onType') schedule(uri, false);
      else {
        // onSave: nothing now, but a queued check of an older version must not publish
        timers.get(uri)?.cancel();
        timers.delete(uri);
        scheduleTokens.set(uri, (scheduleTokens.get(uri) ?? 0) + 1);
      }
    }),
  );

  documents.onDidSave(
    guardVoid('didSave', async (e) => {
      const uri = e.document.uri;
      if (isHouseStyleFile(uriToPath(uri))) return; // the change was already seen as a buffer change
      const settings = await settingsFor(uri);
      if (settings.run !== 'onSave') return;
      if (client.pullDiagnostics) {
        shown.delete(uri);
        if (client.diagnosticRefresh) connection.languages.diagnostics.refresh().catch(() => undefined);
      } else schedule(uri, true);
    }),
  );

  documents.onDidClose(
    guardVoid('didClose', (e) => {
      const uri = e.document.uri;
      const path = uriToPath(uri);
      if (path && openByPath.get(path) === uri) openByPath.delete(path);
      timers.get(uri)?.cancel();
      timers.delete(uri);
      scheduleTokens.delete(uri);
      openedVersion.delete(uri);
      settingsCache.delete(uri);
      shown.delete(uri);
      carried.delete(uri);
      editLog.forget(uri);
      checker.forget(uri);
      if (isHouseStyleFile(path)) {
        houseStyleChangedSoon(); // the buffer may have been closed without saving: disk is the truth again
        return;
      }
      if (!client.pullDiagnostics && publishedDocs.has(uri)) publish(uri, undefined, []);
      publishedDocs.delete(uri);
    }),
  );

  // ---- pull diagnostics --------------------------------------------------------------------

  async function pullReport(uri: string, previousResultId: string | undefined, token?: CancellationToken): Promise<DocumentDiagnosticReport & { version?: number }> {
    const doc = documents.get(uri);
    if (!doc || isHouseStyleFile(uriToPath(uri))) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await settingsFor(uri);
    const prev = shown.get(uri);
    if (settings.run === 'onSave' && prev && prev.generation === checker.generation && prev.stale) {
      // onSave: keep what the client has until the next save
      if (previousResultId === prev.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: prev.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: prev.resultId, items: prev.items };
    }
    let a: Analysis | undefined;
    for (;;) {
      const now = documents.get(uri);
      if (!now) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      try {
        a = await untilCancelled(checker.analysisAsync(now, settings), token);
        break;
      } catch (e) {
        if (!(e instanceof LintCancelled)) throw e; // superseded: check the newer version
      }
    }
    const resultId = `${checker.generation}:${a.version}`;
    shown.set(uri, { resultId, items: a.diagnostics, generation: checker.generation, stale: false });
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId, version: a.version };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: a.diagnostics, version: a.version };
  }

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] } as DocumentDiagnosticReport, async (params, token) => {
      const uri = params.textDocument.uri;
      const doc = documents.get(uri);
      if (doc) {
        // Debounce as the push model does: a version not yet checked waits debounceMs; if the
        // client has cancelled meanwhile (the user kept typing), the newer request does the work.
        const settings = await settingsFor(uri);
        const cached = checker.cached(uri);
        const fresh = cached && cached.version === doc.version && cached.generation === checker.generation;
        if (!fresh && settings.run === 'onType' && settings.debounceMs > 0) {
          await new Promise((resolve) => setTimeout(resolve, settings.debounceMs));
          if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'superseded by a newer request');
        }
      }
      const r = await pullReport(uri, params.previousResultId, token);
      delete (r as { version?: number }).version;
      return r;
    }),
  );

  connection.languages.diagnostics.onWorkspace(
    guard('workspace/diagnostic', { items: [] }, async (params, token) => {
      const previous = new Map(params.previousResultIds.map((p) => [uriKey(p.uri), p.value]));
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const doc of documents.all()) {
        const r = await pullReport(doc.uri, previous.get(uriKey(doc.uri)), token);
        const version = r.version ?? documents.get(doc.uri)?.version ?? null;
        delete (r as { version?: number }).version;
        items.push({ ...r, uri: doc.uri, version } as WorkspaceDocumentDiagnosticReport);
      }
      // drafts that are not open: what the last workspace check found
      workspacePull = true;
      for (const [uri, w] of workspaceResults) {
        if (documents.get(uri)) continue;
        const prev = previous.get(uriKey(uri));
        items.push(
          prev === w.resultId
            ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: w.resultId, uri, version: null }
            : { kind: DocumentDiagnosticReportKind.Full, resultId: w.resultId, items: w.items, uri, version: null },
        );
      }
      return { items };
    }),
  );

  // ---- code actions, commands, hover -------------------------------------------------------

  connection.onCodeAction(
    guard('textDocument/codeAction', [], async (params, token) => {
      const cur = await currentAnalysis(params.textDocument.uri, token);
      if (!cur) return [];
      return codeActions(cur.doc, cur.a, params, actionEnv);
    }),
  );

  // A large draft's fix-all actions come without their edit (deferFixAll): computed here, on
  // the worker thread, when the user picks one.
  connection.onCodeActionResolve(
    guard('codeAction/resolve', null as unknown as CodeAction, async (action, token) => {
      const d = (action.data as Partial<DeferredFixAllData> | undefined)?.mudaqqiqFixAll;
      if (!d || typeof d.uri !== 'string' || action.edit) return action;
      const cur = await currentAnalysis(d.uri, token);
      if (!cur || cur.a.version !== d.version) return action; // the draft moved on: nothing safe to apply
      await untilCancelled(checker.fixAllAsync(cur.a, cur.doc.getText(), d.ruleId), token);
      if (documents.get(d.uri)?.version !== d.version) return action;
      const edit = fixAllEdit(cur.doc, cur.a, actionEnv, d.ruleId);
      return edit ? { ...action, edit } : action;
    }),
  );

  // (onRequest, not onExecuteCommand: that one takes the request's workDoneToken away before
  // the handler sees whether there was one)
  connection.onRequest(
    ExecuteCommandRequest.type,
    guard('workspace/executeCommand', null as unknown, async (params: ExecuteCommandParams, token?: CancellationToken) => {
      if (params.command === CHECK_WORKSPACE_COMMAND) {
        const clientProgress = params.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : undefined;
        return checkWorkspace(params.arguments?.[0] as CheckWorkspaceArgs | undefined, token, clientProgress);
      }
      if (params.command !== Commands.applyFixAll) {
        log.warn(`mudaqqiq: unknown command ${params.command}`);
        return null;
      }
      const arg = params.arguments?.[0] as unknown;
      const uri = typeof arg === 'string' ? arg : (arg as { uri?: unknown } | undefined)?.uri;
      const version = typeof arg === 'object' && arg !== null ? (arg as { version?: unknown }).version : undefined;
      if (typeof uri !== 'string') return null;
      const cur = await currentAnalysis(uri, token);
      if (!cur) return null;
      if (typeof version === 'number' && version !== cur.doc.version) return null; // the document moved on: not our text any more
      await untilCancelled(checker.fixAllAsync(cur.a, cur.doc.getText()), token); // a large draft: on the worker thread
      if (documents.get(uri)?.version !== cur.a.version) return null;
      const edit = fixAllEdit(cur.doc, cur.a, actionEnv);
      if (!edit) return false;
      const r = await connection.workspace.applyEdit({ label: t(cur.a.lang, M.fixAllLabel), edit });
      return r.applied;
    }),
  );

  connection.onHover(
    guard('textDocument/hover', null, async (params, token) => {
      const cur = carriedAnalysis(params.textDocument.uri) ?? (await currentAnalysis(params.textDocument.uri, token));
      if (!cur) return null;
      return hover(cur.doc, cur.a, params.position, client.markdownHover) ?? nameHover(cur.doc, cur.a, params.position, client.markdownHover);
    }),
  );

  connection.onCompletion(
    guard('textDocument/completion', null, async (params, token) => {
      const cur = carriedAnalysis(params.textDocument.uri) ?? (await currentAnalysis(params.textDocument.uri, token));
      if (!cur) return null;
      return nameCompletion(cur.doc, cur.a, params.position);
    }),
  );

  connection.onRequest(
    REPORTING_VERBS_REQUEST,
    guard(REPORTING_VERBS_REQUEST, null, async (params: { uri?: unknown }, token: CancellationToken) => {
      if (typeof params?.uri !== 'string') return null;
      const cur = await currentAnalysis(params.uri, token);
      if (!cur) return null;
      return reportingVerbs(cur.doc, cur.a.languageId, cur.a.config);
    }),
  );

  connection.onRequest(
    STYLE_REPORT_REQUEST,
    guard(STYLE_REPORT_REQUEST, null, async (params: StyleReportParams, token: CancellationToken) => {
      if (typeof params?.uri !== 'string') return null;
      const cur = await currentAnalysis(params.uri, token);
      if (!cur) return null;
      return styleReport(cur.doc, cur.a, params);
    }),
  );

  connection.onRequest(
    TEMPLATE_TEXT_REQUEST,
    guard(TEMPLATE_TEXT_REQUEST, null, async (params: { uri?: unknown; body?: unknown }, token: CancellationToken) => {
      if (typeof params?.uri !== 'string' || typeof params.body !== 'string') return null;
      const cur = await currentAnalysis(params.uri, token);
      if (!cur) return null;
      return templateInHouseStyle(params.body, cur.a.config, cur.a.languageId);
    }),
  );

  documents.listen(connection);
  connection.listen();
}
