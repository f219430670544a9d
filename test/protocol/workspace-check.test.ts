// The workspace check (`mudaqqiq.checkWorkspace`) through the built server over stdio: every
// draft under the workspace folder is checked (closed files too) and its diagnostics are what
// a fresh engine check finds; the house style's ignore.files, the editor's files.exclude, the
// command's own exclude globs, dot-folders and node_modules are left out; open documents keep
// their own checks; progress goes through window/workDoneProgress and cancelling it stops the
// run; in pull mode the results come back in workspace/diagnostic for the closed files.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { configFor, loadConfigFor } from '../../server/src/config';
import { lint, type DocumentLanguage } from '../../server/src/engine';
import { sampleArticle, saudiArticles } from '../lib/corpus';
import { diagnosticKeys, findingKeys } from '../reliability/protocol-helpers';
import { LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES, TextDocumentUri } from './lsp-client';

const COMMAND = 'mudaqqiq.checkWorkspace';

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

function oracle(root: string, rel: string, languageId: DocumentLanguage) {
  const path = join(root, rel);
  const host = { readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };
  const config = configFor(loadConfigFor(path, { workspaceRoot: root, trusted: true }, host), path);
  return lint(readFileSync(path, 'utf8'), { languageId, config }).findings;
}

const articles = saudiArticles();

function newsroom(): string {
  const root = mkdtempSync(join(tmpdir(), 'mudaqqiq-ws-'));
  write(root, {
    '.mudaqqiq.json': JSON.stringify({ ignore: { files: ['archive/**'] }, names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت'] }] }),
    'desk/a.txt': articles[0][1],
    'desk/b.md': `# خبر\n\n${articles[1][1]}\n\nقال عمر طلعت ،  إن الاقتصاد ينمو.\n`,
    'desk/c.khabar': sampleArticle(),
    'desk/clean.txt': 'قال الوزير إن الاقتصاد ينمو.\n',
    'desk/notes.json': '{"not": "a draft"}',
    'archive/old.txt': 'نص قديم ،  لا يراجع.\n',
    'hidden/skip.txt': 'نص ،  مستبعد.\n',
    'extra/x.txt': 'نص ،  مستبعد.\n',
    'node_modules/pkg/readme.txt': 'نص ،  مستبعد.\n',
    '.git/notes.txt': 'نص ،  مستبعد.\n',
    'open.txt': 'نص على القرص ،  .\n',
  });
  return root;
}

describe('workspace check', () => {
  const cleanup: string[] = [];
  const clients: LspClient[] = [];
  after(async () => {
    for (const c of clients) await c.dispose();
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });

  it('checks every closed draft (push), leaving out ignored, excluded and open files, with progress', async () => {
    const root = newsroom();
    cleanup.push(root);
    const { client } = await LspClient.start({
      root,
      capabilities: { ...PUSH_CAPABILITIES, workspace: { ...PUSH_CAPABILITIES.workspace, configuration: true }, window: { workDoneProgress: true } },
      settings: (_scope, section) => (section === 'files.exclude' ? { '**/hidden': true, '**/desk/never': false } : {}),
    });
    clients.push(client);
    const openUri = TextDocumentUri(join(root, 'open.txt'));
    client.open(openUri, 'plaintext', 'نص في المحرر ،  .\n');
    const openFindings = (await client.diagnosticsFor(openUri, 1)).length;
    assert.ok(openFindings > 0);
    const result = await client.request<Record<string, unknown>>('workspace/executeCommand', { command: COMMAND, arguments: [{ exclude: ['extra/**'] }] });
    // (the open draft is counted from the editor's own check: a workspace with every draft open
    // is no workspace without drafts)
    assert.deepEqual(result, { checked: 5, skipped: 1, cancelled: false, findings: result.findings, withFindings: result.withFindings });

    const lastFor = (rel: string): Diagnostic[] | undefined => client.published(TextDocumentUri(join(root, rel))).at(-1)?.diagnostics;
    let total = 0;
    for (const [rel, lang] of [['desk/a.txt', 'plaintext'], ['desk/b.md', 'markdown'], ['desk/c.khabar', 'arabic-news']] as const) {
      const expected = oracle(root, rel, lang);
      assert.ok(expected.length > 0, rel);
      const got = lastFor(rel);
      assert.ok(got, `diagnostics published for the closed draft ${rel}`);
      assert.deepEqual(diagnosticKeys(readFileSync(join(root, rel), 'utf8'), got), findingKeys(expected), rel);
      total += expected.length;
    }
    assert.equal(result.findings, total + openFindings);
    assert.equal(result.withFindings, 4);
    assert.equal(lastFor('desk/clean.txt'), undefined, 'nothing to say about a clean draft');
    for (const rel of ['archive/old.txt', 'hidden/skip.txt', 'extra/x.txt', 'node_modules/pkg/readme.txt', '.git/notes.txt', 'desk/notes.json']) {
      assert.equal(lastFor(rel), undefined, `${rel} left out`);
    }
    // the open document: only its own (versioned) diagnostics
    assert.ok(client.published(openUri).every((p) => p.version === 1));

    // progress: created by the server, begun (cancellable), reported, ended
    const create = client.serverRequests.filter((r) => r.method === 'window/workDoneProgress/create');
    assert.equal(create.length, 1);
    const token = create[0].params.token;
    const kinds = client.notifications.filter((n) => n.method === '$/progress' && n.params.token === token).map((n) => n.params.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    const begin = client.notifications.find((n) => n.method === '$/progress' && n.params.token === token)!.params.value;
    assert.equal(begin.cancellable, true);

    // a second run after a draft was fixed on disk clears what it said about that draft
    writeFileSync(join(root, 'desk/a.txt'), 'قال الوزير إن الاقتصاد ينمو.\n');
    const again = await client.request<Record<string, unknown>>('workspace/executeCommand', { command: COMMAND, arguments: [{ exclude: ['extra/**'] }] });
    assert.equal(again.withFindings, 3); // b.md, c.khabar and the open draft
    assert.deepEqual(lastFor('desk/a.txt'), []);
  });

  /** A server over a workspace of 400 drafts (a check long enough to cancel midway). */
  async function bigWorkspace(): Promise<LspClient> {
    const root = mkdtempSync(join(tmpdir(), 'mudaqqiq-ws-big-'));
    cleanup.push(root);
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`d${String(i).padStart(3, '0')}.txt`] = articles[i % articles.length][1];
    write(root, files);
    const { client } = await LspClient.start({ root, capabilities: { ...PUSH_CAPABILITIES, window: { workDoneProgress: true } } });
    clients.push(client);
    return client;
  }

  it('stops when the progress is cancelled', async () => {
    const client = await bigWorkspace();
    const run = client.request<Record<string, unknown>>('workspace/executeCommand', { command: COMMAND });
    await client.waitFor('progress begin', () => client.notifications.some((n) => n.method === '$/progress' && n.params.value?.kind === 'report'));
    const token = client.serverRequests.find((r) => r.method === 'window/workDoneProgress/create')!.params.token;
    client.notify('window/workDoneProgress/cancel', { token });
    const result = await run;
    assert.equal(result.cancelled, true);
    assert.ok((result.checked as number) < 400, `stopped early (${result.checked} of 400)`);
  });

  it('reports on the client’s workDoneToken when the request carries one (VS Code’s notification), and stops when the request is cancelled', async () => {
    const client = await bigWorkspace();
    const token = 'client-token-1';
    const run = client.requestWithId<Record<string, unknown>>('workspace/executeCommand', { command: COMMAND, workDoneToken: token });
    await client.waitFor('a progress report on the client’s token', () => client.notifications.some((n) => n.method === '$/progress' && n.params.token === token && n.params.value?.kind === 'report'));
    assert.equal(client.serverRequests.filter((r) => r.method === 'window/workDoneProgress/create').length, 0, 'no progress of the server’s own');
    const begin = client.notifications.find((n) => n.method === '$/progress' && n.params.token === token)!.params.value;
    assert.equal(begin.kind, 'begin');
    client.cancel(run.id);
    const result = await run.result;
    assert.equal(result.cancelled, true);
    assert.ok((result.checked as number) < 400, `stopped early (${result.checked} of 400)`);
    await client.waitFor('the progress to end', () => client.notifications.some((n) => n.method === '$/progress' && n.params.token === token && n.params.value?.kind === 'end'));
  });

  it('answers workspace/diagnostic for closed drafts in pull mode', async () => {
    const root = newsroom();
    cleanup.push(root);
    const { client } = await LspClient.start({ root, capabilities: { ...PULL_CAPABILITIES, window: { workDoneProgress: true } } });
    clients.push(client);
    const before = await client.request<{ items: Array<{ uri: string }> }>('workspace/diagnostic', { previousResultIds: [] });
    assert.equal(before.items.length, 0);
    await client.request('workspace/executeCommand', { command: COMMAND });
    const report = await client.request<{ items: Array<{ uri: string; kind: string; resultId: string; items: Diagnostic[]; version: number | null }> }>('workspace/diagnostic', { previousResultIds: [] });
    const a = report.items.find((i) => i.uri === TextDocumentUri(join(root, 'desk/a.txt')));
    assert.ok(a, 'the closed draft is reported');
    assert.equal(a.kind, 'full');
    assert.equal(a.version, null);
    assert.deepEqual(diagnosticKeys(readFileSync(join(root, 'desk/a.txt'), 'utf8'), a.items), findingKeys(oracle(root, 'desk/a.txt', 'plaintext')));
    assert.ok(!report.items.some((i) => i.uri.includes('archive') || i.uri.includes('node_modules')));
    // nothing pushed for closed drafts in pull mode
    assert.equal(client.published(a.uri).length, 0);
    // unchanged since the last pull
    const again = await client.request<{ items: Array<{ uri: string; kind: string }> }>('workspace/diagnostic', { previousResultIds: [{ uri: a.uri, value: a.resultId }] });
    assert.equal(again.items.find((i) => i.uri === a.uri)?.kind, 'unchanged');
  });
});
