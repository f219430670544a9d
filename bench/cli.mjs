// Bench part (issue 9): a newsroom's day — a workspace of 5,000 generated drafts (each a run
// of real paragraphs, 1 to 6 of them, cycling through the corpus; written under .bench/tmp)
// checked by `node dist/cli.js check FOLDER --format json`, in-process (--jobs 1) and with
// worker threads (the default: one per core). Target ≤ 10 s. The house style in the folder
// holds the bench's 200-name dictionary (the side-by-side one).
// Also the cold start of `node dist/cli.js check ARTICLE` (target ≤ 150 ms): dist/cli.js is a
// launcher that runs the bundle from V8's code cache; measured with the cache (warmed by one run
// first) and without it (MUDAQQIQ_CACHE_DIR=off), median of 11 spawns each, interleaved, CPU
// time beside wall time (the machine is shared: see the load average printed with it).
// Standalone: node bench/cli.mjs [--quick]

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCli, fmt, freshDir, mark, median, namesList, namesTsv, outDir, paragraphs, quick, sharedDir, timed } from './lib.mjs';

export const CLI_TARGETS = { workspace5000Ms: 10_000, coldStartMs: 150 };

/** `node dist/cli.js check sample-article.txt`, with and without the code cache. */
export function coldStart(cli = ensureCli(), spawns = 11) {
  const file = join(sharedDir(), 'docs', 'sample-article.txt');
  const cacheDir = mkdtempSync(join(tmpdir(), 'mudaqqiq-bench-cache-'));
  const variants = [
    { name: 'code cache', env: { ...process.env, MUDAQQIQ_CACHE_DIR: cacheDir }, wall: [], cpu: [] },
    { name: 'no cache (MUDAQQIQ_CACHE_DIR=off)', env: { ...process.env, MUDAQQIQ_CACHE_DIR: 'off' }, wall: [], cpu: [] },
  ];
  const load = loadavg()[0];
  // one run each first: it writes the cache, and warms the file-system cache
  for (const v of variants) timed(process.execPath, [cli, 'check', file], { cwd: outDir, env: v.env });
  let exitCode;
  for (let i = 0; i < spawns; i++) {
    for (const v of variants) {
      const r = timed(process.execPath, [cli, 'check', file], { cwd: outDir, env: v.env });
      v.wall.push(r.wallMs);
      v.cpu.push(r.cpuMs);
      exitCode = r.code;
    }
  }
  const rows = variants.map((v) => ({ variant: v.name, medianMs: median(v.wall), minMs: Math.min(...v.wall), medianCpuMs: median(v.cpu) }));
  return { file: 'docs/sample-article.txt', spawns, loadavg: load, exitCode, rows, ok: rows[0].medianMs <= CLI_TARGETS.coldStartMs };
}
const DRAFTS = 5000;

/** 5,000 drafts in 50 folders of 100: draft i holds 1 + (i mod 6) consecutive paragraphs. */
export function makeWorkspace(name = 'workspace-5000', count = DRAFTS) {
  const dir = freshDir(name);
  const paras = paragraphs();
  let p = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `desk-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const n = 1 + (i % 6);
    const parts = [];
    for (let k = 0; k < n; k++) parts.push(paras[p++ % paras.length]);
    const text = parts.join('\n\n') + '\n';
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `draft-${String(i).padStart(4, '0')}.txt`), text);
  }
  writeFileSync(join(dir, 'names.tsv'), namesTsv(namesList(200)));
  writeFileSync(join(dir, '.mudaqqiq.json'), JSON.stringify({ namesFiles: ['names.tsv'] }, null, 2) + '\n');
  return { dir, bytes };
}

function summarise(r) {
  let files = NaN;
  let findings = NaN;
  try {
    const j = JSON.parse(r.stdout);
    files = j.length;
    findings = j.reduce((n, f) => n + f.findings.length, 0);
  } catch {
    // not JSON: reported as NaN
  }
  return { wallMs: r.wallMs, cpuMs: r.cpuMs, maxRssMB: r.maxRssMB, exitCode: r.code, files, findings, problem: r.code === 2 ? r.stderr.trim().split('\n').slice(0, 2).join(' ') : undefined };
}

export async function run() {
  const cli = ensureCli();
  console.log('\nCold start: node dist/cli.js check docs/sample-article.txt (median of 11 spawns each, interleaved)');
  const cold = coldStart(cli);
  for (const r of cold.rows) {
    console.log(`  ${r.variant.padEnd(40)} ${fmt(r.medianMs, 0).padStart(7)} ms (min ${fmt(r.minMs, 0)}, cpu ${fmt(r.medianCpuMs, 0)} ms)`);
  }
  console.log(`  target: ≤ ${CLI_TARGETS.coldStartMs} ms with the cache: ${fmt(cold.rows[0].medianMs, 0)} ms (load average ${fmt(cold.loadavg, 2)}) — ${mark(cold.ok)}`);
  const count = quick ? 1000 : DRAFTS;
  console.log(`\nWorkspace: ${count.toLocaleString('en')} generated drafts checked by the CLI (--format json)`);
  const { dir, bytes } = makeWorkspace(`workspace-${count}`, count);
  console.log(`  ${count} drafts, ${fmt(bytes / 1048576, 1)} MB in 50 folders; ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  const env = { ...process.env, CI: 'true' };
  const variants = [
    { name: '--jobs 1 (in-process)', args: ['--jobs', '1'] },
    { name: 'default (worker threads, one per core)', args: [] },
  ];
  const rows = [];
  // One run over the folder first, so every variant meets a warm file-system cache.
  timed(process.execPath, [cli, 'check', '.', '--format', 'json', '--jobs', '1'], { cwd: dir, env });
  for (const v of variants) {
    const r = summarise(timed(process.execPath, [cli, 'check', '.', '--format', 'json', ...v.args], { cwd: dir, env }));
    rows.push({ variant: v.name, ...r });
    console.log(
      `  ${v.name.padEnd(40)} ${fmt(r.wallMs, 0).padStart(7)} ms (cpu ${fmt(r.cpuMs, 0)} ms) peak RSS ${fmt(r.maxRssMB, 0)} MB; ${r.files} files, ${r.findings} findings, exit ${r.exitCode}${r.problem ? `: ${r.problem}` : ''}`,
    );
  }
  const best = Math.min(...rows.map((r) => r.wallMs));
  const scaled = count === DRAFTS ? best : (best * DRAFTS) / count;
  const ok = scaled <= CLI_TARGETS.workspace5000Ms;
  const same = rows.every((r) => r.findings === rows[0].findings && r.files === rows[0].files);
  console.log(`  same files and findings in every variant: ${same ? 'yes' : 'NO'}`);
  console.log(`  target: 5,000 drafts ≤ ${CLI_TARGETS.workspace5000Ms / 1000} s: ${fmt(scaled / 1000, 2)} s${count === DRAFTS ? '' : ' (scaled from the quick run)'} — ${mark(ok)}`);
  return { drafts: count, bytes, rows, bestMs: best, sameFindings: same, ok, coldStart: cold };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await run();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'workspace.json'), JSON.stringify(r, null, 2) + '\n');
}
