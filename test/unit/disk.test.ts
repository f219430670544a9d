// Reading files for the hosts (server/src/config/disk.ts): the fast decoder of large valid
// UTF-8 (ICU transcoding) must give exactly the string Node's own decoder gives, and anything
// that is not valid UTF-8 must decode as before (lossy) or be refused (strict).

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readTextOnDisk, strictUtf8Text, utf8Text } from '../../server/src/config/disk';
import { sampleArticle, saudiArticles } from '../lib/corpus';

/** Real Arabic news, over 64 KB (the size from which the fast path is taken). */
function bigArabic(): string {
  const parts = [sampleArticle()];
  for (const [, t] of saudiArticles()) parts.push(t);
  const text = parts.join('\n\n');
  assert.ok(Buffer.byteLength(text) > 1 << 16);
  return text;
}

describe('utf8Text / strictUtf8Text', () => {
  const text = bigArabic();
  const cases: Array<[string, Buffer]> = [
    ['Arabic news, over 64 KB', Buffer.from(text, 'utf8')],
    ['the same with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['with characters outside the BMP (emoji) and presentation forms', Buffer.from(text + ' 🇪🇬 😀 ﷲ ﻻ\r\n'.repeat(3000), 'utf8')],
    ['a short Arabic line', Buffer.from('قال وزير الاتصالات: ١٢٣', 'utf8')],
    ['empty', Buffer.alloc(0)],
  ];
  for (const [name, buf] of cases) {
    it(`decodes ${name} as Buffer#toString does`, () => {
      assert.equal(utf8Text(buf), buf.toString('utf8'));
      assert.equal(strictUtf8Text(buf), buf.toString('utf8'));
      // a Uint8Array view, not a Buffer
      assert.equal(utf8Text(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)), buf.toString('utf8'));
    });
  }

  const good = Buffer.from(text, 'utf8');
  const broken: Array<[string, Buffer]> = [
    ['a stray 0xFF byte', Buffer.concat([good, Buffer.from([0xff]), good.subarray(0, 100)])],
    ['a sequence cut short', Buffer.concat([good, Buffer.from([0xd8])])],
    ['an overlong encoding', Buffer.concat([Buffer.from([0xc0, 0xaf]), good])],
    ['an encoded surrogate', Buffer.concat([good.subarray(0, 70000), Buffer.from([0xed, 0xa0, 0x80]), good.subarray(70000)])],
  ];
  for (const [name, buf] of broken) {
    it(`decodes invalid UTF-8 (${name}) as Buffer#toString does, and the strict decoder refuses it`, () => {
      assert.equal(utf8Text(buf), buf.toString('utf8'));
      assert.ok(utf8Text(buf).includes('\ufffd'));
      assert.equal(strictUtf8Text(buf), undefined);
    });
  }
});

describe('readTextOnDisk', () => {
  it('reads a file, and never one over the limit or a device', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-disk-'));
    try {
      const file = join(dir, 'names.tsv');
      const body = 'عمرو طلعت\tعمر طلعت|عمرو طلعة\tالدكتور\n'.repeat(5000);
      writeFileSync(file, body);
      assert.equal(readTextOnDisk(file, 1 << 30), body);
      assert.equal(readTextOnDisk(file, 1000), undefined);
      assert.equal(readTextOnDisk(join(dir, 'missing.tsv'), 1 << 30), undefined);
      assert.equal(readTextOnDisk('/dev/zero', 1 << 30), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
