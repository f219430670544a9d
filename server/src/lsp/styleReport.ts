// The style report of one open draft (custom request mudaqqiq/styleReport): the same data and
// HTML as `mudaqqiq report`, from server/src/report, with the findings the editor shows.

import { basename } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../engine';
import { houseVerbsOf } from '../engine/rules/reporting-verbs/uses';
import { draftReport, renderDraftSection, renderPage, type DraftReport } from '../report';
import type { Analysis } from './checker';

export interface StyleReportParams {
  uri: string;
  /** A webview's nonce: the page's style and script are allowed by it. */
  nonce?: string;
  /** A webview's `cspSource`. */
  cspSource?: string;
  digits?: 'western' | 'arabic-indic';
}

export interface StyleReportResult {
  uri: string;
  version: number;
  report: DraftReport;
  html: string;
}

export function styleReport(doc: TextDocument, a: Analysis, params: StyleReportParams): StyleReportResult {
  const text = doc.getText();
  const analysed = analyse(text, a.languageId);
  const display = a.path ? basename(a.path) : doc.uri;
  const report = draftReport({ doc: analysed, findings: a.findings, display, path: a.path, names: a.config?.shared?.names, houseVerbs: houseVerbsOf(a.config) }, 0);
  const opts = {
    nonce: typeof params.nonce === 'string' && /^[A-Za-z0-9+/=]{8,64}$/.test(params.nonce) ? params.nonce : undefined,
    cspSource: typeof params.cspSource === 'string' && !/[;'"\s]/.test(params.cspSource) ? params.cspSource : undefined,
    digits: params.digits === 'arabic-indic' ? ('arabic-indic' as const) : ('western' as const),
    includeText: false,
    embedData: false,
  };
  const html = renderPage(renderDraftSection(report, opts), opts);
  return { uri: doc.uri, version: doc.version, report, html };
}
