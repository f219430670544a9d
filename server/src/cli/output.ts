// The CLI's output: text written to stdout or stderr (file descriptors) synchronously, so that
// everything is out before the process exits, and a reader that stops early (`| head`) just
// ends the run.

import * as fs from 'node:fs';

const WRITE_BUFFER_BYTES = 1 << 20;
let writeBuffer: Uint8Array | undefined;
const utf8 = new TextEncoder();

/**
 * Write the texts to fd in order, UTF-8 (a lone surrogate as U+FFFD, as Buffer.from writes
 * it), through one reused buffer: never joined into one string first (a parallel run's
 * 5,000-draft JSON report, 113 MB, took the main thread a second to join and encode, about
 * three times what encoding the parts in turn takes). False when the reader has gone (EPIPE).
 * `buf`: the buffer to encode into (tests hand in a small one).
 */
export function writeAll(fd: number, texts: readonly string[], buf: Uint8Array = (writeBuffer ??= new Uint8Array(WRITE_BUFFER_BYTES))): boolean {
  if (buf.length < 4) throw new RangeError('the write buffer must hold a 4-byte character');
  let filled = 0;
  // a text that ends with half a surrogate pair: that half waits for the next text, whose other half may start it
  let half = '';
  for (let t = 0; t <= texts.length; t++) {
    let rest = half + (t < texts.length ? texts[t] : '');
    half = '';
    const last = rest.charCodeAt(rest.length - 1);
    if (t < texts.length && last >= 0xd800 && last <= 0xdbff) {
      half = rest.slice(-1);
      rest = rest.slice(0, -1);
    }
    while (rest.length > 0) {
      // encodeInto stops before a character that does not fit whole: the buffer goes out, and the rest follows
      const r = utf8.encodeInto(rest, filled ? buf.subarray(filled) : buf);
      filled += r.written;
      rest = r.read < rest.length ? rest.slice(r.read) : '';
      if (rest.length > 0) {
        if (!writeBytes(fd, buf.subarray(0, filled))) return false;
        filled = 0;
      }
    }
  }
  return writeBytes(fd, buf.subarray(0, filled));
}

/** Write all of `buf` to fd; false when the reader has gone (EPIPE). Waits out EAGAIN on non-blocking pipes. */
export function writeBytes(fd: number, buf: Uint8Array): boolean {
  let off = 0;
  let waits = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
      waits = 0;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return false;
      if (code !== 'EAGAIN' || ++waits > 30_000) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
  return true;
}

/**
 * Copy what is left of `from` (standard input) to `to` as it comes, to its end; false when the
 * reader has gone (EPIPE). Waits out EAGAIN on a non-blocking pipe, as the draft reader does.
 */
export function copyRest(from: number, to: number): boolean {
  const chunk = Buffer.allocUnsafe(1 << 16);
  let waits = 0;
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(from, chunk, 0, chunk.length, null);
      waits = 0;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF') return true;
      if (code !== 'EAGAIN' || ++waits > 600_000) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      continue;
    }
    if (n === 0) return true;
    if (!writeBytes(to, chunk.subarray(0, n))) return false;
  }
}
