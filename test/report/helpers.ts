// Helpers for the style-report tests: the CLI built from the current sources into a
// private folder (so these tests never race the CLI tests over dist/cli.js), run as a
// user's shell runs it (with dist/lexicon-ar.bin, which esbuild.mjs builds), and the
// report data read back out of the HTML page.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { StyleReport } from '../../server/src/report';
import { repoRoot } from '../lib/corpus';

let built: string | undefined;

/** dist-like cli.js bundled from server/src/cli/main.ts with esbuild.mjs's options. */
export function cliPath(): string {
  if (built) return built;
  const out = mkdtempSync(join(tmpdir(), 'mudaqqiq-report-cli-'));
  buildSync({
    entryPoints: { cli: join(repoRoot, 'server/src/cli/main.ts') },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: out,
    logLevel: 'error',
    banner: { js: '#!/usr/bin/env node' },
  });
  built = join(out, 'cli.js');
  return built;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The Arabic lexicon the orthography rules read, built into dist/ by esbuild.mjs (built here when missing). */
function lexiconPath(): string {
  const p = join(repoRoot, 'dist', 'lexicon-ar.bin');
  if (!existsSync(p)) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('./scripts/build-lexicon.mjs'); m.buildLexicon();"], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(p)) throw new Error(`building ${p} failed:\n${r.stderr}`);
  }
  return p;
}

export function runCli(args: string[], cwd: string, input?: string): Run {
  const env = { ...process.env, NO_COLOR: '1', MUDAQQIQ_LEXICON: lexiconPath() };
  const r = spawnSync(process.execPath, [cliPath(), ...args], { cwd, input, encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-report-'));
  for (const [name, text] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}

/** The report data a page embeds (<script type="application/json" id="mudaqqiq-report-data">). */
export function embeddedData(html: string): StyleReport {
  const m = /<script type="application\/json" id="mudaqqiq-report-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('the page embeds no report data');
  return JSON.parse(m[1]);
}

/** Rule id → count, from the CLI's --format json output for one file. */
export function countsByRule(findings: Array<{ ruleId: string }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
}

/** Rule id → count in one draft of a report. */
export function reportCountsByRule(d: StyleReport['drafts'][number]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of d.findings.categories) for (const r of c.rules) out[r.ruleId] = r.count;
  return out;
}
