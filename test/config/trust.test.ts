// In an untrusted workspace, `extends` and names files may not reach outside the workspace.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfigFor } from '../../server/src/config';
import { diskHost, placed, workspace, write } from './helpers';

describe('workspace trust', () => {
  function setup() {
    const outer = workspace({
      'newsroom/base.json': '{ "rules": { "tatweel": "error" } }',
      'newsroom/names.tsv': 'عمرو طلعت\tعمر طلعت\n',
      'ws/inside/base.json': '{ "rules": { "nbsp": "info" } }',
      'ws/names.tsv': 'هالة السعيد\tهاله السعيد\n',
    });
    return { outer, ws: join(outer, 'ws') };
  }

  it('untrusted: a base or names file outside the workspace is a problem and is not read', () => {
    const { outer, ws } = setup();
    const text = `{\n  "extends": ["../newsroom/base.json", ${JSON.stringify(join(outer, 'newsroom/base.json'))}, "./inside/base.json"],\n  "namesFiles": ["../newsroom/names.tsv", "names.tsv"]\n}`;
    write(ws, '.mudaqqiq.json', text);
    const host = diskHost();
    const r = loadConfigFor(join(ws, 'a.txt'), { workspaceRoot: ws, trusted: false }, host);
    const list = placed(r).filter((p) => /not trusted/.test(p.en));
    assert.equal(list.length, 3);
    assert.deepEqual(list.map((p) => [p.line, p.text]), [
      [2, '"../newsroom/base.json"'],
      [2, JSON.stringify(join(outer, 'newsroom/base.json'))],
      [3, '"../newsroom/names.tsv"'],
    ]);
    assert.match(list[0].ar, /غير موثوقة/);
    assert.equal(host.reads.get(join(outer, 'newsroom/base.json')), undefined, 'never read');
    assert.equal(host.reads.get(join(outer, 'newsroom/names.tsv')), undefined, 'never read');
    assert.equal(r.config.rules.tatweel, undefined);
    assert.equal(r.config.rules.nbsp.severity, 'info', 'inside the workspace is fine');
    assert.deepEqual(r.config.shared?.names?.map((n) => n.canonical), ['هالة السعيد']);
  });

  it('trusted: the same files are read', () => {
    const { ws } = setup();
    write(ws, '.mudaqqiq.json', '{ "extends": "../newsroom/base.json", "namesFiles": "../newsroom/names.tsv" }');
    const r = loadConfigFor(join(ws, 'a.txt'), { workspaceRoot: ws, trusted: true }, diskHost());
    assert.deepEqual(r.problems, []);
    assert.equal(r.config.rules.tatweel.severity, 'error');
    assert.deepEqual(r.config.shared?.names?.map((n) => n.canonical), ['عمرو طلعت']);
  });

  it('untrusted: a chain may climb with .. as long as it stays inside the workspace', () => {
    const root = workspace({
      'base.json': '{ "rules": { "tatweel": "hint" } }',
      'desk/.mudaqqiq.json': '{ "extends": "../base.json" }',
    });
    const r = loadConfigFor(join(root, 'desk/a.txt'), { workspaceRoot: root, trusted: false }, diskHost());
    assert.deepEqual(r.problems, []);
    assert.equal(r.config.rules.tatweel.severity, 'hint');
  });

  it('untrusted: a draft outside the workspace gets no house-style file from above it', () => {
    const { outer, ws } = setup();
    write(outer, '.mudaqqiq.json', '{ "rules": { "tatweel": "error" } }');
    const r = loadConfigFor(join(outer, 'other/a.txt'), { workspaceRoot: ws, trusted: false }, diskHost());
    assert.equal(r.configFile, undefined);
    const t = loadConfigFor(join(outer, 'other/a.txt'), { workspaceRoot: ws, trusted: true }, diskHost());
    assert.equal(t.configFile, join(outer, '.mudaqqiq.json'));
  });
});
