// From command-line inputs to the list of drafts to check, and reading each draft as text.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentLanguage } from '../engine';
import { strictUtf8Text } from '../config/disk';

/** File extensions of drafts found by searching a folder or expanding a glob. */
export const DRAFT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.khabar', '.news'];

const SKIPPED_DIRS = new Set(['node_modules']);

export interface InputFile {
  /** Absolute path, or '-' for standard input. */
  path: string;
  /** The path as shown in reports (relative to the working folder when inside it). */
  display: string;
  /** Named on the command line (as opposed to found in a folder or by a glob). */
  explicit: boolean;
}

export interface InputProblem {
  display: string;
  message: { ar: string; en: string };
}

export function languageFor(file: string): DocumentLanguage {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.khabar' || ext === '.news') return 'arabic-news';
  return 'plaintext';
}

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return abs;
  return rel;
}

function isDraft(name: string): boolean {
  return DRAFT_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** Every draft under dir, depth first in name order, skipping node_modules and dot-folders (.git …). */
export function walkDrafts(dir: string, out: string[] = [], filter?: (abs: string) => boolean): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
      walkDrafts(abs, out, filter);
    } else if (isDraft(e.name) && (e.isFile() || (e.isSymbolicLink() && isFile(abs)))) {
      if (!filter || filter(abs)) out.push(abs);
    }
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Resolve the command-line inputs. Each path is listed once, in the order first met.
 * Problems (missing path, folder without drafts, glob without matches) are returned, not thrown.
 */
export function resolveInputs(inputs: readonly string[], cwd: string): { files: InputFile[]; problems: InputProblem[] } {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (abs: string, explicit: boolean) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ path: abs, display: abs === '-' ? '-' : displayPath(abs, cwd), explicit });
  };
  for (const input of inputs.length ? inputs : ['.']) {
    if (input === '-') {
      add('-', true);
      continue;
    }
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    let statError: string | undefined;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      stat = undefined;
      statError = (e as NodeJS.ErrnoException).code;
    }
    if (stat?.isDirectory()) {
      const found = walkDrafts(abs);
      if (found.length === 0) {
        problems.push({
          display: input,
          message: {
            ar: `لا مسودات في المجلد (يُبحث عن ${DRAFT_EXTENSIONS.join(' ')})`,
            en: `no drafts in this folder (looked for ${DRAFT_EXTENSIONS.join(' ')})`,
          },
        });
      }
      for (const f of found) add(f, false);
    } else if (stat) {
      add(abs, true);
    } else if (GLOB_CHARS.test(input)) {
      const found = expandGlob(input, cwd);
      if (found.length === 0) {
        problems.push({ display: input, message: { ar: 'لا مسودة تطابق هذا النمط', en: 'no draft matches this glob' } });
      }
      for (const f of found) add(f, false);
    } else if (statError === 'ELOOP') {
      problems.push({ display: input, message: { ar: 'رابط رمزي يدور على نفسه: لم يُراجع', en: 'a symbolic link loop: not checked' } });
    } else if (fs.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) {
      problems.push({ display: input, message: { ar: 'رابط رمزي إلى ملف غير موجود: لم يُراجع', en: 'a symbolic link to a file that does not exist: not checked' } });
    } else {
      problems.push({ display: input, message: { ar: 'لا ملف ولا مجلد بهذا الاسم', en: 'no such file or folder' } });
    }
  }
  return { files, problems };
}

function expandGlob(pattern: string, cwd: string): string[] {
  // picomatch is loaded only when a glob is actually given (cold start).
  const picomatch = require('picomatch') as typeof import('picomatch');
  const posix = (p: string) => p.split(path.sep).join('/');
  const pat = posix(pattern).replace(/^(\.\/)+/, '');
  const absolute = path.posix.isAbsolute(pat);
  const { base } = picomatch.scan(pat);
  const baseAbs = path.resolve(cwd, base || '.');
  const isMatch = picomatch(pat, { dot: false });
  // Relative globs match paths relative to the working folder; absolute globs match absolute paths.
  return walkDrafts(baseAbs, [], (abs) => isMatch(absolute ? posix(abs) : posix(path.relative(cwd, abs))));
}

export type ReadResult =
  | { ok: true; text: string; bom: boolean; mode?: number; mtimeMs?: number; size?: number }
  | {
      ok: false;
      message: { ar: string; en: string };
      /** Standard input only: the bytes read before it was refused (not UTF-8, binary, over the limit). */
      bytes?: Uint8Array;
      /** …and more of it may follow them, unread (over the limit). */
      more?: boolean;
    };

/** Decode a draft: binary (NUL bytes) and non-UTF-8 input is refused with a clear message. */
export function decodeDraft(buf: Uint8Array): ReadResult {
  if (buf.indexOf(0) >= 0) {
    return { ok: false, message: { ar: 'ملف ثنائي (فيه بايتات NUL) وليس نصا: لم يُراجع', en: 'binary file (contains NUL bytes), not text: skipped' } };
  }
  const text = strictUtf8Text(buf);
  if (text === undefined) {
    return {
      ok: false,
      message: {
        ar: 'الملف ليس بترميز UTF-8 (ربما Windows-1256): احفظه بترميز UTF-8 ثم أعد المحاولة',
        en: 'not valid UTF-8 (Windows-1256, perhaps?): save it as UTF-8 and try again',
      },
    };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** Drafts larger than this are not checked: the editor's `mudaqqiq.maxFileSize` default (2 MB). */
export const DEFAULT_MAX_DRAFT_BYTES = 2 * 1024 * 1024;

/** A size for a message in the largest unit it fills (MB, KB or bytes): a 900-byte limit is not "0.0 MB". */
function sizeText(n: number): { ar: string; en: string } {
  const num = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));
  if (n >= 1048576) return { ar: `${num(n / 1048576)} م.ب`, en: `${num(n / 1048576)} MB` };
  if (n >= 1024) return { ar: `${num(n / 1024)} ك.ب`, en: `${num(n / 1024)} KB` };
  return { ar: `${n} بايت`, en: `${n} bytes` };
}

/** The message for a draft over the size limit (`size` undefined: more than the limit came on standard input). */
export function tooLargeMessage(size: number | undefined, max: number): { ar: string; en: string } {
  let limit = sizeText(max);
  let found = size === undefined ? undefined : sizeText(size);
  // a draft just over the limit would read "2.0 MB; the limit is 2.0 MB": say both in bytes
  if (found && found.en === limit.en) [found, limit] = [{ ar: `${size} بايت`, en: `${size} bytes` }, { ar: `${max} بايت`, en: `${max} bytes` }];
  const what = found ?? { ar: `أكثر من ${limit.ar}`, en: `more than ${limit.en}` };
  return {
    ar: `الملف كبير جدا (${what.ar})، والحد ${limit.ar}: لم يُراجع؛ ارفع الحد بالخيار --max-file-size إن كان مسودة حقا`,
    en: `too large (${what.en}; the limit is ${limit.en}): not checked; raise the limit with --max-file-size if it really is a draft`,
  };
}

/**
 * Up to `max` + 1 bytes of fd (then the reader stops: the input is over the limit); waits
 * out EAGAIN when fd is a non-blocking pipe. Works on files, pipes and devices alike.
 */
function readBounded(fd: number, max: number, sizeHint?: number): Buffer {
  // A regular file of known size: one buffer of that size plus one byte (to see a file that
  // grew past its stat), read straight into; the chunked loop below for anything else.
  if (sizeHint !== undefined && sizeHint <= max) {
    const buf = Buffer.allocUnsafe(sizeHint + 1);
    let total = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) return buf.subarray(0, total);
      total += n;
      if (total === buf.length) break; // the file grew: read the rest in chunks
    }
    const rest = readBounded(fd, max - total);
    return rest.length ? Buffer.concat([buf, rest]) : buf;
  }
  const parts: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  let waits = 0;
  while (total <= max) {
    let n: number;
    try {
      n = fs.readSync(fd, chunk, 0, Math.min(chunk.length, max + 1 - total), null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF') break;
      if (code !== 'EAGAIN' || ++waits > 600_000) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      continue;
    }
    if (n === 0) break;
    parts.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(parts);
}

/**
 * Read and decode a draft. One larger than `maxBytes` is refused with a clear message, without
 * reading it (a regular file) or after reading one byte past the limit (standard input, a pipe,
 * a device such as /dev/zero).
 */
export function readDraft(file: string, maxBytes: number = DEFAULT_MAX_DRAFT_BYTES): ReadResult {
  let buf: Buffer;
  let stat: fs.Stats | undefined;
  let fd: number | undefined;
  try {
    if (file === '-') buf = readBounded(0, maxBytes);
    else {
      fd = fs.openSync(file, 'r');
      stat = fs.fstatSync(fd);
      if (stat.isDirectory()) return { ok: false, message: { ar: 'هذا مجلد لا ملف', en: 'this is a folder, not a file' } };
      if (stat.isFile() && stat.size > maxBytes) return { ok: false, message: tooLargeMessage(stat.size, maxBytes) };
      buf = readBounded(fd, maxBytes, stat.isFile() ? stat.size : undefined);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: { ar: 'الملف غير موجود', en: 'no such file' } };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: { ar: 'لا إذن بقراءة الملف', en: 'permission denied reading the file' } };
    if (code === 'EISDIR') return { ok: false, message: { ar: 'هذا مجلد لا ملف', en: 'this is a folder, not a file' } };
    return { ok: false, message: { ar: `تعذرت قراءة الملف (${code ?? e})`, en: `could not read the file (${code ?? e})` } };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  // standard input is read once: what was read of it goes back with a refusal (see ReadResult)
  if (buf.length > maxBytes) {
    const message = tooLargeMessage(stat?.isFile() ? buf.length : undefined, maxBytes);
    return file === '-' ? { ok: false, message, bytes: buf, more: true } : { ok: false, message };
  }
  const r = decodeDraft(buf);
  if (!r.ok) return file === '-' ? { ...r, bytes: buf } : r;
  if (stat) {
    r.mode = stat.mode;
    r.mtimeMs = stat.mtimeMs;
    r.size = stat.size;
  }
  return r;
}
