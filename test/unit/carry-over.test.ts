// carryOver (server/src/lsp/checker.ts): while a large draft's new version is being checked,
// hover and completion answer from the last analysis moved onto the current text. Whatever the
// edit, every carried finding covers exactly the text it covered before, and every finding
// away from the edit is carried.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lint, type Finding } from '../../server/src/engine';
import { carryOver, findingsAt, type Analysis } from '../../server/src/lsp/checker';
import { sampleArticle, saudiArticles } from '../lib/corpus';

const base = [sampleArticle(), ...saudiArticles().slice(0, 4).map(([, t]) => t), 'قال الوزير ،  إن الاقتصاد ـــ ينمو 3.5 % .'].join('\n\n');
const findings = lint(base).findings;

function analysis(text: string): Analysis {
  return {
    uri: 'file:///x.txt',
    version: 1,
    generation: 0,
    state: 'checked',
    lang: 'en',
    languageId: 'plaintext',
    findings: lint(text).findings,
    diagnostics: [],
    fixAll: new Map(),
    text,
  };
}

describe('carryOver', () => {
  const a = analysis(base);

  it('keeps every finding, unmoved, when nothing changed', () => {
    assert.ok(findings.length > 10, `real articles have findings (${findings.length})`);
    const c = carryOver(a, base, 2)!;
    assert.equal(c.version, 2);
    assert.equal(c.carriedFrom, 1);
    assert.deepEqual(
      c.findings.map((f) => [f.ruleId, f.start, f.end]),
      a.findings.map((f) => [f.ruleId, f.start, f.end]),
    );
  });

  it('moves findings exactly onto the same text, keeps all those away from the edit, and brings no diagnostics', () => {
    fc.assert(
      fc.property(fc.nat(base.length), fc.nat(40), fc.string({ maxLength: 30 }), fc.nat(), (at, del, ins, probe) => {
        const end = Math.min(base.length, at + del);
        const text = base.slice(0, at) + ins + base.slice(end);
        const c = carryOver(a, text, 2)!;
        const delta = text.length - base.length;
        for (const f of c.findings) {
          // it comes from a finding of the old analysis, unmoved or shifted by the edit, over the same text
          const from = a.findings.filter((g) => g.ruleId === f.ruleId && g.messageId === f.messageId && (g.start === f.start || g.start + delta === f.start));
          assert.ok(
            from.some((g) => g.end - g.start === f.end - f.start && text.slice(f.start, f.end) === base.slice(g.start, g.end)),
            `${f.ruleId}@${f.start}: ${JSON.stringify(text.slice(f.start, f.end))}`,
          );
        }
        // a finding well before or well after the edit is always carried
        const far = a.findings.filter((g) => g.end <= at - 70 || g.start >= end + 70);
        for (const g of far) {
          const shift = g.start >= end ? delta : 0;
          assert.ok(c.findings.some((f) => f.ruleId === g.ruleId && f.start === g.start + shift && f.end === g.end + shift), `${g.ruleId}@${g.start} carried`);
        }
        assert.equal(c.diagnostics.length, 0);
        // findingsAt (hover) maps one offset back instead of moving every finding: the same answer
        const key = (fs: readonly Finding[]) => fs.map((f) => `${f.ruleId}@${f.start}-${f.end}`).sort();
        for (const off of [probe % (text.length + 1), ...c.findings.filter((_, i) => i % 7 === 0).map((f) => f.start)]) {
          const want = c.findings.filter((f) => (f.start <= off && off < f.end) || (f.start === f.end && f.start === off));
          assert.deepEqual(key(findingsAt(c, off)), key(want), `at ${off}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('carries nothing from an analysis that checked no text', () => {
    assert.equal(carryOver({ ...a, state: 'too-large', text: undefined }, base, 2), undefined);
  });
});
