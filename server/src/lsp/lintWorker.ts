// Checking off the main thread: a worker thread that runs the engine (lint, fix-all) for the
// language server, so hover, completion and code actions answer while a large draft is checked.
//
// The worker runs this same bundle (dist/server.js) with LINT_WORKER_FLAG in its argv. Jobs go
// one at a time; the queue is kept on this side, so a job for a document that has a newer job
// queued is dropped before it starts (cancelled: its promise rejects with LintCancelled), and
// interactive jobs go before background ones (the workspace check). The rules' shared data (the
// names list, word lists: large) crosses once per object, not with every job.
//
// If the worker cannot start or dies, every job in flight rejects with LintWorkerFailed and the
// caller checks on the main thread instead; a later job starts a new worker.

import { lintDocument, analyse, type DocumentLanguage, type Finding, type LintResult, type NameEntry, type ResolvedConfig, allRules } from '../engine';
import { IncrementalLinter } from '../engine/incremental';
import { adoptIndex, findNameMentions, indexToWire, type WireNameIndex } from '../engine/rules/names/mentions';
import { namesFromWire, namesToWire, type WireNames } from '../engine/names-list';
import { computeFixAll, type FixAllResult } from './fixAll';
import { decodeChange, decodeFindings, encodeChange, encodeFindings, type WireFindings, type WireFindingsChange } from './wire';
import type { Unchanged } from './editLog';
import { threadRested } from './idleGc';

export const LINT_WORKER_FLAG = '--mudaqqiq-lint-worker';

export class LintCancelled extends Error {
  constructor() {
    super('superseded by a newer check of the same document');
  }
}

export class LintWorkerFailed extends Error {}

export interface LintJob {
  /** Jobs with the same key supersede each other (the document's URI). */
  key: string;
  text: string;
  languageId: DocumentLanguage;
  config: ResolvedConfig;
  /** Rules left out (over their time budget on this document). */
  skip?: readonly string[];
  only?: readonly string[];
  ruleBudgetMs?: number;
  /** Background jobs wait for every interactive one. */
  background?: boolean;
  /**
   * Check incrementally: the worker keeps this document's last analysis and paragraph findings
   * (under `key`) and reworks only what the edit touched. For open drafts; `cancel(key)` drops it.
   */
  incremental?: boolean;
  /** The document's version (with `unchanged`: the worker is then sent only what changed since the version it has). */
  version?: number;
  /** What stayed the same since an earlier version of the document whose text was `fromLength` long (editLog.ts). */
  unchanged?(fromVersion: number, fromLength: number): Unchanged | undefined;
}

export interface FixAllJob extends LintJob {
  /** The findings of `text` (already known). */
  first: readonly Finding[];
  ruleId?: string;
}

type WireConfig = Omit<ResolvedConfig, 'shared'> & { sharedId?: number };

type Request =
  | { type: 'shared'; id: number; shared: Omit<NonNullable<ResolvedConfig['shared']>, 'names'>; names?: WireNames; index?: WireNameIndex }
  | {
      type: 'lint';
      job: number;
      /** The text; or, for an incremental check, `edit`: what changed in the text the worker was last sent for this key. */
      text?: string;
      edit?: { prefix: number; suffix: number; middle: string };
      languageId: DocumentLanguage;
      config: WireConfig;
      skip?: readonly string[];
      only?: readonly string[];
      ruleBudgetMs?: number;
      incremental?: string;
      /** This thread holds the findings it was last sent for `incremental`: they may come as a change to those. */
      haveFindings?: boolean;
    }
  | { type: 'forget'; key: string }
  | { type: 'fixAll'; job: number; text: string; languageId: DocumentLanguage; config: WireConfig; skip?: readonly string[]; ruleBudgetMs?: number; first: WireFindings; ruleId?: string };

/** A lint job's result as the worker sends it (findings in the compact form of wire.ts, or as a change to the last sent). */
type WireLintResult = Omit<LintResult, 'findings'> & { findings: WireFindings | WireFindingsChange; mentions?: number[] };

type Reply = { job: number; result?: unknown; error?: string };

interface Queued {
  key: string;
  background: boolean;
  build(): Request;
  resolve(v: unknown): void;
  reject(e: Error): void;
}

type WorkerT = import('node:worker_threads').Worker;

export class LintWorker {
  private worker: WorkerT | undefined;
  private readonly queue: Queued[] = [];
  private running: { job: number; q: Queued } | undefined;
  private nextJob = 1;
  private nextShared = 1;
  private readonly sharedIds = new WeakMap<object, number>();
  private sent = new Set<number>();
  /** Per incremental key, the version and text the worker was last sent (it keeps the text). */
  private readonly texts = new Map<string, { version: number; text: string }>();
  /** Per incremental key, the findings the worker last sent (it keeps them too, and sends the next as a change). */
  private readonly received = new Map<string, Finding[]>();
  private failures = 0;

  /** @param script the bundle the worker runs (dist/server.js); undefined: no worker (tests under tsx) */
  constructor(
    private readonly script: string | undefined = defaultScript(),
    private readonly log: (m: string) => void = () => undefined,
  ) {}

  /** A worker can be used (the server runs from its bundle, and the worker has not kept failing). */
  get available(): boolean {
    return this.script !== undefined && this.failures < 3;
  }

  /** Jobs waiting or running. */
  get busy(): boolean {
    return this.running !== undefined || this.queue.length > 0;
  }

  /** The result, with the names list's mentions in the text (start, end, index in the list: flat triples). */
  lint(job: LintJob): Promise<LintResult & { mentions?: number[] }> {
    const incremental = job.incremental && !job.only ? job.key : undefined;
    return this.enqueue<WireLintResult>(job, () => {
      const req: Extract<Request, { type: 'lint' }> = {
        type: 'lint',
        job: 0,
        languageId: job.languageId,
        config: this.wireConfig(job.config),
        skip: job.skip,
        only: job.only,
        ruleBudgetMs: job.ruleBudgetMs,
        incremental,
        haveFindings: incremental !== undefined && this.received.has(incremental),
      };
      // An incremental check of a version after one the worker has: only the changed stretch
      // crosses (a 5 MB text took this thread 10 ms to send at every keystroke).
      const last = incremental === undefined ? undefined : this.texts.get(incremental);
      const same = last && job.version !== undefined ? job.unchanged?.(last.version, last.text.length) : undefined;
      if (same && same.prefix + same.suffix >= job.text.length >> 1) {
        req.edit = { prefix: same.prefix, suffix: same.suffix, middle: job.text.slice(same.prefix, job.text.length - same.suffix) };
      } else req.text = job.text;
      if (incremental !== undefined) {
        if (job.version !== undefined) this.texts.set(incremental, { version: job.version, text: job.text });
        else this.texts.delete(incremental);
      }
      return req;
    }).then(
      (r) => {
        const w = r.findings;
        const findings = 'ops' in w ? decodeChange(this.received.get(incremental!) ?? [], w) : decodeFindings(w);
        if (incremental !== undefined) this.received.set(incremental, findings);
        return { ...r, findings };
      },
      (e: unknown) => {
        // the worker dropped what it kept of this draft (a failed check), or is gone; a job
        // superseded before it was sent changed nothing on either side
        if (incremental !== undefined && !(e instanceof LintCancelled)) this.received.delete(incremental);
        throw e;
      },
    );
  }

  fixAll(job: FixAllJob): Promise<FixAllResult> {
    return this.enqueue<FixAllResult>({ ...job, key: `${job.key}\u0000fixAll\u0000${job.ruleId ?? '*'}` }, () => ({
      type: 'fixAll',
      job: 0,
      text: job.text,
      languageId: job.languageId,
      config: this.wireConfig(job.config),
      skip: job.skip,
      ruleBudgetMs: job.ruleBudgetMs,
      first: encodeFindings(job.first),
      ruleId: job.ruleId,
    }));
  }

  /** Drop every queued job for `key` (the document closed), and what the worker kept of it for incremental checks. */
  cancel(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key === key || this.queue[i].key.startsWith(key + '\u0000')) this.queue.splice(i, 1)[0].reject(new LintCancelled());
    }
    this.texts.delete(key);
    this.received.delete(key);
    this.worker?.postMessage({ type: 'forget', key } satisfies Request);
  }

  dispose(): void {
    for (const q of this.queue.splice(0)) q.reject(new LintCancelled());
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
  }

  private enqueue<T>(job: LintJob, build: () => Request): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // a queued job for the same document is superseded: it never starts
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].key === job.key) this.queue.splice(i, 1)[0].reject(new LintCancelled());
      }
      const q: Queued = { key: job.key, background: !!job.background, build, resolve: resolve as (v: unknown) => void, reject };
      if (q.background) this.queue.push(q);
      else {
        // interactive jobs go before every background one
        const i = this.queue.findIndex((x) => x.background);
        if (i < 0) this.queue.push(q);
        else this.queue.splice(i, 0, q);
      }
      this.pump();
    });
  }

  private wireConfig(config: ResolvedConfig): WireConfig {
    const { shared, ...rest } = config;
    if (!shared) return rest;
    let id = this.sharedIds.get(shared);
    if (id === undefined) {
      id = this.nextShared++;
      this.sharedIds.set(shared, id);
    }
    if (!this.sent.has(id)) {
      this.sent.add(id);
      // the names list as its file's text and arrays (names-list.ts): a structured clone of
      // 100,000 entry objects took 300 ms of this thread, and would drop their getters
      const { names, ...others } = shared;
      // and its index, when this thread has built it (its arrays are shared, not copied)
      this.ensureWorker().postMessage({ type: 'shared', id, shared: others, names: names && namesToWire(names), index: names && indexToWire(names) } satisfies Request);
    }
    return { ...rest, sharedId: id };
  }

  private ensureWorker(): WorkerT {
    if (this.worker) return this.worker;
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const w = new Worker(this.script!, { argv: [LINT_WORKER_FLAG], stdout: false, stderr: false });
    w.unref();
    this.sent = new Set();
    this.texts.clear(); // a new worker has no text of any document, nor findings
    this.received.clear();
    w.on('message', (m: Reply) => {
      threadRested()(); // this thread's memory back when checking rests (idleGc.ts): put off by every result and every job sent
      const r = this.running;
      if (!r || r.job !== m.job) return;
      this.running = undefined;
      if (m.error !== undefined) {
        // whatever the worker kept of this document, the next check sends the whole text
        this.texts.delete(r.q.key);
        r.q.reject(new Error(m.error));
      } else r.q.resolve(m.result);
      this.pump();
    });
    const failed = (why: string) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      this.failures++;
      this.log(`mudaqqiq: the checking thread stopped (${why}); checking on the main thread until it restarts`);
      const r = this.running;
      this.running = undefined;
      r?.q.reject(new LintWorkerFailed(why));
      for (const q of this.queue.splice(0)) q.reject(new LintWorkerFailed(why));
    };
    w.on('error', (e) => failed(e instanceof Error ? e.message : String(e)));
    w.on('exit', (code) => failed(`exit ${code}`));
    this.worker = w;
    return w;
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const q = this.queue.shift()!;
    let req: Request;
    try {
      req = q.build();
    } catch (e) {
      q.reject(e instanceof Error ? e : new Error(String(e)));
      this.pump();
      return;
    }
    const job = this.nextJob++;
    (req as { job: number }).job = job;
    this.running = { job, q };
    try {
      this.ensureWorker().postMessage(req);
      threadRested()();
    } catch (e) {
      this.running = undefined;
      q.reject(new LintWorkerFailed(e instanceof Error ? e.message : String(e)));
    }
  }
}

function defaultScript(): string | undefined {
  // Only from the bundle: under tsx (unit tests) there is no file a worker could load.
  return typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;
}

// ---------------------------------------------------------------------------------------------
// The worker side.

function rulesWithout(skip: readonly string[] | undefined) {
  return skip?.length ? allRules.filter((r) => !skip.includes(r.meta.id)) : undefined;
}

/** The worker thread's loop: answer each request with the engine's result. */
export function runLintWorker(): void {
  const { parentPort } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (!parentPort) return;
  const shared = new Map<number, NonNullable<ResolvedConfig['shared']>>();
  /** Where the names list's names are in the document (the names rules found them already: a cache hit). */
  const mentionsOf = (doc: ReturnType<typeof analyse>, names: readonly NameEntry[] | undefined) => {
    if (!names?.length) return undefined;
    const out: number[] = [];
    for (const m of findNameMentions(doc, names)) out.push(m.start, m.end, m.entryIndex);
    return out;
  };
  const configOf = (c: WireConfig): ResolvedConfig => {
    const { sharedId, ...rest } = c;
    // the same SharedData object every time: the rules' per-list caches (names index) live on
    return sharedId === undefined ? rest : { ...rest, shared: shared.get(sharedId) };
  };
  /** Open drafts' incremental checkers, by key (URI); dropped when the server forgets the draft. */
  const linters = new Map<string, IncrementalLinter>();
  /** Per incremental key, the text last sent (an `edit` applies to it). */
  const texts = new Map<string, string>();
  /** Per incremental key, the findings last sent and the length of their text (the next are sent as a change to them). */
  const sentFindings = new Map<string, { findings: Finding[]; length: number }>();
  const textOf = (m: Extract<Request, { type: 'lint' }>): string => {
    if (m.edit === undefined) {
      if (m.incremental !== undefined) texts.set(m.incremental, m.text!);
      return m.text!;
    }
    const base = m.incremental === undefined ? undefined : texts.get(m.incremental);
    if (base === undefined) throw new Error('an edit to a text this thread does not have');
    const { prefix, suffix, middle } = m.edit;
    const text = base.slice(0, prefix) + middle + base.slice(base.length - suffix);
    texts.set(m.incremental!, text);
    return text;
  };
  const rested = threadRested();
  parentPort.on('message', (m: Request) => {
    rested();
    if (m.type === 'shared') {
      const names = m.names && namesFromWire(m.names);
      if (names && m.index) adoptIndex(names, m.index);
      shared.set(m.id, names ? { ...m.shared, names } : m.shared);
      return;
    }
    if (m.type === 'forget') {
      linters.delete(m.key);
      texts.delete(m.key);
      sentFindings.delete(m.key);
      return;
    }
    let reply: Reply;
    try {
      const config = configOf(m.config);
      const rules = rulesWithout(m.skip);
      if (m.type === 'lint' && m.incremental !== undefined) {
        const text = textOf(m);
        let linter = linters.get(m.incremental);
        if (!linter) linters.set(m.incremental, (linter = new IncrementalLinter()));
        let result: LintResult;
        const last = sentFindings.get(m.incremental);
        sentFindings.delete(m.incremental); // until this check's are sent
        try {
          result = linter.lint(text, { languageId: m.languageId, config, rules, ruleBudgetMs: m.ruleBudgetMs });
        } catch (e) {
          linters.delete(m.incremental); // start afresh next time; this time the whole check
          throw e;
        }
        // (where the text changed: the edit's start, or without one, anywhere)
        const findings = m.haveFindings && last ? encodeChange(last.findings, result.findings, text.length - last.length, m.edit?.prefix ?? 0) : encodeFindings(result.findings);
        reply = { job: m.job, result: { faults: result.faults, findings, mentions: mentionsOf(linter.document!, config.shared?.names) } satisfies WireLintResult };
        sentFindings.set(m.incremental, { findings: result.findings, length: text.length });
      } else if (m.type === 'lint') {
        const doc = analyse(textOf(m), m.languageId);
        const result = lintDocument(doc, {
          languageId: m.languageId,
          config,
          rules,
          only: m.only ? new Set(m.only) : undefined,
          ruleBudgetMs: m.ruleBudgetMs,
        });
        reply = { job: m.job, result: { faults: result.faults, findings: encodeFindings(result.findings), mentions: m.only ? undefined : mentionsOf(doc, config.shared?.names) } satisfies WireLintResult };
      } else {
        const only = m.ruleId ? new Set([m.ruleId]) : undefined;
        const filter = m.ruleId ? (f: Finding) => f.ruleId === m.ruleId : undefined;
        const relint = (next: string) => lintDocument(analyse(next, m.languageId), { languageId: m.languageId, config, rules, only, ruleBudgetMs: m.ruleBudgetMs }).findings;
        reply = { job: m.job, result: computeFixAll(m.text, decodeFindings(m.first), relint, filter) };
      }
    } catch (e) {
      reply = { job: m.job, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    parentPort.postMessage(reply);
    rested(); // from the end of this check, not from its start
  });
}
