// mudaqqiq.maxProblems through the built server over stdio: over the limit a draft's
// diagnostics are a notice with the total and the run of findings nearest the last edit; the
// run follows the edits; a finding that is not shown still gets its quick fix.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine';
import { sampleArticle } from '../lib/corpus';
import { LspClient, TextDocumentUri, buildServer } from './lsp-client';

before(() => buildServer());

const MAX = 12;

function key(text: string, d: Diagnostic): string {
  const doc = TextDocument.create('untitled:x', 'plaintext', 0, text);
  return `${d.code}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}`;
}

describe('mudaqqiq.maxProblems', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mudaqqiq-max-'));
    ({ client } = await LspClient.start({ root, initializationOptions: { maxProblems: MAX, messagesLanguage: 'en' } }));
  });
  after(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows a notice with the total and the findings nearest the last edit, and moves them with the edits', async () => {
    const uri = TextDocumentUri(join(root, 'long.txt'));
    let text = [sampleArticle(), sampleArticle(), sampleArticle()].join('\n\n');
    const all = () => lint(text, { languageId: 'plaintext' }).findings.map((f) => `${f.ruleId}@${f.start}-${f.end}`);
    client.open(uri, 'plaintext', text);
    let diags = await client.diagnosticsFor(uri, 1);
    let expected = all();
    assert.ok(expected.length > 3 * MAX, `the sample article three times should have many findings, got ${expected.length}`);
    assert.equal(diags.length, MAX + 1);
    const notice = diags[0];
    assert.equal((notice.data as { reason?: string }).reason, 'capped');
    assert.equal((notice.data as { total?: number }).total, expected.length);
    assert.match(String(notice.message), new RegExp(`Showing ${MAX} of the ${expected.length} findings`));
    // before any edit: the first findings of the draft
    assert.deepEqual(diags.slice(1).map((d) => key(text, d)), expected.slice(0, MAX));

    // type near the end: the shown run moves there
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    const at = text.length - 40;
    const version = client.change(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: 'ـ' }]);
    text = text.slice(0, at) + 'ـ' + text.slice(at);
    diags = await client.diagnosticsFor(uri, version);
    expected = all();
    const shown = diags.slice(1).map((d) => key(text, d));
    assert.equal(shown.length, MAX);
    assert.deepEqual(shown, expected.slice(expected.length - MAX), 'the last findings of the draft are nearest an edit at its end');
    assert.ok(shown.some((k) => k.startsWith('tatweel@')), 'the tatweel just typed is among them');

    // a finding at the start, no longer shown, still has its quick fixes
    const first = lint(text, { languageId: 'plaintext' }).findings.find((f) => f.fixes.length > 0 && f.start < 500)!;
    const cur = TextDocument.create(uri, 'plaintext', version, text);
    const actions = (await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: cur.positionAt(first.start), end: cur.positionAt(first.end) },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === first.ruleId);
    assert.ok(fix, `a quick fix for the ${first.ruleId} finding at ${first.start}: ${actions.map((a) => a.title).join(' | ')}`);
  });
});
