// A rule whose fixes never settle (each pass finds something new to write: a bug, as when
// first-mention did not recognise a title it had just inserted) must not have its fix repeated
// MAX_FIX_PASSES times into a draft: fix-all (the engine's fixText, for --fix, and the editor's
// computeFixAll) does the fixing again without it and says so; the other rules' fixes stand.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText, lint, MAX_FIX_PASSES } from '../../server/src/engine';
import tatweel from '../../server/src/engine/rules/hidden-characters/tatweel';
import { computeFixAll } from '../../server/src/lsp/fixAll';
import { testRule } from '../lib/test-rule';

/** Inserts «عاجل: » before the first line at every pass, whatever is there. */
const grows = testRule(
  'grows',
  (ctx) => ctx.report({ start: 0, end: 0, messageId: 'x', fixes: [{ messageId: 'x', edits: [{ start: 0, end: 0, text: 'عاجل: ' }], preferred: true }] }),
  { fixable: true },
);

const text = 'وأكـــد الوزير أن العمل بدأ.\n';
const opts = { rules: [grows, tatweel], config: { rules: { grows: { severity: 'warning' as const }, tatweel: { severity: 'warning' as const } } } };

describe('fixes that never settle', () => {
  it('fixText: the other rules are fixed, the unsettled rule is left out and reported as a fault', () => {
    const r = fixText(text, opts);
    assert.equal(r.output, 'وأكد الوزير أن العمل بدأ.\n');
    assert.deepEqual(
      r.faults.map((f) => [f.ruleId, f.message]),
      [['grows', `its fixes did not settle after ${MAX_FIX_PASSES} passes: not applied`]],
    );
    // a rule that settles is not touched by this (tatweel alone: one pass, no fault)
    const alone = fixText(text, { ...opts, rules: [tatweel] });
    assert.equal(alone.output, r.output);
    assert.deepEqual(alone.faults, []);
  });

  it('computeFixAll (the editor): the same, as edits on the original text', () => {
    const relint = (t: string) => lint(t, opts).findings;
    const r = computeFixAll(text, relint(text), relint);
    assert.equal(r.output, 'وأكد الوزير أن العمل بدأ.\n');
    assert.deepEqual(r.unsettled, ['grows']);
    assert.deepEqual(r.edits, [{ start: 3, end: 6, text: '' }]);
  });
});
