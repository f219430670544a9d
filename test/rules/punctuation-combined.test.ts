// The punctuation rules together: findings at the same place never fight over the
// same characters, fix-all with all of them converges, and the registry lists them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText, lint } from '../../server/src/engine/engine';
import { getRule } from '../../server/src/engine/rules';
import punctuation from '../../server/src/engine/rules/punctuation';
import type { ResolvedConfig } from '../../server/src/engine/types';

const config: ResolvedConfig = { rules: Object.fromEntries(punctuation.map((r) => [r.meta.id, { severity: 'warning' as const }])) };
const run = (code: string) => lint(code, { rules: punctuation, config });
const fix = (code: string) => fixText(code, { rules: punctuation, config }).output;
const summary = (code: string) => run(code).findings.map((f) => `${f.ruleId}:${f.messageId}@${f.start}-${f.end}`);

describe('punctuation rules together', () => {
  it('registers the five rules under their catalogue ids', () => {
    assert.deepEqual(
      punctuation.map((r) => r.meta.id),
      ['latin-punctuation', 'punctuation-spacing', 'doubled-punctuation', 'quote-style', 'unbalanced-pairs'],
    );
    for (const r of punctuation) {
      assert.equal(r.meta.category, 'punctuation');
      assert.equal(getRule(r.meta.id), r, `${r.meta.id} is in the registry`);
    }
    assert.equal(getRule('quote-style')!.meta.defaultSeverity, 'info');
    assert.equal(getRule('unbalanced-pairs')!.meta.fixable, false);
  });

  it('a space before a Latin comma: two findings with separate edits', () => {
    const code = 'عقد الأمير اجتماعا اليوم , مع مجلس الإدارة';
    const sp = code.indexOf(' ,');
    assert.deepEqual(summary(code), [`punctuation-spacing:spaceBefore@${sp}-${sp + 1}`, `latin-punctuation:latinComma@${sp + 1}-${sp + 2}`]);
    const edits = run(code).findings.flatMap((f) => f.fixes.flatMap((x) => x.edits));
    assert.deepEqual(edits, [
      { start: sp, end: sp + 1, text: '' },
      { start: sp + 1, end: sp + 2, text: '،' },
    ]);
    assert.equal(fix(code), 'عقد الأمير اجتماعا اليوم، مع مجلس الإدارة');
  });

  it('a Latin comma on the wrong side of its space: three findings, one pass', () => {
    const code = 'جاءت أسهم شركات سابك ,والإنماء';
    assert.equal(run(code).findings.length, 3);
    const r = fixText(code, { rules: punctuation, config });
    assert.equal(r.output, 'جاءت أسهم شركات سابك، والإنماء');
    assert.equal(r.passes, 1, 'all three fixes apply together');
  });

  it('doubled Latin question marks become one Arabic mark', () => {
    assert.equal(fix('لماذا تأخر القرار??'), 'لماذا تأخر القرار؟');
    assert.equal(fix('كيف يبرر المبلغ ؟؟!!'), 'كيف يبرر المبلغ؟!');
  });

  it('quote-style points at the closing mark as related information', () => {
    const code = 'قال «نعمل» و«نخطط» ثم "ننفذ"';
    const f = run(code).findings.filter((x) => x.ruleId === 'quote-style');
    assert.equal(f.length, 1);
    assert.equal(f[0].start, code.indexOf('"'));
    assert.deepEqual(
      f[0].related?.map((x) => x.start),
      [code.lastIndexOf('"')],
    );
    assert.equal(fix(code), 'قال «نعمل» و«نخطط» ثم «ننفذ»');
  });

  it('messages speak Arabic and English with the mark filled in', () => {
    const f = run('هل انتهى الاجتماع ؟').findings[0];
    assert.equal(f.messageId, 'spaceBefore');
    assert.match(f.message.ar, /؟/);
    assert.match(f.message.en, /؟/);
    assert.doesNotMatch(f.message.ar + f.message.en, /\{\w+\}/);
  });

  it('bad input does not crash: empty, marks only, lone surrogates, long runs', () => {
    for (const code of ['', '?', '،،،', '"', '«»«', '\ud83d', ')'.repeat(1000), '?'.repeat(5000), ' ,'.repeat(1000), '“'.repeat(3)]) {
      const r = run(code);
      assert.deepEqual(r.faults, [], JSON.stringify(code.slice(0, 20)));
      const out = fix(code);
      assert.equal(fix(out), out, 'idempotent');
    }
  });
});
