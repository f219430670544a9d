import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/engine';
import spelling from '../../server/src/engine/rules/orthography/spelling';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(spelling, {
  valid: [
    'وأكد المتحدث باسم الحكومة أن الاجتماع سيعقد غدا في الرياض.',
    // misspellings another orthography rule fixes are known here (فى، الاعمال، الحكومه)
    'فى الاعمال الحكومه',
    // names of the names list and accepted words, with proclitics
    {
      code: 'قال ترامب ولترامب',
      shared: { names: [{ canonical: 'دونالد ترامب', variants: [], source: { file: 'x', start: 0, end: 0 } }] },
    },
    { code: 'فيروس كورونا', shared: { acceptedWords: new Set(['كورونا']) } },
    // glued words are spacing-errors'
    'وقال الدكتورعبدالرحمن',
    // Latin, numbers, URLs
    'COVID-19 في 2020 على https://who.int',
  ],
  invalid: [
    {
      name: 'an unknown word with suggestions one edit away, none preferred',
      code: 'سيعقد الاجتماع غدطا',
      errors: [{ messageId: 'unknownWithSuggestions', text: 'غدطا' }],
      output: null,
    },
    {
      name: 'a name the lexicon does not know',
      code: 'قال ترامب',
      errors: [{ text: 'ترامب' }],
      output: null,
    },
  ],
});

describe('spelling suggestions', () => {
  it('offer the word meant, same length first, and respect the option', () => {
    const cfg = (n: number) => ({ rules: { spelling: { severity: 'warning' as const, options: { suggestions: n } } } });
    const r = lint('وقالت الحكومت', { rules: [spelling], config: cfg(4) });
    assert.equal(r.findings.length, 1);
    const words = r.findings[0].fixes.map((f) => f.edits[0].text);
    assert.ok(words.includes('الحكومة'), words.join(' '));
    assert.ok(words.length <= 4);
    assert.ok(r.findings[0].fixes.every((f) => !f.preferred));
    assert.equal(lint('وقالت الحكومت', { rules: [spelling], config: cfg(0) }).findings[0].fixes.length, 0);
  });

  it('is off by default', () => {
    assert.equal(spelling.meta.defaultSeverity, 'off');
    assert.equal(lint('غدطا', { rules: [spelling] }).findings.length, 0);
  });
});
