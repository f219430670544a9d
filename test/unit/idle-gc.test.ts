// The language server's threads give memory back when checking rests (server/src/lsp/idleGc.ts):
// a full collection once the work has stopped for a while, never during a burst of work, and a
// second one only when no work came in between. Run here on a hand-driven clock, so the order of
// events is exact; fullGc() itself is checked on this process's real heap.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as tick } from 'node:timers/promises';
import { fullGc, idleCollector, type IdleTimers } from '../../server/src/lsp/idleGc';

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

describe('collecting when the server rests', () => {
  it('collects once the work has stopped for the wait, twice in a row, and not during a burst of work', () => {
    const clock = manualClock();
    let collections = 0;
    const touch = idleCollector(100, () => collections++, clock.timers);
    // a burst of work: a piece every 50 ms for a second
    for (let i = 0; i < 20; i++) {
      touch();
      clock.advance(50);
    }
    assert.equal(collections, 0, 'never while the work goes on');
    clock.advance(49);
    assert.equal(collections, 0, 'not before the wait is over');
    clock.advance(1);
    assert.equal(collections, 2, 'the wait after the last piece of work: two collections');
    clock.advance(1000);
    assert.equal(collections, 2, 'once per rest');
    touch();
    clock.advance(100);
    assert.equal(collections, 4, 'and again after the next piece of work');
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
});
