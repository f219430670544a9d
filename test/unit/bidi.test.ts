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

it('isolateRtl: English text quoting Arabic (even first), and text with no letters, stay as they are', () => {
  for (const s of [
    'The verb “قال” is repeated in the same paragraph',
    '“أشاد” takes بـ (praised); with إلى the writer almost surely meant “أشار”',
    '«الي» here is the particle written with alef maqsura: «إلى»',
    '١٢ findings in this draft',
    '، then',
    'Fix all auto-fixable problems',
    '12 (3)',
    '',
  ]) {
    assert.equal(isolateRtl(s), s);
  }
});

it('isolateRtl: an Arabic message quoting Latin words or a setting is isolated', () => {
  const s = 'تُعرض 200 ملاحظة من 1200 في هذه المسودة، الأقرب إلى موضع التحرير (الحد يضبطه الإعداد mudaqqiq.maxProblems)';
  assert.equal(isolateRtl(s), `\u2067${s}\u2069`);
});

it('isolateRtl: every rule message and server title is isolated in Arabic and left alone in English', async () => {
  const { allRules } = await import('../../server/src/engine');
  const { M } = await import('../../server/src/lsp/messages');
  const messages = [...allRules.flatMap((r) => Object.values(r.meta.messages)), ...Object.values(M)];
  const wrong = messages.flatMap((m) => [
    ...(isolateRtl(m.ar).startsWith('\u2067') ? [] : [`ar not isolated: ${m.ar}`]),
    ...(isolateRtl(m.en) === m.en ? [] : [`en isolated: ${m.en}`]),
  ]);
  assert.deepEqual(wrong, []);
});

it('isolateRtl: the language the server gives decides over the letters (an English message listing Arabic suggestions)', () => {
  const en = 'Word not in the lexicon: “المستشفيت”. Did you mean: المستشفات، المستشفية، المستشفين، المستشفي?';
  assert.equal(isolateRtl(en, 'en'), en);
  const ar = 'الإعداد mudaqqiq.maxProblems';
  assert.equal(isolateRtl(ar, 'ar'), `\u2067${ar}\u2069`);
});
