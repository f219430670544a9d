// `npm run check:samples`: the command-line checker over the sample newsroom drafts.
// Extra arguments are passed on: `npm run check:samples -- --lang en --format sarif`.
// The drafts are full of problems on purpose, so findings (exit 1) are not a failure here;
// a usage or I/O problem (exit 2) is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  const b = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0 || !existsSync(cli)) {
    console.error('check-samples: dist/cli.js is missing and the build failed');
    process.exit(2);
  }
}
const r = spawnSync(process.execPath, [cli, 'check', 'samples/drafts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status === 1 ? 0 : (r.status ?? 2));
