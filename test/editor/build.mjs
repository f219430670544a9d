// Bundles the editor suite (test/editor/suite/*.ts) to out/test/editor/suite/index.js for a
// VS Code extension host: `vscode` and `mocha` stay external (the host provides `vscode`;
// mocha is loaded from node_modules at run time).
import * as esbuild from 'esbuild';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;
export const suiteIndex = join(root, 'out/test/editor/suite/index.js');

export async function buildSuite() {
  await esbuild.build({
    entryPoints: { index: join(root, 'test/editor/suite/index.ts') },
    outdir: join(root, 'out/test/editor/suite'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return suiteIndex;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSuite();
