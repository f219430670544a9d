// Paragraph scans read through documentScan (engine/scans.ts) run once per document and data:
// a paragraph rule and the incremental checker both read a retyped paragraph's verb uses, and
// the second reading must not scan the paragraph again. A scan that reads the house style's
// data scans again under other data, one that reads its rule's options under other options.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/text/document';
import { defineScan, documentScan, giveScans } from '../../server/src/engine/scans';
import { findVerbUses } from '../../server/src/engine/rules/reporting-verbs/uses';
import type { SharedData } from '../../server/src/engine/types';
import { sampleArticle } from '../lib/corpus';

/** A scan that counts its runs and finds one item per word. */
function counting(name: string, readsShared: boolean, options?: string) {
  const runs: Array<{ shared: SharedData | undefined; options: unknown }> = [];
  const scan = defineScan<number>({
    name,
    usedBy: [`test-only:${name}`],
    readsShared,
    options,
    scan(doc, shared, opts) {
      runs.push({ shared, options: opts });
      return doc.tokens.flatMap((t, i) => (t.kind === 'word' ? [i] : []));
    },
    move: (i, at) => i + at.token,
  });
  return { scan, runs };
}

const shared1: SharedData = { acceptedWords: new Set() };
const shared2: SharedData = { acceptedWords: new Set(['طلعت']) };

describe('documentScan', () => {
  it('scans a document once for a scan that does not read the house style, under any data', () => {
    const { scan, runs } = counting('test-plain', false);
    const doc = analyse(sampleArticle(), 'plaintext');
    const a = documentScan(doc, scan);
    const b = documentScan(doc, scan, shared1);
    assert.equal(runs.length, 1);
    assert.equal(runs[0].shared, undefined, 'the scan is not handed data it does not read');
    assert.equal(a, b);
    assert.ok(a.length > 100);
    // another document (another version of the draft) is scanned for itself
    documentScan(analyse(`${sampleArticle()} `, 'plaintext'), scan);
    assert.equal(runs.length, 2);
  });

  it('scans again under other house-style data, or other options, for a scan that reads them', () => {
    const { scan, runs } = counting('test-shared', true, 'test-rule');
    const doc = analyse(sampleArticle(), 'plaintext');
    documentScan(doc, scan, shared1, { phrases: ['a'] });
    documentScan(doc, scan, shared1, { phrases: ['a'] });
    assert.equal(runs.length, 1);
    documentScan(doc, scan, shared2, { phrases: ['a'] });
    assert.equal(runs.length, 2);
    assert.equal(runs[1].shared, shared2);
    documentScan(doc, scan, shared2, { phrases: ['b'] });
    assert.equal(runs.length, 3);
  });

  it('takes given items over a scan of its own', () => {
    const { scan, runs } = counting('test-given', false);
    const doc = analyse(sampleArticle(), 'plaintext');
    giveScans(doc, shared1, new Map([['test-given', [1, 2, 3]]]));
    assert.deepEqual(documentScan(doc, scan, shared1), [1, 2, 3]);
    assert.equal(runs.length, 0);
  });

  it('the verb uses of a document are one list, however often they are asked for', () => {
    const doc = analyse(sampleArticle(), 'plaintext');
    const uses = findVerbUses(doc);
    assert.ok(uses.length > 0, 'the sample article reports with أشار/أكد');
    assert.equal(findVerbUses(doc), uses);
  });
});
