// Live reload of the house style through the built server (issue 4): editing the
// house-style file, a names file, or a base file it extends re-checks the open drafts
// within a second, without a restart; a broken edit is reported at its place in that file
// while the drafts keep the last good configuration; a malformed names row is reported at
// its line and column in the names file. The server runs with its default debounce (150 ms),
// not the 0 ms the other protocol tests use, so the timings are the ones an editor sees.
// The "add to the accepted words" quick fix writes into the house-style file, keeping its comments.
// In an untrusted workspace (workspaceTrusted: false) the house style may not reach out of it,
// not even through a symbolic link.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'jsonc-parser/lib/esm/main.js';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { saudiArticles } from '../lib/corpus';
import { LspClient, TextDocumentUri, applyTextEdits, buildServer } from './lsp-client';

const RELOAD_BUDGET_MS = 1000;

function codes(ds: Diagnostic[]): string[] {
  return ds.map((d) => String(d.code)).sort();
}

function msg(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
}

before(() => {
  buildServer();
});

describe('live reload of the house style (default debounce)', () => {
  let client: LspClient;
  let root: string;
  const draftText = 'وأشـــاد الدكتور عمر طلعت بالتعاون.';
  let draft: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-reload-'));
    writeFileSync(join(root, 'base.mudaqqiq.json'), '{ "rules": { "tatweel": "warning" } }\n');
    writeFileSync(join(root, 'names.tsv'), 'عمرو طلعت\tعمر طلعت\tالدكتور\n');
    writeFileSync(join(root, '.mudaqqiq.json'), '{\n  // the desk builds on the newsroom base\n  "extends": "./base.mudaqqiq.json",\n  "namesFiles": "names.tsv",\n}\n');
    ({ client } = await LspClient.start({ root, initializationOptions: { debounceMs: 150 } }));
    draft = TextDocumentUri(join(root, 'a.txt'));
    client.open(draft, 'plaintext', draftText, 1);
    const d = await client.diagnosticsFor(draft, 1);
    assert.ok(codes(d).includes('tatweel'), JSON.stringify(codes(d)));
    assert.ok(codes(d).includes('name-spelling'), JSON.stringify(codes(d)));
  });
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** Change a file on disk, report it as the editor's watcher would, and wait for the draft's next diagnostics. */
  async function changeAndWait(file: string, text: string, what: string, until: (d: Diagnostic[]) => boolean): Promise<{ ms: number; diags: Diagnostic[] }> {
    writeFileSync(file, text);
    const n = client.published(draft).length;
    const t0 = performance.now();
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: TextDocumentUri(file), type: 2 }] });
    await client.waitFor(what, () => client.published(draft).slice(n).some((p) => until(p.diagnostics)));
    const ms = performance.now() - t0;
    return { ms, diags: client.published(draft).slice(n).find((p) => until(p.diagnostics))!.diagnostics };
  }

  it('editing the extended base file re-checks the draft within a second', async () => {
    const { ms, diags } = await changeAndWait(join(root, 'base.mudaqqiq.json'), '{ "rules": { "tatweel": "off" } }\n', 'tatweel off from the base', (d) => !codes(d).includes('tatweel'));
    assert.ok(codes(diags).includes('name-spelling'), 'the rest of the house style still applies');
    assert.ok(ms < RELOAD_BUDGET_MS, `re-checked after ${ms.toFixed(0)} ms`);
  });

  it('editing the names file re-checks the draft within a second', async () => {
    const { ms } = await changeAndWait(join(root, 'names.tsv'), 'عمرو طلعت\t\tالدكتور\n', 'the variant dropped from the names file', (d) => !codes(d).includes('name-spelling'));
    assert.ok(ms < RELOAD_BUDGET_MS, `re-checked after ${ms.toFixed(0)} ms`);
  });

  it('editing the house-style file re-checks the draft within a second', async () => {
    const { ms } = await changeAndWait(
      join(root, '.mudaqqiq.json'),
      '{\n  // the desk builds on the newsroom base\n  "extends": "./base.mudaqqiq.json",\n  "namesFiles": "names.tsv",\n  "rules": { "tatweel": "error" },\n}\n',
      'tatweel back on, as an error',
      (d) => d.some((x) => x.code === 'tatweel' && x.severity === 1),
    );
    assert.ok(ms < RELOAD_BUDGET_MS, `re-checked after ${ms.toFixed(0)} ms`);
  });

  it('a broken edit is reported at its place in the file, and the draft keeps the last good configuration', async () => {
    const house = join(root, '.mudaqqiq.json');
    const houseUri = TextDocumentUri(house);
    const broken = '{\n  "extends": "./base.mudaqqiq.json",\n  "namesFiles": "names.tsv",\n  "rules": { "tatweel": "eror", "category:digits": "off" }\n}\n';
    writeFileSync(house, broken);
    const n = client.published(draft).length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: houseUri, type: 2 }] });
    await client.waitFor('problems on the house-style file', () => client.published(houseUri).some((p) => p.diagnostics.length > 0));
    const problems = client.published(houseUri).at(-1)!.diagnostics;
    assert.equal(problems.length, 1, JSON.stringify(problems));
    const col = broken.split('\n')[3].indexOf('"eror"');
    assert.deepEqual(problems[0].range, { start: { line: 3, character: col }, end: { line: 3, character: col + '"eror"'.length } });
    assert.equal(problems[0].severity, 1);
    assert.match(msg(problems[0]), /error/, 'did you mean "error"');
    // the draft is re-checked with the last good configuration: tatweel still an error
    await client.waitFor('a re-check of the draft', () => client.published(draft).length > n);
    const d = client.published(draft).at(-1)!.diagnostics;
    assert.ok(d.some((x) => x.code === 'tatweel' && x.severity === 1), JSON.stringify(d.map((x) => [x.code, x.severity])));
  });

  it('a malformed names row is a diagnostic at its line and column in the names file; the last good configuration holds until it is fixed', async () => {
    const names = join(root, 'names.tsv');
    const namesUri = TextDocumentUri(names);
    const house = join(root, '.mudaqqiq.json');
    // the house-style file good again (no tatweel setting: the base turned it off), and a
    // names file with the variant back but a fifth column on its second row
    writeFileSync(house, '{ "extends": "./base.mudaqqiq.json", "namesFiles": "names.tsv" }\n');
    writeFileSync(names, 'عمرو طلعت\tعمر طلعت\tالدكتور\nهالة السعيد\tهاله السعيد\tالدكتورة\tوزيرة التخطيط\tزائد\n');
    const n = client.published(draft).length;
    client.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: TextDocumentUri(house), type: 2 },
        { uri: namesUri, type: 2 },
      ],
    });
    await client.waitFor('problems on the names file', () => client.published(namesUri).some((p) => p.diagnostics.length > 0));
    const problems = client.published(namesUri).at(-1)!.diagnostics;
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0].range.start.line, 1, 'the second row');
    const row = 'هالة السعيد\tهاله السعيد\tالدكتورة\tوزيرة التخطيط\tزائد';
    assert.equal(problems[0].range.start.character, row.lastIndexOf('\t') + 1, 'at the extra column');
    // the house-style file itself is fine now (its cleared problems are published after the names file's)
    await client.waitFor('the house-style file without problems', () => (client.published(TextDocumentUri(house)).at(-1)?.diagnostics.length ?? 0) === 0);
    // the last good configuration (tatweel an error, عمر طلعت not listed) is still in force
    await client.waitFor('a re-check of the draft', () => client.published(draft).length > n);
    const kept = client.published(draft).at(-1)!.diagnostics;
    assert.ok(kept.some((x) => x.code === 'tatweel' && x.severity === 1), JSON.stringify(kept.map((x) => [x.code, x.severity])));
    assert.ok(!codes(kept).includes('name-spelling'), JSON.stringify(codes(kept)));
    // the row fixed: the new configuration takes over
    const { ms, diags } = await changeAndWait(names, 'عمرو طلعت\tعمر طلعت\tالدكتور\nهالة السعيد\tهاله السعيد\tالدكتورة\tوزيرة التخطيط\n', 'the fixed names file in force', (d) => codes(d).includes('name-spelling'));
    assert.ok(!codes(diags).includes('tatweel'), 'tatweel off, as the base says');
    assert.ok(ms < RELOAD_BUDGET_MS, `re-checked after ${ms.toFixed(0)} ms`);
    await client.waitFor('names-file problems cleared', () => client.published(namesUri).at(-1)!.diagnostics.length === 0);
  });
});

describe('an untrusted workspace: the house style stays inside it', () => {
  let client: LspClient;
  let outer: string;

  after(async () => {
    await client?.dispose();
    if (outer) rmSync(outer, { recursive: true, force: true });
  });

  it('an extends path out of it, and a names file linked from outside, are diagnostics on the house-style file and are not used', async () => {
    outer = mkdtempSync(join(tmpdir(), 'mudaqqiq-untrusted-'));
    const ws = join(outer, 'ws');
    mkdirSync(join(outer, 'newsroom'));
    mkdirSync(ws);
    writeFileSync(join(outer, 'newsroom', 'base.json'), '{ "rules": { "tatweel": "off" } }\n');
    writeFileSync(join(outer, 'newsroom', 'names.tsv'), 'عمرو طلعت\tعمر طلعت\n');
    symlinkSync(join(outer, 'newsroom', 'names.tsv'), join(ws, 'names.tsv'));
    const text = '{\n  "extends": "../newsroom/base.json",\n  "namesFiles": "names.tsv"\n}\n';
    writeFileSync(join(ws, '.mudaqqiq.json'), text);
    ({ client } = await LspClient.start({ root: ws, initializationOptions: { workspaceTrusted: false } }));
    const draft = TextDocumentUri(join(ws, 'a.txt'));
    client.open(draft, 'plaintext', 'وأشـــاد الدكتور عمر طلعت بالتعاون.', 1);
    const d = await client.diagnosticsFor(draft, 1);
    assert.ok(codes(d).includes('tatweel'), 'the base outside was not used');
    assert.ok(!codes(d).includes('name-spelling'), 'the linked names file was not used');
    const houseUri = TextDocumentUri(join(ws, '.mudaqqiq.json'));
    await client.waitFor('problems on the house-style file', () => (client.published(houseUri).at(-1)?.diagnostics.length ?? 0) >= 2);
    const problems = client.published(houseUri).at(-1)!.diagnostics;
    const lines = text.split('\n');
    assert.deepEqual(
      problems.map((p) => [p.range.start.line, lines[p.range.start.line].slice(p.range.start.character, p.range.end.character)]).sort(),
      [
        [1, '"../newsroom/base.json"'],
        [2, '"names.tsv"'],
      ],
    );
    for (const p of problems) assert.match(msg(p), /غير موثوقة/);
  });
});

describe('"add to the accepted words" writes the house-style file', () => {
  let client: LspClient;
  let root: string;
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('a minimal edit that keeps comments and trailing commas; once saved the word is no longer flagged', async () => {
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-accept-'));
    const house = join(root, '.mudaqqiq.json');
    const before = '{\n  // our newsroom\n  "extends": "pan-arab",\n  "words": {\n    "accepted": ["الإنترنت",], // loanwords\n  },\n}\n';
    writeFileSync(house, before);
    ({ client } = await LspClient.start({ root }));
    const uri = TextDocumentUri(join(root, 'a.txt'));
    client.open(uri, 'plaintext', 'ذهب الطالب إلى المدرسه الجديده.', 1);
    const diags = await client.diagnosticsFor(uri, 1);
    const d = diags.find((x) => x.code === 'teh-marbuta' && x.range.start.character === 15);
    assert.ok(d, JSON.stringify(diags.map((x) => [x.code, x.range.start])));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const accept = actions.filter((a) => a.title.includes('الكلمات المقبولة'));
    assert.equal(accept.length, 1, actions.map((a) => a.title).join(' | '));
    assert.match(accept[0].title, /«المدرسه»/);
    const houseUri = TextDocumentUri(house);
    const change = accept[0].edit!.documentChanges!.find((c): c is TextDocumentEdit => !('kind' in c) && c.textDocument.uri === houseUri)!;
    const after = applyTextEdits(readFileSync(house, 'utf8'), change.edits as TextEdit[]);
    assert.ok(after.startsWith('{\n  // our newsroom\n  "extends": "pan-arab",\n  "words": {\n'), after);
    assert.ok(after.includes('// loanwords'), after);
    const errors: unknown[] = [];
    const parsed = parse(after, errors as never[], { allowTrailingComma: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(parsed, { extends: 'pan-arab', words: { accepted: ['الإنترنت', 'المدرسه'] } });
    // saved: the word is accepted, the other teh-marbuta finding stays
    writeFileSync(house, after);
    const n = client.published(uri).length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: houseUri, type: 2 }] });
    await client.waitFor('a re-check', () => client.published(uri).length > n);
    const now = client.published(uri).at(-1)!.diagnostics.filter((x) => x.code === 'teh-marbuta');
    assert.deepEqual(now.map((x) => x.range.start.character), [23]);
  });
});

describe('a names file reaches the lint worker (a large draft is checked off the main thread)', () => {
  let client: LspClient;
  let root: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-worker-names-'));
    // a names file with a row the reader keeps as ranges of its text and one it unescapes (CSV "")
    writeFileSync(join(root, 'names.csv'), 'canonical,variants,title\nعمرو طلعت,"عمر طلعت|عمرو طلعة",الدكتور\n"هالة ""السعيد""",هاله السعيد\n');
    writeFileSync(join(root, '.mudaqqiq.json'), '{ "namesFiles": "names.csv" }\n');
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('finds the variants in a draft of over 60,000 characters as in a short one', async () => {
    const para = 'وقال الدكتور عمر طلعت إن الوزارة تعمل على خطة جديدة للتحول الرقمي في المحافظات.\n\n';
    // real news between the two mentions (not one line repeated: that is a scrape leftover)
    let filler = '';
    for (const [, article] of saudiArticles()) if (filler.length < 70_000) filler += article + '\n\n';
    const big = para + filler + 'وأضافت هاله السعيد أن الخطة ممولة.\n';
    assert.ok(big.length > 70_000);
    for (const [name, text] of [
      ['short', para + 'وأضافت هاله السعيد أن الخطة ممولة.\n'],
      ['large', big],
    ] as const) {
      const uri = TextDocumentUri(join(root, `${name}.txt`));
      const doc = client.open(uri, 'plaintext', text, 1);
      const spelling = (await client.diagnosticsFor(uri, 1)).filter((d) => d.code === 'name-spelling');
      const words = spelling.map((d) => text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)));
      assert.ok(words.includes('عمر طلعت'), `${name}: ${JSON.stringify(words.slice(0, 3))}`);
      assert.ok(words.includes('هاله السعيد'), `${name}: ${JSON.stringify(words.slice(-3))}`);
    }
    // found by the worker itself, not by the main thread after the worker failed
    assert.deepEqual(client.logs().filter((l) => /off the main thread failed/.test(l)), []);
  });
});
