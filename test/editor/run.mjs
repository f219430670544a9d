// Runs the extension's mocha suite (test/editor/suite) inside code-server's extension host,
// with the extension loaded from this checkout (extensionDevelopmentPath) and the real
// language server. Chromium opens the workbench with the smoke-test-driver payload; the
// suite's exit code comes back through window.codeAutomationExit.
//
// Writes {passed, failed, skipped, failures} to $MUDAQQIQ_COUNT_FILE (test/run.mjs reads it).
// Needs dist/ built (test/run.mjs builds first). Installs the tools if they are missing.
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  ensureTools,
  freePort,
  launchBrowser,
  makeProfile,
  remoteUri,
  root,
  startCodeServer,
} from '../../scripts/lib/code-server.mjs';
import { buildSuite } from './build.mjs';
import { makeWorkspace } from './workspace.mjs';
import { createSuite } from '../lib/suite-runner.mjs';

const SUITE_TIMEOUT_MS = Number(process.env.MUDAQQIQ_EDITOR_TIMEOUT_MS ?? 240_000);
const suite = createSuite('editor');
const { counts } = suite;

async function main() {
  ensureTools();
  if (!existsSync(join(root, 'dist/client.js')) || !existsSync(join(root, 'dist/server.js'))) {
    throw new Error('dist/client.js or dist/server.js is missing: run `node esbuild.mjs` first');
  }
  const suiteIndex = await buildSuite();
  const { base, ws } = makeWorkspace();
  // Runs last: the throwaway folders go when every test passed, and stay for a look otherwise.
  suite.onCleanup(() => counts.failed === 0 && rmSync(base, { recursive: true, force: true }));
  const profile = makeProfile(join(base, 'profile'));
  const resultsFile = join(base, 'results.json');
  const logFile = join(base, 'code-server.log');
  const port = await freePort();
  const server = await startCodeServer({
    profile,
    port,
    smokeTestDriver: true,
    logFile,
    env: { MUDAQQIQ_EDITOR_RESULTS: resultsFile },
  });
  suite.onCleanup(() => server.stop());
  console.log(`[editor] code-server ${server.url} (pgid ${server.pid}), workspace ${ws}`);

  const browser = await launchBrowser();
  suite.onCleanup(() => browser.close());
  const { page } = browser;
  let consoleResults;
  const workbenchErrors = [];
  let exitCode;
  const exited = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = code;
      resolve(code);
    });
  });
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    if (level === 'error') workbenchErrors.push(String(message));
  });
  const consoleLog = createWriteStream(join(base, 'browser-console.log'));
  suite.onCleanup(() => new Promise((r) => consoleLog.end(r)));
  page.on('console', (msg) => {
    const text = msg.text();
    consoleLog.write(`[${msg.type()}] ${text}\n`);
    const m = /MUDAQQIQ_RESULTS (\{.*\})/.exec(text);
    if (m) {
      try {
        consoleResults = JSON.parse(m[1]);
      } catch {
        // a truncated line: the results file is the other channel
      }
    }
    // The suite's own lines (✓ ✗ -) as the extension host forwards them.
    for (const line of text.split('\n')) {
      if (/^\s*(✓|✗|- )/.test(line.replace(/^.*?\[Extension Host\]\s*/, '').replace(/%c/g, ''))) {
        console.log(line.replace(/^.*?\[Extension Host\]\s*/, '').replace(/%c/g, ''));
      } else if (/^\s{6}/.test(line) && /✗|Error|assert|at /.test(text)) {
        console.log(line);
      }
    }
  });

  const root_ = root.replace(/\/$/, '');
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.url, root_)],
    ['extensionTestsPath', remoteUri(server.url, suiteIndex)],
    ['skipWelcome', 'true'],
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const started = Date.now();
  await page.goto(url);
  let timer;
  const code = await Promise.race([
    exited,
    new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  console.log(`[editor] extension host exited with ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : consoleResults;
  if (results) {
    Object.assign(counts, results);
    if (code !== 0 && counts.failed === 0) {
      counts.failed++;
      counts.failures.push(`the extension host exited with ${code} although no test failed`);
    }
  } else {
    counts.failed++;
    counts.failures.push(
      code === 'timeout'
        ? `the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`
        : `the suite reported no results (extension host exit ${code})`,
    );
  }
  if (counts.failed > 0) {
    await page.screenshot({ path: join(base, 'failure.png') }).catch(() => {});
    if (workbenchErrors.length) console.log(`[editor] workbench errors:\n  ${workbenchErrors.slice(-10).join('\n  ')}`);
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
    console.log(`[editor] code-server log (${logFile}), last lines:\n${log}\n[editor] screenshot: ${join(base, 'failure.png')}`);
  }
  void exitCode;
}

await suite.run(main);
