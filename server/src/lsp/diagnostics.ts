// Findings and house-style problems as LSP diagnostics.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import type { ConfigProblem } from '../config';
import { pick, ruleDocUrl, type Finding, type Lang, type Severity } from '../engine';
import {
  DIAGNOSTIC_SOURCE,
  type FindingDiagnosticData,
  type HouseStyleDiagnosticData,
  type NoticeDiagnosticData,
} from './protocol';

export function toSeverity(s: Severity | 'error' | 'warning'): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function findingToDiagnostic(doc: TextDocument, f: Finding, index: number, lang: Lang): Diagnostic {
  const data: FindingDiagnosticData = {
    kind: 'finding',
    ruleId: f.ruleId,
    index,
    version: doc.version,
    fixable: f.fixes.length > 0,
    lang,
  };
  const d: Diagnostic = {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: toSeverity(f.severity),
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    message: pick(f.message, lang),
    data,
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map(
      (r): DiagnosticRelatedInformation => ({
        location: { uri: doc.uri, range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) } },
        message: pick(r.message, lang),
      }),
    );
  }
  if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

/** The single information diagnostic of a document that was not checked. */
export function noticeDiagnostic(message: string, reason: NoticeDiagnosticData['reason'], total?: number): Diagnostic {
  const data: NoticeDiagnosticData = total === undefined ? { kind: 'notice', reason } : { kind: 'notice', reason, total };
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message,
    data,
  };
}

export function problemToDiagnostic(doc: TextDocument | undefined, p: ConfigProblem, lang: Lang): Diagnostic {
  const data: HouseStyleDiagnosticData = { kind: 'house-style' };
  const range = doc
    ? { start: doc.positionAt(p.start), end: doc.positionAt(p.end) }
    : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { range, severity: toSeverity(p.severity), source: DIAGNOSTIC_SOURCE, message: pick(p.message, lang), data };
}
