// `npm run test:desktop`: the same mocha suite as test/editor/run.mjs, in desktop VS Code
// downloaded by @vscode/test-electron. Needs internet (update.code.visualstudio.com): on the
// offline project machines it fails with ENOTFOUND, which is expected; `npm test` runs the
// suite in code-server instead (test/editor/run.mjs) and never calls this file.
//
//   npm run test:desktop                        latest stable VS Code
//   MUDAQQIQ_VSCODE_VERSION=1.91.0 npm run test:desktop
import { runTests } from '@vscode/test-electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSuite, root } from './build.mjs';
import { makeWorkspace } from './workspace.mjs';

const suiteIndex = await buildSuite();
const { base, ws } = makeWorkspace();
const userDataDir = join(base, 'user-data');
const extensionsDir = join(base, 'extensions');
mkdirSync(userDataDir, { recursive: true });
mkdirSync(extensionsDir, { recursive: true });

try {
  const code = await runTests({
    version: process.env.MUDAQQIQ_VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root.replace(/\/$/, ''),
    extensionTestsPath: suiteIndex,
    extensionTestsEnv: { MUDAQQIQ_EDITOR_RESULTS: join(base, 'results.json') },
    launchArgs: [
      ws,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-extensions', // other extensions; the one under development still loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
      '--no-sandbox',
    ],
  });
  console.log(`[desktop] VS Code exited with ${code}`);
  process.exit(code);
} catch (e) {
  console.error(`[desktop] the desktop suite could not run: ${e?.message ?? e}`);
  if (/ENOTFOUND|ECONNREFUSED|EAI_AGAIN|getaddrinfo/.test(String(e?.message ?? e))) {
    console.error('[desktop] VS Code could not be downloaded (no internet?). `npm test` runs the same suite in code-server offline.');
  }
  process.exit(1);
}
