// first-mention's headline block ends at the first paragraph that ends in a sentence mark or
// holds 20 words or more. headlineEnd counts the words in place; it must agree with the plain
// reading (trim, split on white space, test the last character) on real articles and on
// paragraphs of every kind of white space.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyse, type AnalysedDocument } from '../../server/src/engine/text/document';
import { headlineEnd } from '../../server/src/engine/rules/honorifics/first-mention';
import { sampleArticle, saudiArticles } from '../lib/corpus';
import { arabicWord } from '../reliability/arbitraries';

/** The plain reading, as the rule was first written. */
function plainHeadlineEnd(doc: AnalysedDocument): number {
  for (const p of doc.paragraphs) {
    const s = doc.text.slice(p.start, p.end).trim();
    if (/[.!؟?:»"]$/.test(s) || s.split(/\s+/).length >= 20) return p.start;
  }
  return 0;
}

describe('headlineEnd', () => {
  it('agrees with the plain reading on the sample article and the 130 SaudiNewsNet articles', () => {
    const texts = [sampleArticle(), ...saudiArticles().map(([, t]) => t)];
    let body = 0;
    for (const t of texts) {
      const doc = analyse(t, 'plaintext');
      assert.equal(headlineEnd(doc), plainHeadlineEnd(doc));
      if (headlineEnd(doc) > 0) body++;
    }
    assert.ok(body > 50, `a headline block found in ${body} articles`);
  });

  it('agrees on paragraphs of words, marks and every kind of white space (property)', () => {
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\r\n', '\n\n');
    const piece = fc.oneof(arabicWord, fc.constantFrom('.', '؟', '»', '"', ':', '،', '!'), space);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const doc = analyse(pieces.join(''), 'plaintext');
        assert.equal(headlineEnd(doc), plainHeadlineEnd(doc));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees at the edge: paragraphs of 17 to 22 words, with and without a closing mark (property)', () => {
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2028', '\u3000');
    const para = fc.tuple(fc.array(fc.tuple(arabicWord, space), { minLength: 17, maxLength: 22 }), fc.constantFrom('', '.', '،', '»', ' ')).map(([ws, end]) => ws.map(([w, sp]) => w + sp).join('') + end);
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 3 }), (paras) => {
        const doc = analyse(paras.join('\n'), 'plaintext');
        assert.equal(headlineEnd(doc), plainHeadlineEnd(doc));
      }),
      { numRuns: 300 },
    );
  });
});
