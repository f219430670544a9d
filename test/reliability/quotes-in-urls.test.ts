// The incremental checker cuts a long block only where no quotation is open (cutsInside, which
// reads the text mark by mark), and the reporting-verb scan must see the same marks: a " inside a
// URL token counted for one and not the other (second reader's review), and after an edit the
// checker reported repeated-verb findings a fresh check does not.

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../server/src/engine';
import { IncrementalLinter } from '../../server/src/engine/incremental';

it('a quotation mark inside a URL: the incremental checker finds what a fresh check finds after an edit', () => {
  const filler = 'وتابع المتحدث حديثه عن المشروعات الجديدة في المحافظات\n';
  const base = `وكتب المتحدث "نحن هنا والرابط http://x.com/a"b للعمل معا.\n${filler.repeat(60)}وأكد الوزير أن العمل مستمر وأكد المحافظ أن التمويل متاح وأكد المدير أن الخطة جاهزة\n`;
  const opts = { languageId: 'plaintext' as const };
  const checker = new IncrementalLinter();
  checker.lint(base, opts);
  const edited = base.replace('المشروعات الجديدة', 'المشروعات الجديده');
  const key = (f: { ruleId: string; start: number; end: number }) => `${f.ruleId}@${f.start}-${f.end}`;
  const incremental = checker.lint(edited, opts).findings.map(key);
  assert.ok(checker.stats.incremental, 'the draft was checked incrementally');
  assert.deepEqual(incremental, lint(edited, opts).findings.map(key));
});
