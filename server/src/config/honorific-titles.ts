// A house style that contradicts itself so that fix-all never settles: a word that
// ornamental-honorific cuts (its option `extra`, which `words.honorifics` joins) is the whole
// title the names list gives someone, which first-mention writes before the first mention.
// One rule writes «الدكتور عمرو طلعت», the other cuts it back to «عمرو طلعت», in turn; the
// engine's fix-all guard then leaves a rule out. The loader warns at the word instead.
//
// Words are compared as ornamental-honorific compares them (engine/rules/honorifics/
// ornamental-honorific.ts): each folded (foldString: diacritics, tatweel, alef and yeh forms),
// a phrase split at white space, its first word read through a proclitic but never through the
// article (the option's «دكتور» does not cut «الدكتور»). Only a cut of the whole title loops:
// cutting part of «الأستاذ الدكتور» leaves a title before the name, which first-mention leaves
// alone.
//
// The rule's built-in list (فخامة، معالي، صاحب السمو …) clashes with the names list too, without
// an `extra` word: a title or role that holds one of them («معالي»، «فخامة الرئيس»، «معالي وزير
// الخارجية») is written by first-mention and flagged by ornamental-honorific in what it wrote.
// Whatever the draft says, one of the two warns; where the cut takes the honorific and first-mention
// then asks for it again (a role «فخامة الرئيس»), fix-all never settles. builtInHonorificClashes
// finds them by running the rule itself over what first-mention writes.

import { effectiveOptions, effectiveSeverity, runRules } from '../engine/engine';
import { ROW_STRIDE, rowsOf } from '../engine/names-list';
import { HONORIFIC_PRONOUNS, HONORIFICS, withProclitics } from '../engine/rules/honorifics/titles';
import { segment } from '../engine/text/arabic';
import { analyse } from '../engine/text/document';
import { FOLD_TO, foldState, foldString } from '../engine/text/fold';
import { tokenize } from '../engine/text/tokenize';
import type { NameEntry, ResolvedConfig, Rule } from '../engine/types';

export interface HonorificTitleLoop {
  /** The word as the resolved `extra` option lists it. */
  word: string;
  /** The first listed person with that title, as first-mention writes them: «الدكتور عمرو طلعت». */
  example: string;
}

/** The folded phrases ornamental-honorific would cut that cover `title` whole (as `words.join(' ')`). */
function wholeCuts(title: string): string[] {
  const toks = tokenize(title).filter((t) => t.kind !== 'space' && t.kind !== 'format');
  // the rule reads a phrase's words one after another, white space between and nothing else
  if (toks.length === 0 || toks.some((t) => t.kind !== 'word')) return [];
  const first = toks[0].norm;
  const rest = toks.slice(1).map((t) => t.norm);
  const out: string[] = [];
  for (const seg of segment(first, 2)) {
    if (seg.article || seg.prep === 'س') continue;
    if (!withProclitics([seg.stem]).has(first)) continue;
    out.push([seg.stem, ...rest].join(' '));
  }
  return out;
}

/** Whether the rule, having matched the title, finds the word after it it needs (the name's first). */
function startsWithWord(name: string): boolean {
  const t = tokenize(name).find((x) => x.kind !== 'space' && x.kind !== 'format');
  return t?.kind === 'word';
}

/**
 * The words of ornamental-honorific's resolved `extra` option that are a listed person's whole
 * title, each with one person as example; none while either rule is off.
 */
export function honorificTitleLoops(names: readonly NameEntry[], config: ResolvedConfig, registry: readonly Rule[]): HonorificTitleLoop[] {
  const cut = registry.find((r) => r.meta.id === 'ornamental-honorific');
  const write = registry.find((r) => r.meta.id === 'first-mention');
  if (!cut || !write || names.length === 0) return [];
  if (effectiveSeverity(cut, config) === 'off' || effectiveSeverity(write, config) === 'off') return [];
  const { extra, allow } = effectiveOptions(cut, config) as { extra?: unknown; allow?: unknown };
  if (!Array.isArray(extra) || extra.length === 0) return [];
  const allowed = new Set((Array.isArray(allow) ? allow : []).filter((w): w is string => typeof w === 'string').map((w) => foldString(w)));
  // each folded phrase to the words of `extra` written so
  const words = new Map<string, string[]>();
  for (const e of extra) {
    if (typeof e !== 'string') continue;
    const folded = e.split(/\s+/).filter(Boolean).map((w) => foldString(w));
    if (folded.length === 0 || folded.includes('')) continue;
    const key = folded.join(' ');
    if (allowed.has(key)) continue;
    const list = words.get(key);
    if (list) list.push(e);
    else words.set(key, [e]);
  }
  if (words.size === 0) return [];
  // a list holds few distinct titles: each is looked at once (a names file's entry slices its
  // title from the file's text when asked, which costs less than hashing the row's range)
  const cutsOf = new Map<string, string[]>();
  const example = new Map<string, string>();
  for (const n of names) {
    const title = n.title;
    if (!title) continue;
    let cuts = cutsOf.get(title);
    if (cuts === undefined) cutsOf.set(title, (cuts = wholeCuts(title).filter((k) => words.has(k))));
    if (cuts.length === 0) continue;
    const name = n.canonical;
    for (const k of cuts) if (!example.has(k) && startsWithWord(name)) example.set(k, `${title} ${name}`);
    if (example.size === words.size) break;
  }
  const out: HonorificTitleLoop[] = [];
  for (const [key, list] of words) {
    const e = example.get(key);
    if (e !== undefined) for (const word of list) out.push({ word, example: e });
  }
  return out;
}

/** A title or role of the names list that holds an honorific of ornamental-honorific's built-in list. */
export interface BuiltInHonorificClash {
  field: 'title' | 'role';
  /** The title or role as the names list gives it. */
  value: string;
  /** The honorific the rule flags in it, as written there: «معالي», «صاحب السمو». */
  honorific: string;
  /** The honorific folded, words joined by a space (roles are grouped by it). */
  key: string;
}

export interface BuiltInHonorificClashes {
  /** Each title that clashes, and each role. */
  titles: Map<string, BuiltInHonorificClash>;
  roles: Map<string, BuiltInHonorificClash>;
  /** Visit each title and role of `list` (the whole names list, or a part of it) that clashes: its entry's index and the clash. */
  forEach(list: readonly NameEntry[], visit: (index: number, clash: BuiltInHonorificClash) => void): void;
}

const NONE: BuiltInHonorificClashes = { titles: new Map(), roles: new Map(), forEach: () => {} };

/** What first-mention writes at a first mention: the title, the name and the role («الدكتور عمرو طلعت فخامة الرئيس»). */
export function fullForm(title: string | undefined, name: string, role: string | undefined): string {
  return [title, name, role].filter(Boolean).join(' ');
}

/** ornamental-honorific's `allow` option as the rule compares it: each folded, words joined by a space. */
function allowedSet(allow: readonly string[]): Set<string> {
  return new Set(allow.map((w) => w.split(/\s+/).filter(Boolean).map((x) => foldString(x)).join(' ')));
}

/**
 * The test every title and role goes through before the rule reads it: whether, folded, it holds
 * the first three code units of a word the rule starts a match with (the first word of an
 * honorific it flags, a pronoun form). Made of those words; it reads a range of a string
 * without making one (a names file of 100,000 rows, each with a role of its own).
 */
class Prefilter {
  /** The three code units a·2^32 + b·2^16 + c. */
  private readonly starts = new Set<number>();
  /** Each code unit's places in `starts`: bit 0 first, bit 1 second, bit 2 third (most code units of a text have none). */
  private readonly place = new Uint8Array(0x10000);
  /** A word shorter than three code units (none in the list today): everything goes to the rule. */
  private readonly all: boolean = false;

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const f = foldString(w);
      if (f.length < 3) {
        this.all = true;
        continue;
      }
      this.starts.add(f.charCodeAt(0) * 0x100000000 + f.charCodeAt(1) * 0x10000 + f.charCodeAt(2));
      this.place[f.charCodeAt(0)] |= 1;
      this.place[f.charCodeAt(1)] |= 2;
      this.place[f.charCodeAt(2)] |= 4;
    }
  }

  get empty(): boolean {
    return !this.all && this.starts.size === 0;
  }

  /** s[from, to) folded holds one of the starts (a code unit that folds to more than one: yes, the rule decides). */
  holds(s: string, from: number, to: number): boolean {
    if (this.all) return true;
    const place = this.place;
    let a = 0;
    let b = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      const st = foldState(c);
      if (st === 2) continue;
      if (st === 3) return true;
      const f = FOLD_TO[c];
      // (a and b start as U+0000, which is no place of any start)
      if ((place[f] & 4) !== 0 && (place[b] & 2) !== 0 && (place[a] & 1) !== 0 && this.starts.has(a * 0x100000000 + b * 0x10000 + f)) return true;
      a = b;
      b = f;
    }
    return false;
  }
}

/**
 * Each title and role of `names` that the prefilter lets through, as a string: a names file's
 * rows are read from its text, and only such a title or role is sliced from it.
 */
function forEachHolding(names: readonly NameEntry[], filter: Prefilter, visit: (index: number, field: 'title' | 'role', value: string) => void): void {
  const rows = rowsOf(names);
  for (let i = 0; i < names.length; i++) {
    if (rows && !(rows.plain.size > 0 && rows.plain.has(i))) {
      const { text, cells } = rows;
      const at = i * ROW_STRIDE;
      if (cells[at + 2] < cells[at + 3] && filter.holds(text, cells[at + 2], cells[at + 3])) visit(i, 'title', text.slice(cells[at + 2], cells[at + 3]));
      if (cells[at + 4] < cells[at + 5] && filter.holds(text, cells[at + 4], cells[at + 5])) visit(i, 'role', text.slice(cells[at + 4], cells[at + 5]));
      continue;
    }
    const { title, role } = names[i];
    if (title && filter.holds(title, 0, title.length)) visit(i, 'title', title);
    if (role && filter.holds(role, 0, role.length)) visit(i, 'role', role);
  }
}

/**
 * The names list's titles and roles in which ornamental-honorific, with its built-in list alone
 * (`extra` is honorificTitleLoops' business) and the house's `allow`, flags an honorific in what
 * first-mention writes: the title before the first person's name that has it, the role after.
 * None while either rule is off. Each distinct title and role that passes the prefilter is run
 * through the rule once: all of them in one document, a line each.
 */
export function builtInHonorificClashes(names: readonly NameEntry[], config: ResolvedConfig, registry: readonly Rule[]): BuiltInHonorificClashes {
  const cut = registry.find((r) => r.meta.id === 'ornamental-honorific');
  const write = registry.find((r) => r.meta.id === 'first-mention');
  if (!cut || !write || names.length === 0) return NONE;
  if (effectiveSeverity(cut, config) === 'off' || effectiveSeverity(write, config) === 'off') return NONE;
  const { allow } = effectiveOptions(cut, config) as { allow?: unknown };
  const allowList = (Array.isArray(allow) ? allow : []).filter((w): w is string => typeof w === 'string');
  const allowed = allowedSet(allowList);
  const starts = new Set<string>();
  for (const h of HONORIFICS) {
    const words = h.words.map((w) => foldString(w));
    if (!allowed.has(words.join(' '))) starts.add(words[0]);
  }
  for (const p of HONORIFIC_PRONOUNS) if (!allowed.has(foldString(p))) starts.add(p);
  const filter = new Prefilter(starts);
  if (filter.empty) return NONE;

  // each distinct title and role through the filter, with what first-mention writes with it
  interface Candidate {
    field: 'title' | 'role';
    value: string;
    /** The value with the name: the title before it, the role after it. */
    line: string;
    /** Where the value is in `line`. */
    from: number;
  }
  const seen = { title: new Set<string>(), role: new Set<string>() };
  const candidates: Candidate[] = [];
  forEachHolding(names, filter, (i, field, value) => {
    if (seen[field].has(value)) return;
    const name = names[i].canonical;
    // a title's honorific needs a word after it (the name's first): a name that starts otherwise leaves the title to a later person
    if (field === 'title' && !startsWithWord(name)) return;
    seen[field].add(value);
    candidates.push(field === 'title' ? { field, value, line: `${value} ${name}`, from: 0 } : { field, value, line: `${name} ${value}`, from: name.length + 1 });
  });
  if (candidates.length === 0) return NONE;

  const titles = new Map<string, BuiltInHonorificClash>();
  const roles = new Map<string, BuiltInHonorificClash>();
  const cutConfig: ResolvedConfig = { rules: { [cut.meta.id]: { severity: 'warning', options: { extra: [], allow: allowList } } } };
  const noDirectives = { all: false, rules: new Set<string>() };
  // the candidates a line each, in one document: the rule never reads across a line break (one
  // inside a value, an inline entry's, stops it there as it would in a draft)
  const text = candidates.map((c) => c.line).join('\n');
  const lineStarts: number[] = [];
  let at = 0;
  for (const c of candidates) {
    lineStarts.push(at);
    at += c.line.length + 1;
  }
  const found = runRules(analyse(text), { rules: [cut], config: cutConfig, fileDisabled: noDirectives }).findings;
  found.sort((a, b) => a.start - b.start);
  let k = 0;
  for (const f of found) {
    while (k + 1 < candidates.length && lineStarts[k + 1] <= f.start) k++;
    const c = candidates[k];
    const from = lineStarts[k] + c.from;
    const to = from + c.value.length;
    if (f.start < from || f.start >= to) continue; // in the name
    const map = c.field === 'title' ? titles : roles;
    if (map.has(c.value)) continue; // its first honorific is the one named
    const honorific = text.slice(f.start, Math.min(f.end, to));
    const key = honorific.split(/\s+/).filter(Boolean).map((w) => foldString(w)).join(' ');
    map.set(c.value, { field: c.field, value: c.value, honorific, key });
  }
  if (titles.size === 0 && roles.size === 0) return NONE;
  return {
    titles,
    roles,
    forEach(list, visit) {
      forEachHolding(list, filter, (i, field, value) => {
        const clash = (field === 'title' ? titles : roles).get(value);
        if (clash) visit(i, clash);
      });
    },
  };
}
