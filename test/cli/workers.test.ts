// When a run is worth worker threads by default (no --jobs): many drafts, or a few large ones;
// a few small drafts are checked in one thread (a worker's start-up costs more than they do).
// Pure: sizes come from the function handed in. (That --jobs N is always obeyed, and that the
// output is the same either way, is parallel.test.ts's business, through the built CLI.)

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WORKER_MIN_BYTES, WORKER_MIN_DRAFTS, worthWorkers } from '../../server/src/cli/parallel';

const drafts = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `/news/d${i}.txt`, display: `d${i}.txt`, explicit: false }));

describe('worker threads by default', () => {
  it('many drafts: yes, whatever their size', () => {
    assert.equal(worthWorkers(drafts(WORKER_MIN_DRAFTS), () => 10), true);
    assert.equal(worthWorkers(drafts(5000), () => 0), true);
  });

  it('a few small drafts: no', () => {
    assert.equal(worthWorkers(drafts(2), () => 4000), false);
    assert.equal(worthWorkers(drafts(WORKER_MIN_DRAFTS - 1), () => Math.floor(WORKER_MIN_BYTES / WORKER_MIN_DRAFTS)), false);
  });

  it('a few large drafts: yes (together at least WORKER_MIN_BYTES)', () => {
    assert.equal(worthWorkers(drafts(2), () => WORKER_MIN_BYTES / 2), true);
    assert.equal(worthWorkers(drafts(3), (p) => (p.endsWith('d2.txt') ? WORKER_MIN_BYTES : 100)), true);
  });

  it('an unreadable size counts as nothing', () => {
    assert.equal(worthWorkers([{ path: '/no/such/draft.txt', display: 'x', explicit: true }, { path: '/no/such/other.txt', display: 'y', explicit: true }]), false);
  });
});
