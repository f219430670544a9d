// `mudaqqiq`: the command-line checker. Bundled by esbuild.mjs to dist/cli-main.js, which the
// launcher dist/cli.js (launch.ts) runs from V8's code cache; a bundle of this file alone runs too.
//
// Exit codes: 0 no error-severity finding; 1 at least one (or more warnings than
// --max-warnings); 2 a usage problem, a house-style file error, an input that could not be
// read or written, or a rule that failed (takes precedence over 1; every readable input is
// still checked and reported).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { pick, type Lang } from '../engine';
import { HELP_AR, HELP_EN, parseArgs, UsageError, type CliOptions } from './args';
import type { Notice } from './check';
import { validateOverrides } from './config';
import { countFindings, formatSarif, formatSummary, joinJson } from './format';
import { resolveInputs } from './inputs';
import { launcherPath } from './entry';
import { copyRest, writeAll, writeBytes } from './output';
import { runInThread, runParallel, runWorker, WORKER_FLAG, workerCount, type ParallelResult as RunResult } from './parallel';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  out(s: string): void;
  err(s: string): void;
  /**
   * stdout gets these bytes as they are, then (`more`) the rest of standard input, unread:
   * --fix on standard input that could not be checked (the only thing stdout then carries).
   */
  passBytes?(bytes: Uint8Array, more: boolean): void;
  /** stderr is a terminal (a parallel run draws its progress bar there). */
  stderrIsTTY?: boolean;
  /** Write out what out() has gathered so far (a parallel run streams its text report). */
  flush?(): void;
  /** Write to stderr at once (the progress bar). */
  progress?(s: string): void;
}

/** The exit code, or its promise when the drafts are checked on worker threads. */
export function main(argv: readonly string[], io: Io): number | Promise<number> {
  // `report` (and the HTML renderer with node:crypto behind it) is loaded only when asked for:
  // a check's cold start does not pay for it.
  if (argv[0] === 'report') return (require('./report') as typeof import('./report')).runReport(argv.slice(1), io);
  let opts: CliOptions;
  // The language of usage errors: --lang is looked for before the arguments are parsed.
  const li = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langArg = li < 0 ? undefined : argv[li].startsWith('--lang=') ? argv[li].slice(7) : argv[li + 1];
  let lang: Lang = langArg === 'en' ? 'en' : 'ar';
  try {
    opts = parseArgs(argv);
    if (opts.lang) lang = opts.lang;
    validateOverrides(opts.rules);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`mudaqqiq: ${lang === 'en' ? e.en : e.ar}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.command === 'help') {
    io.out(lang === 'en' ? HELP_EN : HELP_AR);
    return 0;
  }
  if (opts.command === 'version') {
    io.out(`${version}\n`);
    return 0;
  }

  const stdinCount = opts.inputs.filter((i) => i === '-').length;
  if (stdinCount > 1) {
    io.err(`mudaqqiq: ${lang === 'en' ? '"-" (standard input) can be given only once' : 'لا يُعطى "-" (الدخل القياسي) إلا مرة واحدة'}\n`);
    return 2;
  }
  if (stdinCount && opts.fix && !opts.dryRun && opts.format !== 'text') {
    io.err(
      `mudaqqiq: ${lang === 'en' ? '--fix on "-" prints the fixed text; it cannot be combined with --format json or sarif' : '‏--fix مع "-" يطبع النص المصحح، فلا يجتمع مع --format json أو sarif'}\n`,
    );
    return 2;
  }

  // Notices (unreadable inputs …) are printed on stderr once the house style's language is known.
  const pending: Notice[] = [];
  const resolved = resolveInputs(opts.inputs, io.cwd);
  for (const p of resolved.problems) pending.push({ display: p.display, message: p.message, kind: 'input' });
  const color = opts.color ?? (io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== ''));
  // stdout carries the report unless it carries the diffs (--dry-run) or the fixed text (--fix on "-")
  const reportOnStdout = !opts.dryRun && !(opts.fix && stdinCount > 0);
  const plan = (configLanguage: 'ar' | 'en' | undefined) => ({
    // the same language and colour report() uses for the rest of the report
    render: { format: opts.format, lang: opts.lang ?? configLanguage ?? lang, color: reportOnStdout ? color : (opts.color ?? false) },
    // the text and JSON reports stream in input order as drafts are done; SARIF is one document
    stream: opts.format !== 'sarif' && reportOnStdout,
  });
  const runIo = { env: io.env, stderrIsTTY: !!io.stderrIsTTY, out: (s: string) => io.out(s), flush: () => io.flush?.(), progress: (s: string) => io.progress?.(s) };
  const workers = workerCount(opts, resolved.files);
  const done = (result: RunResult) => report(opts, io, result, pending, opts.lang ?? result.configLanguage ?? lang);
  // Many drafts: worker threads; else this thread. Either way each draft's part of the report is
  // rendered as soon as it is checked (and the draft let go).
  if (workers > 0) return runParallel(opts, io.cwd, resolved.files, workers, runIo, (n) => pending.push(n), plan).then(done);
  return done(runInThread(opts, io.cwd, resolved.files, runIo, (n) => pending.push(n), plan));
}

/**
 * Print the report of a run (stdout) and its problems and notices (stderr); the exit code.
 * The run brings its drafts' parts of the report already rendered (or already written).
 */
function report(opts: CliOptions, io: Io, result: RunResult, pending: Notice[], lang: Lang): number {
  const streamed = result.streamed;
  const color = opts.color ?? (io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== ''));
  let failed = false;
  for (const p of result.resolver.problems) {
    const pos = result.resolver.problemPosition(p);
    io.err(`${displayOf(p.file, io.cwd)}:${pos.line}:${pos.column}  ${p.severity}  ${pick(p.message, lang)}\n`);
    if (p.severity === 'error') failed = true;
  }
  for (const n of pending) {
    io.err(`mudaqqiq: ${n.display}: ${pick(n.message, lang)}\n`);
    if (n.kind !== 'ignored') failed = true;
  }

  const stdinFix = result.files.find((f) => f.fixedOutput !== undefined);
  // stdout carries exactly one thing: the diff (--dry-run), the fixed text (--fix on "-"), or the report.
  const reportOut = opts.dryRun || stdinFix ? io.err : io.out;
  if (opts.dryRun) {
    for (const f of result.files) if (f.diff) io.out(f.diff);
  }
  if (stdinFix?.passedBytes) io.passBytes?.(stdinFix.passedBytes.bytes, stdinFix.passedBytes.more);
  else if (stdinFix) io.out(stdinFix.fixedOutput!);

  if (opts.format === 'json') {
    if (!streamed) io.out(joinJson(result.entries));
  } else if (opts.format === 'sarif') {
    io.out(
      formatSarif(
        {
          lang,
          version,
          cwd: io.cwd,
          successful: !failed,
          configProblems: result.resolver.problems.map((p) => {
            const pos = result.resolver.problemPosition(p);
            return { path: p.file, level: p.severity, message: pick(p.message, lang), ...pos, offset: p.start, length: p.end - p.start };
          }),
          notifications: pending
            .filter((n) => n.kind !== 'ignored')
            .map((n) => ({ display: n.display, message: pick(n.message, lang) })),
        },
        result.entries,
      ),
    );
  } else {
    const useColor = reportOut === io.out ? color : (opts.color ?? false);
    if (!streamed) reportOut(result.entries.join(''));
    if (result.files.length > 0 || pending.length === 0) reportOut(formatSummary(result.files, lang, useColor, opts));
  }

  if (failed) return 2;
  const c = countFindings(result.files);
  if (c.error > 0) return 1;
  const warnings = result.files.reduce((n, f) => n + f.warnings, 0);
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.err(
      `mudaqqiq: ${lang === 'en' ? `${warnings} warnings exceed --max-warnings ${opts.maxWarnings}` : `التحذيرات (${warnings}) أكثر من الحد --max-warnings ${opts.maxWarnings}`}\n`,
    );
    return 1;
  }
  return 0;
}

function displayOf(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/**
 * Whether fd 1 (or 2) is a terminal, without touching process.stdout: creating that stream loads
 * node's stream and net modules, a large share of a one-article run's start-up time.
 */
function isTerminal(fd: number): boolean {
  try {
    const st = fs.fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    try {
      return st.rdev !== fs.statSync('/dev/null').rdev;
    } catch {
      return true;
    }
  } catch {
    return false;
  }
}

if (process.argv.includes(WORKER_FLAG) && !(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread) {
  runWorker();
} else if (require.main === module || launcherPath() !== undefined) {
  // run as the command: directly (a bundle of main.ts alone), or by the launcher (dist/cli.js)
  const chunks: string[] = [];
  const errChunks: string[] = [];
  let stdoutGone = false;
  let passed: { bytes: Uint8Array; more: boolean } | undefined;
  const finish = (code: number) => {
    // Synchronous writes: everything is out before the process exits, and a reader that
    // stops early (`| head`) just ends the run, with its exit code.
    writeAll(2, errChunks);
    if (passed && !stdoutGone) stdoutGone = !writeBytes(1, passed.bytes) || (passed.more && !copyRest(0, 1));
    if (!stdoutGone) writeAll(1, chunks);
    process.exitCode = code;
  };
  const crashed = (e: unknown) => {
    errChunks.push(`mudaqqiq: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  };
  let code: number | Promise<number>;
  try {
    code = main(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdoutIsTTY: isTerminal(1),
      stderrIsTTY: isTerminal(2),
      out: (s) => chunks.push(s),
      err: (s) => errChunks.push(s),
      passBytes: (bytes, more) => void (passed = { bytes, more }),
      flush: () => {
        if (!stdoutGone && !writeAll(1, chunks)) stdoutGone = true;
        chunks.length = 0;
      },
      progress: (s) => void writeAll(2, [s]),
    });
  } catch (e) {
    code = crashed(e);
  }
  if (typeof code === 'number') finish(code);
  else code.then(finish, (e: unknown) => finish(crashed(e)));
}
