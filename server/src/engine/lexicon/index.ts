// The lexicon, loaded once, on first use (the first check that needs it), never at start-up.
//
// Where the bytes come from is a seam: `setLexiconSource` lets a host hand them over (a
// browser build, a test with its own file). Without one, under Node the file is read from
// beside the bundle (dist/lexicon-ar.bin next to dist/server.js and dist/cli.js), or from
// the repository's dist/ when the engine runs from source (tests), or from
// MUDAQQIQ_LEXICON. The engine imports no file-system module: Node's own is asked for at
// run time, so the engine stays loadable where there is none.
//
// A missing or broken file is not a crash: `getLexicon()` throws a LexiconUnavailable
// error with the reason and the remedy, which the engine reports as a fault of each rule
// that needed it, and the next check tries again (so building the file mends a running server).

import { Lexicon } from './lexicon';

export { Lexicon, letterIndex, isMark, FOREIGN, NON_WORD, WORD, type WordStatus, type LexiconHeader } from './lexicon';

export const LEXICON_FILE = 'lexicon-ar.bin';

export class LexiconUnavailable extends Error {
  constructor(reason: string) {
    super(`Arabic lexicon unavailable: ${reason}. Build it with \`npm run build\` (scripts/build-lexicon.mjs).`);
    this.name = 'LexiconUnavailable';
  }
}

type Source = () => Uint8Array;

let source: Source | undefined;
let cached: Lexicon | undefined;
let loadMs = 0;
let loadedFrom = '';

/** Hand the engine the lexicon's bytes (or undefined to go back to the default file lookup). */
export function setLexiconSource(src: Source | undefined): void {
  source = src;
  cached = undefined;
}

/** Use this lexicon from now on (tests). */
export function setLexicon(lex: Lexicon | undefined): void {
  cached = lex;
}

interface NodeFs {
  existsSync(p: string): boolean;
  readFileSync(p: string): Uint8Array;
}
interface NodePath {
  join(...p: string[]): string;
}

function nodeModule<T>(id: string): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  if (typeof proc?.getBuiltinModule === 'function') return proc.getBuiltinModule(id) as T;
  if (typeof require === 'function') return require(id) as T;
  return undefined;
}

/** Where the default lookup searches, in order. */
export function lexiconCandidates(): string[] {
  const path = nodeModule<NodePath>('node:path');
  if (!path) return [];
  const out: string[] = [];
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.MUDAQQIQ_LEXICON;
  if (env) out.push(env);
  if (typeof __dirname === 'string') {
    out.push(path.join(__dirname, LEXICON_FILE)); // dist/server.js, dist/cli.js
    out.push(path.join(__dirname, '..', '..', '..', '..', 'dist', LEXICON_FILE)); // server/src/engine/lexicon (tests, tsx)
  }
  return out;
}

function defaultSource(): Uint8Array {
  const fs = nodeModule<NodeFs>('node:fs');
  if (!fs) throw new LexiconUnavailable('no file system to read it from and no source was set');
  const candidates = lexiconCandidates();
  for (const p of candidates) {
    if (fs.existsSync(p)) {
      loadedFrom = p;
      return fs.readFileSync(p);
    }
  }
  throw new LexiconUnavailable(`${LEXICON_FILE} not found (looked in ${candidates.join(', ') || 'nowhere'})`);
}

/** The lexicon, loading it on first call. Throws LexiconUnavailable when it cannot be had. */
export function getLexicon(): Lexicon {
  if (cached) return cached;
  const t0 = Date.now();
  let bytes: Uint8Array;
  try {
    bytes = (source ?? defaultSource)();
  } catch (e) {
    if (e instanceof LexiconUnavailable) throw e;
    throw new LexiconUnavailable(e instanceof Error ? e.message : String(e));
  }
  try {
    cached = Lexicon.fromBytes(bytes);
  } catch (e) {
    throw new LexiconUnavailable(`${loadedFrom || 'the lexicon source'} is not usable (${e instanceof Error ? e.message : String(e)})`);
  }
  loadMs = Date.now() - t0;
  return cached;
}

/**
 * Is `word` a word of the lexicon? Without a lexicon (not built, not readable): `missing`, by
 * default yes, so a rule that asks before writing a fix writes none on a guess.
 */
export function lexiconKnows(word: string, missing = true): boolean {
  try {
    return getLexicon().has(word);
  } catch {
    return missing;
  }
}

/** Whether the lexicon is loaded, how long loading took and where from (for benchmarks and diagnostics). */
export function lexiconInfo(): { loaded: boolean; loadMs: number; from: string; bytes: number; words: number } {
  return { loaded: !!cached, loadMs, from: loadedFrom, bytes: cached?.byteSize ?? 0, words: cached?.header.words ?? 0 };
}
