// The generated JSON Schema (schema/mudaqqiq.schema.json): up to date with the rules'
// metadata, accepts every preset and the README example, rejects broken files.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'jsonc-parser/lib/esm/main.js';
import { buildConfig, buildHouseStyleSchema, loadConfigFor, PRESET_NAMES, PRESETS, validateJsonSchema } from '../../server/src/config';
import { allRules, CATEGORIES } from '../../server/src/engine';
import { repoRoot } from '../lib/corpus';
import { diskHost, workspace } from './helpers';

const script = join(repoRoot, 'scripts', 'gen-schema.ts');
const schemaPath = join(repoRoot, 'schema', 'mudaqqiq.schema.json');

function genSchema(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
}

function onDisk(): Record<string, any> {
  return JSON.parse(readFileSync(schemaPath, 'utf8'));
}

function errorsOf(value: unknown) {
  const schema = onDisk();
  return validateJsonSchema(schema, value, schema);
}

/** The jsonc example of the README's house-style section. */
function readmeExample(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The house-style file'));
  const m = /```jsonc\n([\s\S]*?)\n```/.exec(section);
  assert.ok(m, 'README has a jsonc example in "The house-style file"');
  return m[1];
}

/** Broken house-style files: the schema rejects each, and the loader reports each. */
const BROKEN: Array<[string, unknown]> = [
  ['unknown rule', { rules: { tatweeel: 'off' } }],
  ['bad severity', { rules: { tatweel: 'warn' } }],
  ['bad option value', { rules: { 'digit-system': ['warning', { system: 'roman' }] } }],
  ['wrong option type', { rules: { 'repeated-verb': ['info', { maxPerArticle: 'three' }] } }],
  ['unknown option', { rules: { 'digit-system': ['warning', { sytem: 'western' }] } }],
  ['too many items', { rules: { tatweel: ['warning', {}, 1] } }],
  ['options not an object', { rules: { tatweel: ['warning', 3] } }],
  ['unknown category', { rules: { 'category:digit': 'off' } }],
  ['unknown top-level key', { rule: {} }],
  ['names entry without canonical', { names: [{ variants: ['x'] }] }],
  ['names entry with an unknown field', { names: [{ canonical: 'x', rank: 1 }] }],
  ['names spec without to', { names: [{ canonical: 'x', specs: [{ from: 'y' }] }] }],
  ['namesFiles number', { namesFiles: 3 }],
  ['bad language', { language: 'fr' }],
  ['hidden finding without rule', { ignore: { findings: [{ text: 'x' }] } }],
  ['ignore.files not a list', { ignore: { files: 'archive/**' } }],
  ['unknown word list', { words: { accept: ['x'] } }],
  ['extends number', { extends: 3 }],
  ['extends unknown bare name', { extends: 'egyptian' }],
  ['names entry with a blank canonical', { names: [{ canonical: '   ' }] }],
];

describe('house-style JSON Schema', () => {
  it('is up to date: `npm run schema` would change nothing (gen-schema --check)', () => {
    const r = genSchema(['--check']);
    assert.equal(r.status, 0, `gen-schema --check failed:\n${r.stderr}${r.stdout}`);
    assert.deepEqual(onDisk(), buildHouseStyleSchema(allRules));
  });

  it('names every registered rule (severity or [severity, the rule’s options schema]) and every category', () => {
    const s = onDisk();
    const props = s.properties.rules.properties;
    for (const r of allRules) {
      assert.ok(props[r.meta.id], r.meta.id);
      assert.deepEqual(props[r.meta.id].anyOf[1].items[1], JSON.parse(JSON.stringify(r.meta.schema)), `${r.meta.id} options schema`);
      assert.match(props[r.meta.id].markdownDescription, /[\u0600-\u06FF]/, `${r.meta.id}: Arabic description`);
    }
    for (const c of CATEGORIES) assert.ok(props[`category:${c}`], c);
    assert.equal(s.allowComments, true);
    assert.equal(s.allowTrailingCommas, true);
  });

  it('explains every rule option in Arabic and in English (what the editor shows completing and hovering an option)', () => {
    const props = onDisk().properties.rules.properties;
    let options = 0;
    for (const r of allRules) {
      const opts = (props[r.meta.id].anyOf[1].items[1].properties ?? {}) as Record<string, { description?: string; markdownDescription?: string }>;
      for (const [name, o] of Object.entries(opts)) {
        options++;
        assert.match(o.description ?? '', /[A-Za-z]/, `${r.meta.id}.${name}: English description`);
        const [en, ar] = (o.markdownDescription ?? '').split('\n\n');
        assert.equal(en, o.description, `${r.meta.id}.${name}: markdownDescription starts with the English`);
        assert.match(ar ?? '', /[\u0621-\u064A].*[\u0621-\u064A]/, `${r.meta.id}.${name}: Arabic description`);
      }
    }
    assert.ok(options >= 20, `options found: ${options}`);
  });

  it('is the schema VS Code validates house-style files with: .mudaqqiq.json and shared bases named *.mudaqqiq.json', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const v = manifest.contributes.jsonValidation;
    assert.equal(v.length, 1);
    assert.deepEqual(v[0].fileMatch, ['.mudaqqiq.json', '*.mudaqqiq.json']);
    assert.deepEqual(JSON.parse(readFileSync(join(repoRoot, v[0].url), 'utf8')), onDisk());
  });

  it('accepts every preset', () => {
    for (const name of PRESET_NAMES) assert.deepEqual(errorsOf(JSON.parse(JSON.stringify(PRESETS[name]))), [], name);
  });

  it('accepts the README example, which also loads without problems', () => {
    const text = readmeExample();
    const value = parse(text, [], { allowTrailingComma: true });
    assert.deepEqual(errorsOf(value), []);
    // load it for real, with the files it names present
    const root = workspace({
      'desk/.mudaqqiq.json': text,
      'newsroom/base.mudaqqiq.json': '{ "rules": { "nbsp": "error" } }',
      'desk/names/ministers.tsv': 'عمرو طلعت\tعمر طلعت|عمرو طلعة\tالدكتور\tوزير الاتصالات وتكنولوجيا المعلومات\n',
      'desk/names/foreign.csv': 'لياو لي تشيانغ,لياو ليكيانج\n',
    });
    const r = loadConfigFor(join(root, 'desk/drafts/a.md'), { workspaceRoot: root }, diskHost());
    assert.deepEqual(r.problems.filter((p) => p.severity === 'error'), []);
    // warnings only for rules of the catalogue not in this version
    for (const p of r.problems) assert.match(p.message.en, /not in this version yet/);
    assert.equal(r.config.rules.nbsp.severity, 'error');
    assert.equal(r.config.shared?.names?.length, 2);
  });

  it('rejects broken files', () => {
    for (const [what, value] of BROKEN) assert.notDeepEqual(errorsOf(value), [], what);
  });

  it('`extends`: the schema accepts exactly the references the loader follows (a preset, a path with / or \\, a name ending .json or .jsonc in any case)', () => {
    // distinct stems: on a case-insensitive disk base.JSON and base.json would be one file
    const root = workspace({ 'base.JSON': '{}', 'shared.Json': '{}', 'desk.json': '{}', 'newsroom.JSONC': '{}', 'newsroom/base': '{}' });
    // [reference, taken as a preset or a house-style file]
    const cases: Array<[string, boolean]> = [
      ['base.JSON', true],
      ['shared.Json', true],
      ['desk.json', true],
      ['newsroom.JSONC', true],
      ['./newsroom/base', true],
      ['..\\newsroom\\base', true],
      ['pan-arab', true],
      ['egyptian-press', true],
      ['Pan-Arab', false],
      ['base.jsn', false],
      ['base.json5', false],
      ['egyptian', false],
      ['', false],
    ];
    for (const [ref, taken] of cases) {
      const file = join(root, '.mudaqqiq.json');
      const text = JSON.stringify({ extends: ref });
      const built = buildConfig(file, {}, { readFile: (p) => (p === file ? text : diskHost().readFile(p)) });
      // a file reference that cannot be read is reported too; the schema sees only the form
      const refused = built.problems.filter((p) => !/does not exist/.test(p.message.en));
      assert.equal(refused.length === 0, taken, `${JSON.stringify(ref)}: loader ${JSON.stringify(built.problems.map((p) => p.message.en))}`);
      assert.equal(errorsOf({ extends: ref }).length === 0, taken, `${JSON.stringify(ref)}: schema`);
      assert.equal(errorsOf({ extends: [ref] }).length === 0, taken, `${JSON.stringify(ref)} in a list: schema`);
      if (taken && /json/i.test(ref)) assert.ok(built.files.includes(join(root, ref)), `${ref}: read`);
    }
  });

  it('the loader (so the server and the CLI) reports every file the schema rejects, as an error except an unknown top-level key', () => {
    const file = join(tmpdir(), 'mudaqqiq-schema-agree', '.mudaqqiq.json');
    for (const [what, value] of BROKEN) {
      const text = JSON.stringify(value, null, 1);
      const built = buildConfig(file, {}, { readFile: (p) => (p === file ? text : undefined) });
      assert.ok(built.problems.length > 0, `${what}: the loader says nothing`);
      const severities = new Set(built.problems.map((p) => p.severity));
      assert.deepEqual([...severities], [what === 'unknown top-level key' ? 'warning' : 'error'], what);
      // at an exact place in the file, not at its start
      for (const p of built.problems) assert.ok(p.start > 0 && p.end > p.start, `${what}: placed at ${p.start}-${p.end}`);
    }
  });

  it('--check fails on a stale copy (schema or README table) and writing repairs it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mudaqqiq-schema-'));
    try {
      mkdirSync(join(tmp, 'schema'));
      cpSync(schemaPath, join(tmp, 'schema', 'mudaqqiq.schema.json'));
      cpSync(join(repoRoot, 'README.md'), join(tmp, 'README.md'));
      const env = { GEN_SCHEMA_ROOT: tmp };
      assert.equal(genSchema([], env).status, 0);
      assert.equal(genSchema(['--check'], env).status, 0, 'up to date once written');
      const readme = readFileSync(join(tmp, 'README.md'), 'utf8');
      writeFileSync(join(tmp, 'schema', 'mudaqqiq.schema.json'), '{}\n');
      writeFileSync(join(tmp, 'README.md'), readme.replace(/(<!-- presets:start -->)[\s\S]*?(<!-- presets:end -->)/, '$1\n$2'));
      const stale = genSchema(['--check'], env);
      assert.equal(stale.status, 1);
      assert.match(stale.stderr, /stale: schema\/mudaqqiq\.schema\.json/);
      assert.match(stale.stderr, /stale: README\.md/);
      assert.equal(genSchema([], env).status, 0);
      assert.equal(genSchema(['--check'], env).status, 0, 'repaired');
      assert.equal(readFileSync(join(tmp, 'README.md'), 'utf8'), readme);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
