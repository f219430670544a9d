// Bundles the extension client, the language server and the CLI into dist/.
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';

/** Report errors in the shape VS Code's esbuild problem matcher understands. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // production bundles (the .vsix) get their maps beside them without a sourceMappingURL comment: the maps are not shipped
  sourcemap: production ? 'external' : true,
  minify: production,
  logLevel: 'warning',
  plugins: [problemMatcher],
};

const entries = [
  { entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { server: 'server/src/lsp/main.ts' } },
  // The CLI: dist/cli-main.js is the bundle; dist/cli.js (the `mudaqqiq` command) is a small
  // launcher that runs it from V8's code cache (server/src/cli/launch.ts; issue 9's cold start).
  { entryPoints: { 'cli-main': 'server/src/cli/main.ts' } },
  { entryPoints: { cli: 'server/src/cli/launch.ts' }, banner: { js: '#!/usr/bin/env node' } },
];

// The Arabic lexicon the orthography rules read (dist/lexicon-ar.bin), generated from the
// @cspell/dict-ar devDependency; nothing to do when it is up to date.
const { buildLexicon } = await import('./scripts/build-lexicon.mjs');
buildLexicon();

const contexts = await Promise.all(
  entries.map((e) => esbuild.context({ ...common, ...e, outdir: 'dist' })),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
