// Fix-all in bounded time: merging the preferred fixes of a large draft's findings was
// quadratic (each edit compared with every edit taken before it): 128,000 fixable findings —
// a 2 MB draft full of tatweel or presentation forms, within the editor's size limit — took
// over two minutes per pass. mergeFixes now keeps the taken edits sorted and checks only
// their neighbours. Differential test against the old pairwise merge on generated findings
// (same edits, same findings fixed), and a timing test.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, mergeFixes, preferredFix, type Finding, type TextEdit } from '../../server/src/engine';

/** The merge as it was: every edit of a fix against every edit taken so far. */
function referenceMerge(findings: readonly Finding[]): { edits: TextEdit[]; fixed: Finding[] } {
  const overlaps = (a: TextEdit, b: TextEdit) => (a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end);
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const fix = preferredFix(f);
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
    fixed.push(f);
  }
  return { edits: taken.sort((a, b) => a.start - b.start || a.end - b.end), fixed };
}

function finding(start: number, end: number, edits: TextEdit[], preferred = true): Finding {
  return {
    ruleId: 'x',
    category: 'hidden-characters',
    severity: 'warning',
    start,
    end,
    messageId: 'x',
    message: { ar: 'س', en: 'x' },
    fixes: [{ title: { ar: 'س', en: 'x' }, edits, preferred }],
  };
}

const edit = fc.tuple(fc.nat(60), fc.nat(4), fc.constantFrom('', 'ـ', 'ا', ' ')).map(([s, l, text]) => ({ start: s, end: s + l, text }));
const findingArb = fc
  .tuple(fc.nat(60), fc.nat(5), fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([s, l, edits, pref]) => {
    // a fix's own edits never overlap (the engine's invariant): keep the first of any overlapping ones
    const own: TextEdit[] = [];
    for (const e of edits) if (!own.some((o) => (o.start === o.end && e.start === e.end ? o.start === e.start : o.start < e.end && e.start < o.end))) own.push(e);
    return finding(s, s + l, own, pref);
  });

describe('mergeFixes', () => {
  it('takes the same fixes and edits as the pairwise merge (generated findings, insertions and touching edits included)', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 40 }), (fs) => {
        const got = mergeFixes(fs);
        const want = referenceMerge(fs);
        assert.deepEqual(got.fixed, want.fixed);
        assert.deepEqual(got.edits, want.edits);
        // and the merged edits apply
        applyEdits('ا'.repeat(80), got.edits);
        n++;
      }),
      { numRuns: 3000 },
    );
    console.log(`  mergeFixes equals the pairwise merge on ${n} generated finding sets`);
  });

  it('128,000 fixable findings merge in well under a second (the pairwise merge took minutes)', () => {
    const fs: Finding[] = [];
    for (let i = 0; i < 128_000; i++) fs.push(finding(i * 3, i * 3 + 1, [{ start: i * 3, end: i * 3 + 1, text: '' }]));
    // and some whose edits lie before their finding (out of order), to exercise the search
    for (let i = 0; i < 2_000; i++) fs.push(finding(400_000 + i, 400_001 + i, [{ start: 390_000 - i * 2, end: 390_000 - i * 2, text: 'ـ' }]));
    const t = performance.now();
    const r = mergeFixes(fs);
    const ms = performance.now() - t;
    console.log(`  mergeFixes of ${fs.length} findings: ${ms.toFixed(0)} ms, ${r.edits.length} edits`);
    assert.equal(r.fixed.length, fs.length);
    assert.ok(ms < 3000, `${ms} ms`);
    for (let i = 1; i < r.edits.length; i++) assert.ok(r.edits[i - 1].start <= r.edits[i].start);
  });
});
