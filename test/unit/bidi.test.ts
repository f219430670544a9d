import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isolateRtl } from '../../client/src/bidi';

it('isolateRtl: Arabic text (its first strong letter Arabic) goes in RLI … PDI, once', () => {
  const title = 'أصلح كل ملاحظات «scrape-leftover» في هذه المسودة';
  assert.equal(isolateRtl(title), `\u2067${title}\u2069`);
  assert.equal(isolateRtl(isolateRtl(title)), `\u2067${title}\u2069`);
  // marks and digits before the first letter do not decide
  assert.equal(isolateRtl('«الي» هنا حرف'), '\u2067«الي» هنا حرف\u2069');
});

it('isolateRtl: English text quoting Arabic, and text with no letters, stay as they are', () => {
  for (const s of ['The verb “قال” is repeated in the same paragraph', 'Fix all auto-fixable problems', '12 (3)', '']) assert.equal(isolateRtl(s), s);
});
