// The one test command (`npm test`): builds and type-checks, then runs every suite and prints
// `N passed, N failed` as the last line.
//
//   node test/run.mjs            unit, rule, CLI, protocol, extension (code-server) and UI tests
//   node test/run.mjs --fast     unit, rule, CLI and protocol tests only
//   MUDAQQIQ_SKIP_EDITOR=1       same as --fast
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fast = process.argv.includes('--fast') || process.env.MUDAQQIQ_SKIP_EDITOR === '1';
const filter = process.argv.slice(2).filter((a) => !a.startsWith('--'));

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
function add(name, r) {
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped ?? 0;
  console.log(`[${name}] ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
  for (const f of r.failures ?? []) console.log(`  ✗ ${f}`);
}

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
}

// 1. build
const b = run(process.execPath, ['esbuild.mjs']);
if (b.status !== 0) {
  add('build', { passed: 0, failed: 1, failures: ['esbuild'] });
} else {
  add('build', { passed: 1, failed: 0 });
}

// 2. types: strict TypeScript (unused locals and parameters too) over the client, the server,
// the tests, the bench and the scripts; esbuild above strips types without checking them
if (!filter.length) {
  const t = run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.', '--noEmit']);
  add('typecheck', t.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, failures: ['tsc -p . --noEmit (npm run typecheck)'] });
}

// 3. node:test suites (unit, rules, cli, protocol)
let files = walk(join(root, 'test')).filter((f) => !f.includes(`${join('test', 'editor')}`) && !f.includes(`${join('test', 'ui')}`));
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
files.sort();
if (files.length) {
  const tmp = mkdtempSync(join(tmpdir(), 'mudaqqiq-test-'));
  const countFile = join(tmp, 'counts.json');
  const r = run(process.execPath, [
    '--import', 'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./test/lib/count-reporter.mjs', `--test-reporter-destination=${countFile}`,
    ...files.map((f) => relative(root, f)),
  ]);
  let counts = { passed: 0, failed: 1, failures: ['node:test produced no counts'] };
  if (existsSync(countFile)) {
    const lines = readFileSync(countFile, 'utf8').trim().split('\n').filter(Boolean);
    if (lines.length) counts = JSON.parse(lines[lines.length - 1]);
  }
  if (r.status !== 0 && counts.failed === 0) counts = { ...counts, failed: 1, failures: [...(counts.failures ?? []), `node --test exited ${r.status}`] };
  add('node:test', counts);
}

// 4. real-editor suites (code-server + Chromium)
if (!fast && !filter.length) {
  for (const suite of ['test/editor/run.mjs', 'test/ui/run.mjs']) {
    if (!existsSync(join(root, suite))) continue;
    const tmp = mkdtempSync(join(tmpdir(), 'mudaqqiq-editor-'));
    const countFile = join(tmp, 'counts.json');
    const r = run(process.execPath, [suite], { env: { ...process.env, MUDAQQIQ_COUNT_FILE: countFile } });
    let counts = { passed: 0, failed: 1, failures: [`${suite} wrote no counts (exit ${r.status})`] };
    if (existsSync(countFile)) counts = JSON.parse(readFileSync(countFile, 'utf8'));
    if (r.status !== 0 && counts.failed === 0) counts = { ...counts, failed: 1, failures: [`${suite} exited ${r.status}`] };
    add(suite, counts);
  }
}

console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
