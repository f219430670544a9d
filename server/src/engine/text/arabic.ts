// Proclitic segmentation of folded Arabic words.
//
// A word may carry: a conjunction (و ف), then a preposition (ب ل ك) or the future
// particle (س, verbs only), then the article (ال). ل + ال is written لل (the alef drops).
// segment() lists every reading, from the bare word to the longest prefix, because a
// leading و or ب may just as well be a root letter (وزير، بحث): the rules decide with
// a lexicon or a names list which reading is meant.

export interface Segment {
  /** The proclitic letters as they appear in the folded word ('' for none). */
  prefix: string;
  /** The word without prefix and without the article. */
  stem: string;
  /** The word carries the article (ال, or the ل of لل). */
  article: boolean;
  /** The conjunction (و/ف) or '' */
  conj: string;
  /** The preposition / future particle (ب ل ك س) or '' */
  prep: string;
}

const CONJ: Record<number, string> = { 0x648: 'و', 0x641: 'ف' };
const PREP: Record<number, string> = { 0x628: 'ب', 0x644: 'ل', 0x643: 'ك', 0x633: 'س' };

// Rules segment every word they look at, and news text repeats its words: readings are
// cached per stem length (bounded; cleared when full). The arrays are shared, so frozen.
const CACHE_LIMIT = 20000;
const caches = new Map<number, Map<string, Segment[]>>();

/**
 * All readings of a folded word, shortest prefix first. The stem must keep at least
 * `minStem` letters (default 2). The result is shared and frozen: do not modify it.
 */
export function segment(norm: string, minStem = 2): Segment[] {
  let cache = caches.get(minStem);
  if (!cache) caches.set(minStem, (cache = new Map()));
  let out = cache.get(norm);
  if (out === undefined) {
    out = readings(norm, minStem);
    for (const s of out) Object.freeze(s);
    Object.freeze(out);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(norm, out);
  }
  return out;
}

function readings(norm: string, minStem: number): Segment[] {
  const out: Segment[] = [];
  // Conjunction: none, or the word's first letter when it is و or ف; then the preposition or
  // future particle: none, or the next letter when it is ب ل ك س. (In this order: the same
  // order as trying every combination, since at most one letter matches at each place.)
  for (let ci = 0; ci < 2; ci++) {
    const conj = ci === 0 ? '' : (CONJ[norm.charCodeAt(0)] ?? '');
    if (ci === 1 && conj === '') break;
    const o = conj.length;
    for (let pi = 0; pi < 2; pi++) {
      const prep = pi === 0 ? '' : (PREP[norm.charCodeAt(o)] ?? '');
      if (pi === 1 && prep === '') break;
      const p = conj + prep;
      const rest = norm.slice(p.length);
      if (rest.length >= minStem) out.push({ prefix: p, stem: rest, article: false, conj, prep });
      if (prep === 'س') continue; // no article after the future particle
      if (prep === 'ل') {
        // لل = ل + ال
        if (rest.startsWith('ل') && rest.length - 1 >= minStem) {
          out.push({ prefix: p + 'ل', stem: rest.slice(1), article: true, conj, prep });
        }
      } else if (rest.startsWith('ال') && rest.length - 2 >= minStem) {
        out.push({ prefix: p + 'ال', stem: rest.slice(2), article: true, conj, prep });
      }
    }
  }
  return out;
}

/**
 * Count how many original code units of `word` make up the first `n` folded letters:
 * the offset in the original word where a prefix of `n` folded letters ends
 * (diacritics and tatweel after the last prefix letter stay with the prefix).
 */
export function originalPrefixLength(word: string, n: number, foldOne: (c: number) => string): number {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < n) {
    seen += foldOne(word.charCodeAt(i)).length;
    i++;
  }
  // keep marks that belong to the last prefix letter
  while (i < word.length && foldOne(word.charCodeAt(i)).length === 0) i++;
  return i;
}

/**
 * An Arabic letter (the Arabic block, its supplement and extended-A, and the presentation
 * forms). A Markdown or plain-text file without one is no Arabic draft (an English README, a
 * changelog): it is not checked, and gets no findings of the spacing or punctuation rules.
 */
export const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/;

/**
 * Is a document of language `languageId` with text `text` checked as an Arabic draft? An
 * `arabic-news` one always; another only with an Arabic letter in it, or no letter at all (an
 * empty draft, a line of figures: the draft is still to be written).
 */
export function arabicDraft(languageId: string, text: string): boolean {
  return languageId === 'arabic-news' || ARABIC_LETTER.test(text) || !/\p{L}/u.test(text);
}
