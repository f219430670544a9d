// Mudaqqiq's VS Code client. Deliberately thin (the shape of vscode-eslint's client): it
// starts the language server (dist/server.js) over IPC, answers its settings requests,
// forwards house-style file changes, and adds a status bar count and three commands.
// Everything about Arabic text lives in the server and the engine.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandler,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  State,
  WorkDoneProgress,
} from 'vscode-languageclient/node';
import { l10n } from './l10n';
import { configuredLanguages, readSettings, SECTION } from './settings';
import { CHECK_WORKSPACE_COMMAND, Commands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND as FIX_ALL_KIND_ID, SERVER_PROCESS_ENV, type CheckWorkspaceResult, type MudaqqiqInitializationOptions } from '../../server/src/lsp/protocol';
import { isolateTitles, keepRtlLinesWhole } from './rtl';
import { FindingsStatus, SHOW_PROBLEMS_COMMAND } from './status';
import { showReportingVerbs } from './reportingVerbs';
import { ReportingVerbHighlights, TOGGLE_VERB_HIGHLIGHTS } from './verbHighlights';
import { insertTemplate } from './templates';
import { showStyleReport } from './styleReport';
import { createHouseStyle } from './houseStyle';

/** The code action kind the server offers for "apply every certain fix in this document". */
const FIX_ALL_KIND = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND_ID);

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let starting: Promise<void> | undefined;
let toldAboutRestart = false;
/** How many times the user was told the server restarted (the editor tests read it through the extension's API). */
let restartNotices = 0;

/** What the extension gives other extensions and its editor tests (`vscode.extensions.getExtension(…).exports`). */
export interface MudaqqiqApi {
  /** Times the user was told that the server stopped and was restarted (once per client, however often it crashes). */
  restartNotices(): number;
  /** Whether the language server is running (false once the client gave up restarting a crashing server). */
  serverRunning(): boolean;
  /** The language client's state: 'starting' while a crashed server is started again, 'stopped' once it gave up. */
  serverState(): 'stopped' | 'starting' | 'running';
}

function documentSelector(): NonNullable<LanguageClientOptions['documentSelector']> {
  return configuredLanguages().flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

/** A failed write to a server process that is gone. */
function deadServerWrite(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_IPC_CHANNEL_CLOSED' || code === 'ERR_STREAM_DESTROYED' || /\b(EPIPE|channel closed)\b/i.test(error?.message ?? '');
}

/**
 * The language client restarts a crashed server by itself (up to 4 times in 3 minutes, then
 * it gives up and says so). Tell the user the first time only; later restarts are logged.
 */
function errorHandler(fallback: () => ErrorHandler): ErrorHandler {
  return {
    error: (error, message, count) => {
      // Messages written to a server that has just died fail one by one (EPIPE, a closed IPC
      // channel). Counted as errors, a few of them made the client shut down for good before
      // the close that follows could restart the server: they are the crash, not more errors.
      if (deadServerWrite(error)) return { action: ErrorAction.Continue, handled: true };
      return fallback().error(error, message, count);
    },
    async closed(): Promise<CloseHandlerResult> {
      const r = await fallback().closed();
      if (r.action !== CloseAction.Restart) return r;
      output.warn('[client] the server stopped unexpectedly; restarting it');
      if (!toldAboutRestart) {
        toldAboutRestart = true;
        restartNotices++;
        const show = l10n.t('Show output');
        void vscode.window
          .showWarningMessage(
            l10n.t('The Mudaqqiq server stopped unexpectedly and was restarted. Details are in the “Mudaqqiq” output.'),
            show,
          )
          .then((choice) => {
            if (choice === show) output.show(true);
          });
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // (the extension host's environment, and SERVER_PROCESS_ENV where it sets none of those variables)
  const env = Object.fromEntries(Object.entries(SERVER_PROCESS_ENV).filter(([k]) => process.env[k] === undefined));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  let lc: LanguageClient | undefined;
  let defaultHandler: ErrorHandler | undefined;
  const fallback = (): ErrorHandler => (defaultHandler ??= lc!.createDefaultErrorHandler());
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    outputChannel: output,
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted } satisfies MudaqqiqInitializationOptions,
    errorHandler: errorHandler(fallback),
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.mudaqqiq.json'),
    },
    middleware: {
      // The workspace check as a notification with its count and a Cancel button (progress the
      // server creates lands in the status bar, where VS Code offers no cancel), then what it found.
      executeCommand: (command, args, next) => (command === CHECK_WORKSPACE_COMMAND && lc ? checkWorkspaceWithProgress(lc, args) : next(command, args)),
      // Diagnostics arrive pushed or pulled (the server supports both): keep Arabic lines whole.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, keepRtlLinesWhole(uri, diagnostics)),
      // … and the quick-fix menu's Arabic titles whole too
      provideCodeActions: async (document, range, context, token, next) => isolateTitles(await next(document, range, context, token), document.uri),
      resolveCodeAction: async (item, token, next) => {
        const resolved = await next(item, token);
        // (a resolved action keeps the title it was listed with)
        if (resolved) resolved.title = item.title;
        return resolved;
      },
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && report.kind === 'full') keepRtlLinesWhole(document instanceof vscode.Uri ? document : document.uri, report.items);
        return report;
      },
      workspace: {
        // Answer `workspace/configuration` for our section with resolved settings, so the
        // server never sees `auto` or a malformed value.
        configuration: async (params, token, next) => {
          const results: unknown[] = [];
          let others: unknown[] | undefined;
          for (const [i, item] of params.items.entries()) {
            if (item.section === SECTION) {
              const scope = item.scopeUri ? lc!.protocol2CodeConverter.asUri(item.scopeUri) : undefined;
              results[i] = readSettings(scope);
            } else {
              others ??= (await next({ items: params.items }, token)) as unknown[];
              results[i] = Array.isArray(others) ? others[i] : null;
            }
          }
          return results;
        },
        // The server registers for `workspace/didChangeConfiguration` on our section; push the
        // same resolved settings it would pull, not VS Code's raw values (`auto`, bad types).
        didChangeConfiguration: async () => {
          // A change of `mudaqqiq.languages` restarts the client from the same event: let that
          // begin first, and stay quiet if this client is on its way out (the new one pushes its own).
          await new Promise((r) => setTimeout(r, 0));
          if (!lc?.isRunning()) return;
          try {
            await lc.sendNotification(DidChangeConfigurationNotification.type, { settings: { [SECTION]: readSettings() } });
          } catch (e) {
            if (lc.isRunning()) throw e;
          }
        },
      },
    },
  };
  lc = new LanguageClient('mudaqqiq', 'Mudaqqiq', serverOptions, clientOptions);
  return lc;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  try {
    await client.start();
  } catch (e) {
    output.appendLine(`[client] could not start the server: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    void vscode.window.showErrorMessage(
      l10n.t('The Mudaqqiq server could not start. See the output for details.'),
    );
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) {
    try {
      await c.stop();
    } catch (e) {
      output.appendLine(`[client] stopping the server: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  await (starting ?? Promise.resolve());
  starting = (async () => {
    await stopClient();
    toldAboutRestart = false;
    await startClient(context);
  })();
  await starting;
}

/**
 * Apply every preferred (certain) fix in the active document. Asks the server to run its
 * fix-all command (it sends the edit back through workspace/applyEdit); when the server is
 * not running, or answers with an error, falls back to the `source.fixAll.mudaqqiq` code
 * action, which carries the same edit.
 */
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(l10n.t('Open a draft first.'));
    return;
  }
  const doc = editor.document;
  const before = doc.version;
  if (!(await serverFixAll(doc))) await codeActionFixAll(doc);
  if (doc.version === before) {
    void vscode.window.setStatusBarMessage(
      l10n.t('Mudaqqiq: nothing to fix with certainty in this draft', [], doc.uri),
      4000,
    );
  }
}

/** Run the server's workspace check under a cancellable notification fed by the server's progress on our token. */
async function checkWorkspaceWithProgress(lc: LanguageClient, args: unknown[]): Promise<CheckWorkspaceResult | null> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: l10n.t('Mudaqqiq: checking the drafts in the workspace'), cancellable: true },
    async (progress, token) => {
      const workDoneToken = `mudaqqiq-workspace-check-${Date.now()}`;
      let shown = 0;
      const sub = lc.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
        if (v.kind === 'end') return;
        const percentage = v.percentage ?? shown;
        progress.report({ message: v.message, increment: Math.max(0, percentage - shown) });
        shown = Math.max(shown, percentage);
      });
      try {
        const result = (await lc.sendRequest(ExecuteCommandRequest.type, { command: CHECK_WORKSPACE_COMMAND, arguments: args, workDoneToken }, token)) as CheckWorkspaceResult | null;
        if (result) {
          void vscode.window.showInformationMessage(
            result.cancelled
              ? l10n.t('Workspace check stopped after {0, plural, one {# draft} other {# drafts}}.', [result.checked])
              : result.checked === 0
                ? l10n.t('Workspace check: no drafts to check in this workspace.')
                : result.findings === 0
                  ? l10n.t('Workspace check: {0, plural, one {# draft} other {# drafts}} checked, no findings.', [result.checked])
                  : l10n.t('Workspace check: {0, plural, one {# draft} other {# drafts}} checked, {1, plural, one {# finding} other {# findings}} in {2} of them (see the Problems panel).', [
                      result.checked,
                      result.findings,
                      result.withFindings,
                    ]),
          );
        }
        return result;
      } catch (e) {
        if (token.isCancellationRequested) return null; // cancelled: nothing to report, nothing wrong
        throw e;
      } finally {
        sub.dispose();
      }
    },
  );
}

async function serverFixAll(doc: vscode.TextDocument): Promise<boolean> {
  if (!client?.isRunning()) return false;
  try {
    await client.sendRequest(ExecuteCommandRequest.type, {
      command: Commands.applyFixAll,
      arguments: [{ uri: doc.uri.toString(), version: doc.version }],
    });
    return true;
  } catch (e) {
    output.warn(`[client] ${Commands.applyFixAll} failed, trying the fix-all code action: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

async function codeActionFixAll(doc: vscode.TextDocument): Promise<void> {
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      whole,
      FIX_ALL_KIND.value,
    )) ?? [];
  for (const a of actions) {
    if (!('kind' in a) || !a.kind || !FIX_ALL_KIND.contains(a.kind)) continue;
    if (a.edit) await vscode.workspace.applyEdit(a.edit);
    if (a.command) await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
  }
}

/**
 * Open the Problems panel with its filter box focused. VS Code (through 1.139) has no command
 * that sets the filter text, so the user types `mudaqqiq` there to see only our findings;
 * the status bar tooltip says so.
 */
async function showProblems(): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  try {
    await vscode.commands.executeCommand('problems.action.focusFilter');
  } catch {
    // The panel is open; focusing its filter is a nicety.
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<MudaqqiqApi> {
  output = vscode.window.createOutputChannel('Mudaqqiq', { log: true });
  const verbHighlights = new ReportingVerbHighlights(() => client);
  context.subscriptions.push(
    output,
    new FindingsStatus(),
    vscode.commands.registerCommand('mudaqqiq.fixAll', fixAll),
    vscode.commands.registerCommand('mudaqqiq.restartServer', () => restartClient(context)),
    vscode.commands.registerCommand('mudaqqiq.showOutput', () => output.show(true)),
    vscode.commands.registerCommand(SHOW_PROBLEMS_COMMAND, showProblems),
    // Each returns what it showed or wrote, so the editor tests can check it.
    vscode.commands.registerCommand('mudaqqiq.reportingVerbs', () => showReportingVerbs(client)),
    verbHighlights,
    vscode.commands.registerCommand(TOGGLE_VERB_HIGHLIGHTS, () => verbHighlights.toggle()),
    vscode.commands.registerCommand('mudaqqiq.insertTemplate', (name?: unknown) => insertTemplate(context.extensionUri, client, name)),
    vscode.commands.registerCommand('mudaqqiq.styleReport', () => showStyleReport(client)),
    vscode.commands.registerCommand('mudaqqiq.createHouseStyle', (preset?: unknown) => createHouseStyle(preset)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      // The document selector is fixed when the client starts: a new language list needs a restart.
      if (e.affectsConfiguration(`${SECTION}.languages`)) {
        await restartClient(context);
        return;
      }
      // Anything else reaches the server through the didChangeConfiguration middleware
      // above, after which it pulls per-document settings again.
    }),
    // In an untrusted workspace the server keeps the house style inside the folder; once
    // trusted it may follow `extends` outward, so it starts again with the new trust.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restartClient(context)),
    { dispose: () => void stopClient() },
  );
  starting = startClient(context);
  await starting;
  return {
    restartNotices: () => restartNotices,
    serverRunning: () => client?.isRunning() ?? false,
    serverState: () => (client?.state === State.Running ? 'running' : client?.state === State.Starting ? 'starting' : 'stopped'),
  };
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
