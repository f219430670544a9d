// Globs of the house-style file (`ignore.files`, `ignore.findings[].file`), matched without
// regular expressions. The file comes with the workspace, so it is untrusted input: a glob
// compiled to a backtracking RegExp (as picomatch does) can take exponential time —
// `*a*a*a*a*a*b` against a long name, or `**/a/**/a/**/b` against a deep path, run for
// seconds to hours. Here a path is matched segment by segment: `**` by a table over
// (pattern segment, path segment), each other segment by the two-pointer wildcard algorithm
// (back to the last `*` only), so the time is at most proportional to pattern length × path
// length, whatever the pattern.
//
// Syntax: `*` (any characters but `/`), `?` (one character but `/`), `[abc]` `[a-z]`
// `[!a]` `[^a]` (one character of a set), `**` as a whole segment (any number of folders;
// last, as in `archive/**`, one or more: what is inside the folder; elsewhere `**` is `*`),
// `{a,b}` (alternatives, nested; at most 256 in all), `\x` (x itself). Dot-files match like
// any other name. Extended globs (`@(…)`, `!(…)`, `+(…)`, `*(…)`, `?(…)`) and a leading `!`
// are refused with a problem at the glob, rather than silently read as text.

import type { Localized } from '../engine/types';

const MAX_ALTERNATIVES = 256;
const MAX_LENGTH = 1000;

type Atom = { k: 'char'; c: string } | { k: 'any' } | { k: 'star' } | { k: 'set'; negated: boolean; chars: string; ranges: Array<[string, string]> };
type Segment = Atom[] | 'globstar';

export type CompiledGlob = { ok: true; match(path: string): boolean } | { ok: false; problem: Localized };

/** What is wrong with a house-style glob, or undefined when it can be used. */
export function globProblem(pattern: string): Localized | undefined {
  const c = compileGlob(pattern);
  return c.ok ? undefined : c.problem;
}

export function compileGlob(pattern: string): CompiledGlob {
  if (pattern.length > MAX_LENGTH) return fail(`longer than ${MAX_LENGTH} characters`, `أطول من ${MAX_LENGTH} حرف`);
  if (pattern.startsWith('!')) return fail('a leading ! (negation) is not supported', 'النفي بعلامة ! في أوله غير مدعوم');
  if (/(^|[^\\])[@!+*?]\(/.test(pattern)) return fail('extended globs @(…) !(…) +(…) *(…) ?(…) are not supported', 'الأنماط الموسعة @(…) !(…) +(…) *(…) ?(…) غير مدعومة');
  const alternatives = expandBraces(pattern.replace(/^(\.\/)+/, ''));
  if (!alternatives) return fail(`more than ${MAX_ALTERNATIVES} alternatives in { }`, `أكثر من ${MAX_ALTERNATIVES} بديلا بين { }`);
  const compiled = alternatives.map(parse);
  return { ok: true, match: (path) => compiled.some((segs) => matchPath(segs, path.split('/'))) };
}

function fail(en: string, ar: string): CompiledGlob {
  return { ok: false, problem: { ar: `نمط الملفات غير مقبول: ${ar}؛ لم يُستعمل`, en: `Glob not accepted: ${en}; it is not used` } };
}

/** `{a,b}` alternatives, nested, expanded; undefined when there would be too many. A `{` without a top-level comma is text. */
function expandBraces(p: string): string[] | undefined {
  let out = [''];
  let i = 0;
  while (i < p.length) {
    const ch = p[i];
    if (ch === '\\' && i + 1 < p.length) {
      out = out.map((s) => s + p.slice(i, i + 2));
      i += 2;
      continue;
    }
    if (ch === '{') {
      const close = matchingBrace(p, i);
      const parts = close < 0 ? undefined : splitTopLevel(p.slice(i + 1, close));
      if (parts && parts.length > 1) {
        const options: string[] = [];
        for (const part of parts) {
          const sub = expandBraces(part);
          if (!sub) return undefined;
          options.push(...sub);
          if (options.length > MAX_ALTERNATIVES) return undefined;
        }
        if (out.length * options.length > MAX_ALTERNATIVES) return undefined;
        out = out.flatMap((s) => options.map((o) => s + o));
        i = close + 1;
        continue;
      }
    }
    out = out.map((s) => s + ch);
    i++;
  }
  return out;
}

function matchingBrace(p: string, open: number): number {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === '{') depth++;
    else if (p[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function parse(alternative: string): Segment[] {
  const segs: Segment[] = [];
  for (const raw of alternative.split('/')) {
    if (raw === '**') {
      if (segs[segs.length - 1] !== 'globstar') segs.push('globstar');
      continue;
    }
    const atoms: Atom[] = [];
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i];
      if (ch === '\\' && i + 1 < raw.length) atoms.push({ k: 'char', c: raw[++i] });
      else if (ch === '*') {
        if (atoms[atoms.length - 1]?.k !== 'star') atoms.push({ k: 'star' }); // `**` inside a name is `*`
      } else if (ch === '?') atoms.push({ k: 'any' });
      else if (ch === '[') {
        const set = parseSet(raw, i);
        if (set) {
          atoms.push(set.atom);
          i = set.end;
        } else atoms.push({ k: 'char', c: ch });
      } else atoms.push({ k: 'char', c: ch });
    }
    segs.push(atoms);
  }
  return segs;
}

function parseSet(s: string, open: number): { atom: Atom; end: number } | undefined {
  let i = open + 1;
  let negated = false;
  if (s[i] === '!' || s[i] === '^') {
    negated = true;
    i++;
  }
  let chars = '';
  const ranges: Array<[string, string]> = [];
  let first = true;
  for (; i < s.length; i++) {
    let c = s[i];
    if (c === ']' && !first) return { atom: { k: 'set', negated, chars, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < s.length) c = s[++i];
    if (s[i + 1] === '-' && i + 2 < s.length && s[i + 2] !== ']') {
      let hi = s[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < s.length) hi = s[++i];
      ranges.push([c, hi]);
    } else chars += c;
  }
  return undefined; // no closing ]: the [ is text
}

function atomMatches(a: Atom, c: string): boolean {
  switch (a.k) {
    case 'char':
      return a.c === c;
    case 'any':
      return true;
    case 'set': {
      const inSet = a.chars.includes(c) || a.ranges.some(([lo, hi]) => c >= lo && c <= hi);
      return inSet !== a.negated;
    }
    default:
      return false;
  }
}

/** One path segment against one pattern segment: greedy, backing up only to the last `*` (O(n·m) at worst). */
function matchSegment(atoms: Atom[], name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const a = atoms[p];
    if (a && a.k === 'star') {
      starP = p++;
      starN = n;
    } else if (a && atomMatches(a, name[n])) {
      p++;
      n++;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (p < atoms.length && atoms[p].k === 'star') p++;
  return p === atoms.length;
}

/** Pattern segments against path segments; `**` matches any number of them (a table over both, filled once). */
function matchPath(segs: Segment[], parts: string[]): boolean {
  // reach[j]: the first i pattern segments can match the first j path segments
  let reach = new Uint8Array(parts.length + 1);
  reach[0] = 1;
  segs.forEach((seg, i) => {
    const next = new Uint8Array(parts.length + 1);
    if (seg === 'globstar') {
      // `**` last (`archive/**`) is what is inside: one or more segments; elsewhere zero or more
      const last = i === segs.length - 1;
      let any = 0;
      for (let j = 0; j <= parts.length; j++) {
        if (!last) any |= reach[j];
        next[j] = any;
        if (last) any |= reach[j];
      }
    } else {
      for (let j = 0; j < parts.length; j++) if (reach[j] && matchSegment(seg, parts[j])) next[j + 1] = 1;
    }
    reach = next;
  });
  return reach[parts.length] === 1;
}
