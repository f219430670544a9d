// Finding the names of the newsroom's names list in a draft.
//
// The list is indexed once by the folded first word of every spelling (canonical,
// variants, and the surname alone), so the cost of a check does not grow with the
// size of the list: each word of the draft costs a few Map lookups, whether the list
// holds 100 names or 100,000.
//
// A mention is matched on folded words (diacritics, tatweel, presentation forms, alef,
// yeh and teh-marbuta variants all fold), through proclitics (و ف ب ل ك, لل), across
// any run of spaces or no-break spaces between the parts, and never inside a longer
// word (whole tokens only).

import { originalPrefixLength, segment } from '../../text/arabic';
import type { AnalysedDocument } from '../../text/document';
import { foldChar, foldString, stripMarks } from '../../text/fold';
import type { NameEntry } from '../../types';

export interface NameForm {
  entry: NameEntry;
  /** Folded words of this spelling. */
  words: string[];
  /** The spelling as written in the list. */
  text: string;
  kind: 'canonical' | 'variant' | 'surname' | 'variant-surname';
}

export interface NameIndex {
  byFirst: Map<string, NameForm[]>;
  /** Longest spelling in words. */
  maxWords: number;
}

const indexCache = new WeakMap<readonly NameEntry[], NameIndex>();

function splitWords(s: string): string[] {
  return s.split(/[\s\u00a0]+/).filter((w) => w.length > 0);
}

/** Index a names list (cached per list object). */
export function nameIndex(names: readonly NameEntry[]): NameIndex {
  const hit = indexCache.get(names);
  if (hit) return hit;
  const byFirst = new Map<string, NameForm[]>();
  let maxWords = 1;
  const add = (entry: NameEntry, text: string, kind: NameForm['kind']) => {
    const words = splitWords(text).map((w) => foldString(w));
    if (words.length === 0 || words.some((w) => w.length === 0)) return;
    maxWords = Math.max(maxWords, words.length);
    const list = byFirst.get(words[0]);
    const form: NameForm = { entry, words, text, kind };
    if (list) list.push(form);
    else byFirst.set(words[0], [form]);
  };
  for (const entry of names) {
    add(entry, entry.canonical, 'canonical');
    const canonWords = splitWords(entry.canonical);
    const surname = canonWords.length > 1 ? canonWords[canonWords.length - 1] : undefined;
    if (surname && foldString(surname).length >= 3) add(entry, surname, 'surname');
    for (const v of entry.variants) {
      add(entry, v, 'variant');
      const vw = splitWords(v);
      // a variant's surname alone (طلعة for عمرو طلعة) when it differs from the canonical surname
      if (surname && vw.length === canonWords.length && vw.length > 1) {
        const vs = vw[vw.length - 1];
        if (stripMarks(vs) !== stripMarks(surname) && foldString(vs).length >= 3) add(entry, vs, 'variant-surname');
      }
    }
  }
  const idx = { byFirst, maxWords };
  indexCache.set(names, idx);
  return idx;
}

export interface NameMention {
  form: NameForm;
  entry: NameEntry;
  /** The name without its proclitic. */
  start: number;
  end: number;
  /** Start of the first word (proclitic included). */
  wordStart: number;
  /** The proclitic as written ('' for none). */
  prefix: string;
  /** Token indexes of the first and last word. */
  firstToken: number;
  lastToken: number;
  /** The mention is not written as the canonical spelling (ignoring marks and final ى/ي). */
  misspelt: boolean;
  /** Written after ل with the article's alef dropped (للسيسي): replacements drop it too. */
  lamLam: boolean;
}

/** Compare spellings: marks ignored, final ى/ي not a difference (the final-yeh rule owns that). */
export function sameSpelling(a: string, b: string): boolean {
  const n = (s: string) => stripMarks(s).replace(/[\s\u00a0]+/g, ' ').replace(/ى(?= |$)/g, 'ي');
  return n(a) === n(b);
}

const mentionCache = new WeakMap<AnalysedDocument, { names: readonly NameEntry[]; mentions: NameMention[] }>();

/** Every mention of a listed name in the document, longest match first at each place. */
export function findNameMentions(doc: AnalysedDocument, names: readonly NameEntry[] | undefined): NameMention[] {
  if (!names || names.length === 0) return [];
  const hit = mentionCache.get(doc);
  if (hit && hit.names === names) return hit.mentions;
  const idx = nameIndex(names);
  const toks = doc.tokens;
  const text = doc.text;
  const out: NameMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    let best: { form: NameForm; seg: { prefix: string; article: boolean }; last: number } | undefined;
    for (const seg of segment(t.norm, 2)) {
      if (seg.prep === 'س') continue;
      const first = seg.article ? 'ال' + seg.stem : seg.stem;
      const cands = idx.byFirst.get(first);
      if (!cands) continue;
      for (const form of cands) {
        if (seg.article && !form.words[0].startsWith('ال')) continue;
        const last = matchRest(doc, i, form.words);
        if (last < 0) continue;
        if (!best || form.words.length > best.form.words.length || (form.words.length === best.form.words.length && seg.prefix.length < best.seg.prefix.length)) {
          best = { form, seg: { prefix: seg.prefix, article: seg.article }, last };
        }
      }
    }
    if (!best) {
      i++;
      continue;
    }
    // the proclitic, in original characters (لل of للسيسي keeps one ل as the article's)
    const prefixLetters = best.seg.article && best.seg.prefix.endsWith('لل') ? best.seg.prefix.length - 1 : best.seg.prefix.length - (best.seg.article ? 2 : 0);
    const word = text.slice(t.start, t.end);
    const k = prefixLetters > 0 ? originalPrefixLength(word, prefixLetters, (c) => foldChar(c)) : 0;
    const start = t.start + k;
    const end = toks[best.last].end;
    const written = text.slice(start, end);
    const canonicalPart = best.form.kind === 'surname' || best.form.kind === 'variant-surname' ? lastWord(best.form.entry.canonical) : best.form.entry.canonical;
    const lamLam = best.seg.article && best.seg.prefix.endsWith('لل');
    const writtenCmp = lamLam ? 'ا' + written : written;
    out.push({
      form: best.form,
      entry: best.form.entry,
      start,
      end,
      wordStart: t.start,
      prefix: word.slice(0, k),
      firstToken: i,
      lastToken: best.last,
      misspelt: !sameSpelling(writtenCmp, canonicalPart),
      lamLam,
    });
    i = best.last + 1;
  }
  mentionCache.set(doc, { names, mentions: out });
  return out;
}

export function lastWord(s: string): string {
  const w = splitWords(s);
  return w[w.length - 1] ?? s;
}

/** Match words[1..] against the tokens after i (spaces/NBSP/format between); returns the last token index or -1. */
function matchRest(doc: AnalysedDocument, i: number, words: string[]): number {
  const toks = doc.tokens;
  let k = i;
  for (let w = 1; w < words.length; w++) {
    k++;
    let sawSpace = false;
    while (k < toks.length && (toks[k].kind === 'space' || toks[k].kind === 'format')) {
      if (toks[k].kind === 'space') sawSpace = true;
      k++;
    }
    if (!sawSpace || k >= toks.length || toks[k].kind !== 'word' || toks[k].norm !== words[w]) return -1;
  }
  // never part of a longer word run glued by tatweel etc.: whole tokens only, so nothing else to check
  return k;
}

/** The replacement text for a mention: the canonical spelling (or canonical surname). */
export function canonicalFor(m: NameMention): string {
  const c = m.form.kind === 'surname' || m.form.kind === 'variant-surname' ? lastWord(m.entry.canonical) : m.entry.canonical;
  return m.lamLam && c.startsWith('ا') ? c.slice(1) : c;
}

const prefixCache = new WeakMap<readonly NameEntry[], Array<{ key: string; entry: NameEntry }>>();

/**
 * Listed names whose canonical spelling starts with the folded `prefix` (for completion):
 * a binary search in a sorted array built once per list, so 100,000 names cost the same
 * as 100.
 */
export function namesStartingWith(names: readonly NameEntry[], prefix: string, limit = 50): NameEntry[] {
  let sorted = prefixCache.get(names);
  if (!sorted) {
    sorted = names.map((entry) => ({ key: foldString(entry.canonical), entry })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    prefixCache.set(names, sorted);
  }
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].key < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: NameEntry[] = [];
  for (let i = lo; i < sorted.length && out.length < limit && sorted[i].key.startsWith(prefix); i++) out.push(sorted[i].entry);
  return out;
}
