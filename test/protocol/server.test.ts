// The built language server (dist/server.js --stdio) driven over JSON-RPC: diagnostics for
// the sample article (push), incremental changes and versions, quick fixes and fix-all,
// the fix-all command and workspace/applyEdit, hover, house-style actions and problems,
// settings, notices for huge and binary documents, broken messages, shutdown.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { configFor, loadConfigFor } from '../../server/src/config';
import { fixText, getRule, lint, ruleDocUrl, type Finding } from '../../server/src/engine';
import { sampleArticle } from '../lib/corpus';
import { LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES, TextDocumentUri, applyTextEdits, buildServer } from './lsp-client';

// The sample article, with one tatweel typed in (وأشاد → وأشـــاد) so a fixable rule fires.
function article(): string {
  const text = sampleArticle();
  assert.ok(text.includes('وأشاد طلعت'), 'sample article changed: update the test');
  return text.replace('وأشاد طلعت', 'وأشـــاد طلعت');
}

const ARABIC = /[\u0621-\u064a]/;

function msg(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function tempWorkspace(): string {
  return mkdtempSync(join(tmpdir(), 'mudaqqiq-ws-'));
}

/** What the engine finds in the text under the house style of `path` (the server must agree). */
function engineFindings(text: string, path: string, root: string, languageId: 'arabic-news' | 'markdown' | 'plaintext'): Finding[] {
  const loaded = loadConfigFor(path, { workspaceRoot: root, trusted: true }, { readFile: () => undefined });
  return lint(text, { languageId, config: configFor(loaded, path) }).findings;
}

function engineFixAll(text: string, path: string, root: string, languageId: 'arabic-news' | 'markdown' | 'plaintext'): string {
  const loaded = loadConfigFor(path, { workspaceRoot: root, trusted: true }, { readFile: () => undefined });
  return fixText(text, { languageId, config: configFor(loaded, path) }).output;
}

function spans(text: string, diags: Diagnostic[]): string[] {
  const doc = TextDocument.create('untitled:x', 'plaintext', 0, text);
  return diags.map((d) => `${d.code}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}`).sort();
}

function findingSpans(fs: Finding[]): string[] {
  return fs.map((f) => `${f.ruleId}@${f.start}-${f.end}`).sort();
}

function docEdits(edit: WorkspaceEdit | undefined, uri: string): { version: number | null; edits: TextEdit[] } {
  assert.ok(edit?.documentChanges, 'edit uses documentChanges');
  const c = edit.documentChanges.find((x): x is TextDocumentEdit => !('kind' in x) && x.textDocument.uri === uri);
  assert.ok(c, `edit for ${uri}`);
  assert.ok(c.edits.every((e) => 'newText' in e), 'plain text edits');
  return { version: c.textDocument.version, edits: c.edits as TextEdit[] };
}

function codeActions(client: LspClient, uri: string, diags: Diagnostic[], only?: string[], range = diags[0]?.range): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: diags, ...(only ? { only } : {}) },
  });
}

before(() => {
  buildServer();
});

describe('push diagnostics on the sample article', () => {
  let client: LspClient;
  let root: string;
  let uri: string;
  let path: string;
  let text: string;
  let v1: Diagnostic[];

  before(async () => {
    root = tempWorkspace();
    path = join(root, 'article.txt');
    uri = TextDocumentUri(path);
    text = article();
    ({ client } = await LspClient.start({ root }));
    client.open(uri, 'arabic-news', text, 1);
    v1 = await client.diagnosticsFor(uri, 1);
  });
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('reports exactly what the engine finds, with the document version', () => {
    const expected = engineFindings(text, path, root, 'arabic-news');
    assert.ok(expected.length > 0);
    assert.deepEqual(spans(text, v1), findingSpans(expected));
    const ids = new Set(v1.map((d) => d.code));
    for (const id of ['tatweel', 'scrape-leftover', 'repeated-verb']) assert.ok(ids.has(id), `${id} in ${[...ids].join(', ')}`);
  });

  it('gives every diagnostic source, code, docs link, severity, Arabic message and data', () => {
    for (const d of v1) {
      assert.equal(d.source, 'mudaqqiq');
      assert.equal(typeof d.code, 'string');
      assert.ok(getRule(String(d.code)), `${d.code} is a registered rule`);
      assert.equal(d.codeDescription?.href, ruleDocUrl(String(d.code)));
      assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4);
      assert.match(msg(d), ARABIC, 'messages are Arabic when the client sends no locale');
      const data = d.data as { kind: string; ruleId: string; version: number; index: number; lang: string };
      assert.equal(data.kind, 'finding');
      assert.equal(data.ruleId, d.code);
      assert.equal(data.lang, 'ar', 'the message language, for the client to lay Arabic out right to left');
      assert.equal(data.version, 1);
      assert.equal(typeof data.index, 'number');
    }
    const tatweel = v1.find((d) => d.code === 'tatweel')!;
    assert.deepEqual(tatweel.tags, [1], 'tatweel is rendered as unnecessary');
    assert.equal(tatweel.severity, 2);
    const sliced = spans(text, [tatweel])[0];
    assert.match(sliced, /^tatweel@/);
  });

  it('carries related information from the finding', () => {
    const expected = engineFindings(text, path, root, 'arabic-news').filter((f) => f.related?.length);
    const withRelated = v1.filter((d) => d.relatedInformation?.length);
    assert.equal(withRelated.length, expected.length);
    assert.ok(withRelated.length > 0, 'repeated-verb points at the earlier uses');
    for (const d of withRelated) for (const r of d.relatedInformation!) assert.equal(r.location.uri, uri);
  });

  it('answers a quick fix for the tatweel (preferred, versioned) that removes exactly the tatweel', async () => {
    const tatweel = v1.find((d) => d.code === 'tatweel')!;
    const actions = await codeActions(client, uri, [tatweel]);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, actions.map((a) => a.title).join(' | '));
    assert.equal(preferred[0].kind, 'quickfix');
    assert.deepEqual(preferred[0].diagnostics?.map((d) => d.code), ['tatweel']);
    const { version, edits } = docEdits(preferred[0].edit, uri);
    assert.equal(version, 1);
    assert.equal(applyTextEdits(text, edits), text.replace('وأشـــاد', 'وأشاد'));
    // and the other actions the brief promises for a finding in a plain-text draft
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((x) => x.includes('tatweel') && x.includes('.mudaqqiq.json')), `disable for this file: ${titles.join(' | ')}`);
    assert.ok(titles.some((x) => x.startsWith('تجاهل')), `ignore this finding: ${titles.join(' | ')}`);
  });

  it('hover on a finding explains the rule with examples and the docs link', async () => {
    const tatweel = v1.find((d) => d.code === 'tatweel')!;
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: tatweel.range.start });
    assert.ok(h);
    const value = (h.contents as { kind: string; value: string }).value;
    assert.equal((h.contents as { kind: string }).kind, 'markdown');
    const rule = getRule('tatweel')!;
    assert.ok(value.includes('tatweel'));
    assert.ok(value.includes(rule.meta.docs.explanation.ar));
    assert.ok(value.includes(rule.meta.docs.good) && value.includes(rule.meta.docs.bad), value);
    assert.ok(value.includes(ruleDocUrl('tatweel')));
    assert.deepEqual(h.range, tatweel.range);
    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 0 } });
    // line 3 of the article starts with a headline with no finding at its first character, or with one: either way no crash
    assert.ok(nothing === null || typeof nothing === 'object');
  });

  it('hover examples follow the style in force: in a dotless draft, «في» is the mistake, not the correct example', async () => {
    const dotless = TextDocumentUri(join(root, 'dotless.txt'));
    client.open(dotless, 'plaintext', 'وقال المتحدث المصرى فى بيان إن الوزير الذى وصل فى الموعد التقى نظيره في القاهرة.\n', 1);
    const d = (await client.diagnosticsFor(dotless, 1)).find((x) => x.code === 'final-yeh')!;
    assert.ok(d, 'the dotted في is flagged in a dotless draft');
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: dotless }, position: d.range.start });
    const value = (h!.contents as { value: string }).value;
    const alt = getRule('final-yeh')!.meta.docs.alternates![0];
    assert.ok(value.includes(alt.good) && value.includes(alt.bad), value);
    assert.ok(!value.includes(getRule('final-yeh')!.meta.docs.good), 'not the dotted house’s example');
    client.close(dotless);
  });

  it('fix-all (source.fixAll.mudaqqiq) gives the engine fix-all output, and a second fix-all changes nothing', async () => {
    const actions = await codeActions(client, uri, [], ['source.fixAll.mudaqqiq']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.mudaqqiq');
    const { version, edits } = docEdits(actions[0].edit, uri);
    assert.equal(version, 1);
    const fixed = applyTextEdits(text, edits);
    assert.equal(fixed, engineFixAll(text, path, root, 'arabic-news'));
    assert.notEqual(fixed, text);
    // minimal edits, not one whole-document replacement
    assert.ok(edits.every((e) => e.newText.length < 200), 'small edits');
    // `only: ["source.fixAll"]` (the parent kind) asks for it too
    const parent = await codeActions(client, uri, [], ['source.fixAll']);
    assert.deepEqual(parent.map((a) => a.kind), ['source.fixAll.mudaqqiq']);
    // a second fix-all on the fixed text: nothing left to do (checked on a second document)
    const uri2 = TextDocumentUri(join(root, 'fixed.txt'));
    client.open(uri2, 'arabic-news', fixed, 1);
    await client.diagnosticsFor(uri2, 1);
    const again = await codeActions(client, uri2, [], ['source.fixAll.mudaqqiq']);
    assert.deepEqual(again, []);
    client.close(uri2);
  });

  it('an incremental change is checked and published with the new version', async () => {
    const tatweel = v1.find((d) => d.code === 'tatweel')!;
    const v2 = client.change(uri, [{ range: tatweel.range, text: '' }]);
    assert.equal(v2, 2);
    const d2 = await client.diagnosticsFor(uri, 2);
    const now = client.text(uri);
    assert.equal(now, text.replace('وأشـــاد', 'وأشاد'));
    assert.ok(!d2.some((d) => d.code === 'tatweel'), 'the tatweel is gone');
    assert.deepEqual(spans(now, d2), findingSpans(engineFindings(now, path, root, 'arabic-news')));
    for (const d of d2) assert.equal((d.data as { version: number }).version, 2);
    // type it back in, two edits in one change event
    const pos = client.docs.get(uri)!.positionAt(now.indexOf('وأشاد') + 3);
    const v3 = client.change(uri, [
      { range: { start: pos, end: pos }, text: 'ـ' },
      { range: { start: pos, end: pos }, text: 'ـ' },
    ]);
    const d3 = await client.diagnosticsFor(uri, v3);
    assert.equal(client.text(uri), text.replace('وأشـــاد', 'وأشــاد'));
    assert.ok(d3.some((d) => d.code === 'tatweel'));
  });

  it('workspace/executeCommand mudaqqiq.applyFixAll applies the fix-all through workspace/applyEdit', async () => {
    const before = client.text(uri);
    const version = client.docs.get(uri)!.version;
    // a stale version: nothing is applied
    const stale = await client.request('workspace/executeCommand', { command: 'mudaqqiq.applyFixAll', arguments: [{ uri, version: version - 1 }] });
    assert.equal(stale, null);
    assert.equal(client.appliedEdits.length, 0);
    const applied = await client.request('workspace/executeCommand', { command: 'mudaqqiq.applyFixAll', arguments: [{ uri, version }] });
    assert.equal(applied, true);
    assert.equal(client.appliedEdits.length, 1);
    assert.equal(client.text(uri), engineFixAll(before, path, root, 'arabic-news'));
    await client.diagnosticsFor(uri, version + 1);
    assert.equal(engineFixAll(client.text(uri), path, root, 'arabic-news'), client.text(uri), 'nothing left to fix');
    // applying it again changes nothing: no edit is sent
    const twice = await client.request('workspace/executeCommand', { command: 'mudaqqiq.applyFixAll', arguments: [uri] });
    assert.equal(twice, false);
    assert.equal(client.appliedEdits.length, 1);
  });
});

describe('stale versions', () => {
  let client: LspClient;
  let root: string;
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('a newer version cancels the pending check: no diagnostics for a version that was already replaced', async () => {
    root = tempWorkspace();
    ({ client } = await LspClient.start({ root, initializationOptions: { debounceMs: 300 } }));
    const uri = TextDocumentUri(join(root, 'a.txt'));
    client.open(uri, 'plaintext', 'وأشاد طلعت بالتعاون', 1);
    await client.diagnosticsFor(uri, 1);
    // two changes written back to back: v2 is replaced before its debounce ends
    client.change(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: 'ـ' }]);
    const v3 = client.change(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: 'ـ' }]);
    const d3 = await client.diagnosticsFor(uri, v3);
    assert.deepEqual(d3.map((d) => d.code), ['tatweel']);
    const versions = client.published(uri).map((p) => p.version);
    assert.deepEqual(versions, [1, 3], 'v2 was never published');
  });
});

describe('run: onSave', () => {
  let client: LspClient;
  let root: string;
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('checks on open and on save only: edits in between are never published', async () => {
    root = tempWorkspace();
    ({ client } = await LspClient.start({ root, initializationOptions: { run: 'onSave' } }));
    const uri = TextDocumentUri(join(root, 'a.txt'));
    client.open(uri, 'plaintext', 'وأشاد طلعت بالتعاون', 1);
    assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
    client.change(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: 'ـ' }]);
    const v3 = client.change(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: 'ـ' }]);
    client.notify('textDocument/didSave', { textDocument: { uri } });
    const d3 = await client.diagnosticsFor(uri, v3);
    assert.deepEqual(d3.map((d) => d.code), ['tatweel']);
    assert.deepEqual(client.published(uri).map((p) => p.version), [1, 3]);
  });
});

describe('documents that are not checked', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = tempWorkspace();
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('a document over maxFileSize (2 MB by default) gets one information diagnostic', async () => {
    const uri = TextDocumentUri(join(root, 'huge.txt'));
    const one = article();
    const huge = Array.from({ length: Math.ceil((2.2 * 1024 * 1024) / Buffer.byteLength(one)) }, () => one).join('\n');
    assert.ok(Buffer.byteLength(huge) > 2 * 1024 * 1024);
    client.open(uri, 'plaintext', huge, 1);
    const d = await client.diagnosticsFor(uri, 1);
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 3);
    assert.equal(d[0].source, 'mudaqqiq');
    assert.match(msg(d[0]), /mudaqqiq\.maxFileSize/);
    assert.deepEqual(d[0].data, { kind: 'notice', reason: 'too-large' });
    // hover and code actions stay quiet
    assert.deepEqual(await codeActions(client, uri, d), []);
    client.close(uri);
  });

  it('a binary-looking document (NUL characters) gets one clear information diagnostic', async () => {
    const uri = TextDocumentUri(join(root, 'blob.txt'));
    client.open(uri, 'plaintext', 'وأشـاد\u0000\u0000\u0001طلعت', 1);
    const d = await client.diagnosticsFor(uri, 1);
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 3);
    assert.deepEqual(d[0].data, { kind: 'notice', reason: 'binary' });
    assert.match(msg(d[0]), ARABIC);
  });

  it('a NUL typed into a checked draft, small or large, makes it binary; deleting it checks the draft again', async () => {
    for (const [name, size] of [['small', 1], ['large', 400]] as const) {
      const uri = TextDocumentUri(join(root, `nul-${name}.txt`));
      const text = 'وأشـاد الوزير بالتعاون.\n\n'.repeat(size);
      client.open(uri, 'plaintext', text, 1);
      assert.ok((await client.diagnosticsFor(uri, 1)).some((d) => d.code === 'tatweel'));
      const at = { line: 2 * size - 2, character: 3 };
      let v = client.change(uri, [{ range: { start: at, end: at }, text: '\u0000' }]);
      const d = await client.diagnosticsFor(uri, v);
      assert.deepEqual(d.map((x) => x.data), [{ kind: 'notice', reason: 'binary' }], name);
      v = client.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }]);
      assert.ok((await client.diagnosticsFor(uri, v)).some((x) => x.code === 'tatweel'), name);
      client.close(uri);
    }
  });

  it('an English Markdown or text file (no Arabic letter) is not checked; the first Arabic line makes it a draft', async () => {
    const uri = TextDocumentUri(join(root, 'README.md'));
    client.open(uri, 'markdown', '# Notes\n\nTwo  spaces , and a comma before.\n', 1);
    assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
    const end = { line: 3, character: 0 };
    const v = client.change(uri, [{ range: { start: end, end }, text: '\nوأشـــاد الوزير بالتعاون.\n' }]);
    const d = await client.diagnosticsFor(uri, v);
    assert.ok(d.some((x) => x.code === 'tatweel'), 'the Arabic line is checked');
    assert.ok(d.some((x) => x.code === 'extra-spaces'), 'and then the whole file is');
    client.close(uri);
  });

  it('a language outside mudaqqiq.languages is not checked', async () => {
    const uri = TextDocumentUri(join(root, 'x.py'));
    client.open(uri, 'python', '# وأشـــاد\n', 1);
    const uri2 = TextDocumentUri(join(root, 'y.txt'));
    client.open(uri2, 'plaintext', 'وأشـــاد', 1);
    await client.diagnosticsFor(uri2, 1); // checked after the python file was opened
    assert.deepEqual(client.published(uri), []);
  });
});

describe('Markdown: disable a rule for the file', () => {
  let client: LspClient;
  let root: string;
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('inserts <!-- mudaqqiq-disable rule --> after the front matter, and the rule goes quiet', async () => {
    root = tempWorkspace();
    ({ client } = await LspClient.start({ root }));
    const uri = TextDocumentUri(join(root, 'draft.md'));
    const md = '---\ntitle: خبر\n---\n# عنوان\n\nوأشـــاد طلعت بالتعاون، والـــتقى السفير.\n';
    client.open(uri, 'markdown', md, 1);
    const d = await client.diagnosticsFor(uri, 1);
    const tatweel = d.filter((x) => x.code === 'tatweel');
    assert.equal(tatweel.length, 2);
    const actions = await codeActions(client, uri, [tatweel[0]]);
    const disable = actions.find((a) => a.title.includes('tatweel') && a.title.startsWith('عطّل'));
    assert.ok(disable, actions.map((a) => a.title).join(' | '));
    const { edits } = docEdits(disable.edit, uri);
    assert.equal(applyTextEdits(md, edits), '---\ntitle: خبر\n---\n<!-- mudaqqiq-disable tatweel -->\n# عنوان\n\nوأشـــاد طلعت بالتعاون، والـــتقى السفير.\n');
    // fix all tatweel problems in this file is offered too (two fixable tatweel findings)
    const ruleFixAll = actions.find((a) => a.title.includes('«tatweel»') && a.title.startsWith('أصلح'));
    assert.ok(ruleFixAll);
    assert.equal(applyTextEdits(md, docEdits(ruleFixAll.edit, uri).edits), md.replace(/ـ/g, ''));
    client.applyWorkspaceEdit(disable.edit!);
    const d2 = await client.diagnosticsFor(uri, 2);
    assert.ok(!d2.some((x) => x.code === 'tatweel'), JSON.stringify(d2.map((x) => x.code)));
  });
});

describe('the house-style file: ignore a finding, ignored files, problems', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = tempWorkspace();
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('"ignore this finding" creates .mudaqqiq.json; once written the finding is hidden in that file only', async () => {
    const uri = TextDocumentUri(join(root, 'notes', 'a.txt'));
    const other = TextDocumentUri(join(root, 'notes', 'b.txt'));
    client.open(uri, 'plaintext', 'وأشـــاد طلعت بالتعاون', 1);
    client.open(other, 'plaintext', 'وأشـــاد طلعت بالتعاون', 1);
    const d = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(d.map((x) => x.code), ['tatweel']);
    assert.deepEqual((await client.diagnosticsFor(other, 1)).map((x) => x.code), ['tatweel']);
    const actions = await codeActions(client, uri, [d[0]]);
    const ignore = actions.find((a) => a.title.startsWith('تجاهل'));
    assert.ok(ignore?.edit?.documentChanges, actions.map((a) => a.title).join(' | '));
    const houseUri = TextDocumentUri(join(root, '.mudaqqiq.json'));
    assert.deepEqual(ignore.edit.documentChanges[0], { kind: 'create', uri: houseUri, options: { ignoreIfExists: true } });
    client.applyWorkspaceEdit(ignore.edit);
    const content = client.files.get(houseUri)!;
    assert.deepEqual(JSON.parse(content), { ignore: { findings: [{ rule: 'tatweel', text: 'ـــ', file: 'notes/a.txt' }] } });
    // the editor saves the new file; the watcher reports it
    writeFileSync(join(root, '.mudaqqiq.json'), content);
    const seen = client.published(uri).length;
    const seenOther = client.published(other).length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: houseUri, type: 1 }] });
    await client.waitFor('a re-check after the house style changed', () => client.published(uri).length > seen && client.published(other).length > seenOther);
    assert.deepEqual(client.published(uri).at(-1)!.diagnostics, [], 'hidden in notes/a.txt');
    assert.deepEqual(client.published(other).at(-1)!.diagnostics.map((x) => x.code), ['tatweel'], 'still reported in notes/b.txt');
  });

  it('"ignore this finding" on an existing file is a minimal edit that keeps its comments', async () => {
    const houseUri = TextDocumentUri(join(root, '.mudaqqiq.json'));
    const existing = '{\n  // our newsroom\n  "ignore": {\n    "findings": [\n      {"rule": "tatweel", "text": "ـــ", "file": "notes/a.txt"}\n    ]\n  }\n}\n';
    writeFileSync(join(root, '.mudaqqiq.json'), existing);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: houseUri, type: 2 }] });
    const uri = TextDocumentUri(join(root, 'c.txt'));
    client.open(uri, 'plaintext', 'والـتقى السفير', 1);
    const d = await client.diagnosticsFor(uri, 1);
    const actions = await codeActions(client, uri, [d[0]]);
    const ignore = actions.find((a) => a.title.startsWith('تجاهل'));
    assert.ok(ignore, actions.map((a) => a.title).join(' | '));
    const { version, edits } = docEdits(ignore.edit, houseUri);
    assert.equal(version, null, 'the house-style file is not open');
    const after = applyTextEdits(existing, edits);
    assert.ok(after.startsWith('{\n  // our newsroom\n  "ignore": {\n    "findings": [\n'), after);
    const parsed = new Function(`return ${after.replace('// our newsroom', '')}`)() as { ignore: { findings: unknown[] } };
    assert.deepEqual(parsed.ignore.findings, [
      { rule: 'tatweel', text: 'ـــ', file: 'notes/a.txt' },
      { rule: 'tatweel', text: 'ـ', file: 'c.txt' },
    ]);
    // "disable tatweel for this file" adds an entry without text
    const disable = actions.find((a) => a.title.startsWith('عطّل'));
    assert.ok(disable);
    const disabled = applyTextEdits(existing, docEdits(disable.edit, houseUri).edits);
    assert.match(disabled, /"rule": "tatweel",\s*"file": "c.txt"/);
    client.close(uri);
  });

  it('ignore.files keeps a draft unchecked', async () => {
    const houseUri = TextDocumentUri(join(root, '.mudaqqiq.json'));
    writeFileSync(join(root, '.mudaqqiq.json'), '{ "ignore": { "files": ["archive/**"] } }\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: houseUri, type: 2 }] });
    mkdirSync(join(root, 'archive'), { recursive: true });
    const skipped = TextDocumentUri(join(root, 'archive', 'old.txt'));
    const checked = TextDocumentUri(join(root, 'd.txt'));
    client.open(skipped, 'plaintext', 'وأشـــاد', 1);
    client.open(checked, 'plaintext', 'وأشـــاد', 1);
    assert.deepEqual((await client.diagnosticsFor(checked, 1)).map((x) => x.code), ['tatweel']);
    assert.deepEqual(await client.diagnosticsFor(skipped, 1), []);
  });

  it('a broken house-style file gets diagnostics on itself, cleared once it is fixed', async () => {
    const houseUri = TextDocumentUri(join(root, '.mudaqqiq.json'));
    writeFileSync(join(root, '.mudaqqiq.json'), '{\n  "ignore": { "files": ["archive/**"] },\n  "rules": { "no-such-rule": "error" }\n}\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: houseUri, type: 2 }] });
    await client.waitFor('problems on the house-style file', () => client.published(houseUri).some((p) => p.diagnostics.length > 0));
    const problems = client.published(houseUri).at(-1)!.diagnostics;
    assert.equal(problems[0].source, 'mudaqqiq');
    assert.equal(problems[0].range.start.line, 2, 'the problem points at the unknown rule');
    assert.match(msg(problems[0]), /no-such-rule/);
    writeFileSync(join(root, '.mudaqqiq.json'), '{ "ignore": { "files": ["archive/**"] } }\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: houseUri, type: 2 }] });
    await client.waitFor('problems cleared', () => client.published(houseUri).at(-1)!.diagnostics.length === 0);
  });
});

describe('the house-style file: names files are watched, open buffers win over the disk', () => {
  let client: LspClient;
  let root: string;
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('registers watchers for .mudaqqiq.json and the names files, and re-checks when a names file changes', async () => {
    root = tempWorkspace();
    writeFileSync(join(root, '.mudaqqiq.json'), '{ "namesFiles": "names.tsv" }\n');
    writeFileSync(join(root, 'names.tsv'), 'عمرو طلعت\tعمر طلعت\tالدكتور\tوزير الاتصالات\n');
    ({ client } = await LspClient.start({ root }));
    const uri = TextDocumentUri(join(root, 'a.txt'));
    client.open(uri, 'plaintext', 'التقى الدكتور عمر طلعت وزير الاتصالات بالسفير.', 1);
    const d = await client.diagnosticsFor(uri, 1);
    assert.ok(d.some((x) => x.code === 'name-spelling'), JSON.stringify(d.map((x) => x.code)));
    const watchers = () =>
      client.serverRequests
        .filter((r) => r.method === 'client/registerCapability')
        .flatMap((r) => r.params.registrations)
        .filter((x: { method: string }) => x.method === 'workspace/didChangeWatchedFiles')
        .flatMap((x: { registerOptions: { watchers: Array<{ globPattern: unknown }> } }) => x.registerOptions.watchers.map((w) => w.globPattern));
    await client.waitFor('a watcher for names.tsv', () => watchers().some((g: unknown) => typeof g === 'object' && (g as { pattern: string }).pattern === 'names.tsv'));
    assert.ok(watchers().includes('**/.mudaqqiq.json'));
    // the newsroom drops the variant from its names list
    writeFileSync(join(root, 'names.tsv'), 'عمرو طلعت\t\tالدكتور\tوزير الاتصالات\n');
    const n = client.published(uri).length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: TextDocumentUri(join(root, 'names.tsv')), type: 2 }] });
    await client.waitFor('a re-check', () => client.published(uri).length > n);
    assert.ok(!client.published(uri).at(-1)!.diagnostics.some((x) => x.code === 'name-spelling'));
  });

  it('an open, unsaved house-style buffer is used instead of the file on disk', async () => {
    const uri = TextDocumentUri(join(root, 'b.txt'));
    client.open(uri, 'plaintext', 'وأشـــاد المتحدث بالتعاون', 1);
    assert.deepEqual((await client.diagnosticsFor(uri, 1)).map((x) => x.code), ['tatweel']);
    const houseUri = TextDocumentUri(join(root, '.mudaqqiq.json'));
    const n = client.published(uri).length;
    client.open(houseUri, 'json', '{ "namesFiles": "names.tsv", "rules": { "tatweel": "off" } }\n', 1);
    await client.waitFor('a re-check with the buffer', () => client.published(uri).length > n && client.published(uri).at(-1)!.diagnostics.length === 0);
    // closing the buffer unsaved: the disk is the truth again
    const m = client.published(uri).length;
    client.close(houseUri);
    await client.waitFor('a re-check with the disk', () => client.published(uri).length > m);
    assert.deepEqual(client.published(uri).at(-1)!.diagnostics.map((x) => x.code), ['tatweel']);
  });
});

describe('settings', () => {
  let client: LspClient;
  let root: string;
  let settings: Record<string, unknown> = {};
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('are pulled per document (workspace/configuration), re-read on didChangeConfiguration, and re-check', async () => {
    root = tempWorkspace();
    const caps = structuredClone(PUSH_CAPABILITIES);
    caps.workspace!.configuration = true;
    ({ client } = await LspClient.start({ root, capabilities: caps, settings: () => settings, locale: 'ar-EG' }));
    const uri = TextDocumentUri(join(root, 'a.txt'));
    client.open(uri, 'plaintext', 'وأشـــاد طلعت، اقرأ أيضا', 1);
    const d1 = await client.diagnosticsFor(uri, 1);
    assert.ok(d1.some((d) => d.code === 'tatweel'));
    assert.ok(client.serverRequests.some((r) => r.method === 'workspace/configuration' && r.params.items[0].section === 'mudaqqiq' && r.params.items[0].scopeUri === uri));
    assert.match(msg(d1[0]), ARABIC);

    settings = { rules: { tatweel: 'off' }, messagesLanguage: 'en' };
    const n = client.published(uri).length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('a re-check after the settings changed', () => client.published(uri).length > n);
    const d2 = client.published(uri).at(-1)!.diagnostics;
    assert.ok(!d2.some((d) => d.code === 'tatweel'), 'mudaqqiq.rules turned tatweel off');
    for (const d of d2) assert.doesNotMatch(msg(d), ARABIC, 'English messages');

    settings = { rules: { tatweel: 'error' }, debounceMs: 'soon' };
    const m = client.published(uri).length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('a re-check', () => client.published(uri).length > m);
    const d3 = client.published(uri).at(-1)!.diagnostics;
    assert.equal(d3.find((d) => d.code === 'tatweel')?.severity, 1, 'severity override');
    await client.waitForLog(/mudaqqiq\.debounceMs: ignoring invalid value "soon"/);

    settings = { enable: false };
    const k = client.published(uri).length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('diagnostics cleared', () => client.published(uri).length > k);
    assert.deepEqual(client.published(uri).at(-1)!.diagnostics, []);
  });
});

describe('pull diagnostics (client supports textDocument/diagnostic)', () => {
  let client: LspClient;
  let root: string;
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('answers textDocument/diagnostic and workspace/diagnostic, and never pushes', async () => {
    root = tempWorkspace();
    const started = await LspClient.start({ root, capabilities: PULL_CAPABILITIES });
    client = started.client;
    assert.deepEqual(started.init.capabilities.diagnosticProvider, { identifier: 'mudaqqiq', interFileDependencies: false, workspaceDiagnostics: true });
    const path = join(root, 'article.txt');
    const uri = TextDocumentUri(path);
    const text = article();
    client.open(uri, 'arabic-news', text, 1);
    const r1 = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(r1.kind, 'full');
    assert.deepEqual(spans(text, r1.items), findingSpans(engineFindings(text, path, root, 'arabic-news')));
    const r2 = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: r1.resultId });
    assert.deepEqual(r2, { kind: 'unchanged', resultId: r1.resultId });
    const ws = await client.request('workspace/diagnostic', { previousResultIds: [] });
    assert.equal(ws.items.length, 1);
    assert.equal(ws.items[0].uri, uri);
    assert.equal(ws.items[0].version, 1);
    assert.equal(ws.items[0].items.length, r1.items.length);
    const tatweel = r1.items.find((d: Diagnostic) => d.code === 'tatweel');
    client.change(uri, [{ range: tatweel.range, text: '' }]);
    const r3 = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: r1.resultId });
    assert.equal(r3.kind, 'full');
    assert.equal(r3.items.length, r1.items.length - 1);
    // a house-style change asks the client to pull again
    client.notify('workspace/didChangeConfiguration', { settings: { mudaqqiq: { rules: { 'scrape-leftover': 'off' } } } });
    await client.waitFor('workspace/diagnostic/refresh', () => client.serverRequests.some((r) => r.method === 'workspace/diagnostic/refresh'));
    const r4 = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: r3.resultId });
    assert.equal(r4.kind, 'full');
    assert.ok(!r4.items.some((d: Diagnostic) => d.code === 'scrape-leftover'));
    assert.deepEqual(client.published(uri), [], 'nothing pushed');
  });
});

describe('pull diagnostics are debounced too', () => {
  let client: LspClient;
  let root: string;
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('a pull the client cancels during the debounce answers RequestCancelled; the next pull has the new version', async () => {
    root = tempWorkspace();
    ({ client } = await LspClient.start({ root, capabilities: PULL_CAPABILITIES, initializationOptions: { debounceMs: 500 } }));
    const uri = TextDocumentUri(join(root, 'a.txt'));
    client.open(uri, 'plaintext', 'وأشاد طلعت بالتعاون', 1);
    const first = client.requestWithId('textDocument/diagnostic', { textDocument: { uri } });
    client.change(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: 'ـ' }]);
    client.cancel(first.id);
    const cancelled = assert.rejects(first.result, (e: Error & { code?: number }) => e.code === -32800);
    const second = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    await cancelled;
    assert.equal(second.kind, 'full');
    assert.deepEqual(second.items.map((d: Diagnostic) => d.code), ['tatweel']);
  });
});

describe('robustness and lifecycle', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = tempWorkspace();
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('survives a malformed JSON-RPC message, an unknown method and bad parameters', async () => {
    const uri = TextDocumentUri(join(root, 'a.txt'));
    client.open(uri, 'plaintext', 'وأشـــاد', 1);
    await client.diagnosticsFor(uri, 1);
    client.sendRaw('Content-Length: 9\r\n\r\n{"bad":}\n');
    await assert.rejects(client.request('mudaqqiq/noSuchMethod', {}), (e: Error & { code?: number }) => e.code === -32601);
    client.notify('mudaqqiq/noSuchNotification', {});
    // a handler given nonsense answers with nothing instead of throwing
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri } }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere' }, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.request('workspace/executeCommand', { command: 'mudaqqiq.applyFixAll', arguments: [42] }), null);
    // still checking
    const v2 = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'ـ' }]);
    assert.ok((await client.diagnosticsFor(uri, v2)).some((d) => d.code === 'tatweel'));
  });

  it('shuts down and exits with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('without a transport argument prints usage and exits 2', async () => {
    const bare = new LspClient([]);
    try {
      assert.equal(await bare.waitExit(), 2);
      assert.match(bare.stderr, /--stdio/);
    } finally {
      await bare.dispose();
    }
  });
});
