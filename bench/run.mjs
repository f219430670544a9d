// The benchmark (`npm run bench`; never a test). Measures the whole engine with every rule on
// over deterministic Arabic documents of 10 KB, 100 KB, 1 MB and 5 MB, built at run time by
// concatenating real paragraphs of the 130 SaudiNewsNet articles and the sample article from
// ../shared (read in a fixed order, never written into the repository), plus the CLI's cold
// start. Prints the targets beside the measurements and writes .bench/results.json and
// .bench/results.md (.bench/ is git-ignored).
//
//   node --expose-gc bench/run.mjs              everything
//   node --expose-gc bench/run.mjs --quick      fewer runs (a smoke run)
//   MUDAQQIQ_SHARED=/path/to/shared             where docs/ and corpus/ live (default ../shared)
//
// The engine is bundled from server/src/engine with esbuild (as dist/ is), into .bench/. Each
// document size is measured in a fresh child process, so its peak memory is its own: warm-up
// runs first, then the median of several timed runs (wall clock; CPU time beside it, since a
// loaded machine stretches wall time). A per-rule breakdown on the 1 MB document says which
// rule dominates.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { coldStartText } from './lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.bench');
const engineBundle = join(outDir, 'engine.cjs');
const quick = process.argv.includes('--quick');
// The orthography rules read dist/lexicon-ar.bin (built by esbuild.mjs); the bundle here lives in .bench/.
const lexicon = join(root, 'dist', 'lexicon-ar.bin');
if (!process.env.MUDAQQIQ_LEXICON && existsSync(lexicon)) process.env.MUDAQQIQ_LEXICON = lexicon;

const TARGETS = {
  mbPerSecond: 20, // whole engine, every rule on
  ratio5to1: 5.5, // time(5 MB) / time(1 MB)
  coldStartMs: 150, // `node dist/cli.js check FILE`, median of 10 spawns
};

const SIZES = [
  { name: '10 KB', bytes: 10 * 1024, warmup: quick ? 5 : 30, runs: quick ? 9 : 41 },
  { name: '100 KB', bytes: 100 * 1024, warmup: quick ? 2 : 10, runs: quick ? 5 : 21 },
  { name: '1 MB', bytes: 1024 * 1024, warmup: quick ? 1 : 4, runs: quick ? 3 : 9 },
  { name: '5 MB', bytes: 5 * 1024 * 1024, warmup: quick ? 1 : 3, runs: quick ? 3 : 5 },
];

// ---------------------------------------------------------------------------------------
// The documents.

function sharedDir() {
  const dir = process.env.MUDAQQIQ_SHARED ?? resolve(root, '..', 'shared');
  if (!existsSync(join(dir, 'docs', 'sample-article.txt'))) {
    throw new Error(`shared folder not found at ${dir}: set MUDAQQIQ_SHARED to the folder holding docs/ and corpus/`);
  }
  return dir;
}

/** Every non-blank paragraph of the corpus articles (file-name order) and the sample article, in order. */
function paragraphs() {
  const shared = sharedDir();
  const dir = join(shared, 'corpus', 'articles', 'saudinewsnet');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  texts.push(readFileSync(join(shared, 'docs', 'sample-article.txt'), 'utf8'));
  const out = [];
  for (const t of texts) for (const p of t.split(/\n\s*\n/)) if (p.trim()) out.push(p.replace(/\s+$/, ''));
  return out;
}

/** A document of about `bytes` UTF-8 bytes: paragraphs in order, cycling, separated by a blank line. */
function makeDocument(bytes, paras) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paras[i % paras.length];
    parts.push(p);
    size += Buffer.byteLength(p, 'utf8') + 2;
  }
  return parts.join('\n\n') + '\n';
}

// ---------------------------------------------------------------------------------------
// Child: measure one size.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function allOnConfig(engine) {
  const rules = {};
  for (const r of engine.allRules) rules[r.meta.id] = { severity: r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity };
  return { rules };
}

function child(sizeName) {
  const size = SIZES.find((s) => s.name === sizeName);
  const engine = createRequire(import.meta.url)(engineBundle);
  const config = allOnConfig(engine);
  const text = makeDocument(size.bytes, paragraphs());
  const bytes = Buffer.byteLength(text, 'utf8');
  const doc = engine.analyse(text);
  const words = doc.tokens.filter((t) => t.kind === 'word' || t.kind === 'latin' || t.kind === 'number').length;
  const gc = globalThis.gc ?? (() => {});

  let findings = 0;
  let faults = [];
  for (let i = 0; i < size.warmup; i++) engine.lint(text, { config });
  const wall = [];
  const cpu = [];
  let heapUsedPeak = 0;
  let heapTotalPeak = 0;
  // No collection is forced between the timed runs: a full collection with no document alive
  // lets V8 drop the shapes of the documents' objects, and with them the optimised code that
  // was specialised on them (deoptimised, "weak objects"), so the check after it runs partly
  // unoptimised and pays for compiling again: not what a CLI run (no forced collection) or the
  // server (its open drafts keep their shapes) sees. That check is timed apart below.
  for (let i = 0; i < size.runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = engine.lint(text, { config });
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    const h = v8.getHeapStatistics();
    heapUsedPeak = Math.max(heapUsedPeak, h.used_heap_size);
    heapTotalPeak = Math.max(heapTotalPeak, h.total_heap_size);
    wall.push(t1 - t0);
    cpu.push((c.user + c.system) / 1000);
    findings = r.findings.length;
    faults = r.faults;
  }
  const afterGc = [];
  for (let i = 0; i < Math.min(size.runs, 5); i++) {
    gc();
    const t0 = performance.now();
    engine.lint(text, { config });
    afterGc.push(performance.now() - t0);
  }
  const result = {
    size: size.name,
    bytes,
    chars: text.length,
    words,
    runs: size.runs,
    warmup: size.warmup,
    wallMs: median(wall),
    wallMinMs: Math.min(...wall),
    cpuMs: median(cpu),
    afterGcMs: median(afterGc),
    findings,
    faults: faults.map((f) => `${f.ruleId}: ${f.message}`),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    heapUsedPeakMB: heapUsedPeak / 1048576,
    heapTotalPeakMB: heapTotalPeak / 1048576,
  };
  result.mbPerSecond = bytes / 1048576 / (result.wallMs / 1000);
  result.cpuMbPerSecond = bytes / 1048576 / (result.cpuMs / 1000);
  result.msPer1000Words = result.wallMs / (words / 1000);

  if (process.argv.includes('--per-rule')) {
    // Analysis (with the lazily built views some rules read), then each rule alone on a fresh analysis.
    const reps = quick ? 3 : 5;
    const analyseMs = [];
    const analyseCpu = [];
    for (let i = 0; i < reps; i++) {
      gc();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const d = engine.analyse(text);
      void d.folded;
      void d.sentences;
      void d.tokenParagraphs;
      analyseMs.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      analyseCpu.push((c.user + c.system) / 1000);
    }
    // Each run on a fresh analysis (made outside the timer): what a rule reads of the document
    // and builds on first use (its lexicon answers, the draft's facts, a scan several rules
    // share) is counted in its time, as it is when it runs alone; on one analysis reused, the
    // rules timed after the first would be timed without it.
    const fresh = () => {
      const d = engine.analyse(text);
      void d.folded;
      void d.sentences;
      void d.tokenParagraphs;
      return d;
    };
    const perRule = [];
    for (const rule of engine.allRules) {
      const ts = [];
      const cs = [];
      let n = 0;
      for (let i = 0; i < 3; i++) engine.lintDocument(fresh(), { rules: [rule], config }); // warm-up (JIT)
      for (let i = 0; i < reps; i++) {
        const d = fresh();
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        n = engine.lintDocument(d, { rules: [rule], config }).findings.length;
        ts.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cs.push((c.user + c.system) / 1000);
      }
      perRule.push({ rule: rule.meta.id, ms: median(ts), cpuMs: median(cs), findings: n });
    }
    perRule.sort((a, b) => b.cpuMs - a.cpuMs);
    result.analyseMs = median(analyseMs);
    result.analyseCpuMs = median(analyseCpu);
    result.perRule = perRule;
  }
  process.stdout.write(JSON.stringify(result));
}

// ---------------------------------------------------------------------------------------
// Parent.

async function bundleEngine() {
  mkdirSync(outDir, { recursive: true });
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(root, 'server', 'src', 'engine', 'index.ts')],
    outfile: engineBundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
}

/**
 * `node dist/cli.js check` on the sample article, beside `node -e 0` (node's own start, which
 * no code of ours can shorten), spawned in turn. When the environment sets NODE_EXTRA_CA_CERTS
 * (this workplace's machines do), node 20 parses its whole root certificate store at every
 * start, before any script runs (nodejs/node#40524): about 80 ms here. The same spawns are then
 * measured again without it, so the report can tell node's start from the CLI's own time. The
 * target is judged on the environment as it is.
 */
function coldStart() {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) return { skipped: 'dist/cli.js not found (build the CLI first: node esbuild.mjs)' };
  const file = join(sharedDir(), 'docs', 'sample-article.txt');
  const withoutCa = { ...process.env };
  delete withoutCa.NODE_EXTRA_CA_CERTS;
  const envs = [{ name: 'as is', env: process.env }];
  if (process.env.NODE_EXTRA_CA_CERTS) envs.push({ name: 'without NODE_EXTRA_CA_CERTS', env: withoutCa });
  const series = envs.map(() => ({ cli: [], node: [] }));
  let status = null;
  let stderr = '';
  const spawn = (args, env) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: outDir, encoding: 'utf8', env });
    return { ms: performance.now() - t0, r };
  };
  // one round to warm the file-system cache, then ten timed, the variants taking turns
  for (let i = 0; i < 11; i++) {
    envs.forEach((v, k) => {
      const c = spawn([cli, 'check', file], v.env);
      const n = spawn(['-e', '0'], v.env);
      if (i === 0) return;
      series[k].cli.push(c.ms);
      series[k].node.push(n.ms);
      if (k === 0) {
        status = c.r.status;
        stderr = c.r.stderr;
      }
    });
  }
  const [main, other] = series;
  const result = { medianMs: median(main.cli), minMs: Math.min(...main.cli), nodeMedianMs: median(main.node), spawns: main.cli.length, exitCode: status, file: 'docs/sample-article.txt' };
  if (other) result.withoutExtraCaCerts = { medianMs: median(other.cli), minMs: Math.min(...other.cli), nodeMedianMs: median(other.node) };
  // Exit codes 0 and 1 are a normal check (1: error-severity findings); 2 is a usage or input problem.
  if (status !== 0 && status !== 1) result.problem = stderr.trim().split('\n')[0] ?? `exit ${status}`;
  return result;
}

const fmt = (x, d = 1) => (typeof x === 'number' ? x.toFixed(d) : String(x));
const mark = (ok) => (ok ? 'met' : 'MISSED');

async function parent() {
  console.log('Bundling the engine …');
  await bundleEngine();
  const engine = createRequire(import.meta.url)(engineBundle);
  const env = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    loadavg: loadavg().map((x) => Number(x.toFixed(2))),
    rules: engine.allRules.map((r) => r.meta.id),
    date: new Date().toISOString(),
    quick,
  };
  console.log(`node ${env.node}, ${env.cpus} × ${env.cpu}, load average ${env.loadavg.join(' ')}; ${env.rules.length} rules, all on\n`);
  if (!process.env.MUDAQQIQ_LEXICON) console.log('dist/lexicon-ar.bin not found: the lexicon rules will fail (build first: node esbuild.mjs)\n');

  const sizes = [];
  for (const s of SIZES) {
    const args = ['--expose-gc', fileURLToPath(import.meta.url), '--child', s.name];
    if (s.name === '1 MB') args.push('--per-rule');
    if (quick) args.push('--quick');
    const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const r = JSON.parse(out);
    sizes.push(r);
    console.log(
      `${r.size.padEnd(7)} ${fmt(r.bytes / 1024, 0).padStart(6)} KiB  ${fmt(r.wallMs, 2).padStart(9)} ms (cpu ${fmt(r.cpuMs, 2)} ms)  ${fmt(r.mbPerSecond, 2).padStart(7)} MB/s (by cpu ${fmt(r.cpuMbPerSecond, 2)})  ${fmt(r.msPer1000Words, 3)} ms/1000 words  after a forced full collection ${fmt(r.afterGcMs, 2)} ms  rss ${fmt(r.maxRssMB, 0)} MB  heap ${fmt(r.heapUsedPeakMB, 0)}/${fmt(r.heapTotalPeakMB, 0)} MB  ${r.findings} findings${r.faults.length ? `  ${r.faults.length} rule(s) FAILED: ${r.faults.map((f) => f.slice(0, 80)).join('; ')}` : ''}`,
    );
  }
  const one = sizes.find((s) => s.size === '1 MB');
  const five = sizes.find((s) => s.size === '5 MB');
  const ratio = five.wallMs / one.wallMs;
  const ratioPerByte = five.wallMs / five.bytes / (one.wallMs / one.bytes);
  const cold = coldStart();
  const minThroughput = Math.min(...sizes.filter((s) => s.bytes >= 1048576).map((s) => s.mbPerSecond));

  console.log('\nTargets:');
  console.log(`  throughput ≥ ${TARGETS.mbPerSecond} MB/s (1 MB and 5 MB): ${fmt(minThroughput, 2)} MB/s — ${mark(minThroughput >= TARGETS.mbPerSecond)}`);
  console.log(`  time(5 MB) / time(1 MB) ≤ ${TARGETS.ratio5to1}×: ${fmt(ratio, 2)}× (per byte ${fmt(ratioPerByte, 2)}×) — ${mark(ratio <= TARGETS.ratio5to1)}`);
  if (cold.skipped) console.log(`  CLI cold start ≤ ${TARGETS.coldStartMs} ms: skipped, ${cold.skipped}`);
  else console.log(`  CLI cold start ≤ ${TARGETS.coldStartMs} ms: ${coldStartText(cold)} (exit ${cold.exitCode}${cold.problem ? `: ${cold.problem}` : ''}) — ${mark(cold.medianMs <= TARGETS.coldStartMs && !cold.problem)}`);

  if (one.perRule) {
    console.log(`\nWhere the time goes on the 1 MB document (analysis ${fmt(one.analyseMs)} ms, CPU ${fmt(one.analyseCpuMs)} ms; then each rule alone on a fresh analysis, what it reads of the document built on first use included, by CPU time):`);
    for (const r of one.perRule) console.log(`  ${r.rule.padEnd(24)} ${fmt(r.ms, 2).padStart(9)} ms  cpu ${fmt(r.cpuMs, 2).padStart(9)} ms  ${String(r.findings).padStart(6)} findings`);
  }

  env.loadavgAfter = loadavg().map((x) => Number(x.toFixed(2)));
  const results = { env, targets: TARGETS, sizes, ratio5to1: ratio, ratio5to1PerByte: ratioPerByte, coldStart: cold };
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(outDir, 'results.md'), markdown(results));
  console.log(`\nWrote .bench/results.json and .bench/results.md`);
}

function markdown(r) {
  const lines = [];
  lines.push(`# Mudaqqiq benchmark`, '');
  lines.push(`${r.env.date} · node ${r.env.node} · ${r.env.cpus} × ${r.env.cpu} · load average ${r.env.loadavg.join(' ')} (after: ${r.env.loadavgAfter.join(' ')}) · ${r.env.rules.length} rules, all on${r.env.quick ? ' · quick run' : ''}`, '');
  lines.push('Median of the timed runs after warm-up, one after the other with no collection forced between them; CPU time beside wall time (a loaded machine stretches wall time). "After a forced full collection": the median of checks that each follow `gc()` with no document alive, which lets V8 drop the documents\u2019 object shapes and deoptimise the code specialised on them (a CLI run forces no collection, and the server\u2019s open drafts keep their shapes).', '');
  lines.push('| document | bytes | words | median | CPU | MB/s | MB/s by CPU | ms / 1,000 words | after a forced full collection | max RSS | heap used / total (peak) | findings |');
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const s of r.sizes) {
    lines.push(`| ${s.size} | ${s.bytes} | ${s.words} | ${fmt(s.wallMs, 2)} ms | ${fmt(s.cpuMs, 2)} ms | ${fmt(s.mbPerSecond, 2)} | ${fmt(s.cpuMbPerSecond, 2)} | ${fmt(s.msPer1000Words, 3)} | ${fmt(s.afterGcMs, 2)} ms | ${fmt(s.maxRssMB, 0)} MB | ${fmt(s.heapUsedPeakMB, 0)} / ${fmt(s.heapTotalPeakMB, 0)} MB | ${s.findings} |`);
  }
  lines.push('');
  const big = r.sizes.filter((s) => s.bytes >= 1048576);
  const minT = Math.min(...big.map((s) => s.mbPerSecond));
  lines.push('| target | measured | |');
  lines.push('|---|--:|---|');
  lines.push(`| ≥ ${r.targets.mbPerSecond} MB/s (1 MB, 5 MB) | ${fmt(minT, 2)} MB/s | ${mark(minT >= r.targets.mbPerSecond)} |`);
  lines.push(`| time(5 MB) / time(1 MB) ≤ ${r.targets.ratio5to1}× | ${fmt(r.ratio5to1, 2)}× | ${mark(r.ratio5to1 <= r.targets.ratio5to1)} |`);
  if (r.coldStart.skipped) lines.push(`| CLI cold start ≤ ${r.targets.coldStartMs} ms | skipped | ${r.coldStart.skipped} |`);
  else lines.push(`| CLI cold start ≤ ${r.targets.coldStartMs} ms | ${coldStartText(r.coldStart)} | ${mark(r.coldStart.medianMs <= r.targets.coldStartMs && !r.coldStart.problem)} |`);
  const one = r.sizes.find((s) => s.perRule);
  if (one) {
    lines.push('', `## Per rule on the ${one.size} document`, '', `Analysis (tokens, lines, paragraphs, folded text, sentences): ${fmt(one.analyseMs, 2)} ms (CPU ${fmt(one.analyseCpuMs, 2)} ms). Then each rule alone on a fresh analysis: what it reads of the document and builds on first use (lexicon answers, the draft\u2019s facts, scans) is counted in its time, and what several rules share in each of them:`, '');
    lines.push('| rule | median | CPU | findings |', '|---|--:|--:|--:|');
    for (const p of one.perRule) lines.push(`| ${p.rule} | ${fmt(p.ms, 2)} ms | ${fmt(p.cpuMs, 2)} ms | ${p.findings} |`);
  }
  lines.push('');
  return lines.join('\n');
}

const ci = process.argv.indexOf('--child');
if (ci >= 0) child(process.argv[ci + 1]);
else await parent();

// The lexicon-driven orthography rules: lexicon load and memory, recall on word_pairs.tsv, corpus findings.
if (ci < 0) await (await import('./orthography.mjs')).runOrthographyBench();

// Issue 9: the 100,000-name list, side by side with textlint + prh, the language server over stdio, a 5,000-draft workspace.
if (ci < 0) await (await import('./issue9.mjs')).runSpeedBench();
