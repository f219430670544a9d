// Markdown comment directives (<!-- mudaqqiq-disable … -->, -disable-line, -disable-next-line):
// what each one switches off, and where. The chief-editor reader found every line form read as
// a whole-file «disable» (the pattern took «-next-line» for a rule name).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules, lint } from '../../server/src/engine';
import { analyse } from '../../server/src/engine/text/document';

const config = { rules: Object.fromEntries(allRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity }])) };
const digitLines = (text: string) =>
  lint(text, { languageId: 'markdown', config })
    .findings.filter((f) => f.ruleId === 'digit-system')
    .map((f) => analyse(text, 'markdown').positionAt(f.start).line + 1);

describe('Markdown directives', () => {
  const body = 'بلغ عدد الحضور ١٢٠٠ شخص في 2024 و2025.\n\nوفي السطر التالي رقم ١٥ وآخر 16 و17.';

  it('are read with their kind and rules', () => {
    const doc = analyse('<!-- mudaqqiq-disable-next-line digit-system -->\nنص\n<!-- mudaqqiq-disable-line tatweel, nbsp --> نص\n<!-- mudaqqiq-disable hamza -->', 'markdown');
    assert.deepEqual(
      doc.directives.map((d) => [d.kind, d.rules]),
      [
        ['disable-next-line', ['digit-system']],
        ['disable-line', ['tatweel', 'nbsp']],
        ['disable', ['hamza']],
      ],
    );
  });

  it('disable-next-line switches the rule off on the next line only', () => {
    assert.deepEqual(digitLines(body), [1, 3]);
    assert.deepEqual(digitLines(`<!-- mudaqqiq-disable-next-line digit-system -->\n${body}`), [4]);
  });

  it('disable-line on its own line; a bare disable-next-line switches every rule off there', () => {
    assert.deepEqual(digitLines(`${body.replace('.\n', '. <!-- mudaqqiq-disable-line digit-system -->\n')}`), [3]);
    assert.deepEqual(digitLines(`<!-- mudaqqiq-disable-next-line -->\n${body}`), [4]);
  });

  it('disable switches the rule off for the whole draft', () => {
    assert.deepEqual(digitLines(`<!-- mudaqqiq-disable digit-system -->\n${body}`), []);
  });
});
