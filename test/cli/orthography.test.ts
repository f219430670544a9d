// Issue 7 end to end: the built CLI (dist/cli.js, reading dist/lexicon-ar.bin beside it) on
// a draft made of the issue's own examples — what each lexicon rule reports, what --fix
// writes, and the presets: spelling off under recommended, on under strict with suggestions,
// names-list and accepted words known, Egyptian spellings known under egyptian-press.
// Made-up sentences; no corpus text.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ensureBuilt, runCli, tempDir, writeFiles } from './helpers';

before(() => ensureBuilt());

interface JsonFinding {
  ruleId: string;
  text: string;
  fixes: Array<{ preferred: boolean; edits: Array<{ text: string }> }>;
}

function check(dir: string, file: string, extra: string[] = []): JsonFinding[] {
  const r = runCli(['check', '-f', 'json', ...extra, file], { cwd: dir });
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
  const report = JSON.parse(r.stdout) as Array<{ findings: JsonFinding[] }>;
  return report[0].findings;
}

const LEXICON_RULES = new Set(['hamza', 'teh-marbuta', 'final-yeh', 'alef-maqsura', 'spacing-errors', 'spelling']);

// One line per example of the issue, and the fix-all result of each line.
const DRAFT: Array<[string, string]> = [
  ['وصل الوزير الى القاهرة.', 'وصل الوزير إلى القاهرة.'],
  ['واكد الوزير ان الاجتماع مهم.', 'وأكد الوزير أن الاجتماع مهم.'],
  ['وقال الوزير ان الاجتماع مهم.', 'وقال الوزير إن الاجتماع مهم.'],
  ['ويبدأ التطبيق إعتبارا من الأحد مع الإهتمام بإستخدام الموارد.', 'ويبدأ التطبيق اعتبارا من الأحد مع الاهتمام باستخدام الموارد.'],
  ['وأكد المتحدث باسم الحكومه أن المنطقه العامه ستفتح بالمتابعه.', 'وأكد المتحدث باسم الحكومة أن المنطقة العامة ستفتح بالمتابعة.'],
  ['وأكد البيان علي أهمية التعاون حتي نهاية العام.', 'وأكد البيان على أهمية التعاون حتى نهاية العام.'],
  ['وقال الدكتورعبدالرحمن إن المشروع و هي خطة جديدة.', 'وقال الدكتور عبدالرحمن إن المشروع وهي خطة جديدة.'],
  // right as written: both Africas, pronoun suffixes, علي the name, real alef maqsura words
  ['القمة الأفريقية والقمة الإفريقية، وقرأ كتابه وأخذ منه نسخة.', 'القمة الأفريقية والقمة الإفريقية، وقرأ كتابه وأخذ منه نسخة.'],
  ['وصل الدكتور علي الغامدي، وقال علي إن مصطفى بلغ المستوى الأقصى على الطريق.', 'وصل الدكتور علي الغامدي، وقال علي إن مصطفى بلغ المستوى الأقصى على الطريق.'],
];

describe('issue 7 through the built CLI', () => {
  let dir: string;
  before(() => {
    dir = tempDir('mudaqqiq-cli-ortho-');
    writeFiles(dir, { 'draft.txt': DRAFT.map(([a]) => a).join('\n') + '\n' });
  });

  it('each lexicon rule reports the issue’s examples, and nothing on the lines that are right', () => {
    const found = check(dir, 'draft.txt').filter((f) => LEXICON_RULES.has(f.ruleId));
    const by = (rule: string) => found.filter((f) => f.ruleId === rule).map((f) => f.text);
    assert.deepEqual(by('hamza'), ['الى', 'واكد', 'ان', 'ان', 'إعتبارا', 'الإهتمام', 'بإستخدام']);
    assert.deepEqual(by('teh-marbuta'), ['الحكومه', 'المنطقه', 'العامه', 'بالمتابعه']);
    assert.deepEqual(by('alef-maqsura'), ['علي', 'حتي']);
    assert.deepEqual(by('spacing-errors'), ['الدكتورعبدالرحمن', 'و هي']);
    assert.deepEqual(by('final-yeh'), []);
    assert.deepEqual(by('spelling'), [], 'spelling is off in the recommended preset');
  });

  it('--fix writes every certain correction and leaves the right lines alone', () => {
    const r = runCli(['--fix', 'draft.txt'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.equal(readFileSync(join(dir, 'draft.txt'), 'utf8'), DRAFT.map(([, b]) => b).join('\n') + '\n');
  });
});

describe('spelling and the presets, through the built CLI', () => {
  const TEXT = 'وقال المتحدث المصرى فى بيان إن الاجتماع سيعقد غدطا مع زيدوني وكلمة زقلمون.\n';

  it('strict turns spelling on, with suggestions none preferred', () => {
    const dir = tempDir('mudaqqiq-cli-ortho-');
    writeFiles(dir, { 'd.txt': TEXT, '.mudaqqiq.json': '{ "extends": "strict" }' });
    const sp = check(dir, 'd.txt').filter((f) => f.ruleId === 'spelling');
    assert.deepEqual(
      sp.map((f) => f.text),
      ['غدطا', 'زيدوني', 'زقلمون'],
    );
    assert.ok(sp[0].fixes.length > 0 && sp[0].fixes.every((x) => !x.preferred));
  });

  it('names-list and accepted words are known, and Egyptian spellings under egyptian-press', () => {
    const dir = tempDir('mudaqqiq-cli-ortho-');
    const config = { extends: ['egyptian-press', 'strict'], words: { accepted: ['زقلمون'] }, names: [{ canonical: 'زيدوني', variants: [] }] };
    writeFiles(dir, { 'd.txt': TEXT, '.mudaqqiq.json': JSON.stringify(config) });
    const found = check(dir, 'd.txt');
    assert.deepEqual(
      found.filter((f) => f.ruleId === 'spelling').map((f) => f.text),
      ['غدطا'],
    );
    assert.deepEqual(found.filter((f) => f.ruleId === 'final-yeh'), [], 'فى and المصرى are the house spelling');
  });
});
