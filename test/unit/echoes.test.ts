// Two rules on the same word whose preferred fixes write the same text there (hamza's
// «اوباما → أوباما» and name-consistency's: 259 times on the golden corpus) make one finding,
// the one that tells more (name-consistency's points at the other spelling); with that rule
// off, the other is there.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText, lint } from '../../server/src/engine/engine';
import hamza from '../../server/src/engine/rules/orthography/hamza';
import nameConsistency from '../../server/src/engine/rules/names/name-consistency';
import latinPunctuation from '../../server/src/engine/rules/punctuation/latin-punctuation';
import punctuationSpacing from '../../server/src/engine/rules/punctuation/punctuation-spacing';

const TEXT = 'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال اوباما إن اللقاء مثمر.';
const at = TEXT.indexOf('اوباما');

describe('one finding for two rules that write the same fix on the same word', () => {
  it('hamza and name-consistency on «اوباما»: name-consistency’s, with its related place', () => {
    const on = lint(TEXT, { rules: [hamza, nameConsistency] }).findings.filter((f) => f.start === at);
    assert.deepEqual(
      on.map((f) => f.ruleId),
      ['name-consistency'],
    );
    assert.ok(on[0].related?.length);
  });

  it('with name-consistency off, hamza reports the word', () => {
    const on = lint(TEXT, { rules: [hamza] }).findings.filter((f) => f.start === at);
    assert.deepEqual(
      on.map((f) => f.ruleId),
      ['hamza'],
    );
  });

  it('the more severe is kept: hamza raised to error stays an error', () => {
    const on = lint(TEXT, { rules: [hamza, nameConsistency], config: { rules: { hamza: { severity: 'error' } } } }).findings.filter((f) => f.start === at);
    assert.deepEqual(
      on.map((f) => `${f.ruleId}:${f.severity}`),
      ['hamza:error'],
    );
  });

  it('hiding the finding kept hides the word: the echo does not come back', () => {
    const hidden = [{ rule: 'name-consistency', text: 'اوباما' }];
    const on = lint(TEXT, { rules: [hamza, nameConsistency], config: { rules: {}, hidden } }).findings.filter((f) => f.start === at);
    assert.deepEqual(on, []);
  });

  it('fix-all writes the same text either way', () => {
    assert.equal(fixText(TEXT, { rules: [hamza, nameConsistency] }).output, fixText(TEXT, { rules: [hamza] }).output);
  });

  it('two findings on one range whose fixes write different text both stay (a Latin comma with a space before it)', () => {
    const text = 'قال الوزير , إن الخطة جاهزة';
    const rules = lint(text, { rules: [latinPunctuation, punctuationSpacing] }).findings.map((f) => f.ruleId);
    assert.ok(rules.includes('latin-punctuation') && rules.includes('punctuation-spacing'), rules.join());
  });
});
