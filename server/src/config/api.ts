// The seam between the house-style file and its users (the language server and the CLI).
// Loading is kept outside the engine (as textlint keeps config outside its kernel): the
// engine only ever sees a ResolvedConfig.

import type { Localized, ResolvedConfig } from '../engine/types';

/** File access the loader needs, so the server (open editor buffers) and the CLI (disk) can both serve it. */
export interface ConfigHost {
  /** File text, or undefined when the file does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /**
   * The path with every symbolic link resolved, or undefined when it does not resolve (no such
   * file). Asked only in an untrusted workspace, so that a link inside it cannot pull in a file
   * outside; without it, containment is judged by the path as written.
   */
  realPath?(path: string): string | undefined;
  /**
   * The size in bytes of a file on disk that is larger than `maxBytes`, or Infinity for
   * something on disk that is not a regular file (a device such as /dev/zero, a pipe);
   * undefined otherwise. A house style may name any path: a host with `oversize` never reads
   * such a file (its readFile gives undefined), and the loader asks this when readFile gave
   * nothing, to report the file as too large rather than missing.
   */
  oversize?(path: string, maxBytes: number): number | undefined;
}

export interface ConfigProblem {
  /** Absolute path of the file the problem is in. */
  file: string;
  /** UTF-16 offsets into that file's text (0,0 when the problem has no place). */
  start: number;
  end: number;
  severity: 'error' | 'warning';
  message: Localized;
}

export interface HiddenFinding {
  rule: string;
  /** The text the finding covers; absent = every finding of the rule. */
  text?: string;
  /** Path relative to the house-style file's folder; absent = every file. */
  file?: string;
}

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The house-style file in force (absolute path), or undefined when the defaults apply. */
  configFile?: string;
  /** Every file read (or looked for and missing) to build this config: house-style file, extended files, names files. Watch these. */
  files: string[];
  problems: ConfigProblem[];
  /** Glob patterns (relative to the house-style file's folder) of drafts not to check. */
  ignoreFiles: string[];
  hiddenFindings: HiddenFinding[];
  /** The message language the house style asks for, if it says. */
  language?: 'ar' | 'en';
  /**
   * True when the house-style file has errors and its last good configuration is in force
   * (the problems are those of the current, broken text).
   */
  lastGoodInForce?: boolean;
}

export interface LoadOptions {
  /** The workspace root: the search for a house-style file stops here. */
  workspaceRoot?: string;
  /** An explicit house-style file (the CLI's --config). */
  explicitPath?: string;
  /** In an untrusted workspace nothing outside workspaceRoot may be pulled in. */
  trusted?: boolean;
}

export const HOUSE_STYLE_FILE = '.mudaqqiq.json';
