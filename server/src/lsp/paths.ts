// URIs and file paths. Only `file:` URIs have a path; untitled buffers and other schemes do not.

import { dirname, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** A comparable key for a URI: file URIs by their path (editors spell them differently). */
export function uriKey(uri: string): string {
  return uriToPath(uri) ?? uri;
}

/** The deepest root that contains path. */
export function rootFor(path: string | undefined, roots: readonly string[]): string | undefined {
  if (!path) return roots[0];
  let best: string | undefined;
  for (const r of roots) {
    if (path === r || path.startsWith(r.endsWith(sep) ? r : r + sep)) {
      if (!best || r.length > best.length) best = r;
    }
  }
  return best;
}

/** path relative to the folder of `file`, with forward slashes; undefined when outside it. */
export function relativeToFolderOf(file: string, path: string): string | undefined {
  return relativeToFolder(dirname(file), path);
}

/** path relative to folder, with forward slashes; undefined when outside it. */
export function relativeToFolder(folder: string, path: string): string | undefined {
  const rel = relative(folder, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
