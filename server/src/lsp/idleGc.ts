// Memory back when the editor rests. Checking a large draft grows V8's heap, with garbage mostly
// (the bench's 1 MB draft: about 500 MB RSS right after typing, the checking thread's heap 265 MB
// of which 75 MB live), and V8 gives it back only at its next full collection, which a server
// with nothing to do never reaches. So a thread that has had nothing to do for `ms` collects:
// once per burst of work, never while the editor is typing (each piece of work puts it off).

/** How long a thread waits, idle, before it collects. */
export const IDLE_GC_MS = 2000;

/** The clock idleCollector runs on (tests hand in their own). */
export interface IdleTimers {
  /** Call `f` in `ms`; `refresh()` starts the wait again. */
  after(ms: number, f: () => void): { refresh(): void };
  /** Call `f` once the work already queued is done. */
  soon(f: () => void): void;
}

const REAL_TIMERS: IdleTimers = {
  after(ms, f) {
    const t = setTimeout(f, ms);
    t.unref?.(); // never what keeps the process alive
    return t;
  },
  soon(f) {
    setImmediate(f).unref?.();
  },
};

/**
 * `touch()` after each piece of work: `ms` after the last one, `gc` runs, then once more unless
 * work came in between. `gc` defaults to V8's full collection (fullGc); without one, touch()
 * does nothing.
 */
export function idleCollector(ms = IDLE_GC_MS, gc: (() => void) | undefined = fullGc(), timers: IdleTimers = REAL_TIMERS): () => void {
  if (!gc) return () => {};
  let timer: { refresh(): void } | undefined;
  let touches = 0;
  const run = () => {
    timer = undefined;
    const seen = touches;
    gc();
    // A second collection gives back what the first left in half-empty pages (the 1 MB draft's
    // checking thread: 197 MB of heap after one, 134 after two, 75 of it live).
    timers.soon(() => {
      if (touches === seen) gc();
    });
  };
  return () => {
    touches++;
    if (timer) timer.refresh();
    else timer = timers.after(ms, run);
  };
}

let exposed: (() => void) | null | undefined;

/**
 * V8's full collection: `gc` when the process runs with --expose-gc, else exposed now (the flag
 * set at run time reaches contexts made after it); undefined when neither works.
 */
export function fullGc(): (() => void) | undefined {
  if (exposed === undefined) {
    exposed = null;
    try {
      const g = (globalThis as { gc?: unknown }).gc;
      if (typeof g === 'function') exposed = g as () => void;
      else {
        (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
        const fromContext: unknown = (require('node:vm') as typeof import('node:vm')).runInNewContext('gc');
        if (typeof fromContext === 'function') exposed = fromContext as () => void;
      }
    } catch {
      exposed = null;
    }
  }
  return exposed ?? undefined;
}
