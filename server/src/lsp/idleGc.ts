// Memory back when the editor rests. Checking a large draft grows V8's heap, with garbage mostly
// (the bench's 1 MB draft: about 500 MB RSS right after typing, the checking thread's heap 265 MB
// of which 75 MB live), and V8 gives it back only at its next full collection, which a server
// with nothing to do never reaches. So a thread that has had nothing to do for `ms` collects:
// once per burst of work, never while the editor is typing (each piece of work puts it off).
//
// The young generation is given back later. V8 grows it (to 32 MB a thread) while a large draft
// is checked, and shrinks it back to 1 MB only at a full collection that finds the thread has
// allocated next to nothing over the last five seconds (its allocation-throughput window): the
// collections at IDLE_GC_MS never do. So, still idle SHRINK_GC_MS after those, a thread collects
// once more: about 30 MB of RSS back per thread (the bench's 1 MB draft).

/** How long a thread waits, idle, before it collects. */
export const IDLE_GC_MS = 2000;

/** How long after that, still idle, it collects again for the young generation (more than V8's five-second window). */
export const SHRINK_GC_MS = 5500;

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
 * work came in between, and a third time (`lastGc`) `shrinkMs` later if still none came. `gc`
 * defaults to V8's full collection (fullGc), and then `lastGc` to one that compacts the old
 * generation (compacting); without `gc`, touch() does nothing.
 */
export function idleCollector(
  ms = IDLE_GC_MS,
  gc: (() => void) | undefined = fullGc(),
  timers: IdleTimers = REAL_TIMERS,
  shrinkMs = SHRINK_GC_MS,
  lastGc: (() => void) | undefined = gc && gc === fullGc() ? compacting(gc) : gc,
): () => void {
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
      if (touches !== seen) return;
      gc();
      // and the young generation, once V8 sees the thread has stopped allocating
      timers.after(shrinkMs, () => {
        if (touches === seen) (lastGc ?? gc)();
      });
    });
  };
  return () => {
    touches++;
    if (timer) timer.refresh();
    else timer = timers.after(ms, run);
  };
}

/**
 * `gc` with V8 told to compact the whole old generation (it otherwise moves only the pages it
 * judges fragmented enough): at rest, a few MB of half-empty pages more given back (the 1 MB
 * draft's checking thread: old generation 43.2 -> 39.5 MB committed, 38.4 live). Only for the
 * last collection of a rest: the flag is V8's, for every thread, and set back at once.
 */
export function compacting(gc: () => void): () => void {
  const v8 = require('node:v8') as typeof import('node:v8');
  return () => {
    let set = false;
    try {
      v8.setFlagsFromString('--compact-on-every-full-gc');
      set = true;
    } catch {
      // the flag cannot be set: an ordinary collection
    }
    try {
      gc();
    } finally {
      if (set) v8.setFlagsFromString('--no-compact-on-every-full-gc');
    }
  };
}

let threadCollector: (() => void) | undefined;

/**
 * This thread's idle collector: one per thread, touched by every piece of work on it (the main
 * thread's own checks of small drafts and its exchanges with the checking thread alike).
 */
export function threadRested(): () => void {
  return (threadCollector ??= idleCollector());
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
