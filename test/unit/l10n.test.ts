// The manifest's localisation: every key of package.nls.json exists in package.nls.ar.json
// and the other way round, no value is empty, and every %key% that package.json uses is in both.
// The extension's own strings (@vscode/l10n): every `l10n.t('…')` message in client/src has an
// entry in l10n/bundle.l10n.ar.json, every entry of the bundle is used, placeholders match.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const read = (f: string): unknown => JSON.parse(readFileSync(join(root, f), 'utf8'));

function bundle(f: string): Record<string, string> {
  const b = read(f);
  assert.ok(b && typeof b === 'object' && !Array.isArray(b), `${f} is a JSON object`);
  return b as Record<string, string>;
}

/** Every `%key%` string anywhere in the manifest. */
function usedKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%\s]+)%$/.exec(value);
    if (m) out.add(m[1]);
  } else if (Array.isArray(value)) {
    for (const v of value) usedKeys(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) usedKeys(v, out);
  }
  return out;
}

/** Keys in one list only, as `key (only in NAME)` lines. */
export function keyMismatches(en: Record<string, unknown>, ar: Record<string, unknown>, used: Iterable<string>): string[] {
  const problems: string[] = [];
  for (const k of Object.keys(en)) if (!(k in ar)) problems.push(`${k}: in package.nls.json, missing from package.nls.ar.json`);
  for (const k of Object.keys(ar)) if (!(k in en)) problems.push(`${k}: in package.nls.ar.json, missing from package.nls.json`);
  const usedSet = new Set(used);
  for (const k of usedSet) {
    if (!(k in en)) problems.push(`%${k}%: used in package.json, missing from package.nls.json`);
    if (!(k in ar)) problems.push(`%${k}%: used in package.json, missing from package.nls.ar.json`);
  }
  for (const k of Object.keys(en)) if (!usedSet.has(k)) problems.push(`${k}: in package.nls.json, used nowhere in package.json`);
  for (const [name, b] of [['package.nls.json', en], ['package.nls.ar.json', ar]] as const) {
    for (const [k, v] of Object.entries(b)) if (typeof v !== 'string' || v.trim() === '') problems.push(`${k}: empty or not a string in ${name}`);
  }
  return problems;
}

describe('manifest localisation (package.nls.json / package.nls.ar.json)', () => {
  const en = bundle('package.nls.json');
  const ar = bundle('package.nls.ar.json');
  const used = usedKeys(read('package.json'));

  it('the English and Arabic bundles have the same keys, every %key% of package.json is in both, and every key is used', () => {
    assert.ok(used.size > 20, `package.json uses localised strings (found ${used.size})`);
    assert.deepEqual(keyMismatches(en, ar, used), []);
  });

  it('the Arabic bundle is Arabic: every value has Arabic letters', () => {
    const notArabic = Object.entries(ar).filter(([, v]) => !/[\u0600-\u06FF]/.test(v)).map(([k]) => k);
    assert.deepEqual(notArabic, []);
  });

  it('the check itself catches a key in one bundle only, a %key% missing from either and a key used nowhere', () => {
    assert.deepEqual(keyMismatches({ a: 'A', b: 'B' }, { a: 'أ' }, ['a', 'b']), [
      'b: in package.nls.json, missing from package.nls.ar.json',
      '%b%: used in package.json, missing from package.nls.ar.json',
    ]);
    assert.deepEqual(keyMismatches({ a: 'A' }, { a: 'أ', c: 'ج' }, ['a']), ['c: in package.nls.ar.json, missing from package.nls.json']);
    assert.deepEqual(keyMismatches({ a: 'A' }, { a: 'أ' }, ['a', 'z']), [
      '%z%: used in package.json, missing from package.nls.json',
      '%z%: used in package.json, missing from package.nls.ar.json',
    ]);
    assert.deepEqual(keyMismatches({ a: 'A', u: 'U' }, { a: 'أ', u: 'ع' }, ['a']), ['u: in package.nls.json, used nowhere in package.json']);
    assert.deepEqual([...usedKeys({ x: ['%one%', { y: '%two%' }], z: 'plain 50%' })].sort(), ['one', 'two']);
  });
});

/** A JavaScript string literal's value ('…' or "…", the escapes our sources use). */
function unquote(lit: string): string {
  return JSON.parse(`"${lit.slice(1, -1).replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"')}"`) as string;
}

/**
 * The messages of `l10n.t(…)` calls in TypeScript source: `messages` are the string literals
 * passed first, `bad` the calls whose first argument is not one literal (a template literal,
 * a variable, a concatenation), which the bundle check could not see.
 */
export function l10nCalls(source: string): { messages: string[]; bad: string[] } {
  const messages: string[] = [];
  const bad: string[] = [];
  for (const m of source.matchAll(/(?<![.\w])l10n\.t\(\s*/g)) {
    const rest = source.slice(m.index + m[0].length);
    const lit = /^('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*[,)]/.exec(rest);
    if (lit) messages.push(unquote(lit[1]));
    else bad.push(rest.slice(0, 60).split('\n')[0]);
  }
  return { messages, bad };
}

/** Bundle problems: messages without an Arabic entry, entries no call uses, placeholder mismatches. */
export function bundleMismatches(messages: Iterable<string>, ar: Record<string, unknown>): string[] {
  const used = new Set(messages);
  const problems: string[] = [];
  // {0} and a count's {0, plural, …} are both the placeholder {0}
  const holes = (s: string) => [...new Set([...s.matchAll(/\{(\d+)(?:\}|,\s*plural,)/g)].map((m) => `{${m[1]}}`))].sort().join(' ');
  for (const m of used) if (!(m in ar)) problems.push(`“${m}”: used in client/src, missing from l10n/bundle.l10n.ar.json`);
  for (const [k, v] of Object.entries(ar)) {
    if (!used.has(k)) problems.push(`“${k}”: in l10n/bundle.l10n.ar.json, used by no l10n.t call in client/src`);
    if (typeof v !== 'string' || v.trim() === '') problems.push(`“${k}”: empty or not a string in l10n/bundle.l10n.ar.json`);
    else if (holes(k) !== holes(v)) problems.push(`“${k}”: placeholders ${holes(k) || 'none'} but the Arabic has ${holes(v) || 'none'}`);
  }
  return problems;
}

describe('extension strings (@vscode/l10n: l10n/bundle.l10n.ar.json)', () => {
  const dir = join(root, 'client', 'src');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
  const calls = sources.map(([f, src]) => [f, l10nCalls(src)] as const);
  const messages = calls.flatMap(([, c]) => c.messages);
  const ar = bundle('l10n/bundle.l10n.ar.json');

  it('package.json points VS Code at the bundles ("l10n": "./l10n") and the .vsix ships the Arabic one', () => {
    assert.equal((read('package.json') as { l10n?: string }).l10n, './l10n');
    assert.match(readFileSync(join(root, '.vscodeignore'), 'utf8'), /^!l10n\/bundle\.l10n\.ar\.json$/m);
  });

  it('every l10n.t message in client/src is one string literal', () => {
    assert.ok(messages.length > 25, `client/src has its strings in l10n.t calls (found ${messages.length})`);
    assert.deepEqual(calls.flatMap(([f, c]) => c.bad.map((b) => `${f}: l10n.t(${b}`)), []);
  });

  it('no user-facing string is left in the old inline { ar, en } form', () => {
    const inline = sources.filter(([, src]) => /\{\s*ar:\s*['"`]/.test(src)).map(([f]) => f);
    assert.deepEqual(inline, []);
  });

  it('every message has an Arabic entry and every entry is used, with the same placeholders', () => {
    assert.deepEqual(bundleMismatches(messages, ar), []);
  });

  it('the Arabic bundle is Arabic: every value has Arabic letters', () => {
    assert.deepEqual(Object.entries(ar).filter(([, v]) => !/[\u0600-\u06FF]/.test(v)).map(([k]) => k), []);
  });

  it('the check itself catches a message in one language only, an unused entry and a lost placeholder', () => {
    const src = `l10n.t('Open a draft first.'); l10n.t("Uses of “{0}”", [x], uri); l10n.t(\`x \${y}\`); l10n.t(name); vscode.l10n.t(message)`;
    const c = l10nCalls(src);
    assert.deepEqual(c.messages, ['Open a draft first.', 'Uses of “{0}”']);
    assert.equal(c.bad.length, 2);
    assert.deepEqual(l10nCalls(`l10n.t('it\\'s', [])`).messages, ["it's"]);
    assert.deepEqual(bundleMismatches(['A', 'B {0}'], { A: 'أ', 'B {0}': 'ب', C: 'ج' }), [
      '“B {0}”: placeholders {0} but the Arabic has none',
      '“C”: in l10n/bundle.l10n.ar.json, used by no l10n.t call in client/src',
    ]);
    assert.deepEqual(bundleMismatches(['A', 'D'], { A: 'أ' }), ['“D”: used in client/src, missing from l10n/bundle.l10n.ar.json']);
  });
});
