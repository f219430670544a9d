// The generators of the property tests really produce what issue 10 lists: Arabic letters,
// diacritics, tatweel, clitics (proclitics and attached pronouns), all three digit systems,
// Latin, emoji and other astral characters, lone surrogates, bidi controls, zero-width
// characters, CRLF and lone CR line ends, very long lines and empty documents. A property
// that passes on drafts that never hold the hostile character proves nothing about it: this
// samples the generators (fixed seed) and counts each ingredient.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { arabicWord, draft, ENCLITICS, longLine, PROCLITICS, soup } from './arbitraries';

const SEED = 20261129;

/** A surrogate half that is not part of a pair. */
function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = s.charCodeAt(i + 1);
      if (!(n >= 0xdc00 && n <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

const INGREDIENTS: Array<[string, (s: string) => boolean]> = [
  ['Arabic letters', (s) => /[\u0621-\u063a\u0641-\u064a]/.test(s)],
  ['diacritics', (s) => /[\u064b-\u065f\u0670]/.test(s)],
  ['tatweel', (s) => s.includes('\u0640')],
  ['Western digits', (s) => /[0-9]/.test(s)],
  ['Arabic-Indic digits', (s) => /[\u0660-\u0669]/.test(s)],
  ['Persian digits', (s) => /[\u06f0-\u06f9]/.test(s)],
  ['two systems in one number', (s) => /[0-9][\u0660-\u0669\u06f0-\u06f9]|[\u0660-\u0669\u06f0-\u06f9][0-9]/.test(s)],
  ['Latin words', (s) => /[A-Za-z]{2,}/.test(s)],
  ['emoji and other astral characters', (s) => /[\ud800-\udbff][\udc00-\udfff]/.test(s)],
  ['lone surrogates', hasLoneSurrogate],
  ['bidi controls', (s) => /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/.test(s)],
  ['zero-width characters', (s) => /[\u200b-\u200d\u2060\ufeff\u180e]/.test(s)],
  ['CRLF', (s) => s.includes('\r\n')],
  ['lone CR', (s) => /\r(?!\n)/.test(s)],
  ['LF alone', (s) => /(^|[^\r])\n/.test(s)],
  ['U+2028 or NEL', (s) => /[\u2028\u0085]/.test(s)],
  ['empty document', (s) => s === ''],
];

describe('the generators cover every ingredient issue 10 lists', () => {
  it('drafts and character soup: each ingredient in a fair share of the cases', () => {
    for (const [name, arb, n] of [['draft()', draft(), 2000], ['soup', soup, 2000]] as const) {
      const texts = fc.sample(arb, { numRuns: n, seed: SEED });
      const shares = INGREDIENTS.map(([what, has]) => [what, texts.filter(has).length] as const);
      console.log(`  ${name}, ${n} cases: ${shares.map(([w, k]) => `${w} ${((100 * k) / n).toFixed(0)}%`).join(', ')}`);
      for (const [what, k] of shares) assert.ok(k >= n / 200, `${name}: ${what} in only ${k} of ${n} cases`);
    }
  });

  it('random words carry proclitics and attached pronouns', () => {
    const n = 2000;
    const words = fc.sample(arabicWord, { numRuns: n, seed: SEED });
    // the multi-letter ones: random letters alone would hardly ever begin or end so
    const pro = words.filter((w) => PROCLITICS.some((p) => p.length > 1 && w.startsWith(p))).length;
    const en = words.filter((w) => ENCLITICS.some((e) => e.length > 1 && w.endsWith(e))).length;
    console.log(`  arabicWord, ${n} cases: ${((100 * pro) / n).toFixed(0)}% with a proclitic of two letters or more, ${((100 * en) / n).toFixed(0)}% with an attached pronoun of two letters or more`);
    assert.ok(pro > n / 20, `proclitics: ${pro} of ${n}`);
    assert.ok(en > n / 20, `attached pronouns: ${en} of ${n}`);
  });

  it('very long lines: no line break, up to 40,000 characters', () => {
    const lines = fc.sample(longLine, { numRuns: 100, seed: SEED });
    assert.ok(lines.every((l) => !/[\r\n\u2028\u0085]/.test(l)), 'a long line holds no line break');
    const longest = Math.max(...lines.map((l) => l.length));
    const over10k = lines.filter((l) => l.length >= 10_000).length;
    console.log(`  longLine, 100 cases: ${over10k} of 10,000 characters or more, the longest ${longest}`);
    assert.ok(over10k >= 20 && longest >= 30_000, `${over10k} lines over 10,000, longest ${longest}`);
    // the property test's case count and time are set for lines up to 40,000 (a 10-character unit repeated 40,000 times was 400,000)
    assert.ok(longest <= 40_000, `a line of ${longest} characters`);
  });
});
