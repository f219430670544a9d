// The invariants every rule and fix-all must keep on any text, as plain functions that
// return what went wrong (an empty list when all is well), so a property test can report
// the broken invariant with its counterexample.

import { applyEdits, fixText, getRule, lint, mergeFixes, MAX_FIX_PASSES, preferredFix, type Finding, type LintOptions, type ResolvedConfig, type TextEdit } from '../../server/src/engine';
import type { Lang } from './arbitraries';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Offset i lies on a code-point boundary: it does not fall between the halves of a surrogate pair. */
export function onBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  return !(isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));
}

function spanProblems(text: string, what: string, start: number, end: number): string[] {
  const out: string[] = [];
  if (!(Number.isInteger(start) && Number.isInteger(end))) out.push(`${what}: non-integer range ${start}-${end}`);
  else if (!(start >= 0 && start <= end && end <= text.length)) out.push(`${what}: range ${start}-${end} outside 0-${text.length}`);
  else {
    if (!onBoundary(text, start)) out.push(`${what}: start ${start} splits a surrogate pair`);
    if (!onBoundary(text, end)) out.push(`${what}: end ${end} splits a surrogate pair`);
  }
  return out;
}

/** Two edits of one fix overlap (two insertions at one point overlap too: their order would be arbitrary). */
function overlapping(edits: readonly TextEdit[]): string | undefined {
  const s = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1];
    const b = s[i];
    if (b.start < a.end || (a.start === a.end && b.start === b.end && a.start === b.start)) return `${a.start}-${a.end} and ${b.start}-${b.end}`;
  }
  return undefined;
}

/** Ranges of findings, related spans and fix edits; fix edits non-overlapping; at most one preferred fix. */
export function findingProblems(text: string, findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    const id = `${f.ruleId}@${f.start}-${f.end}`;
    out.push(...spanProblems(text, id, f.start, f.end));
    const rule = getRule(f.ruleId);
    if (!rule) out.push(`${id}: unknown rule`);
    for (const lang of ['ar', 'en'] as const) {
      if (!f.message[lang]) out.push(`${id}: empty ${lang} message`);
      // a placeholder of the template left unfilled (and not text the draft itself contains)
      const template = rule?.meta.messages[f.messageId]?.[lang] ?? '';
      for (const m of f.message[lang].matchAll(/\{(\w+)\}/g)) {
        if (template.includes(m[0]) && !text.includes(m[0])) out.push(`${id}: ${lang} message leaves ${m[0]} unfilled`);
      }
    }
    for (const r of f.related ?? []) out.push(...spanProblems(text, `${id} related`, r.start, r.end));
    if (f.fixes.filter((x) => x.preferred).length > 1) out.push(`${id}: two preferred fixes`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        out.push(...spanProblems(text, `${id} fix «${fix.title.en}»`, e.start, e.end));
        if (typeof e.text !== 'string') out.push(`${id} fix «${fix.title.en}»: edit text is not a string`);
      }
      const o = overlapping(fix.edits);
      if (o) out.push(`${id} fix «${fix.title.en}»: overlapping edits ${o}`);
    }
  }
  return out;
}

/** Arabic letters (tatweel, a stretching mark, not counted), one count per letter. */
export function letterCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s) {
    if (ch === '\u0640' || !LETTER.test(ch) || !ARABIC.test(ch)) continue;
    m.set(ch, (m.get(ch) ?? 0) + 1);
  }
  return m;
}
const LETTER = /^\p{L}$/u;
const ARABIC = /^\p{Script=Arabic}$/u;

function subtract(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, n] of a) {
    const d = n - (b.get(k) ?? 0);
    if (d > 0) out.set(k, d);
  }
  return out;
}

/**
 * A fix may only remove Arabic letters its finding named: the letters its edits take out
 * (replaced text minus inserted text, as multisets) must be among the letters inside the
 * finding's range. One orthographic exception: a proclitic ل joined to the article drops the
 * article's alef (لفخامة الرئيس → للرئيس), so an edit that writes لل may remove one ا.
 */
function fixLetterProblems(before: string, fixed: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of fixed) {
    const fix = preferredFix(f);
    if (!fix) continue;
    const removed = new Map<string, number>();
    let alefs = 0;
    for (const e of fix.edits) {
      const old = before.slice(e.start, e.end);
      for (const [k, n] of subtract(letterCounts(old), letterCounts(e.text))) removed.set(k, (removed.get(k) ?? 0) + n);
      if (e.text.includes('لل') && /(^|[^ل])ال/.test(old)) alefs++;
    }
    const unnamed = subtract(removed, letterCounts(before.slice(f.start, f.end)));
    if (alefs) unnamed.set('ا', (unnamed.get('ا') ?? 0) - alefs);
    const bad = [...unnamed].filter(([, n]) => n > 0);
    if (bad.length) {
      out.push(`${f.ruleId}@${f.start}-${f.end} «${before.slice(f.start, f.end)}»: its fix removes letters the finding does not cover: ${bad.map(([k, n]) => `${k}×${n}`).join(' ')}`);
    }
  }
  return out;
}

export interface FixCheck {
  problems: string[];
  output: string;
  passes: number;
}

/**
 * Fix-all, pass by pass as the engine runs it (lint, merge the preferred fixes, apply), with
 * the letter invariant checked for every applied fix of every pass; its output must equal `fixText`'s, and fixing
 * the output again must change nothing.
 */
export function fixProblems(text: string, opts: LintOptions): FixCheck {
  const problems: string[] = [];
  const r = fixText(text, opts);
  for (const f of r.faults) problems.push(`fix-all: rule ${f.ruleId} faulted: ${f.message}`);
  let cur = text;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const res = lint(cur, opts);
    const { edits, fixed } = mergeFixes(res.findings);
    if (edits.length === 0) break;
    const next = applyEdits(cur, edits);
    passes++;
    if (next === cur) break;
    problems.push(...fixLetterProblems(cur, fixed));
    cur = next;
  }
  if (cur !== r.output) problems.push('fix-all output differs from a pass-by-pass replay');
  const again = fixText(r.output, opts);
  if (again.output !== r.output) {
    const rules = [...new Set(lint(r.output, opts).findings.filter((f) => f.fixes.some((x) => x.preferred)).map((f) => f.ruleId))];
    problems.push(`fix-all is not idempotent after ${r.passes} passes (still fixable: ${rules.join(', ')})`);
  }
  return { problems, output: r.output, passes: r.passes };
}

export function lintProblems(text: string, language: Lang, config: ResolvedConfig): { problems: string[]; findings: Finding[] } {
  const problems: string[] = [];
  const r = lint(text, { languageId: language, config });
  for (const f of r.faults) problems.push(`rule ${f.ruleId} faulted: ${f.message}`);
  problems.push(...findingProblems(text, r.findings));
  return { problems, findings: r.findings };
}

/** A short, escaped rendering of a counterexample for failure messages. */
export function show(text: string): string {
  return JSON.stringify(text.length > 400 ? text.slice(0, 400) + `…(+${text.length - 400})` : text);
}
