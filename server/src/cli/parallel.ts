// `mudaqqiq check` over the drafts: in this thread (runInThread: a few small drafts, --jobs 1,
// standard input) or on worker threads (runParallel: --jobs N, by default one per core when
// there are many drafts).
//
// Either way, the house style of each draft is resolved first, in this thread (memoised: a
// house-style file is parsed once), for the report's language and the problems it prints. Each
// draft is then checked by `checkOne` and its part of the report rendered at once (text lines,
// its JSON entry, or its SARIF results: format.ts), so only a string and a few counts are kept,
// never the draft's text or findings: memory stays flat over thousands of drafts, and from a
// worker only that crosses back. The parts are put together in input order: the text and JSON
// reports stream as soon as every earlier draft is done (the output is the same, byte for byte,
// whatever the number of threads); SARIF is written at the end. A progress bar goes to stderr on
// a terminal only (never when stderr is piped, nor under CI=true), and in this thread only for
// as many drafts as would be worth workers.
//
// The workers run the same `checkOne` with their own house-style loader; the main thread hands
// them the drafts in batches while they load.
//
// The worker threads run this same bundle (dist/cli-main.js, through the launcher dist/cli.js)
// with WORKER_FLAG in their argv.

import * as os from 'node:os';
import * as path from 'node:path';
import type { Lang } from '../engine';
import type { CliOptions } from './args';
import { checkOne, docShell, draftPath, type FileResult, type Notice, type RunResult } from './check';
import { ConfigResolver } from './config';
import { countFindings, formatText, JSON_CLOSE, JSON_EMPTY, JSON_OPEN, JSON_SEPARATOR, jsonEntry, sarifEntry, type Counts } from './format';
import { launcherPath, WORKER_FLAG } from './entry';
import type { InputFile } from './inputs';

export { WORKER_FLAG };

/** How the workers render each draft's part of the report. */
export interface RenderSpec {
  format: 'text' | 'json' | 'sarif';
  /** Message language (text, SARIF). */
  lang: Lang;
  /** ANSI colours (text). */
  color: boolean;
}

/** The report's rendering, decided once the house style's language is known (after the main thread's look at every draft's house style). */
export interface RenderPlan {
  render: RenderSpec;
  /** Write each part to stdout as soon as it and every earlier one are done (text and JSON only). */
  stream: boolean;
}

/** A file result as it crosses the thread boundary: its summary and its part of the report, rendered. */
type WireFile = Omit<FileResult, 'doc' | 'text' | 'findings' | 'counts'> & { counts: Counts; rendered: string };

type ToWorker = { kind: 'render'; render: RenderSpec } | { kind: 'check'; items: Array<{ index: number; input: InputFile }> };

interface DoneMessage {
  index: number;
  file?: WireFile;
  notices: Notice[];
  /** The worker could not check the draft at all (an internal error). */
  crash?: string;
}

export interface ParallelResult extends RunResult {
  /** Each checked draft's part of the report, in input order; undefined where it was streamed. */
  entries: string[];
  /** The report went out as it was made (RenderPlan.stream). */
  streamed: boolean;
}

/**
 * How many workers a run over `inputs` uses (0: check in this thread). Without --jobs, a few
 * small drafts are checked in this thread: starting a worker (the bundle, the lexicon, a cold
 * JIT) costs more than checking them (`worthWorkers`). --jobs N is always obeyed.
 */
export function workerCount(opts: CliOptions, inputs: readonly InputFile[]): number {
  const count = inputs.length;
  if (count < 2 || inputs.some((f) => f.path === '-')) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const jobs = opts.jobs ?? Math.max(1, cores);
  if (jobs <= 1) return 0;
  // The workers load this very file: only possible from the bundle (dist/cli.js).
  if (!__filename.endsWith('.js')) return 0;
  if (opts.jobs === undefined && !worthWorkers(inputs)) return 0;
  return Math.min(jobs, count);
}

/** Fewer drafts than this, and together smaller than WORKER_MIN_BYTES: checked in one thread by default. */
export const WORKER_MIN_DRAFTS = 24;
export const WORKER_MIN_BYTES = 256 * 1024;

/** Whether these drafts are enough work for worker threads (many drafts, or a few large ones). */
export function worthWorkers(inputs: readonly InputFile[], size: (file: string) => number = fileSize): boolean {
  if (inputs.length >= WORKER_MIN_DRAFTS) return true;
  let bytes = 0;
  for (const f of inputs) {
    bytes += size(f.path);
    if (bytes >= WORKER_MIN_BYTES) return true;
  }
  return false;
}

function fileSize(file: string): number {
  try {
    return (require('node:fs') as typeof import('node:fs')).statSync(file).size;
  } catch {
    return 0;
  }
}

function isCi(env: NodeJS.ProcessEnv): boolean {
  const v = env.CI;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

export interface ParallelIo {
  env: NodeJS.ProcessEnv;
  /** stderr is a terminal (the progress bar goes there). */
  stderrIsTTY: boolean;
  /** Add to what goes to stdout at the next flush(). */
  out(s: string): void;
  /** Write out what out() was given so far. */
  flush(): void;
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
 * Puts the drafts' parts of the report together in input order, whatever order they are done
 * in: a part is passed on (written out when streaming, else kept for the end) as soon as it and
 * every earlier one are done; the draft itself is kept only as its summary (a shell), so a run
 * over thousands of drafts holds none of their texts or findings. Draws the progress bar.
 */
class ReportAssembler {
  private readonly done: Array<DoneMessage | undefined>;
  private readonly files: FileResult[] = [];
  private readonly entries: string[] = [];
  private readonly notices: Notice[] = [];
  private emitted = 0; // inputs before this one are passed on
  private finished = 0;
  private streamedJson = 0;
  private readonly bar: ProgressBar;

  constructor(
    private readonly inputs: readonly InputFile[],
    private readonly render: RenderSpec,
    private readonly stream: boolean,
    private readonly io: ParallelIo,
    private readonly onNotice: (n: Notice) => void,
    bar: boolean,
  ) {
    this.done = new Array(inputs.length);
    this.bar = new ProgressBar(io, inputs.length, bar);
  }

  /** Every draft is done. */
  get complete(): boolean {
    return this.finished === this.inputs.length;
  }

  /** A draft is done (the first word on it counts: a draft already settled or passed on is left alone). */
  settle(msg: DoneMessage): void {
    if (this.done[msg.index] || msg.index < this.emitted) return;
    this.done[msg.index] = msg;
    this.finished++;
  }

  /** Pass on the parts now ready, in input order; redraw the bar. */
  release(): void {
    const { done, inputs, render } = this;
    // each draft's part handed on as it came (not joined here: the writer encodes them in turn)
    const parts: string[] = [];
    while (this.emitted < inputs.length && done[this.emitted]) {
      const d = done[this.emitted]!;
      done[this.emitted] = undefined; // the result now lives in `files`
      for (const n of d.notices) this.notice(n);
      if (d.crash) {
        this.notice({ display: inputs[this.emitted].display, kind: 'fault', message: { ar: `تعذرت مراجعة الملف: ${d.crash}`, en: `the file could not be checked: ${d.crash}` } });
      }
      if (d.file) {
        const { rendered, ...rest } = d.file;
        this.files.push({ ...rest, text: '', findings: [], doc: docShell(rest.language) });
        if (!this.stream) this.entries.push(rendered);
        else {
          if (render.format === 'json') parts.push(this.streamedJson++ === 0 ? JSON_OPEN : JSON_SEPARATOR);
          parts.push(rendered);
        }
      }
      this.emitted++;
    }
    if (parts.length) {
      this.bar.clear();
      for (const p of parts) this.io.out(p);
      this.io.flush();
    }
    this.bar.update(this.finished, this.complete);
  }

  /** Close the streamed report and clear the bar: what the run leaves for the summary. */
  finish(): Pick<ParallelResult, 'files' | 'notices' | 'entries' | 'streamed'> {
    if (this.stream && this.render.format === 'json') {
      this.io.out(this.streamedJson ? JSON_CLOSE : JSON_EMPTY);
      this.io.flush();
    }
    this.bar.clear();
    return { files: this.files, notices: this.notices, entries: this.entries, streamed: this.stream };
  }

  private notice(n: Notice): void {
    this.notices.push(n);
    this.onNotice(n);
  }
}

/** A draft's part of the report, as `spec` asks (format.ts: the same text as the whole-report formatters). */
export function renderFile(file: FileResult, spec: RenderSpec, cwd: string): string {
  if (spec.format === 'json') return jsonEntry(file);
  if (spec.format === 'sarif') return sarifEntry(file, spec.lang, cwd);
  return formatText([file], spec.lang, spec.color);
}

/**
 * A worker's heap: a young generation larger than a worker's default, so the many short-lived
 * objects of checking a draft die young instead of being scavenged again and again (measured on
 * 1,000 generated drafts: 15–20 % less CPU, and no more memory).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48 };

/** Most drafts sent to a worker in one message. */
const MAX_BATCH = 64;

/**
 * Check `inputs` on `workers` threads. `plan(configLanguage)` says how the report is rendered
 * once the language the house style asks for is known.
 */
export async function runParallel(
  opts: CliOptions,
  cwd: string,
  inputs: readonly InputFile[],
  workers: number,
  io: ParallelIo,
  onNotice: (n: Notice) => void,
  plan: (configLanguage: 'ar' | 'en' | undefined) => RenderPlan,
): Promise<ParallelResult> {
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  type W = import('node:worker_threads').Worker;
  // The workers load the bundle while this thread looks at the house styles (through the
  // launcher, dist/cli.js, when it started this run: from the code cache).
  const entry = launcherPath() ?? __filename;
  const pool: W[] = [];
  for (let i = 0; i < workers; i++) {
    pool.push(new Worker(entry, { argv: [WORKER_FLAG], workerData: { opts, cwd }, stdout: false, stderr: false, resourceLimits: WORKER_LIMITS }));
  }
  const resolver = new ConfigResolver(cwd, opts.config ? path.resolve(cwd, opts.config) : undefined, opts.rules);
  const configLanguage = houseStyleLanguage(resolver, inputs, opts, cwd);
  const { render, stream } = plan(configLanguage);

  const out = new ReportAssembler(inputs, render, stream, io, onNotice, io.stderrIsTTY && !isCi(io.env));
  await new Promise<void>((resolve) => {
    const inFlight = new Map<W, Set<number>>();
    let closed = 0;
    let next = 0; // next input to hand out
    // Batches shrink towards the end so the workers finish together.
    const feed = (w: W) => {
      if (next >= inputs.length) return false;
      const size = Math.max(1, Math.min(MAX_BATCH, Math.floor((inputs.length - next) / (workers * 4))));
      const items: Array<{ index: number; input: InputFile }> = [];
      for (const end = Math.min(inputs.length, next + size); next < end; next++) {
        items.push({ index: next, input: inputs[next] });
        inFlight.get(w)!.add(next);
      }
      w.postMessage({ kind: 'check', items } satisfies ToWorker);
      return true;
    };
    const stopIfDone = () => {
      if (!out.complete) return;
      for (const w of pool) void w.terminate();
    };
    for (const w of pool) {
      inFlight.set(w, new Set());
      w.on('message', (batch: DoneMessage[]) => {
        for (const m of batch) {
          inFlight.get(w)!.delete(m.index);
          out.settle(m);
        }
        out.release();
        if (!feed(w)) stopIfDone();
      });
      const fail = (why: string) => {
        // whatever this worker held is reported as not checked; the others carry on
        const held = [...inFlight.get(w)!];
        inFlight.get(w)!.clear();
        for (const index of held) out.settle({ index, notices: [], crash: why });
        out.release();
        stopIfDone();
      };
      w.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
      w.on('exit', (code) => {
        if (inFlight.get(w)!.size) fail(`worker thread exited (${code})`);
        if (++closed === pool.length) {
          // a worker that died leaves drafts never handed out: check them here
          while (next < inputs.length) {
            const index = next++;
            out.settle(checkHere(index, inputs[index], opts, cwd, resolver, render));
          }
          out.release();
          resolve();
        }
      });
      w.postMessage({ kind: 'render', render } satisfies ToWorker);
      // two batches in flight per worker, so none waits for the next one
      feed(w);
      feed(w);
    }
  });
  return { ...out.finish(), resolver, configLanguage };
}

/**
 * Check `inputs` one after the other in this thread: what runParallel does, without workers (a
 * few small drafts, --jobs 1, standard input). Each draft's part of the report is rendered as
 * soon as it is checked, and its text, analysis and findings are let go: the report streams and
 * the memory stays flat however many drafts there are.
 */
export function runInThread(
  opts: CliOptions,
  cwd: string,
  inputs: readonly InputFile[],
  io: ParallelIo,
  onNotice: (n: Notice) => void,
  plan: (configLanguage: 'ar' | 'en' | undefined) => RenderPlan,
): ParallelResult {
  const resolver = new ConfigResolver(cwd, opts.config ? path.resolve(cwd, opts.config) : undefined, opts.rules);
  const configLanguage = houseStyleLanguage(resolver, inputs, opts, cwd);
  const { render, stream } = plan(configLanguage);
  // the bar only where a run takes a while (as many drafts as would be worth workers)
  const out = new ReportAssembler(inputs, render, stream, io, onNotice, io.stderrIsTTY && !isCi(io.env) && inputs.length >= WORKER_MIN_DRAFTS);
  for (let i = 0; i < inputs.length; i++) {
    out.settle(checkHere(i, inputs[i], opts, cwd, resolver, render));
    out.release();
  }
  return { ...out.finish(), resolver, configLanguage };
}

/**
 * Every draft's house style, looked at here (memoised: one look per folder), so its problems are
 * printed once, from this thread, and the report's language is known before its first line:
 * the first one the house style asks for.
 */
function houseStyleLanguage(resolver: ConfigResolver, inputs: readonly InputFile[], opts: CliOptions, cwd: string): 'ar' | 'en' | undefined {
  let language: 'ar' | 'en' | undefined;
  for (const input of inputs) language ??= resolver.load(draftPath(input, opts, cwd)).language;
  return language;
}

/** Check one draft in this thread and render its part of the report; an internal error is that draft's alone. */
function checkHere(index: number, input: InputFile, opts: CliOptions, cwd: string, resolver: ConfigResolver, render: RenderSpec): DoneMessage {
  const notices: Notice[] = [];
  try {
    const r = checkOne(input, opts, cwd, resolver, (n) => notices.push(n));
    return { index, notices, file: r.file ? wire(r.file, render, cwd) : undefined };
  } catch (e) {
    return { index, notices, crash: e instanceof Error ? e.message : String(e) };
  }
}

function wire(f: FileResult, render: RenderSpec, cwd: string): WireFile {
  const { doc: _doc, text: _text, findings: _findings, counts: _counts, ...rest } = f;
  return { ...rest, counts: countFindings([f]), rendered: renderFile(f, render, cwd) };
}

/** The worker thread: check each batch of drafts it is sent and post the results back, one message a batch. */
export function runWorker(): void {
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (!parentPort) return;
  const { opts, cwd } = workerData as { opts: CliOptions; cwd: string };
  const resolver = new ConfigResolver(cwd, opts.config ? path.resolve(cwd, opts.config) : undefined, opts.rules);
  let render: RenderSpec = { format: 'text', lang: 'ar', color: false };
  parentPort.on('message', (m: ToWorker) => {
    if (m.kind === 'render') {
      render = m.render;
      return;
    }
    parentPort.postMessage(m.items.map(({ index, input }) => checkHere(index, input, opts, cwd, resolver, render)));
  });
}
