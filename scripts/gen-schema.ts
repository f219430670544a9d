// Writes the house-style file's JSON Schema from the rules' own metadata, so editors
// validate and complete `.mudaqqiq.json` with exactly the rules and options this version
// has: schema/mudaqqiq.schema.json. Also writes the presets table in README.md between
// <!-- presets:start --> and <!-- presets:end -->.
//
//   npx tsx scripts/gen-schema.ts           (npm run schema) write the files
//   npx tsx scripts/gen-schema.ts --check   exit 1 when a file is missing or stale (CI)
//
// GEN_SCHEMA_ROOT=<dir> writes/checks under another folder (the tests check a copy).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildHouseStyleSchema, CATALOGUE, PRESET_NAMES, resolvePreset } from '../server/src/config';
import { allRules, effectiveSeverity, type ResolvedConfig, type Rule } from '../server/src/engine';

const root = process.env.GEN_SCHEMA_ROOT ? resolve(process.env.GEN_SCHEMA_ROOT) : resolve(__dirname, '..');
export const SCHEMA_PATH = join(root, 'schema', 'mudaqqiq.schema.json');
const README_PATH = join(root, 'README.md');
export const START = '<!-- presets:start -->';
export const END = '<!-- presets:end -->';

export function schemaText(rules: readonly Rule[] = allRules): string {
  return JSON.stringify(buildHouseStyleSchema(rules), null, 2) + '\n';
}

function differingOptions(rule: Rule | undefined, options: Record<string, unknown> | undefined): string {
  if (!options) return '';
  const def = (rule?.meta.defaultOptions ?? {}) as Record<string, unknown>;
  const diff = Object.fromEntries(Object.entries(options).filter(([k, v]) => JSON.stringify(def[k]) !== JSON.stringify(v)));
  return Object.keys(diff).length ? ` \`${JSON.stringify(diff)}\`` : '';
}

function cellFor(id: string, rule: Rule | undefined, config: ResolvedConfig): string {
  const setting = config.rules[id];
  if (!rule) return setting ? `\`${setting.severity}\`${differingOptions(undefined, setting.options)}` : '—';
  return `\`${effectiveSeverity(rule, config)}\`${differingOptions(rule, setting?.options)}`;
}

/** The presets table: every rule (and every catalogue rule not in this version yet) under each preset. */
export function presetsTable(rules: readonly Rule[] = allRules): string {
  const configs = PRESET_NAMES.map((p) => resolvePreset(p, rules));
  const head = [
    `| Rule | Category | ${PRESET_NAMES.map((p) => `\`${p}\``).join(' | ')} |`,
    `|---|---|${PRESET_NAMES.map(() => '---').join('|')}|`,
  ];
  const rows: string[] = [];
  for (const r of rules) rows.push(`| \`${r.meta.id}\` | \`${r.meta.category}\` | ${configs.map((c) => cellFor(r.meta.id, r, c)).join(' | ')} |`);
  const registered = new Set(rules.map((r) => r.meta.id));
  for (const [id, cat] of Object.entries(CATALOGUE)) {
    if (registered.has(id)) continue;
    rows.push(`| \`${id}\` ⏳ | \`${cat}\` | ${configs.map((c) => cellFor(id, undefined, c)).join(' | ')} |`);
  }
  return [START, ...head, ...rows, END].join('\n');
}

export function withPresetsTable(readme: string, rules: readonly Rule[] = allRules): string {
  const s = readme.indexOf(START);
  const e = readme.indexOf(END);
  if (s < 0 || e < s) throw new Error(`README.md has no ${START} … ${END} block for the presets table`);
  return readme.slice(0, s) + presetsTable(rules) + readme.slice(e + END.length);
}

function main(): number {
  const check = process.argv.includes('--check');
  const writes = new Map<string, string>();
  writes.set(SCHEMA_PATH, schemaText());
  try {
    if (existsSync(README_PATH)) writes.set(README_PATH, withPresetsTable(readFileSync(README_PATH, 'utf8')));
  } catch (e) {
    console.error(`gen-schema: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const stale: string[] = [];
  for (const [file, content] of writes) {
    const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (old === content) continue;
    stale.push(`${old === undefined ? 'missing' : 'stale'}: ${relative(root, file)}`);
    if (!check) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, content);
    }
  }
  if (check) {
    if (stale.length) {
      console.error(`gen-schema --check: out of date; run \`npm run schema\` and commit the result.\n  ${stale.join('\n  ')}`);
      return 1;
    }
    console.log(`gen-schema --check: the schema (${allRules.length} rules) and the presets table are up to date`);
    return 0;
  }
  console.log(stale.length ? `gen-schema: wrote\n  ${stale.join('\n  ')}` : 'gen-schema: nothing to change');
  return 0;
}

if (require.main === module) process.exitCode = main();
