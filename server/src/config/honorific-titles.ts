// A house style that contradicts itself so that fix-all never settles: a word that
// ornamental-honorific cuts (its option `extra`, which `words.honorifics` joins) is the whole
// title the names list gives someone, which first-mention writes before the first mention.
// One rule writes «الدكتور عمرو طلعت», the other cuts it back to «عمرو طلعت», in turn; the
// engine's fix-all guard then leaves a rule out. The loader warns at the word instead.
//
// Words are compared as ornamental-honorific compares them, with the rule's own helpers
// (engine/rules/honorifics/ornamental-honorific.ts: foldPhrase, foldAllow, matcherFor): each
// folded (diacritics, tatweel, alef and yeh forms), a phrase split at white space, its first word read through a proclitic but never through the
// article (the option's «دكتور» does not cut «الدكتور»). Only a cut of the whole title loops:
// cutting part of «الأستاذ الدكتور» leaves a title before the name, which first-mention leaves
// alone.
//
// The rule's built-in list (فخامة، معالي، صاحب السمو …) clashes with the names list too, without
// an `extra` word: a title or role that holds one of them («معالي»، «فخامة الرئيس»، «معالي وزير
// الخارجية») is written by first-mention and flagged by ornamental-honorific in what it wrote.
// Whatever the draft says, one of the two warns; where the cut takes the honorific and first-mention
// then asks for it again (a role «فخامة الرئيس»), fix-all never settles. builtInHonorificClashes
// finds them by running the rule itself over what first-mention writes (its own fullForm), followed
// by a word as in a draft, for each title and role with a word the rule starts a match with.

import { effectiveOptions, effectiveSeverity, runRules } from '../engine/engine';
import { ROW_STRIDE, rowsOf } from '../engine/names-list';
import { fullForm } from '../engine/rules/honorifics/first-mention';
import { foldAllow, foldPhrase, matcherFor } from '../engine/rules/honorifics/ornamental-honorific';
import { withProclitics } from '../engine/rules/honorifics/titles';
import { segment } from '../engine/text/arabic';
import { isArabicWordChar, isBidiControl, isZeroWidth } from '../engine/text/chars';
import { analyse } from '../engine/text/document';
import { fnv1a, foldedHash, foldRange, hashFolded } from '../engine/text/fold';
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

/** The strings of an option's value (an array of them, as the schema asks; anything else left out). */
function strings(v: unknown): string[] {
  return (Array.isArray(v) ? v : []).filter((w): w is string => typeof w === 'string');
}

/**
 * ornamental-honorific (the rule that cuts) and its `extra` and `allow` as resolved, while both
 * it and first-mention (the rule that writes) are on and there are names; else undefined.
 */
function bothOn(names: readonly NameEntry[], config: ResolvedConfig, registry: readonly Rule[]): { cut: Rule; extra: string[]; allow: string[] } | undefined {
  const cut = registry.find((r) => r.meta.id === 'ornamental-honorific');
  const write = registry.find((r) => r.meta.id === 'first-mention');
  if (!cut || !write || names.length === 0) return undefined;
  if (effectiveSeverity(cut, config) === 'off' || effectiveSeverity(write, config) === 'off') return undefined;
  const { extra, allow } = effectiveOptions(cut, config) as { extra?: unknown; allow?: unknown };
  return { cut, extra: strings(extra), allow: strings(allow) };
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
  const both = bothOn(names, config, registry);
  if (!both) return [];
  const { extra, allow } = both;
  if (extra.length === 0) return [];
  const allowed = foldAllow(allow);
  // each folded phrase to the words of `extra` written so
  const words = new Map<string, string[]>();
  for (const e of extra) {
    const folded = foldPhrase(e);
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

/** An invisible the tokenizer keeps inside a word when a letter follows it (ZWNJ, ZWJ, a bidi mark; not the BOM). */
function inWordInvisible(c: number): boolean {
  return (isZeroWidth(c) || isBidiControl(c)) && c !== 0xfeff;
}

/**
 * The test every title and role goes through before the rule reads it: whether one of its words,
 * cut as the tokenizer cuts them and folded, is a word the rule starts a match with, through any
 * proclitic: the rule's own first forms (the first word of each honorific it flags and each
 * pronoun form, under the house's `allow`). Whole words: «سيادة» lets «السياسي» and «روسيا» by,
 * «معالي» «معاون». A word is hashed folded from a range of a string (hashFolded); only one whose
 * hash is a form's is made a string and looked up (a names file of 100,000 rows, each with a role of
 * its own, makes no string for a row without one).
 */
class WordFilter {
  private readonly hashes = new Set<number>();
  /** The longest form, in folded code units. */
  private readonly longest: number = 0;

  constructor(private readonly forms: ReadonlySet<string>) {
    for (const f of forms) {
      this.hashes.add(fnv1a(f)); // (a folded string hashes as itself: hashFolded's h1)
      this.longest = Math.max(this.longest, f.length);
    }
  }

  get empty(): boolean {
    return this.forms.size === 0;
  }

  /** Whether a word of s[from, to), folded, is one of the forms. */
  holds(s: string, from: number, to: number): boolean {
    let start = -1; // the word being read, if any
    for (let i = from; i <= to; i++) {
      const c = i < to ? s.charCodeAt(i) : 0;
      if (isArabicWordChar(c) || (start >= 0 && inWordInvisible(c) && i + 1 < to && isArabicWordChar(s.charCodeAt(i + 1)))) {
        if (start < 0) start = i;
        continue;
      }
      if (start >= 0) {
        hashFolded(s, start, i);
        if (foldedHash.length <= this.longest && this.hashes.has(foldedHash.h1) && this.forms.has(foldRange(s, start, i))) return true;
        start = -1;
      }
    }
    return false;
  }
}

/**
 * Each title and role of `names` that the filter lets through, as a string: a names file's
 * rows are read from its text, and only such a title or role is sliced from it.
 */
function forEachHolding(names: readonly NameEntry[], filter: WordFilter, visit: (index: number, field: 'title' | 'role', value: string) => void): void {
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

/** A title or role the rule is run on, in what first-mention writes with it. */
interface Candidate {
  field: 'title' | 'role';
  value: string;
  /** What first-mention writes at the person's first mention, then the word the draft goes on with. */
  line: string;
  /** Where the value is in `line`. */
  from: number;
}

/**
 * The word after what first-mention writes, as a draft goes on («وقال سامح شكري وزير الخارجية
 * صاحب المعالي إن …»): the rule flags most honorifics only before a word, so one that ends a role
 * is flagged there. No title: an honorific that needs one (سعادة، سيادة) is a noun before it.
 */
const NEXT_WORD = 'إن';

/**
 * Each distinct title and role of `names` that the filter lets through, once, in the list's
 * order: a title with the first person who has it and whose name starts with a word (the word
 * the title's honorific needs after it), a role with its first person.
 */
function forEachCandidate(names: readonly NameEntry[], filter: WordFilter, visit: (c: Candidate) => void): void {
  const seen = { title: new Set<string>(), role: new Set<string>() };
  forEachHolding(names, filter, (i, field, value) => {
    if (seen[field].has(value)) return;
    const e = names[i];
    // a name that starts otherwise leaves the title to a later person
    if (field === 'title' && !startsWithWord(e.canonical)) return;
    seen[field].add(value);
    const full = fullForm(e);
    // the title first, the role last
    const from = field === 'title' ? full.indexOf(value) : full.lastIndexOf(value);
    if (from >= 0) visit({ field, value, line: `${full} ${NEXT_WORD}`, from });
  });
}

/** The rule that cuts, its `allow` as written, and the filter of its first forms under it; undefined while either rule is off. */
function clashSetup(names: readonly NameEntry[], config: ResolvedConfig, registry: readonly Rule[]): { cut: Rule; allow: string[]; filter: WordFilter } | undefined {
  const both = bothOn(names, config, registry);
  if (!both) return undefined;
  const { cut, allow } = both;
  // the built-in list alone (`extra` is honorificTitleLoops' business), as the rule builds it
  const filter = new WordFilter(matcherFor({ extra: [], allow }).firstForms);
  return filter.empty ? undefined : { cut, allow, filter };
}

/**
 * The titles and roles builtInHonorificClashes runs the rule on: each distinct one with a word
 * the rule starts a match with, in the list's order.
 */
export function honorificCandidates(names: readonly NameEntry[], config: ResolvedConfig, registry: readonly Rule[]): Array<{ field: 'title' | 'role'; value: string }> {
  const setup = clashSetup(names, config, registry);
  const out: Array<{ field: 'title' | 'role'; value: string }> = [];
  if (setup) forEachCandidate(names, setup.filter, (c) => out.push({ field: c.field, value: c.value }));
  return out;
}

/**
 * How many candidates the rule reads at once, a line each of one document: enough to spread a
 * run's own cost, few enough that a names file of 100,000 distinct roles never makes a document
 * of them all.
 */
const BATCH_LINES = 256;
const BATCH_CHARS = 32 * 1024;

/**
 * The names list's titles and roles in which ornamental-honorific, with its built-in list alone
 * (`extra` is honorificTitleLoops' business) and the house's `allow`, flags an honorific in what
 * first-mention writes: the title before the first person's name that has it, the role after.
 * None while either rule is off. Each distinct title and role with a word the rule starts a match
 * with is run through the rule once, in batches.
 */
export function builtInHonorificClashes(names: readonly NameEntry[], config: ResolvedConfig, registry: readonly Rule[]): BuiltInHonorificClashes {
  const setup = clashSetup(names, config, registry);
  if (!setup) return NONE;
  const { cut, allow, filter } = setup;
  const titles = new Map<string, BuiltInHonorificClash>();
  const roles = new Map<string, BuiltInHonorificClash>();
  const cutConfig: ResolvedConfig = { rules: { [cut.meta.id]: { severity: 'warning', options: { extra: [], allow } } } };
  const noDirectives = { all: false, rules: new Set<string>() };

  let batch: Candidate[] = [];
  let chars = 0;
  const flush = (): void => {
    if (batch.length === 0) return;
    // a line each: the rule never reads across a line break (one inside a value, an inline
    // entry's, stops it there as it would in a draft)
    const text = batch.map((c) => c.line).join('\n');
    const found = runRules(analyse(text), { rules: [cut], config: cutConfig, fileDisabled: noDirectives }).findings;
    found.sort((a, b) => a.start - b.start);
    let k = 0;
    let lineStart = 0;
    for (const f of found) {
      while (k + 1 < batch.length && lineStart + batch[k].line.length + 1 <= f.start) lineStart += batch[k++].line.length + 1;
      const c = batch[k];
      const from = lineStart + c.from;
      const to = from + c.value.length;
      if (f.start < from || f.start >= to) continue; // in the name, the other field or the next word
      const map = c.field === 'title' ? titles : roles;
      if (map.has(c.value)) continue; // its first honorific is the one named
      const honorific = text.slice(f.start, Math.min(f.end, to));
      map.set(c.value, { field: c.field, value: c.value, honorific, key: foldPhrase(honorific).join(' ') });
    }
    batch = [];
    chars = 0;
  };
  forEachCandidate(names, filter, (c) => {
    batch.push(c);
    chars += c.line.length + 1;
    if (batch.length >= BATCH_LINES || chars >= BATCH_CHARS) flush();
  });
  flush();
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
