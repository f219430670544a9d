// The edit log (server/src/lsp/editLog.ts): from the edits an editor reports, what stayed the
// same between any two versions of a document. Whatever the edits (several in one
// notification, insertions, deletions, replacements, a whole-text change), the prefix and
// suffix it gives are the same in both versions, and the changed stretch in between rebuilds
// the later text from the earlier one (what the lint worker is sent instead of the text).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EditLog } from '../../server/src/lsp/editLog';
import { sampleArticle } from '../lib/corpus';

const base = sampleArticle();

/** A change event at offsets [s, e) of doc's text. */
function change(doc: TextDocument, s: number, e: number, text: string): TextDocumentContentChangeEvent {
  return { range: { start: doc.positionAt(s), end: doc.positionAt(e) }, text };
}

describe('EditLog', () => {
  it('gives a prefix and suffix the same in both versions, rebuilding the later text from the earlier', () => {
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat(30), ins: fc.string({ maxLength: 12 }), whole: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), fc.nat(), (notifications, pick) => {
        const log = new EditLog();
        let doc = TextDocument.create('file:///a.txt', 'plaintext', 1, base);
        log.open(doc.uri, 1);
        const texts = new Map<number, string>([[1, base]]);
        let version = 1;
        for (const n of notifications) {
          version += 1 + (pick % 2); // versions need not be consecutive
          // (a copy: TextDocument.update changes a document in place)
          let scratch = TextDocument.create(doc.uri, 'plaintext', doc.version, doc.getText());
          const changes = n.map((x, k) => {
            // a whole-text change now and then; the rest ranges over the text as the earlier changes left it
            if (x.whole && k === 0 && version % 5 === 0) {
              const c = { text: scratch.getText().slice(0, 100) + x.ins };
              scratch = TextDocument.update(scratch, [c], version);
              return c;
            }
            const len = scratch.getText().length;
            const s = Math.floor(x.at * len);
            const c = change(scratch, s, Math.min(len, s + x.del), x.ins);
            scratch = TextDocument.update(scratch, [c], version);
            return c;
          });
          doc = log.update(doc, changes, version);
          assert.equal(doc.getText(), scratch.getText(), 'the log applies the changes as TextDocument.update does');
          texts.set(version, doc.getText());
        }
        const versions = [...texts.keys()];
        const from = versions[pick % versions.length];
        for (const to of versions.filter((v) => v >= from)) {
          const a = texts.get(from)!;
          const b = texts.get(to)!;
          const same = log.since(doc.uri, from, to, a.length, b.length);
          assert.ok(same, `${from} → ${to} known`);
          assert.ok(same.prefix + same.suffix <= Math.min(a.length, b.length));
          assert.equal(a.slice(0, same.prefix), b.slice(0, same.prefix));
          assert.equal(a.slice(a.length - same.suffix), b.slice(b.length - same.suffix));
          assert.equal(a.slice(0, same.prefix) + b.slice(same.prefix, b.length - same.suffix) + a.slice(a.length - same.suffix), b);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('knows nothing before a document was opened, and starts again when versions go backwards', () => {
    const log = new EditLog();
    let doc = TextDocument.create('file:///b.txt', 'plaintext', 5, base);
    assert.equal(log.since(doc.uri, 5, 5, base.length, base.length), undefined, 'not opened in the log');
    log.open(doc.uri, 5);
    doc = log.update(doc, [change(doc, 10, 12, 'x')], 6);
    assert.deepEqual(log.since(doc.uri, 5, 6, base.length, doc.getText().length), { prefix: 10, suffix: base.length - 12 });
    assert.equal(log.since(doc.uri, 4, 6, base.length, doc.getText().length), undefined, 'before it was opened');
    doc = log.update(doc, [change(doc, 20, 20, 'y')], 3);
    assert.equal(log.since(doc.uri, 5, 6, base.length, base.length), undefined, 'versions went backwards');
    log.forget(doc.uri);
    assert.equal(log.since(doc.uri, 3, 3, 1, 1), undefined);
  });
});
