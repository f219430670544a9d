// The same findings for the same text whatever the edit history: the built server is sent
// random incremental edit sequences (edits that split surrogate pairs and CRLF, full-text
// replacements, several changes in one notification), with hover, completion and code
// action requests fired in between, and the diagnostics it publishes for the final version
// must be exactly what a fresh engine check of the final text finds, under the workspace's
// house style (every rule on, a names list, hostile word lists). The checker keeps one
// analysis per version today; this holds it to that if it ever keeps incremental state.

import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fixText } from '../../server/src/engine';
import { arabicDraft } from '../../server/src/engine/text/arabic';
import { draft, LANGUAGES, type Lang } from './arbitraries';
import { show } from './invariants';
import { configAt, noNul, diagnosticKeys, findingKeys, houseStyleWorkspace, oracle, randomEdit, toChange } from './protocol-helpers';
import { LspClient, TextDocumentUri } from '../protocol/lsp-client';

const SCALE = Number(process.env.MUDAQQIQ_FC_SCALE ?? 1);
const EXT: Record<Lang, string> = { plaintext: 'txt', markdown: 'md', 'arabic-news': 'khabar' };

describe('incremental = from scratch, through the protocol', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = houseStyleWorkspace();
    // every finding published (not the 1,000 nearest the last edit): they are compared with the engine's
    ({ client } = await LspClient.start({ root, initializationOptions: { maxProblems: 1_000_000 } }));
  });
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('random edit sequences: the final diagnostics equal a fresh check of the final text', async () => {
    let n = 0;
    let edits = 0;
    let requests = 0;
    let compared = 0;
    let fixAlls = 0;
    const t0 = performance.now();
    const numRuns = Math.max(1, Math.round(200 * SCALE));
    const arb = fc.record({
      language: fc.constantFrom(...LANGUAGES),
      initial: draft().map(noNul),
      batches: fc.array(fc.array(randomEdit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 }),
      asks: fc.array(fc.nat(3), { maxLength: 25 }),
      fixAll: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ language, initial, batches, asks, fixAll }) => {
        const path = join(root, `doc-${++n}.${EXT[language]}`);
        const uri = TextDocumentUri(path);
        client.open(uri, language, initial, 1);
        const pending: Promise<unknown>[] = [];
        let version = 1;
        batches.forEach((batch, i) => {
          // several changes in one notification, each relative to the text the previous one left
          const changes: TextDocumentContentChangeEvent[] = [];
          let doc = client.docs.get(uri)!;
          for (const e of batch) {
            const c = toChange(doc, e);
            changes.push(c);
            doc = updateMirror(doc, c);
          }
          version = client.change(uri, changes);
          edits += batch.length;
          const ask = asks[i];
          if (ask !== undefined) {
            requests++;
            const pos = client.docs.get(uri)!.positionAt(Math.floor(client.text(uri).length / 2));
            const range = { start: { line: 0, character: 0 }, end: pos };
            if (ask === 0) pending.push(client.request('textDocument/hover', { textDocument: { uri }, position: pos }));
            else if (ask === 1) pending.push(client.request('textDocument/completion', { textDocument: { uri }, position: pos }));
            else if (ask === 2) pending.push(client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }));
            else pending.push(client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } }));
          }
        });
        await Promise.all(pending);
        if (fixAll) {
          // the editor's fix-all (edits on this version, composed over the passes) gives the engine's fix-all text
          const before = client.text(uri);
          const pos = { line: 0, character: 0 };
          const actions = await client.request<Array<{ edit?: WorkspaceEdit }>>('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [], only: ['source.fixAll'] } });
          // (a text with NUL characters is not checked, so not fixed either)
          // (nor is a Markdown or text file with no Arabic letter: no Arabic draft)
          const expectedText = before.includes('\u0000') || !arabicDraft(language, before) ? before : fixText(before, { languageId: language, config: configAt(path, root) }).output;
          if (actions.length) {
            assert.equal(actions.length, 1);
            const e = actions[0].edit!;
            assert.equal((e.documentChanges![0] as TextDocumentEdit).textDocument.version, version, 'the edit is for the version it was computed on');
            client.applyWorkspaceEdit(e);
            version = client.docs.get(uri)!.version;
            fixAlls++;
          }
          assert.equal(client.text(uri), expectedText, `fix-all through the server differs from the engine's on ${show(before)}`);
        }
        const final = client.text(uri);
        const published = await client.diagnosticsFor(uri, version);
        // a text with NUL characters is not checked: one notice says it looks binary
        // (a Markdown or text file with no Arabic letter is no Arabic draft: nothing is published)
        const expected = final.includes('\u0000') ? ['notice:binary'] : !arabicDraft(language, final) ? [] : findingKeys(oracle(final, path, root, language));
        const got = diagnosticKeys(final, published);
        client.close(uri);
        compared += expected.length;
        assert.deepEqual(got, expected, `[${language}] after ${batches.length} changes: ${show(final)}`);
      }),
      { numRuns },
    );
    const s = (performance.now() - t0) / 1000;
    console.log(`  incremental = from scratch: ${numRuns} generated edit sequences, ${edits} edits, ${requests} requests in between, ${compared} final diagnostics compared, ${fixAlls} fix-alls applied and equal to the engine's, ${s.toFixed(1)} s`);
    assert.ok(compared > numRuns, 'the final texts have findings to compare');
    assert.equal(client.exitCode, undefined, 'the server is still running');
  });
});

/** The text after one more change, on a copy (TextDocument.update changes its argument). */
function updateMirror(doc: TextDocument, c: TextDocumentContentChangeEvent): TextDocument {
  return TextDocument.update(TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText()), [c], doc.version);
}
