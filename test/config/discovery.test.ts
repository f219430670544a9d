// Finding the house-style file: nearest wins, the search stops at the workspace root, an
// explicit --config path, defaults when there is none; JSONC comments and trailing commas.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigLoader, loadConfigFor } from '../../server/src/config';
import { allRules } from '../../server/src/engine';
import { diskHost, only, placed, workspace, write } from './helpers';

describe('finding the house-style file', () => {
  it('uses the nearest file from the draft’s folder upwards', () => {
    const root = workspace({
      '.mudaqqiq.json': '{ "rules": { "tatweel": "error" } }',
      'desk/sports/.mudaqqiq.json': '{ "rules": { "tatweel": "hint" } }',
    });
    const host = diskHost();
    const deep = loadConfigFor(join(root, 'desk/sports/match/draft.txt'), { workspaceRoot: root }, host);
    assert.equal(deep.configFile, join(root, 'desk/sports/.mudaqqiq.json'));
    assert.equal(deep.config.rules.tatweel.severity, 'hint');
    const top = loadConfigFor(join(root, 'desk/politics/draft.txt'), { workspaceRoot: root }, host);
    assert.equal(top.configFile, join(root, '.mudaqqiq.json'));
    assert.equal(top.config.rules.tatweel.severity, 'error');
    assert.deepEqual(top.problems, []);
  });

  it('stops at the workspace root: a file above it is not used', () => {
    const outer = workspace({ '.mudaqqiq.json': '{ "rules": { "tatweel": "error" } }', 'ws/drafts/a.txt': '' });
    const r = loadConfigFor(join(outer, 'ws/drafts/a.txt'), { workspaceRoot: join(outer, 'ws') }, diskHost());
    assert.equal(r.configFile, undefined);
    assert.equal(r.config.rules.tatweel, undefined);
  });

  it('without a house-style file the recommended preset applies (spelling off, every registered rule at its default)', () => {
    const root = workspace({ 'a.txt': '' });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    assert.equal(r.configFile, undefined);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.rules, { spelling: { severity: 'off' } });
    assert.equal(r.config.categories, undefined);
    assert.equal(r.config.shared?.acceptedWords?.size, 0);
    // registered rules carry no setting (but spelling, which the preset turns off), so each runs at its own default
    for (const rule of allRules) if (rule.meta.id !== 'spelling') assert.equal(r.config.rules[rule.meta.id], undefined, rule.meta.id);
  });

  it('an untitled draft (no path) uses the file at the workspace root', () => {
    const root = workspace({ '.mudaqqiq.json': '{ "language": "en" }' });
    const r = loadConfigFor(undefined, { workspaceRoot: root }, diskHost());
    assert.equal(r.configFile, join(root, '.mudaqqiq.json'));
    assert.equal(r.language, 'en');
  });

  it('an explicit path (--config) wins over discovery, relative to the workspace root', () => {
    const root = workspace({
      '.mudaqqiq.json': '{ "rules": { "tatweel": "error" } }',
      'styles/strict-desk.json': '{ "rules": { "tatweel": "info" } }',
    });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root, explicitPath: 'styles/strict-desk.json' }, diskHost());
    assert.equal(r.configFile, join(root, 'styles/strict-desk.json'));
    assert.equal(r.config.rules.tatweel.severity, 'info');
  });

  it('a missing explicit path is a problem, and the defaults apply', () => {
    const root = workspace({});
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root, explicitPath: join(root, 'nope.json') }, diskHost());
    assert.equal(r.configFile, undefined);
    const p = only(placed(r), /not found/);
    assert.equal(p.file, join(root, 'nope.json'));
    assert.equal(p.severity, 'error');
    assert.match(p.ar, /غير موجود/);
    assert.ok(r.files.includes(join(root, 'nope.json')), 'the missing file is watched');
  });

  it('accepts // and /* */ comments, trailing commas and a byte-order mark', () => {
    const root = workspace({
      '.mudaqqiq.json':
        '\uFEFF{\n  // the desk’s style\n  "rules": {\n    /* loud */ "tatweel": "error",\n    "category:digits": "off",\n  },\n  "words": { "accepted": ["الفيسبوك",], },\n}\n',
    });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    assert.deepEqual(placed(r), []);
    assert.equal(r.config.rules.tatweel.severity, 'error');
    assert.equal(r.config.categories?.digits, 'off');
    assert.ok(r.config.shared?.acceptedWords?.has('الفيسبوك'));
  });

  it('an empty file is the defaults, without problems', () => {
    const root = workspace({ '.mudaqqiq.json': '' });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.rules, { spelling: { severity: 'off' } });
  });

  it('a ConfigLoader keeps results until invalidated; a new nearer file is found after invalidate(itsPath)', () => {
    const root = workspace({ '.mudaqqiq.json': '{ "rules": { "tatweel": "error" } }' });
    const host = diskHost();
    const loader = new ConfigLoader();
    const draft = join(root, 'desk/a.txt');
    const first = loader.load(draft, { workspaceRoot: root }, host);
    const reads = host.reads.get(join(root, '.mudaqqiq.json'));
    assert.equal(loader.load(draft, { workspaceRoot: root }, host), first, 'memoised');
    assert.equal(host.reads.get(join(root, '.mudaqqiq.json')), reads, 'not re-read');
    const nearer = write(root, 'desk/.mudaqqiq.json', '{ "rules": { "tatweel": "off" } }');
    assert.equal(loader.load(draft, { workspaceRoot: root }, host).config.rules.tatweel.severity, 'error', 'stale until invalidated');
    loader.invalidate(nearer);
    const second = loader.load(draft, { workspaceRoot: root }, host);
    assert.equal(second.configFile, nearer);
    assert.equal(second.config.rules.tatweel.severity, 'off');
  });
});
