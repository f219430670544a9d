// Headlines and subheadings: the lines of a draft that are not copy. Rules that ask of a line
// whether it is one (doubled-punctuation offers a colon for a headline's «..»; title-abbreviation
// lets a headline keep «د.») share this test.

import { endsSentence, isBlank, type AnalysedDocument } from '../text/document';
import { finiteVerb } from './reporting-verbs/lexicon';
import { blockMarkerAt } from '../text/markdown';

/** The most words a headline or a subheading holds (the corpus's 130 headlines: 3 to 19). */
const HEADLINE_WORDS = 20;

/**
 * Does a line that opens with the folded word read as copy, not a headline: و or ف and a
 * reporting verb (وقال، وأضاف، فأكد), or a reporting verb in the past (قال د. أحمد السديري إن،
 * أكد الوزير: a headline says it in the present, يؤكد)?
 */
function continuesCopy(norm: string): boolean {
  return finiteVerb(norm, (m) => m.prefix.length > 0 || m.kind === 'past');
}

/**
 * Is offset p on a headline's line (or a subheading's): a Markdown heading, or one that ends no sentence (see
 * endsSentence) nor in a colon, holds at most HEADLINE_WORDS words, does not open as copy does
 * (continuesCopy), and has a blank line after it, and a line after that — not a line broken
 * inside a sentence, nor a lone line of copy? (A line break and
 * the end of the text after the line are no blank line: the incremental checker checks a part
 * of a block ending so, which the whole draft continues on the next line.)
 */
export function isHeadlineLine(doc: AnalysedDocument, p: number): boolean {
  // a Markdown heading is one, question mark and all (# `#ChatGPT_بالمصري`.. كيف …؟: the digital desk)
  if (isMarkdownHeading(doc, p)) return true;
  const { text, tokens: toks } = doc;
  const li = doc.lineIndexAt(p);
  const line = doc.lines[li];
  const next = doc.lines[li + 1];
  if (!next || li + 2 >= doc.lines.length || !isBlank(text, next.start, next.end)) return false;
  if (endsSentence(text, line.start, line.end)) return false;
  // a line ending in a colon introduces what follows (أكد د. أحمد السديري في تصريح صحفي:)
  let e = line.end;
  while (e > line.start && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
  if (e > line.start && text.charCodeAt(e - 1) === 0x3a) return false;
  let words = 0;
  for (let k = doc.tokenIndexAt(line.start); k >= 0 && k < toks.length && toks[k].start < line.end; k++) {
    if (toks[k].kind !== 'word') continue;
    // a line of copy being typed opens with و and a verb of saying (وقال الوزير إن …); a headline never does
    if (words === 0 && continuesCopy(toks[k].norm)) return false;
    if (++words > HEADLINE_WORDS) return false;
  }
  return true;
}

/**
 * Is offset p on a Markdown heading's line (ATX: up to three spaces, one to six #, then a space
 * or the line's end)? A subheading says what the section holds, in a question as often as not
 * (## ماذا تقول الأرصاد؟): no copy.
 */
export function isMarkdownHeading(doc: AnalysedDocument, p: number): boolean {
  if (doc.languageId !== 'markdown') return false;
  const { text } = doc;
  const line = doc.lines[doc.lineIndexAt(p)];
  let q = blockMarkerAt(text, line.start, line.end);
  let hashes = 0;
  while (q < line.end && text.charCodeAt(q) === 0x23) {
    q++;
    hashes++;
  }
  return hashes >= 1 && hashes <= 6 && (q === line.end || text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x09);
}
