// Arabic cursive joining, as far as the invisible-character rules need it: does a
// character connect to the letter after it (dual-joining letters, tatweel), and does it
// connect to the letter before it (any joining letter). From Unicode's ArabicShaping.txt:
// right-joining letters (ا د ذ ر ز و ة …) never connect to what follows, hamza ء
// connects to nothing. A ZWNJ only changes the rendering between a letter that joins
// forward and a letter that joins backward; anywhere else it does nothing visible.

import { isArabicLetter, isDiacritic, isPresentationForm, TATWEEL } from '../../text/chars';

const RIGHT_JOINING = new Set<number>([
  0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648, 0x0671, 0x0672, 0x0673, 0x0675, 0x0676, 0x0677,
  0x0688, 0x0689, 0x068a, 0x068b, 0x068c, 0x068d, 0x068e, 0x068f, 0x0690, 0x0691, 0x0692, 0x0693, 0x0694, 0x0695, 0x0696, 0x0697, 0x0698, 0x0699,
  0x06c0, 0x06c3, 0x06c4, 0x06c5, 0x06c6, 0x06c7, 0x06c8, 0x06c9, 0x06ca, 0x06cb, 0x06cd, 0x06cf, 0x06d2, 0x06d3, 0x06d5, 0x06ee, 0x06ef,
]);
const NON_JOINING = new Set<number>([0x0621, 0x0674, 0x06dd]);

const nfkcCache = new Map<number, string>();
function nfkc(c: number): string {
  let s = nfkcCache.get(c);
  if (s === undefined) {
    s = String.fromCharCode(c).normalize('NFKC');
    nfkcCache.set(c, s);
  }
  return s;
}

/** The letter connects to the following letter (dual-joining, or tatweel). */
export function joinsForward(c: number): boolean {
  if (c === TATWEEL) return true;
  if (isArabicLetter(c)) return !RIGHT_JOINING.has(c) && !NON_JOINING.has(c);
  if (isPresentationForm(c)) {
    const s = nfkc(c);
    const last = s.charCodeAt(s.length - 1);
    return s !== String.fromCharCode(c) && isArabicLetter(last) && joinsForward(last);
  }
  return false;
}

/** The letter connects to the preceding letter (any joining letter, or tatweel). */
export function joinsBackward(c: number): boolean {
  if (c === TATWEEL) return true;
  if (isArabicLetter(c)) return !NON_JOINING.has(c);
  if (isPresentationForm(c)) {
    const s = nfkc(c);
    const first = s.charCodeAt(0);
    return s !== String.fromCharCode(c) && isArabicLetter(first) && joinsBackward(first);
  }
  return false;
}

/** The base character before offset i, skipping diacritics (which are transparent to joining); -1 at the start. */
export function baseBefore(text: string, i: number, floor = 0): number {
  let k = i - 1;
  while (k >= floor && isDiacritic(text.charCodeAt(k))) k--;
  return k >= floor ? text.charCodeAt(k) : -1;
}
