// VS Code lays out the Problems panel, the quick-fix menu and a squiggle's hover left to right.
// An Arabic message with a Latin word or a mark inside («scrape-leftover», .mudaqqiq.json, (RLM))
// is then shown in pieces placed from the left: «أصلح كل ملاحظات «scrape-leftover» في هذه المسودة»
// reads «في هذه المسودة» first. Wrapped in a right-to-left isolate (RLI … PDI) the message is laid
// out as the right-to-left text it is, whatever the panel's direction. A message whose first
// strong letter is Latin (the English messages, which quote Arabic words) is left as it is.
// (No `vscode` import: the unit tests read this module.)

const RLI = '\u2067';
const PDI = '\u2069';

/** The first letter with a direction of its own: 'rtl' (Hebrew, Arabic …), 'ltr' (Latin …), or undefined. */
function firstStrong(s: string): 'rtl' | 'ltr' | undefined {
  for (const ch of s) {
    if (/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/.test(ch)) return 'rtl';
    if (/\p{L}/u.test(ch)) return 'ltr';
  }
  return undefined;
}

/** `s` in a right-to-left isolate when it is right-to-left text (its first strong letter Arabic), else `s`. */
export function isolateRtl(s: string): string {
  if (s.startsWith(RLI) || firstStrong(s) !== 'rtl') return s;
  return RLI + s + PDI;
}
