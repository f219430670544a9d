// Loading the house-style file (.mudaqqiq.json): see loader.ts. The language server and
// the CLI use `loadConfigFor` (or a long-lived `ConfigLoader`), then `configFor` to get the
// engine config for one draft (hidden findings applied) and `isIgnored` for ignore.files.

import * as path from 'node:path';
import type { HiddenRule, ResolvedConfig } from '../engine/types';
import type { ConfigHost, LoadedConfig, LoadOptions } from './api';
import { compileGlob } from './glob';
import { ConfigLoader } from './loader';

export * from './api';
export { ConfigLoader, buildConfig, checkSpecs, resolvePreset, WORD_LIST_TARGETS, MAX_NAMES_FILE_BYTES } from './loader';
export type { LoaderOptions } from './loader';
export { PRESETS, isPresetName } from './presets';
export { PRESET_NAMES, buildHouseStyleSchema } from './house-style';
export type { HouseStyleFile, RuleValue, NameInput, PresetName } from './house-style';
export { parseNamesTable } from './names';
export { oversizeOnDisk, readTextOnDisk, strictUtf8Text, utf8Text } from './disk';
export { validate as validateJsonSchema } from './schema-validate';
export { CATALOGUE } from './catalogue';
export { compileGlob, globProblem } from './glob';

const defaultLoader = new ConfigLoader();

/**
 * Load the house style for a draft. Re-reads the files on every call (through `host`), while
 * remembering each house-style file's last good configuration across calls: a file with
 * errors leaves its last good configuration in force. For caching between edits, keep a
 * `ConfigLoader` and call its `invalidate(path)` when a file in `LoadedConfig.files` changes.
 */
export function loadConfigFor(documentPath: string | undefined, opts: LoadOptions, host: ConfigHost): LoadedConfig {
  defaultLoader.invalidate();
  return defaultLoader.load(documentPath, opts, host);
}

function baseDir(loaded: LoadedConfig): string | undefined {
  return loaded.configFile ? path.dirname(loaded.configFile) : undefined;
}

/** `documentPath` relative to the house-style file's folder, with `/`; undefined when outside it. */
function relativeToConfig(loaded: LoadedConfig, documentPath: string | undefined): string | undefined {
  const base = baseDir(loaded);
  if (!base || !documentPath) return undefined;
  const rel = path.relative(base, path.resolve(documentPath));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

const matchers = new Map<string, (p: string) => boolean>();
/** A house-style glob (untrusted: no RegExp, bounded time; see glob.ts). A glob the loader refused matches nothing. */
function matches(pattern: string, rel: string): boolean {
  const p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  if (p === rel) return true;
  let m = matchers.get(p);
  if (!m) {
    const g = compileGlob(p);
    m = g.ok ? g.match : () => false;
    matchers.set(p, m);
  }
  return m(rel);
}

/** The hidden findings that apply to this draft (its `file` matches, or the entry names no file). */
export function hiddenFor(loaded: LoadedConfig, documentPath: string | undefined): HiddenRule[] {
  const rel = relativeToConfig(loaded, documentPath);
  const out: HiddenRule[] = [];
  for (const h of loaded.hiddenFindings) {
    if (h.file !== undefined && (rel === undefined || !matches(h.file, rel))) continue;
    out.push(h.text === undefined ? { rule: h.rule } : { rule: h.rule, text: h.text });
  }
  return out;
}

/** Whether `ignore.files` excludes this draft. */
export function isIgnored(loaded: LoadedConfig, documentPath: string | undefined): boolean {
  const rel = relativeToConfig(loaded, documentPath);
  return rel !== undefined && loaded.ignoreFiles.some((g) => matches(g, rel));
}

/** The engine config for one draft: the loaded config with that draft's hidden findings. */
export function configFor(loaded: LoadedConfig, documentPath: string | undefined): ResolvedConfig {
  const hidden = hiddenFor(loaded, documentPath);
  return hidden.length ? { ...loaded.config, hidden } : loaded.config;
}
