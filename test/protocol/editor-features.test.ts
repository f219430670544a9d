// Editor features of the built server over stdio: completion and hover for the names list,
// the reporting-verbs view, templates in the house style, and the names-list actions on
// name-consistency findings.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionList, Hover, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { parse } from 'jsonc-parser/lib/esm/main.js';
import { sampleArticle } from '../lib/corpus';
import { LspClient, TextDocumentUri, applyTextEdits, buildServer } from './lsp-client';
import type { ReportingVerbsResult } from '../../server/src/lsp/protocol';

before(() => buildServer());

const HOUSE = `{
  // the newsroom's names
  "names": [
    { "canonical": "عمرو طلعت", "variants": ["عمر طلعت"], "title": "الدكتور", "role": "وزير الاتصالات وتكنولوجيا المعلومات" },
    { "canonical": "لياو ليكيانج", "variants": ["لياو لي تشيانغ"] },
  ],
}
`;

describe('names list in the editor', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-names-'));
    writeFileSync(join(root, '.mudaqqiq.json'), HOUSE);
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('completes a listed name from its first letters, through a proclitic, with title and role in the detail', async () => {
    const uri = TextDocumentUri(join(root, 'a.khabar'));
    const text = 'وأشاد وعمر';
    client.open(uri, 'arabic-news', text, 1);
    await client.diagnosticsFor(uri, 1);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: text.length } });
    const item = list.items.find((i) => i.label === 'عمرو طلعت');
    assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
    assert.equal(item.detail, 'الدكتور — وزير الاتصالات وتكنولوجيا المعلومات');
    const edit = item.textEdit as TextEdit;
    // the proclitic و stays: only "عمر" is replaced
    assert.equal(applyTextEdits(text, [edit]), 'وأشاد وعمرو طلعت');
  });

  it('offers nothing for a word that starts no listed name', async () => {
    const uri = TextDocumentUri(join(root, 'b.khabar'));
    client.open(uri, 'arabic-news', 'وقال السفير', 1);
    await client.diagnosticsFor(uri, 1);
    const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 11 } });
    assert.equal(list, null);
  });

  it('hover on a listed name shows the canonical spelling, title, role and the number of mentions', async () => {
    const uri = TextDocumentUri(join(root, 'c.khabar'));
    const text = 'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات السفير.\n\nوأشاد طلعت بالتعاون.';
    client.open(uri, 'arabic-news', text, 1);
    await client.diagnosticsFor(uri, 1);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 7 } });
    const value = (h.contents as { value: string }).value;
    assert.match(value, /عمرو طلعت/);
    assert.match(value, /الدكتور/);
    assert.match(value, /وزير الاتصالات/);
    // two: the dual, no number (not «2 مرة»)
    assert.match(value, /ورد في هذه المسودة مرتين/);
    // the hover covers the mention it is on: the surname alone here
    assert.deepEqual([h.range?.start, h.range?.end], [{ line: 2, character: 6 }, { line: 2, character: 10 }]);
  });
});

describe('reporting verbs in this draft (mudaqqiq/reportingVerbs)', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-verbs-'));
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('lists each verb of the sample article with its count and places, most used first', async () => {
    const uri = TextDocumentUri(join(root, 'sample.khabar'));
    const text = sampleArticle();
    client.open(uri, 'arabic-news', text, 1);
    await client.diagnosticsFor(uri, 1);
    const r = await client.request<ReportingVerbsResult>('mudaqqiq/reportingVerbs', { uri });
    assert.equal(r.version, 1);
    assert.equal(r.verbs[0].lemma, 'أشار');
    assert.equal(r.verbs[0].count, 5);
    const ashad = r.verbs.find((v) => v.lemma === 'أشاد')!;
    assert.deepEqual(ashad.uses.map((u) => u.text), ['وأشاد', 'أشاد', 'مشيدا']);
    const lines = text.split('\n');
    const u = r.verbs[0].uses[0];
    assert.equal(lines[u.range.start.line].slice(u.range.start.character, u.range.end.character), 'وأشار');
  });

  it('lists the house style’s own reporting verbs too (words.reportingVerbs), as repeated-verb counts them', async () => {
    const dir = join(root, 'house');
    mkdirSync(dir);
    writeFileSync(join(dir, '.mudaqqiq.json'), '{ "words": { "reportingVerbs": ["أفصح"] } }\n');
    const text = 'وأفصح الوزير عن خطته، وأكد أن العمل بدأ.\nوأفصحت الوزارة عن الموعد، مفصحة عن التفاصيل.\n';
    const uri = TextDocumentUri(join(dir, 'draft.khabar'));
    client.open(uri, 'arabic-news', text, 1);
    await client.diagnosticsFor(uri, 1);
    const r = await client.request<ReportingVerbsResult>('mudaqqiq/reportingVerbs', { uri });
    const afsah = r.verbs.find((v) => v.lemma === 'أفصح');
    assert.ok(afsah, JSON.stringify(r.verbs.map((v) => v.lemma)));
    assert.deepEqual(afsah.uses.map((x) => x.text), ['وأفصح', 'وأفصحت', 'مفصحة']);
    assert.deepEqual(r.verbs.find((v) => v.lemma === 'أكد')?.uses.map((x) => x.text), ['وأكد']);
    // the same draft outside that house style: أفصح is no reporting verb of the built-in lexicon
    const plain = TextDocumentUri(join(root, 'plain.khabar'));
    client.open(plain, 'arabic-news', text, 1);
    await client.diagnosticsFor(plain, 1);
    const p = await client.request<ReportingVerbsResult>('mudaqqiq/reportingVerbs', { uri: plain });
    assert.deepEqual(p.verbs.map((v) => v.lemma), ['أكد']);
  });
});

describe('a template in the draft\'s house style (mudaqqiq/templateText)', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-template-'));
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes the template as the draft\'s house style does (egyptian-press: فى), keeps the snippet syntax, and answers null for a draft not open', async () => {
    const body = 'عاجل: ${1:عنوان الخبر في سطر واحد}\n${2|القاهرة,الجيزة|} - ${3|أعلن,أكد|} ${4:اسم المسؤول} في ${5:بيان صحفي} $0';
    const egypt = join(root, 'egypt');
    mkdirSync(egypt);
    writeFileSync(join(egypt, '.mudaqqiq.json'), '{ "extends": "egyptian-press" }\n');
    const uri = TextDocumentUri(join(egypt, 'draft.khabar'));
    client.open(uri, 'arabic-news', 'قال الوزير إن العمل بدأ.\n', 1);
    await client.diagnosticsFor(uri, 1);
    assert.equal(
      await client.request<string | null>('mudaqqiq/templateText', { uri, body }),
      'عاجل: ${1:عنوان الخبر فى سطر واحد}\n${2|القاهرة,الجيزة|} - ${3|أعلن,أكد|} ${4:اسم المسؤول} فى ${5:بيان صحفى} $0',
    );
    // no house style of its own: the recommended one, whose final yeh follows the draft: as written
    const plain = TextDocumentUri(join(root, 'plain.khabar'));
    client.open(plain, 'arabic-news', 'قال الوزير إن العمل بدأ.\n', 1);
    await client.diagnosticsFor(plain, 1);
    assert.equal(await client.request<string | null>('mudaqqiq/templateText', { uri: plain, body }), body);
    assert.equal(await client.request<string | null>('mudaqqiq/templateText', { uri: TextDocumentUri(join(root, 'closed.khabar')), body }), null);
  });
});

describe('name-consistency actions write the names list', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-addname-'));
    writeFileSync(join(root, '.mudaqqiq.json'), '{\n  // our style\n  "rules": { "tatweel": "warning" }\n}\n');
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('"add as the canonical spelling" makes the flagged spelling an entry with the other spelling as its variant', async () => {
    const uri = TextDocumentUri(join(root, 'c.khabar'));
    client.open(uri, 'arabic-news', 'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال اوباما إن اللقاء مثمر.', 1);
    const diags = await client.diagnosticsFor(uri, 1);
    const d = diags.find((x) => x.code === 'name-consistency');
    assert.ok(d, JSON.stringify(diags.map((x) => x.code)));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const canonical = actions.filter((a) => a.title.includes('هجاءً معتمدا'));
    assert.equal(canonical.length, 1, actions.map((a) => a.title).join(' | '));
    assert.match(canonical[0].title, /«اوباما»/);
    const houseUri = TextDocumentUri(join(root, '.mudaqqiq.json'));
    const change = canonical[0].edit!.documentChanges!.find((c): c is TextDocumentEdit => !('kind' in c) && c.textDocument.uri === houseUri)!;
    const after = applyTextEdits(readFileSync(join(root, '.mudaqqiq.json'), 'utf8'), change.edits as TextEdit[]);
    assert.ok(after.includes('// our style'), after);
    assert.deepEqual(parse(after, [], { allowTrailingComma: true }).names, [{ canonical: 'اوباما', variants: ['أوباما'] }]);
  });

  it('"add as a wrong variant" writes a minimal edit that keeps comments, and the file still parses', async () => {
    const uri = TextDocumentUri(join(root, 'd.khabar'));
    client.open(uri, 'arabic-news', 'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال اوباما إن اللقاء مثمر.', 1);
    const diags = await client.diagnosticsFor(uri, 1);
    const d = diags.find((x) => x.code === 'name-consistency');
    assert.ok(d, JSON.stringify(diags.map((x) => x.code)));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((x) => x.includes('قائمة الأسماء') && x.includes('أوباما')), titles.join(' | '));
    const variant = actions.find((a) => a.title.includes('صيغةً خاطئة'))!;
    const houseUri = TextDocumentUri(join(root, '.mudaqqiq.json'));
    const change = variant.edit!.documentChanges!.find((c): c is TextDocumentEdit => !('kind' in c) && c.textDocument.uri === houseUri)!;
    const before = readFileSync(join(root, '.mudaqqiq.json'), 'utf8');
    const after = applyTextEdits(before, change.edits as TextEdit[]);
    assert.ok(after.includes('// our style'), after);
    const parsed = parse(after, [], { allowTrailingComma: true });
    assert.deepEqual(parsed.names, [{ canonical: 'أوباما', variants: ['اوباما'] }]);
    assert.deepEqual(parsed.rules, { tatweel: 'warning' });
    // once written, the list governs: name-spelling fixes the variant
    writeFileSync(join(root, '.mudaqqiq.json'), after);
    const n = client.published(uri).length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: houseUri, type: 2 }] });
    await client.waitFor('a re-check', () => client.published(uri).length > n);
    const codes = client.published(uri).at(-1)!.diagnostics.map((x) => x.code);
    assert.ok(codes.includes('name-spelling'), JSON.stringify(codes));
  });
});
