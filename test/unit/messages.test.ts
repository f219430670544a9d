// Message templates filled from a finding's data (engine/messages.ts): under a draft's kept
// messages (FilledMessages, held by its incremental checker) the same template and data give
// the same object from check to check (the findings of a changed draft are compared with the
// last ones sent, and equal messages must compare at once), different data a different
// message, and a template with nothing to fill is its own message.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FilledMessages, localize } from '../../server/src/engine/messages';
import { IncrementalLinter } from '../../server/src/engine/incremental';
import { sampleArticle } from '../lib/corpus';
import { allOnConfig } from '../reliability/arbitraries';

describe('localize', () => {
  const t = { ar: 'اكتب «{majority}» لا «{found}»', en: 'Write “{majority}”, not “{found}”' };

  it('fills both languages, and gives one object for the same template and data', () => {
    const kept = new FilledMessages();
    const a = localize(t, { majority: 'أوباما', found: 'اوباما' }, kept);
    assert.deepEqual(a, { ar: 'اكتب «أوباما» لا «اوباما»', en: 'Write “أوباما”, not “اوباما”' });
    assert.equal(localize(t, { majority: 'أوباما', found: 'اوباما' }, kept), a);
    assert.notEqual(localize(t, { majority: 'اوباما', found: 'أوباما' }, kept), a);
    assert.equal(localize(t, { majority: 'اوباما', found: 'أوباما' }, kept).ar, 'اكتب «اوباما» لا «أوباما»');
    // without kept messages the same message is filled anew
    assert.deepEqual(localize(t, { majority: 'أوباما', found: 'اوباما' }), a);
  });

  it('the values are told apart from the keys (no two data give one message by accident)', () => {
    const u = { ar: '{a}{b}', en: '{a}|{b}' };
    const kept = new FilledMessages();
    assert.equal(localize(u, { a: 'x\u0001', b: 'y' }, kept).en, 'x\u0001|y');
    assert.equal(localize(u, { a: 'x', b: '\u0001y' }, kept).en, 'x|\u0001y');
    assert.equal(localize(u, { a: 1, b: 2 }, kept).en, '1|2');
    assert.equal(localize(u, { b: 2, a: 1 }, kept).en, '1|2');
    assert.equal(localize(u, {}, kept).en, '{a}|{b}');
  });

  it('a template with no placeholders, or no data, is returned as it is', () => {
    const plain = { ar: 'احذف السطر', en: 'Delete the line' };
    assert.equal(localize(plain, { line: 3 }, new FilledMessages()), plain);
    assert.equal(localize(t), t);
  });

  it('two checks of the same draft report messages that are the same objects', () => {
    // (long enough to be checked incrementally; the document rules report their findings anew)
    const text = [sampleArticle(), sampleArticle()].join('\n\n');
    const config = allOnConfig(true);
    const lin = new IncrementalLinter();
    const [a, b] = [lin.lint(text, { languageId: 'plaintext', config }).findings, lin.lint(text, { languageId: 'plaintext', config }).findings];
    assert.equal(a.length, b.length);
    assert.ok(a.filter((f) => /[«“]/.test(f.message.en)).length > 10, 'findings whose message names the text');
    assert.ok(a.every((f, i) => f.message === b[i].message), 'every message is the same object');
  });
});
