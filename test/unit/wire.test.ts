// Findings cross the thread boundary in wire.ts's compact form: what arrives must be exactly
// what was sent — every field, fixes with their edits, related ranges, the unnecessary flag —
// on real articles with every rule on and a names list (so related ranges occur).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v8 from 'node:v8';
import { lint, type Finding } from '../../server/src/engine';
import { decodeFindings, encodeFindings } from '../../server/src/lsp/wire';
import { allOnConfig } from '../reliability/arbitraries';
import { sampleArticle, saudiArticles } from '../lib/corpus';

describe('findings on the wire', () => {
  it('decode(encode(findings)) equals the findings, on the sample article and the corpus articles, every rule on', () => {
    const config = allOnConfig(true);
    const texts = [sampleArticle(), ...saudiArticles().map(([, t]) => t)];
    const all: Finding[] = [];
    for (const text of texts) all.push(...lint(text, { languageId: 'markdown', config }).findings);
    assert.ok(all.length > 1000, `${all.length} findings`);
    assert.ok(all.some((f) => f.related?.length), 'some findings have related ranges');
    assert.ok(all.some((f) => f.unnecessary), 'some findings are marked unnecessary');
    assert.ok(all.some((f) => f.fixes.length > 1), 'some findings have several fixes');
    const wire = encodeFindings(all);
    assert.deepEqual(decodeFindings(wire), all);
    // it survives a structured clone (what postMessage does), and is far smaller than the objects
    const cloned = v8.deserialize(v8.serialize(wire));
    assert.deepEqual(decodeFindings(cloned), all);
    const small = v8.serialize(wire).length;
    const big = v8.serialize(all).length;
    console.log(`  ${all.length} findings: ${big} bytes as objects, ${small} on the wire`);
    assert.ok(small * 2 < big, `${small} vs ${big} bytes`);
  });

  it('an empty list, and a malformed payload is refused', () => {
    assert.deepEqual(decodeFindings(encodeFindings([])), []);
    const wire = encodeFindings(lint('قال الوزير  إن المشروع ،جيد', { languageId: 'plaintext' }).findings);
    assert.throws(() => decodeFindings({ strings: wire.strings, nums: Int32Array.from([...wire.nums, 7]) }), /left over/);
  });
});
