// Which files the built CLI checks (folders, globs, explicit files) and how it treats inputs
// it cannot read: one clear stderr line each, exit 2, every other input still reported.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { CLI, engineFindings, ensureBuilt, lineCol, parseText, runCli, tempDir, writeFiles } from './helpers';

// Short made-up sentences; each carries one tatweel so every checked file has a finding.
const DRAFT = 'وأكـــد المتحدث أن الأعمال مستمرة.\n';
// "السلام عليكم" saved as Windows-1256: not UTF-8.
const CP1256 = Buffer.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0x20, 0xda, 0xe1, 0xed, 0xdf, 0xe3, 0x0a]);

before(() => ensureBuilt());

describe('CLI inputs', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    writeFiles(dir, {
      'a.txt': DRAFT,
      'b.md': DRAFT,
      'c.khabar': DRAFT,
      'd.news': DRAFT,
      'e.markdown': DRAFT,
      'notes.rtf': DRAFT, // not a draft extension: skipped in folders, checked when named
      'sub/deeper/f.txt': DRAFT,
      'sub/g.md': DRAFT,
      'node_modules/pkg/readme.md': DRAFT,
      '.git/COMMIT_EDITMSG.txt': DRAFT,
      '.drafts-cache/old.txt': DRAFT,
      'empty/.keep': '',
      'bad/binary.txt': Buffer.from([0x41, 0x00, 0x42, 0x0a]),
      'bad/cp1256.txt': CP1256,
    });
  });

  const files = (stdout: string) => [...new Set(parseText(stdout).map((l) => l.file))].sort();

  it('a folder is searched recursively for drafts, skipping node_modules, .git and dot-folders', () => {
    const r = runCli(['check', 'a.txt', 'b.md', 'c.khabar', 'd.news', 'e.markdown', 'sub'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(files(r.stdout), ['a.txt', 'b.md', 'c.khabar', 'd.news', 'e.markdown', 'sub/deeper/f.txt', 'sub/g.md']);
    const whole = runCli(['check', '.', '--lang', 'en'], { cwd: dir });
    assert.equal(whole.code, 2, 'bad/ holds unreadable drafts');
    assert.deepEqual(files(whole.stdout), ['a.txt', 'b.md', 'c.khabar', 'd.news', 'e.markdown', 'sub/deeper/f.txt', 'sub/g.md']);
    assert.match(whole.stdout, /in 7 files checked/);
  });

  it('with no input the current folder is checked; a named file is checked whatever its extension', () => {
    const r = runCli(['check'], { cwd: join(dir, 'sub') });
    assert.deepEqual(files(r.stdout), ['deeper/f.txt', 'g.md']);
    assert.deepEqual(files(runCli(['notes.rtf'], { cwd: dir }).stdout), ['notes.rtf']);
  });

  it('globs are expanded by the checker (quoted from the shell)', () => {
    assert.deepEqual(files(runCli(['check', '**/*.md'], { cwd: dir }).stdout), ['b.md', 'sub/g.md']);
    assert.deepEqual(files(runCli(['check', 'sub/**/*.txt'], { cwd: dir }).stdout), ['sub/deeper/f.txt']);
    assert.deepEqual(files(runCli(['check', '*.{khabar,news}', 'a.txt', './a.txt'], { cwd: dir }).stdout), ['a.txt', 'c.khabar', 'd.news']);
  });

  it('the document type follows the extension (Markdown code is not prose)', () => {
    writeFiles(dir, { 'code/x.md': 'نص `أكـــد` هنا.\n', 'code/x.txt': 'نص `أكـــد` هنا.\n' });
    const r = runCli(['check', '--format', 'json', 'code/x.md', 'code/x.txt'], { cwd: dir });
    const out = JSON.parse(r.stdout) as Array<{ file: string; language: string; findings: Array<{ ruleId: string }> }>;
    assert.deepEqual(
      out.map((f) => [f.file, f.language, f.findings.filter((x) => x.ruleId === 'tatweel').length]),
      [
        ['code/x.md', 'markdown', 0],
        ['code/x.txt', 'plaintext', 1],
      ],
    );
  });

  it('missing file, binary file, non-UTF-8 file, empty folder and an unmatched glob: one stderr line each, exit 2, the rest still reported', () => {
    const r = runCli(['check', '--lang', 'en', 'missing.txt', 'bad/binary.txt', 'bad/cp1256.txt', 'empty', 'nothing/*.md', 'a.txt', '--rule', 'tatweel=error'], { cwd: dir });
    assert.equal(r.code, 2, 'exit 2 takes precedence over the error finding in a.txt');
    const err = r.stderr.trim().split('\n');
    assert.equal(err.length, 5, r.stderr);
    assert.match(err[0], /^mudaqqiq: missing\.txt: no such file/);
    assert.match(err[1], /^mudaqqiq: empty: no drafts in this folder/);
    assert.match(err[2], /^mudaqqiq: nothing\/\*\.md: no draft matches this glob/);
    assert.match(err[3], /^mudaqqiq: bad\/binary\.txt: binary file/);
    assert.match(err[4], /^mudaqqiq: bad\/cp1256\.txt: not valid UTF-8/);
    // the readable file is reported as usual, exactly as the engine finds it
    const oracle = engineFindings(DRAFT, join(dir, 'a.txt'), dir).map((f) => ({ ...lineCol(DRAFT, f.start), ruleId: f.ruleId }));
    assert.deepEqual(
      parseText(r.stdout).map((l) => ({ line: l.line, column: l.column, ruleId: l.ruleId })),
      oracle,
    );
    assert.match(r.stdout, /1 error.* in 1 file checked/);

    // Arabic messages by default
    const ar = runCli(['check', 'missing.txt', 'bad/cp1256.txt'], { cwd: dir });
    assert.match(ar.stderr, /missing\.txt: لا ملف ولا مجلد بهذا الاسم/);
    assert.match(ar.stderr, /cp1256\.txt: الملف ليس بترميز UTF-8/);
  });

  it('machine formats stay parseable when some inputs cannot be read', () => {
    const j = runCli(['check', '--format', 'json', 'missing.txt', 'bad/binary.txt', 'a.txt'], { cwd: dir });
    assert.equal(j.code, 2);
    assert.deepEqual(
      (JSON.parse(j.stdout) as Array<{ file: string }>).map((f) => f.file),
      ['a.txt'],
    );
    assert.equal(j.stderr.trim().split('\n').length, 2);
    const s = runCli(['check', '--format', 'sarif', '--lang', 'en', 'missing.txt', 'bad/binary.txt', 'a.txt'], { cwd: dir });
    const run = JSON.parse(s.stdout).runs[0];
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.deepEqual(
      run.invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text.split(':')[0]),
      ['missing.txt', 'bad/binary.txt'],
    );
    assert.ok(run.results.length > 0);
  });

  it('a file given twice is checked once; an empty file is fine', () => {
    writeFiles(dir, { 'blank.txt': '' });
    const r = runCli(['check', 'a.txt', './a.txt', join(dir, 'a.txt'), 'blank.txt', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      (JSON.parse(r.stdout) as Array<{ file: string; findings: unknown[] }>).map((f) => [f.file, f.findings.length > 0]),
      [
        ['a.txt', true],
        ['blank.txt', false],
      ],
    );
  });

  it('an English Markdown or text file (no Arabic letter) is no draft: skipped in a folder, one line when named, exit 0', () => {
    const english = 'Release notes  for version 2.0 , see below.\n';
    const sub = join(dir, 'english');
    writeFiles(sub, { 'README.md': english, 'CHANGES.txt': english, 'draft.md': DRAFT, 'story.khabar': 'Title only , in Latin.\n' });
    const folder = runCli(['check', '--format', 'json', sub], { cwd: dir });
    assert.equal(folder.code, 0, folder.stderr);
    assert.equal(folder.stderr, '');
    // (an arabic-news file is a draft whatever it holds)
    assert.deepEqual((JSON.parse(folder.stdout) as Array<{ file: string }>).map((f) => f.file.replace(/\\/g, '/')).sort(), ['english/draft.md', 'english/story.khabar']);
    const named = runCli(['check', '--lang', 'en', join(sub, 'README.md')], { cwd: sub });
    assert.equal(named.code, 0, named.stderr);
    assert.match(named.stderr, /README\.md: no Arabic letter in it: not an Arabic draft, not checked/);
    // (the code reviewer) --fix on standard input is a filter: the text goes out as it came in
    const piped = runCli(['check', '--fix', '-'], { cwd: sub, input: english });
    assert.equal(piped.code, 0, piped.stderr);
    assert.equal(piped.stdout, english);
  });

  it('a draft over a small --max-file-size is told in the unit that fits it, and one just over the limit in bytes', () => {
    const five = DRAFT.repeat(80); // about 5 KB
    writeFiles(dir, { 'five.txt': five });
    const bytes = Buffer.byteLength(five);
    const small = runCli(['check', '--lang', 'en', '--max-file-size', '900', 'five.txt'], { cwd: dir });
    assert.equal(small.code, 2);
    assert.equal(small.stderr.trim(), `mudaqqiq: five.txt: too large (${(bytes / 1024).toFixed(1)} KB; the limit is 900 bytes): not checked; raise the limit with --max-file-size if it really is a draft`);
    const ar = runCli(['check', '--max-file-size', '900', 'five.txt'], { cwd: dir });
    assert.match(ar.stderr, new RegExp(`الملف كبير جدا \\(${(bytes / 1024).toFixed(1).replace('.', '\\.')} ك\\.ب\\)، والحد 900 بايت: لم يُراجع`));
    const justOver = runCli(['check', '--lang', 'en', '--max-file-size', String(bytes - 1), 'five.txt'], { cwd: dir });
    assert.match(justOver.stderr, new RegExp(`too large \\(${bytes} bytes; the limit is ${bytes - 1} bytes\\)`));
    const stdin = runCli(['check', '--lang', 'en', '--max-file-size', '2KB', '-'], { cwd: dir, input: five });
    assert.match(stdin.stderr, /too large \(more than 2\.0 KB; the limit is 2\.0 KB\)/);
  });

  it('--fix on standard input that cannot be checked passes its bytes through unchanged: not UTF-8, binary, over the limit (the rest unread till then)', () => {
    const cp1256 = Buffer.concat([Buffer.from('قال الوزير '), Buffer.from([0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3]), Buffer.from(' ،  اليوم.\n')]);
    const binary = Buffer.concat([Buffer.from('قال الوزير ،  اليوم.\n'), Buffer.from([0, 1, 2, 0xff])]);
    const big = Buffer.from(DRAFT.repeat(400)); // about 25 KB, read 4 KB at most
    for (const [what, input, args, said] of [
      ['Windows-1256', cp1256, [], /not valid UTF-8/],
      ['binary', binary, [], /binary file/],
      ['over the limit', big, ['--max-file-size', '4KB'], /too large \(more than 4\.0 KB/],
    ] as const) {
      const r = spawnSync(process.execPath, [CLI, 'check', '--lang', 'en', '--fix', ...args, '-'], { cwd: dir, input, env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(r.status, 2, what);
      assert.ok(Buffer.compare(r.stdout, input) === 0, `${what}: stdout is the input, byte for byte (${r.stdout.length} of ${input.length} bytes)`);
      assert.match(r.stderr.toString(), said, what);
      assert.match(r.stderr.toString(), /in 0 files checked/, `${what}: not counted as checked`);
    }
    // not under --dry-run (stdout carries the diff, and there is none)
    const dry = spawnSync(process.execPath, [CLI, 'check', '--fix', '--dry-run', '-'], { cwd: dir, input: cp1256 });
    assert.equal(dry.stdout.length, 0);
  });
});
