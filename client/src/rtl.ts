// Arabic lines and VS Code's editor. Monaco lays a line out as one span per token or inline
// decoration; on a line holding right-to-left text each span is bidi-isolated and the spans
// are placed left to right. An inline decoration inside an Arabic line therefore scrambles its
// word order on screen: the faded look of DiagnosticTag.Unnecessary on a tatweel turns
// «وأشـــار طلعت» into «وأش» … «ـــ» … «ار طلعت» read from the left. The squiggle is drawn in a
// separate layer and is harmless, so on lines with right-to-left text the tag is dropped.

import * as vscode from 'vscode';
import { isolateRtl } from './bidi';

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

function linesHaveRtl(doc: vscode.TextDocument | undefined, range: vscode.Range): boolean {
  if (!doc) return true; // drafts are Arabic: without the text, assume so
  for (let l = range.start.line; l <= Math.min(range.end.line, doc.lineCount - 1); l++) {
    if (RTL.test(doc.lineAt(l).text)) return true;
  }
  return false;
}

/**
 * The diagnostics with the Unnecessary tag removed where it would scramble an Arabic line, and
 * each Arabic message (and related message) in a right-to-left isolate (see bidi.ts).
 */
export function keepRtlLinesWhole(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    // (the server says the message's language; a diagnostic without it is judged by its letters)
    const lang = messageLanguage(d);
    if (lang) languageOf.set(uri.toString(), lang);
    d.message = isolateRtl(d.message, lang);
    for (const r of d.relatedInformation ?? []) r.message = isolateRtl(r.message, lang);
  }
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

/** The language of a draft's messages, as its last diagnostics said (for its code actions' titles). */
const languageOf = new Map<string, 'ar' | 'en'>();

/** The language the server gave a diagnostic's message (`data.lang`), if it did. */
function messageLanguage(d: vscode.Diagnostic): 'ar' | 'en' | undefined {
  const lang = (d as { data?: { lang?: unknown } }).data?.lang;
  return lang === 'ar' || lang === 'en' ? lang : undefined;
}

/** Code actions with their Arabic titles in a right-to-left isolate, for the quick-fix menu (see bidi.ts). */
export function isolateTitles<T extends { title: string }>(actions: T[] | null | undefined, uri?: vscode.Uri): T[] | null | undefined {
  const lang = uri ? languageOf.get(uri.toString()) : undefined;
  for (const a of actions ?? []) a.title = isolateRtl(a.title, lang);
  return actions;
}
