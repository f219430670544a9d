// Applying fixes. A fix is data: offset edits into the original text.
// Fix-all takes each finding's preferred fix, skips any that overlaps one already taken
// (deterministically: earliest first, as ESLint's source-code-fixer and prh's ChangeSet do),
// applies them, and checks again until nothing more is fixable.

import type { Finding, Fix, TextEdit } from './types';

/** Apply non-overlapping edits to text. Edits may come in any order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    parts.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict too; an insertion touching a replacement's edge does not.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** The preferred fix of a finding, if any. */
export function preferredFix(f: Finding): Fix | undefined {
  return f.fixes.find((x) => x.preferred);
}

/**
 * Merge the preferred fixes of the findings into one set of non-overlapping edits.
 * Whole fixes are taken or skipped; earlier findings win.
 */
export function mergeFixes(findings: readonly Finding[], filter?: (f: Finding) => boolean): { edits: TextEdit[]; fixed: Finding[] } {
  // `taken` stays sorted by (start, end) and pairwise non-overlapping, so a new edit is checked
  // against its neighbours only (a binary search, not a scan: 100,000 fixable findings in a
  // large draft took minutes when every edit was compared with every edit taken before it).
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  const ordered = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const f of ordered) {
    if (filter && !filter(f)) continue;
    const fix = preferredFix(f);
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => overlapsTaken(taken, e))) continue;
    // No-op edits (replacement equals the original) are dropped so fix-all converges.
    for (const e of fix.edits) taken.splice(insertionPoint(taken, e), 0, e);
    fixed.push(f);
  }
  return { edits: taken, fixed };
}

/** Index of the first edit of `sorted` that comes after `e` in (start, end) order. */
function insertionPoint(sorted: readonly TextEdit[], e: TextEdit): number {
  let lo = 0;
  let hi = sorted.length;
  if (hi === 0 || sorted[hi - 1].start < e.start || (sorted[hi - 1].start === e.start && sorted[hi - 1].end <= e.end)) return hi; // the usual case: after the last
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = sorted[mid];
    if (m.start < e.start || (m.start === e.start && m.end <= e.end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `e` overlaps an edit of `sorted` (sorted by (start, end), pairwise non-overlapping, so
 * their ends rise with their starts): only the edit just before e's start and those starting
 * inside e can.
 */
function overlapsTaken(sorted: readonly TextEdit[], e: TextEdit): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].start < e.start) lo = mid + 1;
    else hi = mid;
  }
  for (let j = Math.max(0, lo - 1); j < sorted.length && sorted[j].start <= e.end; j++) {
    if (overlaps(e, sorted[j])) return true;
  }
  return false;
}
