// The manifest's localisation: every key of package.nls.json exists in package.nls.ar.json
// and the other way round, no value is empty, and every %key% that package.json uses is in both.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
  for (const k of used) {
    if (!(k in en)) problems.push(`%${k}%: used in package.json, missing from package.nls.json`);
    if (!(k in ar)) problems.push(`%${k}%: used in package.json, missing from package.nls.ar.json`);
  }
  for (const [name, b] of [['package.nls.json', en], ['package.nls.ar.json', ar]] as const) {
    for (const [k, v] of Object.entries(b)) if (typeof v !== 'string' || v.trim() === '') problems.push(`${k}: empty or not a string in ${name}`);
  }
  return problems;
}

describe('manifest localisation (package.nls.json / package.nls.ar.json)', () => {
  const en = bundle('package.nls.json');
  const ar = bundle('package.nls.ar.json');
  const used = usedKeys(read('package.json'));

  it('the English and Arabic bundles have the same keys, and every %key% of package.json is in both', () => {
    assert.ok(used.size > 20, `package.json uses localised strings (found ${used.size})`);
    assert.deepEqual(keyMismatches(en, ar, used), []);
  });

  it('the Arabic bundle is Arabic: every value has Arabic letters', () => {
    const notArabic = Object.entries(ar).filter(([, v]) => !/[\u0600-\u06FF]/.test(v)).map(([k]) => k);
    assert.deepEqual(notArabic, []);
  });

  it('the check itself catches a key in one bundle only and a %key% missing from either', () => {
    assert.deepEqual(keyMismatches({ a: 'A', b: 'B' }, { a: 'أ' }, []), ['b: in package.nls.json, missing from package.nls.ar.json']);
    assert.deepEqual(keyMismatches({ a: 'A' }, { a: 'أ', c: 'ج' }, []), ['c: in package.nls.ar.json, missing from package.nls.json']);
    assert.deepEqual(keyMismatches({ a: 'A' }, { a: 'أ' }, ['z']), [
      '%z%: used in package.json, missing from package.nls.json',
      '%z%: used in package.json, missing from package.nls.ar.json',
    ]);
    assert.deepEqual([...usedKeys({ x: ['%one%', { y: '%two%' }], z: 'plain 50%' })].sort(), ['one', 'two']);
  });
});
