// The built server against a hostile or broken client: bodies that are not JSON, invalid
// UTF-8, deeply nested JSON, JSON-RPC batches, responses to nothing, unknown and misspelled
// methods, parameters of the wrong shape for every request and notification it handles,
// changes for documents never opened or with ranges outside the document, positions past the
// end or between the halves of a surrogate pair, a second didOpen of the same document.
// After each volley the server still answers and still checks a draft correctly. Generated
// (fast-check) parameter garbage is thrown at every handler too.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { LspClient, PULL_CAPABILITIES, TextDocumentUri } from '../protocol/lsp-client';

function frame(body: string | Buffer): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]);
}

describe('the server survives a broken client', () => {
  let client: LspClient;
  let root: string;
  let probe = 0;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-malformed-'));
    ({ client } = await LspClient.start({ root, capabilities: PULL_CAPABILITIES }));
  });
  after(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  /** The server still answers and still checks a fresh draft exactly. */
  async function stillWorks(): Promise<void> {
    const uri = TextDocumentUri(join(root, `probe-${++probe}.txt`));
    client.open(uri, 'plaintext', 'وأشـــاد الوزير بالتعاون', 1);
    const r = await client.request<{ items: Array<{ code: string }> }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(r.items.map((d) => d.code), ['tatweel']);
    client.close(uri);
    assert.equal(client.exitCode, undefined, `server exited; stderr: ${client.stderr}`);
  }

  it('bodies that are not JSON, invalid UTF-8, deep nesting, batches, stray responses', async () => {
    client.sendRaw(frame('{"jsonrpc":"2.0","id":'));
    client.sendRaw(frame(Buffer.from([0xff, 0xfe, 0x7b, 0x22, 0xc0, 0xaf, 0x7d])));
    client.sendRaw(frame('null'));
    client.sendRaw(frame('42'));
    client.sendRaw(frame('"a string"'));
    client.sendRaw(frame('[' + '{"jsonrpc":"2.0","method":"x"},'.repeat(3) + '{}]'));
    client.sendRaw(frame('['.repeat(100_000) + ']'.repeat(100_000)));
    client.sendRaw(frame('{"jsonrpc":"2.0","id":999999,"result":{"stray":true}}'));
    client.sendRaw(frame('{"jsonrpc":"2.0","id":{"weird":1},"method":"textDocument/hover","params":{}}'));
    client.sendRaw(frame('{"jsonrpc":"1.0","method":"initialized"}'));
    client.sendRaw(frame('{"method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x","languageId":"plaintext","version":1,"text":7}}}'));
    await stillWorks();
  });

  it('unknown and misspelled methods, cancellations of nothing, a second initialize', async () => {
    await assert.rejects(client.request('textDocument/hoverr', {}), (e: Error & { code?: number }) => e.code === -32601);
    await assert.rejects(client.request('', {}), (e: Error & { code?: number }) => e.code === -32601);
    client.notify('$/cancelRequest', { id: 123456 });
    client.notify('$/setTrace', { value: 'verbose' });
    client.notify('textDocument/didSomething', { x: 1 });
    client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 42 }], removed: 'x' } });
    client.notify('workspace/didChangeConfiguration', { settings: { mudaqqiq: { enable: 'yes', debounceMs: -5, rules: 'all' } } });
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 7, type: 'x' }] });
    await client.request('initialize', { processId: null, rootUri: null, capabilities: {} }).catch(() => undefined);
    await stillWorks();
  });

  it('document notifications that do not fit: unknown documents, ranges outside the text, surrogate halves, a second open', async () => {
    const uri = TextDocumentUri(join(root, 'doc.txt'));
    client.notify('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.txt' } });
    client.notify('textDocument/didSave', { textDocument: { uri: 'file:///never-opened.txt' } });
    client.open(uri, 'plaintext', 'نص 😀 أول', 1);
    // a change far past the end, one with a negative position, one inside the emoji's surrogate pair
    client.change(uri, [{ range: { start: { line: 99, character: 5 }, end: { line: 120, character: 0 } }, text: ' وأشـــاد' }]);
    client.change(uri, [{ range: { start: { line: -1, character: -4 }, end: { line: 0, character: 0 } }, text: 'ـ' }]);
    client.change(uri, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, text: 'ـ' }]);
    client.change(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 1 } }, text: '' }]); // end before start
    // an older version after a newer one, and a second didOpen of the same document
    client.notify('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: 'قديم' }] });
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 9, text: 'وأشـــاد مرة أخرى' } });
    const r = await client.request<{ items: Array<{ code: string }> }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(Array.isArray(r.items));
    for (const pos of [{ line: 0, character: 3 }, { line: 1e9, character: 1e9 }, { line: -5, character: 2 }]) {
      await client.request('textDocument/hover', { textDocument: { uri }, position: pos });
      await client.request('textDocument/completion', { textDocument: { uri }, position: pos });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } });
    }
    client.notify('textDocument/didClose', { textDocument: { uri } });
    client.docs.delete(uri);
    await stillWorks();
  });

  it('generated garbage parameters for every method the server handles: each request is answered (a result or an error), nothing crashes', async () => {
    const methods = [
      'textDocument/hover',
      'textDocument/completion',
      'textDocument/codeAction',
      'textDocument/diagnostic',
      'workspace/diagnostic',
      'workspace/executeCommand',
      'mudaqqiq/reportingVerbs',
    ];
    const notifications = ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave', 'workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles'];
    const uri = TextDocumentUri(join(root, 'target.txt'));
    client.open(uri, 'plaintext', 'وأشـــاد الوزير 😀 بالتعاون', 1);
    const anyUri = fc.constantFrom(uri, 'file:///nope.txt', '', 'not a uri', 'untitled:x', 'file:///%E0%A4%A', 'file:///../../etc/passwd');
    const position = fc.oneof(fc.record({ line: fc.integer({ min: -3, max: 3 }), character: fc.integer({ min: -3, max: 40 }) }), fc.anything());
    const params = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.record({ textDocument: fc.oneof(fc.record({ uri: anyUri }), fc.anything()), position }, { requiredKeys: [] }),
      fc.record({ textDocument: fc.record({ uri: anyUri }), range: fc.record({ start: position, end: position }), context: fc.anything({ maxDepth: 2 }) }, { requiredKeys: [] }),
      fc.record({ command: fc.constantFrom('mudaqqiq.applyFixAll', 'x'), arguments: fc.array(fc.oneof(anyUri, fc.anything({ maxDepth: 2 }))) }, { requiredKeys: [] }),
    );
    let answered = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), params, fc.constantFrom(...notifications), fc.anything({ maxDepth: 3 }), async (method, p, note, np) => {
        if (note !== 'textDocument/didOpen' && note !== 'textDocument/didClose') client.notify(note, np); // opening garbage documents would pile up
        try {
          await client.request(method, p);
          answered++;
        } catch (e) {
          if ((e as { code?: number }).code === undefined) throw e; // a timeout or the server gone
          refused++;
        }
      }),
      { numRuns: 400 },
    );
    console.log(`  ${answered + refused} requests with generated parameters: ${answered} answered, ${refused} refused with a JSON-RPC error; none unanswered`);
    client.close(uri);
    await stillWorks();
    const failed = client.logs().filter((m) => /failed:/.test(m));
    console.log(`  handler failures caught and logged: ${failed.length}${failed.length ? `, e.g. ${failed[0].split('\n')[0]}` : ''}; server stderr: ${client.stderr.length} bytes`);
    assert.doesNotMatch(client.stderr, /Uncaught|unhandled/i);
    if (process.env.MUDAQQIQ_DEBUG) for (const m of new Set(failed.map((x) => x.split('\n').slice(0, 2).join(' | ')))) console.log('   ', m);
  });

  it('exit without shutdown ends the process with code 1, as the protocol says', async () => {
    const other = await LspClient.start({ root });
    other.client.notify('exit', null);
    assert.equal(await other.client.waitExit(), 1);
    await other.client.dispose();
  });
});
