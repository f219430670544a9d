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

import { effectiveOptions, effectiveSeverity } from '../engine/engine';
import { withProclitics } from '../engine/rules/honorifics/titles';
import { segment } from '../engine/text/arabic';
import { foldString } from '../engine/text/fold';
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
