// Fix-all for the editor: the engine's fix loop (take every preferred fix, apply, check again),
// but returning the result as a few small edits on the ORIGINAL text instead of a new text,
// so the editor keeps the cursor, folding and a fine-grained undo. Each pass's edits are
// composed onto the edits of the passes before it.

import { MAX_FIX_PASSES, applyEdits, mergeFixes, unsettledRules, type Finding, type TextEdit } from '../engine';

export interface FixAllResult {
  /** Non-overlapping edits on the original text, sorted. */
  edits: TextEdit[];
  output: string;
  /** Findings fixed over all passes. */
  fixed: number;
  /** Rules whose fixes did not settle in MAX_FIX_PASSES passes: left out (as the engine's fixText does). */
  unsettled?: string[];
}

/**
 * @param first   findings of `text` (the cached result: no second analysis of the same version)
 * @param relint  findings of a later pass's text
 * @param filter  which findings may be fixed (rule, not hidden …)
 */
export function computeFixAll(
  text: string,
  first: readonly Finding[],
  relint: (text: string) => readonly Finding[],
  filter?: (f: Finding, text: string) => boolean,
): FixAllResult {
  const r = fixAllPasses(text, first, relint, filter);
  if (!r.lastFindings) return r.result;
  const unsettled = unsettledRules(r.result.output, r.lastFindings, filter ? (f) => filter(f, r.result.output) : undefined);
  if (unsettled.size === 0) return r.result;
  const again = fixAllPasses(text, first, relint, (f, t) => !unsettled.has(f.ruleId) && (filter?.(f, t) ?? true)).result;
  return { ...again, unsettled: [...unsettled] };
}

/** The passes; `lastFindings` (the findings of the output) when they ran out before fixing settled. */
function fixAllPasses(
  text: string,
  first: readonly Finding[],
  relint: (text: string) => readonly Finding[],
  filter: ((f: Finding, text: string) => boolean) | undefined,
): { result: FixAllResult; lastFindings?: readonly Finding[] } {
  let current = text;
  let findings = first;
  let composed: TextEdit[] = [];
  let fixed = 0;
  let pass = 0;
  for (; pass < MAX_FIX_PASSES; pass++) {
    const cur = current;
    const merged = mergeFixes(findings, filter ? (f) => filter(f, cur) : undefined);
    const edits = merged.edits.filter((e) => cur.slice(e.start, e.end) !== e.text);
    if (edits.length === 0) break;
    const next = applyEdits(cur, edits);
    if (next === cur) break;
    composed = composeEdits(composed, edits);
    fixed += merged.fixed.length;
    current = next;
    findings = relint(current);
  }
  const result = { edits: composed.filter((e) => text.slice(e.start, e.end) !== e.text), output: current, fixed };
  return pass < MAX_FIX_PASSES ? { result } : { result, lastFindings: findings };
}

/**
 * Edits `a` take T0 to T1; edits `b` (offsets in T1) take T1 to T2. The result takes T0 to T2.
 * Both inputs are sorted and non-overlapping; so is the result.
 */
export function composeEdits(a: readonly TextEdit[], b: readonly TextEdit[]): TextEdit[] {
  let out = [...a].sort((x, y) => x.start - y.start || x.end - y.end);
  const bs = [...b].sort((x, y) => x.start - y.start || x.end - y.end);
  // Last first: composing an edit only changes T1 after its start, so earlier b offsets stay valid.
  for (let k = bs.length - 1; k >= 0; k--) out = composeOne(out, bs[k]);
  return out;
}

function composeOne(a: TextEdit[], e: TextEdit): TextEdit[] {
  let delta = 0; // T1 offset minus T0 offset before the current a-edit
  let first = -1;
  let last = -1;
  let deltaFirst = 0;
  let deltaAfterLast = 0;
  let deltaBeforeE = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const outStart = x.start + delta;
    const outEnd = outStart + x.text.length;
    const nextDelta = delta + x.text.length - (x.end - x.start);
    if (outEnd < e.start) {
      deltaBeforeE = nextDelta;
    } else if (outStart <= e.end) {
      if (first < 0) {
        first = i;
        deltaFirst = delta;
      }
      last = i;
      deltaAfterLast = nextDelta;
    } else break;
    delta = nextDelta;
  }
  if (first < 0) {
    const edit = { start: e.start - deltaBeforeE, end: e.end - deltaBeforeE, text: e.text };
    const out = [...a];
    let at = out.findIndex((x) => x.start > edit.start || (x.start === edit.start && x.end > edit.end));
    if (at < 0) at = out.length;
    out.splice(at, 0, edit);
    return out;
  }
  const fa = a[first];
  const la = a[last];
  const faOut = fa.start + deltaFirst;
  const laOut = la.start + (deltaAfterLast - (la.text.length - (la.end - la.start)));
  let start0: number;
  let prefix = '';
  if (e.start >= faOut) {
    start0 = fa.start;
    prefix = fa.text.slice(0, e.start - faOut);
  } else start0 = e.start - deltaFirst;
  let end0: number;
  let suffix = '';
  if (e.end <= laOut + la.text.length) {
    end0 = la.end;
    suffix = la.text.slice(e.end - laOut);
  } else end0 = e.end - deltaAfterLast;
  const out = a.slice(0, first);
  out.push({ start: start0, end: end0, text: prefix + e.text + suffix });
  for (let i = last + 1; i < a.length; i++) out.push(a[i]);
  return out;
}
