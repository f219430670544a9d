// "Mudaqqiq: highlight reporting verbs": attribution density at a glance. A toggle that paints
// a background behind every reporting verb of the active draft (أشار، أكد، قال …, the server's
// mudaqqiq/reportingVerbs answer) and marks them in the overview ruler, kept up to date as the
// draft changes. A background, not a text colour: background decorations are drawn behind the
// line, while anything that changes the text's own style cuts the line into separate spans,
// and VS Code then lays the words of an Arabic line out in the wrong order (the UI test
// checks the line still reads right to left with the highlights on). That is why the draft
// grammar colours whole lines only, and the verbs are shown this way instead.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { l10n } from './l10n';
import { requestReportingVerbs } from './reportingVerbs';

export const TOGGLE_VERB_HIGHLIGHTS = 'mudaqqiq.toggleReportingVerbHighlights';

/** What the command highlighted (the editor tests read it); undefined when it turned the highlights off. */
export interface VerbHighlights {
  uri: string;
  version: number;
  ranges: Array<{ lemma: string; text: string; start: { line: number; character: number }; end: { line: number; character: number } }>;
}

export class ReportingVerbHighlights implements vscode.Disposable {
  private enabled = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('mudaqqiq.reportingVerbBackground'),
    overviewRulerColor: new vscode.ThemeColor('mudaqqiq.reportingVerbOverviewRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions = [
      this.decoration,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(400);
      }),
    ];
  }

  /** The command: on (returns what it highlighted in the active draft) or off. */
  async toggle(): Promise<VerbHighlights | undefined> {
    if (this.enabled) {
      this.enabled = false;
      for (const e of vscode.window.visibleTextEditors) e.setDecorations(this.decoration, []);
      return undefined;
    }
    // (turned on only with a draft to show them in: else the next run would turn them off)
    if (!vscode.window.activeTextEditor) {
      void vscode.window.showInformationMessage(l10n.t('Open a draft first.'));
      return undefined;
    }
    this.enabled = true;
    return this.refresh();
  }

  private schedule(ms: number): void {
    if (!this.enabled) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), ms);
  }

  private async refresh(): Promise<VerbHighlights | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!this.enabled || !editor) return undefined;
    const doc = editor.document;
    const version = doc.version;
    const result = await requestReportingVerbs(this.client(), doc);
    // a newer version is on its way: its own refresh paints it
    if (!this.enabled || doc.version !== version) return undefined;
    if (!result) {
      editor.setDecorations(this.decoration, []);
      return undefined;
    }
    const ranges: VerbHighlights['ranges'] = [];
    const options: vscode.DecorationOptions[] = [];
    for (const v of result.verbs) {
      const hover = v.count === 1 ? l10n.t('Reporting verb «{0}»: once in this draft', [v.lemma], doc.uri) : l10n.t('Reporting verb «{0}»: {1} times in this draft', [v.lemma, v.count], doc.uri);
      for (const u of v.uses) {
        const r = u.range;
        ranges.push({ lemma: v.lemma, text: u.text, start: r.start, end: r.end });
        options.push({ range: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), hoverMessage: hover });
      }
    }
    editor.setDecorations(this.decoration, options);
    return { uri: doc.uri.toString(), version: result.version, ranges };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}
