// --fix and --dry-run of the built CLI: files get exactly what the engine's fix-all gives,
// a second run changes nothing, a dry run writes nothing (and its diff applies), BOM, CRLF
// and file modes are kept, and a read-only file is reported and left alone.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { repoRoot, sampleArticle } from '../lib/corpus';
import { engineFindings, engineFix, ensureBuilt, parseText, runCli, tempDir, writeFiles } from './helpers';

function snapshot(dir: string, names: string[]): Record<string, { bytes: string; mtimeMs: number; mode: number }> {
  return Object.fromEntries(
    names.map((n) => {
      const st = statSync(join(dir, n));
      return [n, { bytes: readFileSync(join(dir, n)).toString('hex'), mtimeMs: st.mtimeMs, mode: st.mode }];
    }),
  );
}

const BOM = '\uFEFF';
// Made-up sentences with problems the fix-all repairs (tatweel, scrape leftover, doubled marks).
const CRLF_DRAFT = 'أكـــد الوزير أن المشروع سينتهي قريبا!!\r\nوأشـاد الحضور بالتعاون.\r\nاقرأ أيضا\r\nوأوضح المتحدث أن العمل مستمر.\r\n';
const BOM_DRAFT = `${BOM}وأكـــد المتحدث أن الأعمال مستمرة.\nوأضاف أن الافتتاح قريب.\n`;

before(() => ensureBuilt());

describe('CLI --fix on the sample drafts and the sample article', () => {
  let dir: string;
  let names: string[];
  let originals: Record<string, string>;
  before(() => {
    dir = tempDir();
    cpSync(join(repoRoot, 'samples', 'drafts'), dir, { recursive: true });
    writeFileSync(join(dir, 'article.txt'), sampleArticle());
    names = readdirSync(dir).sort();
    originals = Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  });

  it('--dry-run writes nothing and prints a unified diff that, applied, gives the fixed files', () => {
    const before = snapshot(dir, names);
    const r = runCli(['check', '--fix', '--dry-run', '.'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.deepEqual(snapshot(dir, names), before, 'no file touched');
    assert.deepEqual(readdirSync(dir).sort(), names, 'no temporary file left');
    const changed = names.filter((n) => engineFix(originals[n], join(dir, n), dir) !== originals[n]);
    assert.ok(changed.length >= 4, `the sample drafts have fixable problems (${changed.join(', ')})`);
    for (const n of names) {
      assert.equal(r.stdout.includes(`--- a/${n}\n+++ b/${n}\n`), changed.includes(n), `diff header for ${n}`);
    }
    assert.ok(parseText(r.stdout).length === 0, 'stdout holds the diff only; the report is on stderr');
    assert.match(r.stderr, /إصلاحات مقترحة لم تُكتب/);
    // Apply the diff to a copy with git apply (works outside a repository, like patch).
    const copy = tempDir();
    cpSync(dir, copy, { recursive: true });
    writeFileSync(join(copy, 'fixes.diff'), r.stdout);
    const ap = spawnSync('git', ['apply', '--whitespace=nowarn', 'fixes.diff'], { cwd: copy, encoding: 'utf8' });
    assert.equal(ap.status, 0, ap.stderr);
    for (const n of names) assert.equal(readFileSync(join(copy, n), 'utf8'), engineFix(originals[n], join(dir, n), dir), n);
  });

  it('--fix writes exactly what the engine’s fix-all gives, and reports what remains', () => {
    const r = runCli(['check', '--fix', '--format', 'json', '.'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const report = JSON.parse(r.stdout) as Array<{ file: string; fixed: number; findings: Array<{ ruleId: string; offset: number; length: number }> }>;
    for (const n of names) {
      const fixed = readFileSync(join(dir, n), 'utf8');
      assert.equal(fixed, engineFix(originals[n], join(dir, n), dir), n);
      const entry = report.find((f) => f.file === n)!;
      assert.ok(entry, n);
      assert.equal(entry.fixed > 0, fixed !== originals[n], `${n}: fixed count`);
      // the remaining findings are those of the fixed text
      assert.deepEqual(
        entry.findings.map((f) => `${f.ruleId}@${f.offset}+${f.length}`),
        engineFindings(fixed, join(dir, n), dir).map((f) => `${f.ruleId}@${f.start}+${f.end - f.start}`),
      );
    }
    assert.deepEqual(readdirSync(dir).sort(), names, 'no temporary file left');
  });

  it('a second --fix changes nothing', () => {
    const before = snapshot(dir, names);
    const r = runCli(['check', '--fix', '--lang', 'en', '.'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.match(r.stdout, /^fixed 0 findings in 0 files$/m);
    assert.deepEqual(snapshot(dir, names), before);
  });
});

describe('CLI --fix keeps what it must keep', () => {
  it('CRLF line endings stay CRLF, also where a whole line is deleted', () => {
    const dir = tempDir();
    writeFiles(dir, { 'crlf.txt': CRLF_DRAFT });
    const r = runCli(['check', '--fix', 'crlf.txt'], { cwd: dir });
    assert.ok(r.code !== 2, r.stderr);
    const out = readFileSync(join(dir, 'crlf.txt'), 'utf8');
    assert.notEqual(out, CRLF_DRAFT, 'something was fixed');
    assert.ok(!out.includes('ـ'), 'tatweel removed');
    assert.equal(out.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.equal(out, engineFix(CRLF_DRAFT, join(dir, 'crlf.txt'), dir).replace(/\r?\n/g, '\r\n'));
  });

  it('a byte-order mark stays, and positions are counted after it', () => {
    const dir = tempDir();
    writeFiles(dir, { 'bom.txt': BOM_DRAFT });
    const check = runCli(['check', 'bom.txt', '--rule', 'tatweel=error'], { cwd: dir });
    assert.ok(parseText(check.stdout).some((l) => l.ruleId === 'tatweel' && l.line === 1 && l.column === 4), check.stdout);
    // JSON says so (a consumer applying the edits to the raw file must skip the mark), with and without worker threads
    for (const jobs of ['1', '2']) {
      writeFiles(dir, { 'plain.txt': BOM_DRAFT.slice(1) });
      const [withBom, plain] = JSON.parse(runCli(['check', 'bom.txt', 'plain.txt', '--format', 'json', '--jobs', jobs], { cwd: dir }).stdout);
      assert.equal(withBom.bom, true, `--jobs ${jobs}`);
      assert.equal('bom' in plain, false);
      const t = withBom.findings.find((f: { ruleId: string }) => f.ruleId === 'tatweel');
      assert.equal(BOM_DRAFT.slice(1).slice(t.offset, t.offset + t.length), t.text);
    }
    runCli(['check', '--fix', 'bom.txt'], { cwd: dir });
    const bytes = readFileSync(join(dir, 'bom.txt'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.toString('utf8'), BOM + engineFix(BOM_DRAFT.slice(1), join(dir, 'bom.txt'), dir));
    assert.ok(!bytes.toString('utf8').includes('ـ'));
  });

  it('the file keeps its mode', () => {
    const dir = tempDir();
    writeFiles(dir, { 'm.txt': BOM_DRAFT });
    chmodSync(join(dir, 'm.txt'), 0o640);
    runCli(['check', '--fix', 'm.txt'], { cwd: dir });
    assert.ok(!readFileSync(join(dir, 'm.txt'), 'utf8').includes('ـ'));
    assert.equal(statSync(join(dir, 'm.txt')).mode & 0o777, 0o640);
  });

  it('a read-only file is reported and left untouched; the other files are still fixed', () => {
    const dir = tempDir();
    writeFiles(dir, { 'ro.txt': BOM_DRAFT, 'rw.txt': BOM_DRAFT });
    chmodSync(join(dir, 'ro.txt'), 0o444);
    const before = snapshot(dir, ['ro.txt']);
    const r = runCli(['check', '--fix', '--lang', 'en', 'ro.txt', 'rw.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.deepEqual(r.stderr.trim().split('\n'), ['mudaqqiq: ro.txt: the file is read-only: fixes not written']);
    assert.deepEqual(snapshot(dir, ['ro.txt']), before);
    assert.ok(!readFileSync(join(dir, 'rw.txt'), 'utf8').includes('ـ'), 'the writable file is fixed');
    assert.deepEqual(readdirSync(dir).sort(), ['ro.txt', 'rw.txt'], 'no temporary file left');
    // the read-only file's findings are still reported, on its unchanged text
    assert.ok(parseText(r.stdout).some((l) => l.file === 'ro.txt' && l.ruleId === 'tatweel'));
    assert.ok(!parseText(r.stdout).some((l) => l.file === 'rw.txt' && l.ruleId === 'tatweel'));
  });

  it('--fix on standard input prints the fixed text on stdout and the report on stderr', () => {
    const dir = tempDir();
    const r = runCli(['check', '--fix', '-'], { cwd: dir, input: CRLF_DRAFT });
    assert.ok(r.code !== 2, r.stderr);
    assert.equal(r.stdout, engineFix(CRLF_DRAFT, join(dir, 'stdin.txt'), dir).replace(/\r?\n/g, '\r\n'));
    assert.match(r.stderr, /إصلاحات طُبقت: [1-9]\d* في ملف واحد/);
  });
});
