// Counts in messages agree with their number: the engine's formatter takes ICU's plural
// (`{count, plural, one {…} two {…} few {…} other {…}}`) and Arabic's categories, which the
// rules' messages, the server's hover and the extension's status bar all use.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { format, pluralCategory } from '../../server/src/engine/messages';
import { lint } from '../../server/src/engine';

const TIMES = 'ورد {count, plural, one {مرة واحدة} two {مرتين} few {# مرات} other {# مرة}} في الخبر';

describe('plural messages', () => {
  it('Arabic categories: zero, one, two, few (x03–x10), many (x11–x99), other (x00–x02)', () => {
    const cases: Array<[number, string]> = [
      [0, 'zero'], [1, 'one'], [2, 'two'], [3, 'few'], [10, 'few'], [11, 'many'], [99, 'many'],
      [100, 'other'], [102, 'other'], [103, 'few'], [111, 'many'], [1000, 'other'],
    ];
    for (const [n, want] of cases) assert.equal(pluralCategory(n, 'ar'), want, String(n));
    assert.equal(pluralCategory(1, 'en'), 'one');
    assert.equal(pluralCategory(2, 'en'), 'other');
    assert.equal(pluralCategory(0, 'en'), 'other');
  });

  it('fills the option of the number’s category, `#` the number as given, `other` where a category is missing', () => {
    assert.equal(format(TIMES, { count: 1 }, 'ar'), 'ورد مرة واحدة في الخبر');
    assert.equal(format(TIMES, { count: 2 }, 'ar'), 'ورد مرتين في الخبر');
    assert.equal(format(TIMES, { count: 5 }, 'ar'), 'ورد 5 مرات في الخبر');
    assert.equal(format(TIMES, { count: 11 }, 'ar'), 'ورد 11 مرة في الخبر');
    assert.equal(format(TIMES, { count: 100 }, 'ar'), 'ورد 100 مرة في الخبر');
    assert.equal(format(TIMES, { count: 0 }, 'ar'), 'ورد 0 مرة في الخبر');
    // Arabic-Indic digits count as their number
    assert.equal(format(TIMES, { count: '٧' }, 'ar'), 'ورد ٧ مرات في الخبر');
    // … with thousands separators too
    assert.equal(format(TIMES, { count: '١٬٠٠٥' }, 'ar'), 'ورد ١٬٠٠٥ مرات في الخبر');
    assert.equal(format(TIMES, { count: '1,011' }, 'ar'), 'ورد 1,011 مرة في الخبر');
    assert.equal(format('{ count , plural , one {مرة} other {# مرات}}', { count: 1 }, 'ar'), 'مرة');
    const en = '{count, plural, one {once} other {# times}} in {where}';
    assert.equal(format(en, { count: 1, where: 'the article' }, 'en'), 'once in the article');
    assert.equal(format(en, { count: 3, where: 'the article' }, 'en'), '3 times in the article');
  });

  it('placeholders inside an option, numbered placeholders (the extension’s), and text that is no placeholder', () => {
    assert.equal(format('{n, plural, one {كلمة «{w}»} other {# كلمات «{w}»}}', { n: 4, w: 'على' }, 'ar'), '4 كلمات «على»');
    assert.equal(format('«{0}»: {1, plural, two {مرتان} other {# مرة}}', { 0: 'أشار', 1: 2 }, 'ar'), '«أشار»: مرتان');
    assert.equal(format('{a} {b} {x, plural, other {#}} { } #1', { a: 'أ' }, 'ar'), 'أ {b} {x} { } #1');
    assert.equal(format('no {placeholders} here', undefined, 'ar'), 'no {placeholders} here');
  });

  it('the rules’ counted messages: final-yeh counts its words, repeated-verb its uses', () => {
    // five words with a dotted final yeh, then one without
    const text = 'التقى الوزير في مبنى المحافظة الذي بني على الطريق الرئيسي في حي الزمالك مع ممثلي الشركة.\nوقال الوزير إن المشروع فى مرحلته الأخيرة.\n';
    const yeh = lint(text, { config: { rules: { 'final-yeh': { severity: 'warning' } } } }).findings.filter((f) => f.ruleId === 'final-yeh');
    assert.equal(yeh.length, 1, JSON.stringify(yeh.map((f) => f.message.ar)));
    assert.match(yeh[0].message.ar, /\((\d+) (كلمات|كلمة)\)/);
    const n = Number(/\((\d+)/.exec(yeh[0].message.ar)![1]);
    assert.equal(/كلمات/.test(yeh[0].message.ar), n % 100 >= 3 && n % 100 <= 10, yeh[0].message.ar);

    const verbs = Array.from({ length: 11 }, (_, i) => `وأكد المسؤول رقم ${i + 1} أن العمل مستمر.`).join('\n\n') + '\n';
    const tooMany = lint(verbs, { config: { rules: { 'repeated-verb': ['info', { maxPerArticle: 3 }] } } as never }).findings.filter((f) => f.ruleId === 'repeated-verb' && /في الخبر/.test(f.message.ar));
    assert.ok(tooMany.length > 0);
    assert.match(tooMany[0].message.ar, /ورد 11 مرة في الخبر/);
    assert.match(tooMany[0].message.en, /used 11 times in the article/);
  });
});
