// `mudaqqiq check` over many drafts on worker threads (--jobs N, default one per core).
//
// The main thread resolves the inputs and the house style of each draft (memoised: a
// house-style file is parsed once), hands the drafts to the workers a few at a time, and
// gathers the results in input order: the text report streams as soon as every earlier draft
// is done (so the output is the same, line for line, as with --jobs 1), JSON and SARIF are
// written at the end, sorted the same way. Each worker runs the same `checkOne` as the
// in-process run, with its own house-style loader. A progress bar goes to stderr on a
// terminal only (never when stderr is piped, nor under CI=true).
//
// The worker threads run this same bundle (dist/cli.js) with WORKER_FLAG in their argv.

import * as os from 'node:os';
import * as path from 'node:path';
import type { Line } from '../engine/text/document';
import type { CliOptions } from './args';
import { checkOne, docShell, type FileResult, type Notice, type RunResult } from './check';
import { ConfigResolver } from './config';
import type { InputFile } from './inputs';

export const WORKER_FLAG = '--mudaqqiq-cli-worker';

/** A file result as it crosses the thread boundary: the analysed document reduced to its lines. */
type WireFile = Omit<FileResult, 'doc'> & { lines: Line[] };

interface CheckMessage {
  index: number;
  input: InputFile;
}

interface DoneMessage {
  index: number;
  file?: WireFile;
  notices: Notice[];
  /** The worker could not check the draft at all (an internal error). */
  crash?: string;
}

/** How many workers a run over `count` drafts uses (0: check in this thread). */
export function workerCount(opts: CliOptions, count: number, hasStdin: boolean): number {
  if (hasStdin || count < 2) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const jobs = opts.jobs ?? Math.max(1, cores);
  if (jobs <= 1) return 0;
  // The workers load this very file: only possible from the bundle (dist/cli.js).
  if (!__filename.endsWith('.js')) return 0;
  return Math.min(jobs, count);
}

function isCi(env: NodeJS.ProcessEnv): boolean {
  const v = env.CI;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

export interface ParallelIo {
  env: NodeJS.ProcessEnv;
  /** stderr is a terminal (the progress bar goes there). */
  stderrIsTTY: boolean;
  /** Write to stdout now. */
  out(s: string): void;
  /** Write to stderr now (progress bar). */
  progress(s: string): void;
}

/** Draws and clears the progress bar (stderr, a terminal only). */
class ProgressBar {
  private last = 0;
  private shown = false;
  constructor(
    private readonly io: ParallelIo,
    private readonly total: number,
    readonly enabled: boolean,
  ) {}
  update(done: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    this.io.progress(`\r\x1b[K[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${this.total}`);
    this.shown = true;
  }
  clear(): void {
    if (this.shown) this.io.progress('\r\x1b[K');
    this.shown = false;
  }
}

/**
 * Check `inputs` on `workers` threads. `emitText(file)` is called for each checked draft in
 * input order as soon as it and every draft before it are done (the streamed text report).
 */
export async function runParallel(
  opts: CliOptions,
  cwd: string,
  inputs: readonly InputFile[],
  workers: number,
  io: ParallelIo,
  onNotice: (n: Notice) => void,
  emitText?: (file: FileResult, configLanguage: 'ar' | 'en' | undefined) => string,
): Promise<RunResult> {
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const resolver = new ConfigResolver(cwd, opts.config ? path.resolve(cwd, opts.config) : undefined, opts.rules);
  // The house style of every draft, here too: its problems are printed once, from this thread,
  // and the message language is known before the first line is streamed.
  let configLanguage: 'ar' | 'en' | undefined;
  for (const input of inputs) configLanguage ??= resolver.forDraft(input.path).loaded.language;

  const done: Array<DoneMessage | undefined> = new Array(inputs.length);
  const files: FileResult[] = [];
  const notices: Notice[] = [];
  let next = 0; // next input to hand out
  let emitted = 0; // inputs before this one are reported
  let finished = 0;
  const bar = new ProgressBar(io, inputs.length, io.stderrIsTTY && !isCi(io.env));

  const release = () => {
    let text = '';
    while (emitted < inputs.length && done[emitted]) {
      const d = done[emitted]!;
      done[emitted] = undefined; // the result now lives in `files`
      for (const n of d.notices) {
        notices.push(n);
        onNotice(n);
      }
      if (d.crash) {
        const n: Notice = { display: inputs[emitted].display, kind: 'fault', message: { ar: `تعذرت مراجعة الملف: ${d.crash}`, en: `the file could not be checked: ${d.crash}` } };
        notices.push(n);
        onNotice(n);
      }
      if (d.file) {
        const { lines, ...rest } = d.file;
        const file: FileResult = { ...rest, doc: docShell(rest.text, lines, rest.language) };
        files.push(file);
        if (emitText) text += emitText(file, configLanguage);
      }
      emitted++;
    }
    if (text) {
      bar.clear();
      io.out(text);
    }
    bar.update(finished, finished === inputs.length);
  };

  await new Promise<void>((resolve) => {
    const pool: Array<import('node:worker_threads').Worker> = [];
    const inFlight = new Map<import('node:worker_threads').Worker, Set<number>>();
    let closed = 0;
    const settle = (index: number, msg: DoneMessage) => {
      if (done[index] || index < emitted) return;
      done[index] = msg;
      finished++;
      release();
    };
    const feed = (w: import('node:worker_threads').Worker) => {
      if (next >= inputs.length) return false;
      const index = next++;
      inFlight.get(w)!.add(index);
      const msg: CheckMessage = { index, input: inputs[index] };
      w.postMessage(msg);
      return true;
    };
    const stopIfDone = () => {
      if (finished < inputs.length) return;
      for (const w of pool) void w.terminate();
    };
    for (let i = 0; i < workers; i++) {
      const w = new Worker(__filename, { argv: [WORKER_FLAG], workerData: { opts, cwd }, stdout: false, stderr: false });
      pool.push(w);
      inFlight.set(w, new Set());
      w.on('message', (m: DoneMessage) => {
        inFlight.get(w)!.delete(m.index);
        settle(m.index, m);
        if (!feed(w)) stopIfDone();
      });
      const fail = (why: string) => {
        // whatever this worker held is reported as not checked; the others carry on
        const held = [...inFlight.get(w)!];
        inFlight.get(w)!.clear();
        for (const index of held) settle(index, { index, notices: [], crash: why });
        stopIfDone();
      };
      w.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
      w.on('exit', (code) => {
        if (inFlight.get(w)!.size) fail(`worker thread exited (${code})`);
        if (++closed === pool.length) {
          // a worker that died leaves drafts never handed out: check them here
          while (next < inputs.length) {
            const index = next++;
            const own: Notice[] = [];
            const r = checkOne(inputs[index], opts, cwd, resolver, (n) => own.push(n));
            settle(index, { index, notices: own, file: r.file ? wire(r.file) : undefined });
          }
          resolve();
        }
      });
      // two drafts in flight per worker, so none waits for the next one
      feed(w);
      feed(w);
    }
  });
  bar.clear();
  return { files, notices, resolver, configLanguage };
}

function wire(f: FileResult): WireFile {
  const { doc, ...rest } = f;
  return { ...rest, lines: doc.lines };
}

/** The worker thread: check each draft it is sent and post the result back. */
export function runWorker(): void {
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (!parentPort) return;
  const { opts, cwd } = workerData as { opts: CliOptions; cwd: string };
  const resolver = new ConfigResolver(cwd, opts.config ? path.resolve(cwd, opts.config) : undefined, opts.rules);
  parentPort.on('message', (m: CheckMessage) => {
    const notices: Notice[] = [];
    let out: DoneMessage;
    try {
      const r = checkOne(m.input, opts, cwd, resolver, (n) => notices.push(n));
      out = { index: m.index, notices, file: r.file ? wire(r.file) : undefined };
    } catch (e) {
      out = { index: m.index, notices, crash: e instanceof Error ? e.message : String(e) };
    }
    parentPort.postMessage(out);
  });
}
