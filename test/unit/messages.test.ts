// Message templates filled from a finding's data (engine/messages.ts): the same template and
// data give the same object from check to check (the findings of a changed draft are compared
// with the last ones sent, and equal messages must compare at once), different data a
// different message, and a template with nothing to fill is its own message.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localize } from '../../server/src/engine/messages';
import { lint } from '../../server/src/engine';
import { sampleArticle } from '../lib/corpus';
import { allOnConfig } from '../reliability/arbitraries';

describe('localize', () => {
  const t = { ar: 'اكتب «{majority}» لا «{found}»', en: 'Write “{majority}”, not “{found}”' };

  it('fills both languages, and gives one object for the same template and data', () => {
    const a = localize(t, { majority: 'أوباما', found: 'اوباما' });
    assert.deepEqual(a, { ar: 'اكتب «أوباما» لا «اوباما»', en: 'Write “أوباما”, not “اوباما”' });
    assert.equal(localize(t, { majority: 'أوباما', found: 'اوباما' }), a);
    assert.notEqual(localize(t, { majority: 'اوباما', found: 'أوباما' }), a);
    assert.equal(localize(t, { majority: 'اوباما', found: 'أوباما' }).ar, 'اكتب «اوباما» لا «أوباما»');
  });

  it('the values are told apart from the keys (no two data give one message by accident)', () => {
    const u = { ar: '{a}{b}', en: '{a}|{b}' };
    assert.equal(localize(u, { a: 'x\u0001', b: 'y' }).en, 'x\u0001|y');
    assert.equal(localize(u, { a: 'x', b: '\u0001y' }).en, 'x|\u0001y');
    assert.equal(localize(u, { a: 1, b: 2 }).en, '1|2');
    assert.equal(localize(u, { b: 2, a: 1 }).en, '1|2');
    assert.equal(localize(u, {}).en, '{a}|{b}');
  });

  it('a template with no placeholders, or no data, is returned as it is', () => {
    const plain = { ar: 'احذف السطر', en: 'Delete the line' };
    assert.equal(localize(plain, { line: 3 }), plain);
    assert.equal(localize(t), t);
  });

  it('two checks of the same draft report messages that are the same objects', () => {
    const text = sampleArticle();
    const config = allOnConfig(true);
    const [a, b] = [lint(text, { config }).findings, lint(text, { config }).findings];
    assert.equal(a.length, b.length);
    assert.ok(a.filter((f) => /[«“]/.test(f.message.en)).length > 10, 'findings whose message names the text');
    assert.ok(a.every((f, i) => f.message === b[i].message), 'every message is the same object');
  });
});
