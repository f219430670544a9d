// "Mudaqqiq: reporting verbs in this draft": asks the server (mudaqqiq/reportingVerbs) for
// every reporting verb of the active draft, lists them with their counts, then the places of
// the chosen verb, and selects the chosen place in the editor.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REPORTING_VERBS_REQUEST, type ReportingVerbsResult } from '../../server/src/lsp/protocol';
import { l10n } from './l10n';

/** The server's answer for `doc`, or undefined when the server is not running or does not know it. */
export async function requestReportingVerbs(client: LanguageClient | undefined, doc: vscode.TextDocument): Promise<ReportingVerbsResult | undefined> {
  if (!client?.isRunning()) return undefined;
  const r = await client.sendRequest<ReportingVerbsResult | null>(REPORTING_VERBS_REQUEST, { uri: doc.uri.toString() });
  return r ?? undefined;
}

type Verb = ReportingVerbsResult['verbs'][number];
type Use = Verb['uses'][number];

/**
 * The command. Returns the server's answer (tests read it), after the user picked a place or
 * dismissed a pick.
 */
export async function showReportingVerbs(client: LanguageClient | undefined): Promise<ReportingVerbsResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(l10n.t('Open a draft first.'));
    return undefined;
  }
  const doc = editor.document;
  const result = await requestReportingVerbs(client, doc);
  if (!result) {
    void vscode.window.showInformationMessage(
      l10n.t('Mudaqqiq does not check this document (or its server is not running).', [], doc.uri),
    );
    return undefined;
  }
  if (result.verbs.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('No reporting verbs in this draft.', [], doc.uri));
    return result;
  }
  const verbItems = result.verbs.map((v) => ({
    label: `${v.lemma} — ${v.count}`,
    // (the count is in the label: the description lists the forms the draft writes, أشار، أشارت، مشيرا)
    description: forms(v.uses.map((u) => u.text)),
    verb: v,
  }));
  const chosen = await vscode.window.showQuickPick(verbItems, {
    title: l10n.t('Reporting verbs in this draft', [], doc.uri),
    placeHolder: l10n.t('Pick a verb to see where it is used', [], doc.uri),
  });
  if (!chosen) return result;
  const place = await pickPlace(doc, chosen.verb);
  if (place) await revealUse(doc, place);
  return result;
}

async function pickPlace(doc: vscode.TextDocument, verb: Verb): Promise<Use | undefined> {
  const items = verb.uses.map((u) => {
    const line = u.range.start.line;
    const lineText = doc.lineAt(Math.min(line, doc.lineCount - 1)).text.trim();
    return {
      label: u.text,
      description: l10n.t('line {0}', [line + 1], doc.uri),
      detail: lineText.length > 120 ? `${lineText.slice(0, 120)}…` : lineText,
      use: u,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: l10n.t('Uses of “{0}”', [verb.lemma], doc.uri),
    matchOnDetail: true,
  });
  return picked?.use;
}

async function revealUse(doc: vscode.TextDocument, use: Use): Promise<void> {
  const range = new vscode.Range(use.range.start.line, use.range.start.character, use.range.end.line, use.range.end.character);
  const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The distinct forms of a verb as the draft writes them, in order of first use (at most four, then …). */
function forms(texts: readonly string[]): string {
  const distinct = [...new Set(texts)];
  return distinct.slice(0, 4).join('، ') + (distinct.length > 4 ? '، …' : '');
}
