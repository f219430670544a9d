// The engine's entry points: lint a text, fix a text. Pure: text and resolved config in,
// findings and fixes out.

import { applyEdits, mergeFixes, preferredFix } from './fix';
import { localize, type FilledMessages } from './messages';
import { allRules } from './rules';
import { analyse, type AnalysedDocument, type DocumentLanguage } from './text/document';
import { stripMarks } from './text/fold';
import type {
  Finding,
  HiddenRule,
  LintResult,
  ResolvedConfig,
  Rule,
  RuleContext,
  RuleFault,
  Severity,
  SeveritySetting,
  SharedData,
  TextEdit,
} from './types';

export interface LintOptions {
  languageId?: DocumentLanguage;
  config?: ResolvedConfig;
  /** Restrict to these rule ids (after config). */
  only?: ReadonlySet<string>;
  /** Rules to run (defaults to every registered rule). */
  rules?: readonly Rule[];
  /**
   * Time budget of each rule on this document, in ms. A rule cannot be pre-empted on the
   * main thread: it runs to its end and its findings are kept, but one that took longer is
   * reported as a fault (with `elapsedMs`), so the host can leave it out of this document's
   * later checks. Measured after each rule; no budget, no clock read.
   */
  ruleBudgetMs?: number;
}

const EMPTY_SHARED: SharedData = { acceptedWords: new Set() };

const sharedCache = new WeakMap<object, SharedData>();

/**
 * The rules' shared data for a config: one object per `config.shared`, so the caches rules
 * keep per shared object (the names index, the house words) last from one check to the next
 * instead of being rebuilt on every keystroke (with 100,000 names that rebuild cost ~300 ms).
 */
export function sharedFor(config: ResolvedConfig | undefined): SharedData {
  const s = config?.shared;
  if (!s) return EMPTY_SHARED;
  let merged = sharedCache.get(s);
  if (!merged) {
    merged = { ...EMPTY_SHARED, ...s };
    sharedCache.set(s, merged);
  }
  return merged;
}

/** Severities from the least to the most severe (a finding's own severity may only lower its rule's). */
const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** The severity a rule runs at under a config, or 'off'. */
export function effectiveSeverity(rule: Rule, config?: ResolvedConfig): SeveritySetting {
  const setting = config?.rules[rule.meta.id];
  if (setting) return setting.severity;
  const cat = config?.categories?.[rule.meta.category];
  if (cat === 'off') return 'off';
  if (cat) return rule.meta.defaultSeverity === 'off' ? 'off' : cat;
  return rule.meta.defaultSeverity;
}

export function effectiveOptions<O>(rule: Rule<O>, config?: ResolvedConfig): O {
  const opts = config?.rules[rule.meta.id]?.options;
  return opts ? { ...rule.meta.defaultOptions, ...(opts as Partial<O>) } : rule.meta.defaultOptions;
}

/** Run the rules over an analysed document. A rule that throws is reported as a fault and skipped. */
export function lintDocument(doc: AnalysedDocument, opts: LintOptions = {}): LintResult {
  const raw = runRules(doc, opts);
  return { findings: finalizeFindings(doc, raw.findings, opts.config), faults: raw.faults };
}

/** The rule ids (and `category:…` entries) a document's `mudaqqiq-disable` comments switch off; `all` when one names no rule. */
export function fileDisabledRules(doc: AnalysedDocument): { all: boolean; rules: Set<string> } {
  const rules = new Set<string>();
  let all = false;
  for (const d of doc.directives) {
    if (d.kind !== 'disable') continue;
    if (d.rules.length === 0) all = true;
    for (const r of d.rules) rules.add(r);
  }
  return { all, rules };
}

/**
 * The rules' findings on a document as they report them: before line directives and the
 * house style's hidden findings are applied (finalizeFindings), in no particular order.
 * `fileDisabled` overrides the document's own `mudaqqiq-disable` comments (the incremental
 * checker passes the whole draft's when it checks one paragraph of it).
 */
export function runRules(doc: AnalysedDocument, opts: LintOptions & { fileDisabled?: { all: boolean; rules: ReadonlySet<string> }; messages?: FilledMessages } = {}): LintResult {
  const config = opts.config;
  const rules = opts.rules ?? allRules;
  const budget = opts.ruleBudgetMs;
  const shared = sharedFor(config);
  const findings: Finding[] = [];
  const faults: RuleFault[] = [];
  const { all: allDisabled, rules: fileDisabled } = opts.fileDisabled ?? fileDisabledRules(doc);
  if (allDisabled) return { findings, faults };
  for (const rule of rules) {
    const meta = rule.meta;
    if (opts.only && !opts.only.has(meta.id)) continue;
    if (fileDisabled.size > 0 && (fileDisabled.has(meta.id) || fileDisabled.has(`category:${meta.category}`))) continue;
    const sev = effectiveSeverity(rule, config);
    if (sev === 'off') continue;
    const severity: Severity = sev;
    const ctx: RuleContext<unknown> = {
      doc,
      options: effectiveOptions(rule, config),
      shared,
      report(r) {
        const msg = meta.messages[r.messageId];
        if (!msg) throw new Error(`rule ${meta.id} reported unknown message id ${r.messageId}`);
        if (!(r.start >= 0 && r.end <= doc.text.length && r.start <= r.end)) {
          throw new Error(`rule ${meta.id} reported an out-of-range finding ${r.start}-${r.end}`);
        }
        // plain loops: this runs once per finding (thousands a document)
        const specs = r.fixes;
        const fixes: Finding['fixes'] = [];
        if (specs !== undefined && specs.length > 0) {
          let preferredCount = 0;
          for (let k = 0; k < specs.length; k++) {
            const f = specs[k];
            const title = meta.messages[f.messageId];
            if (!title) throw new Error(`rule ${meta.id} used unknown fix message id ${f.messageId}`);
            const preferred = !!f.preferred;
            if (preferred) preferredCount++;
            fixes.push({ title: localize(title, f.data, opts.messages), edits: f.edits, preferred });
          }
          if (!meta.fixable) throw new Error(`rule ${meta.id} is not fixable but reported a fix`);
          if (preferredCount > 1) throw new Error(`rule ${meta.id} marked two fixes preferred`);
          if (preferredCount > 0 && meta.autoFix === false) throw new Error(`rule ${meta.id} offers choices only (autoFix: false) but marked a fix preferred`);
        }
        const finding: Finding = {
          ruleId: meta.id,
          category: meta.category,
          // a finding may ask for less than its rule's severity, never more
          severity: r.severity !== undefined && SEVERITY_RANK[r.severity] < SEVERITY_RANK[severity] ? r.severity : severity,
          start: r.start,
          end: r.end,
          messageId: r.messageId,
          message: localize(msg, r.data, opts.messages),
          fixes,
        };
        if (r.related?.length) {
          finding.related = r.related.map((x) => ({ start: x.start, end: x.end, message: localize(meta.messages[x.messageId] ?? msg, x.data, opts.messages) }));
        }
        if (r.unnecessary) finding.unnecessary = true;
        findings.push(finding);
      },
    };
    const before = findings.length;
    const started = budget === undefined ? 0 : performance.now();
    try {
      rule.check(ctx);
    } catch (e) {
      findings.length = before; // a rule that fails reports nothing for this document
      faults.push({ ruleId: meta.id, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    if (budget !== undefined) {
      const elapsedMs = Math.round(performance.now() - started);
      if (elapsedMs > budget) faults.push({ ruleId: meta.id, message: `took ${elapsedMs} ms on this document, over its ${budget} ms budget`, elapsedMs });
    }
  }
  return { findings, faults };
}

/**
 * In document order (start, end, rule id): one finding kept of two rules that write the same there
 * (see withoutEchoes), then line directives and hidden findings applied — so hiding the finding
 * kept hides the word's (the echo does not come back in its place).
 */
export function finalizeFindings(doc: AnalysedDocument, findings: Finding[], config?: ResolvedConfig): Finding[] {
  const sorted = findings.slice().sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  let kept = withoutEchoes(doc.text, sorted);
  const lineDirectives = doc.directives.filter((d) => d.kind !== 'disable');
  if (lineDirectives.length) {
    // the line each directive speaks for, once (a finding then looks up its own line: not every
    // directive for every finding, which a draft with one on every line made quadratic)
    const byLine = new Map<number, Array<AnalysedDocument['directives'][number]>>();
    for (const d of lineDirectives) {
      const target = doc.lineIndexAt(d.start) + (d.kind === 'disable-line' ? 0 : 1);
      const list = byLine.get(target);
      if (list) list.push(d);
      else byLine.set(target, [d]);
    }
    kept = kept.filter((f) => !suppressedByLine(f, byLine.get(doc.lineIndexAt(f.start))));
  }
  if (config?.hidden?.length) kept = kept.filter((f) => !hiddenByConfig(doc, f, config.hidden!));
  return kept;
}

/**
 * Findings of two rules on the same word whose preferred fixes write the same text there (hamza's
 * «اوباما → أوباما» and name-consistency's, on the golden corpus 259 times): one squiggle, not
 * two. The more severe is kept (a rule the house raised to error stays an error); of equal
 * severity, the one with related places (it tells more: where the other spelling stands), else the
 * first. `sorted`: by range; each finding is compared with those kept of its range.
 */
function withoutEchoes(text: string, sorted: Finding[]): Finding[] {
  const kept: Finding[] = [];
  let group = 0; // where the kept findings of the current range start
  let changed = false;
  for (const f of sorted) {
    if (group < kept.length && (kept[group].start !== f.start || kept[group].end !== f.end)) group = kept.length;
    let echoed = false;
    for (let k = group; k < kept.length; k++) {
      const g = kept[k];
      if (g.ruleId === f.ruleId || !echoes(text, g, f)) continue;
      echoed = true;
      if (better(f, g)) kept[k] = f;
      break;
    }
    if (echoed) changed = true;
    else kept.push(f);
  }
  return changed ? kept : sorted;
}

/** Of two echoing findings, is `a` the one to keep over `b` (more severe; else with related places where `b` has none)? */
function better(a: Finding, b: Finding): boolean {
  const ra = SEVERITY_RANK[a.severity];
  const rb = SEVERITY_RANK[b.severity];
  if (ra !== rb) return ra > rb;
  return (a.related?.length ?? 0) > 0 && (b.related?.length ?? 0) === 0;
}

/** Do two findings on the same range write the same text there with their preferred fixes? */
function echoes(text: string, a: Finding, b: Finding): boolean {
  const fa = preferredFix(a);
  const fb = preferredFix(b);
  if (!fa || !fb) return false;
  let from = a.start;
  let to = a.end;
  for (const e of [...fa.edits, ...fb.edits]) {
    from = Math.min(from, e.start);
    to = Math.max(to, e.end);
  }
  const shift = (edits: readonly TextEdit[]) => edits.map((e) => ({ start: e.start - from, end: e.end - from, text: e.text }));
  const span = text.slice(from, to);
  return applyEdits(span, shift(fa.edits)) === applyEdits(span, shift(fb.edits));
}

/** A finding the house style hides: same rule, and (when the entry names a text) the same covered text, diacritics and tatweel aside. */
function hiddenByConfig(doc: AnalysedDocument, f: Finding, hidden: readonly HiddenRule[]): boolean {
  let covered: string | undefined;
  for (const h of hidden) {
    if (h.rule !== f.ruleId) continue;
    if (h.text === undefined) return true;
    covered ??= doc.text.slice(f.start, f.end);
    if (covered === h.text) return true;
    // Diacritics and tatweel aside, unless nothing else is left (a hidden-characters finding).
    const bare = stripMarks(covered);
    if (bare !== '' && bare === stripMarks(h.text)) return true;
  }
  return false;
}

/** Does one of the directives for the finding's line (`ds`) switch its rule off? */
function suppressedByLine(f: Finding, ds: AnalysedDocument['directives'] | undefined): boolean {
  if (!ds) return false;
  for (const d of ds) {
    if (d.rules.length === 0 || d.rules.includes(f.ruleId) || d.rules.includes(`category:${f.category}`)) return true;
  }
  return false;
}

export function lint(text: string, opts: LintOptions = {}): LintResult {
  return lintDocument(analyse(text, opts.languageId), opts);
}

export interface FixResult {
  output: string;
  /** Number of findings fixed over all passes. */
  fixed: number;
  passes: number;
  /** Findings that remain after fixing. */
  remaining: Finding[];
  faults: RuleFault[];
}

export const MAX_FIX_PASSES = 10;

/**
 * Apply every safe (preferred) fix, re-checking until nothing more is fixable. A rule whose fixes
 * still apply after MAX_FIX_PASSES passes never settles (it keeps rewriting its own or another
 * rule's fix: a bug): the fixing is done again from the start without it, and it is reported
 * as a fault, so a file is never written with a fix repeated ten times.
 */
export function fixText(text: string, opts: LintOptions & { filter?: (f: Finding) => boolean } = {}): FixResult {
  const r = fixPasses(text, opts, opts.filter);
  const unsettled = r.passes < MAX_FIX_PASSES ? new Set<string>() : unsettledRules(r.output, r.remaining, opts.filter);
  if (unsettled.size === 0) return r;
  const again = fixPasses(text, opts, (f) => !unsettled.has(f.ruleId) && (opts.filter?.(f) ?? true));
  for (const ruleId of unsettled) again.faults.push({ ruleId, message: `its fixes did not settle after ${MAX_FIX_PASSES} passes: not applied` });
  return again;
}

/** The rules that still have a fix that changes `text` (the text after the last pass, `remaining` its findings). */
export function unsettledRules(text: string, remaining: readonly Finding[], filter?: (f: Finding) => boolean): Set<string> {
  const changes = (f: Finding) => (filter?.(f) ?? true) && !!preferredFix(f)?.edits.some((e) => text.slice(e.start, e.end) !== e.text);
  return new Set(mergeFixes(remaining, changes).fixed.map((f) => f.ruleId));
}

function fixPasses(text: string, opts: LintOptions, filter: ((f: Finding) => boolean) | undefined): FixResult {
  let output = text;
  let fixed = 0;
  let passes = 0;
  let result = lint(output, opts);
  const faults = [...result.faults];
  while (passes < MAX_FIX_PASSES) {
    const { edits, fixed: done } = mergeFixes(result.findings, filter);
    if (edits.length === 0) break;
    const next = applyEdits(output, edits);
    passes++;
    if (next === output) break;
    output = next;
    fixed += done.length;
    result = lint(output, opts);
    faults.push(...result.faults);
  }
  return { output, fixed, passes, remaining: result.findings, faults };
}
