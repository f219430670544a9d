// VS Code lays out the Problems panel, the quick-fix menu and a squiggle's hover left to right.
// An Arabic message with a Latin word or a mark inside («scrape-leftover», .mudaqqiq.json, (RLM))
// is then shown in pieces placed from the left: «أصلح كل ملاحظات «scrape-leftover» في هذه المسودة»
// reads «في هذه المسودة» first. Wrapped in a right-to-left isolate (RLI … PDI) the message is laid
// out as the right-to-left text it is, whatever the panel's direction. An English message (which
// may quote Arabic words, and open with one) is left as it is. (A message copied from the panel
// into a draft brings the two marks along: bidi-controls reports them there.)
// (No `vscode` import: the unit tests read this module.)

import { ARABIC_LETTER } from '../../server/src/engine/text/arabic';

const RLI = '\u2067';
const PDI = '\u2069';

/**
 * Is `s` right-to-left text: more Arabic letters than Latin ones outside its quotations? An
 * English message quotes Arabic words («الي» may be إلى, “أشاد” takes بـ) and an Arabic one
 * Latin names (ملاحظات «scrape-leftover»): what is quoted, in braces or in code does not decide,
 * nor do digits and marks (١٢ findings).
 */
function rightToLeft(s: string): boolean {
  const unquoted = s.replace(/«[^»]*»|“[^”]*”|"[^"]*"|‘[^’]*’|\{[^}]*\}|`[^`]*`/g, ' ');
  let arabic = 0;
  let latin = 0;
  for (const ch of unquoted) {
    if (ARABIC_LETTER.test(ch)) arabic++;
    else if (/[A-Za-z\u00C0-\u024F]/.test(ch)) latin++;
  }
  return arabic > latin;
}

/**
 * `s` in a right-to-left isolate when it is right-to-left text, else `s`: by `lang` where the
 * server said the language (an English message listing Arabic suggestions stays left to right),
 * else by its letters (see rightToLeft).
 */
export function isolateRtl(s: string, lang?: 'ar' | 'en'): string {
  if (s.startsWith(RLI) || (lang ? lang !== 'ar' : !rightToLeft(s))) return s;
  return RLI + s + PDI;
}
