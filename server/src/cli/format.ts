// The three output formats: text for people, JSON for scripts, SARIF 2.1.0 for code-scanning
// tools. Lines and columns are 1-based and counted in UTF-16 code units, as editors and
// SARIF's `columnKind: utf16CodeUnits` count them.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  allRules,
  pick,
  preferredFix,
  REPOSITORY_URL,
  ruleDocUrl,
  type AnalysedDocument,
  type Finding,
  type Lang,
  type Rule,
  type Severity,
  type SeveritySetting,
} from '../engine';
import type { FileResult } from './check';
import { countAr, FILES } from '../report/count';

export interface Range1 {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function range1(doc: AnalysedDocument, start: number, end: number): Range1 {
  const s = doc.positionAt(start);
  const e = doc.positionAt(end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
  fixable: number;
}

export function countFindings(files: readonly FileResult[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, hint: 0, fixable: 0 };
  for (const f of files) {
    if (f.counts) {
      // findings rendered on a worker thread: only their counts came back
      for (const k of ['error', 'warning', 'info', 'hint', 'fixable'] as const) c[k] += f.counts[k];
      continue;
    }
    for (const x of f.findings) {
      c[x.severity]++;
      if (preferredFix(x)) c.fixable++;
    }
  }
  return c;
}

// ---------------------------------------------------------------- text

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

/** `file:line:col  severity  message  rule-id`, one line per finding. */
export function formatText(files: readonly FileResult[], lang: Lang, color: boolean): string {
  const out: string[] = [];
  for (const f of files) {
    for (const x of f.findings) {
      const p = f.doc.positionAt(x.start);
      const where = `${f.display}:${p.line + 1}:${p.character + 1}`;
      const msg = oneLine(pick(x.message, lang));
      if (color) out.push(`${BOLD}${where}${RESET}  ${COLORS[x.severity]}${x.severity}${RESET}  ${msg}  ${DIM}${x.ruleId}${RESET}`);
      else out.push(`${where}  ${x.severity}  ${msg}  ${x.ruleId}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

export function formatSummary(
  files: readonly FileResult[],
  lang: Lang,
  color: boolean,
  mode: { fix: boolean; dryRun: boolean },
): string {
  const c = countFindings(files);
  const total = c.error + c.warning + c.info + c.hint;
  const fixed = files.reduce((n, f) => n + f.fixed, 0);
  const changedFiles = files.filter((f) => (mode.dryRun || f.fixedOutput !== undefined ? f.changed : f.written)).length;
  const checked = files.filter((f) => !f.unchecked).length;
  const parts: string[] = [];
  if (lang === 'ar') {
    if (mode.fix) {
      const where = countAr(changedFiles, FILES);
      parts.push(mode.dryRun ? `إصلاحات مقترحة لم تُكتب: ${fixed} في ${where}` : `إصلاحات طُبقت: ${fixed} في ${where}`);
    }
    parts.push(
      // label and number (أخطاء 0): a tally reads the same at any count, where «6 تحذير» would not
      `${total === 0 ? '✔' : '✖'} ${mode.fix ? 'الملاحظات الباقية' : 'الملاحظات'}: أخطاء ${c.error}، تحذيرات ${c.warning}، معلومات ${c.info}، تلميحات ${c.hint}` +
        ` — الملفات المراجعة: ${checked}` +
        ` — قابلة للإصلاح التلقائي (--fix): ${c.fixable}`,
    );
  } else {
    if (mode.fix) {
      parts.push(`${mode.dryRun ? 'would fix' : 'fixed'} ${plural(fixed, 'finding')} in ${plural(changedFiles, 'file')}`);
    }
    parts.push(
      `${total === 0 ? '✔' : '✖'} ${mode.fix ? 'remaining: ' : ''}${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info, ${plural(c.hint, 'hint')}` +
        ` in ${plural(checked, 'file')} checked; ${c.fixable} fixable with --fix`,
    );
  }
  const text = parts.join('\n');
  if (!color) return text + '\n';
  const tint = c.error ? COLORS.error : c.warning ? COLORS.warning : '\x1b[32m';
  return `${tint}${BOLD}${text}${RESET}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------- JSON

function fileJson(f: FileResult) {
  const c = countFindings([f]);
  return {
    file: f.display,
    language: f.language,
    // (the offsets count from after a leading byte-order mark, as editors show the text)
    ...(f.bom ? { bom: true } : {}),
    errorCount: c.error,
    warningCount: c.warning,
    infoCount: c.info,
    hintCount: c.hint,
    fixableCount: c.fixable,
    fixed: f.fixed,
    findings: f.findings.map((x) => findingJson(f.doc, x)),
  };
}

/**
 * `value` pretty-printed as JSON.stringify(…, null, 2) prints it `depth` arrays deep inside a
 * larger value (each line indented by 2 × depth spaces), without those arrays' brackets:
 * stringifying it inside real arrays and cutting them off costs nothing next to re-indenting.
 */
function nestedJson(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  // the brackets before: "[\n" + "  [\n" + … ; after: "\n" + … + "  ]" + "\n]"
  let before = 0;
  for (let i = 0; i < depth; i++) before += 2 + 2 * i;
  return json.slice(before, json.length - before);
}

/**
 * One draft's entry of the JSON report, exactly as JSON.stringify(report, null, 2) writes it
 * inside the report's array (indented, without the separator): rendered where the draft was
 * checked (on a worker thread, only this string crosses to the main thread) and the draft let
 * go. `joinJson` puts the entries together.
 */
export function jsonEntry(f: FileResult): string {
  return nestedJson(fileJson(f), 1);
}

/** The JSON report from its entries, in order: byte for byte JSON.stringify(report, null, 2) + a line break. */
export function joinJson(entries: readonly string[]): string {
  return entries.length ? `${JSON_OPEN}${entries.join(JSON_SEPARATOR)}${JSON_CLOSE}` : JSON_EMPTY;
}

/** The pieces of joinJson, for a report streamed entry by entry: OPEN e0 SEP e1 … CLOSE, or EMPTY. */
export const JSON_OPEN = '[\n';
export const JSON_SEPARATOR = ',\n';
export const JSON_CLOSE = '\n]\n';
export const JSON_EMPTY = '[]\n';

function findingJson(doc: AnalysedDocument, x: Finding) {
  return {
    ruleId: x.ruleId,
    category: x.category,
    severity: x.severity,
    messageId: x.messageId,
    message: { ar: x.message.ar, en: x.message.en },
    ...range1(doc, x.start, x.end),
    offset: x.start,
    length: x.end - x.start,
    text: doc.text.slice(x.start, x.end),
    fixes: x.fixes.map((fx) => ({
      title: { ar: fx.title.ar, en: fx.title.en },
      preferred: fx.preferred,
      edits: fx.edits.map((e) => ({ offset: e.start, length: e.end - e.start, text: e.text, ...range1(doc, e.start, e.end) })),
    })),
    ...(x.related?.length
      ? { related: x.related.map((r) => ({ message: { ar: r.message.ar, en: r.message.en }, offset: r.start, length: r.end - r.start, ...range1(doc, r.start, r.end) })) }
      : {}),
    docs: ruleDocUrl(x.ruleId),
  };
}

// ---------------------------------------------------------------- SARIF

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export function sarifLevel(s: SeveritySetting): 'error' | 'warning' | 'note' | 'none' {
  if (s === 'error' || s === 'warning') return s;
  if (s === 'off') return 'none';
  return 'note';
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _d, ch: string) => ch.toUpperCase());
}

function ruleDescriptor(r: Rule, lang: Lang) {
  const m = r.meta;
  const explanation = pick(m.docs.explanation, lang);
  const goodLabel = lang === 'ar' ? 'صحيح' : 'Good';
  const badLabel = lang === 'ar' ? 'خطأ' : 'Bad';
  return {
    id: m.id,
    name: pascal(m.id),
    shortDescription: { text: pick(m.docs.description, lang) },
    fullDescription: { text: explanation },
    help: {
      text: `${explanation}\n${goodLabel}: ${m.docs.good}\n${badLabel}: ${m.docs.bad}`,
      markdown: `${explanation}\n\n- ${goodLabel}: \`${m.docs.good}\`\n- ${badLabel}: \`${m.docs.bad}\`\n\n[${m.id}](${ruleDocUrl(m.id)})`,
    },
    helpUri: ruleDocUrl(m.id),
    defaultConfiguration: { level: sarifLevel(m.defaultSeverity), enabled: m.defaultSeverity !== 'off' },
    properties: { category: m.category, fixable: m.fixable, tags: [m.category] },
  };
}

export interface SarifNotification {
  display: string;
  /** Absolute path, when the notice is about a file. */
  path?: string;
  message: string;
}

/** A house-style file problem, placed in that file. */
export interface SarifConfigProblem {
  path: string;
  level: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  offset: number;
  length: number;
}

/** An artifact location: relative to the working folder (uriBaseId %SRCROOT%) when inside it. */
function artifactLocation(f: { path: string; display: string }, cwd: string): { uri: string; uriBaseId?: string } {
  if (f.path === '-') {
    return { uri: encodePath(f.display === '<stdin>' ? 'stdin' : f.display.split(path.sep).join('/')), uriBaseId: SRCROOT };
  }
  const rel = path.relative(cwd, f.path);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return { uri: encodePath(rel.split(path.sep).join('/')), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(f.path).href };
}

function encodePath(p: string): string {
  return p
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function sarifRegion(doc: AnalysedDocument, start: number, end: number) {
  const r = range1(doc, start, end);
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn, charOffset: start, charLength: end - start };
}

let ruleIndex: Map<string, number> | undefined;

/** One draft's SARIF results (the objects of run.results), in finding order. */
function sarifResults(f: FileResult, lang: Lang, cwd: string): Record<string, unknown>[] {
  const index = (ruleIndex ??= new Map(allRules.map((r, i) => [r.meta.id, i])));
  const results: Record<string, unknown>[] = [];
  const loc = artifactLocation(f, cwd);
  for (const x of f.findings) {
    const fix = preferredFix(x);
    const result: Record<string, unknown> = {
      ruleId: x.ruleId,
      ruleIndex: index.get(x.ruleId) ?? -1,
      level: sarifLevel(x.severity),
      message: { text: pick(x.message, lang) },
      locations: [{ physicalLocation: { artifactLocation: loc, region: sarifRegion(f.doc, x.start, x.end) } }],
      properties: { category: x.category, severity: x.severity, messageId: x.messageId },
    };
    if (x.related?.length) {
      result.relatedLocations = x.related.map((r, i) => ({
        id: i + 1,
        message: { text: pick(r.message, lang) },
        physicalLocation: { artifactLocation: loc, region: sarifRegion(f.doc, r.start, r.end) },
      }));
    }
    if (fix) {
      result.fixes = [
        {
          description: { text: pick(fix.title, lang) },
          artifactChanges: [
            {
              artifactLocation: loc,
              replacements: fix.edits.map((e) => ({ deletedRegion: sarifRegion(f.doc, e.start, e.end), insertedContent: { text: e.text } })),
            },
          ],
        },
      ];
    }
    results.push(result);
  }
  return results;
}

/** Depth of run.results' items in the SARIF log (root › runs › run › results). */
const SARIF_RESULT_INDENT = 8;

/**
 * One draft's SARIF results exactly as formatSarif writes them inside run.results (indented,
 * joined by ',\n'; '' when the draft has none): rendered on the worker thread that checked it.
 */
export function sarifEntry(f: FileResult, lang: Lang, cwd: string): string {
  const results = sarifResults(f, lang, cwd);
  // the results' array is one level above its items
  return results.length ? nestedJson(results, SARIF_RESULT_INDENT / 2 - 1).slice(SARIF_RESULT_INDENT, -SARIF_RESULT_INDENT) : '';
}

export function formatSarif(
  opts: { lang: Lang; version: string; cwd: string; notifications: SarifNotification[]; configProblems?: SarifConfigProblem[]; successful: boolean },
  /** The drafts' results, rendered by sarifEntry where each draft was checked, in order. */
  entries: readonly string[],
): string {
  const rules = allRules;
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mudaqqiq',
            fullName: 'Mudaqqiq — مدقق',
            version: opts.version,
            semanticVersion: opts.version,
            informationUri: REPOSITORY_URL,
            rules: rules.map((r) => ruleDescriptor(r, opts.lang)),
          },
        },
        language: opts.lang,
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(opts.cwd).href.replace(/\/?$/, '/') } },
        invocations: [
          {
            executionSuccessful: opts.successful,
            toolConfigurationNotifications: (opts.configProblems ?? []).map((p) => ({
              level: p.level,
              message: { text: p.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifactLocation({ path: p.path, display: p.path }, opts.cwd),
                    region: { startLine: p.line, startColumn: p.column, charOffset: p.offset, charLength: p.length },
                  },
                },
              ],
            })),
            toolExecutionNotifications: opts.notifications.map((n) => ({
              level: 'error',
              message: { text: `${n.display}: ${n.message}` },
              ...(n.path ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation({ path: n.path, display: n.display }, opts.cwd) } }] } : {}),
            })),
          },
        ],
        results: [],
      },
    ],
  };
  const json = JSON.stringify(sarif, null, 2) + '\n';
  const rendered = entries.filter((e) => e !== '');
  if (!rendered.length) return json;
  // run.results is the run's last property: its empty array is the last `"results": []` of the
  // log (a quote inside any string before it is escaped, so no message can imitate it).
  const at = json.lastIndexOf(EMPTY_RESULTS);
  const close = ' '.repeat(SARIF_RESULT_INDENT - 2);
  return `${json.slice(0, at)}"results": [\n${rendered.join(',\n')}\n${close}]${json.slice(at + EMPTY_RESULTS.length)}`;
}

const EMPTY_RESULTS = '"results": []';
