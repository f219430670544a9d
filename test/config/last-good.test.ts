// On errors the last good configuration of that house-style file stays in force; the first
// load with errors uses the presets plus what could be read.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigLoader, loadConfigFor } from '../../server/src/config';
import { diskHost, placed, workspace, write } from './helpers';

describe('last good configuration', () => {
  it('a broken edit keeps the previous configuration, reports the new problems, and the fix takes over', () => {
    const root = workspace({ '.mudaqqiq.json': '{ "extends": "pan-arab", "rules": { "tatweel": "error" } }' });
    const file = join(root, '.mudaqqiq.json');
    const draft = join(root, 'a.txt');
    const host = diskHost();
    const loader = new ConfigLoader();
    const good = loader.load(draft, { workspaceRoot: root }, host);
    assert.deepEqual(good.problems, []);
    assert.equal(good.lastGoodInForce, undefined);

    // mid-edit: a missing comma and a typo in a severity
    write(root, '.mudaqqiq.json', '{ "extends": "egyptian-press" "rules": { "tatweel": "eror", "nbsp": "off" } }');
    loader.invalidate(file);
    const broken = loader.load(draft, { workspaceRoot: root }, host);
    assert.equal(broken.lastGoodInForce, true);
    assert.ok(placed(broken).some((p) => /Comma expected/.test(p.en) && p.line === 1 && p.col === 31));
    assert.ok(placed(broken).some((p) => /"eror"/.test(p.en)));
    assert.deepEqual(broken.config, good.config, 'the last good configuration is in force');
    assert.equal(broken.config.rules.tatweel.severity, 'error');
    assert.deepEqual(broken.config.rules['digit-system'].options, { system: 'arabic-indic' });
    assert.equal(broken.configFile, file);

    // warnings alone do not make a file bad
    write(root, '.mudaqqiq.json', '{ "extends": "egyptian-press", "rules": { "tatweel": "hint", "final-yeh": "error" }, "unknownKey": 1 }');
    loader.invalidate(file);
    const fixed = loader.load(draft, { workspaceRoot: root }, host);
    assert.equal(fixed.lastGoodInForce, undefined);
    assert.ok(fixed.problems.length > 0 && fixed.problems.every((p) => p.severity === 'warning'));
    assert.equal(fixed.config.rules.tatweel.severity, 'hint');
    assert.deepEqual(fixed.config.rules['digit-system'].options, { system: 'western' });

    // and that is now the last good one
    write(root, '.mudaqqiq.json', '{ "rules": { "tatweel": 7 } }');
    loader.invalidate(file);
    assert.equal(loader.load(draft, { workspaceRoot: root }, host).config.rules.tatweel.severity, 'hint');
  });

  it('an error in an extended file also keeps the last good configuration, and the base is watched', () => {
    const root = workspace({
      'base.json': '{ "rules": { "nbsp": "error" } }',
      '.mudaqqiq.json': '{ "extends": "./base.json" }',
    });
    const host = diskHost();
    const loader = new ConfigLoader();
    const draft = join(root, 'a.txt');
    const good = loader.load(draft, { workspaceRoot: root }, host);
    assert.ok(good.files.includes(join(root, 'base.json')));
    write(root, 'base.json', '{ "rules": { "nbsp": "error", } ');
    loader.invalidate(join(root, 'base.json'));
    const broken = loader.load(draft, { workspaceRoot: root }, host);
    assert.equal(broken.lastGoodInForce, true);
    assert.equal(broken.problems[0].file, join(root, 'base.json'));
    assert.equal(broken.config.rules.nbsp.severity, 'error');
  });

  it('a first load with errors uses the presets plus what could be read', () => {
    const root = workspace({ '.mudaqqiq.json': '{ "extends": "egyptian-press", "rules": { "tatweel": "error", "nbsp": "loud", "tatweeel": "off" ' });
    const r = new ConfigLoader().load(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    assert.equal(r.lastGoodInForce, undefined);
    assert.ok(r.problems.some((p) => p.severity === 'error'));
    assert.equal(r.config.rules.tatweel.severity, 'error');
    assert.equal(r.config.rules.nbsp, undefined);
    assert.deepEqual(r.config.rules['digit-system'].options, { system: 'western' });
  });

  it('loadConfigFor (re-reading on every call) keeps the last good configuration across calls', () => {
    const root = workspace({ '.mudaqqiq.json': '{ "rules": { "zero-width": "info" } }' });
    const draft = join(root, 'a.txt');
    assert.equal(loadConfigFor(draft, { workspaceRoot: root }, diskHost()).config.rules['zero-width'].severity, 'info');
    write(root, '.mudaqqiq.json', '{ "rules": { "zero-width": "inf" } }');
    const r = loadConfigFor(draft, { workspaceRoot: root }, diskHost());
    assert.equal(r.lastGoodInForce, true);
    assert.equal(r.config.rules['zero-width'].severity, 'info');
    write(root, '.mudaqqiq.json', '{ "rules": { "zero-width": "hint" } }');
    assert.equal(loadConfigFor(draft, { workspaceRoot: root }, diskHost()).config.rules['zero-width'].severity, 'hint');
  });
});
