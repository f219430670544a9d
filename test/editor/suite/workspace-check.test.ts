// "Mudaqqiq: check all drafts in the workspace" in a real VS Code: the server's command
// (registered by the language client from the server's executeCommandProvider, contributed to
// the palette by package.json) checks a draft that is not open, and its findings reach the
// Problems panel (vscode.languages.getDiagnostics) without the file ever being opened.
// Real `vscode` API and the real server; nothing is stubbed. Runs after features.test.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { mudaqqiqDiags, ruleOf, waitFor, wsUri } from './helpers';


suite('workspace check', () => {
  test('the palette command checks a closed draft and its findings reach the Problems panel', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    assert.ok(all.has('mudaqqiq.checkWorkspace'), 'mudaqqiq.checkWorkspace is registered');
    const closed = wsUri('desk', 'closed-draft.txt');
    // tatweel and a space before a comma: two findings the default rules report
    await vscode.workspace.fs.writeFile(closed, new TextEncoder().encode('أكـــد الوزير ، أن المشروع سينتهي قريبا.\n'));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'the draft is not open');
    const result = await vscode.commands.executeCommand<{ checked: number; findings: number; cancelled: boolean }>('mudaqqiq.checkWorkspace');
    assert.ok(result && result.checked >= 1 && !result.cancelled, JSON.stringify(result));
    const diags = await waitFor(
      'findings of the closed draft',
      () => {
        const d = mudaqqiqDiags(closed);
        return d.length > 0 ? d : undefined;
      },
      30_000,
    );
    const rules = diags.map(ruleOf);
    assert.ok(rules.includes('tatweel'), rules.join(', '));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'still not open');
  });
});
