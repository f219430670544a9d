// Bench part (issue 9): side by side. The same generated documents (10 KB, 100 KB, 1 MB, 5 MB
// of real paragraphs) and the same names dictionary (the bench's first 200 names: 100 that
// occur in the corpus, listed with their corpus spelling as the wrong variant, and 100 that
// never occur) checked end to end from the command line by
//   - Mudaqqiq: `node dist/cli.js check DOC --format json` (house style with namesFiles), every
//     default rule on besides the names rules, and
//   - textlint + textlint-rule-prh (dev dependencies): `textlint --format json DOC` with a
//     .textlintrc.json naming the prh YAML generated from the same list.
// Wall time and peak RSS (GNU time) per run; the median of several runs for the small sizes.
// Standalone: node bench/textlint.mjs [--quick]

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCli, fmt, freshDir, makeDocument, mark, median, namesList, namesTsv, outDir, prhYaml, quick, root, SIZES, timed } from './lib.mjs';

export const SIDE_TARGETS = { cliVsTextlint1MB: 10 };
const DICTIONARY = 200;

function countMudaqqiq(stdout) {
  try {
    return JSON.parse(stdout).reduce((n, f) => n + f.findings.length, 0);
  } catch {
    return NaN;
  }
}
function countMudaqqiqNames(stdout) {
  try {
    return JSON.parse(stdout).reduce((n, f) => n + f.findings.filter((x) => x.category === 'names').length, 0);
  } catch {
    return NaN;
  }
}
function countTextlint(stdout) {
  try {
    return JSON.parse(stdout).reduce((n, f) => n + f.messages.length, 0);
  } catch {
    return NaN;
  }
}

export async function run() {
  console.log(`\nSide by side: Mudaqqiq CLI vs textlint + textlint-rule-prh, the same documents and the same ${DICTIONARY}-name dictionary`);
  const cli = ensureCli();
  const textlintBin = join(root, 'node_modules', 'textlint', 'bin', 'textlint.js');
  if (!existsSync(textlintBin) || !existsSync(join(root, 'node_modules', 'textlint-rule-prh'))) {
    console.log('  skipped: textlint and textlint-rule-prh are not installed (npm install)');
    return { skipped: 'textlint not installed' };
  }
  const names = namesList(DICTIONARY);
  const mq = freshDir('side-mudaqqiq');
  const tl = freshDir('side-textlint');
  writeFileSync(join(mq, 'names.tsv'), namesTsv(names));
  writeFileSync(join(mq, '.mudaqqiq.json'), JSON.stringify({ namesFiles: ['names.tsv'] }, null, 2) + '\n');
  writeFileSync(join(tl, 'prh.yml'), prhYaml(names));
  writeFileSync(join(tl, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: ['./prh.yml'] } } }, null, 2) + '\n');
  // (.bench/tmp is inside the project: textlint finds textlint-rule-prh in its node_modules)
  const env = { ...process.env, NO_COLOR: '1' };

  const rows = [];
  for (const s of SIZES) {
    const text = makeDocument(s.bytes);
    const file = `doc-${s.bytes}.txt`;
    writeFileSync(join(mq, file), text);
    writeFileSync(join(tl, file), text);
    const runs = s.bytes >= 1024 * 1024 ? (quick ? 1 : 3) : quick ? 3 : 7;
    const tlRuns = s.bytes >= 1024 * 1024 ? 1 : quick ? 2 : 5;
    const m = [];
    for (let i = 0; i < runs + 1; i++) m.push(timed(process.execPath, [cli, 'check', file, '--format', 'json', '--max-file-size', '64MB'], { cwd: mq, env }));
    const t = [];
    for (let i = 0; i < tlRuns; i++) t.push(timed(process.execPath, [textlintBin, '--format', 'json', file], { cwd: tl, env, timeout: 600_000 }));
    const mm = m.slice(1); // the first spawn warms the file-system cache
    const row = {
      size: s.name,
      bytes: Buffer.byteLength(text),
      mudaqqiq: {
        wallMs: median(mm.map((r) => r.wallMs)),
        cpuMs: median(mm.map((r) => r.cpuMs)),
        maxRssMB: Math.max(...mm.map((r) => r.maxRssMB)),
        findings: countMudaqqiq(mm[0].stdout),
        nameFindings: countMudaqqiqNames(mm[0].stdout),
        exitCode: mm[0].code,
        runs: mm.length,
      },
      textlint: {
        wallMs: median(t.map((r) => r.wallMs)),
        cpuMs: median(t.map((r) => r.cpuMs)),
        maxRssMB: Math.max(...t.map((r) => r.maxRssMB)),
        findings: countTextlint(t[0].stdout),
        exitCode: t[0].code,
        runs: t.length,
        problem: t[0].code !== 0 && t[0].code !== 1 ? (t[0].stderr || String(t[0].error)).trim().split('\n').slice(0, 3).join(' ') : undefined,
      },
    };
    row.ratio = row.textlint.wallMs / row.mudaqqiq.wallMs;
    row.cpuRatio = row.textlint.cpuMs / row.mudaqqiq.cpuMs;
    rows.push(row);
    console.log(
      `  ${s.name.padEnd(7)} mudaqqiq ${fmt(row.mudaqqiq.wallMs, 0).padStart(7)} ms (cpu ${fmt(row.mudaqqiq.cpuMs, 0)}) ${fmt(row.mudaqqiq.maxRssMB, 0).padStart(5)} MB ${String(row.mudaqqiq.findings).padStart(6)} findings (${row.mudaqqiq.nameFindings} names)` +
        `   textlint+prh ${fmt(row.textlint.wallMs, 0).padStart(7)} ms (cpu ${fmt(row.textlint.cpuMs, 0)}) ${fmt(row.textlint.maxRssMB, 0).padStart(5)} MB ${String(row.textlint.findings).padStart(6)} findings` +
        `   textlint / mudaqqiq ×${fmt(row.ratio, 2)} (cpu ×${fmt(row.cpuRatio, 2)})${row.textlint.problem ? `   textlint problem: ${row.textlint.problem}` : ''}`,
    );
  }
  const one = rows.find((r) => r.size === '1 MB');
  const ok = one ? one.ratio >= SIDE_TARGETS.cliVsTextlint1MB : undefined;
  console.log(`  target: CLI on 1 MB ≥ ${SIDE_TARGETS.cliVsTextlint1MB}× faster than textlint+prh: ×${fmt(one?.ratio, 2)} — ${mark(ok)}`);
  return { dictionary: DICTIONARY, rows, cliVsTextlint1MBOk: ok };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await run();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'side-by-side.json'), JSON.stringify(r, null, 2) + '\n');
}
