// A finding's own severity (Report.severity): it may lower its rule's configured severity for
// that finding (verb-confusion's «أشار بـ + praise» is a hint where the rule warns), never raise
// it, and a rule that is off stays off.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/engine';
import type { Severity, SeveritySetting } from '../../server/src/engine/types';
import { testRule } from '../lib/test-rule';

/** A rule that reports every word, asking for the severity listed for it (none for the rest). */
const asks: Array<Severity | undefined> = ['hint', 'info', 'warning', 'error', undefined, 'bogus' as Severity];
const rule = testRule(
  'asks-severity',
  (ctx) => {
    let n = 0;
    for (const t of ctx.doc.tokens) {
      if (t.kind !== 'word') continue;
      const severity = asks[n++];
      ctx.report({ start: t.start, end: t.end, messageId: 'x', ...(severity === undefined ? {} : { severity }) });
    }
  },
  { category: 'reporting-verbs' },
);

const TEXT = 'واحد اثنان ثلاثة أربعة خمسة ستة';

function severities(at: SeveritySetting): string[] {
  const r = lint(TEXT, { rules: [rule], config: { rules: { 'asks-severity': { severity: at } } } });
  assert.deepEqual(r.faults, []);
  return r.findings.map((f) => f.severity);
}

describe('a finding’s own severity', () => {
  it('lowers its rule’s severity, never raises it (the lower of the two)', () => {
    assert.deepEqual(severities('warning'), ['hint', 'info', 'warning', 'warning', 'warning', 'warning']);
    assert.deepEqual(severities('error'), ['hint', 'info', 'warning', 'error', 'error', 'error']);
    assert.deepEqual(severities('info'), ['hint', 'info', 'info', 'info', 'info', 'info']);
    assert.deepEqual(severities('hint'), ['hint', 'hint', 'hint', 'hint', 'hint', 'hint']);
  });

  it('a rule that is off reports nothing, whatever its findings ask', () => {
    assert.deepEqual(severities('off'), []);
  });
});
