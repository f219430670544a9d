// Arabic counts in the style report: the counted noun agrees with the number (one, two,
// 3-10 plural, the rest singular), with either digit system.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countAr, DRAFTS, FILES, FINDINGS, WORDS } from '../../server/src/report';

describe('countAr', () => {
  it('one and two by the noun alone, 3-10 (and x03-x10) with the plural, the rest with the singular', () => {
    const cases: Array<[number, string]> = [
      [0, '0 مسودة'],
      [1, 'مسودة واحدة'],
      [2, 'مسودتان'],
      [3, '3 مسودات'],
      [5, '5 مسودات'],
      [10, '10 مسودات'],
      [11, '11 مسودة'],
      [99, '99 مسودة'],
      [100, '100 مسودة'],
      [105, '105 مسودات'],
      [362, '362 مسودة'],
    ];
    for (const [n, want] of cases) assert.equal(countAr(n, DRAFTS), want, String(n));
    assert.equal(countAr(20, WORDS), '20 كلمة');
    assert.equal(countAr(7, FINDINGS), '7 ملاحظات');
    assert.equal(countAr(2, FINDINGS), 'ملاحظتان');
    // files after a preposition (في ملفين): the genitive dual; 11-99 the accusative, 100 the genitive
    assert.deepEqual([1, 2, 5, 11, 100].map((n) => countAr(n, FILES)), ['ملف واحد', 'ملفين', '5 ملفات', '11 ملفا', '100 ملف']);
  });

  it('writes the number as it is told to (Arabic-Indic digits)', () => {
    const indic = new Intl.NumberFormat('ar-EG', { useGrouping: false });
    assert.equal(countAr(5, DRAFTS, (n) => indic.format(n)), '٥ مسودات');
    assert.equal(countAr(27, FINDINGS, (n) => indic.format(n)), '٢٧ ملاحظة');
  });
});
