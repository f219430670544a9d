// Precision of the lexicon-driven orthography rules on real, edited news text: every
// finding on the 130 clean SaudiNewsNet articles was read in its sentence and judged right
// (orthography-accepted.tsv: the articles are "clean" but still hold real hamza, ة and
// spacing slips, and the Egyptian ى of one article). The test fails on any finding not in
// that list (a new one is wrong until someone has read it) and on a judged-right finding
// that disappears (a recall regression). Corpus text is read from ../shared at test time.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { saudiArticles } from '../lib/corpus';
import { findingLines } from './orthography-findings';

const accepted = readFileSync(join(__dirname, 'orthography-accepted.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));

function diff(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

describe('orthography rules on the 130 clean SaudiNewsNet articles', () => {
  const articles = saudiArticles();
  const found: string[] = [];
  for (const [file, text] of articles) found.push(...findingLines(file, text));

  it('reads all 130 articles', () => {
    assert.equal(articles.length, 130);
  });

  it('makes no finding that was not read and judged right (zero wrong findings)', () => {
    const unjudged = diff(found, accepted);
    assert.deepEqual(unjudged, [], `findings nobody has judged (read them; add the right ones to orthography-accepted.tsv, fix the rule for the wrong ones):\n${unjudged.join('\n')}`);
  });

  it('still finds every finding judged right', () => {
    const lost = diff(accepted, found);
    assert.deepEqual(lost, [], `judged-right findings no longer made:\n${lost.join('\n')}`);
  });

  it('finds real slips in the "clean" articles: over 150 hamza, and some of every kind', () => {
    const by = (rule: string) => found.filter((l) => l.split('\t')[1] === rule).length;
    assert.ok(by('hamza') >= 150, `hamza ${by('hamza')}`);
    for (const rule of ['teh-marbuta', 'final-yeh', 'spacing-errors']) assert.ok(by(rule) > 0, rule);
  });
});
