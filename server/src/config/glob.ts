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
// are refused with a problem at the glob, rather than silently read as text. A `[` with no
// `]` in its segment, or a `{` with no `}`, is the character itself: the glob is used, with a
// warning (`[[]` and `[{]` say the character on purpose, and are not warned about).

import type { Localized } from '../engine/types';

const MAX_ALTERNATIVES = 256;
const MAX_LENGTH = 1000;

type Atom = { k: 'char'; c: string } | { k: 'any' } | { k: 'star' } | { k: 'set'; negated: boolean; chars: string; ranges: Array<[string, string]> };
type Segment = Atom[] | 'globstar';

export type CompiledGlob =
  | { ok: true; match(path: string): boolean; /** A warning: an unclosed bracket was taken as text. */ literal?: Localized }
  | { ok: false; problem: Localized };

type Bracket = '[' | '{';

/** What is wrong with a house-style glob, or undefined when it can be used. */
export function globProblem(pattern: string): Localized | undefined {
  const c = compileGlob(pattern);
  return c.ok ? undefined : c.problem;
}

export function compileGlob(pattern: string): CompiledGlob {
  if (pattern.length > MAX_LENGTH) return fail(`longer than ${MAX_LENGTH} characters`, `أطول من ${MAX_LENGTH} حرف`);
  if (pattern.startsWith('!')) return fail('a leading ! (negation) is not supported', 'النفي بعلامة ! في أوله غير مدعوم');
  if (/(^|[^\\])[@!+*?]\(/.test(pattern)) return fail('extended globs @(…) !(…) +(…) *(…) ?(…) are not supported', 'الأنماط الموسعة @(…) !(…) +(…) *(…) ?(…) غير مدعومة');
  const unclosed = new Set<Bracket>();
  const alternatives = expandBraces(pattern.replace(/^(\.\/)+/, ''), unclosed);
  if (!alternatives) return fail(`more than ${MAX_ALTERNATIVES} alternatives in { }`, `أكثر من ${MAX_ALTERNATIVES} بديلا بين { }`);
  const compiled = alternatives.map((a) => parse(a, unclosed));
  const match = (path: string) => compiled.some((segs) => matchPath(segs, path.split('/')));
  return unclosed.size ? { ok: true, match, literal: literalWarning(unclosed) } : { ok: true, match };
}

function fail(en: string, ar: string): CompiledGlob {
  return { ok: false, problem: { ar: `نمط الملفات غير مقبول: ${ar}؛ لم يُستعمل`, en: `Glob not accepted: ${en}; it is not used` } };
}

// Likely a typo (a set or a list of alternatives left open), which would otherwise match only a path holding the bracket.
function literalWarning(unclosed: Set<Bracket>): Localized {
  const ar: string[] = [];
  const en: string[] = [];
  if (unclosed.has('[')) {
    ar.push('القوس «[» غير مغلق بـ«]» في الجزء نفسه من المسار، فيؤخذ حرفيا (يطابق «[» في المسار، لا مجموعة أحرف)؛ أغلقه، أو اكتب «[[]» إن أردت «[» نفسه');
    en.push('the "[" is not closed by "]" in the same path segment, so it is taken literally (it matches a "[" in the path, not a set of characters); close it, or write "[[]" to mean "[" itself');
  }
  if (unclosed.has('{')) {
    ar.push('القوس «{» غير مغلق بـ«}»، فيؤخذ حرفيا (يطابق «{» في المسار، لا بدائل)؛ أغلقه، أو اكتب «[{]» إن أردت «{» نفسه');
    en.push('the "{" is not closed by "}", so it is taken literally (it matches a "{" in the path, not alternatives); close it, or write "[{]" to mean "{" itself');
  }
  return { ar: `نمط الملفات: ${ar.join('؛ و')}`, en: `Glob: ${en.join('; ')}` };
}

/**
 * `{a,b}` alternatives, nested, expanded; undefined when there would be too many. A `{`
 * without a top-level comma is text; one without a `}` too, and goes into `unclosed`.
 */
function expandBraces(p: string, unclosed: Set<Bracket>): string[] | undefined {
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
      if (close < 0 && !inSet(p, i)) unclosed.add('{');
      const parts = close < 0 ? undefined : splitTopLevel(p.slice(i + 1, close));
      if (parts && parts.length > 1) {
        const options: string[] = [];
        for (const part of parts) {
          const sub = expandBraces(part, unclosed);
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

/** Whether p[at] is inside a closed `[…]` of its path segment (`[{]`: a `{` meant as itself). */
function inSet(p: string, at: number): boolean {
  const slash = p.indexOf('/', at);
  const seg = slash < 0 ? p : p.slice(0, slash);
  for (let i = p.lastIndexOf('/', at) + 1; i < at; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === '[') {
      const set = parseSet(seg, i);
      if (set && set.end > at) return true;
      if (set) i = set.end;
    }
  }
  return false;
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

function parse(alternative: string, unclosed: Set<Bracket>): Segment[] {
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
        } else {
          unclosed.add('[');
          atoms.push({ k: 'char', c: ch });
        }
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
