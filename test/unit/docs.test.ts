// The rule docs are generated from each rule's meta (scripts/gen-docs.ts). CI fails when a
// registered rule has no page, a page is stale, or a rule has no test file.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../server/src/engine';
import { repoRoot } from '../lib/corpus';

const script = join(repoRoot, 'scripts', 'gen-docs.ts');

function genDocs(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

describe('rule docs', () => {
  it('are up to date: `npm run docs` would change nothing (gen-docs --check)', () => {
    const r = genDocs(['--check']);
    assert.equal(r.status, 0, `gen-docs --check failed:\n${r.stderr}${r.stdout}`);
    assert.match(r.stdout, new RegExp(`${allRules.length} rule pages`));
  });

  it('every registered rule has a page, listed in the index and in the README table', () => {
    const index = readFileSync(join(repoRoot, 'docs', 'rules', 'README.md'), 'utf8');
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    assert.ok(table.length > 0, 'README.md has the rule table markers');
    for (const r of allRules) {
      const id = r.meta.id;
      const page = readFileSync(join(repoRoot, 'docs', 'rules', `${id}.md`), 'utf8');
      assert.ok(page.includes(`# \`${id}\``), `${id}: title`);
      assert.ok(page.includes(r.meta.docs.description.en), `${id}: English description`);
      assert.ok(page.includes(r.meta.docs.bad) && page.includes(r.meta.docs.good), `${id}: examples`);
      assert.ok(page.includes(`\`${r.meta.category}\``), `${id}: category`);
      assert.ok(index.includes(`](${id}.md)`), `${id}: in docs/rules/README.md`);
      assert.ok(table.includes(`](docs/rules/${id}.md)`), `${id}: in the README table`);
    }
  });

  it('every registered rule has its test file test/rules/<id>.test.ts', () => {
    const missing = allRules.map((r) => r.meta.id).filter((id) => !existsSync(join(repoRoot, 'test', 'rules', `${id}.test.ts`)));
    assert.deepEqual(missing, [], `rules without test/rules/<id>.test.ts: ${missing.join(', ')}`);
  });

  it('--check fails on a stale page, a missing page, an edited table and a page of a rule that no longer exists; writing repairs them', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mudaqqiq-docs-'));
    try {
      cpSync(join(repoRoot, 'docs'), join(tmp, 'docs'), { recursive: true });
      cpSync(join(repoRoot, 'README.md'), join(tmp, 'README.md'));
      const env = { GEN_DOCS_ROOT: tmp };
      // Bring the copy up to date first, so this test checks the mechanism whatever the state of the repository's docs.
      assert.equal(genDocs([], env).status, 0);
      assert.equal(genDocs(['--check'], env).status, 0, 'up to date after writing');

      const [first, second] = allRules;
      const stalePage = join(tmp, 'docs', 'rules', `${first.meta.id}.md`);
      const fresh = readFileSync(stalePage, 'utf8');
      writeFileSync(stalePage, readFileSync(stalePage, 'utf8').replace(first.meta.docs.description.en, 'an outdated description'));
      if (second) rmSync(join(tmp, 'docs', 'rules', `${second.meta.id}.md`));
      const readme = join(tmp, 'README.md');
      writeFileSync(readme, readFileSync(readme, 'utf8').replace(/(<!-- rules:start -->\n[^\n]*\n[^\n]*\n)[^\n]*\n/, '$1'));
      const gone = join(tmp, 'docs', 'rules', 'a-rule-that-was-removed.md');
      writeFileSync(gone, readFileSync(stalePage, 'utf8'));

      const r = genDocs(['--check'], env);
      assert.equal(r.status, 1);
      assert.match(r.stderr, new RegExp(`stale: docs/rules/${first.meta.id}\\.md`));
      if (second) assert.match(r.stderr, new RegExp(`missing: docs/rules/${second.meta.id}\\.md`));
      assert.match(r.stderr, /stale: README\.md/);
      assert.match(r.stderr, /no such rule any more: docs\/rules\/a-rule-that-was-removed\.md/);

      assert.equal(genDocs([], env).status, 0);
      assert.equal(existsSync(gone), false, 'the removed rule’s page is deleted');
      assert.equal(genDocs(['--check'], env).status, 0, 'up to date after writing');
      assert.equal(readFileSync(stalePage, 'utf8'), fresh);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('refuses a README without the rule table markers', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mudaqqiq-docs-'));
    try {
      writeFileSync(join(tmp, 'README.md'), '# no table here\n');
      const r = genDocs([], { GEN_DOCS_ROOT: tmp });
      assert.equal(r.status, 1);
      assert.match(r.stderr, /rules:start/);
      assert.equal(readFileSync(join(tmp, 'README.md'), 'utf8'), '# no table here\n');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
