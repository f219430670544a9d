// `npm start`: try Mudaqqiq in a real VS Code in the browser.
// Installs the tools if missing (scripts/tools.sh), packages the extension, installs the
// .vsix into a dedicated extensions folder (.tools/start/), starts code-server on 127.0.0.1
// (port 8080 when free, or $PORT) with samples/ as the workspace, prints the address, and
// stops everything on Ctrl+C.
//
//   npm start                 (= node esbuild.mjs && node scripts/start.mjs)
//   PORT=9000 npm start
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerCli, ensureTools, freePort, makeProfile, root, startCodeServer } from './lib/code-server.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const stateDir = join(root, '.tools', 'start');
const workspace = existsSync(join(root, 'samples')) ? join(root, 'samples') : root;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

try {
  ensureTools();
} catch (e) {
  console.error(`[start] ${e.message}`);
  process.exit(1);
}

console.log('[start] packaging the extension');
mkdirSync(stateDir, { recursive: true });
const vsix = join(stateDir, `mudaqqiq-${pkg.version}.vsix`);
run(process.execPath, ['esbuild.mjs', '--production']);
run(join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '-o', vsix]);

// A dedicated profile kept between runs (settings you change survive a restart), with the
// freshly packaged extension installed over the previous one.
const profile = makeProfile(stateDir);
codeServerCli(['--install-extension', vsix, '--force'], profile);

const port = await freePort(Number(process.env.PORT ?? 8080));
const server = await startCodeServer({ profile, port, logFile: join(stateDir, 'code-server.log') });
const url = `${server.url}/?folder=${encodeURIComponent(workspace).replace(/%2F/g, "/")}`;
console.log(`
[start] Mudaqqiq ${pkg.version} is running in code-server.
        Open:       ${url}
        Workspace:  ${workspace}
        Log:        ${join(stateDir, 'code-server.log')}
        Stop:       Ctrl+C
`);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n[start] ${signal}: stopping code-server`);
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGHUP', () => void stop('SIGHUP'));
server.child.once('exit', (code) => {
  if (stopping) return;
  console.error(`[start] code-server exited (${code}); see ${join(stateDir, 'code-server.log')}`);
  void server.stop().then(() => process.exit(1));
});
