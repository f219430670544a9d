// What the two real-editor suites (test/editor/run.mjs, test/ui/run.mjs) share around
// code-server (started and stopped by scripts/lib/code-server.mjs): their counts, written to
// $MUDAQQIQ_COUNT_FILE for test/run.mjs; a stack of clean-ups (code-server, Chromium, throwaway
// folders) run last-in first-out at the end, on an error and on Ctrl+C / SIGTERM; and the
// closing `N passed, N failed` line and exit code.

import { writeFileSync } from 'node:fs';

/** A suite named `name` (the `[name]` prefix of its lines). */
export function createSuite(name) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const cleanups = [];

  const writeCounts = () => {
    const file = process.env.MUDAQQIQ_COUNT_FILE;
    if (file) writeFileSync(file, JSON.stringify(counts));
  };

  const cleanup = async () => {
    while (cleanups.length) {
      try {
        await cleanups.pop()();
      } catch (e) {
        console.error(`[${name}] cleanup:`, e?.message ?? e);
      }
    }
  };

  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, async () => {
      counts.failed++;
      counts.failures.push(`interrupted by ${sig}`);
      writeCounts();
      await cleanup();
      process.exit(130);
    });
  }

  return {
    counts,
    /** Run `fn` at the end (clean-ups run in reverse order of registration). */
    onCleanup(fn) {
      cleanups.push(fn);
    },
    /** Run `main`, count an exception as a failure, clean up, write the counts, exit. */
    async run(main) {
      try {
        await main();
      } catch (e) {
        counts.failed++;
        counts.failures.push(`${name} suite could not run: ${e?.message ?? e}`);
        console.error(e);
      } finally {
        await cleanup();
        writeCounts();
        console.log(`[${name}] ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
      }
      process.exit(counts.failed > 0 ? 1 : 0);
    },
  };
}
