// Files on disk for the CLI's and the language server's hosts: how large a file is before it
// is read (ConfigHost.oversize), and its text, decoded fast.

import * as buffer from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';

/**
 * The size of the file at `p` when it is over `maxBytes`; Infinity when `p` is on disk but not
 * a regular file or a folder (a device such as /dev/zero, a pipe: reading one would not end);
 * undefined otherwise (no such file, a folder, a file within the limit).
 */
export function oversizeOnDisk(p: string, maxBytes: number): number | undefined {
  let st;
  try {
    st = statSync(p);
  } catch {
    return undefined;
  }
  if (st.isDirectory()) return undefined;
  if (!st.isFile()) return Infinity;
  return st.size > maxBytes ? st.size : undefined;
}

const asBuffer = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));
const { isUtf8, transcode } = buffer as { isUtf8?: (b: Uint8Array) => boolean; transcode?: typeof buffer.transcode };

/**
 * Valid UTF-8 as text. Node's own UTF-8 decoder takes about 40 ms on a 5 MB Arabic names list;
 * ICU's transcoding to UTF-16 and a UTF-16 read take about 10 (the same string: test/unit/disk.test.ts).
 * Small texts take the plain decoder (no gain there).
 */
function validUtf8Text(buf: Buffer): string {
  if (buf.length >= 1 << 16 && transcode) {
    try {
      return transcode(buf, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // an ICU without that converter: the plain decoder below
    }
  }
  return buf.toString('utf8');
}

/**
 * UTF-8 bytes as text, exactly as Buffer#toString('utf8') decodes them (a BOM kept, malformed
 * bytes each a U+FFFD), faster on large valid files.
 */
export function utf8Text(bytes: Uint8Array): string {
  const buf = asBuffer(bytes);
  return isUtf8 && isUtf8(buf) ? validUtf8Text(buf) : buf.toString('utf8');
}

let strictDecoder: InstanceType<typeof TextDecoder> | undefined;

/**
 * The text of valid UTF-8 bytes, or undefined when they are not UTF-8 (a BOM is kept). Node's
 * `isUtf8` (a SIMD validator) is several times faster than a fatal TextDecoder and agrees with
 * it on every input (WHATWG UTF-8: no overlongs, surrogates or code points past U+10FFFF); the
 * TextDecoder stays as the fallback where `isUtf8` is missing.
 */
export function strictUtf8Text(bytes: Uint8Array): string | undefined {
  if (isUtf8) return isUtf8(bytes) ? validUtf8Text(asBuffer(bytes)) : undefined;
  strictDecoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The text of the file at `p` (utf8Text), or undefined when it cannot be read or is over
 * `maxBytes` (or not a regular file: /dev/zero would never end).
 */
export function readTextOnDisk(p: string, maxBytes: number): string | undefined {
  if (oversizeOnDisk(p, maxBytes) !== undefined) return undefined;
  try {
    return utf8Text(readFileSync(p));
  } catch {
    return undefined;
  }
}
