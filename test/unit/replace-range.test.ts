// replaceRange (engine/text/document.ts): an incremental analysis changes the draft's token and
// line arrays in place instead of copying them. It must equal the copy — slice, insert, slice —
// for any stretch replaced by a list shorter, as long or longer, up to lists far longer than
// one spread call may take (a large paste: tens of thousands of tokens).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyse, replaceRange } from '../../server/src/engine/text/document';

describe('replaceRange', () => {
  it('equals slice + insert + slice, for random arrays and stretches', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.nat(60), fc.nat(60), fc.array(fc.integer(), { maxLength: 60 }), (xs, a, b, ys) => {
        const from = Math.min(a, b, xs.length);
        const to = Math.min(Math.max(a, b), xs.length);
        const want = [...xs.slice(0, from), ...ys, ...xs.slice(to)];
        const got = xs.slice();
        replaceRange(got, from, to, ys);
        assert.deepEqual(got, want);
      }),
      { numRuns: 2000 },
    );
  });

  it('a long list in (past what one spread call takes) and out', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i);
    const ys = Array.from({ length: 300_000 }, (_, i) => -i);
    const got = xs.slice();
    replaceRange(got, 10, 20, ys);
    assert.deepEqual(got, [...xs.slice(0, 10), ...ys, ...xs.slice(20)]);
    replaceRange(got, 10, 10 + ys.length, [7]);
    assert.deepEqual(got, [...xs.slice(0, 10), 7, ...xs.slice(20)]);
  });

  it('a paste of a long draft into a long draft: the analysis equals a fresh one', () => {
    const para = 'قال الوزير إن الاجتماع عقد في القاهرة، وأكد أن التعاون مستمر.\n\n';
    const before = para.repeat(400);
    const pasted = 'نص ملصق طويل جدا من موقع إخباري.\n'.repeat(12_000);
    const at = before.length >> 1;
    const after = before.slice(0, at) + pasted + before.slice(at);
    const prev = analyse(before);
    const doc = analyse(after, 'plaintext', prev);
    const fresh = analyse(after);
    assert.ok(doc.tokens.length > 100_000);
    assert.deepEqual(doc.tokens, fresh.tokens);
    assert.deepEqual(doc.lines, fresh.lines);
  });
});
