// Code actions: each finding's fixes, fix-all for one rule and for every rule, the on-save
// `source.fixAll.mudaqqiq`, "disable this rule for this file" and "ignore this finding".

import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument as TD } from 'vscode-languageserver-textdocument';
import { pick, type Finding, type TextEdit } from '../engine';
import type { Analysis, Checker } from './checker';
import { addAcceptedWord, addIgnoreEntry, addNameEntry, markdownDirectiveInsertion, type HouseStyleChange, type IgnoreEntry } from './houseStyle';
import { M, t } from './messages';
import { pathToUri } from './paths';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, type FindingDiagnosticData } from './protocol';
import { findingToDiagnostic } from './diagnostics';

export interface EditCapabilities {
  /** The client takes `documentChanges` (versioned edits). */
  documentChanges: boolean;
  /** The client can create files inside a workspace edit. */
  createFiles: boolean;
}

export interface ActionEnv {
  caps: EditCapabilities;
  checker: Checker;
  /** Text of a file: the open buffer, else the disk, else undefined. */
  readFile(path: string): string | undefined;
  /** Version of an open buffer of that file, or null. */
  openVersion(path: string): number | null;
  /**
   * Leave the fix-all edits of this analysis to codeAction/resolve (a large draft: fix-all
   * re-checks it pass after pass, too slow to do for every light-bulb request).
   */
  deferFixAll?(a: Analysis): boolean;
}

/** `CodeAction.data` of a fix-all whose edit is computed on codeAction/resolve. */
export interface DeferredFixAllData {
  mudaqqiqFixAll: { uri: string; version: number; ruleId?: string };
}

/** A fix-all action (one rule, or every rule), with its edit or (deferred) the data to resolve it. */
function fixAllAction(doc: TextDocument, a: Analysis, env: ActionEnv, title: string, kind: string, ruleId?: string, diagnostics?: Diagnostic[]): CodeAction | undefined {
  if (env.deferFixAll?.(a)) {
    if (a.state !== 'checked' || !a.findings.some((f) => (!ruleId || f.ruleId === ruleId) && f.fixes.some((x) => x.preferred))) return undefined;
    const data: DeferredFixAllData = { mudaqqiqFixAll: { uri: doc.uri, version: a.version, ...(ruleId ? { ruleId } : {}) } };
    return { title, kind, ...(diagnostics ? { diagnostics } : {}), data };
  }
  const edit = fixAllEdit(doc, a, env, ruleId);
  return edit ? { title, kind, ...(diagnostics ? { diagnostics } : {}), edit } : undefined;
}

/** `only` asks for `kind` when kind equals or is below one of its entries. */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function toLspEdits(doc: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }));
}

export function documentEdit(doc: TextDocument, edits: readonly TextEdit[], caps: EditCapabilities): WorkspaceEdit {
  const lsp = toLspEdits(doc, edits);
  if (caps.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: lsp }] };
  return { changes: { [doc.uri]: lsp } };
}

/** Fix-all of the document as a workspace edit, or undefined when nothing is fixable. */
export function fixAllEdit(doc: TextDocument, a: Analysis, env: ActionEnv, ruleId?: string): WorkspaceEdit | undefined {
  if (a.state !== 'checked') return undefined;
  if (!a.findings.some((f) => (!ruleId || f.ruleId === ruleId) && f.fixes.some((x) => x.preferred))) return undefined;
  const result = env.checker.fixAll(a, doc.getText(), ruleId);
  return result.edits.length ? documentEdit(doc, result.edits, env.caps) : undefined;
}

function findingFor(a: Analysis, doc: TextDocument, d: Diagnostic): number {
  if (d.source !== DIAGNOSTIC_SOURCE) return -1;
  const data = d.data as Partial<FindingDiagnosticData> | undefined;
  if (data?.kind === 'finding' && data.version === a.version && typeof data.index === 'number') {
    const f = a.findings[data.index];
    if (f && f.ruleId === data.ruleId) return data.index;
  }
  // An older diagnostic (or a client that drops `data`): match rule and range on the current version.
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  return a.findings.findIndex((f) => f.ruleId === d.code && f.start === start && f.end === end);
}

function houseStyleEdit(env: ActionEnv, file: string, entry: IgnoreEntry | ((existing: string | undefined) => HouseStyleChange | undefined)): WorkspaceEdit | undefined {
  const existing = env.readFile(file);
  const change = typeof entry === 'function' ? entry(existing) : addIgnoreEntry(existing, entry);
  if (!change) return undefined;
  const uri = pathToUri(file);
  if (change.kind === 'create') {
    if (!env.caps.documentChanges || !env.caps.createFiles) return undefined;
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        {
          textDocument: { uri, version: null },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: change.content }],
        },
      ],
    };
  }
  const jsonDoc = TD.create(uri, 'json', 0, existing ?? '');
  const edits: LspTextEdit[] = change.edits.map((e) => ({
    range: { start: jsonDoc.positionAt(e.offset), end: jsonDoc.positionAt(e.offset + e.length) },
    newText: e.content,
  }));
  if (env.caps.documentChanges) return { documentChanges: [{ textDocument: { uri, version: env.openVersion(file) }, edits }] };
  return { changes: { [uri]: edits } };
}

export function codeActions(doc: TextDocument, a: Analysis, params: CodeActionParams, env: ActionEnv): CodeAction[] {
  const only = params.context.only;
  const lang = a.lang;
  const out: CodeAction[] = [];
  if (a.state !== 'checked') return out;

  if (only && only.length && kindRequested(only, FIX_ALL_KIND)) {
    const action = fixAllAction(doc, a, env, t(lang, M.fixAll), FIX_ALL_KIND);
    if (action) out.push(action);
  }
  if (!kindRequested(only, CodeActionKind.QuickFix)) return out;

  // The findings the request is about: those behind the given diagnostics, else those in range.
  const indices = new Set<number>();
  const diagOf = new Map<number, Diagnostic>();
  for (const d of params.context.diagnostics) {
    const i = findingFor(a, doc, d);
    if (i >= 0) {
      indices.add(i);
      diagOf.set(i, d);
    }
  }
  if (indices.size === 0) {
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    a.findings.forEach((f, i) => {
      if (f.start <= end && start <= f.end) indices.add(i);
    });
  }
  if (indices.size === 0) return out;

  const target = env.checker.houseStyleTarget(a);
  const targetName = target ? target.file.split(/[\\/]/).pop() ?? '.mudaqqiq.json' : '';
  const rulesDone = new Set<string>();
  const disables: CodeAction[] = [];
  const ignores: CodeAction[] = [];
  const names: CodeAction[] = [];
  const ruleFixAlls: CodeAction[] = [];
  const text = doc.getText();
  for (const i of [...indices].sort((x, y) => x - y)) {
    const f: Finding = a.findings[i];
    const diag = diagOf.get(i) ?? diagnosticOf(a, doc, i);
    for (const fix of f.fixes) {
      out.push({
        title: pick(fix.title, lang),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        isPreferred: fix.preferred,
        edit: documentEdit(doc, fix.edits, env.caps),
      });
    }
    if (target) {
      const found = text.slice(f.start, f.end);
      if (f.ruleId === 'name-consistency' && f.related?.length) {
        // LTeX-style dictionary actions: this spelling is the right one, or a known wrong one
        const other = text.slice(f.related[0].start, f.related[0].end);
        const asCanonical = houseStyleEdit(env, target.file, (ex) => addNameEntry(ex, found, [other]));
        if (asCanonical) names.push({ title: t(lang, M.addNameCanonical, { name: found, config: targetName }), kind: CodeActionKind.QuickFix, diagnostics: [diag], edit: asCanonical });
        const asVariant = houseStyleEdit(env, target.file, (ex) => addNameEntry(ex, other, [found]));
        if (asVariant) names.push({ title: t(lang, M.addNameVariant, { name: found, canonical: other, config: targetName }), kind: CodeActionKind.QuickFix, diagnostics: [diag], edit: asVariant });
      } else if (f.ruleId === 'spelling' || f.ruleId === 'hamza' || f.ruleId === 'teh-marbuta') {
        const accept = houseStyleEdit(env, target.file, (ex) => addAcceptedWord(ex, found));
        if (accept) names.push({ title: t(lang, M.addAccepted, { word: found, config: targetName }), kind: CodeActionKind.QuickFix, diagnostics: [diag], edit: accept });
      }
      const edit = houseStyleEdit(env, target.file, { rule: f.ruleId, text: found, file: target.rel });
      if (edit) ignores.push({ title: t(lang, M.ignoreFinding, { config: targetName }), kind: CodeActionKind.QuickFix, diagnostics: [diag], edit });
    }
    if (rulesDone.has(f.ruleId)) continue;
    rulesDone.add(f.ruleId);
    const sameRuleFixable = a.findings.filter((x) => x.ruleId === f.ruleId && x.fixes.some((y) => y.preferred)).length;
    if (sameRuleFixable > 1) {
      const action = fixAllAction(doc, a, env, t(lang, M.fixAllRule, { rule: f.ruleId }), CodeActionKind.QuickFix, f.ruleId, [diag]);
      if (action) ruleFixAlls.push(action);
    }
    if (a.languageId === 'markdown') {
      const ins = markdownDirectiveInsertion(text, f.ruleId);
      disables.push({
        title: t(lang, M.disableRuleMarkdown, { rule: f.ruleId }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        edit: documentEdit(doc, [{ start: ins.offset, end: ins.offset, text: ins.text }], env.caps),
      });
    } else if (target) {
      const edit = houseStyleEdit(env, target.file, { rule: f.ruleId, file: target.rel });
      if (edit) {
        disables.push({ title: t(lang, M.disableRuleFile, { rule: f.ruleId, config: targetName }), kind: CodeActionKind.QuickFix, diagnostics: [diag], edit });
      }
    }
  }
  out.push(...ruleFixAlls);
  const fixable = a.findings.filter((x) => x.fixes.some((y) => y.preferred));
  const fixableRules = new Set(fixable.map((x) => x.ruleId));
  // Not when it would only repeat "fix all <rule>" offered just above.
  const sameAsRuleFixAll = fixableRules.size === 1 && ruleFixAlls.length > 0 && rulesDone.has([...fixableRules][0]);
  if (fixable.length > 1 && !sameAsRuleFixAll) {
    const action = fixAllAction(doc, a, env, t(lang, M.fixAll), CodeActionKind.QuickFix);
    if (action) out.push(action);
  }
  out.push(...names, ...ignores, ...disables);
  return out;
}

/** The diagnostic of finding i as published (or as it would be, for a finding over the maxProblems limit that is not shown). */
function diagnosticOf(a: Analysis, doc: TextDocument, i: number): Diagnostic {
  if (!a.shown) return a.diagnostics[i];
  if (i >= a.shown.from && i < a.shown.to) return a.diagnostics[i - a.shown.from + 1];
  return findingToDiagnostic(doc, a.findings[i], i, a.lang);
}
