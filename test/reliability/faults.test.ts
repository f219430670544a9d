// Fault containment. A rule that throws, or runs past its time budget, on one document is
// reported once for that document and the other rules still report. In the engine a slow
// rule cannot be stopped (JavaScript on one thread cannot pre-empt it): it runs to its end,
// its findings are kept, and it is reported with the time it took; the language server's
// checker then leaves it out of that document's later checks (and fix-all passes) until the
// document is reopened. End to end: the built server started WITHOUT its Arabic lexicon, so
// the real orthography rules fail on every document — one log line per rule and document,
// every other rule still reporting, the server still answering; and the built CLI without its
// lexicon: `--fix` runs several passes and a final check, yet each failing rule is one line
// per file on stderr, the other rules' fixes are written, and the exit code says so (2).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, applyEdits, fixText, lint } from '../../server/src/engine';
import tatweel from '../../server/src/engine/rules/hidden-characters/tatweel';
import { Checker, ruleBudgetMs } from '../../server/src/lsp/checker';
import { defaultSettings } from '../../server/src/lsp/settings';
import { LspClient, TextDocumentUri, buildServer } from '../protocol/lsp-client';
import { CLI, CLI_MAIN, ensureBuilt } from '../cli/helpers';
import { testRule } from '../lib/test-rule';

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* spin: a rule stuck in a loop */
  }
}

let slowCalls = 0;
/** Reports the first character, after spinning 60 ms. */
const slow = testRule('slow', (ctx) => {
  slowCalls++;
  busy(60);
  if (ctx.doc.text.length) ctx.report({ start: 0, end: 1, messageId: 'x' });
});
/** Throws on documents that mention «انفجار», reports nothing on the others. */
const picky = testRule('picky', (ctx) => {
  if (ctx.doc.text.includes('انفجار')) throw new Error('rule exploded on this draft');
});

describe('engine: time budget', () => {
  it('a rule past its budget is reported once, with the time it took; its findings and the other rules’ are kept', () => {
    slowCalls = 0;
    const text = 'وأشـــاد طلعت بالتعاون';
    const r = lint(text, { rules: [slow, tatweel], ruleBudgetMs: 20 });
    assert.equal(slowCalls, 1);
    assert.deepEqual(r.findings.map((f) => f.ruleId).sort(), ['slow', 'tatweel']);
    assert.equal(r.faults.length, 1);
    assert.equal(r.faults[0].ruleId, 'slow');
    assert.ok(r.faults[0].elapsedMs! >= 60, `elapsed ${r.faults[0].elapsedMs}`);
    assert.match(r.faults[0].message, /over its 20 ms budget/);
  });

  it('no budget, no fault; a rule within its budget is no fault; a throwing rule is no slow rule', () => {
    assert.deepEqual(lint('وأشـــاد', { rules: [slow, tatweel] }).faults, []);
    assert.deepEqual(lint('وأشـــاد', { rules: [slow, tatweel], ruleBudgetMs: 10_000 }).faults, []);
    const r = lint('انفجار وأشـــاد', { rules: [picky, tatweel], ruleBudgetMs: 0 });
    assert.deepEqual(r.faults.map((f) => [f.ruleId, f.elapsedMs]), [['picky', undefined]]);
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['tatweel']);
  });

  it('measuring costs no more than a clock read per rule (the hot path stays as it was)', () => {
    const text = 'التقى الدكتور عمرو طلعت وزير الاتصالات مع سفير الصين. '.repeat(40);
    lint(text); // warm up
    const n = 5;
    const time = (budget?: number) => {
      const t = performance.now();
      for (let i = 0; i < n; i++) lint(text, { ruleBudgetMs: budget });
      return (performance.now() - t) / n;
    };
    const clock = (() => {
      const t = performance.now();
      for (let i = 0; i < allRules.length * 2 * 1000; i++) performance.now();
      return (performance.now() - t) / 1000;
    })();
    const without = time();
    const withBudget = time(1e9);
    console.log(`  lint ${text.length} chars: ${without.toFixed(1)} ms without a budget, ${withBudget.toFixed(1)} ms with; the clock reads themselves ${(clock * 1000).toFixed(1)} µs per check`);
    assert.ok(clock < 1, `${allRules.length * 2} clock reads take ${clock} ms`);
  });
});

describe('checker: a fault is logged once per rule and document, and a slow rule is left out', () => {
  function setup() {
    const logged: string[] = [];
    const checker = new Checker(
      {
        readFile: () => undefined,
        workspaceRoots: () => [],
        trusted: () => true,
        locale: () => undefined,
        onFault: (uri, ruleId, message) => logged.push(`${uri} ${ruleId} ${message}`),
        onConfigLoaded: () => undefined,
        logError: (m) => logged.push(`error ${m}`),
      },
      [slow, picky, tatweel],
      () => 20,
    );
    return { checker, logged };
  }

  it('the slow rule runs once per document: later versions and fix-all passes skip it, the other rules still report', () => {
    slowCalls = 0;
    const { checker, logged } = setup();
    const settings = defaultSettings();
    let doc = TextDocument.create('untitled:a', 'plaintext', 1, 'انفجار وأشـــاد طلعت');
    const a1 = checker.analysis(doc, settings);
    assert.deepEqual(a1.findings.map((f) => f.ruleId).sort(), ['slow', 'tatweel'], 'first run: the slow rule’s findings are kept');
    assert.equal(slowCalls, 1);
    for (let v = 2; v <= 6; v++) {
      // one more tatweel in the run of وأشـــاد
      doc = TextDocument.update(doc, [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, text: 'ـ' }], v);
      const a = checker.analysis(doc, settings);
      assert.deepEqual(a.findings.map((f) => f.ruleId), ['tatweel']);
    }
    const a6 = checker.analysis(doc, settings);
    assert.equal(applyEdits(doc.getText(), checker.fixAll(a6, doc.getText()).edits), 'انفجار وأشاد طلعت', 'fix-all works around both rules');
    assert.equal(slowCalls, 1, 'not run again on this document (nor in fix-all passes)');
    assert.equal(logged.length, 2, logged.join('\n'));
    assert.match(logged[0], /^untitled:a slow took \d+ ms on this document, over its 20 ms budget; not run again on this document until it is reopened$/);
    assert.equal(logged[1], 'untitled:a picky rule exploded on this draft');
    // another document: the slow rule runs there (and is reported there once)
    const b = TextDocument.create('untitled:b', 'plaintext', 1, 'نص آخر');
    assert.deepEqual(checker.analysis(b, settings).findings.map((f) => f.ruleId), ['slow']);
    assert.equal(slowCalls, 2);
    assert.equal(logged.length, 3);
    assert.match(logged[2], /^untitled:b slow /);
    // reopened: measured again
    checker.forget('untitled:a');
    checker.analysis(TextDocument.create('untitled:a', 'plaintext', 1, 'نص'), settings);
    assert.equal(slowCalls, 3);
  });

  it('the default budget is generous: 3 s plus 5 ms per 1,000 code units', () => {
    assert.equal(ruleBudgetMs(0), 3000);
    assert.equal(ruleBudgetMs(2 * 1024 * 1024), 3000 + Math.ceil((2 * 1024 * 1024) / 200));
  });

  it('fix-all in the engine reports a failing rule’s fault on every pass, and the CLI (check.ts) de-duplicates it per file', () => {
    const r = fixText('انفجار وأشـــاد', { rules: [picky, tatweel] });
    assert.equal(r.output, 'انفجار وأشاد');
    assert.ok(r.faults.every((f) => f.ruleId === 'picky') && r.faults.length >= 1);
  });
});

describe('the built server without its lexicon: the orthography rules fail, each is logged once per document, the others report', () => {
  let client: LspClient;
  let root: string;
  let serverDir: string;
  before(() => {
    // A private copy of the built server with no lexicon beside it (nor in a dist/ above it).
    serverDir = mkdtempSync(join(tmpdir(), 'mudaqqiq-nolex-'));
    copyFileSync(buildServer(), join(serverDir, 'server.js'));
    assert.ok(!existsSync(join(serverDir, 'lexicon-ar.bin')));
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-ws-'));
  });
  after(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
    rmSync(serverDir, { recursive: true, force: true });
  });

  it('one warning per failing rule per document, with the rule id; tatweel still reported on every version', async () => {
    client = await LspClient.startWith(join(serverDir, 'server.js'), { root, env: { MUDAQQIQ_LEXICON: join(serverDir, 'none.bin') } });
    const a = TextDocumentUri(join(root, 'a.txt'));
    const b = TextDocumentUri(join(root, 'b.txt'));
    client.open(a, 'plaintext', 'وأشـــاد الوزير بالحكومه', 1);
    const d1 = await client.diagnosticsFor(a, 1);
    assert.ok(d1.some((d) => d.code === 'tatweel'), JSON.stringify(d1));
    let v = 1;
    for (let i = 0; i < 5; i++) {
      v = client.change(a, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'ـ' }]);
      assert.ok((await client.diagnosticsFor(a, v)).some((d) => d.code === 'tatweel'));
    }
    client.open(b, 'plaintext', 'أكـــد المتحدث', 1);
    assert.ok((await client.diagnosticsFor(b, 1)).some((d) => d.code === 'tatweel'));
    // hover, code actions and fix-all still answer
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: a },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.ok(Array.isArray(actions) && actions.length === 1, JSON.stringify(actions));
    const faults = client.logs().filter((m) => /rule \S+ failed on/.test(m));
    const lexiconRules = allRules.filter((r) => r.meta.category === 'orthography' && !['persian-letters', 'presentation-forms'].includes(r.meta.id) && r.meta.defaultSeverity !== 'off').map((r) => r.meta.id);
    const seen = faults.map((m) => {
      const [, rule, uri] = /rule (\S+) failed on (\S+)/.exec(m)!;
      return `${uri} ${rule}`;
    });
    assert.equal(new Set(seen).size, seen.length, `each rule+document logged once:\n${faults.join('\n')}`);
    for (const uri of [a, b]) {
      const rules = seen.filter((s) => s.startsWith(uri + ' ')).map((s) => s.split(' ')[1]).sort();
      assert.ok(rules.length > 0, `faults logged for ${uri}`);
      for (const r of rules) assert.ok(lexiconRules.includes(r), `${r} is a lexicon rule`);
    }
    assert.ok(faults.every((m) => /lexicon unavailable/i.test(m)), faults[0]);
    console.log(`  ${faults.length} fault lines for 2 documents × ${new Set(seen.map((s) => s.split(' ')[1])).size} lexicon rules over ${v + 1} versions`);
  });
});

describe('the built CLI without its lexicon: each failing rule is reported once per file, the other rules still fix', () => {
  let dir: string;
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('--fix on two drafts: one stderr line per failing rule and file (not one per fix pass), tatweel fixed in both, exit 2', () => {
    ensureBuilt();
    // a private copy of the CLI (launcher and bundle) with no lexicon beside it
    dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-nolex-cli-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(CLI, join(dir, 'bin', 'cli.js'));
    copyFileSync(CLI_MAIN, join(dir, 'bin', 'cli-main.js'));
    const drafts = { 'a.txt': 'وأشـــاد الوزير بالحكومه\n', 'b.txt': 'أكـــد المتحدث ان الحكومه ستعمل\n' };
    for (const [n, t] of Object.entries(drafts)) writeFileSync(join(dir, n), t);
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'cli.js'), 'check', '--fix', '--lang', 'en', ...Object.keys(drafts)], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', MUDAQQIQ_CACHE_DIR: 'off', MUDAQQIQ_LEXICON: join(dir, 'none.bin') },
    });
    assert.equal(r.status, 2, r.stderr);
    const lines = r.stderr.trim().split('\n');
    const seen = lines.map((l) => {
      const m = /^mudaqqiq: (\S+): rule (\S+) failed on this file: Arabic lexicon unavailable/.exec(l);
      assert.ok(m, `an unexpected line: ${l}`);
      return `${m[1]} ${m[2]}`;
    });
    assert.equal(new Set(seen).size, seen.length, `each rule once per file:\n${r.stderr}`);
    const lexiconRules = allRules.filter((x) => x.meta.category === 'orthography' && !['persian-letters', 'presentation-forms'].includes(x.meta.id)).map((x) => x.meta.id);
    for (const file of Object.keys(drafts)) {
      const rules = seen.filter((x) => x.startsWith(file + ' ')).map((x) => x.split(' ')[1]);
      assert.ok(rules.includes('teh-marbuta'), `${file}: teh-marbuta reported (${rules.join(', ')})`);
      for (const rule of rules) assert.ok(lexiconRules.includes(rule), `${rule} needs the lexicon`);
    }
    // the other rules still ran: the tatweel is gone, the lexicon's corrections are not made
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), 'وأشاد الوزير بالحكومه\n');
    assert.equal(readFileSync(join(dir, 'b.txt'), 'utf8'), 'أكد المتحدث ان الحكومه ستعمل\n');
    console.log(`  CLI without its lexicon: ${lines.length} fault lines for 2 files (${[...new Set(seen.map((x) => x.split(' ')[1]))].join(', ')}), exit ${r.status}`);
  });
});
