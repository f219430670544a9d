// In an untrusted workspace, `extends` and names files may not reach outside the workspace.

import assert from 'node:assert/strict';
import { mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfigFor, type ConfigHost } from '../../server/src/config';
import { diskHost, only, placed, workspace, write } from './helpers';

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

  describe('symbolic links inside the workspace that lead out of it', () => {
    /** A disk host that also resolves links (as the language server's does). */
    function linkingHost(): ConfigHost & { reads: Map<string, number> } {
      const h = diskHost();
      return Object.assign(h, {
        realPath(p: string) {
          try {
            return realpathSync.native(p);
          } catch {
            return undefined;
          }
        },
      });
    }

    function setupLinks() {
      const outer = workspace({
        'newsroom/base.json': '{ "rules": { "tatweel": "error" } }',
        'newsroom/names.tsv': 'عمرو طلعت\tعمر طلعت\n',
        'newsroom/house.json': '{ "rules": { "nbsp": "error" } }',
        'ws/inside/names.tsv': 'هالة السعيد\tهاله السعيد\n',
      });
      const ws = join(outer, 'ws');
      symlinkSync(join(outer, 'newsroom/names.tsv'), join(ws, 'names.tsv')); // a file link
      symlinkSync(join(outer, 'newsroom'), join(ws, 'shared')); // a folder link
      symlinkSync(join(ws, 'inside'), join(ws, 'here')); // a link that stays inside
      return { outer, ws };
    }

    it('untrusted: a names file or an extended file reached through a link is a problem and is not read', () => {
      const { outer, ws } = setupLinks();
      const text = '{\n  "extends": "./shared/base.json",\n  "namesFiles": ["names.tsv", "here/names.tsv"]\n}';
      write(ws, '.mudaqqiq.json', text);
      const host = linkingHost();
      const r = loadConfigFor(join(ws, 'a.txt'), { workspaceRoot: ws, trusted: false }, host);
      const list = placed(r).filter((p) => /not trusted/.test(p.en));
      assert.deepEqual(list.map((p) => [p.line, p.text]), [
        [2, '"./shared/base.json"'],
        [3, '"names.tsv"'],
      ]);
      assert.match(list[1].en, new RegExp(realpathSync(join(outer, 'newsroom/names.tsv')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'names the real file');
      assert.equal(host.reads.get(join(ws, 'names.tsv')), undefined, 'never read');
      assert.equal(host.reads.get(join(ws, 'shared/base.json')), undefined, 'never read');
      assert.equal(r.config.rules.tatweel, undefined);
      assert.deepEqual(r.config.shared?.names?.map((n) => n.canonical), ['هالة السعيد'], 'a link that stays inside is fine');
    });

    it('untrusted: a house-style file that is a link to a file outside is a problem and is not read', () => {
      const { outer, ws } = setupLinks();
      mkdirSync(join(ws, 'desk'));
      symlinkSync(join(outer, 'newsroom/house.json'), join(ws, 'desk/.mudaqqiq.json'));
      const host = linkingHost();
      const r = loadConfigFor(join(ws, 'desk/a.txt'), { workspaceRoot: ws, trusted: false }, host);
      assert.equal(only(placed(r), /not trusted/).file, join(ws, 'desk/.mudaqqiq.json'));
      assert.notEqual(r.config.rules.nbsp?.severity, 'error', 'its settings are not used');
      assert.equal(host.reads.get(join(ws, 'desk/.mudaqqiq.json')) ?? 0, 1, 'read once by discovery (it exists), never parsed');
    });

    it('trusted: the same links are followed', () => {
      const { ws } = setupLinks();
      write(ws, '.mudaqqiq.json', '{ "extends": "./shared/base.json", "namesFiles": "names.tsv" }');
      const r = loadConfigFor(join(ws, 'a.txt'), { workspaceRoot: ws, trusted: true }, linkingHost());
      assert.deepEqual(r.problems, []);
      assert.equal(r.config.rules.tatweel.severity, 'error');
      assert.deepEqual(r.config.shared?.names?.map((n) => n.canonical), ['عمرو طلعت']);
    });
  });
});
