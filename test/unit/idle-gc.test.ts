// The language server's threads give memory back when checking rests (server/src/lsp/idleGc.ts):
// a full collection once the work has stopped for a while, never during a burst of work, and a
// second one only when no work came in between. Run here on a hand-driven clock, so the order of
// events is exact; fullGc() itself is checked on this process's real heap.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as tick, setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import { compacting, fullGc, idleCollector, SHRINK_GC_MS, type IdleTimers } from '../../server/src/lsp/idleGc';

/** A clock moved by hand: `advance(ms)` fires what falls due, then what `soon` queued. */
function manualClock() {
  let now = 0;
  const due: Array<{ at: number; wait: number; f: () => void; done: boolean }> = [];
  const soon: Array<() => void> = [];
  const timers: IdleTimers = {
    after(ms, f) {
      const t = { at: now + ms, wait: ms, f, done: false };
      due.push(t);
      return {
        refresh() {
          t.at = now + t.wait;
          t.done = false;
        },
      };
    },
    soon(f) {
      soon.push(f);
    },
  };
  const runSoon = () => {
    while (soon.length) soon.shift()!();
  };
  return {
    timers,
    /** Move the clock by `ms`, one millisecond at a time. */
    advance(ms: number) {
      for (let i = 0; i < ms; i++) {
        now++;
        for (const t of due) {
          if (!t.done && t.at <= now) {
            t.done = true;
            t.f();
          }
        }
        runSoon();
      }
    },
  };
}

/** Collections counted on `clock`: `after(ms, n)` moves the clock by ms and expects n collections so far. */
function counted(clock: ReturnType<typeof manualClock>) {
  let n = 0;
  return {
    gc: () => {
      n++;
    },
    after(ms: number, want: number, message?: string) {
      clock.advance(ms);
      assert.equal(n, want, message);
    },
  };
}

describe('collecting when the server rests', () => {
  it('collects once the work has stopped for the wait, twice in a row, and not during a burst of work', () => {
    const clock = manualClock();
    const c = counted(clock);
    const touch = idleCollector(100, c.gc, clock.timers);
    // a burst of work: a piece every 50 ms for a second
    for (let i = 0; i < 20; i++) {
      touch();
      clock.advance(50);
    }
    c.after(0, 0, 'never while the work goes on');
    c.after(49, 0, 'not before the wait is over');
    c.after(1, 2, 'the wait after the last piece of work: two collections');
    c.after(1000, 2, 'once per rest');
    touch();
    c.after(100, 4, 'and again after the next piece of work');
  });

  it('skips the second collection when work comes in after the first', () => {
    const clock = manualClock();
    let collections = 0;
    let touch: () => void = () => {};
    // the first collection of each rest sees a piece of work arrive
    touch = idleCollector(
      100,
      () => {
        collections++;
        if (collections === 1) touch();
      },
      clock.timers,
    );
    touch();
    clock.advance(100);
    assert.equal(collections, 1, 'the second collection waits for the next rest');
    clock.advance(99);
    assert.equal(collections, 1);
    clock.advance(1);
    assert.equal(collections, 3, 'a rest after that work: two collections');
  });

  it('collects a third time once the rest has lasted the young-generation wait, unless work came', () => {
    const clock = manualClock();
    const c = counted(clock);
    const touch = idleCollector(100, c.gc, clock.timers, 1000);
    touch();
    c.after(100, 2);
    c.after(999, 2, 'not before the second wait is over');
    c.after(1, 3, 'the third collection');
    c.after(5000, 3, 'and no more while the rest lasts');
    // work during the second wait: no third collection for that rest, the next rest has its own
    touch();
    c.after(100, 5);
    clock.advance(500);
    touch(); // work, 500 ms into the second wait
    c.after(99, 5, 'the work put the next rest off');
    c.after(1, 7, 'the next rest: its two collections');
    c.after(500, 7, "the earlier rest's third collection was dropped (work came)");
    c.after(499, 7);
    c.after(1, 8, 'then its third');
  });

  it('without a collector to call, does nothing', () => {
    const clock = manualClock();
    const touch = idleCollector(100, undefined, clock.timers);
    touch();
    clock.advance(500);
  });

  it("fullGc is V8's full collection, exposed at run time", async () => {
    const gc = fullGc();
    assert.equal(typeof gc, 'function');
    let target: object | undefined = { draft: 'خبر'.repeat(1000) };
    const ref = new WeakRef(target);
    target = undefined;
    await tick(); // a WeakRef keeps its target to the end of the job that made it
    gc!();
    assert.equal(ref.deref(), undefined, 'an object nothing holds is collected');
    assert.equal(fullGc(), gc, 'the same function every time');
  });

  it('a full collection after more than five idle seconds gives the young generation back (V8 does this; why the third collection waits)', async () => {
    const gc = fullGc()!;
    const youngMB = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size / 1048576;
    // allocate the way a check does: many objects, some of them kept a while (V8 grows the young generation)
    let keep: object[] = [];
    for (let i = 0; i < 3_000_000 && youngMB() < 8; i++) {
      keep.push({ i, at: [i] });
      if (keep.length > 100_000) keep = [];
    }
    keep = [];
    const grown = youngMB();
    assert.ok(grown >= 8, `the young generation grew (${grown} MB)`);
    // (a loaded machine may have this process allocate during the wait: then once more)
    for (let wait = 0; wait < 2 && youngMB() >= grown / 4; wait++) {
      await sleep(SHRINK_GC_MS);
      gc();
    }
    assert.ok(youngMB() < grown / 4, `${youngMB()} MB after the wait, ${grown} MB before`);
  });

  it('the last collection of a rest compacts the old generation: half-empty pages go back', () => {
    const gc = fullGc()!;
    const oldMB = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_size / 1048576;
    // 40 MB of small objects in the old generation, then every other one let go: pages half full (V8 by
    // itself moves only pages fuller of garbage than that)
    let keep: Array<{ i: number; s: string } | undefined> = [];
    for (let i = 0; i < 600_000; i++) keep.push({ i, s: `خبر ${i}` });
    gc();
    gc();
    for (let i = 0; i < keep.length; i++) if (i % 2 !== 0) keep[i] = undefined;
    gc();
    gc();
    const before = oldMB();
    compacting(gc)();
    const after = oldMB();
    assert.ok(after < before * 0.75, `old generation ${before.toFixed(1)} MB -> ${after.toFixed(1)} MB`);
    assert.equal(keep.filter((x) => x !== undefined).length, 300_000, 'what is kept stays');
    keep = [];
  });
});
