// Huge and binary input, through the built CLI (dist/cli.js) and the built server: a 50 MB
// draft, a single 5 MB line, a 50 MB names file, binary files. Each is handled in bounded
// time and memory with a clear message: the CLI refuses drafts over --max-file-size (2 MB by
// default, as the editor's mudaqqiq.maxFileSize) without reading them, reads standard input
// and devices only up to the limit, and checks a 5 MB line when the limit is raised; the
// house-style loader refuses names files over 20 MB at their place in the file; the server
// answers a huge or binary buffer with one notice. Sizes, times and peak memory are printed.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureBuilt, CLI } from '../cli/helpers';
import { sampleArticle } from '../lib/corpus';
import { LspClient, TextDocumentUri } from '../protocol/lsp-client';
import { rssKb } from './protocol-helpers';

const MB = 1048576;
let dir: string;
const made: string[] = [];

before(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-huge-'));
  made.push(dir);
  // Reports the CLI process's peak memory when it exits (node's own resource usage, in kB).
  writeFileSync(join(dir, 'rss-hook.cjs'), "process.on('exit', () => require('fs').writeSync(2, `\\nMAXRSS ${process.resourceUsage().maxRSS}\\n`));\n");
});
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** Text of about `bytes` UTF-8 bytes: the sample article repeated, as lines or as one line. */
function bigText(bytes: number, oneLine = false): string {
  const art = oneLine ? sampleArticle().replace(/\s+/g, ' ') + ' ' : sampleArticle() + '\n';
  const unit = Buffer.byteLength(art);
  return art.repeat(Math.ceil(bytes / unit));
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  maxRssMB: number;
}

function cli(args: string[], input?: string | Buffer): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(dir, 'rss-hook.cjs'), CLI, ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 180_000,
    maxBuffer: 256 * MB,
  });
  const ms = performance.now() - t;
  const m = /\nMAXRSS (\d+)\n/.exec(r.stderr);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/\nMAXRSS \d+\n/, ''), ms, maxRssMB: m ? Number(m[1]) / 1024 : NaN };
}

/** `mudaqqiq check --lang en a.txt` in workspace `ws` (its house style applies). */
function checkIn(ws: string, timeout: number): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(dir, 'rss-hook.cjs'), CLI, 'check', '--lang', 'en', 'a.txt'], { cwd: ws, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/\nMAXRSS \d+\n/, ''), ms: performance.now() - t, maxRssMB: Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1]) / 1024 };
}

/** A workspace whose house style names /dev/zero as its base and as its names file. */
function devZeroWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mudaqqiq-devzero-'));
  made.push(ws);
  writeFileSync(join(ws, '.mudaqqiq.json'), '{\n  "extends": "/dev/zero",\n  "namesFiles": ["/dev/zero"]\n}\n');
  writeFileSync(join(ws, 'a.txt'), 'قالـت الوزارة\n');
  return ws;
}

/** The latest non-empty diagnostics the server published for the house-style file of `ws`. */
async function houseStyleProblems(client: LspClient, ws: string) {
  const hsUri = TextDocumentUri(join(ws, '.mudaqqiq.json'));
  await client.waitFor('the house-style problem', () => client.published(hsUri).some((p) => p.diagnostics.length > 0));
  return client.published(hsUri).filter((p) => p.diagnostics.length > 0).pop()!.diagnostics;
}

/** A workspace whose house style names a 50 MB names file (about 700,000 distinct names), with one draft. */
function namesWorkspace(): { ws: string; size: number; count: number } {
  const ws = mkdtempSync(join(tmpdir(), 'mudaqqiq-huge-names-'));
  made.push(ws);
  const L = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const rows: string[] = [];
  let size = 0;
  for (let k = 0; size < 50 * MB; k++) {
    let n = k;
    let w = '';
    do {
      w += L[n % L.length];
      n = Math.floor(n / L.length);
    } while (n > 0);
    const row = `${w}ان ${w}ي\t${w}ان ${w}ى\tالدكتور\tوزير`;
    rows.push(row);
    size += Buffer.byteLength(row) + 1;
  }
  writeFileSync(join(ws, 'names.tsv'), rows.join('\n'));
  writeFileSync(join(ws, '.mudaqqiq.json'), '{\n  "namesFiles": ["names.tsv"]\n}\n');
  writeFileSync(join(ws, 'a.txt'), 'وأشـــاد الوزير بالتعاون.\n');
  return { ws, size, count: rows.length };
}

function report(what: string, bytes: number, r: Run): void {
  console.log(`  ${what}: ${Number.isFinite(bytes) ? `${(bytes / MB).toFixed(1)} MB` : 'endless'} → exit ${r.code} in ${(r.ms / 1000).toFixed(2)} s, peak RSS ${r.maxRssMB.toFixed(0)} MB`);
}

describe('the CLI and huge input', () => {
  it('a 50 MB draft is refused at once, unread, with one clear line (exit 2); the small draft beside it is still checked', () => {
    const big = bigText(50 * MB);
    writeFileSync(join(dir, 'big.txt'), big);
    writeFileSync(join(dir, 'small.txt'), 'وأشـــاد الوزير بالتعاون.\n');
    const r = cli(['check', '--lang', 'en', 'big.txt', 'small.txt']);
    report('50 MB draft (check)', Buffer.byteLength(big), r);
    assert.equal(r.code, 2, r.stderr);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      'mudaqqiq: big.txt: too large (50 MB; the limit is 2.0 MB): not checked; raise the limit with --max-file-size if it really is a draft',
    ]);
    assert.match(r.stdout, /small\.txt:1:4 {2}warning .* {2}tatweel/);
    assert.ok(r.ms < 15_000 && r.maxRssMB < 200, `${r.ms} ms, ${r.maxRssMB} MB`);
    const ar = cli(['check', 'big.txt']);
    assert.match(ar.stderr, /^mudaqqiq: big\.txt: الملف كبير جدا \(50 م\.ب\)، والحد 2\.0 م\.ب: لم يُراجع/);
    // --fix refuses it the same way and leaves it untouched
    const f = cli(['check', '--fix', 'big.txt']);
    assert.equal(f.code, 2);
    assert.equal(readFileSync(join(dir, 'big.txt'), 'utf8'), big);
  });

  it('50 MB on standard input and an endless device are read only up to the limit', () => {
    const big = bigText(50 * MB);
    const r = cli(['check', '--lang', 'en', '-'], big);
    report('50 MB on standard input', Buffer.byteLength(big), r);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^mudaqqiq: <stdin>: too large \(more than 2\.0 MB; the limit is 2\.0 MB\)/);
    assert.ok(r.maxRssMB < 200, `${r.maxRssMB} MB`);
    const z = cli(['check', '--lang', 'en', '/dev/zero']);
    report('/dev/zero', Infinity, z);
    assert.equal(z.code, 2);
    assert.match(z.stderr, /^mudaqqiq: \/dev\/zero: too large \(more than 2\.0 MB/);
  });

  it('a single 5 MB line: refused by default; with --max-file-size 6MB it is checked in bounded time and memory', () => {
    const line = bigText(5 * MB, true);
    assert.equal(line.includes('\n'), false);
    writeFileSync(join(dir, 'line.txt'), line);
    const refused = cli(['check', '--lang', 'en', 'line.txt']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /too large \(5\.0 MB; the limit is 2\.0 MB\)/);
    const r = cli(['check', '--max-file-size', '6MB', '--format', 'json', 'line.txt']);
    report('5 MB single line (check --max-file-size 6MB)', Buffer.byteLength(line), r);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const out = JSON.parse(r.stdout) as Array<{ findings: Array<{ line: number }> }>;
    assert.ok(out[0].findings.length > 1000, `${out[0].findings.length} findings`);
    assert.ok(out[0].findings.every((f) => f.line === 1));
    assert.ok(r.ms < 150_000, `${r.ms} ms`);
    assert.ok(r.maxRssMB < 2048, `${r.maxRssMB} MB`);
  });

  it('binary files: NUL bytes, invalid UTF-8, a lone-surrogate encoding — one clear line each, nothing crashes', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(100_000, 0xab)]);
    writeFileSync(join(dir, 'image.txt'), png);
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0xc7, 0xe1, 0xe6, 0xd2, 0xed, 0xd1, 0x20, 0xab, 0xbb])); // Windows-1256 text
    writeFileSync(join(dir, 'cesu.txt'), Buffer.from([0xed, 0xa0, 0x80, 0x61])); // an encoded lone surrogate: not UTF-8
    const r = cli(['check', '--lang', 'en', 'image.txt', 'latin1.txt', 'cesu.txt']);
    assert.equal(r.code, 2);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      'mudaqqiq: image.txt: binary file (contains NUL bytes), not text: skipped',
      'mudaqqiq: latin1.txt: not valid UTF-8 (Windows-1256, perhaps?): save it as UTF-8 and try again',
      'mudaqqiq: cesu.txt: not valid UTF-8 (Windows-1256, perhaps?): save it as UTF-8 and try again',
    ]);
  });

  it('a 50 MB names file is refused at its place in the house style (exit 2), and the drafts are still checked', () => {
    const { ws, size, count } = namesWorkspace();
    const run = checkIn(ws, 120_000);
    report(`50 MB names file (${count} names)`, size, run);
    assert.equal(run.code, 2, run.stderr);
    assert.deepEqual(run.stderr.trim().split('\n'), [
      '.mudaqqiq.json:2:18  error  Names file "names.tsv" is 50.0 MB, over the 20 MB a names file may have (is it the right file?): not read',
    ]);
    assert.match(run.stdout, /a\.txt:1:4 {2}warning .* {2}tatweel/);
    assert.ok(run.ms < 30_000 && run.maxRssMB < 600, `${run.ms} ms, ${run.maxRssMB} MB`);
  });
  it('a house style that names a device (/dev/zero) as its names file or its base: one clear line each, nothing read past the limit', () => {
    const run = checkIn(devZeroWorkspace(), 60_000);
    report('house style naming /dev/zero', Infinity, run);
    assert.equal(run.code, 2, `${run.code} ${run.stderr.slice(0, 500)}`);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 2, run.stderr);
    // (said as what it is, a device, not a size of «∞ MB»: the health desk's and chief-editor readers)
    assert.match(lines.find((l) => l.includes('Names file')) ?? '', /^\.mudaqqiq\.json:3:18 {2}error {2}Names file "\/dev\/zero" is not a regular file \(a device or a pipe\): not read/);
    assert.match(lines.find((l) => !l.includes('Names file')) ?? '', /^\/dev\/zero:1:1 {2}error {2}The house-style file is not a regular file \(a device or a pipe/);
    assert.match(run.stdout, /a\.txt:1:4 {2}warning .* {2}tatweel/);
    assert.ok(run.ms < 30_000 && run.maxRssMB < 300, `${run.ms} ms, ${run.maxRssMB} MB`);
  });
});

describe('the server and a 50 MB names file', () => {
  let client: LspClient | undefined;
  after(async () => {
    await client?.dispose();
  });

  it('the names file is reported on the house-style file at its place, and the draft is checked without it', async () => {
    const { ws } = namesWorkspace();
    ({ client } = await LspClient.start({ root: ws }));
    const uri = TextDocumentUri(join(ws, 'a.txt'));
    const t = performance.now();
    client.open(uri, 'plaintext', readFileSync(join(ws, 'a.txt'), 'utf8'), 1);
    const d = await client.diagnosticsFor(uri, 1);
    const ms = performance.now() - t;
    assert.deepEqual(d.map((x) => x.code), ['tatweel']);
    const problems = await houseStyleProblems(client, ws);
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0].range, { start: { line: 1, character: 17 }, end: { line: 1, character: 28 } });
    assert.match(typeof problems[0].message === 'string' ? problems[0].message : '', /names\.tsv/);
    console.log(`  server: a draft under a house style naming a 50 MB names file checked in ${(ms / 1000).toFixed(2)} s; server RSS ${(rssKb(client.proc.pid!) / 1024).toFixed(0)} MB`);
  });
});

describe('the server and a house style naming /dev/zero', () => {
  let client: LspClient | undefined;
  after(async () => {
    await client?.dispose();
  });

  it('its names file and its base are reported, never read; the draft is checked with the rest', async () => {
    const ws = devZeroWorkspace();
    ({ client } = await LspClient.start({ root: ws }));
    const uri = TextDocumentUri(join(ws, 'a.txt'));
    client.open(uri, 'plaintext', 'قالـت الوزارة\n', 1);
    const d = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(d.map((x) => x.code), ['tatweel']);
    const problems = await houseStyleProblems(client, ws);
    assert.deepEqual(problems.map((p) => p.range.start), [{ line: 2, character: 17 }]);
    assert.match(String(problems[0].message), /\/dev\/zero/);
    await client.waitFor('the base-file problem', () => client!.published(TextDocumentUri('/dev/zero')).some((p) => p.diagnostics.length > 0));
    const rss = rssKb(client.proc.pid!) / 1024;
    console.log(`  server: a house style naming /dev/zero twice: draft checked, server RSS ${rss.toFixed(0)} MB`);
    assert.ok(rss < 400, `${rss} MB`);
  });
});

describe('the server’s workspace check and a 100 MB file among the drafts', () => {
  let client: LspClient | undefined;
  after(async () => {
    await client?.dispose();
  });

  it('the dump gets the too-large notice without being read; memory stays bounded', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mudaqqiq-huge-wsc-'));
    made.push(ws);
    writeFileSync(join(ws, 'small.txt'), 'وأشـــاد الوزير بالتعاون.\n');
    const fd = openSync(join(ws, 'dump.txt'), 'w');
    const chunk = Buffer.from(bigText(MB));
    for (let w = 0; w < 100 * MB; ) w += writeSync(fd, chunk);
    closeSync(fd);
    ({ client } = await LspClient.start({ root: ws }));
    const pid = client.proc.pid!;
    const rss0 = rssKb(pid);
    let peak = rss0;
    const timer = setInterval(() => {
      try {
        peak = Math.max(peak, rssKb(pid));
      } catch {
        /* gone */
      }
    }, 10);
    const t = performance.now();
    const r = await client.request<{ checked: number }>('workspace/executeCommand', { command: 'mudaqqiq.checkWorkspace' });
    clearInterval(timer);
    const ms = performance.now() - t;
    assert.equal(r.checked, 2);
    const dump = client.published(TextDocumentUri(join(ws, 'dump.txt'))).pop()!.diagnostics;
    assert.deepEqual(dump.map((d) => d.data), [{ kind: 'notice', reason: 'too-large' }]);
    assert.match(String(dump[0].message), /10[0-9]\.\d MB/);
    assert.deepEqual(client.published(TextDocumentUri(join(ws, 'small.txt'))).pop()!.diagnostics.map((d) => d.code), ['tatweel']);
    console.log(`  server workspace check with a 100 MB file among the drafts: ${(ms / 1000).toFixed(2)} s, RSS ${(rss0 / 1024).toFixed(0)} → peak ${(peak / 1024).toFixed(0)} MB`);
    assert.ok(peak - rss0 < 64 * 1024, `the dump was read: +${((peak - rss0) / 1024).toFixed(0)} MB`);
  });
});

describe('the server and huge input', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-huge-ws-'));
    made.push(root);
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
  });

  it('a 50 MB buffer, a 5 MB line and a binary buffer each get one notice, twice over, in bounded memory; the server keeps checking', async () => {
    const rss0 = rssKb(client.proc.pid!);
    const cases: Array<[string, string, string]> = [
      ['huge.txt', bigText(50 * MB), 'too-large'],
      ['line.txt', bigText(5 * MB, true), 'too-large'],
      ['blob.txt', 'PNG\u0000\u0000' + '\u00ab'.repeat(1_000_000), 'binary'],
    ];
    let peak = rss0;
    const peaks: number[] = [];
    for (const [name, text, reason] of [...cases, ...cases]) {
      const uri = TextDocumentUri(join(root, name));
      const t = performance.now();
      client.open(uri, 'plaintext', text, 1);
      const d = await client.diagnosticsFor(uri, 1);
      const ms = performance.now() - t;
      peak = Math.max(peak, rssKb(client.proc.pid!));
      assert.equal(d.length, 1, `${name}: ${JSON.stringify(d).slice(0, 300)}`);
      assert.deepEqual(d[0].data, { kind: 'notice', reason });
      // hover, completion and code actions on it stay quiet and quick
      const pos = { line: 0, character: 5 };
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: pos }), null);
      assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: d } }), []);
      console.log(`  server: ${name} ${(Buffer.byteLength(text) / MB).toFixed(1)} MB → ${reason} notice in ${(ms / 1000).toFixed(2)} s`);
      client.close(uri);
      if (name === 'blob.txt') peaks.push(peak);
    }
    // the server still checks an ordinary draft
    const uri = TextDocumentUri(join(root, 'a.txt'));
    client.open(uri, 'plaintext', 'وأشـــاد الوزير', 1);
    assert.ok((await client.diagnosticsFor(uri, 1)).some((x) => x.code === 'tatweel'));
    await new Promise((r) => setTimeout(r, 300));
    const rss1 = rssKb(client.proc.pid!);
    console.log(`  server RSS: ${(rss0 / 1024).toFixed(0)} MB at start, ${(peaks[0] / 1024).toFixed(0)} MB at the peak of the first round, ${(peaks[1] / 1024).toFixed(0)} MB of the second, ${(rss1 / 1024).toFixed(0)} MB after closing`);
    // bounded: the 50 MB text is held once by the buffer, never analysed (RSS falls as the collector runs)
    assert.ok(peak < 1024 * 1024, `peak ${peak} kB`);
  });
});
