// What the launcher (launch.ts → dist/cli.js) and the CLI bundle (main.ts → dist/cli-main.js)
// share. Kept apart so that neither pulls the other in.

/** In a worker thread's argv: run as a worker of a parallel check. */
export const WORKER_FLAG = '--mudaqqiq-cli-worker';

/** The global under which the launcher leaves its own path: the bundle then runs as the command, and its workers start through the launcher too. */
export const LAUNCHER_KEY = '__mudaqqiqCliLauncher';

/** The launcher that started this bundle, if one did. */
export function launcherPath(): string | undefined {
  const v = (globalThis as Record<string, unknown>)[LAUNCHER_KEY];
  return typeof v === 'string' ? v : undefined;
}
