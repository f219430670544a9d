// A finding's own severity through the built CLI: verb-confusion warns about أشاد إلى but only
// hints that أشاد بـ may be meant after «أشار بـ + praise» (issue 6) — in the text, JSON and
// SARIF outputs, and still a hint when the house style raises the rule to error.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ruleIds } from '../../server/src/engine';
import { ensureBuilt, parseText, runCli, tempDir, writeFiles } from './helpers';

// Made-up sentence: أشاد … إلى (the slip for أشار إلى), then أشار بـ + a praise object.
const DRAFT = 'وأشاد طلعت إلى التعاون، وأشار السفير بالشراكة الصينية المصرية.\n';
const COL = DRAFT.indexOf('أشار') + 1; // 1-based column of أشار
const only = ruleIds.filter((id) => id !== 'verb-confusion').flatMap((id) => ['--rule', `${id}=off`]);

before(() => ensureBuilt());

describe('CLI: a finding reported below its rule’s severity', () => {
  it('«أشار بـ + praise» is a hint (SARIF note) while أشاد إلى is a warning', () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': DRAFT });
    const t = runCli(['check', '--lang', 'en', ...only, 'a.txt'], { cwd: dir });
    assert.equal(t.code, 0, t.stderr);
    assert.deepEqual(
      parseText(t.stdout).map((l) => `${l.column} ${l.severity} ${l.ruleId}`),
      ['2 warning verb-confusion', `${COL} hint verb-confusion`],
    );
    const j = runCli(['check', '--format', 'json', ...only, 'a.txt'], { cwd: dir });
    const out = JSON.parse(j.stdout) as Array<{ findings: Array<{ messageId: string; severity: string; text: string }> }>;
    assert.deepEqual(
      out.flatMap((f) => f.findings.map((x) => `${x.messageId} ${x.severity} ${x.text}`)),
      ['ashadIla warning أشاد', 'asharBi hint أشار'],
    );
    const s = runCli(['check', '--format', 'sarif', ...only, 'a.txt'], { cwd: dir });
    const results = JSON.parse(s.stdout).runs[0].results as Array<{ level: string; properties: { severity: string; messageId: string } }>;
    assert.deepEqual(
      results.map((r) => `${r.properties.messageId} ${r.level} ${r.properties.severity}`),
      ['ashadIla warning warning', 'asharBi note hint'],
    );
  });

  it('the house style raising the rule to error raises أشاد إلى, not the hint; off turns both off', () => {
    const dir = tempDir();
    writeFiles(dir, { '.mudaqqiq.json': '{ "rules": { "verb-confusion": "error" } }\n', 'a.txt': DRAFT });
    const r = runCli(['check', '--lang', 'en', ...only, 'a.txt'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(parseText(r.stdout).map((l) => `${l.column} ${l.severity}`), ['2 error', `${COL} hint`]);
    const off = runCli(['check', '--lang', 'en', ...only, '--rule', 'verb-confusion=off', 'a.txt'], { cwd: dir });
    assert.equal(off.code, 0, off.stderr);
    assert.deepEqual(parseText(off.stdout), []);
  });
});
