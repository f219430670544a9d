// dist/cli.js, the `mudaqqiq` command: a small launcher that runs the CLI bundle
// (dist/cli-main.js, bundled from main.ts) from V8's code cache, so a run does not parse and
// compile the whole bundle again (issue 9: cold start on one article).
//
// - Node ≥ 22.1: node's own compile cache (`module.enableCompileCache`) in the cache folder.
// - Node 20: a `vm.Script` with cachedData. The cache file is named after node's version, the
//   architecture and the bundle's size, mtime and inode (a rebuilt bundle gets a new one; V8 also
//   refuses data made by another V8 or with other flags), and is written once, when the first
//   run ends (so it holds the functions a check compiled, not only the top level), atomically.
// - The cache folder: MUDAQQIQ_CACHE_DIR, else mudaqqiq-cache-<uid> in the OS temp folder. It is
//   used only when it is this user's own and nobody else may write in it (a planted cache would
//   be code run as this user). MUDAQQIQ_CACHE_DIR=off (or 0) turns the cache off.
// - Nothing about the cache ever fails a run: a folder that cannot be made or written, a cache
//   that cannot be read or is refused — the bundle is then compiled as usual, same output.
//
// Kept to node's built-in modules that node has already loaded at start-up (fs, path, vm, module).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { LAUNCHER_KEY, WORKER_FLAG } from './entry';

const BUNDLE = 'cli-main.js';

/** The cache folder to use, or undefined (turned off, or not safely this user's). Made when missing. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const asked = env.MUDAQQIQ_CACHE_DIR;
  if (asked !== undefined && /^(off|0|false|no)$/i.test(asked.trim())) return undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = asked?.trim() ? path.resolve(asked.trim()) : path.join((require('node:os') as typeof import('node:os')).tmpdir(), `mudaqqiq-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    if (!st.isDirectory()) return undefined;
    // POSIX: ours, and writable by nobody else
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** The cache file of this bundle (its file and version) under this node; its name starts with the bundle file's prefix. */
function cacheFile(dir: string, bundle: string): { file: string; prefix: string } | undefined {
  try {
    const st = fs.statSync(bundle);
    const prefix = `cli-main-${st.dev}-${st.ino}-`;
    return { file: path.join(dir, `${prefix}${process.version}-${process.arch}-${st.size}-${Math.floor(st.mtimeMs)}.v8cache`), prefix };
  } catch {
    return undefined;
  }
}

/** Remove the caches of earlier builds of the same bundle file (same prefix), so they do not pile up. */
function pruneCaches(dir: string, prefix: string, keep: string): void {
  try {
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith('.v8cache') && name !== keep) fs.unlinkSync(path.join(dir, name));
    }
  } catch {
    // left for next time
  }
}

function readCache(file: string | undefined): Buffer | undefined {
  if (!file) return undefined;
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    if (uid !== undefined && fs.statSync(file).uid !== uid) return undefined;
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Write `data` to `file` through a temporary file and a rename (a reader never sees half a cache). */
function writeCache(file: string, data: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data, { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

/** Run the bundle at `bundle` as a CommonJS module, from the code cache where there is one. */
export function launch(bundle: string, launcher: string): void {
  (globalThis as Record<string, unknown>)[LAUNCHER_KEY] = launcher;
  const Module = require('node:module') as typeof import('node:module') & {
    enableCompileCache?: (dir?: string) => unknown;
    wrap(src: string): string;
    _nodeModulePaths(dir: string): string[];
  };
  const dir = cacheDir();
  if (typeof Module.enableCompileCache === 'function') {
    // Node ≥ 22.1: its own cache, for what is required from here on.
    if (dir) {
      try {
        Module.enableCompileCache(dir);
      } catch {
        // no cache
      }
    }
    require(bundle);
    return;
  }
  const vm = require('node:vm') as typeof import('node:vm');
  // (node:worker_threads is loaded only in a thread that may be a worker: it costs start-up time)
  const isMainThread = !process.argv.includes(WORKER_FLAG) || (require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread;
  const where = dir ? cacheFile(dir, bundle) : undefined;
  const file = where?.file;
  const cached = readCache(file);
  const source = fs.readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cached });
  if (file && isMainThread && (!cached || script.cachedDataRejected)) {
    // When the run ends, the functions it compiled go into the cache with the top level.
    process.once('exit', () => {
      try {
        writeCache(file, script.createCachedData());
        pruneCaches(dir!, where!.prefix, path.basename(file));
      } catch {
        // no cache this time
      }
    });
  }
  const mod = new Module(bundle, module) as InstanceType<typeof Module> & { filename: string; paths: string[]; loaded: boolean };
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  const req = Module.createRequire(bundle);
  const fn = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void;
  fn.call(mod.exports, mod.exports, req, mod, bundle, path.dirname(bundle));
  mod.loaded = true;
}

if (require.main === module || (process.argv.includes(WORKER_FLAG) && !(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread)) {
  launch(path.join(__dirname, BUNDLE), __filename);
}
