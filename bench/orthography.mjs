// Benchmark section for the lexicon-driven orthography rules (hamza, teh-marbuta,
// final-yeh, alef-maqsura, spacing-errors, spelling). Prints:
// - the lexicon: its size, load time, extra memory, and the first check's delay in a fresh process;
// - issue 7's limits on the built language server (node dist/server.js --stdio): its extra
//   memory for the lexicon rules ≤ 60 MB and the first check's delay ≤ 300 ms, each server
//   run twice, once with the recommended preset and once with a house style turning the six
//   lexicon rules off (then the lexicon is never loaded), so the difference is theirs;
// - recall on ../shared/corpus/errors/word_pairs.tsv (hamza, ta-marbuta, ى/ي rows, count-weighted);
// - recall in context on error_pairs.tsv (aghlat's hamza sentences, each checked whole);
// - findings on the 130 clean SaudiNewsNet articles (all judged in test/corpus/orthography-accepted.tsv);
// - the whole engine's speed with every rule on, and without these rules.
//
//   node bench/orthography.mjs            (after `node esbuild.mjs`, which builds the lexicon)
//   import { runOrthographyBench } from './orthography.mjs'   (bench/run.mjs)
//
// The measuring code is TypeScript (bench/orthography-measure.ts, also used by the tests);
// it is bundled here with esbuild into a temporary folder and run in child processes, so
// the memory and first-check figures come from processes that did nothing else before.

import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { start } from './lsp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const ENTRY = `
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/engine';
import { allRules } from '../server/src/engine/rules';
import { contextRecallOn, measureLoad, parsePairs, recallOn, throughput, RECALL_RULES } from './orthography-measure';
import { findingLines } from '../test/corpus/orthography-findings';

const mode = process.argv[2];
const shared = process.env.MUDAQQIQ_SHARED;
const out = (x) => process.stdout.write(JSON.stringify(x));
if (mode === 'load') {
  out(measureLoad());
} else if (mode === 'first') {
  const text = readFileSync(join(shared, 'docs', 'sample-article.txt'), 'utf8');
  const m0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const r1 = lint(text);
  const first = performance.now() - t0;
  const t1 = performance.now();
  lint(text);
  const second = performance.now() - t1;
  out({ first, second, findings: r1.findings.length, faults: r1.faults.length, rssMB: (process.memoryUsage().rss - m0) / 1048576 });
} else if (mode === 'recall') {
  out(recallOn(parsePairs(readFileSync(join(shared, 'corpus', 'errors', 'word_pairs.tsv'), 'utf8'))));
} else if (mode === 'context') {
  out(contextRecallOn(readFileSync(join(shared, 'corpus', 'errors', 'error_pairs.tsv'), 'utf8')));
} else if (mode === 'precision') {
  const dir = join(shared, 'corpus', 'articles', 'saudinewsnet');
  const by = {};
  let n = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    n++;
    for (const l of findingLines(f, readFileSync(join(dir, f), 'utf8'))) { const r = l.split('\\t')[1]; by[r] = (by[r] ?? 0) + 1; }
  }
  out({ articles: n, byRule: by });
} else if (mode === 'speed') {
  const dir = join(shared, 'corpus', 'articles', 'saudinewsnet');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  lint(texts[0]);
  const ids = new Set(RECALL_RULES.map((r) => r.meta.id).concat('spelling'));
  const others = allRules.filter((r) => !ids.has(r.meta.id));
  const mine = allRules.filter((r) => ids.has(r.meta.id) && r.meta.id !== 'spelling');
  out({
    bytes: texts.reduce((a, t) => a + Buffer.byteLength(t), 0),
    all: throughput(texts, undefined, 5),
    withoutOrthography: throughput(texts, others, 5),
    orthographyOnly: throughput(texts, mine, 5),
  });
}
`;

/** Issue 7: what the lexicon may cost the language server. */
export const ORTHOGRAPHY_LIMITS = { serverExtraMB: 60, firstCheckMs: 300 };
const LEXICON_RULES = ['hamza', 'teh-marbuta', 'final-yeh', 'alef-maqsura', 'spacing-errors', 'spelling'];

/**
 * One fresh server (dist/server.js --stdio, debounceMs 0): its RSS (VmRSS of the process, all
 * threads) once start-up has settled, the time from didOpen of the sample article to its
 * first publishDiagnostics and the RSS right then, and the RSS after each of the 130
 * SaudiNewsNet articles has been opened and checked as a draft of its own (the lookup
 * table's rows a real session touches). `lexicon: false` checks under a house style that
 * turns the lexicon rules off, so the lexicon is never loaded.
 */
async function serverRun(shared, lexicon) {
  const folder = mkdtempSync(join(tmpdir(), 'mudaqqiq-bench-ortho-server-'));
  try {
    if (!lexicon) writeFileSync(join(folder, '.mudaqqiq.json'), JSON.stringify({ rules: Object.fromEntries(LEXICON_RULES.map((r) => [r, 'off'])) }));
    const { c } = await start(folder);
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const idleMB = c.rssMB().rss;
      const open = async (name, text) => {
        const uri = pathToFileURL(join(folder, name)).href;
        const t0 = performance.now();
        const { msg, at } = await c.open(uri, text);
        return { ms: at - t0, diagnostics: msg.params.diagnostics };
      };
      const first = await open('sample-article.txt', readFileSync(join(shared, 'docs', 'sample-article.txt'), 'utf8'));
      const firstMB = c.rssMB().rss;
      const dir = join(shared, 'corpus', 'articles', 'saudinewsnet');
      const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
      for (const [f, text] of texts) await open(f, text);
      const after130MB = c.rssMB().rss;
      // then all of them as one large draft, which the server checks on its worker thread (with a lexicon of its own)
      const big = await open('all-130.txt', texts.map(([, t]) => t).join('\n\n'));
      const end = c.rssMB();
      const lexiconFindings = first.diagnostics.filter((d) => LEXICON_RULES.includes(String(d.code))).length;
      return { idleMB, firstMs: first.ms, firstMB, lexiconFindings, after130MB, afterBigMB: end.rss, bigMs: big.ms, peakMB: end.hwm };
    } finally {
      await c.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Three servers with the lexicon rules and three without, alternating; medians. */
export async function measureServer(shared, rounds = 3) {
  const on = [];
  const off = [];
  for (let k = 0; k < rounds; k++) {
    on.push(await serverRun(shared, true));
    off.push(await serverRun(shared, false));
  }
  const med = (xs, f) => {
    const v = xs.map(f).sort((a, b) => a - b);
    return v[v.length >> 1];
  };
  const r = {
    rounds,
    firstMs: med(on, (x) => x.firstMs),
    firstMsWithoutLexicon: med(off, (x) => x.firstMs),
    extraAfterFirstMB: med(on, (x) => x.firstMB - x.idleMB) - med(off, (x) => x.firstMB - x.idleMB),
    extraAfter130MB: med(on, (x) => x.after130MB - x.idleMB) - med(off, (x) => x.after130MB - x.idleMB),
    extraAfterBigMB: med(on, (x) => x.afterBigMB - x.idleMB) - med(off, (x) => x.afterBigMB - x.idleMB),
    bigMs: med(on, (x) => x.bigMs),
    bigMsWithoutLexicon: med(off, (x) => x.bigMs),
    peakMB: med(on, (x) => x.peakMB),
    peakMBWithoutLexicon: med(off, (x) => x.peakMB),
    lexiconFindings: on[0].lexiconFindings,
  };
  r.extraMB = Math.max(r.extraAfterFirstMB, r.extraAfter130MB, r.extraAfterBigMB);
  r.ok = r.firstMs <= ORTHOGRAPHY_LIMITS.firstCheckMs && r.extraMB <= ORTHOGRAPHY_LIMITS.serverExtraMB;
  return r;
}

function pct(a, b) {
  return `${((100 * a) / b).toFixed(1)}%`;
}

export async function runOrthographyBench({ log = console.log } = {}) {
  const shared = process.env.MUDAQQIQ_SHARED ?? resolve(root, '..', 'shared');
  const lexicon = join(root, 'dist', 'lexicon-ar.bin');
  if (!existsSync(lexicon)) throw new Error('dist/lexicon-ar.bin is missing: run `node esbuild.mjs` first');
  const tmp = mkdtempSync(join(tmpdir(), 'mudaqqiq-bench-ortho-'));
  try {
    const entry = join(root, 'bench', `.orthography-entry-${process.pid}.ts`);
    writeFileSync(entry, ENTRY);
    const bundle = join(tmp, 'bench.js');
    try {
      await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, logLevel: 'error' });
    } finally {
      rmSync(entry, { force: true });
    }
    const run = (mode) => {
      const r = spawnSync(process.execPath, ['--expose-gc', bundle, mode], {
        encoding: 'utf8',
        env: { ...process.env, MUDAQQIQ_LEXICON: lexicon, MUDAQQIQ_SHARED: shared },
        maxBuffer: 64 * 1048576,
      });
      if (r.status !== 0) throw new Error(`bench ${mode} failed:\n${r.stderr}`);
      return JSON.parse(r.stdout);
    };
    const load = run('load');
    const first = run('first');
    log('orthography — lexicon');
    log(`  ${load.words.toLocaleString('en')} word forms; load ${load.ms.toFixed(0)} ms; memory +${(load.externalMB + load.heapMB).toFixed(1)} MB (typed arrays ${(load.bytes / 1048576).toFixed(1)} MB), RSS +${load.rssMB.toFixed(1)} MB`);
    log(`  first check of the sample article in a fresh process, all rules: ${first.first.toFixed(0)} ms (lexicon load included); second: ${first.second.toFixed(1)} ms; RSS +${first.rssMB.toFixed(1)} MB; ${first.findings} findings, ${first.faults} faults`);
    let server;
    if (existsSync(join(root, 'dist', 'server.js'))) {
      server = await measureServer(shared);
      const mark = (ok) => (ok ? 'met' : 'MISSED');
      log(`orthography — language server (dist/server.js --stdio; medians of ${server.rounds} fresh servers with the lexicon rules and ${server.rounds} with them off; RSS of the process)`);
      log(`  first check of the sample article, didOpen → publishDiagnostics: ${server.firstMs.toFixed(0)} ms with the lexicon rules (lexicon load included; ${server.lexiconFindings} of their findings), ${server.firstMsWithoutLexicon.toFixed(0)} ms without — limit ≤ ${ORTHOGRAPHY_LIMITS.firstCheckMs} ms: ${mark(server.firstMs <= ORTHOGRAPHY_LIMITS.firstCheckMs)}`);
      log(`  extra memory for the lexicon rules: +${server.extraAfterFirstMB.toFixed(1)} MB after that check, +${server.extraAfter130MB.toFixed(1)} MB after the 130 SaudiNewsNet articles were opened too, +${server.extraAfterBigMB.toFixed(1)} MB after the 130 as one draft on the worker thread (${server.bigMs.toFixed(0)} ms vs ${server.bigMsWithoutLexicon.toFixed(0)} ms; peak ${server.peakMB.toFixed(0)} MB vs ${server.peakMBWithoutLexicon.toFixed(0)} MB) — limit ≤ ${ORTHOGRAPHY_LIMITS.serverExtraMB} MB: ${mark(server.extraMB <= ORTHOGRAPHY_LIMITS.serverExtraMB)}`);
    } else log('orthography — language server: skipped (dist/server.js not found: node esbuild.mjs)');
    const rec = run('recall');
    log('orthography — recall on word_pairs.tsv (each wrong word alone; count-weighted; final-yeh style "yeh")');
    for (const [k, v] of Object.entries(rec.byCategory)) {
      log(`  ${k.padEnd(16)} ${String(v.pairs).padStart(5)} pairs, weight ${String(v.weight).padStart(5)}: fixed exactly ${pct(v.fixed, v.weight)}, gold among suggestions ${pct(v.suggested, v.weight)} (golds not in the lexicon: weight ${v.goldNotWordWeight})`);
    }
    const t = rec.total;
    log(`  ${'total'.padEnd(16)} ${String(t.pairs).padStart(5)} pairs, weight ${String(t.weight).padStart(5)}: fixed exactly ${pct(t.fixed, t.weight)}, gold among suggestions ${pct(t.suggested, t.weight)}`);
    log(`  heaviest misses: ${rec.missed.slice(0, 8).map((m) => `${m.incorrect}→${m.correct} (${m.count}, got ${m.got})`).join(', ')}`);
    const ctx = run('context');
    log(`orthography — recall in context on error_pairs.tsv (aghlat's hamza rows: ${ctx.sentences} distinct news sentences checked whole, ${ctx.changed} words the gold corrects)`);
    log(`  fix-all writes the gold ${pct(ctx.fixed, ctx.changed)}; flagged with the gold among the fixes ${pct(ctx.fixed + ctx.offered, ctx.changed)}; fix-all writes another spelling ${ctx.wrong} times (mostly aghlat's wrong golds: قال أن); changes ${ctx.extra} words the gold leaves (mostly slips it missed)`);
    const prec = run('precision');
    log(`orthography — findings on ${prec.articles} clean SaudiNewsNet articles (every one judged right: test/corpus/orthography-accepted.tsv): ${Object.entries(prec.byRule).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const speed = run('speed');
    log(`orthography — engine speed on ${(speed.bytes / 1048576).toFixed(2)} MB of articles: all rules ${speed.all.toFixed(1)} MB/s; without the lexicon rules ${speed.withoutOrthography.toFixed(1)} MB/s; lexicon rules alone ${speed.orthographyOnly.toFixed(1)} MB/s`);
    return { load, first, server, recall: { byCategory: rec.byCategory, total: rec.total }, contextRecall: ctx, precision: prec, speed };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runOrthographyBench().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
