// Entry point of the extension's mocha suite inside a real VS Code extension host (code-server
// through test/editor/run.mjs, or desktop VS Code through test/editor/desktop.mjs). VS Code
// loads this module from `extensionTestsPath` and calls run(); a rejection is exit code 1.
//
// The counts go to the runner two ways: a `MUDAQQIQ_RESULTS {json}` console line (the
// extension host forwards console output to the workbench, where Playwright reads it) and,
// when MUDAQQIQ_EDITOR_RESULTS names a file, that file.
import * as fs from 'node:fs';

interface Results {
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
}

interface MochaTest {
  fullTitle(): string;
  duration?: number;
}
interface MochaRunner {
  on(event: 'pass' | 'pending', fn: (t: MochaTest) => void): void;
  on(event: 'fail', fn: (t: MochaTest, err: Error) => void): void;
}

function reporter(results: Results) {
  return class MudaqqiqReporter {
    constructor(runner: MochaRunner) {
      runner.on('pass', (t) => {
        results.passed++;
        console.log(`  ✓ ${t.fullTitle()} (${t.duration ?? 0} ms)`);
      });
      runner.on('pending', (t) => {
        results.skipped++;
        console.log(`  - ${t.fullTitle()} (skipped)`);
      });
      runner.on('fail', (t, err) => {
        results.failed++;
        const msg = err?.message ?? String(err);
        results.failures.push(`${t.fullTitle()}: ${msg.split('\n')[0]}`);
        console.log(`  ✗ ${t.fullTitle()}\n${(err?.stack ?? msg).replace(/^/gm, '      ')}`);
      });
    }
  };
}

export async function run(): Promise<void> {
  // mocha 12 is an ES module; require() of it (Node ≥ 20.19) gives its namespace.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('mocha');
  const Mocha = mod.Mocha ?? mod.default ?? mod;
  const results: Results = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: reporter(results) });
  // Give the test files mocha's globals (suite, test, suiteSetup …), then load them: they are
  // bundled into this file and evaluated only now, by these require calls.
  mocha.suite.emit('pre-require', globalThis, 'mudaqqiq-editor-suite', mocha);
  require('./extension.test');
  require('./features.test');
  require('./workspace-check.test');

  const failures: number = await new Promise((resolve) => mocha.run(resolve));
  const line = `MUDAQQIQ_RESULTS ${JSON.stringify(results)}`;
  console.log(line);
  const out = process.env.MUDAQQIQ_EDITOR_RESULTS;
  if (out) fs.writeFileSync(out, JSON.stringify(results));
  if (failures > 0 || results.failed > 0) throw new Error(`${results.failed} editor test(s) failed`);
}
