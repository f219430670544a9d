// Findings cross the thread boundary in wire.ts's compact form: what arrives must be exactly
// what was sent — every field, fixes with their edits, related ranges, the unnecessary flag —
// on real articles with every rule on and a names list (so related ranges occur).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v8 from 'node:v8';
import { lint, type Finding } from '../../server/src/engine';
import { decodeChange, decodeFindings, encodeChange, encodeFindings } from '../../server/src/lsp/wire';
import { IncrementalLinter } from '../../server/src/engine/incremental';
import { allOnConfig } from '../reliability/arbitraries';
import { sampleArticle, saudiArticles } from '../lib/corpus';

/** A finding as a plain object, field by field (a moved one arrives as a view whose fields are getters). */
function plain(f: Finding): Finding {
  const out: Finding = { ruleId: f.ruleId, category: f.category, severity: f.severity, start: f.start, end: f.end, messageId: f.messageId, message: f.message, fixes: f.fixes };
  if (f.related !== undefined) out.related = f.related;
  if (f.unnecessary !== undefined) out.unnecessary = f.unnecessary;
  return out;
}

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

  it('an open draft\'s findings after an edit, as a change to the last sent: the same list, and most of it not sent', () => {
    const config = allOnConfig(true);
    const base = [sampleArticle(), ...saudiArticles().slice(0, 40).map(([, t]) => t)].join('\n\n');
    const lin = new IncrementalLinter();
    let text = base;
    let sent = lint(text, { languageId: 'plaintext', config }).findings;
    let received = decodeFindings(encodeFindings(sent));
    let kept = 0;
    let moved = 0;
    let total = 0;
    // typing, deleting and pasting at places across the draft: before, inside and after findings
    const edits: Array<[number, number, string]> = [];
    for (let k = 0; k < 24; k++) {
      const at = Math.floor(((k * 7919) % 997) / 997 * base.length);
      edits.push(k % 3 === 0 ? [at, at + 5, ''] : k % 3 === 1 ? [at, at, 'ب'] : [at, at, ' وقال الوزير اوباما ان،،  الاجتماع ']);
    }
    for (const [from, to, ins] of edits) {
      const next = text.slice(0, Math.min(from, text.length)) + ins + text.slice(Math.min(to, text.length));
      const findings = lin.lint(next, { languageId: 'plaintext', config }).findings;
      const change = encodeChange(sent, findings, next.length - text.length, Math.min(from, text.length));
      const decoded = decodeChange(received, change);
      assert.deepEqual(decoded.map(plain), findings);
      assert.deepEqual(decoded.map(plain), lint(next, { languageId: 'plaintext', config }).findings);
      // the findings the edit moved are views of the ones received before, not copies
      moved += decoded.filter((f) => !received.includes(f) && !(f.constructor === Object)).length;
      kept += change.ops.filter((op) => op >= 0).length;
      total += findings.length;
      text = next;
      sent = findings;
      received = decoded;
    }
    console.log(`  ${edits.length} edits: ${kept} of ${total} findings kept or moved rather than sent (${moved} moved)`);
    assert.ok(kept > total * 0.8, `${kept} of ${total}`);
    assert.ok(moved > total * 0.2, `moved findings are views: ${moved} of ${total}`);
    // a change to a list the receiver does not have is refused, not misapplied
    assert.throws(() => decodeChange([], encodeChange(sent, sent, 0, 0)), /a change to/);
    // and where the edit is not known (0), the findings are still the same, only fewer are kept
    const noAt = encodeChange(sent, lin.lint(text + ' ', { languageId: 'plaintext', config }).findings, 1, 0);
    assert.deepEqual(decodeChange(received, noAt).map(plain), lint(text + ' ', { languageId: 'plaintext', config }).findings);
    // moved twice and more, then sent on (a fix-all job sends the findings back to the worker): the same fields
    assert.deepEqual(decodeFindings(encodeFindings(received)), received.map(plain));
  });
});

