// Helpers for the CLI tests: they spawn the BUILT dist/cli.js, as a user's shell would.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFor, loadConfigFor } from '../../server/src/config';
import { analyse, fixText, lintDocument, type DocumentLanguage, type Finding, type ResolvedConfig } from '../../server/src/engine';
import { repoRoot } from '../lib/corpus';

export const CLI = join(repoRoot, 'dist', 'cli.js');
/** The bundle the launcher dist/cli.js runs (from V8's code cache). */
export const CLI_MAIN = join(repoRoot, 'dist', 'cli-main.js');

function newestSource(dir: string, newest = 0): number {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) newest = newestSource(p, newest);
    else if (name.endsWith('.ts') || name.endsWith('.json')) newest = Math.max(newest, st.mtimeMs);
  }
  return newest;
}

/**
 * Build dist/cli.js (and dist/cli-main.js) when missing or older than the sources they bundle (test/run.mjs
 * has normally just built it, and the lexicon with it). Only the CLI entry is built here, with esbuild.mjs's options,
 * so a half-written client or server elsewhere in the tree cannot stop the CLI tests.
 */
export function ensureBuilt(): void {
  // The orthography rules read dist/lexicon-ar.bin beside the bundle; esbuild.mjs makes it,
  // and so does this when the CLI tests run on their own on a fresh clone.
  if (!existsSync(join(repoRoot, 'dist', 'lexicon-ar.bin'))) {
    const lx = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-lexicon.mjs')], { cwd: repoRoot, encoding: 'utf8', timeout: 600_000 });
    if (lx.status !== 0) throw new Error(`building dist/lexicon-ar.bin failed:\n${lx.stderr}`);
  }
  const sources = Math.max(
    newestSource(join(repoRoot, 'server', 'src', 'cli')),
    newestSource(join(repoRoot, 'server', 'src', 'engine')),
    newestSource(join(repoRoot, 'server', 'src', 'config')),
    statSync(join(repoRoot, 'package.json')).mtimeMs,
  );
  // dist/cli.js is the launcher (server/src/cli/launch.ts) of the bundle dist/cli-main.js: both must be fresh.
  const fresh = () => [CLI, CLI_MAIN].every((f) => existsSync(f) && statSync(f).mtimeMs >= sources);
  if (fresh()) return;
  // Two test files may get here at once: a lock folder keeps them from writing dist/cli.js together.
  const lock = join(repoRoot, 'dist', '.cli-build.lock');
  mkdirSync(join(repoRoot, 'dist'), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is taken over after a minute.
      const st = statSync(lock, { throwIfNoEntry: false });
      if (st && Date.now() - st.mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`stale lock ${lock}`);
      spawnSync(process.execPath, ['-e', 'setTimeout(()=>{},100)']);
    }
  }
  try {
    if (fresh()) return;
    const common = `bundle:true,platform:'node',format:'cjs',target:'node20',sourcemap:true,logLevel:'warning',outdir:'dist'`;
    const script =
      `const b=require('esbuild');Promise.all([` +
      `b.build({entryPoints:{'cli-main':'server/src/cli/main.ts'},${common}}),` +
      `b.build({entryPoints:{cli:'server/src/cli/launch.ts'},${common},banner:{js:'#!/usr/bin/env node'}})` +
      `]).catch(()=>process.exit(1))`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`building dist/cli.js failed:\n${r.stderr}`);
  } finally {
    rmdirSync(lock);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv }): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'mudaqqiq-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
  }
}

export interface TextLine {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  ruleId: string;
}

const LINE = /^(.+):(\d+):(\d+) {2}(error|warning|info|hint) {2}(.*) {2}([a-z][a-z-]*)$/;

/** The finding lines of the text format (the summary line is left out). */
export function parseText(stdout: string): TextLine[] {
  const out: TextLine[] = [];
  for (const l of stdout.split('\n')) {
    const m = LINE.exec(l);
    if (m) out.push({ file: m[1], line: +m[2], column: +m[3], severity: m[4], message: m[5], ruleId: m[6] });
  }
  return out;
}

export function languageOf(name: string): DocumentLanguage {
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.(khabar|news)$/i.test(name)) return 'arabic-news';
  return 'plaintext';
}

/** The engine config the CLI uses for a draft (house style found from cwd, hidden findings applied). */
export function engineConfig(file: string, cwd: string, explicitPath?: string): ResolvedConfig {
  const host = { readFile: (p: string) => (existsSync(p) && statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined) };
  return configFor(loadConfigFor(file, { workspaceRoot: cwd, explicitPath, trusted: true }, host), file);
}

/** What the engine itself finds in a draft, with the config the CLI would load for it: the oracle. */
export function engineFindings(text: string, file: string, cwd: string): Finding[] {
  return lintDocument(analyse(text, languageOf(file)), { languageId: languageOf(file), config: engineConfig(file, cwd) }).findings;
}

/** What the engine's fix-all makes of a draft, with the config the CLI would load for it. */
export function engineFix(text: string, file: string, cwd: string): string {
  return fixText(text, { languageId: languageOf(file), config: engineConfig(file, cwd) }).output;
}

/** 1-based line/column of a UTF-16 offset, counted independently of the engine (CR, LF, CRLF). */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
