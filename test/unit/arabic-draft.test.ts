import assert from 'node:assert/strict';
import { it } from 'node:test';
import { arabicDraft } from '../../server/src/engine/text/arabic';

it('arabicDraft: a Markdown or text file is a draft with an Arabic letter or no letter at all; arabic-news always', () => {
  assert.equal(arabicDraft('markdown', '# Release notes\n\nTwo  spaces.'), false);
  assert.equal(arabicDraft('plaintext', 'Привет, мир'), false);
  assert.equal(arabicDraft('markdown', '# Notes\n\nقال الوزير'), true);
  assert.equal(arabicDraft('plaintext', 'ﻻ'), true); // a presentation form
  assert.equal(arabicDraft('plaintext', ''), true);
  assert.equal(arabicDraft('plaintext', '2024 , 15%'), true);
  assert.equal(arabicDraft('arabic-news', 'Title only, in Latin'), true);
});
