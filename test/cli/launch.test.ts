// The launcher (dist/cli.js → dist/cli-main.js from V8's code cache, server/src/cli/launch.ts):
// a run with the cache says exactly what a run without it says — first run (cache written),
// next runs (cache read), a corrupt cache, a cache folder that cannot be made, one that others
// may write in (not used), the cache turned off, the bundle run directly, worker threads.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { sampleArticle, saudiArticles } from '../lib/corpus';
import { CLI_MAIN, ensureBuilt, runCli, tempDir, writeFiles } from './helpers';

function caches(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.v8cache'));
}

describe('the CLI launcher and its code cache', () => {
  let work: string;
  before(() => {
    ensureBuilt();
    work = tempDir('mudaqqiq-launch-');
    const files: Record<string, string> = { 'sample.txt': sampleArticle() };
    saudiArticles()
      .slice(0, 6)
      .forEach(([name, text]) => (files[`desk/${name}`] = text));
    writeFiles(work, files);
  });

  const args = (format: string) => ['check', 'sample.txt', 'desk', '--format', format, '--jobs', '1'];

  it('writes the cache on the first run and reads it on the next, with the same output as without a cache', () => {
    const cache = join(tempDir('mudaqqiq-cache-'), 'cc');
    for (const format of ['text', 'json', 'sarif']) {
      const off = runCli(args(format), { cwd: work, env: { MUDAQQIQ_CACHE_DIR: 'off' } });
      assert.ok(off.code === 0 || off.code === 1, off.stderr);
      const first = runCli(args(format), { cwd: work, env: { MUDAQQIQ_CACHE_DIR: cache } });
      assert.equal(caches(cache).length, 1, 'one cache file after the first run');
      const second = runCli(args(format), { cwd: work, env: { MUDAQQIQ_CACHE_DIR: cache } });
      for (const r of [first, second]) {
        assert.equal(r.stdout, off.stdout, format);
        assert.equal(r.stderr, off.stderr, format);
        assert.equal(r.code, off.code, format);
      }
    }
    assert.equal(caches(cache).length, 1, 'still one cache file');
  });

  it('a corrupt cache is refused and replaced; the output stays the same', () => {
    const cache = join(tempDir('mudaqqiq-cache-'), 'cc');
    const off = runCli(args('json'), { cwd: work, env: { MUDAQQIQ_CACHE_DIR: 'off' } });
    runCli(args('json'), { cwd: work, env: { MUDAQQIQ_CACHE_DIR: cache } });
    const [name] = caches(cache);
    const good = readFileSync(join(cache, name));
    const bad = Buffer.from(good);
    for (let i = 0; i < bad.length; i += 7) bad[i] ^= 0x5a;
    writeFileSync(join(cache, name), bad);
    const r = runCli(args('json'), { cwd: work, env: { MUDAQQIQ_CACHE_DIR: cache } });
    assert.equal(r.stdout, off.stdout);
    assert.equal(r.stderr, off.stderr);
    assert.equal(r.code, off.code);
    assert.notDeepEqual(readFileSync(join(cache, name)), bad, 'the refused cache was written anew');
    // half a cache (a truncated file) too
    writeFileSync(join(cache, name), good.subarray(0, 100));
    const t = runCli(args('json'), { cwd: work, env: { MUDAQQIQ_CACHE_DIR: cache } });
    assert.equal(t.stdout, off.stdout);
    assert.equal(t.code, off.code);
  });

  it('a cache folder that cannot be made, or that others may write in, is not used: same output, nothing said', () => {
    const off = runCli(args('text'), { cwd: work, env: { MUDAQQIQ_CACHE_DIR: 'off' } });
    const base = tempDir('mudaqqiq-cache-');
    writeFileSync(join(base, 'a-file'), 'not a folder');
    const underFile = runCli(args('text'), { cwd: work, env: { MUDAQQIQ_CACHE_DIR: join(base, 'a-file', 'cache') } });
    assert.equal(underFile.stdout, off.stdout);
    assert.equal(underFile.stderr, off.stderr);
    assert.equal(underFile.code, off.code);
    if (typeof process.getuid === 'function') {
      const open = join(base, 'open');
      mkdirSync(open);
      chmodSync(open, 0o777);
      const r = runCli(args('text'), { cwd: work, env: { MUDAQQIQ_CACHE_DIR: open } });
      assert.equal(r.stdout, off.stdout);
      assert.equal(r.stderr, off.stderr);
      assert.equal(r.code, off.code);
      assert.deepEqual(caches(open), [], 'no cache in a folder others may write in');
    }
  });

  it('worker threads start through the launcher and say what one thread says; the bundle alone says it too', () => {
    const cache = join(tempDir('mudaqqiq-cache-'), 'cc');
    const one = runCli(['check', '.', '--format', 'json', '--jobs', '1'], { cwd: work, env: { MUDAQQIQ_CACHE_DIR: 'off' } });
    for (let i = 0; i < 2; i++) {
      const two = runCli(['check', '.', '--format', 'json', '--jobs', '2'], { cwd: work, env: { MUDAQQIQ_CACHE_DIR: cache } });
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.stderr, one.stderr);
      assert.equal(two.code, one.code);
    }
    const direct = spawnSync(process.execPath, [CLI_MAIN, 'check', '.', '--format', 'json', '--jobs', '2'], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(direct.stdout, one.stdout);
    assert.equal(direct.status, one.code);
  });
});
