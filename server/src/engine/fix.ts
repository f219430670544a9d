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
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  const ordered = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const f of ordered) {
    if (filter && !filter(f)) continue;
    const fix = preferredFix(f);
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    // No-op edits (replacement equals the original) are dropped so fix-all converges.
    taken.push(...fix.edits);
    fixed.push(f);
  }
  taken.sort((a, b) => a.start - b.start);
  return { edits: taken, fixed };
}
