// Writing a fixed draft back: atomically, in the same folder, keeping the file's mode.
// Either the whole new text is in place or the original is untouched.

import * as fs from 'node:fs';
import * as path from 'node:path';

export type WriteResult = { ok: true } | { ok: false; message: { ar: string; en: string } };

export interface Expected {
  mode?: number;
  mtimeMs?: number;
  size?: number;
}

export function writeAtomic(file: string, data: string, expected: Expected): WriteResult {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(file); // write through a symlink, not over it
    stat = fs.statSync(target);
  } catch (e) {
    return fail(e);
  }
  // Read-only files stay read-only: renaming over them would succeed (the folder is
  // writable, and root ignores permissions), so the mode is checked, not just access().
  if ((stat.mode & 0o222) === 0) {
    return { ok: false, message: { ar: 'الملف للقراءة فقط: لم يُكتب الإصلاح', en: 'the file is read-only: fixes not written' } };
  }
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch {
    return { ok: false, message: { ar: 'لا إذن بالكتابة في الملف: لم يُكتب الإصلاح', en: 'no permission to write the file: fixes not written' } };
  }
  if (expected.mtimeMs !== undefined && (stat.mtimeMs !== expected.mtimeMs || stat.size !== expected.size)) {
    return {
      ok: false,
      message: { ar: 'تغير الملف على القرص أثناء المراجعة: لم يُكتب الإصلاح', en: 'the file changed on disk while it was checked: fixes not written' },
    };
  }
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.mudaqqiq-${process.pid}-${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    const mode = stat.mode & 0o7777;
    fd = fs.openSync(tmp, 'wx', mode);
    fs.writeFileSync(fd, data, 'utf8');
    keepOwner(fd, stat);
    fs.fchmodSync(fd, mode); // the umask narrowed the mode given to open (and chown may clear set-id bits)
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* never created */
    }
    return fail(e);
  }
  // Make the rename itself durable where the platform allows syncing a folder.
  try {
    const dfd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    /* not supported here (Windows) */
  }
  return { ok: true };
}

/**
 * The new file belongs to whoever runs the fix: give it the draft's owner and group, so root
 * (a CI job, a shared newsroom server) fixing an editor's draft does not take it over. Where
 * that is not allowed (another user's group-writable draft), the group alone if possible;
 * otherwise the file is written as the runner's, as any editor that saves by rename does.
 */
function keepOwner(fd: number, draft: fs.Stats): void {
  const now = fs.fstatSync(fd);
  if (now.uid === draft.uid && now.gid === draft.gid) return;
  try {
    fs.fchownSync(fd, draft.uid, draft.gid);
  } catch {
    try {
      fs.fchownSync(fd, now.uid, draft.gid);
    } catch {
      /* not a member of the draft's group */
    }
  }
}

function fail(e: unknown): WriteResult {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return { ok: false, message: { ar: `لا إذن بالكتابة (${code}): لم يُكتب الإصلاح`, en: `no permission to write (${code}): fixes not written` } };
  }
  return { ok: false, message: { ar: `تعذرت كتابة الملف (${code ?? e}): بقي كما كان`, en: `could not write the file (${code ?? e}): left as it was` } };
}
