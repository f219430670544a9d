// Findings across the thread boundary in a compact form: one table of distinct strings and one
// Int32Array of numbers, instead of tens of thousands of small objects. A structured clone of
// a 5 MB draft's 29,000 findings (message and fix titles in two languages each) is 18 MB and
// takes the receiving thread about a second to rebuild, during which it answers nothing;
// this form is a few MB, most strings repeat (the same rule, message and title for the same
// word), and it is rebuilt in tens of milliseconds.

import type { Category, Finding, Fix, Localized, RelatedInfo, Severity } from '../engine';
import { moveFinding } from '../engine/incremental';

export interface WireFindings {
  strings: string[];
  nums: Int32Array;
}

export function encodeFindings(findings: readonly Finding[]): WireFindings {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const s = (x: string): number => {
    let id = ids.get(x);
    if (id === undefined) {
      id = strings.length;
      strings.push(x);
      ids.set(x, id);
    }
    return id;
  };
  let nums = new Int32Array(1 + findings.length * 24);
  let n = 0;
  const put = (v: number): void => {
    if (n === nums.length) {
      const grown = new Int32Array(nums.length * 2);
      grown.set(nums);
      nums = grown;
    }
    nums[n++] = v;
  };
  put(findings.length);
  for (const f of findings) {
    put(s(f.ruleId));
    put(s(f.category));
    put(s(f.severity));
    put(f.start);
    put(f.end);
    put(s(f.messageId));
    put(s(f.message.ar));
    put(s(f.message.en));
    put(f.unnecessary ? 1 : 0);
    put(f.fixes.length);
    for (const fix of f.fixes) {
      put(s(fix.title.ar));
      put(s(fix.title.en));
      put(fix.preferred ? 1 : 0);
      put(fix.edits.length);
      for (const e of fix.edits) {
        put(e.start);
        put(e.end);
        put(s(e.text));
      }
    }
    const related = f.related;
    if (related) {
      put(related.length);
      for (const r of related) {
        put(r.start);
        put(r.end);
        put(s(r.message.ar));
        put(s(r.message.en));
      }
    } else put(-1);
  }
  return { strings, nums: nums.slice(0, n) };
}

export function decodeFindings(w: WireFindings): Finding[] {
  const { strings: str, nums } = w;
  let i = 0;
  const n = nums[i++];
  const out: Finding[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const ruleId = str[nums[i++]];
    const category = str[nums[i++]] as Category;
    const severity = str[nums[i++]] as Severity;
    const start = nums[i++];
    const end = nums[i++];
    const messageId = str[nums[i++]];
    const message = { ar: str[nums[i++]], en: str[nums[i++]] };
    const unnecessary = nums[i++] === 1;
    const nFixes = nums[i++];
    const fixes: Finding['fixes'] = new Array(nFixes);
    for (let x = 0; x < nFixes; x++) {
      const title = { ar: str[nums[i++]], en: str[nums[i++]] };
      const preferred = nums[i++] === 1;
      const nEdits = nums[i++];
      const edits = new Array(nEdits);
      for (let y = 0; y < nEdits; y++) edits[y] = { start: nums[i++], end: nums[i++], text: str[nums[i++]] };
      fixes[x] = { title, edits, preferred };
    }
    const f: Finding = { ruleId, category, severity, start, end, messageId, message, fixes };
    const nRelated = nums[i++];
    if (nRelated >= 0) {
      const related = new Array(nRelated);
      for (let y = 0; y < nRelated; y++) related[y] = { start: nums[i++], end: nums[i++], message: { ar: str[nums[i++]], en: str[nums[i++]] } };
      f.related = related;
    }
    if (unnecessary) f.unnecessary = true;
    out[k] = f;
  }
  if (i !== nums.length) throw new Error(`findings on the wire: ${nums.length - i} numbers left over`);
  return out;
}

/**
 * An open draft's findings after an edit, as a change to the list sent for the version before:
 * for each finding, `ops` says which finding of that list it is (`2 * index`, or `2 * index + 1`
 * for one moved by `shift` code units, the edit's change in length), or -1 for the next of the
 * findings sent (`added`). After a keystroke in a 5 MB draft nearly all of its 30,000 findings
 * are ones the other thread has.
 */
export interface WireFindingsChange {
  ops: Int32Array;
  shift: number;
  added: WireFindings;
}

/**
 * The change from `prev` (the list last sent) to `next`, the text having changed from offset
 * `at` on and grown by `shift` code units. Both lists are in document order; a finding is only
 * ever said to be an old one when it equals it in every field the wire carries.
 */
export function encodeChange(prev: readonly Finding[], next: readonly Finding[], shift: number, at: number): WireFindingsChange {
  const ops = new Int32Array(next.length);
  const added: Finding[] = [];
  let i = 0;
  for (let j = 0; j < next.length; j++) {
    const f = next[j];
    let op = -1;
    while (i < prev.length) {
      const o = prev[i];
      if (sameFinding(o, f, 0)) op = 2 * i;
      else if (shift !== 0 && sameFinding(o, f, shift)) op = 2 * i + 1;
      if (op >= 0) {
        i++;
        break;
      }
      // an old finding that now lies before this one is gone; else this one is new
      const p = o.start >= at ? o.start + shift : o.start;
      if (p < f.start || (p === f.start && o.end + (o.start >= at ? shift : 0) <= f.end)) i++;
      else break;
    }
    if (op < 0) added.push(f);
    ops[j] = op;
  }
  return { ops, shift, added: encodeFindings(added) };
}

/** The list `encodeChange` described, from the list it was computed against. */
export function decodeChange(prev: readonly Finding[], c: WireFindingsChange): Finding[] {
  const added = decodeFindings(c.added);
  const out: Finding[] = new Array(c.ops.length);
  let a = 0;
  for (let j = 0; j < c.ops.length; j++) {
    const op = c.ops[j];
    if (op < 0) {
      if (a >= added.length) throw new Error('findings on the wire: fewer findings sent than the change uses');
      out[j] = added[a++];
      continue;
    }
    const o = prev[op >> 1];
    if (!o) throw new Error(`findings on the wire: a change to finding ${op >> 1} of a list of ${prev.length}`);
    out[j] = (op & 1) === 0 ? o : o instanceof MovedFinding ? new MovedFinding(o.base, o.delta + c.shift) : new MovedFinding(o, c.shift);
  }
  if (a !== added.length) throw new Error('findings on the wire: more findings sent than the change uses');
  return out;
}

/**
 * A finding of the list received before, moved by `delta` code units. After a keystroke in a
 * 5 MB draft some 15,000 of its 30,000 findings move; copying each with its fixes, their edits
 * and its related ranges made the thread that answers hover collect that garbage between
 * keystrokes, and most moved findings are never read before the next keystroke moves them
 * again. So a moved finding is the one it was and the distance: its range is computed when
 * read, its fixes and related ranges moved once, when first read. A finding moved again is the
 * first one moved by the sum (never a chain).
 */
class MovedFinding implements Finding {
  private moved: Finding | undefined;
  constructor(
    readonly base: Finding,
    readonly delta: number,
  ) {}
  get ruleId(): string {
    return this.base.ruleId;
  }
  get category(): Category {
    return this.base.category;
  }
  get severity(): Severity {
    return this.base.severity;
  }
  get messageId(): string {
    return this.base.messageId;
  }
  get message(): Localized {
    return this.base.message;
  }
  get start(): number {
    return this.base.start + this.delta;
  }
  get end(): number {
    return this.base.end + this.delta;
  }
  get unnecessary(): boolean | undefined {
    return this.base.unnecessary;
  }
  get fixes(): Fix[] {
    return this.base.fixes.length === 0 ? this.base.fixes : (this.moved ??= moveFinding(this.base, this.delta)).fixes;
  }
  get related(): RelatedInfo[] | undefined {
    return this.base.related === undefined ? undefined : (this.moved ??= moveFinding(this.base, this.delta)).related;
  }
}

/** `b` is `a` moved by `d` code units, in every field the wire carries. */
function sameFinding(a: Finding, b: Finding, d: number): boolean {
  if (a === b && d === 0) return true;
  if (a.start + d !== b.start || a.end + d !== b.end || a.ruleId !== b.ruleId || a.messageId !== b.messageId || a.severity !== b.severity || a.category !== b.category) return false;
  if (a.message.ar !== b.message.ar || a.message.en !== b.message.en || !a.unnecessary !== !b.unnecessary) return false;
  if (a.fixes.length !== b.fixes.length) return false;
  for (let x = 0; x < a.fixes.length; x++) {
    const p = a.fixes[x];
    const q = b.fixes[x];
    if (p.preferred !== q.preferred || p.title.ar !== q.title.ar || p.title.en !== q.title.en || p.edits.length !== q.edits.length) return false;
    for (let y = 0; y < p.edits.length; y++) {
      const e = p.edits[y];
      const g = q.edits[y];
      if (e.start + d !== g.start || e.end + d !== g.end || e.text !== g.text) return false;
    }
  }
  const ra = a.related;
  const rb = b.related;
  if (!ra || !rb) return !ra === !rb;
  if (ra.length !== rb.length) return false;
  for (let y = 0; y < ra.length; y++) {
    if (ra[y].start + d !== rb[y].start || ra[y].end + d !== rb[y].end || ra[y].message.ar !== rb[y].message.ar || ra[y].message.en !== rb[y].message.en) return false;
  }
  return true;
}
