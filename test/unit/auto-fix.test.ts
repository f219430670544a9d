// A rule whose fixes are choices (meta.autoFix false: spelling's suggestions, repeated-verb's
// other verbs) never has one applied by --fix or fix-all: the engine refuses a preferred fix
// from it as a fault, and the two rules that declare it offer fixes, none preferred.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText, getRule, lint } from '../../server/src/engine';
import { testRule } from '../lib/test-rule';

const choosy = (preferred: boolean) =>
  testRule(
    'choosy',
    (ctx) => {
      const t = ctx.doc.tokens.find((x) => x.kind === 'word')!;
      ctx.report({ start: t.start, end: t.end, messageId: 'x', fixes: [{ messageId: 'x', edits: [{ start: t.start, end: t.end, text: 'بديل' }], preferred }] });
    },
    { fixable: true, autoFix: false },
  );

describe('rules whose fixes are choices (autoFix: false)', () => {
  it('a preferred fix from such a rule is a fault, not a finding', () => {
    const r = lint('كلمة أخرى', { rules: [choosy(true)] });
    assert.deepEqual(r.findings, []);
    assert.match(r.faults[0]?.message ?? '', /offers choices only/);
    const ok = lint('كلمة أخرى', { rules: [choosy(false)] });
    assert.deepEqual(ok.faults, []);
    assert.equal(ok.findings[0].fixes.length, 1);
    assert.equal(fixText('كلمة أخرى', { rules: [choosy(false)] }).output, 'كلمة أخرى', '--fix leaves a choice alone');
  });

  it('spelling and repeated-verb declare it, and their examples get fixes none of which is preferred', () => {
    for (const id of ['spelling', 'repeated-verb']) {
      const rule = getRule(id)!;
      assert.equal(rule.meta.autoFix, false, id);
      const r = lint(rule.meta.docs.bad, { rules: [rule], config: { rules: { [id]: { severity: 'warning' } }, shared: rule.meta.docs.exampleShared as never } });
      assert.deepEqual(r.faults, [], id);
      const fixes = r.findings.flatMap((f) => f.fixes);
      assert.ok(fixes.length > 0, `${id} offers fixes on its bad example`);
      assert.ok(fixes.every((f) => !f.preferred), id);
    }
  });
});
