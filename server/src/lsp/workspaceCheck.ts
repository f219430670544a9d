// Checking every draft of the workspace: the command `mudaqqiq.checkWorkspace` (the VS Code
// client turns a server command into an editor command by itself; the palette title is the
// client's contribution). Drafts are found under each workspace folder (the CLI's extensions:
// .txt .md .markdown .khabar .news; dot-folders and node_modules skipped), leaving out what the
// editor's `files.exclude` hides, what the command's `exclude` globs name, and what the house
// style's `ignore.files` ignores; documents open in the editor are left to their own checks.
// Each draft is checked on the worker thread as a background job (open documents go first),
// with progress reported through window/workDoneProgress (cancellable), and the results are
// published (push) or kept for workspace/diagnostic (pull), closed files included.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileGlob } from '../config/glob';
import { DRAFT_EXTENSIONS } from '../cli/inputs';

export { CHECK_WORKSPACE_COMMAND, type CheckWorkspaceArgs, type CheckWorkspaceResult } from './protocol';

const SKIPPED_DIRS = new Set(['node_modules']);

export function languageIdFor(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.khabar' || ext === '.news') return 'arabic-news';
  return 'plaintext';
}

/** A matcher for `files.exclude`-style globs ({ glob: true }) and plain glob lists, on paths relative to a folder. */
export function excludeMatcher(filesExclude: unknown, extra: readonly string[] = []): (rel: string) => boolean {
  const globs: string[] = [...extra.filter((g) => typeof g === 'string' && g.trim())];
  if (filesExclude && typeof filesExclude === 'object' && !Array.isArray(filesExclude)) {
    for (const [g, on] of Object.entries(filesExclude as Record<string, unknown>)) if (on === true) globs.push(g);
  }
  const compiled = globs.map((g) => compileGlob(g.replace(/\\/g, '/').replace(/^\.\//, ''))).filter((c) => c.ok);
  if (compiled.length === 0) return () => false;
  return (rel) => compiled.some((c) => c.ok && c.match(rel));
}

/** Every draft under `root` not excluded, in name order (absolute paths). */
export function findDrafts(root: string, excluded: (rel: string) => boolean, isCancelled: () => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (isCancelled()) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const rel = path.relative(root, abs).split(path.sep).join('/');
      if (e.isDirectory()) {
        if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name) || excluded(rel)) continue;
        walk(abs);
      } else if (e.isFile() && DRAFT_EXTENSIONS.includes(path.extname(e.name).toLowerCase()) && !excluded(rel)) {
        out.push(abs);
      }
    }
  };
  walk(root);
  return out;
}
