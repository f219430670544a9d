// --jobs: the built CLI checking a folder on worker threads says exactly what it says in one
// thread (text, JSON, SARIF, --fix, --dry-run, --quiet), keeps its exit codes, draws no
// progress bar when its output is piped or under CI (in one thread, none for a few drafts),
// and rejects a bad --jobs value.
// No timing here: speed is the bench's business (npm run bench).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { sampleArticle, saudiArticles } from '../lib/corpus';
import { WORKER_MIN_DRAFTS } from '../../server/src/cli/parallel';
import { CLI, ensureBuilt, parseText, runCli, tempDir, writeFiles } from './helpers';

/** A newsroom folder: real articles in two desks, a Markdown draft, an ignored one, an unreadable one. */
function newsroom(opts: { binary?: boolean } = {}): string {
  const dir = tempDir('mudaqqiq-jobs-');
  const files: Record<string, string | Buffer> = {};
  saudiArticles()
    .slice(0, 14)
    .forEach(([name, text], i) => (files[`${i % 2 ? 'sport' : 'politics'}/${name}`] = text));
  files['politics/sample.txt'] = sampleArticle();
  files['features/interview.md'] = '# مقابلة\n\nقال الوزير ،  إن الاقتصاد ـــ ينمو 3.5 % .\n\n```\nكود ـــ لا يراجع\n```\n';
  files['archive/old.txt'] = 'نص قديم ،  لا يراجع.\n';
  files['.mudaqqiq.json'] = JSON.stringify({ ignore: { files: ['archive/**'] }, names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت'] }] });
  if (opts.binary) files['sport/broken.txt'] = Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00]);
  writeFiles(dir, files);
  return dir;
}

describe('mudaqqiq check --jobs', () => {
  before(() => ensureBuilt());

  it('reports the same findings, in the same order, with --jobs 1 and --jobs 2 (text, JSON, SARIF)', () => {
    const dir = newsroom();
    for (const format of ['text', 'json', 'sarif']) {
      const one = runCli(['check', '.', '--format', format, '--jobs', '1'], { cwd: dir });
      const two = runCli(['check', '.', '--format', format, '--jobs', '2'], { cwd: dir });
      assert.equal(two.stderr, one.stderr, format);
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.code, one.code, format);
    }
    const text = runCli(['check', '.', '--jobs', '2', '--lang', 'en'], { cwd: dir });
    const lines = parseText(text.stdout);
    const files = new Set(lines.map((l) => l.file));
    assert.ok(files.size >= 10, `findings from many drafts (${files.size})`);
    assert.ok(!files.has(join('archive', 'old.txt')), 'the house style ignores archive/');
    assert.match(text.stdout, /in 16 files checked/);
    // the streamed text report is in input order: the folders' walk order
    const order = lines.map((l) => l.file).filter((f, i, a) => a.indexOf(f) === i);
    assert.deepEqual(order, [...order].sort());
  });

  it('keeps the exit codes: 1 for errors, 2 for an unreadable draft (the rest still reported), 1 over --max-warnings', () => {
    const dir = newsroom({ binary: true });
    for (const jobs of ['1', '2', '3']) {
      const r = runCli(['check', '.', '--jobs', jobs, '--lang', 'en'], { cwd: dir });
      assert.equal(r.code, 2, `--jobs ${jobs}: ${r.stderr}`);
      assert.match(r.stderr, /broken\.txt/);
      assert.ok(parseText(r.stdout).length > 0);
    }
    const clean = tempDir('mudaqqiq-jobs-clean-');
    writeFiles(clean, { 'a.txt': 'قال الوزير إن الاقتصاد ينمو.\n', 'b.txt': 'وأضاف أن الصادرات زادت.\n', 'c.txt': 'قال الوزير ،  إن الاقتصاد ينمو.\n' });
    const one = runCli(['check', '.', '--jobs', '1', '--max-warnings', '0'], { cwd: clean });
    const two = runCli(['check', '.', '--jobs', '2', '--max-warnings', '0'], { cwd: clean });
    assert.equal(one.code, 1);
    assert.equal(two.code, one.code);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    const quiet1 = runCli(['check', 'a.txt', 'b.txt', '--jobs', '1'], { cwd: clean });
    const quiet2 = runCli(['check', 'a.txt', 'b.txt', '--jobs', '2'], { cwd: clean });
    assert.equal(quiet2.code, quiet1.code);
    assert.equal(quiet2.stdout, quiet1.stdout);
  });

  it('writes JSON and SARIF reports that are one document each, exactly as JSON.stringify(…, null, 2) prints them', () => {
    // each draft's part is rendered on its own and the parts joined: the whole must still be one
    // pretty-printed document (an empty run too)
    const dir = newsroom();
    const empty = tempDir('mudaqqiq-jobs-empty-');
    writeFiles(empty, { 'a.txt': 'قال الوزير إن الاقتصاد ينمو.\n' });
    for (const format of ['json', 'sarif']) {
      for (const jobs of ['1', '2']) {
        for (const [cwd, args] of [[dir, ['.']], [empty, ['a.txt']]] as const) {
          const r = runCli(['check', ...args, '--format', format, '--jobs', jobs], { cwd });
          assert.equal(r.stdout, JSON.stringify(JSON.parse(r.stdout), null, 2) + '\n', `${format} --jobs ${jobs} ${args.join(' ')}`);
        }
      }
    }
  });

  it('applies the same fixes with --jobs 2 as with --jobs 1 (--fix and --dry-run)', () => {
    const a = newsroom();
    const b = tempDir('mudaqqiq-jobs-fix-');
    cpSync(a, b, { recursive: true });
    const dry1 = runCli(['check', '.', '--fix', '--dry-run', '--jobs', '1'], { cwd: a });
    const dry2 = runCli(['check', '.', '--fix', '--dry-run', '--jobs', '2'], { cwd: a });
    assert.ok(dry1.stdout.includes('+++ '), 'there is something to fix');
    assert.equal(dry2.stdout, dry1.stdout);
    const fix1 = runCli(['check', '.', '--fix', '--jobs', '1'], { cwd: a });
    const fix2 = runCli(['check', '.', '--fix', '--jobs', '2'], { cwd: b });
    assert.equal(fix2.stdout, fix1.stdout);
    assert.equal(fix2.code, fix1.code);
    const walk = (d: string, rel = ''): string[] =>
      readdirSync(join(d, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(d, join(rel, e.name)) : [join(rel, e.name)]));
    const names = walk(a).sort();
    assert.deepEqual(walk(b).sort(), names);
    for (const n of names) assert.equal(readFileSync(join(b, n), 'utf8'), readFileSync(join(a, n), 'utf8'), n);
  });

  it('draws no progress bar when stderr is piped, or under CI=true', () => {
    const dir = newsroom();
    for (const env of [{}, { CI: 'true' }]) {
      const r = runCli(['check', '.', '--jobs', '2'], { cwd: dir, env });
      assert.doesNotMatch(r.stderr, /[\r█░]|\x1b\[K/);
      assert.doesNotMatch(r.stdout, /[\r█░]|\x1b\[K/);
    }
  });

  // util-linux `script` gives the CLI a real terminal (a pseudo-terminal) for its stderr.
  it('draws a progress bar on a terminal, and none there under CI=true or with --jobs 1', { skip: !existsSync('/usr/bin/script') && 'no /usr/bin/script' }, () => {
    const dir = newsroom();
    const expected = runCli(['check', '.', '--jobs', '1'], { cwd: dir }).code;
    const onTerminal = (args: string, env: NodeJS.ProcessEnv = {}) => {
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check . ${args} >/dev/null`;
      const r = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '', ...env }, timeout: 120_000 });
      assert.equal(r.status, expected, r.stderr);
      return r.stdout; // what the terminal showed: stderr only (stdout went to /dev/null)
    };
    const bar = onTerminal('--jobs 2');
    // 17 drafts found (the ignored one included), 16 of them checked
    assert.match(bar, /\[[█░]{30}\] \d+\/17/, JSON.stringify(bar.slice(0, 200)));
    assert.match(bar, /\] 17\/17/, 'the bar reaches the end');
    assert.ok(bar.endsWith('\r\x1b[K') || /\r\x1b\[K$/.test(bar.trimEnd()), 'and is cleared');
    assert.doesNotMatch(onTerminal('--jobs 2', { CI: 'true' }), /[█░]/);
    // in one thread, a bar only where the run takes a while: not for these 17 drafts …
    assert.doesNotMatch(onTerminal('--jobs 1'), /[█░]/);
    // … but for as many as would be worth workers
    const many = tempDir('mudaqqiq-jobs-many-');
    const files: Record<string, string> = {};
    saudiArticles()
      .slice(0, WORKER_MIN_DRAFTS)
      .forEach(([name, text]) => (files[`desk/${name}`] = text));
    writeFiles(many, files);
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check . --jobs 1 >/dev/null`;
    const r = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], { cwd: many, encoding: 'utf8', env: { ...process.env, CI: '' }, timeout: 120_000 });
    assert.match(r.stdout, new RegExp(`\\] ${WORKER_MIN_DRAFTS}/${WORKER_MIN_DRAFTS}`), JSON.stringify(r.stdout.slice(0, 200)));
  });

  it('checks a single draft in-process and rejects a bad --jobs value', () => {
    const dir = newsroom();
    const one = runCli(['check', 'politics/sample.txt', '--jobs', '4', '--format', 'json'], { cwd: dir });
    const plain = runCli(['check', 'politics/sample.txt', '--format', 'json'], { cwd: dir });
    assert.equal(one.stdout, plain.stdout);
    assert.equal(one.code, plain.code);
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = runCli(['check', '.', `--jobs=${bad}`, '--lang', 'en'], { cwd: dir });
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /--jobs needs a positive integer/);
    }
    const stdin = runCli(['check', '-', 'politics/sample.txt', '--jobs', '2', '--stdin-filename', 'x.txt'], { cwd: dir, input: 'قال الوزير ،  إن الاقتصاد ينمو.\n' });
    assert.match(stdin.stdout, /x\.txt:1:/);
  });
});
