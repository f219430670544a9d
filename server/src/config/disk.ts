// ConfigHost.oversize for files on disk (the CLI's and the language server's hosts).

import { statSync } from 'node:fs';

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
