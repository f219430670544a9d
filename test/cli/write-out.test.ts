// The CLI's writer (server/src/cli/output.ts): texts go to a file descriptor UTF-8 encoded
// through one reused buffer, part after part, never joined. Whatever the buffer's size, the
// bytes are those of the joined text as Buffer.from encodes it: Arabic letters and marks (two
// bytes), a character of three bytes, emoji (a surrogate pair, four bytes) falling across the
// buffer's end, lone surrogates (U+FFFD), empty parts. (A reader that stops early is
// output.test.ts's business, through the built CLI.)

import assert from 'node:assert/strict';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeAll } from '../../server/src/cli/output';
import { sampleArticle, saudiArticles } from '../lib/corpus';
import { tempDir } from './helpers';

/** What writeAll(texts) put in a fresh file, with a buffer of `size` bytes (undefined: its own). */
function written(texts: readonly string[], size?: number): Buffer {
  const file = join(tempDir('mudaqqiq-write-'), 'out');
  const fd = openSync(file, 'w');
  try {
    assert.equal(writeAll(fd, texts, size === undefined ? undefined : new Uint8Array(size)), true);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file);
}

const article = sampleArticle();
const parts = [
  article.slice(0, 301),
  '',
  'قال ﷺ الوزير ـــ 😀👍🏽 ',
  '\ud83d', // a lone high surrogate
  '\ude00x', // a lone low surrogate
  '€ ١٢٣ — ',
  article.slice(301),
  '\n',
];

describe('writing the CLI’s output', () => {
  it('writes the bytes of the joined texts, whatever the buffer’s size', () => {
    const expected = Buffer.from(parts.join(''), 'utf8');
    for (const size of [4, 5, 6, 7, 8, 13, 64, 1000, 4096]) {
      assert.ok(written(parts, size).equals(expected), `buffer of ${size} bytes`);
    }
    assert.ok(written(parts).equals(expected), 'its own buffer');
  });

  it('writes a report larger than its buffer (the 130 articles over and over, 2.5 MB) as one string would be', () => {
    const texts: string[] = [];
    let bytes = 0;
    while (bytes < 2.5 * (1 << 20)) {
      for (const [name, text] of saudiArticles()) {
        texts.push(`${name}\n`, text);
        bytes += Buffer.byteLength(name) + 1 + Buffer.byteLength(text);
      }
    }
    const expected = Buffer.from(texts.join(''), 'utf8');
    assert.ok(expected.length > 2 * (1 << 20), 'more than two of the default buffer');
    assert.ok(written(texts).equals(expected));
    assert.ok(written([texts.join('')]).equals(expected), 'and as one text');
  });

  it('writes nothing for no text, and refuses a buffer too small for a 4-byte character', () => {
    assert.equal(written([]).length, 0);
    assert.equal(written(['', '']).length, 0);
    assert.throws(() => written(['😀'], 3), RangeError);
  });
});
