// A small LSP client for the protocol tests: spawns the built server over stdio, frames
// JSON-RPC with Content-Length headers itself (so a test can also send broken bytes),
// keeps a mirror of the documents it opened, answers the server's requests
// (workspace/applyEdit applies the edit to the mirror) and records every notification.

import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { repoRoot } from '../lib/corpus';

let builtServer: string | undefined;

function newestSource(dir: string, newest = 0): number {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) newest = newestSource(p, newest);
    else if (/\.(ts|json|txt|tsv)$/.test(name)) newest = Math.max(newest, st.mtimeMs);
  }
  return newest;
}

/**
 * The built server, in a folder private to this test process. dist/server.js is used when it
 * is newer than the sources it bundles (test/run.mjs and `npm run build` have just built it);
 * otherwise only the server entry is bundled, with esbuild.mjs's options, straight into the
 * private folder. Either way this suite never writes dist/, so it cannot hand a half-written
 * dist/cli.js or dist/client.js to a suite running beside it, nor be handed one.
 */
export function buildServer(): string {
  if (builtServer) return builtServer;
  const dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-server-'));
  const dist = join(repoRoot, 'dist', 'server.js');
  const sources = Math.max(newestSource(join(repoRoot, 'server', 'src')), statSync(join(repoRoot, 'package.json')).mtimeMs);
  if (existsSync(dist) && statSync(dist).mtimeMs >= sources) {
    copyFileSync(dist, join(dir, 'server.js'));
    if (existsSync(dist + '.map')) copyFileSync(dist + '.map', join(dir, 'server.js.map'));
  } else {
    const script = `require('esbuild').build({entryPoints:{server:'server/src/lsp/main.ts'},bundle:true,platform:'node',format:'cjs',target:'node20',sourcemap:true,logLevel:'warning',outdir:${JSON.stringify(dir)}}).catch(()=>process.exit(1))`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bundling the server failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  // the orthography rules' lexicon lives beside the bundle (scripts/build-lexicon.mjs)
  const lexicon = join(repoRoot, 'dist', 'lexicon-ar.bin');
  if (existsSync(lexicon)) copyFileSync(lexicon, join(dir, 'lexicon-ar.bin'));
  builtServer = join(dir, 'server.js');
  return builtServer;
}

/** Guard against a hung server: a request that gets no answer fails the test instead of hanging it. */
const REQUEST_TIMEOUT_MS = 30_000;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Pending {
  resolve(v: Json): void;
  reject(e: Error): void;
  method: string;
  timer: NodeJS.Timeout;
}

interface Waiter {
  check(): boolean;
  timer: NodeJS.Timeout;
  reject(e: Error): void;
}

export class ResponseError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const PUSH_CAPABILITIES: ClientCapabilities = {
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    didChangeConfiguration: { dynamicRegistration: false },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    executeCommand: {},
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

export const PULL_CAPABILITIES: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  workspace: { ...PUSH_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...PUSH_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
  /** Workspace folder (absolute path). */
  root?: string;
  /** initializeParams.locale (none by default). */
  locale?: string;
  /** Answer for workspace/configuration (section mudaqqiq), or undefined to send null. */
  settings?: (scopeUri: string | undefined, section?: string) => Record<string, unknown> | undefined;
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Set<Waiter>();
  /** Every notification from the server, in order. */
  readonly notifications: Array<{ method: string; params: Json }> = [];
  /** Every request the server made, in order. */
  readonly serverRequests: Array<{ method: string; params: Json }> = [];
  readonly docs = new Map<string, TextDocument>();
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** Text of files created or edited through workspace edits that are not open documents. */
  readonly files = new Map<string, string>();
  stderr = '';
  exitCode: number | null | undefined;
  private exited: Promise<number | null>;
  settings?: (scopeUri: string | undefined, section?: string) => Record<string, unknown> | undefined;

  /** @param server the bundle to run (default: the built server); @param env extra environment variables */
  constructor(args: string[] = ['--stdio'], server: string = buildServer(), env?: NodeJS.ProcessEnv) {
    this.proc = spawn(process.execPath, [server, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: env ? { ...process.env, ...env } : undefined });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.proc.stdin.on('error', () => undefined); // the server may be gone when we write
    this.exited = new Promise((resolve) => {
      this.proc.on('exit', (code) => {
        this.exitCode = code;
        for (const p of this.pending.values()) {
          clearTimeout(p.timer);
          p.reject(new Error(`server exited (${code}) before answering ${p.method}; stderr: ${this.stderr}`));
        }
        this.pending.clear();
        this.checkWaiters();
        resolve(code);
      });
    });
  }

  static async start(opts: StartOptions = {}): Promise<{ client: LspClient; init: InitializeResult }> {
    return LspClient.initialize(new LspClient(), opts);
  }

  /** Start another bundle of the server (a private copy), with extra environment variables. */
  static async startWith(server: string, opts: StartOptions & { env?: NodeJS.ProcessEnv } = {}): Promise<LspClient> {
    return (await LspClient.initialize(new LspClient(['--stdio'], server, opts.env), opts)).client;
  }

  private static async initialize(client: LspClient, opts: StartOptions): Promise<{ client: LspClient; init: InitializeResult }> {
    client.settings = opts.settings;
    const init = (await client.request('initialize', {
      processId: process.pid,
      rootUri: opts.root ? TextDocumentUri(opts.root) : null,
      workspaceFolders: opts.root ? [{ uri: TextDocumentUri(opts.root), name: 'ws' }] : null,
      capabilities: opts.capabilities ?? PUSH_CAPABILITIES,
      initializationOptions: { debounceMs: 0, ...(opts.initializationOptions ?? {}) },
      ...(opts.locale ? { locale: opts.locale } : {}),
    })) as InitializeResult;
    client.notify('initialized', {});
    return { client, init };
  }

  // ---- wire ------------------------------------------------------------------------------

  sendRaw(bytes: string | Buffer): void {
    this.proc.stdin.write(bytes);
  }

  private send(msg: Json): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.sendRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request<R = Json>(method: string, params: Json): Promise<R> {
    return this.requestWithId<R>(method, params).result;
  }

  /** A request whose id is known, so the test can cancel it ($/cancelRequest). */
  requestWithId<R = Json>(method: string, params: Json): { id: number; result: Promise<R> } {
    const id = this.nextId++;
    const result = new Promise<R>((resolve, reject) => {
      if (this.exitCode !== undefined) {
        reject(new Error(`server already exited (${this.exitCode}); cannot send ${method}`));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${REQUEST_TIMEOUT_MS} ms; stderr: ${this.stderr}`));
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, method, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
    return { id, result };
  }

  cancel(id: number): void {
    this.notify('$/cancelRequest', { id });
  }

  notify(method: string, params: Json): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: (\d+)/i.exec(header);
      if (!m) throw new Error(`bad header from server: ${header}`);
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      this.dispatch(JSON.parse(body));
    }
  }

  private dispatch(msg: Json): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new ResponseError(msg.error.code, msg.error.message));
      else p.resolve(msg.result);
    } else if (msg.id !== undefined) {
      this.serverRequests.push({ method: msg.method, params: msg.params });
      let result: Json = null;
      try {
        result = this.answer(msg.method, msg.params);
      } catch (e) {
        this.send({ jsonrpc: '2.0', id: msg.id, error: { code: -32603, message: String(e) } });
        return;
      }
      this.send({ jsonrpc: '2.0', id: msg.id, result });
    } else {
      this.notifications.push({ method: msg.method, params: msg.params });
    }
    this.checkWaiters();
  }

  private answer(method: string, params: Json): Json {
    switch (method) {
      case 'workspace/configuration':
        return (params.items as Array<{ scopeUri?: string; section?: string }>).map((it) => this.settings?.(it.scopeUri, it.section) ?? null);
      case 'workspace/applyEdit':
        this.appliedEdits.push(params);
        this.applyWorkspaceEdit(params.edit);
        return { applied: true };
      case 'client/registerCapability':
      case 'client/unregisterCapability':
      case 'workspace/diagnostic/refresh':
      case 'window/workDoneProgress/create':
        return null;
      default:
        throw new Error(`test client does not implement ${method}`);
    }
  }

  // ---- waiting -------------------------------------------------------------------------------

  /** Resolves once pred() holds (checked after every message from the server). */
  waitFor(what: string, pred: () => boolean): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const w: Waiter = {
        check: () => {
          if (pred()) {
            resolve();
            return true;
          }
          if (this.exitCode !== undefined) {
            reject(new Error(`server exited (${this.exitCode}) while waiting for ${what}; stderr: ${this.stderr}`));
            return true;
          }
          return false;
        },
        timer: setTimeout(() => {
          this.waiters.delete(w);
          reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr}`));
        }, REQUEST_TIMEOUT_MS),
        reject,
      };
      this.waiters.add(w);
    });
  }

  private checkWaiters(): void {
    for (const w of [...this.waiters]) {
      if (w.check()) {
        clearTimeout(w.timer);
        this.waiters.delete(w);
      }
    }
  }

  /** All publishDiagnostics for a URI, oldest first. */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).map((n) => n.params);
  }

  /** The first publishDiagnostics for uri carrying `version` (waits for it). */
  async diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    await this.waitFor(`diagnostics of ${uri} v${version}`, () => this.published(uri).some((p) => p.version === version));
    return this.published(uri).find((p) => p.version === version)!.diagnostics;
  }

  /** Resolves when the server has logged a message matching re (window/logMessage). */
  async waitForLog(re: RegExp): Promise<string> {
    await this.waitFor(`a log message matching ${re}`, () => this.logs().some((m) => re.test(m)));
    return this.logs().find((m) => re.test(m))!;
  }

  logs(): string[] {
    return this.notifications.filter((n) => n.method === 'window/logMessage').map((n) => String(n.params.message));
  }

  // ---- documents -----------------------------------------------------------------------------

  open(uri: string, languageId: string, text: string, version = 1): TextDocument {
    const doc = TextDocument.create(uri, languageId, version, text);
    this.docs.set(uri, doc);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return doc;
  }

  /** Send incremental changes; returns the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    const version = doc.version + 1;
    this.docs.set(uri, TextDocument.update(doc, changes, version));
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Apply text edits to the mirror and send them to the server as incremental changes. */
  edit(uri: string, edits: TextEdit[]): number {
    // Send from the end so earlier ranges stay valid; each change is relative to the text before it.
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    return this.change(uri, sorted.map((e) => ({ range: e.range, text: e.newText })));
  }

  close(uri: string): void {
    this.docs.delete(uri);
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    return d.getText();
  }

  /** Apply a workspace edit: open documents are edited (and the server told), other files kept in `files`. */
  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    const perUri: Array<[string, TextEdit[], number | null | undefined]> = [];
    if (edit.documentChanges) {
      for (const c of edit.documentChanges) {
        if ('kind' in c) {
          if (c.kind === 'create' && !this.files.has(c.uri)) this.files.set(c.uri, '');
          continue;
        }
        perUri.push([c.textDocument.uri, c.edits as TextEdit[], c.textDocument.version]);
      }
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perUri.push([uri, edits, undefined]);
    for (const [uri, edits, version] of perUri) {
      const doc = this.docs.get(uri);
      if (doc) {
        if (typeof version === 'number' && version !== doc.version) throw new Error(`edit for ${uri} v${version} but the document is v${doc.version}`);
        this.edit(uri, edits);
      } else {
        const tmp = TextDocument.create(uri, 'json', 0, this.files.get(uri) ?? '');
        this.files.set(uri, TextDocument.applyEdits(tmp, edits));
      }
    }
  }

  // ---- shutdown ------------------------------------------------------------------------------

  /** shutdown + exit; resolves with the exit code. */
  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    return this.exited;
  }

  waitExit(): Promise<number | null> {
    return this.exited;
  }

  /** Make sure the process is gone (for `after` hooks; safe to call twice). */
  async dispose(): Promise<void> {
    for (const w of this.waiters) clearTimeout(w.timer);
    this.waiters.clear();
    if (this.exitCode === undefined) {
      this.proc.kill('SIGKILL');
      await this.exited;
    }
    for (const p of this.pending.values()) clearTimeout(p.timer);
  }
}

export function TextDocumentUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Apply LSP text edits to a text (used to check edits without a round trip). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('untitled:x', 'plaintext', 0, text), edits);
}
