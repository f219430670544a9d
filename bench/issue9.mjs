// Issue 9's part of `npm run bench` (called at the end of bench/run.mjs; standalone:
// `node --expose-gc bench/issue9.mjs [--quick]`): the 100,000-name list (names.mjs), Mudaqqiq
// side by side with textlint + textlint-rule-prh (textlint.mjs), the language server driven
// over stdio (lsp.mjs) and a 5,000-draft workspace through the CLI (cli.mjs). Every target is
// printed beside its measurement; .bench/speed.json, .bench/speed.md and .bench/speed.svg (time
// against size for both tools) are written (.bench/ is git-ignored).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_TARGETS, run as runWorkspace } from './cli.mjs';
import { coldStartText, fmt, mark, outDir, quick } from './lib.mjs';
import { LSP_TARGETS, run as runLsp } from './lsp.mjs';
import { NAMES_TARGETS, run as runNames } from './names.mjs';
import { run as runSide, SIDE_TARGETS } from './textlint.mjs';

async function part(name, fn) {
  try {
    return await fn();
  } catch (e) {
    console.log(`  ${name}: FAILED — ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return { failed: String(e instanceof Error ? e.message : e) };
  }
}

export async function runSpeedBench() {
  mkdirSync(outDir, { recursive: true });
  console.log(`\n=== Speed at every size (issue 9) — ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}${quick ? ', quick run' : ''} ===`);
  console.log('(the machine is shared: wall times stretch with the load average; CPU times are printed beside them where measured)');
  const names = await part('names', runNames);
  const side = await part('side by side', runSide);
  const lsp = await part('language server', runLsp);
  const workspace = await part('workspace', runWorkspace);
  const engine = existsSync(join(outDir, 'results.json')) ? JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) : undefined;
  const results = { date: new Date().toISOString(), cpus: cpus().length, loadavg: loadavg(), quick, engine: engine && { sizes: engine.sizes, ratio5to1: engine.ratio5to1, coldStart: engine.coldStart }, names, side, lsp, workspace };
  const rows = targetRows(results);
  console.log('\nTargets (issue 9), measured on this run:');
  for (const r of rows) console.log(`  ${r.target.padEnd(58)} ${String(r.measured).padEnd(34)} ${r.status}`);
  results.targets = rows;
  writeFileSync(join(outDir, 'speed.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(outDir, 'speed.md'), markdown(results, rows));
  if (side?.rows) writeFileSync(join(outDir, 'speed.svg'), chart(side.rows, engine?.sizes));
  console.log('\nWrote .bench/speed.json, .bench/speed.md and .bench/speed.svg');
  return results;
}

function targetRows(r) {
  const rows = [];
  const add = (target, measured, ok) => rows.push({ target, measured, status: mark(ok) });
  const e = r.engine;
  if (e?.sizes) {
    const big = e.sizes.filter((s) => s.bytes >= 1048576);
    const minT = Math.min(...big.map((s) => s.mbPerSecond));
    add('engine throughput, every rule on ≥ 20 MB/s (1 MB, 5 MB)', `${fmt(minT, 2)} MB/s`, minT >= 20);
    add('engine 5 MB time ≤ 5.5 × 1 MB time', `${fmt(e.ratio5to1, 2)}×`, e.ratio5to1 <= 5.5);
    if (e.coldStart && !e.coldStart.skipped) add('CLI cold start on one article ≤ 150 ms', coldStartText(e.coldStart), e.coldStart.medianMs <= 150);
  }
  const one = r.side?.rows?.find((x) => x.size === '1 MB');
  if (one) add(`CLI end to end on 1 MB ≥ ${SIDE_TARGETS.cliVsTextlint1MB}× faster than textlint+prh`, `×${fmt(one.ratio, 2)} (${fmt(one.mudaqqiq.wallMs, 0)} vs ${fmt(one.textlint.wallMs, 0)} ms)`, one.ratio >= SIDE_TARGETS.cliVsTextlint1MB);
  for (const s of r.lsp?.sizes ?? []) add(`keystroke → diagnostics at ${s.size} ≤ ${s.target} ms`, `${fmt(s.keystrokeMs, 1)} ms (median of ${s.keystrokes}; CPU ${fmt(s.cpuPerKeyMs, 0)} ms/key)`, s.ok);
  const q = r.lsp?.requestsWhileChecking;
  if (q) add(`hover and code actions ≤ ${LSP_TARGETS.requestWhileCheckingMs} ms while a 5 MB check runs`, `${fmt(q.hoverSmallMs, 1)} / ${fmt(q.codeActionSmallMs, 1)} ms (other draft); ${fmt(q.hoverBigMs, 0)} ms (the 5 MB one)`, q.ok);
  if (r.lsp?.rss1MB) {
    const m = r.lsp.rss1MB;
    add(
      `server memory ≤ ${LSP_TARGETS.rssMB} MB (1 MB draft, 100,000 names)`,
      `${fmt(m.restRss, 0)} MB RSS at rest, started as the extension starts it (${fmt(m.rss, 0)} MB right after typing${m.plainRestRss ? `; started plainly: ${fmt(m.plainRestRss, 0)} MB at rest` : ''})`,
      m.restRss <= LSP_TARGETS.rssMB,
    );
  }
  const big = r.names?.lists?.find((l) => l.count === 100_000);
  if (big) {
    add(`100,000 names load ≤ ${NAMES_TARGETS.loadMs} ms`, `${fmt(big.totalMs, 0)} ms (parse ${fmt(big.loadMs, 0)} + index ${fmt(big.indexMs, 0)})`, r.names.loadOk);
    add(`100,000 names add ≤ ${NAMES_TARGETS.addedMB} MB`, `${fmt(r.names.serverAddedMB, 0)} MB (main thread and the worker's copy together)`, r.names.memoryOk);
    const w = r.names.interleaved;
    if (w) {
      add(
        'an article costs the same with 100 and 100,000 names',
        `×${fmt(w.articleRatio, 2)} (article), ×${fmt(w.doc10Ratio, 2)} (10 KB), one process, the lists taking turns; CPU ×${fmt(w.articleCpuRatio, 2)}, ×${fmt(w.doc10CpuRatio, 2)}`,
        r.names.sameCostOk,
      );
    }
  }
  if (r.workspace?.rows) add(`workspace of 5,000 drafts from the CLI ≤ ${CLI_TARGETS.workspace5000Ms / 1000} s`, `${fmt(r.workspace.bestMs / 1000, 2)} s${r.workspace.drafts !== 5000 ? ` for ${r.workspace.drafts}` : ''}`, r.workspace.ok);
  return rows;
}

function markdown(r, rows) {
  const L = [];
  L.push('# Speed at every size (issue 9)', '');
  L.push(`${r.date} · ${r.cpus} cores · load average ${r.loadavg.map((x) => x.toFixed(2)).join(' ')}${r.quick ? ' · quick run' : ''}`, '');
  L.push('| target | measured | |', '|---|---|---|');
  for (const x of rows) L.push(`| ${x.target} | ${x.measured} | ${x.status} |`);
  if (r.side?.rows) {
    L.push('', `## Side by side: the same documents and the same ${r.side.dictionary}-name dictionary`, '');
    L.push('| document | Mudaqqiq CLI | CPU | peak RSS | findings (names) | textlint + prh | CPU | peak RSS | findings | textlint / Mudaqqiq |', '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
    for (const s of r.side.rows) {
      L.push(
        `| ${s.size} | ${fmt(s.mudaqqiq.wallMs, 0)} ms | ${fmt(s.mudaqqiq.cpuMs, 0)} ms | ${fmt(s.mudaqqiq.maxRssMB, 0)} MB | ${s.mudaqqiq.findings} (${s.mudaqqiq.nameFindings}) | ${fmt(s.textlint.wallMs, 0)} ms | ${fmt(s.textlint.cpuMs, 0)} ms | ${fmt(s.textlint.maxRssMB, 0)} MB | ${s.textlint.findings} | ×${fmt(s.ratio, 2)} (CPU ×${fmt(s.cpuRatio, 2)}) |`,
      );
    }
    L.push('', 'Mudaqqiq runs every default rule besides the names rules; textlint runs only prh. ![time against size](speed.svg)');
  }
  if (r.lsp?.sizes) {
    L.push('', '## Language server (stdio, debounceMs 0, 100,000 names)', '', `First check of a one-line draft (loads the house style and the names): ${fmt(r.lsp.firstCheckMs, 0)} ms.`, '');
    L.push('| document | didOpen → diagnostics | keystroke → diagnostics (median) | min | max | server CPU per key | diagnostics | target | |', '|---|--:|--:|--:|--:|--:|--:|--:|---|');
    for (const s of r.lsp.sizes) L.push(`| ${s.size} | ${fmt(s.openMs, 0)} ms | ${fmt(s.keystrokeMs, 1)} ms | ${fmt(s.keystrokeMinMs, 1)} ms | ${fmt(s.keystrokeMaxMs, 1)} ms | ${fmt(s.cpuPerKeyMs, 0)} ms | ${s.findings} | ≤ ${s.target} ms | ${mark(s.ok)} |`);
    const q = r.lsp.requestsWhileChecking;
    if (q) L.push('', `While a 5 MB check runs (${fmt(q.checkMs, 0)} ms): hover on another draft ${fmt(q.hoverSmallMs, 1)} ms, code actions there ${fmt(q.codeActionSmallMs, 1)} ms, hover on the 5 MB draft itself ${fmt(q.hoverBigMs, 0)} ms (answered from its last findings moved through the edit, without waiting for the check); medians of ${q.rounds} rounds after one not counted.`);
  }
  if (r.names?.lists) {
    L.push('', '## Names list', '', '| names | parse | index | added RSS | added heap | sample article (CPU) | findings | 10 KB (CPU) | findings |', '|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
    for (const l of r.names.lists) L.push(`| ${l.count} | ${fmt(l.loadMs, 0)} ms | ${fmt(l.indexMs, 0)} ms | ${fmt(l.addedRssMB, 1)} MB | ${fmt(l.addedHeapMB, 1)} MB | ${fmt(l.article.ms, 2)} ms (${fmt(l.article.cpuMs, 2)}) | ${l.article.findings} | ${fmt(l.doc10KB.ms, 2)} ms (${fmt(l.doc10KB.cpuMs, 2)}) | ${l.doc10KB.findings} |`);
  }
  if (r.workspace?.rows) {
    L.push('', `## Workspace: ${r.workspace.drafts} drafts (${fmt(r.workspace.bytes / 1048576, 1)} MB) through the CLI`, '', '| run | wall | CPU | peak RSS | files | findings |', '|---|--:|--:|--:|--:|--:|');
    for (const w of r.workspace.rows) L.push(`| ${w.variant} | ${fmt(w.wallMs / 1000, 2)} s | ${fmt(w.cpuMs / 1000, 2)} s | ${fmt(w.maxRssMB, 0)} MB | ${w.files} | ${w.findings} |`);
  }
  L.push('');
  return L.join('\n');
}

/** Time against size, log–log, for both tools (and the engine alone, in-process). */
function chart(rows, engineSizes) {
  const W = 720;
  const H = 440;
  const m = { l: 70, r: 170, t: 40, b: 60 };
  const series = [
    { name: 'Mudaqqiq CLI', color: '#1a7f37', pts: rows.map((r) => [r.bytes, r.mudaqqiq.wallMs]) },
    { name: 'textlint + prh', color: '#cf222e', pts: rows.map((r) => [r.bytes, r.textlint.wallMs]) },
  ];
  if (engineSizes) series.push({ name: 'engine alone (every rule)', color: '#0969da', pts: engineSizes.map((s) => [s.bytes, s.wallMs]) });
  const all = series.flatMap((s) => s.pts).filter(([, y]) => y > 0 && Number.isFinite(y));
  const xs = all.map(([x]) => x);
  const ys = all.map(([, y]) => y);
  const lx0 = Math.log10(Math.min(...xs)) - 0.1;
  const lx1 = Math.log10(Math.max(...xs)) + 0.1;
  const ly0 = Math.floor(Math.log10(Math.min(...ys)));
  const ly1 = Math.ceil(Math.log10(Math.max(...ys)));
  const X = (x) => m.l + ((Math.log10(x) - lx0) / (lx1 - lx0)) * (W - m.l - m.r);
  const Y = (y) => H - m.b - ((Math.log10(y) - ly0) / (ly1 - ly0 || 1)) * (H - m.t - m.b);
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${m.l}" y="22" font-size="15" font-weight="bold">Time against document size (log–log), the same ${rows.length} documents</text>`);
  for (let e = ly0; e <= ly1; e++) {
    const y = Y(10 ** e);
    out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${m.l - 8}" y="${y + 4}" text-anchor="end">${10 ** e >= 1000 ? `${10 ** e / 1000} s` : `${10 ** e} ms`}</text>`);
  }
  for (const r of rows) {
    const x = X(r.bytes);
    out.push(`<line x1="${x}" x2="${x}" y1="${m.t}" y2="${H - m.b}" stroke="#eee"/>`);
    out.push(`<text x="${x}" y="${H - m.b + 18}" text-anchor="middle">${r.size}</text>`);
  }
  out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${H - m.b}" y2="${H - m.b}" stroke="#333"/><line x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${H - m.b}" stroke="#333"/>`);
  out.push(`<text x="${(m.l + W - m.r) / 2}" y="${H - 15}" text-anchor="middle">document size</text>`);
  series.forEach((s, i) => {
    const pts = s.pts.filter(([, y]) => y > 0 && Number.isFinite(y));
    out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2.5" points="${pts.map(([x, y]) => `${X(x).toFixed(1)},${Y(y).toFixed(1)}`).join(' ')}"/>`);
    for (const [x, y] of pts) out.push(`<circle cx="${X(x).toFixed(1)}" cy="${Y(y).toFixed(1)}" r="4" fill="${s.color}"><title>${s.name}: ${fmt(y, 0)} ms</title></circle>`);
    const ly = m.t + 20 + i * 22;
    out.push(`<line x1="${W - m.r + 15}" x2="${W - m.r + 40}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="3"/><text x="${W - m.r + 46}" y="${ly + 4}">${s.name}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runSpeedBench();
  process.exit(0);
}
