// A finding's own severity through the built language server: verb-confusion's «أشار بـ +
// praise» is published as a Hint diagnostic (issue 6: "hint that أشاد بـ may be meant") while
// the same rule's أشاد إلى is a Warning.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { LspClient, TextDocumentUri, buildServer } from './lsp-client';

const DRAFT = 'وأشاد طلعت إلى التعاون، وأشار السفير بالشراكة الصينية المصرية.\n';

describe('protocol: a finding below its rule’s severity', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    buildServer();
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-ws-'));
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('«أشار بـ + praise» is a Hint, أشاد إلى a Warning', async () => {
    const uri = TextDocumentUri(join(root, 'a.txt'));
    client.open(uri, 'plaintext', DRAFT, 1);
    const diags = (await client.diagnosticsFor(uri, 1)).filter((d) => d.code === 'verb-confusion');
    assert.deepEqual(
      diags.map((d) => `${DRAFT.slice(d.range.start.character, d.range.end.character)} ${d.severity}`),
      [`أشاد ${DiagnosticSeverity.Warning}`, `أشار ${DiagnosticSeverity.Hint}`],
    );
  });
});
