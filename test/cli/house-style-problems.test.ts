// Issue 4's bad-input cases through the built CLI, one house style each: invalid JSON, an
// unknown rule, a wrong option type, a missing names file, a malformed names row, an extends
// cycle. Each is one clear line `file:line:col  error  message` on stderr at the exact
// place in the file it is in (the names file for a bad row, the base that closes a cycle),
// exit code 2, and the draft is still checked.

import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ensureBuilt, lineCol, parseText, runCli, tempDir, writeFiles } from './helpers';

const DRAFT = 'وأشـــاد الوزير بالتعاون.\n';

interface Case {
  what: string;
  files: Record<string, string>;
  /** The file the problem is in, the text at its place, and a word of its message. */
  file: string;
  at: string;
  message: RegExp;
}

const CASES: Case[] = [
  {
    what: 'invalid JSON (a missing comma)',
    files: { '.mudaqqiq.json': '{\n  "rules": { "nbsp": "off" }\n  "language": "en"\n}\n' },
    file: '.mudaqqiq.json',
    at: '"language"',
    message: /not valid JSON: Comma expected/,
  },
  {
    what: 'an unknown rule',
    files: { '.mudaqqiq.json': '{\n  "rules": {\n    "tatweel": "warning",\n    "tatwel": "off"\n  }\n}\n' },
    file: '.mudaqqiq.json',
    at: '"tatwel"',
    message: /Unknown rule "tatwel"; did you mean "tatweel"/,
  },
  {
    what: 'a wrong option type',
    files: { '.mudaqqiq.json': '{\n  "rules": {\n    "repeated-verb": ["info", { "maxPerArticle": "three" }]\n  }\n}\n' },
    file: '.mudaqqiq.json',
    at: '"three"',
    message: /repeated-verb options: .*integer/,
  },
  {
    what: 'a missing names file',
    files: { '.mudaqqiq.json': '{\n  // the newsroom list\n  "namesFiles": ["names/ministers.tsv"]\n}\n' },
    file: '.mudaqqiq.json',
    at: '"names/ministers.tsv"',
    message: /Names file "names\/ministers\.tsv" does not exist/,
  },
  {
    what: 'a malformed names row (an unterminated quote), in the names file',
    files: {
      '.mudaqqiq.json': '{ "namesFiles": "names.csv" }\n',
      'names.csv': 'canonical,variants,title,role\nعمرو طلعت,عمر طلعت,الدكتور,وزير الاتصالات\n"هالة السعيد,هاله السعيد\n',
    },
    file: 'names.csv',
    at: '"هالة السعيد,هاله السعيد',
    message: /Unterminated quote/,
  },
  {
    what: 'an extends cycle, at the extends that closes it',
    files: {
      '.mudaqqiq.json': '{ "extends": "./styles/a.json" }\n',
      'styles/a.json': '{ "extends": "./b.json" }\n',
      'styles/b.json': '{\n  "extends": ["pan-arab", "./a.json"]\n}\n',
    },
    file: 'styles/b.json',
    at: '"./a.json"',
    message: /extends cycle: a\.json → b\.json → a\.json/,
  },
];

before(() => ensureBuilt());

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
function dirWith(files: Record<string, string>): string {
  const dir = tempDir();
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

describe('CLI: each bad house-style input is one line at its place, exit 2, the draft still checked', () => {
  for (const c of CASES) {
    it(c.what, () => {
      const dir = dirWith({ ...c.files, 'a.txt': DRAFT });
      const r = runCli(['check', '--lang', 'en', 'a.txt'], { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      const m = /^(.+):(\d+):(\d+) {2}error {2}(.+)$/.exec(lines[0]);
      assert.ok(m, lines[0]);
      assert.equal(m[1], c.file);
      const text = c.files[c.file];
      const offset = text.indexOf(c.at);
      assert.ok(offset >= 0, `${c.at} in ${c.file}`);
      const want = lineCol(text, offset);
      assert.deepEqual([+m[2], +m[3]], [want.line, want.column], `${lines[0]} should point at ${c.at}`);
      assert.match(m[4], c.message);
      assert.ok(parseText(r.stdout).some((l) => l.ruleId === 'tatweel'), 'the draft was still checked');
    });
  }

  it('the same problems in Arabic by default', () => {
    const dir = dirWith({ '.mudaqqiq.json': '{ "rules": { "tatwel": "off" } }\n', 'a.txt': DRAFT });
    const r = runCli(['check', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^\.mudaqqiq\.json:1:14 {2}error {2}قاعدة غير معروفة «tatwel»؛ هل تقصد «tatweel»؟\n$/);
  });
});
