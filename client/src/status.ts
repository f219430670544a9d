// The status bar item: how many Mudaqqiq findings the active draft has. It reads VS Code's
// own diagnostics (source `mudaqqiq`), so it always agrees with the Problems panel.

import * as vscode from 'vscode';
import { arabicDraft, DIAGNOSTIC_SOURCE } from '../../server/src/lsp/protocol';
import { l10n, resolvedLanguage } from './l10n';
import { configuredLanguages } from './settings';

export const SHOW_PROBLEMS_COMMAND = 'mudaqqiq.showProblems';

export function mudaqqiqDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

/** Arabic-Indic digits for the Arabic tooltip, so the number reads naturally in the sentence. */
function arabicDigits(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

export class FindingsStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item = vscode.window.createStatusBarItem('mudaqqiq.findings', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Mudaqqiq';
    this.item.command = SHOW_PROBLEMS_COMMAND;
    this.subscriptions.push(
      this.item,
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mudaqqiq')) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      this.item.hide();
      return;
    }
    const doc = editor.document;
    const diagnostics = mudaqqiqDiagnostics(doc.uri);
    // (nor on a Markdown or text file with no Arabic in it, which the server does not check)
    if (diagnostics.length === 0 && (!configuredLanguages().includes(doc.languageId) || !arabicDraft(doc.languageId, doc.getText()))) {
      this.item.hide();
      return;
    }
    // over mudaqqiq.maxProblems the server shows the findings nearest the last edit and a
    // notice carrying the total: count them all
    const capped = diagnostics.find((d) => (d as { data?: { reason?: string; total?: number } }).data?.reason === 'capped');
    const total = (capped as { data?: { total?: number } } | undefined)?.data?.total;
    const n = typeof total === 'number' ? total : diagnostics.length;
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    this.item.text = n === 0 ? '$(check) مدقق' : `$(checklist) مدقق ${n}`;
    // Arabic text writes its numbers in Arabic-Indic digits.
    const num = resolvedLanguage(doc.uri) === 'ar' ? arabicDigits : String;
    const findings = n === 1 ? l10n.t('1 finding', [], doc.uri) : l10n.t('{0} findings', [num(n)], doc.uri);
    const errorNote = errors === 0 ? '' : ` ${errors === 1 ? l10n.t('(1 error)', [], doc.uri) : l10n.t('({0} errors)', [num(errors)], doc.uri)}`;
    this.item.tooltip =
      n === 0
        ? l10n.t('Mudaqqiq: no findings in this draft', [], doc.uri)
        : l10n.t(
            'Mudaqqiq: {0} in this draft{1}. Click to open the Problems panel (type mudaqqiq in its filter to see only Mudaqqiq’s findings).',
            [findings, errorNote],
            doc.uri,
          );
    this.item.backgroundColor = errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.accessibilityInformation = { label: typeof this.item.tooltip === 'string' ? this.item.tooltip : 'Mudaqqiq' };
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
