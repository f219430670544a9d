// Findings across the thread boundary in a compact form: one table of distinct strings and one
// Int32Array of numbers, instead of tens of thousands of small objects. A structured clone of
// a 5 MB draft's 29,000 findings (message and fix titles in two languages each) is 18 MB and
// takes the receiving thread about a second to rebuild, during which it answers nothing;
// this form is a few MB, most strings repeat (the same rule, message and title for the same
// word), and it is rebuilt in tens of milliseconds.

import type { Category, Finding, Severity } from '../engine';

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
