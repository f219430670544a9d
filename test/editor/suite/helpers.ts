// What the editor suite's test files share: the workspace's files, Mudaqqiq's diagnostics and
// polling until the real editor and server have caught up.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** A path inside the test workspace folder. */
export function wsPath(...p: string[]): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return path.join(folder.uri.fsPath, ...p);
}

export function wsUri(...p: string[]): vscode.Uri {
  return vscode.Uri.file(wsPath(...p));
}

/** Mudaqqiq's diagnostics of a document (source `mudaqqiq`). */
export function mudaqqiqDiags(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mudaqqiq');
}

/** The rule id of a diagnostic (its code). */
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll until `probe` returns a truthy value; fail with `what` and the last value seen. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what} (last: ${JSON.stringify(last)})`);
    await sleep(50);
  }
}
