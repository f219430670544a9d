// The built CLI's three output formats on real text: they agree with each other and with
// the engine (same findings, same positions), SARIF regions cover the reported text, and
// --rule, --quiet, --max-warnings, --lang and standard input behave as documented.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { allRules, ruleDocUrl, ruleIds, type Finding } from '../../server/src/engine';
import { repoRoot, sampleArticle } from '../lib/corpus';
import { CLI, engineFindings, ensureBuilt, lineCol, parseText, runCli, tempDir, writeFiles } from './helpers';

const pkgVersion = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string;

interface JsonFinding {
  ruleId: string;
  category: string;
  severity: string;
  messageId: string;
  message: { ar: string; en: string };
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  length: number;
  text: string;
  fixes: Array<{ title: { ar: string; en: string }; preferred: boolean; edits: Array<{ offset: number; length: number; text: string }> }>;
}
interface JsonFile {
  file: string;
  language: string;
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  findings: JsonFinding[];
}

/** The slice of text between two 1-based (line, column) positions, found by splitting lines ourselves. */
function sliceByLineCol(text: string, sl: number, sc: number, el: number, ec: number): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return text.slice(starts[sl - 1] + sc - 1, starts[el - 1] + ec - 1);
}

function oracleTuples(text: string, findings: Finding[]) {
  return findings.map((f) => {
    const s = lineCol(text, f.start);
    const e = lineCol(text, f.end);
    return { ruleId: f.ruleId, severity: f.severity, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, offset: f.start, length: f.end - f.start };
  });
}

const otherRulesOff = (keep: string) => ruleIds.filter((id) => id !== keep).flatMap((id) => ['--rule', `${id}=off`]);

// Short made-up newsroom sentences (not corpus text).
const TATWEEL_DRAFT = 'أكـــد الوزير أن المشروع سينتهي قريبا.\nوأشـاد الحضور بالتعاون.\n';

before(() => ensureBuilt());

describe('CLI output formats on the sample article', () => {
  let dir: string;
  let text: string;
  before(() => {
    dir = tempDir();
    text = sampleArticle();
    writeFileSync(join(dir, 'article.txt'), text);
  });

  it('text, JSON and SARIF report exactly the engine’s findings at the same positions', () => {
    const oracle = engineFindings(text, join(dir, 'article.txt'), dir);
    assert.ok(oracle.length > 0, 'the sample article has findings');
    const expected = oracleTuples(text, oracle);

    const t = runCli(['check', 'article.txt'], { cwd: dir });
    assert.ok(t.code === 0 || t.code === 1, t.stderr);
    assert.equal(t.stderr, '');
    const lines = parseText(t.stdout);
    assert.deepEqual(
      lines.map((l) => ({ ruleId: l.ruleId, severity: l.severity, line: l.line, column: l.column })),
      expected.map((e) => ({ ruleId: e.ruleId, severity: e.severity, line: e.line, column: e.column })),
    );
    assert.ok(lines.every((l) => l.file === 'article.txt'));
    assert.deepEqual(
      lines.map((l) => l.message),
      oracle.map((f) => f.message.ar.replace(/[\r\n]+/g, ' ')),
    );
    // exit code: 1 exactly when some finding is an error
    assert.equal(t.code, oracle.some((f) => f.severity === 'error') ? 1 : 0);

    const j = runCli(['check', '--format', 'json', 'article.txt'], { cwd: dir });
    const files = JSON.parse(j.stdout) as JsonFile[];
    assert.equal(files.length, 1);
    assert.equal(files[0].file, 'article.txt');
    assert.equal(files[0].language, 'plaintext');
    assert.deepEqual(
      files[0].findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, offset: f.offset, length: f.length })),
      expected,
    );
    assert.deepEqual(
      files[0].findings.map((f) => f.message),
      oracle.map((f) => f.message),
    );
    for (const f of files[0].findings) assert.equal(f.text, text.slice(f.offset, f.offset + f.length));

    const s = runCli(['check', '--format', 'sarif', 'article.txt'], { cwd: dir });
    const sarif = JSON.parse(s.stdout);
    const results = sarif.runs[0].results as any[];
    assert.deepEqual(
      results.map((r) => {
        const g = r.locations[0].physicalLocation.region;
        return { ruleId: r.ruleId, line: g.startLine, column: g.startColumn, endLine: g.endLine, endColumn: g.endColumn, offset: g.charOffset, length: g.charLength };
      }),
      expected.map(({ severity: _s, ...rest }) => rest),
    );
    assert.deepEqual(
      results.map((r) => r.message.text),
      oracle.map((f) => f.message.ar),
    );
  });

  it('SARIF regions cover the text the finding is about, by line/column and by offset alike', () => {
    const s = runCli(['check', '--format', 'sarif', 'article.txt'], { cwd: dir });
    const results = JSON.parse(s.stdout).runs[0].results as any[];
    assert.ok(results.length > 0);
    for (const r of results) {
      const g = r.locations[0].physicalLocation.region;
      const byOffset = text.slice(g.charOffset, g.charOffset + g.charLength);
      assert.equal(sliceByLineCol(text, g.startLine, g.startColumn, g.endLine, g.endColumn), byOffset, `${r.ruleId} at ${g.startLine}:${g.startColumn}`);
    }
  });

  it('--lang en gives the English messages', () => {
    const oracle = engineFindings(text, join(dir, 'article.txt'), dir);
    const t = runCli(['check', '--lang', 'en', 'article.txt'], { cwd: dir });
    assert.deepEqual(
      parseText(t.stdout).map((l) => l.message),
      oracle.map((f) => f.message.en.replace(/[\r\n]+/g, ' ')),
    );
    assert.match(t.stdout, /in 1 file checked/);
    const s = JSON.parse(runCli(['check', '--lang', 'en', '--format', 'sarif', 'article.txt'], { cwd: dir }).stdout);
    assert.deepEqual(
      s.runs[0].results.map((r: any) => r.message.text),
      oracle.map((f) => f.message.en),
    );
  });
});

describe('CLI SARIF 2.1.0 document', () => {
  let dir: string;
  let sarif: any;
  const name = 'مسودة أولى.txt';
  before(() => {
    dir = tempDir();
    writeFiles(dir, { [name]: TATWEEL_DRAFT });
    const r = runCli(['check', '--format', 'sarif', '--rule', 'tatweel=error', name], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    sarif = JSON.parse(r.stdout);
  });

  it('has the schema, version, one run, UTF-16 columns and the tool driver with every registered rule', () => {
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const run = sarif.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const d = run.tool.driver;
    assert.equal(d.name, 'mudaqqiq');
    assert.equal(d.version, pkgVersion);
    assert.match(d.informationUri, /^https:\/\//);
    assert.deepEqual(
      d.rules.map((r: any) => r.id),
      [...ruleIds],
    );
    for (const [i, r] of d.rules.entries()) {
      const meta = allRules[i].meta;
      assert.equal(r.helpUri, ruleDocUrl(meta.id));
      assert.equal(r.shortDescription.text, meta.docs.description.ar);
      assert.equal(r.fullDescription.text, meta.docs.explanation.ar);
      assert.ok(r.help.text.includes(meta.docs.bad));
      assert.equal(r.properties.category, meta.category);
      assert.match(r.name, /^[A-Z][A-Za-z]+$/);
      const lvl = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' }[meta.defaultSeverity];
      assert.equal(r.defaultConfiguration.level, lvl);
    }
    assert.equal(run.invocations[0].executionSuccessful, true);
  });

  it('results: ruleIndex points at the rule, level follows the severity, relative percent-encoded URI, fixes reproduce the engine’s fix', () => {
    const run = sarif.runs[0];
    const tat = run.results.filter((r: any) => r.ruleId === 'tatweel');
    assert.equal(tat.length, 2);
    for (const r of run.results) {
      assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      assert.equal(r.properties.category, allRules[r.ruleIndex].meta.category);
      const loc = r.locations[0].physicalLocation.artifactLocation;
      assert.equal(loc.uri, `${encodeURIComponent('مسودة أولى')}.txt`);
      assert.equal(loc.uriBaseId, '%SRCROOT%');
    }
    assert.ok(tat.every((r: any) => r.level === 'error'));
    assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/\/.*\/$/);
    // the fixes, applied as SARIF says, give what the engine's preferred fixes give
    const first = tat[0];
    const rep = first.fixes[0].artifactChanges[0].replacements;
    let fixed = TATWEEL_DRAFT;
    for (const x of [...rep].sort((a: any, b: any) => b.deletedRegion.charOffset - a.deletedRegion.charOffset)) {
      fixed = fixed.slice(0, x.deletedRegion.charOffset) + x.insertedContent.text + fixed.slice(x.deletedRegion.charOffset + x.deletedRegion.charLength);
    }
    assert.equal(fixed.split('\n')[0], 'أكد الوزير أن المشروع سينتهي قريبا.');
    assert.equal(first.fixes[0].artifactChanges[0].artifactLocation.uri, first.locations[0].physicalLocation.artifactLocation.uri);
  });

  it('info and hint become note', () => {
    for (const sev of ['info', 'hint']) {
      const r = runCli(['check', '--format', 'sarif', '--rule', `tatweel=${sev}`, name], { cwd: dir });
      const res = JSON.parse(r.stdout).runs[0].results.filter((x: any) => x.ruleId === 'tatweel');
      assert.equal(res.length, 2);
      assert.ok(res.every((x: any) => x.level === 'note' && x.properties.severity === sev));
    }
  });
});

describe('CLI rule overrides, exit codes and standard input', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    writeFiles(dir, { 'a.txt': TATWEEL_DRAFT });
  });

  it('exit 0 with warnings only, 1 with an error, and --rule ID=off silences a rule', () => {
    const only = otherRulesOff('tatweel');
    const w = runCli(['check', ...only, 'a.txt'], { cwd: dir });
    assert.equal(w.code, 0, w.stderr);
    assert.deepEqual(
      parseText(w.stdout).map((l) => `${l.line}:${l.column} ${l.severity} ${l.ruleId}`),
      ['1:3 warning tatweel', '2:4 warning tatweel'],
    );
    assert.match(w.stdout, /أخطاء 0، تحذيرات 2،/);

    const e = runCli(['check', ...only, '--rule', 'tatweel=error', 'a.txt'], { cwd: dir });
    assert.equal(e.code, 1);
    assert.deepEqual(
      parseText(e.stdout).map((l) => l.severity),
      ['error', 'error'],
    );

    const off = runCli(['check', ...only, '--rule', 'tatweel=error', '--rule', 'tatweel=off', 'a.txt'], { cwd: dir });
    assert.equal(off.code, 0);
    assert.deepEqual(parseText(off.stdout), []);
    assert.match(off.stdout, /✔/);
  });

  it('--rule category:NAME=off switches a whole category off', () => {
    const r = runCli(['check', '--format', 'json', '--rule', 'category:hidden-characters=off', 'a.txt'], { cwd: dir });
    const files = JSON.parse(r.stdout) as JsonFile[];
    assert.ok(files[0].findings.every((f) => f.category !== 'hidden-characters'));
    const all = JSON.parse(runCli(['check', '--format', 'json', 'a.txt'], { cwd: dir }).stdout) as JsonFile[];
    assert.ok(all[0].findings.some((f) => f.category === 'hidden-characters'));
  });

  it('--quiet reports errors only; --max-warnings fails a run with too many warnings', () => {
    const only = otherRulesOff('tatweel');
    const q = runCli(['check', ...only, '--quiet', 'a.txt'], { cwd: dir });
    assert.equal(q.code, 0);
    assert.deepEqual(parseText(q.stdout), []);
    assert.equal(runCli(['check', ...only, '--max-warnings', '2', 'a.txt'], { cwd: dir }).code, 0);
    const over = runCli(['check', ...only, '--max-warnings', '1', 'a.txt'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /--max-warnings 1/);
    assert.equal(runCli(['check', ...only, '--quiet', '--max-warnings', '1', 'a.txt'], { cwd: dir }).code, 1, 'warnings still count under --quiet');
  });

  it('usage problems exit 2 with one clear line on stderr and nothing on stdout', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--rule', 'tatwel=error'], /unknown rule "tatwel".*did you mean tatweel/],
      [['--rule', 'tatweel=loud'], /unknown severity "loud"/],
      [['--rule', 'tatweel'], /ID=SEVERITY/],
      [['--rule', 'category:nope=off'], /unknown category "nope"/],
      [['--format', 'xml'], /unknown format "xml"/],
      [['--dry-run'], /--dry-run only works together with --fix/],
      [['--max-warnings', 'many'], /non-negative integer/],
      [['--frobnicate'], /unknown option --frobnicate/],
      [['-', '-'], /only once/],
    ];
    for (const [args, re] of cases) {
      const r = runCli(['check', '--lang', 'en', ...args, 'a.txt'], { cwd: dir, input: '' });
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, re);
    }
    const ar = runCli(['check', '--rule', 'tatwel=error', 'a.txt'], { cwd: dir });
    assert.match(ar.stderr, /قاعدة غير معروفة/);
  });

  it('"-" checks standard input; --stdin-filename names it and picks its document type', () => {
    const r = runCli(['check', '-'], { cwd: dir, input: TATWEEL_DRAFT });
    const lines = parseText(r.stdout).filter((l) => l.ruleId === 'tatweel');
    assert.deepEqual(
      lines.map((l) => `${l.file}:${l.line}:${l.column}`),
      ['<stdin>:1:3', '<stdin>:2:4'],
    );
    // In Markdown, code is not prose: the tatweel inside `…` is not reported.
    const md = 'أكـــد الوزير `أكـــد` اليوم.\n';
    const m = runCli(['check', '--format', 'json', '--stdin-filename', 'notes/draft.md', '-'], { cwd: dir, input: md });
    const files = JSON.parse(m.stdout) as JsonFile[];
    assert.equal(files[0].file, 'notes/draft.md');
    assert.equal(files[0].language, 'markdown');
    assert.deepEqual(
      files[0].findings.filter((f) => f.ruleId === 'tatweel').map((f) => f.column),
      [3],
    );
    const plain = JSON.parse(runCli(['check', '--format', 'json', '-'], { cwd: dir, input: md }).stdout) as JsonFile[];
    assert.deepEqual(
      plain[0].findings.filter((f) => f.ruleId === 'tatweel').map((f) => f.column),
      [3, 18],
    );
  });

  it('--help and --version', () => {
    const h = runCli(['--help', '--lang', 'en'], { cwd: dir });
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Usage:/);
    assert.match(h.stdout, /Exit codes:/);
    assert.match(runCli(['--help'], { cwd: dir }).stdout, /الاستعمال/);
    const v = runCli(['--version'], { cwd: dir });
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), pkgVersion);
  });

  it('a reader that stops early (| head) ends the run quietly, with the run’s exit code', () => {
    writeFiles(dir, { 'many.txt': 'أكـد الوزير.\n'.repeat(3000) });
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" check --rule tatweel=error many.txt | head -c 100 >/dev/null`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 1);
  });

  it('colour only when asked for or on a terminal without NO_COLOR', () => {
    assert.ok(!runCli(['check', 'a.txt'], { cwd: dir }).stdout.includes('\x1b['));
    assert.ok(runCli(['check', '--color', 'a.txt'], { cwd: dir }).stdout.includes('\x1b['));
  });
});
