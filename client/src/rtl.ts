// Arabic lines and VS Code's editor. Monaco lays a line out as one span per token or inline
// decoration; on a line holding right-to-left text each span is bidi-isolated and the spans
// are placed left to right. An inline decoration inside an Arabic line therefore scrambles its
// word order on screen: the faded look of DiagnosticTag.Unnecessary on a tatweel turns
// «وأشـــار طلعت» into «وأش» … «ـــ» … «ار طلعت» read from the left. The squiggle is drawn in a
// separate layer and is harmless, so on lines with right-to-left text the tag is dropped.

import * as vscode from 'vscode';

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

function linesHaveRtl(doc: vscode.TextDocument | undefined, range: vscode.Range): boolean {
  if (!doc) return true; // drafts are Arabic: without the text, assume so
  for (let l = range.start.line; l <= Math.min(range.end.line, doc.lineCount - 1); l++) {
    if (RTL.test(doc.lineAt(l).text)) return true;
  }
  return false;
}

/** The diagnostics with the Unnecessary tag removed where it would scramble an Arabic line. */
export function keepRtlLinesWhole(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  if (!diagnostics.some((d) => d.tags?.includes(vscode.DiagnosticTag.Unnecessary))) return diagnostics;
  const key = uri.toString();
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  for (const d of diagnostics) {
    if (d.tags?.includes(vscode.DiagnosticTag.Unnecessary) && linesHaveRtl(doc, d.range)) {
      const tags = d.tags.filter((t) => t !== vscode.DiagnosticTag.Unnecessary);
      d.tags = tags.length ? tags : undefined;
    }
  }
  return diagnostics;
}
