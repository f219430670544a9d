// What rules and scans keep of a document (DocumentMemo, server/src/engine/text/document.ts):
// one value per memo and document, read back as it was written, and gone with the document
// (as a WeakMap keyed by the document would keep it, without holding the document's young
// objects through the collector's minor collections). Real documents of the corpus.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as tick } from 'node:timers/promises';
import { analyse } from '../../server/src/engine';
import { DocumentMemo } from '../../server/src/engine/text/document';
import { fullGc } from '../../server/src/lsp/idleGc';
import { sampleArticle, saudiArticles } from '../lib/corpus';

describe('DocumentMemo', () => {
  const [[, first], [, second]] = saudiArticles();

  it('keeps one value per memo and per document', () => {
    const a = analyse(first);
    const b = analyse(second);
    const words = new DocumentMemo<number>();
    const lines = new DocumentMemo<string>();
    assert.equal(words.get(a), undefined, 'nothing before it is written');
    words.set(a, a.tokens.length);
    lines.set(a, 'lines');
    words.set(b, b.tokens.length);
    assert.equal(words.get(a), a.tokens.length);
    assert.equal(words.get(b), b.tokens.length);
    assert.equal(lines.get(a), 'lines');
    assert.equal(lines.get(b), undefined, 'another memo of the same document: its own');
    words.set(a, 0);
    assert.equal(words.get(a), 0, 'written again');
    assert.equal(words.get(analyse(first)), undefined, 'another analysis of the same text: its own');
  });

  it('a value goes with its document', async () => {
    const gc = fullGc();
    assert.ok(gc, 'a full collection can be run here');
    const memo = new DocumentMemo<{ tokens: number }>();
    let doc: ReturnType<typeof analyse> | undefined = analyse(sampleArticle());
    let value: { tokens: number } | undefined = { tokens: doc.tokens.length };
    memo.set(doc, value);
    const ref = new WeakRef(value);
    value = undefined;
    await tick();
    gc!();
    assert.equal(ref.deref()?.tokens, doc.tokens.length, 'kept while the document is');
    doc = undefined;
    await tick();
    gc!();
    assert.equal(ref.deref(), undefined, 'collected with it');
  });
});
