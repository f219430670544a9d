// Checking (and fixing) one draft (checkOne: what `mudaqqiq check` runs for each draft, in this
// thread or on a worker, parallel.ts), and a pass over all of them that keeps every draft's
// analysis and findings (runCheck: for the style report, which reads them all).

import * as path from 'node:path';
import { AnalysedDocument, analyse, fixText, lintDocument, type DocumentLanguage, type Finding, type Localized, type RuleFault } from '../engine';
import type { CliOptions } from './args';
import { ConfigResolver } from './config';
import { unifiedDiff } from './diff';
import type { Counts } from './format';
import { languageFor, readDraft, resolveInputs, type InputFile } from './inputs';
import { writeAtomic } from './write';
import { arabicDraft } from '../engine/text/arabic';

export interface FileResult {
  /** Absolute path, or '-' for standard input. */
  path: string;
  /** As shown in reports. */
  display: string;
  language: DocumentLanguage;
  /** The text the findings' offsets point into (the fixed text under --fix). BOM not included. */
  text: string;
  /** The file starts with a byte-order mark (U+FEFF), which the offsets do not count (as editors show the text). */
  bom?: boolean;
  doc: AnalysedDocument;
  findings: Finding[];
  /** Findings fixed (--fix) or that would be fixed (--dry-run). */
  fixed: number;
  /** The fixed text differs from the original. */
  changed: boolean;
  /** --fix: the fixed text was written back (false when writing failed or under --dry-run). */
  written: boolean;
  /** Warnings found (counted for --max-warnings even under --quiet). */
  warnings: number;
  /** --dry-run: the unified diff. */
  diff?: string;
  /** --fix on standard input: the whole fixed text (with its BOM). */
  fixedOutput?: string;
  /**
   * --fix on standard input that could not be read as a draft (not UTF-8, binary, over
   * --max-file-size): its bytes, to go out as they came in (`fixedOutput` is then ''), and
   * whether the rest of standard input, unread, follows them.
   */
  passedBytes?: { bytes: Uint8Array; more: boolean };
  /** --fix on standard input: passed through unchecked (ignored, no Arabic in it, unreadable), not counted as checked. */
  unchecked?: boolean;
  /**
   * Set when the draft was checked and its report rendered on a worker thread: the counts of
   * its findings (which stayed there; `findings` is then empty and `text` too).
   */
  counts?: Counts;
}

export interface Notice {
  display: string;
  message: Localized;
  kind: 'input' | 'write' | 'fault' | 'ignored';
}

export interface RunResult {
  files: FileResult[];
  notices: Notice[];
  resolver: ConfigResolver;
  /** The language the house style asks for (first one met), if any. */
  configLanguage?: 'ar' | 'en';
}

/** A file with only CRLF line breaks keeps them even where a fix inserted a bare LF. */
export function keepLineEndings(original: string, fixed: string): string {
  if (fixed === original || original.indexOf('\r\n') < 0) return fixed;
  if (/(^|[^\r])\n/.test(original)) return fixed; // mixed endings: leave as they come
  return fixed.replace(/\r?\n/g, '\r\n');
}

/** Check every input, keeping each draft's analysis and findings, and every problem met on the way. */
export function runCheck(
  opts: CliOptions,
  cwd: string,
  onNotice: (n: Notice) => void,
  resolved: ReturnType<typeof resolveInputs> = resolveInputs(opts.inputs, cwd),
): RunResult {
  const notices: Notice[] = [];
  const notice = (n: Notice) => {
    notices.push(n);
    onNotice(n);
  };
  const resolver = new ConfigResolver(cwd, opts.config ? path.resolve(cwd, opts.config) : undefined, opts.rules);
  const { files: inputs, problems } = resolved;
  for (const p of problems) notice({ display: p.display, message: p.message, kind: 'input' });
  const files: FileResult[] = [];
  let configLanguage: 'ar' | 'en' | undefined;
  for (const input of inputs) {
    const r = checkOne(input, opts, cwd, resolver, notice);
    configLanguage ??= r.configLanguage;
    if (r.file) files.push(r.file);
  }
  return { files, notices, resolver, configLanguage };
}

/**
 * Check (and fix) one draft: what runCheck does for each input, shared with the worker
 * threads of a parallel run. Notices go to `notice`; the draft's result (none when it was
 * ignored or could not be read) and the language its house style asks for come back.
 */
export function checkOne(
  input: InputFile,
  opts: CliOptions,
  cwd: string,
  resolver: ConfigResolver,
  notice: (n: Notice) => void,
): { file?: FileResult; configLanguage?: 'ar' | 'en' } {
  const isStdin = input.path === '-';
  const named = draftPath(input, opts, cwd);
  const display = isStdin ? (opts.stdinFilename ?? '<stdin>') : input.display;
  const dc = resolver.forDraft(named);
  const configLanguage = dc.loaded.language;
  const language = opts.language ?? (named ? languageFor(named) : 'plaintext');
  // --fix on standard input is a filter (an editor's `:%!mudaqqiq check --fix -`): a draft left
  // unchecked still goes out as it came in, or the buffer would be lost
  const passThrough = (text: string, bom: boolean, passedBytes?: FileResult['passedBytes']): { file?: FileResult; configLanguage?: 'ar' | 'en' } =>
    isStdin && opts.fix && !opts.dryRun
      ? {
          configLanguage,
          file: { path: input.path, display, language, text, ...(bom ? { bom: true } : {}), doc: docShell(language), findings: [], warnings: 0, fixed: 0, changed: false, written: false, fixedOutput: (bom ? '\uFEFF' : '') + text, unchecked: true, ...(passedBytes ? { passedBytes } : {}) },
        }
      : { configLanguage };
  if (dc.ignored) {
    if (input.explicit) {
      notice({ display, kind: 'ignored', message: { ar: 'تجاهله دليل الأسلوب (ignore.files): لم يُراجع', en: 'ignored by the house style (ignore.files): not checked' } });
    }
    if (!(isStdin && opts.fix)) return { configLanguage };
  }
  const read = readDraft(input.path, opts.maxFileSize);
  if (!read.ok) {
    notice({ display, message: read.message, kind: 'input' });
    return read.bytes ? passThrough('', false, { bytes: read.bytes, more: read.more === true }) : { configLanguage };
  }
  if (dc.ignored) return passThrough(read.text, read.bom);
  // a Markdown or text file with no Arabic letter is no Arabic draft (an English README): not
  // checked, as in the editor; said only of a file named on the command line
  if (!arabicDraft(language, read.text)) {
    if (input.explicit) notice({ display, kind: 'ignored', message: { ar: 'لا حرف عربيا فيه: ليس مسودة عربية، لم يُراجع', en: 'no Arabic letter in it: not an Arabic draft, not checked' } });
    return passThrough(read.text, read.bom);
  }
  const lintOpts = { languageId: language, config: dc.config };
  const faults: RuleFault[] = [];
  let text = read.text;
  let fixed = 0;
  let changed = false;
  let written = false;
  let diff: string | undefined;
  let fixedOutput: string | undefined;
  if (opts.fix) {
    const r = fixText(read.text, lintOpts);
    faults.push(...r.faults);
    const out = keepLineEndings(read.text, r.output);
    fixed = r.fixed;
    changed = out !== read.text;
    const bom = read.bom ? '\uFEFF' : '';
    if (opts.dryRun) {
      if (changed) diff = unifiedDiff(toPosix(display), bom + read.text, bom + out);
    } else if (isStdin) {
      fixedOutput = bom + out;
    } else if (changed) {
      const w = writeAtomic(input.path, bom + out, read);
      if (w.ok) written = true;
      else notice({ display, message: w.message, kind: 'write' });
    }
    // Report on the fixed text when it was written (or would be, under --dry-run);
    // when writing failed the file is unchanged, so report on the original.
    if (written || opts.dryRun || isStdin) text = out;
    else if (changed) fixed = 0;
  }
  const doc = analyse(text, language);
  const res = lintDocument(doc, lintOpts);
  // Faults from the fix passes and from the final check are the same rule failing: report each rule once.
  const seen = new Set<string>();
  for (const f of [...faults, ...res.faults]) {
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    notice({
      display,
      kind: 'fault',
      message: { ar: `تعطلت القاعدة ${f.ruleId} على هذا الملف: ${f.message}`, en: `rule ${f.ruleId} failed on this file: ${f.message}` },
    });
  }
  let findings = res.findings;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (opts.quiet) findings = findings.filter((f) => f.severity === 'error');
  return { configLanguage, file: { path: input.path, display, language, text, ...(read.bom ? { bom: true } : {}), doc, findings, warnings, fixed, changed, written, diff, fixedOutput } };
}

/** The path a draft's house style is looked up by: its own, or --stdin-filename's for standard input (none without it). */
export function draftPath(input: InputFile, opts: CliOptions, cwd: string): string | undefined {
  if (input.path !== '-') return input.path;
  return opts.stdinFilename ? path.resolve(cwd, opts.stdinFilename) : undefined;
}

/**
 * The document of a draft whose part of the report is already rendered: its language only (its
 * text, lines and tokens are let go). A run over thousands of drafts keeps this, not the drafts.
 */
export function docShell(languageId: DocumentLanguage): AnalysedDocument {
  return Object.assign(Object.create(AnalysedDocument.prototype) as AnalysedDocument, { text: '', lines: [], languageId });
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
