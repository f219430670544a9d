// The tokenizer's table of character classes is filled only in a few stretches of UTF-16
// (tokenize.ts: TOKEN_CLASS_RANGES), to start fast: every code unit, inside those stretches or
// not, must have exactly the classes the chars.ts predicates give it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TOKEN_CLASS, tokenClassOf } from '../../server/src/engine/text/tokenize';
import { isJsWhitespace, isSpace } from '../../server/src/engine/text/chars';
import { keptByStripMarks, sameStripped, stripMarks } from '../../server/src/engine/text/fold';

describe('tokenizer character classes', () => {
  it('the table equals the predicates for all 65,536 code units', () => {
    const wrong: string[] = [];
    let set = 0;
    for (let c = 0; c < 0x10000; c++) {
      const want = tokenClassOf(c);
      if (want) set++;
      if (TOKEN_CLASS[c] !== want) wrong.push(`U+${c.toString(16).padStart(4, '0')}: table ${TOKEN_CLASS[c]}, predicates ${want}`);
    }
    assert.deepEqual(wrong.slice(0, 5), []);
    assert.ok(set > 1000, `${set} code units have a class`);
  });
});

describe('isJsWhitespace', () => {
  it('is JavaScript’s \\s for all 65,536 code units (what names-list spellings are split on and trimmed of)', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isJsWhitespace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    assert.deepEqual(wrong, []);
  });
});

describe('isSpace', () => {
  it('is JavaScript’s \\s without the line breaks and the BOM, for all 65,536 code units', () => {
    const wrong: string[] = [];
    const notHorizontal = new Set([0x0a, 0x0d, 0x2028, 0x2029, 0xfeff]);
    for (let c = 0; c < 0x10000; c++) {
      const want = /\s/.test(String.fromCharCode(c)) && !notHorizontal.has(c);
      if (isSpace(c) !== want) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong, []);
    assert.equal(isSpace(Number.NaN), false); // charCodeAt past the end
  });
});

describe('keptByStripMarks', () => {
  it('says whether stripMarks keeps anything of the code unit, for all 65,536 code units', () => {
    const wrong: string[] = [];
    let dropped = 0;
    for (let c = 0; c < 0x10000; c++) {
      const want = stripMarks(String.fromCharCode(c)).length > 0;
      if (!want) dropped++;
      if (keptByStripMarks(c) !== want) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong.slice(0, 5), []);
    assert.ok(dropped > 20, `${dropped} code units are dropped (diacritics, tatweel, invisibles)`);
  });
});

describe('sameStripped', () => {
  const same = (a: string, b: string) => sameStripped(a, 0, a.length, b, 0, b.length);
  it('agrees with comparing stripMarks strings, each of the 65,536 code units inside a word', () => {
    const wrong: string[] = [];
    let equal = 0;
    for (let c = 0; c < 0x10000; c++) {
      const a = 'طلع' + String.fromCharCode(c) + 'ت';
      for (const b of ['طلعت', 'طلعـت', a, 'طلعه']) {
        const want = stripMarks(a) === stripMarks(b);
        if (want) equal++;
        if (same(a, b) !== want || same(b, a) !== want) wrong.push(`U+${c.toString(16)} vs ${b}`);
      }
    }
    assert.deepEqual(wrong.slice(0, 5), []);
    assert.ok(equal > 0x10000 + 20, `${equal} pairs are equal`);
  });
  it('compares ranges inside longer strings', () => {
    const text = 'قال عَمْرو طلعـت وعمرو طلعت';
    const at = (w: string, from = 0) => [text.indexOf(w, from), text.indexOf(w, from) + w.length] as const;
    const [a0, a1] = at('عَمْرو');
    const [b0, b1] = at('عمرو');
    assert.equal(sameStripped(text, a0, a1, text, b0, b1), true);
    const [c0, c1] = at('طلعـت');
    assert.equal(sameStripped(text, a0, a1, text, c0, c1), false);
    assert.equal(sameStripped(text, c0, c1, 'طلعت', 0, 4), true);
    assert.equal(sameStripped(text, c0, c1 - 1, 'طلعت', 0, 4), false);
  });
});
