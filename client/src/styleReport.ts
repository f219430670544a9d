// "Mudaqqiq: style report": a webview beside the draft with the report of server/src/report
// (the same renderer as `mudaqqiq report`), asked of the server (mudaqqiq/styleReport) so its
// findings are exactly the diagnostics the editor shows. Strict CSP (the page's own nonce,
// nothing from the network); a click on an item posts its offsets, and the range is selected
// in the draft.

import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STYLE_REPORT_REQUEST } from '../../server/src/lsp/protocol';
import type { StyleReportParams, StyleReportResult } from '../../server/src/lsp/styleReport';
import { l10n } from './l10n';
import { SECTION } from './settings';

export const STYLE_REPORT_VIEW = 'mudaqqiq.styleReport';

/** Posts `{ type: 'reveal', start, end }` for a click on any element carrying data-start/data-end. */
const WEBVIEW_SCRIPT = `(function(){
var vscode=acquireVsCodeApi();
document.addEventListener('click',function(e){
var a=e.target&&e.target.closest?e.target.closest('[data-start]'):null;if(!a)return;
e.preventDefault();
vscode.postMessage({type:'reveal',start:+a.getAttribute('data-start'),end:+a.getAttribute('data-end')});
});
})();`;

let panel: vscode.WebviewPanel | undefined;
let panelDoc: vscode.Uri | undefined;

export interface StyleReportOutcome {
  title: string;
  viewType: string;
  result: StyleReportResult;
}

function reportTitle(doc: vscode.TextDocument): string {
  const name = doc.uri.path.split('/').pop() || doc.uri.toString();
  return l10n.t('Style report: {0}', [name], doc.uri);
}

export async function requestStyleReport(
  client: LanguageClient | undefined,
  doc: vscode.TextDocument,
  extra: Omit<StyleReportParams, 'uri'> = {},
): Promise<StyleReportResult | undefined> {
  if (!client?.isRunning()) return undefined;
  const r = await client.sendRequest<StyleReportResult | null>(STYLE_REPORT_REQUEST, { uri: doc.uri.toString(), ...extra });
  return r ?? undefined;
}

/** The command. Returns the panel's title, view type and the report data (tests read them). */
export async function showStyleReport(client: LanguageClient | undefined): Promise<StyleReportOutcome | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(l10n.t('Open a draft first.'));
    return undefined;
  }
  const doc = editor.document;
  const nonce = crypto.randomBytes(18).toString('base64');
  const digits = vscode.workspace.getConfiguration(SECTION, doc.uri).get('templates.digits') === 'arabic-indic' ? 'arabic-indic' : 'western';
  if (!panel) {
    panel = vscode.window.createWebviewPanel(
      STYLE_REPORT_VIEW,
      reportTitle(doc),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
    );
    panel.onDidDispose(() => {
      panel = undefined;
      panelDoc = undefined;
    });
    panel.webview.onDidReceiveMessage((m: unknown) => void reveal(m));
  }
  const result = await requestStyleReport(client, doc, { nonce, cspSource: panel.webview.cspSource, digits });
  if (!result) {
    panel.dispose();
    void vscode.window.showInformationMessage(
      l10n.t('Mudaqqiq does not check this document (or its server is not running).', [], doc.uri),
    );
    return undefined;
  }
  panelDoc = doc.uri;
  panel.title = reportTitle(doc);
  panel.webview.html = result.html.replace('</body>', `<script nonce="${nonce}">${WEBVIEW_SCRIPT}</script>\n</body>`);
  panel.reveal(vscode.ViewColumn.Beside, true);
  return { title: panel.title, viewType: panel.viewType, result };
}

async function reveal(m: unknown): Promise<void> {
  if (!panelDoc || !m || typeof m !== 'object') return;
  const { type, start, end } = m as { type?: unknown; start?: unknown; end?: unknown };
  if (type !== 'reveal' || typeof start !== 'number' || typeof end !== 'number' || !Number.isFinite(start) || !Number.isFinite(end)) return;
  const doc = await vscode.workspace.openTextDocument(panelDoc);
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(Math.max(start, end)));
  const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString())?.viewColumn ?? vscode.ViewColumn.One;
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, selection: range });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
