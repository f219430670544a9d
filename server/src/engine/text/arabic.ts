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

const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك', 'س'];

/**
 * All readings of a folded word, shortest prefix first. The stem must keep at least
 * `minStem` letters (default 2).
 */
export function segment(norm: string, minStem = 2): Segment[] {
  const out: Segment[] = [];
  for (const conj of CONJ) {
    if (conj && !norm.startsWith(conj)) continue;
    for (const prep of PREP) {
      const p = conj + prep;
      if (prep && !norm.startsWith(p)) continue;
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
