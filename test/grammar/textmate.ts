// Tokenising drafts with the engine VS Code itself uses: vscode-textmate over the
// Oniguruma WebAssembly build (vscode-oniguruma). The Markdown host grammar is VS Code's own,
// taken from the code-server install the editor tests use (scripts/tools.sh), when present.
// WORDS_SCOPE is the word-level grammar, built in memory by scripts/gen-grammar.ts and not
// contributed (see there why).
//
// Snapshots: test/grammar/snapshots/<fixture>.snap lists, line by line, every token that
// carries a scope beyond the root one. Regenerate them after a deliberate grammar change:
//
//   npx tsx test/grammar/textmate.ts --update

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import * as onig from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { buildWordGrammar, WORDS_SCOPE } from '../../scripts/gen-grammar';
import { repoRoot } from '../lib/corpus';

export const GRAMMAR_FILE = join(repoRoot, 'syntaxes', 'arabic-news.tmLanguage.json');
export const FIXTURES = join(repoRoot, 'test', 'grammar', 'fixtures');
export const SNAPSHOTS = join(repoRoot, 'test', 'grammar', 'snapshots');
export const MARKDOWN_GRAMMAR = join(
  repoRoot,
  '.tools/code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json',
);

export const ROOT_SCOPE = 'text.arabic-news';
export const MARKDOWN_SCOPE = 'text.html.markdown';

let onigLib: Promise<vsctm.IOnigLib> | undefined;
export function loadOnig(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return {
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    };
  })();
  return onigLib;
}

export const markdownAvailable = (): boolean => existsSync(MARKDOWN_GRAMMAR);

let registry: vsctm.Registry | undefined;
function getRegistry(): vsctm.Registry {
  registry ??= new vsctm.Registry({
    onigLib: loadOnig(),
    async loadGrammar(scope) {
      if (scope === WORDS_SCOPE) return vsctm.parseRawGrammar(JSON.stringify(buildWordGrammar()), 'words.json');
      const file = scope === ROOT_SCOPE ? GRAMMAR_FILE : scope === MARKDOWN_SCOPE ? MARKDOWN_GRAMMAR : undefined;
      if (!file || !existsSync(file)) return null;
      return vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
  });
  return registry;
}

export interface Tok {
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

/** Every token of a text, with its scopes (root first). Offsets are UTF-16 within the line. */
export async function tokenize(text: string, scope: string = ROOT_SCOPE): Promise<Tok[]> {
  const grammar = await getRegistry().loadGrammar(scope);
  if (!grammar) throw new Error(`grammar ${scope} not found`);
  const out: Tok[] = [];
  let state = vsctm.INITIAL;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, n) => {
    const r = grammar.tokenizeLine(line, state, 10_000);
    if (r.stoppedEarly) throw new Error(`tokenizing line ${n + 1} stopped early (a slow regex?)`);
    for (const t of r.tokens) {
      const end = Math.min(t.endIndex, line.length);
      if (end > t.startIndex) out.push({ line: n + 1, start: t.startIndex, end, text: line.slice(t.startIndex, end), scopes: t.scopes });
    }
    state = r.ruleStack;
  });
  return out;
}

/** Tokens and the scopes they carry beyond the document's root scope (plain text left out). */
export function snapshotOf(text: string, tokens: readonly Tok[]): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  let last = 0;
  for (const t of tokens) {
    const extra = t.scopes.slice(1);
    if (extra.length === 0) continue;
    if (t.line !== last) {
      out.push(`${t.line}: ${lines[t.line - 1]}`);
      last = t.line;
    }
    out.push(`  ${t.start}-${t.end} ${JSON.stringify(t.text)}  ${extra.join(' ')}`);
  }
  return out.join('\n') + '\n';
}

export interface Fixture {
  name: string;
  file: string;
  scope: string;
  snapshot: string;
}

export function fixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((f) => ['.khabar', '.news', '.md'].includes(extname(f)))
    .sort()
    .map((f) => ({
      name: f,
      file: join(FIXTURES, f),
      scope: extname(f) === '.md' ? MARKDOWN_SCOPE : ROOT_SCOPE,
      snapshot: join(SNAPSHOTS, f + '.snap'),
    }));
}

export async function snapshotFor(fx: Fixture): Promise<string> {
  const text = readFileSync(fx.file, 'utf8');
  return snapshotOf(text, await tokenize(text, fx.scope));
}

if (require.main === module) {
  (async () => {
    if (!process.argv.includes('--update')) {
      console.error('usage: npx tsx test/grammar/textmate.ts --update   (rewrite test/grammar/snapshots/*.snap)');
      process.exit(2);
    }
    mkdirSync(SNAPSHOTS, { recursive: true });
    for (const fx of fixtures()) {
      if (fx.scope === MARKDOWN_SCOPE && !markdownAvailable()) {
        console.error(`skipped ${fx.name}: VS Code's Markdown grammar is not installed (run scripts/tools.sh)`);
        continue;
      }
      writeFileSync(fx.snapshot, await snapshotFor(fx));
      console.log(`wrote ${fx.snapshot.slice(repoRoot.length + 1)}`);
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
