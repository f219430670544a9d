// Temp workspaces on disk for the house-style tests, a disk ConfigHost, and positions.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import type { ConfigHost, ConfigProblem, LoadedConfig } from '../../server/src/config';

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A fresh temp folder holding `files` (relative path → text). Removed after the test file. */
export function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mudaqqiq-config-'));
  made.push(root);
  for (const [rel, text] of Object.entries(files)) write(root, rel, text);
  return root;
}

export function write(root: string, rel: string, text: string): string {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

/** Reads the disk each time, counting reads per path. */
export function diskHost(): ConfigHost & { reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    readFile(p: string) {
      reads.set(p, (reads.get(p) ?? 0) + 1);
      try {
        return readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** 1-based line and column (UTF-16) of an offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset).split(/\r\n|\n/);
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

export interface Placed {
  file: string;
  line: number;
  col: number;
  text: string;
  severity: string;
  en: string;
  ar: string;
}

/** Problems with their line/col and the exact text they cover, read back from the file. */
export function placed(loaded: LoadedConfig | { problems: ConfigProblem[] }): Placed[] {
  return loaded.problems.map((p) => {
    let src = '';
    try {
      src = readFileSync(p.file, 'utf8');
    } catch {
      /* a missing file: no text */
    }
    const { line, col } = lineCol(src, p.start);
    return { file: p.file, line, col, text: src.slice(p.start, p.end), severity: p.severity, en: p.message.en, ar: p.message.ar };
  });
}

/** The one problem whose English message matches `re`. */
export function only(list: Placed[], re: RegExp): Placed {
  const hits = list.filter((p) => re.test(p.en));
  if (hits.length !== 1) throw new Error(`expected one problem matching ${re}, got ${hits.length}:\n${JSON.stringify(list, null, 1)}`);
  return hits[0];
}
