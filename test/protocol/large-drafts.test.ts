// Large drafts are checked off the main thread (lintWorker.ts): the built server, over stdio,
// answers hover and code actions on another draft while a large one is being checked; the
// large draft's diagnostics after a run of edits are exactly a fresh engine check of its final
// text (whatever the edit history, whichever version the worker saw in between); its fix-all
// actions come without their edit and codeAction/resolve fills in the same edit as the engine's
// fix-all; a request cancelled while it waits for a check is answered as cancelled.
// No timing is asserted: the order of the answers is what matters (speed: npm run bench).

import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { fixText } from '../../server/src/engine';
import { sampleArticle, saudiArticles } from '../lib/corpus';
import { diagnosticKeys, findingKeys, houseStyleWorkspace, oracle } from '../reliability/protocol-helpers';
import { applyTextEdits, LspClient, PUSH_CAPABILITIES, ResponseError, TextDocumentUri } from './lsp-client';
import { configFor, loadConfigFor } from '../../server/src/config';
import { readFileSync } from 'node:fs';

/** About `chars` UTF-16 units of real articles, paragraph by paragraph. */
function bigDraft(chars: number): string {
  const parts: string[] = [];
  let n = 0;
  const arts = saudiArticles().map(([, t]) => t);
  for (let i = 0; n < chars; i++) {
    const t = arts[i % arts.length];
    parts.push(t.trim());
    n += t.length + 2;
  }
  return parts.join('\n\n') + '\n';
}

const CAPS = {
  ...PUSH_CAPABILITIES,
  textDocument: {
    ...PUSH_CAPABILITIES.textDocument,
    codeAction: { ...PUSH_CAPABILITIES.textDocument!.codeAction, resolveSupport: { properties: ['edit'] } },
  },
};

describe('large drafts: checked off the main thread', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = houseStyleWorkspace();
    ({ client } = await LspClient.start({ root, capabilities: CAPS, initializationOptions: { maxFileSize: 16 * 1024 * 1024, maxProblems: 1_000_000 } }));
  });
  after(async () => {
    await client.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it("answers hover and code actions on a small draft before a large draft's check is done", async () => {
    const smallUri = TextDocumentUri(join(root, 'small.txt'));
    const small = sampleArticle();
    client.open(smallUri, 'plaintext', small);
    const smallDiags = await client.diagnosticsFor(smallUri, 1);
    const d = smallDiags.find((x) => x.code === 'extra-spaces') ?? smallDiags[0];
    assert.ok(d, 'the sample article has findings');

    const bigUri = TextDocumentUri(join(root, 'big.txt'));
    const big = bigDraft(1_500_000);
    client.open(bigUri, 'plaintext', big);
    // asked while the large draft is being checked
    const order: string[] = [];
    const bigDone = client.diagnosticsFor(bigUri, 1).then(() => order.push('big diagnostics'));
    const hover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: smallUri }, position: d.range.start }).then((h) => {
      order.push('hover');
      return h;
    });
    const actions = client
      .request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: smallUri }, range: d.range, context: { diagnostics: [d] } })
      .then((a) => {
        order.push('code actions');
        return a;
      });
    const [h, a] = await Promise.all([hover, actions, bigDone]);
    assert.ok(h, 'a hover on the finding');
    assert.ok(a.length > 0, 'code actions for the finding');
    assert.deepEqual(order.slice(0, 2).sort(), ['code actions', 'hover'], `answered before the large check ended: ${order.join(', ')}`);
  });

  it('publishes for the final version exactly what a fresh check finds, after edits sent while checks run', async () => {
    const uri = TextDocumentUri(join(root, 'edited.txt'));
    const path = join(root, 'edited.txt');
    let text = bigDraft(200_000);
    client.open(uri, 'plaintext', text);
    let version = 1;
    // edits in quick succession: some land while the worker checks an older version
    const edits: Array<(t: string) => { at: number; del: number; ins: string }> = [
      (t) => ({ at: t.length >> 1, del: 0, ins: 'قال الوزير ،  إن  ' }),
      () => ({ at: 10, del: 5, ins: '' }),
      (t) => ({ at: t.length - 3, del: 0, ins: '\n\nعمر طلعت ' }),
      (t) => ({ at: t.length >> 2, del: 40, ins: 'ــ' }),
      () => ({ at: 0, del: 0, ins: '﻿' }),
    ];
    for (const e of edits) {
      const { at, del, ins } = e(text);
      const doc = TextDocument.create(uri, 'plaintext', version, text);
      const range = { start: doc.positionAt(at), end: doc.positionAt(at + del) };
      version = client.change(uri, [{ range, text: ins }]);
      text = text.slice(0, at) + ins + text.slice(at + del);
    }
    assert.equal(client.text(uri), text);
    const diags = await client.diagnosticsFor(uri, version);
    assert.deepEqual(diagnosticKeys(text, diags), findingKeys(oracle(text, path, root, 'plaintext')));
    // no diagnostics published for a version older than one published before it
    const versions = client.published(uri).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((x, y) => x - y));
  });

  it('checks each version of a large draft incrementally on the checking thread, and each equals a fresh check', async () => {
    const uri = TextDocumentUri(join(root, 'stepwise.txt'));
    const path = join(root, 'stepwise.txt');
    let text = bigDraft(120_000);
    client.open(uri, 'plaintext', text);
    let version = 1;
    await client.diagnosticsFor(uri, version);
    // each edit waits for its diagnostics: the worker's incremental checker sees every version
    const edits: Array<(t: string) => { at: number; del: number; ins: string }> = [
      (t) => ({ at: t.length >> 1, del: 0, ins: 'وأشار الوزير إلى أن  الحكومه، ' }),
      (t) => ({ at: t.indexOf('\n\n', t.length >> 2), del: 2, ins: ' ' }), // two paragraphs become one
      (t) => ({ at: t.length >> 3, del: 0, ins: '\n\nاقرأ أيضا\n\n' }), // a new paragraph
      () => ({ at: 0, del: 300, ins: '' }),
    ];
    for (const e of edits) {
      const { at, del, ins } = e(text);
      const doc = TextDocument.create(uri, 'plaintext', version, text);
      version = client.change(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + del) }, text: ins }]);
      text = text.slice(0, at) + ins + text.slice(at + del);
      const diags = await client.diagnosticsFor(uri, version);
      assert.deepEqual(diagnosticKeys(text, diags), findingKeys(oracle(text, path, root, 'plaintext')), `after edit ${version - 1}`);
    }
    // two changes in one notification, the second in the text the first left
    const doc = TextDocument.create(uri, 'plaintext', version, text);
    const first = { range: { start: doc.positionAt(100), end: doc.positionAt(100) }, text: 'الوزيــر ' };
    TextDocument.update(doc, [first], version + 1);
    const second = { range: { start: doc.positionAt(text.length - 50), end: doc.positionAt(text.length - 40) }, text: '' };
    TextDocument.update(doc, [second], version + 1);
    version = client.change(uri, [first, second]);
    text = doc.getText();
    assert.equal(client.text(uri), text);
    const diags = await client.diagnosticsFor(uri, version);
    assert.deepEqual(diagnosticKeys(text, diags), findingKeys(oracle(text, path, root, 'plaintext')), 'after two changes at once');
    // each version was checked on the checking thread (sent as the changed stretch), never here after it failed
    assert.deepEqual(client.logs().filter((l) => /off the main thread failed/.test(l)), []);
  });

  it("leaves a large draft's fix-all edit to codeAction/resolve, which gives the engine's fix-all", async () => {
    const uri = TextDocumentUri(join(root, 'fixme.txt'));
    const path = join(root, 'fixme.txt');
    const text = bigDraft(120_000);
    client.open(uri, 'plaintext', text);
    const diags = await client.diagnosticsFor(uri, 1);
    const d = diags.find((x) => x.code === 'extra-spaces' || x.code === 'punctuation-spacing') as Diagnostic;
    assert.ok(d);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const all = actions.filter((x) => !x.edit && x.data);
    assert.ok(all.length > 0, `deferred fix-all actions: ${actions.map((x) => x.title).join(' | ')}`);
    const everything = all[all.length - 1];
    const resolved = await client.request<CodeAction>('codeAction/resolve', everything);
    assert.ok(resolved.edit, 'resolve fills in the edit');
    const change = resolved.edit!.documentChanges![0] as { edits: TextEdit[] };
    const host = { readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };
    const config = configFor(loadConfigFor(path, { workspaceRoot: root, trusted: true }, host), path);
    const isAll = !(everything.data as { mudaqqiqFixAll: { ruleId?: string } }).mudaqqiqFixAll.ruleId;
    const expected = fixText(text, { languageId: 'plaintext', config, filter: isAll ? undefined : (f) => f.ruleId === d.code }).output;
    assert.equal(applyTextEdits(text, change.edits), expected);
  });

  it('answers hover on a large draft from its last check while the new version is checked', async () => {
    const uri = TextDocumentUri(join(root, 'typing.txt'));
    const text = bigDraft(1_200_000);
    client.open(uri, 'plaintext', text);
    const v1 = await client.diagnosticsFor(uri, 1);
    const early = v1.find((x) => x.range.start.line < 20) as Diagnostic;
    assert.ok(early, 'a finding near the top');
    // type near the end, then hover over the early finding at once
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    const end = doc.positionAt(text.length - 10);
    const order: string[] = [];
    const v2 = client.change(uri, [{ range: { start: end, end }, text: ' ب' }]);
    const published = client.diagnosticsFor(uri, v2).then(() => order.push('v2 diagnostics'));
    const hover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: early.range.start }).then((h) => {
      order.push('hover');
      return h;
    });
    const [h] = await Promise.all([hover, published]);
    assert.deepEqual(order, ['hover', 'v2 diagnostics']);
    assert.ok(h && JSON.stringify(h.contents).includes(String(early.code)), `the hover explains ${early.code}: ${JSON.stringify(h?.contents).slice(0, 200)}`);
  });

  it('hovers a listed name in a large draft from the mentions the checking thread found, current and carried over', async () => {
    const uri = TextDocumentUri(join(root, 'names.txt'));
    const line = 'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات السفير.';
    const text = `${line}\n\n${bigDraft(300_000)}\n\nوأشاد طلعت بالعلاقات.\n`;
    client.open(uri, 'plaintext', text);
    await client.diagnosticsFor(uri, 1);
    const at = { line: 0, character: line.indexOf('طلعت') };
    const h1 = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at });
    const shown = JSON.stringify(h1?.contents ?? null);
    assert.ok(shown.includes('عمرو طلعت'), shown);
    const count = /ورد في هذه المسودة (مرتين|(\d+) مر(?:ات|ة))/.exec(shown);
    assert.ok(count && (count[1] === 'مرتين' || Number(count[2]) >= 2), `the mentions are counted: ${shown}`);
    // after an edit at the far end, while that version is checked: the same answer, carried over
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    const end = doc.positionAt(text.length - 3);
    const v2 = client.change(uri, [{ range: { start: end, end }, text: ' ب' }]);
    const h2 = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at });
    assert.ok(JSON.stringify(h2?.contents ?? null).includes('عمرو طلعت'));
    await client.diagnosticsFor(uri, v2);
  });

  it('answers a request cancelled while it waits for a large check as cancelled', async () => {
    const uri = TextDocumentUri(join(root, 'wait.txt'));
    client.open(uri, 'plaintext', bigDraft(1_000_000));
    // sent first, so the server is waiting for the check when the cancellation arrives
    const { id, result } = client.requestWithId('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } });
    await client.request('textDocument/hover', { textDocument: { uri: TextDocumentUri(join(root, 'small.txt')) }, position: { line: 0, character: 0 } });
    client.cancel(id);
    await assert.rejects(result, (e: unknown) => e instanceof ResponseError && e.code === -32800);
    await client.diagnosticsFor(uri, 1);
  });
});
