// The built CLI with a real house-style file (.mudaqqiq.json): its severities, language,
// problems, ignored files and hidden findings, --config, and --rule on top of it.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ruleIds } from '../../server/src/engine';
import { engineFindings, ensureBuilt, lineCol, parseText, runCli, tempDir, writeFiles } from './helpers';

// Made-up sentences: a long and a short tatweel.
const DRAFT = 'أكـــد الوزير أن المشروع سينتهي قريبا.\nوأشـاد الحضور بالتعاون.\n';
const otherRulesOff = ruleIds.filter((id) => id !== 'tatweel').flatMap((id) => ['--rule', `${id}=off`]);

before(() => ensureBuilt());

describe('CLI with a house-style file', () => {
  it('takes severities and the message language from it; --rule and --lang win over it', () => {
    const dir = tempDir();
    writeFiles(dir, { '.mudaqqiq.json': '{ "language": "en", "rules": { "tatweel": "error" } }\n', 'a.txt': DRAFT });
    const r = runCli(['check', ...otherRulesOff, 'a.txt'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(
      parseText(r.stdout).map((l) => `${l.severity} ${l.message}`),
      ['error Tatweel (ـ) stretches the word for looks: remove it', 'error Tatweel (ـ) stretches the word for looks: remove it'],
    );
    const o = runCli(['check', ...otherRulesOff, '--rule', 'tatweel=warning', '--lang', 'ar', 'a.txt'], { cwd: dir });
    assert.equal(o.code, 0);
    assert.deepEqual(
      parseText(o.stdout).map((l) => `${l.severity} ${l.message}`),
      ['warning تطويل (ـ) يمد الكلمة للزينة: احذفه', 'warning تطويل (ـ) يمد الكلمة للزينة: احذفه'],
    );
  });

  it('is found above the working folder: a desk folder checked from inside keeps the newsroom\'s house style', () => {
    // (the chief-editor reader: run from newsroom/politics, the newsroom's file had been dropped without a word)
    const dir = tempDir();
    writeFiles(dir, { '.mudaqqiq.json': '{ "language": "en", "rules": { "tatweel": "error" } }\n', 'politics/a.txt': DRAFT });
    const r = runCli(['check', ...otherRulesOff, 'a.txt'], { cwd: join(dir, 'politics') });
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(parseText(r.stdout).map((l) => l.severity), ['error', 'error']);
  });

  it('prints its problems once as file:line:col  error  message, exits 2, and still checks the drafts', () => {
    const dir = tempDir();
    const style = '{\n  "rules": {\n    "tatweel": "error",\n    "tatweell": "warning"\n  }\n}\n';
    writeFiles(dir, { '.mudaqqiq.json': style, 'a.txt': DRAFT, 'b.txt': DRAFT });
    const r = runCli(['check', '--lang', 'en', ...otherRulesOff, 'a.txt', 'b.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    const m = /^\.mudaqqiq\.json:(\d+):(\d+) {2}error {2}(.+)$/.exec(lines[0]);
    assert.ok(m, lines[0]);
    assert.match(m[3], /tatweell/);
    // the position is that of the bad key (line 4), as the loader reported it
    assert.equal(+m[1], lineCol(style, style.indexOf('"tatweell"')).line);
    // the good part of the file is in force, and both drafts are reported
    assert.deepEqual(
      parseText(r.stdout).map((l) => `${l.file} ${l.severity}`),
      ['a.txt error', 'a.txt error', 'b.txt error', 'b.txt error'],
    );
    // SARIF places the problem in the house-style file, and the run is not successful
    const s = runCli(['check', '--format', 'sarif', '--lang', 'en', ...otherRulesOff, 'a.txt', 'b.txt'], { cwd: dir });
    assert.equal(s.code, 2);
    const inv = JSON.parse(s.stdout).runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.equal(inv.toolConfigurationNotifications.length, 1);
    const n = inv.toolConfigurationNotifications[0];
    assert.equal(n.level, 'error');
    assert.equal(n.message.text, m[3]);
    const loc = n.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, '.mudaqqiq.json');
    assert.equal(loc.region.startLine, +m[1]);
    assert.equal(loc.region.startColumn, +m[2]);
    assert.equal(style.slice(loc.region.charOffset, loc.region.charOffset + loc.region.charLength).includes('tatweell'), true);
  });

  it('a missing --config file is reported (exit 2); a good one elsewhere is used', () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': DRAFT, 'styles/house.json': '{ "rules": { "tatweel": "hint" } }' });
    const missing = runCli(['check', '--lang', 'en', '--config', 'nothere.json', 'a.txt'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^nothere\.json:1:1 {2}error {2}/);
    assert.ok(parseText(missing.stdout).length > 0, 'the draft is still checked');
    const good = runCli(['check', '--config', 'styles/house.json', 'a.txt'], { cwd: dir });
    assert.equal(good.code, 0, good.stderr);
    assert.ok(parseText(good.stdout).filter((l) => l.ruleId === 'tatweel').every((l) => l.severity === 'hint'));
  });

  it('skips the drafts under ignore.files (a note when one was named) without failing the run', () => {
    const dir = tempDir();
    writeFiles(dir, {
      '.mudaqqiq.json': '{ "ignore": { "files": ["archive/**"] } }',
      'a.txt': DRAFT,
      'archive/old.txt': DRAFT,
    });
    const r = runCli(['check', '--lang', 'en', '.'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.deepEqual([...new Set(parseText(r.stdout).map((l) => l.file))], ['a.txt']);
    const named = runCli(['check', '--lang', 'en', 'archive/old.txt'], { cwd: dir });
    assert.equal(named.code, 0);
    assert.equal(named.stderr, 'mudaqqiq: archive/old.txt: ignored by the house style (ignore.files): not checked\n');
    assert.deepEqual(parseText(named.stdout), []);
  });

  it('neither reports nor fixes the findings under ignore.findings', () => {
    const dir = tempDir();
    // doubled-punctuation reports the repeated mark: "!" and "؟" here.
    const text = 'قال الوزير إن العمل مستمر!! ثم سأل: متى ينتهي؟؟\n';
    const only = ruleIds.filter((id) => id !== 'doubled-punctuation').flatMap((id) => ['--rule', `${id}=off`]);
    writeFiles(dir, {
      '.mudaqqiq.json': '{ "ignore": { "findings": [ { "rule": "doubled-punctuation", "text": "!", "file": "a.txt" } ] } }',
      'a.txt': text,
      'b.txt': text,
    });
    const r = runCli(['check', '--format', 'json', ...only, 'a.txt', 'b.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Array<{ file: string; findings: Array<{ text: string; offset: number }> }>;
    assert.deepEqual(
      out.map((f) => [f.file, f.findings.map((x) => x.text)]),
      [
        ['a.txt', ['؟']],
        ['b.txt', ['!', '؟']],
      ],
    );
    // the same as the engine with the loaded config
    assert.deepEqual(
      out[0].findings.map((x) => x.offset),
      engineFindings(text, join(dir, 'a.txt'), dir)
        .filter((f) => f.ruleId === 'doubled-punctuation')
        .map((f) => f.start),
    );
    runCli(['check', '--fix', ...only, 'a.txt', 'b.txt'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), 'قال الوزير إن العمل مستمر!! ثم سأل: متى ينتهي؟\n', 'only the visible finding is fixed');
    assert.equal(readFileSync(join(dir, 'b.txt'), 'utf8'), 'قال الوزير إن العمل مستمر! ثم سأل: متى ينتهي؟\n');
  });

  it('words.reportingVerbs: a newsroom\'s own verb (أفصح) is counted by repeated-verb — its second and third use in a paragraph flagged', () => {
    const text = 'أفصح الوزير عن الخطة، وأفصح عن الموعد، ثم أفصح عن التمويل.\n';
    const only = ruleIds.filter((id) => id !== 'repeated-verb').flatMap((id) => ['--rule', `${id}=off`]);
    const dir = tempDir();
    writeFiles(dir, { '.mudaqqiq.json': '{\n  // the house\'s extra reporting verbs\n  "words": { "reportingVerbs": ["أفصح"] },\n}\n', 'a.txt': text });
    const r = runCli(['check', '--format', 'json', ...only, 'a.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Array<{ file: string; findings: Array<{ ruleId: string; messageId: string; text: string; offset: number; severity: string }> }>;
    assert.deepEqual(
      out.flatMap((f) => f.findings.map((x) => `${x.ruleId} ${x.messageId} ${x.severity} ${x.text}@${x.offset}`)),
      ['repeated-verb repeatedInParagraph info أفصح@23', 'repeated-verb repeatedInParagraph info أفصح@42'],
    );
    // without the house list أفصح is no reporting verb
    const bare = tempDir();
    writeFiles(bare, { 'a.txt': text });
    const b = runCli(['check', '--format', 'json', ...only, 'a.txt'], { cwd: bare });
    assert.equal(b.code, 0, b.stderr);
    assert.deepEqual(JSON.parse(b.stdout).flatMap((f: { findings: unknown[] }) => f.findings), []);
  });
});

