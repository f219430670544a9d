// extends chains (presets and shared files), presets, category switches, option merging.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CATALOGUE, loadConfigFor, PRESET_NAMES, PRESETS, resolvePreset } from '../../server/src/config';
import { allRules, effectiveOptions, effectiveSeverity, getRule, lint, type ResolvedConfig } from '../../server/src/engine';
import { diskHost, only, placed, workspace } from './helpers';

function load(files: Record<string, string>, draft = 'drafts/a.txt') {
  const root = workspace(files);
  return { root, r: loadConfigFor(join(root, draft), { workspaceRoot: root }, diskHost()) };
}

function sev(config: ResolvedConfig, id: string): string {
  return effectiveSeverity(getRule(id)!, config);
}

describe('extends', () => {
  it('follows a relative path to a shared base, and the base’s own preset', () => {
    const { root, r } = load({
      'newsroom/base.json': '{ "extends": "egyptian-press", "rules": { "tatweel": "error", "repeated-verb": ["warning", { "window": "sentence" }] } }',
      'desk/.mudaqqiq.json': '{ "extends": "../newsroom/base.json", "rules": { "repeated-verb": ["info", { "maxPerArticle": 5 }] } }',
    }, 'desk/a.txt');
    assert.deepEqual(placed(r), []);
    assert.deepEqual(r.files.sort(), [join(root, 'desk/.mudaqqiq.json'), join(root, 'newsroom/base.json')].sort());
    assert.equal(r.config.rules.tatweel.severity, 'error', 'from the base');
    assert.deepEqual(r.config.rules['digit-system'].options, { system: 'western' }, 'from the preset under the base');
    // severity replaced, options merged over the base's
    assert.equal(r.config.rules['repeated-verb'].severity, 'info');
    assert.deepEqual(r.config.rules['repeated-verb'].options, { window: 'sentence', maxPerArticle: 5 });
    assert.deepEqual(effectiveOptions(getRule('repeated-verb')!, r.config), { window: 'sentence', maxPerArticle: 5, ignore: [], verbs: [] });
  });

  it('a severity alone keeps the options an earlier layer gave', () => {
    const { r } = load({ '.mudaqqiq.json': '{ "extends": "pan-arab", "rules": { "digit-system": "error" } }' });
    assert.deepEqual(r.config.rules['digit-system'], { severity: 'error', options: { system: 'arabic-indic' } });
  });

  it('a list is applied in order (the later wins)', () => {
    const { r } = load({ '.mudaqqiq.json': '{ "extends": ["egyptian-press", "pan-arab"] }' });
    assert.deepEqual(r.config.rules['digit-system'].options, { system: 'arabic-indic' });
    const { r: r2 } = load({ '.mudaqqiq.json': '{ "extends": ["pan-arab", "egyptian-press"] }' });
    assert.deepEqual(r2.config.rules['digit-system'].options, { system: 'western' });
  });

  it('a cycle is reported at the extends entry that closes it, and loading terminates', () => {
    const { root, r } = load({
      '.mudaqqiq.json': '{\n  "extends": "./a.json"\n}',
      'a.json': '{ "extends": "./b.json", "rules": { "tatweel": "error" } }',
      'b.json': '{\n  "rules": { "tatweel": "info" },\n  "extends": "./a.json"\n}',
    });
    const p = only(placed(r), /cycle/);
    assert.equal(p.file, join(root, 'b.json'));
    assert.deepEqual([p.line, p.col, p.text], [3, 14, '"./a.json"']);
    assert.match(p.en, /a\.json → b\.json → a\.json/);
    assert.equal(r.config.rules.tatweel.severity, 'error', 'the layers that could be read still apply in order');
  });

  it('a file extending itself is a cycle', () => {
    const { r } = load({ '.mudaqqiq.json': '{ "extends": "./.mudaqqiq.json" }' });
    assert.match(only(placed(r), /cycle/).en, /\.mudaqqiq\.json → \.mudaqqiq\.json/);
  });

  it('a missing base file is reported at its extends entry (and watched)', () => {
    const { root, r } = load({ '.mudaqqiq.json': '{\n  "extends": ["pan-arab", "../shared/base.json"]\n}' }, 'a.txt');
    const p = only(placed(r), /does not exist/);
    assert.deepEqual([p.file, p.line, p.col, p.text], [join(root, '.mudaqqiq.json'), 2, 27, '"../shared/base.json"']);
    assert.match(p.ar, /غير موجود/);
    assert.ok(r.files.includes(join(root, '../shared/base.json')));
    assert.deepEqual(r.config.rules['digit-system'].options, { system: 'arabic-indic' }, 'the rest still applies');
  });

  it('an unknown preset name gets a did-you-mean', () => {
    const { r } = load({ '.mudaqqiq.json': '{ "extends": "egyptian" }' });
    const p = only(placed(r), /Unknown preset/);
    assert.match(p.en, /did you mean "egyptian-press"/);
    assert.equal(p.text, '"egyptian"');
  });
});

describe('presets', () => {
  it('every preset loads without problems', () => {
    for (const name of PRESET_NAMES) {
      const { r } = load({ '.mudaqqiq.json': JSON.stringify({ extends: name }) });
      assert.deepEqual(placed(r), [], name);
    }
  });

  it('recommended is the rules’ own defaults, with spelling off', () => {
    const c = resolvePreset('recommended');
    assert.deepEqual(c.rules, { spelling: { severity: 'off' } });
    for (const rule of allRules) assert.equal(effectiveSeverity(rule, c), rule.meta.defaultSeverity, rule.meta.id);
  });

  it('egyptian-press: Western digits and «» quotes, final ى kept for when final-yeh lands', () => {
    const c = resolvePreset('egyptian-press');
    assert.deepEqual(c.rules['digit-system'].options, { system: 'western' });
    assert.deepEqual(c.rules['quote-style'].options, { style: 'guillemets' });
    assert.deepEqual(c.rules['final-yeh'].options, { style: 'alef-maqsura' });
    assert.equal(c.rules.spelling.severity, 'off');
    // It takes effect: Arabic-Indic digits are flagged, Western ones are not.
    const flagged = lint('ارتفعت الصادرات ١٥٪ خلال عام ٢٠٢٤', { config: c }).findings.filter((f) => f.ruleId === 'digit-system');
    assert.ok(flagged.length >= 2, 'Arabic-Indic numbers flagged under egyptian-press');
    assert.deepEqual(lint('ارتفعت الصادرات 15% خلال عام 2024', { config: c }).findings.filter((f) => f.ruleId === 'digit-system'), []);
  });

  it('pan-arab: Arabic-Indic digits, final ي', () => {
    const c = resolvePreset('pan-arab');
    assert.deepEqual(c.rules['digit-system'].options, { system: 'arabic-indic' });
    assert.deepEqual(c.rules['final-yeh'].options, { style: 'yeh' });
    const flagged = lint('ارتفعت الصادرات 15% خلال عام 2024', { config: c }).findings.filter((f) => f.ruleId === 'digit-system');
    assert.ok(flagged.length >= 2, 'Western numbers flagged under pan-arab');
  });

  it('strict: every registered rule on (also those off by default) and every catalogue rule named', () => {
    const c = resolvePreset('strict');
    for (const rule of allRules) assert.notEqual(effectiveSeverity(rule, c), 'off', rule.meta.id);
    for (const id of Object.keys(CATALOGUE)) assert.ok(c.rules[id] && c.rules[id].severity !== 'off', id);
  });

  it('each preset’s options are valid for the registered rules they name', () => {
    const { validateJsonSchema } = require('../../server/src/config') as typeof import('../../server/src/config');
    for (const name of PRESET_NAMES) {
      for (const [id, v] of Object.entries(PRESETS[name].rules ?? {})) {
        const rule = getRule(id);
        if (!rule || !Array.isArray(v) || !v[1]) continue;
        assert.deepEqual(validateJsonSchema(rule.meta.schema, v[1]), [], `${name}: ${id} options ${JSON.stringify(v[1])}`);
      }
    }
  });

  it('a preset naming rules that are not in this version produces no problem for the user', () => {
    const { r } = load({ '.mudaqqiq.json': '{ "extends": "egyptian-press" }' });
    assert.deepEqual(r.problems, []);
    assert.ok(r.config.rules['final-yeh']);
  });
});

describe('category switches', () => {
  it('"category:digits": "off" turns off every digits rule, also one a preset configured', () => {
    const { r } = load({ '.mudaqqiq.json': '{ "extends": "egyptian-press", "rules": { "category:digits": "off" } }' });
    assert.deepEqual(placed(r), []);
    for (const rule of allRules.filter((x) => x.meta.category === 'digits')) assert.equal(sev(r.config, rule.meta.id), 'off', rule.meta.id);
    assert.equal(sev(r.config, 'tatweel'), 'warning', 'other categories untouched');
    assert.deepEqual(lint('ارتفعت الصادرات ١٥٪ خلال عام 2024', { config: r.config }).findings.filter((f) => f.category === 'digits'), []);
  });

  it('a category severity applies to its rules; a rule named in the same file wins', () => {
    const { r } = load({ '.mudaqqiq.json': '{ "rules": { "digit-spacing": "error", "category:digits": "hint" } }' });
    assert.equal(sev(r.config, 'digit-system'), 'hint');
    assert.equal(sev(r.config, 'digit-spacing'), 'error');
  });

  it('a category severity does not turn on a rule an earlier layer turned off', () => {
    const { r } = load({ '.mudaqqiq.json': '{ "rules": { "category:orthography": "error" } }' });
    assert.equal(r.config.rules.spelling.severity, 'off');
    for (const rule of allRules.filter((x) => x.meta.category === 'orthography' && x.meta.id !== 'spelling')) assert.equal(sev(r.config, rule.meta.id), 'error');
  });

  it('a later file’s category switch overrides the base file’s rule settings', () => {
    const { r } = load({
      'base.json': '{ "rules": { "tatweel": "error" } }',
      '.mudaqqiq.json': '{ "extends": "./base.json", "rules": { "category:hidden-characters": "info" } }',
    });
    assert.equal(sev(r.config, 'tatweel'), 'info');
  });
});
