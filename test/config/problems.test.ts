// Every kind of bad input is reported at its exact place (line/col, and the text it covers),
// in Arabic and English, and nothing crashes.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileGlob, hiddenFor, isIgnored, loadConfigFor } from '../../server/src/config';
import { allRules, fixText, type ResolvedConfig } from '../../server/src/engine';
import { honorificCandidates } from '../../server/src/config/honorific-titles';
import { P } from '../../server/src/config/problems';
import { diskHost, only, placed, workspace } from './helpers';

function problemsOf(text: string, extra: Record<string, string> = {}) {
  const root = workspace({ '.mudaqqiq.json': text, ...extra });
  const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
  return { root, r, list: placed(r) };
}

describe('house-style problems', () => {
  it('invalid JSON: each syntax error at its offset', () => {
    const { list, r } = problemsOf('{\n  "rules": {\n    "tatweel": "error"\n    "nbsp": "off"\n  },\n  "language": \n}\n');
    assert.ok(list.length >= 2, JSON.stringify(list));
    assert.ok(list.every((p) => p.severity === 'error'));
    const comma = list.find((p) => /Comma expected/.test(p.en))!;
    assert.deepEqual([comma.line, comma.col, comma.text], [4, 5, '"nbsp"']);
    assert.match(comma.ar, /فاصلة/);
    const value = list.find((p) => /Value expected/.test(p.en))!;
    assert.deepEqual([value.line, value.col], [7, 1]);
    assert.equal(value.ar, 'ملف دليل الأسلوب ليس JSON صالحا: تنقص قيمة هنا');
    assert.equal(comma.ar, 'ملف دليل الأسلوب ليس JSON صالحا: تنقص فاصلة , بين العناصر');
    // what could be read still applies on a first load
    assert.equal(r.config.rules.tatweel.severity, 'error');
    assert.equal(r.config.rules.nbsp.severity, 'off');
  });

  it('an unterminated string', () => {
    const { list } = problemsOf('{ "rules": { "tatweel": "error } }');
    const p = only(list, /Unterminated string/);
    assert.equal(p.line, 1);
  });

  it('a file that is not an object', () => {
    const { list } = problemsOf('[ "tatweel" ]');
    const p = only(list, /must be an object/);
    assert.deepEqual([p.line, p.col, p.text], [1, 1, '[ "tatweel" ]']);
  });

  it('an unknown rule id, with "did you mean" for a near id', () => {
    const { list, r } = problemsOf('{\n  "rules": {\n    "tatweeel": "error",\n    "completely-made-up": "off"\n  }\n}');
    const near = only(list, /"tatweeel"/);
    assert.deepEqual([near.line, near.col, near.text, near.severity], [3, 5, '"tatweeel"', 'error']);
    assert.match(near.en, /Unknown rule "tatweeel"; did you mean "tatweel"\?/);
    assert.match(near.ar, /قاعدة غير معروفة «tatweeel»؛ هل تقصد «tatweel»؟/);
    const far = only(list, /completely-made-up/);
    assert.doesNotMatch(far.en, /did you mean/);
    assert.equal(r.config.rules.tatweeel, undefined, 'an unknown id is not kept');
  });

  it('ids that are names of Object.prototype members are unknown like any other', () => {
    const { list, r } = problemsOf('{ "rules": { "constructor": "off", "category:toString": "off", "tatweel": ["error", { "__proto__": { "x": 1 } }] } }');
    assert.equal(only(list, /Unknown rule "constructor"/).text, '"constructor"');
    assert.equal(only(list, /Unknown category "toString"/).text, '"category:toString"');
    assert.equal(only(list, /Unknown property "__proto__"/).text, '"__proto__"');
    assert.equal(Object.prototype.hasOwnProperty.call(r.config.rules, 'constructor'), false);
  });

  it('every catalogue rule is implemented now: diacritics-policy is turned on and its options are validated', () => {
    const ok = problemsOf('{ "rules": { "diacritics-policy": ["warning", { "policy": "tanween-alef" }] } }');
    assert.deepEqual(ok.list, []);
    assert.deepEqual(ok.r.config.rules['diacritics-policy'], { severity: 'warning', options: { policy: 'tanween-alef' } });
    const { list } = problemsOf('{ "rules": { "diacritics-policy": ["error", { "style": "none" }] } }');
    const p = only(list, /style/);
    assert.equal(p.severity, 'error');
    assert.equal(p.text, '"style"');
  });

  it('a bad severity, with "did you mean"', () => {
    const { list, r } = problemsOf('{\n  "rules": {\n    "tatweel": "warn",\n    "nbsp": 2,\n    "zero-width": ["eror", {}]\n  }\n}');
    const warn = only(list, /"warn"/);
    assert.deepEqual([warn.line, warn.col, warn.text], [3, 16, '"warn"']);
    assert.match(warn.en, /did you mean "warning"/);
    const two = only(list, /severity 2/);
    assert.deepEqual([two.line, two.col, two.text], [4, 13, '2']);
    const eror = only(list, /"eror"/);
    assert.match(eror.en, /did you mean "error"/);
    assert.equal(r.config.rules.tatweel, undefined, 'a setting with a bad severity is dropped');
  });

  it('a setting that is neither a severity nor [severity, options]', () => {
    const { list } = problemsOf('{ "rules": { "tatweel": { "severity": "error" }, "nbsp": [], "zero-width": ["error", {}, "extra"], "extra-spaces": ["error", "loud"] } }');
    assert.equal(list.filter((p) => /A rule setting is/.test(p.en)).length, 2);
    assert.equal(only(list, /Extra item/).text, '"extra"');
    assert.equal(only(list, /Options must be an object/).text, '"loud"');
  });

  it('a wrong option type or value, at that option', () => {
    const text = [
      '{',
      '  "rules": {',
      '    "digit-system": ["warning", { "system": "westren" }],',
      '    "repeated-verb": ["info", { "maxPerArticle": "three", "window": "paragraph" }],',
      '    "scrape-leftover": ["warning", { "minScore": 50, "phrases": ["تابعونا", 7] }]',
      '  }',
      '}',
    ].join('\n');
    const { list, r } = problemsOf(text);
    const sys = only(list, /westren/);
    assert.deepEqual([sys.line, sys.col, sys.text], [3, 45, '"westren"']);
    assert.match(sys.en, /^digit-system options: Value "westren" is not allowed/);
    assert.match(sys.ar, /^خيارات «digit-system»/);
    const max = only(list, /expected integer/);
    assert.deepEqual([max.line, max.col, max.text], [4, 50, '"three"']);
    const min = only(list, /maximum 20/);
    assert.equal(min.text, '50');
    const item = only(list, /expected string, found number/);
    assert.deepEqual([item.line, item.text], [5, '7']);
    // wrong options are dropped; the severity stands
    assert.deepEqual(r.config.rules['digit-system'], { severity: 'warning' });
    assert.deepEqual(r.config.rules['repeated-verb'], { severity: 'info' });
  });

  it('an unknown option, at its name, with "did you mean"', () => {
    const { list } = problemsOf('{ "rules": { "digit-system": ["warning", { "sytem": "western" }], "tatweel": ["warning", { "x": 1 }] } }');
    const p = only(list, /"sytem"/);
    assert.equal(p.text, '"sytem"');
    assert.match(p.en, /did you mean "system"/);
    const x = only(list, /"x"/);
    assert.match(x.en, /none are allowed here/);
  });

  it('an unknown category, with "did you mean"', () => {
    const { list } = problemsOf('{ "rules": { "category:digit": "off" } }');
    const p = only(list, /Unknown category/);
    assert.equal(p.text, '"category:digit"');
    assert.match(p.en, /did you mean "digits"/);
  });

  it('an unknown top-level key is a warning with "did you mean"', () => {
    const { list } = problemsOf('{ "rule": { "tatweel": "off" } }');
    const p = only(list, /Unknown property "rule"/);
    assert.equal(p.severity, 'warning');
    assert.match(p.en, /did you mean "rules"/);
  });

  it('a bad language', () => {
    const { list } = problemsOf('{ "language": "fr" }');
    assert.equal(only(list, /language/).text, '"fr"');
  });

  it('a bad names entry: at the entry or the field', () => {
    const text = '{\n  "names": [\n    { "variants": ["عمر طلعت"] },\n    { "canonical": "عمرو طلعت", "variants": "عمر طلعت" },\n    { "canonical": "هالة السعيد", "titel": "الدكتورة" }\n  ]\n}';
    const { list, r } = problemsOf(text);
    const req = only(list, /Missing required property "canonical"/);
    assert.deepEqual([req.line, req.col], [3, 5]);
    const type = only(list, /expected array/);
    assert.deepEqual([type.line, type.text], [4, '"عمر طلعت"']);
    const key = only(list, /"titel"/);
    assert.match(key.en, /did you mean "title"/);
    assert.deepEqual(r.config.shared?.names?.map((n) => n.canonical), ['عمرو طلعت', 'هالة السعيد'], 'the readable entries are kept');
  });

  it('a missing names file, at its entry', () => {
    const { list, root } = problemsOf('{\n  "namesFiles": ["names/ministers.tsv"]\n}');
    const p = only(list, /Names file/);
    assert.deepEqual([p.line, p.col, p.text], [2, 18, '"names/ministers.tsv"']);
    assert.match(p.en, new RegExp(join(root, 'names/ministers.tsv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  it('bad word lists and ignore entries', () => {
    const { list, r } = problemsOf('{ "words": { "accepted": ["الفيسبوك", ""], "slang": [] }, "ignore": { "files": "archive/**", "findings": [{ "text": "x" }, { "rule": "tatweeel" }] } }');
    assert.ok(list.some((p) => /Empty text/.test(p.en) && p.text === '""'));
    assert.ok(list.some((p) => /"slang"/.test(p.en)));
    assert.ok(list.some((p) => /expected array/.test(p.en) && p.text === '"archive/**"'));
    assert.ok(list.some((p) => /Missing required property "rule"/.test(p.en)));
    const rule = only(list, /Unknown rule "tatweeel"/);
    assert.equal(rule.severity, 'warning');
    assert.ok(r.config.shared?.acceptedWords?.has('الفيسبوك'));
  });

  it('an ignore glob with an unclosed [ or { is a warning at that entry; the bracket is taken as itself and the glob still used', () => {
    const text = [
      '{',
      '  "ignore": {',
      '    "files": ["مسودات/[قديم/**", "أرشيف/{2023,2024/**", "تقارير/[أب]*.md", "[[]عاجل]/*.md", "{مصر,السودان}/*.md"],',
      '    "findings": [',
      '      { "rule": "name-spelling", "text": "عمر طلعت", "file": "مقابلات/{عمرو-طلعت.md" },',
      '      { "rule": "name-spelling", "text": "هاله السعيد", "file": "[{]هالة-السعيد.md" }',
      '    ]',
      '  }',
      '}',
    ].join('\n');
    const { list, r, root } = problemsOf(text);
    const hits = list.filter((p) => /not closed/.test(p.en));
    assert.deepEqual(
      hits.map((p) => [p.line, p.text, p.severity]),
      [
        [3, '"مسودات/[قديم/**"', 'warning'],
        [3, '"أرشيف/{2023,2024/**"', 'warning'],
        [5, '"مقابلات/{عمرو-طلعت.md"', 'warning'],
      ],
    );
    assert.equal(list.length, hits.length, JSON.stringify(list));
    assert.match(hits[0].en, /"\[" is not closed by "\]".*taken literally/);
    assert.match(hits[0].ar, /«\[» غير مغلق/);
    assert.match(hits[1].en, /"\{" is not closed by "\}".*taken literally/);
    assert.match(hits[1].ar, /«\{» غير مغلق/);
    // taken literally: each still matches the path that holds the bracket itself
    assert.equal(isIgnored(r, join(root, 'مسودات/[قديم/خبر.md')), true);
    assert.equal(isIgnored(r, join(root, 'مسودات/ق/خبر.md')), false);
    assert.equal(isIgnored(r, join(root, 'أرشيف/{2023,2024/خبر.md')), true);
    assert.equal(isIgnored(r, join(root, 'أرشيف/2023/خبر.md')), false);
    assert.deepEqual(hiddenFor(r, join(root, 'مقابلات/{عمرو-طلعت.md')), [{ rule: 'name-spelling', text: 'عمر طلعت' }]);
    // a set holding the bracket ([[], [{]) is the way to mean the bracket itself: no warning
    assert.equal(isIgnored(r, join(root, '[عاجل]/خبر.md')), true);
    assert.deepEqual(hiddenFor(r, join(root, '{هالة-السعيد.md')), [{ rule: 'name-spelling', text: 'هاله السعيد' }]);
  });

  it('an unclosed bracket is found where the glob code meets it: inside { } alternatives, and a [ closed only past a / (a set is one path segment)', () => {
    const literal = (p: string) => {
      const g = compileGlob(p);
      assert.ok(g.ok, p);
      return g.literal?.en;
    };
    assert.match(literal('{مصر,[السودان}/*.md') ?? '', /"\["/);
    assert.match(literal('تقارير/[أ/ب]/*.md') ?? '', /"\["/);
    assert.match(literal('{مصر/[أ,السودان') ?? '', /"\[".*"\{"|"\{".*"\["/);
    for (const ok of ['تقارير/[أب]*.md', '{مصر,السودان}/**', '[[]عاجل]/*', '[{]x', '{a}', '\\[x', 'archive/**']) assert.equal(literal(ok), undefined, ok);
  });

  it('nothing crashes on hostile input', () => {
    const inputs = ['{', '}', 'null', '"rules"', '{"rules": null}', '{"rules": {"tatweel": null}}', '{"extends": 5}', '{"extends": [null, {}]}', '{"names": {}}', '{"names": [null, 1, "x"]}', '{"namesFiles": 3}', '{"words": []}', '{"ignore": null}', '{"rules": {"category:": "off", "": "off", "constructor": "off", "category:toString": "off"}}', '{"rules": {"tatweel": ["error", {"__proto__": {"x": 1}}]}}'];
    for (const t of inputs) {
      const { r } = problemsOf(t);
      assert.ok(r.problems.length > 0, `no problem reported for ${t}`);
      assert.ok(r.config.rules, t);
    }
  });
});

describe('a word ornamental-honorific cuts that the names list writes as a title', () => {
  const LOOP = /also a title the names list writes/;
  const house = (extra: string[], names: unknown[], more: Record<string, unknown> = {}) =>
    JSON.stringify({ rules: { 'ornamental-honorific': ['warning', { extra }] }, names, ...more }, null, 2);
  /** Whether fix-all leaves first-mention out of a draft naming عمرو طلعت (its fixes and the honorific cut never settle). */
  const loops = (config: ResolvedConfig) =>
    fixText('التقى عمرو طلعت السفير الصيني اليوم في القاهرة لبحث التعاون.', { rules: allRules, config }).faults.some((f) => f.ruleId === 'first-mention');

  it('an `extra` word that is a listed title (inline names): a warning at that entry, naming one person; loading goes on as before', () => {
    const text = house(['سعادة السفير', 'الدكتور'], [{ canonical: 'هالة السعيد' }, { canonical: 'عمرو طلعت', title: 'الدكتور' }, { canonical: 'خالد عبد الغفار', title: 'الدكتور' }]);
    const { list, r } = problemsOf(text);
    const p = only(list, LOOP);
    assert.deepEqual([p.line, p.col, p.text, p.severity], [8, 11, '"الدكتور"', 'warning']);
    assert.match(p.en, /^"الدكتور" is also a title the names list writes \("الدكتور عمرو طلعت"\)/);
    assert.match(p.en, /fix-all would add and remove it in turn/);
    assert.match(p.ar, /^«الدكتور» لقب تكتبه قائمة الأسماء أيضا \(«الدكتور عمرو طلعت»\)/);
    assert.match(p.ar, /بالتناوب/);
    assert.equal(list.length, 1, JSON.stringify(list));
    // only warned: the option and the names stand, the file has no error
    assert.deepEqual(r.config.rules['ornamental-honorific'].options?.extra, ['سعادة السفير', 'الدكتور']);
    assert.equal(r.config.shared?.names?.find((n) => n.canonical === 'عمرو طلعت')?.title, 'الدكتور');
    assert.equal(r.lastGoodInForce, undefined);
    assert.ok(loops(r.config), 'the warning is about a real loop');
  });

  it('words compared as ornamental-honorific compares them: folded, the article part of the word, the whole title cut', () => {
    const cases: Array<[extra: string, title: string, warned: boolean]> = [
      ['الدكتور', 'الدكتور', true],
      ['الدكتوْر', 'الدكتور', true], // diacritics folded
      ['الدكتور', 'الدكتـور', true], // tatweel folded
      ['الاستاذ الدكتور', 'الأستاذ الدكتور', true], // hamza seat folded; a phrase
      ['الأستاذ  الدكتور', 'الأستاذ الدكتور', true],
      ['دكتور', 'الدكتور', false], // the rule does not look through the article
      ['والدكتور', 'الدكتور', false], // nor take a proclitic written in the entry as one
      ['الدكتورة', 'الدكتور', false],
      ['الدكتور', 'الأستاذ الدكتور', false], // part of the title cut: a title is left, first-mention writes nothing back
      ['الأستاذ', 'الأستاذ الدكتور', false],
    ];
    for (const [extra, title, warned] of cases) {
      const { list, r } = problemsOf(house([extra], [{ canonical: 'عمرو طلعت', title }]));
      assert.equal(list.filter((p) => LOOP.test(p.en)).length, warned ? 1 : 0, `${extra} / ${title}: ${JSON.stringify(list)}`);
      assert.equal(loops(r.config), warned, `${extra} / ${title}: the warning says what fix-all does`);
    }
  });

  it('a title given in a names file (TSV): the warning is at the `extra` entry in the house-style file', () => {
    const text = house(['الدكتور'], [], { namesFiles: ['names/ministers.tsv'] });
    const tsv = 'canonical\tvariants\ttitle\trole\nهالة السعيد\tهاله السعيد\nعمرو طلعت\tعمر طلعت\tالدكتور\tوزير الاتصالات\n';
    const { list, root, r } = problemsOf(text, { 'names/ministers.tsv': tsv });
    const p = only(list, LOOP);
    assert.equal(p.file, join(root, '.mudaqqiq.json'));
    assert.equal(p.text, '"الدكتور"');
    assert.equal(p.severity, 'warning');
    assert.match(p.en, /"الدكتور عمرو طلعت"/);
    assert.ok(loops(r.config));
  });

  it('a house word list `words.honorifics` entry (it becomes `extra`) is warned about where it is written', () => {
    const text = JSON.stringify({ words: { honorifics: ['صاحب السمو', 'الدكتور'] }, names: [{ canonical: 'عمرو طلعت', title: 'الدكتور' }] }, null, 2);
    const { list, r } = problemsOf(text);
    const p = only(list, LOOP);
    assert.deepEqual([p.text, p.severity], ['"الدكتور"', 'warning']);
    assert.equal(p.line, 5);
    assert.ok(loops(r.config));
  });

  it('an `extra` from an extended file is warned about there, unless a later layer replaced it', () => {
    const names = [{ canonical: 'عمرو طلعت', title: 'الدكتور' }];
    const base = house(['الدكتور'], []);
    const kept = problemsOf(JSON.stringify({ extends: './base.json', names }), { 'base.json': base });
    const p = only(kept.list, LOOP);
    assert.equal(p.file, join(kept.root, 'base.json'));
    assert.equal(p.text, '"الدكتور"');
    const replaced = problemsOf(house(['سعادة السفير'], names, { extends: './base.json' }), { 'base.json': base });
    assert.deepEqual(replaced.list.filter((x) => LOOP.test(x.en)), []);
  });

  it('no warning where no loop is: either rule off (by itself or its category), the word allowed, no title listed', () => {
    const names = [{ canonical: 'عمرو طلعت', title: 'الدكتور' }];
    const quiet = [
      JSON.stringify({ rules: { 'ornamental-honorific': ['off', { extra: ['الدكتور'] }] }, names }),
      JSON.stringify({ rules: { 'ornamental-honorific': ['warning', { extra: ['الدكتور'] }], 'first-mention': 'off' }, names }),
      JSON.stringify({ rules: { 'ornamental-honorific': ['warning', { extra: ['الدكتور'] }], 'category:honorifics': 'off' }, names }),
      JSON.stringify({ rules: { 'ornamental-honorific': ['warning', { extra: ['الدكتور'], allow: ['الدكتور'] }] }, names }),
      house(['الدكتور'], [{ canonical: 'عمرو طلعت' }, { canonical: 'هالة السعيد', title: 'الدكتورة' }]),
    ];
    for (const text of quiet) {
      const { list, r } = problemsOf(text);
      assert.deepEqual(list, [], text);
      assert.equal(loops(r.config), false, text);
    }
  });

  it('each looping entry is warned about once, however many people carry the title', () => {
    const names = Array.from({ length: 50 }, (_, i) => ({ canonical: `اسم${i} طلعت`, title: i % 2 ? 'الدكتور' : 'المهندس' }));
    const { list } = problemsOf(house(['الدكتور', 'المهندس', 'سعادة السفير'], names));
    const hits = list.filter((p) => LOOP.test(p.en));
    assert.deepEqual(hits.map((p) => p.text), ['"الدكتور"', '"المهندس"']);
    assert.match(hits[0].en, /"الدكتور اسم1 طلعت"/);
    assert.match(hits[1].en, /"المهندس اسم0 طلعت"/);
  });
});

describe("a listed person's title or role that holds one of ornamental-honorific's built-in honorifics", () => {
  const CLASH = /an ornamental honorific that the rule ornamental-honorific flags/;
  const LOOP = /also a title the names list writes/;
  const DRAFT = 'وقال عمرو طلعت إن الخطة جاهزة.';
  const names = (title?: string, role?: string) => [{ canonical: 'عمرو طلعت', ...(title ? { title } : {}), ...(role ? { role } : {}) }];
  const clashes = (text: string, extra: Record<string, string> = {}) => {
    const { list, r, root } = problemsOf(text, extra);
    return { hits: list.filter((p) => CLASH.test(p.en)), list, r, root };
  };
  /**
   * What fix-all makes of the draft under a house style: whether the two rules clash there (fix-all
   * leaves first-mention out, or leaves a first-mention or ornamental-honorific finding behind).
   */
  const fixAll = (config: ResolvedConfig, draft = DRAFT) => {
    const r = fixText(draft, { rules: allRules, config });
    const loops = r.faults.some((f) => f.ruleId === 'first-mention');
    const left = r.remaining.filter((f) => f.ruleId === 'ornamental-honorific' || f.ruleId === 'first-mention').map((f) => `${f.ruleId}:${r.output.slice(f.start, f.end)}`);
    return { output: r.output, loops, left, clash: loops || left.length > 0 };
  };

  it('the case seen for real: title «معالي» is warned about where it is written; fix-all writes it and ornamental-honorific flags it', () => {
    const text = JSON.stringify({ names: names('معالي') }, null, 2);
    const { hits, list, r } = clashes(text);
    assert.equal(hits.length, 1, JSON.stringify(list));
    const p = hits[0];
    assert.deepEqual([p.line, p.col, p.text, p.severity], [5, 16, '"معالي"', 'warning']);
    assert.match(p.en, /^The title "معالي" is an ornamental honorific that the rule ornamental-honorific flags: first-mention writes "معالي عمرو طلعت"/);
    assert.match(p.en, /one of the two rules always warns/);
    assert.match(p.en, /drop "معالي" from the title, or add it to ornamental-honorific's "allow"$/);
    assert.doesNotMatch(p.en, /never settle/);
    assert.match(p.ar, /^اللقب «معالي» لقب تفخيم تنبّه عليه قاعدة ornamental-honorific: تكتب قاعدة first-mention «معالي عمرو طلعت»/);
    assert.match(p.ar, /allow/);
    assert.equal(list.length, 1, JSON.stringify(list));
    // only warned: the title stands, nothing is in error
    assert.equal(r.config.shared?.names?.[0].title, 'معالي');
    assert.equal(r.lastGoodInForce, undefined);
    const f = fixAll(r.config);
    assert.equal(f.output, 'وقال معالي عمرو طلعت إن الخطة جاهزة.');
    assert.deepEqual(f.left, ['ornamental-honorific:معالي']);
    assert.equal(f.loops, false);
  });

  it('titles checked with the engine: warned exactly where fix-all leaves a clash (a finding or a loop)', () => {
    const cases: Array<[title: string, honorific: string | undefined]> = [
      ['معالي', 'معالي'],
      ['معالي الوزير', 'معالي'],
      ['فخامة الرئيس', 'فخامة'],
      ['فخامـة الرئيس', 'فخامـة'], // tatweel folded, the honorific quoted as written
      ['مَعالي الوزير', 'مَعالي'], // diacritics folded
      ['صاحب السمو الأمير', 'صاحب السمو'],
      ['صاحب السمو', 'صاحب السمو'],
      ['سمو الأمير', 'سمو'],
      ['سعادة السفير', 'سعادة'],
      ['جلالة الملك', 'جلالة'],
      ['فضيلة الشيخ', 'فضيلة'],
      ['الأستاذ معالي', 'معالي'], // the honorific inside the title
      ['مع\u200cالي الوزير', 'مع\u200cالي'], // a zero-width non-joiner inside the word: the tokenizer keeps it in, folding drops it
      ['ﻣﻌﺎﻟﻲ الوزير', 'ﻣﻌﺎﻟﻲ'], // presentation forms
      ['سموه', 'سموه'], // a pronoun form
      ['الدكتور', undefined],
      ['الرئيس', undefined],
      ['سعادة', undefined], // only an honorific before a title: before a name it is a noun
      ['فضيلة', undefined],
      ['سمو', undefined],
    ];
    for (const [title, honorific] of cases) {
      const { hits, list, r } = clashes(JSON.stringify({ names: names(title) }, null, 2));
      const f = fixAll(r.config);
      assert.equal(hits.length, honorific ? 1 : 0, `${title}: ${JSON.stringify(list)}`);
      assert.equal(f.clash, !!honorific, `${title}: the warning says what fix-all does (${JSON.stringify(f)})`);
      if (!honorific) continue;
      assert.equal(hits[0].text, JSON.stringify(title));
      const holds = title === honorific ? `is an ornamental honorific` : `holds "${honorific}", an ornamental honorific`;
      assert.ok(hits[0].en.startsWith(`The title "${title}" ${holds} that the rule ornamental-honorific flags`), hits[0].en);
    }
  });

  it('roles: first-mention writes them after the name; one that holds a built-in honorific is warned about (a role fix-all cuts and writes back loops)', () => {
    // (clash: fix-all leaves a finding of one of the two rules, or leaves first-mention out)
    const cases: Array<[role: string, honorific: string | undefined, loops: boolean, clash?: boolean]> = [
      // the cut leaves an office after the name (الرئيس), which first-mention takes for the role
      ['فخامة الرئيس', 'فخامة', false, false],
      ['سعادة السفير', 'سعادة', true],
      // a role in construct is a title: the cut is fix-all's, and leaves the role first-mention wants
      ['معالي وزير الاتصالات', 'معالي', false, false],
      ['صاحب السمو ولي العهد', 'صاحب السمو', false, false],
      ['وزير الاتصالات', undefined, false],
      ['سمو ولي العهد', 'سمو', false, false], // ولي العهد is a role in construct: a title
      ['سمو رئيسها', undefined, false], // سمو before a word that is no title: a noun
      // the honorific last: first-mention writes the role inside a sentence, the draft's next word after it
      ['وزير الخارجية صاحب المعالي', 'صاحب المعالي', false],
      ['ولي العهد صاحب السمو', 'صاحب السمو', false],
      ['وزير الخارجية سعادة', undefined, false], // سعادة before a word that is no title: a noun
    ];
    for (const [role, honorific, loops, clash = !!honorific] of cases) {
      const { hits, list, r } = clashes(JSON.stringify({ names: names('الدكتور', role) }, null, 2));
      const f = fixAll(r.config);
      assert.equal(hits.length, honorific ? 1 : 0, `${role}: ${JSON.stringify(list)}`);
      assert.equal(f.clash, clash, `${role}: ${JSON.stringify(f)}`);
      assert.equal(f.loops, loops, `${role}: ${JSON.stringify(f)}`);
      if (!honorific) continue;
      const p = hits[0];
      assert.equal(p.text, JSON.stringify(role));
      assert.ok(p.en.startsWith(`The role "${role}" holds "${honorific}", an ornamental honorific that the rule ornamental-honorific flags: first-mention writes "الدكتور عمرو طلعت ${role}"`), p.en);
      assert.match(p.en, new RegExp(`drop "${honorific}" from the role`));
      assert.match(p.ar, /^الصفة «/);
    }
  });

  it('no warning where the rules do not clash: either rule off (or its category), the honorific allowed', () => {
    const quiet = [
      { rules: { 'ornamental-honorific': 'off' }, names: names('معالي') },
      { rules: { 'first-mention': 'off' }, names: names('فخامة الرئيس') },
      { rules: { 'category:honorifics': 'off' }, names: names('معالي') },
      { rules: { 'ornamental-honorific': ['warning', { allow: ['معالي'] }] }, names: names('معالي') },
      { rules: { 'ornamental-honorific': ['warning', { allow: ['فخامة'] }] }, names: names('الدكتور', 'فخامة الرئيس') },
      { rules: { 'ornamental-honorific': ['warning', { allow: ['صاحب السمو'] }] }, names: names('صاحب السمو الأمير') },
    ];
    for (const house of quiet) {
      const text = JSON.stringify(house);
      const { list, r } = problemsOf(text);
      assert.deepEqual(list, [], text);
      assert.equal(fixAll(r.config).clash, false, text);
    }
    // allowing one honorific leaves the others flagged
    const { hits, r } = clashes(JSON.stringify({ rules: { 'ornamental-honorific': ['warning', { allow: ['فخامة'] }] }, names: names('معالي') }));
    assert.equal(hits.length, 1);
    assert.equal(fixAll(r.config).clash, true);
  });

  it('a title shared by many people: one warning per distinct title per file, at the first, saying how many', () => {
    const people = [
      { canonical: 'عمرو طلعت', title: 'معالي' },
      { canonical: 'هالة السعيد', title: 'الدكتورة' },
      { canonical: 'سامح شكري', title: 'معالي' },
      { canonical: 'مصطفى مدبولي', title: 'فخامة الرئيس' },
      { canonical: 'خالد عبد الغفار', title: 'معالي' },
    ];
    const text = JSON.stringify({ names: people }, null, 2);
    const { hits } = clashes(text);
    assert.deepEqual(hits.map((p) => [p.line, p.text]), [[5, '"معالي"'], [17, '"فخامة الرئيس"']]);
    assert.match(hits[0].en, /"معالي عمرو طلعت" \(3 people in this file have this title\)/);
    assert.match(hits[0].ar, /\(عدد من يحملونه في هذا الملف: 3\)/);
    assert.doesNotMatch(hits[1].en, /people in this file/);
  });

  it('a names file (TSV): at the title cell of the first row that has it, and at a role cell', () => {
    const tsv = [
      'canonical\tvariants\ttitle\trole',
      'هالة السعيد\tهاله السعيد\tالدكتورة',
      'عمرو طلعت\tعمر طلعت\tمعالي\tوزير الاتصالات',
      'سامح شكري\tسامح شكرى\tمعالي\tمعالي وزير الخارجية',
      'خالد عبد الغفار\t\tالدكتور\tمعالي وزير الصحة',
      '',
    ].join('\n');
    const { hits, root, r } = clashes(JSON.stringify({ namesFiles: ['names/ministers.tsv'] }), { 'names/ministers.tsv': tsv });
    const file = join(root, 'names/ministers.tsv');
    assert.deepEqual(
      hits.map((p) => [p.file, p.line, p.col, p.text, p.severity]),
      [
        [file, 3, 20, 'معالي', 'warning'],
        [file, 4, 27, 'معالي وزير الخارجية', 'warning'],
      ],
    );
    assert.match(hits[0].en, /first-mention writes "معالي عمرو طلعت وزير الاتصالات" \(2 people in this file have this title\)/);
    // roles are grouped by their honorific: two roles with «معالي», one warning
    assert.match(hits[1].en, /^The role "معالي وزير الخارجية" holds "معالي"/);
    assert.match(hits[1].en, /\(2 people in this file have a role with "معالي"\)/);
    assert.match(hits[1].ar, /^الصفة «معالي وزير الخارجية» فيها «معالي»، لقب تفخيم .* \(عدد من في صفاتهم «معالي» في هذا الملف: 2\)/);
    const f = fixAll(r.config);
    assert.equal(f.clash, true);
  });

  it('a names file (CSV, a quoted cell with "" in it): at the cell where it is written', () => {
    const csv = 'عمرو طلعت,عمر طلعت,الدكتور,"معالي وزير ""الخارجية"""\n';
    const { hits, root, r } = clashes(JSON.stringify({ namesFiles: ['n.csv'] }), { 'n.csv': csv });
    assert.equal(hits.length, 1);
    assert.deepEqual([hits[0].file, hits[0].line, hits[0].col, hits[0].text], [join(root, 'n.csv'), 1, 29, 'معالي وزير ""الخارجية""']);
    assert.match(hits[0].en, /^The role "معالي وزير "الخارجية"" holds "معالي"/);
    assert.deepEqual(fixAll(r.config).left, ['ornamental-honorific:معالي']);
    // a quote after the honorific: the rule reads no title or name after it, and flags nothing
    const quoted = clashes(JSON.stringify({ namesFiles: ['n.csv'] }), { 'n.csv': 'عمرو طلعت,,"فخامة ""الرئيس"""\n' });
    assert.deepEqual(quoted.hits, []);
    assert.equal(fixAll(quoted.r.config).clash, false);
  });

  it('a title written in an extended file is warned about there; an `extra` word that is the whole title keeps its own warning', () => {
    const base = JSON.stringify({ names: names('معالي') }, null, 2);
    const { hits, root } = clashes(JSON.stringify({ extends: './base.json' }), { 'base.json': base });
    assert.deepEqual(hits.map((p) => [p.file, p.text]), [[join(root, 'base.json'), '"معالي"']]);
    // «معالي» in `extra` and as the title: the loop warning at the word, this one at the title
    const both = clashes(JSON.stringify({ rules: { 'ornamental-honorific': ['warning', { extra: ['معالي'] }] }, names: names('معالي') }, null, 2));
    assert.equal(both.hits.length, 1);
    assert.equal(both.list.filter((p) => LOOP.test(p.en)).length, 1);
  });

  it('a role that ends in an honorific (the case seen for real): warned about; fix-all writes it before the next word and ornamental-honorific flags it', () => {
    const role = 'وزير الخارجية صاحب المعالي';
    const { hits, list, r } = clashes(JSON.stringify({ names: [{ canonical: 'سامح شكري', role }] }, null, 2));
    assert.equal(hits.length, 1, JSON.stringify(list));
    assert.equal(hits[0].text, JSON.stringify(role));
    assert.ok(hits[0].en.startsWith(`The role "${role}" holds "صاحب المعالي", an ornamental honorific that the rule ornamental-honorific flags: first-mention writes "سامح شكري ${role}"`), hits[0].en);
    const f = fixAll(r.config, 'وقال سامح شكري إن الخطة جاهزة.');
    assert.equal(f.output, `وقال سامح شكري ${role} إن الخطة جاهزة.`);
    assert.deepEqual(f.left, ['ornamental-honorific:صاحب المعالي']);
  });

  it('`allow` compared as the rule compares it: an entry with a space after it or two inside allows nothing, so the clash stays and is warned about', () => {
    for (const [allow, title] of [['فخامة ', 'فخامة الرئيس'], ['صاحب  السمو', 'صاحب السمو الأمير']]) {
      const { hits, list, r } = clashes(JSON.stringify({ rules: { 'ornamental-honorific': ['warning', { allow: [allow] }] }, names: names(title) }));
      assert.equal(fixAll(r.config).clash, true, allow);
      assert.equal(hits.length, 1, JSON.stringify(list));
    }
  });

  it('only a title or role with an honorific word (folded, through a proclitic) goes to the rule: not السياسي، روسيا، آسيا، معاون، معاهد، الحضري، حضرموت', () => {
    const people: Array<[title: string, role: string]> = [
      ['الدكتور', 'عضو المكتب السياسي'],
      ['السفير', 'سفير روسيا لدى رابطة آسيا'],
      ['اللواء', 'معاون وزير الداخلية'],
      ['الأستاذ', 'مدير معاهد التدريب'],
      ['المهندس', 'رئيس الجهاز الحضري'],
      ['', 'محافظ حضرموت'],
      ['مَعالي', 'ومعالي وزير الخارجية'],
      ['مع\u200cالي الوزير', 'لفخامة الرئيس'],
      ['ﻣﻌﺎﻟﻲ الوزير', 'وزير الخارجية صاحب المعالي'],
      ['سيادته', 'والسيد الوزير'],
    ];
    const passed = ['title:مَعالي', 'role:ومعالي وزير الخارجية', 'title:مع\u200cالي الوزير', 'role:لفخامة الرئيس', 'title:ﻣﻌﺎﻟﻲ الوزير', 'role:وزير الخارجية صاحب المعالي', 'title:سيادته'];
    const inline = problemsOf(JSON.stringify({ names: people.map(([title, role], i) => ({ canonical: `اسم${i} طلعت`, ...(title ? { title } : {}), role })) }));
    const tsv = people.map(([title, role], i) => `اسم${i} طلعت\t\t${title}\t${role}`).join('\n') + '\n';
    const file = problemsOf(JSON.stringify({ namesFiles: ['n.tsv'] }), { 'n.tsv': tsv });
    for (const { r } of [inline, file]) {
      const got = honorificCandidates(r.config.shared?.names ?? [], r.config, allRules).map((c) => `${c.field}:${c.value}`);
      assert.deepEqual(got, passed);
    }
  });

  it('many distinct roles with an honorific (the rule run over them in batches): each found, grouped, the count right', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `اسم${i} طلعت\t\tالدكتور\t${i % 400 === 399 ? 'عضو المكتب السياسي' : `معالي وزير الملف ${i}`}`);
    rows.push('سامح شكري\t\tمعالي\tوزير الخارجية صاحب الفخامة');
    const { hits } = clashes(JSON.stringify({ namesFiles: ['n.tsv'] }), { 'n.tsv': rows.join('\n') + '\n' });
    assert.deepEqual(hits.map((p) => [p.line, p.text]), [[1, 'معالي وزير الملف 0'], [1201, 'معالي'], [1201, 'وزير الخارجية صاحب الفخامة']]);
    assert.match(hits[0].en, /\(1197 people in this file have a role with "معالي"\)/);
  });
});

describe('Arabic counts in the "and N more" problems agree with their number', () => {
  it('moreProblems: one, two, few (3–10), many (11–99), other (100…); the errors clause agrees, and is left out when none is an error', () => {
    const ar = (count: number, errors: number) => P.moreProblems(count, errors, 7).ar;
    assert.equal(ar(1, 0), 'ومشكلة أخرى في هذا الملف، في السطر 7: أصلح ما فوقها فقد تكون من جنسها');
    assert.equal(ar(1, 1), 'ومشكلة أخرى في هذا الملف (وهي خطأ)، في السطر 7: أصلح ما فوقها فقد تكون من جنسها');
    assert.equal(ar(2, 0), 'ومشكلتان أخريان في هذا الملف، أولاهما في السطر 7: أصلح ما فوقها فقد تكونان من جنسها');
    assert.equal(ar(2, 1), 'ومشكلتان أخريان في هذا الملف (إحداهما خطأ)، أولاهما في السطر 7: أصلح ما فوقها فقد تكونان من جنسها');
    assert.equal(ar(2, 2), 'ومشكلتان أخريان في هذا الملف (وكلتاهما خطأ)، أولاهما في السطر 7: أصلح ما فوقها فقد تكونان من جنسها');
    assert.equal(ar(3, 0), 'و3 مشكلات أخرى في هذا الملف، أولها في السطر 7: أصلح ما فوقها فقد تكون من جنسها');
    assert.equal(ar(10, 1), 'و10 مشكلات أخرى في هذا الملف (منها خطأ واحد)، أولها في السطر 7: أصلح ما فوقها فقد تكون من جنسها');
    assert.equal(ar(11, 2), 'و11 مشكلة أخرى في هذا الملف (منها خطآن)، أولها في السطر 7: أصلح ما فوقها فقد تكون من جنسها');
    assert.equal(ar(99, 5), 'و99 مشكلة أخرى في هذا الملف (منها 5 أخطاء)، أولها في السطر 7: أصلح ما فوقها فقد تكون من جنسها');
    assert.equal(ar(300, 12), 'و300 مشكلة أخرى في هذا الملف (منها 12 خطأً)، أولها في السطر 7: أصلح ما فوقها فقد تكون من جنسها');
    assert.equal(ar(300, 200), 'و300 مشكلة أخرى في هذا الملف (منها 200 خطأ)، أولها في السطر 7: أصلح ما فوقها فقد تكون من جنسها');
    assert.equal(ar(103, 103), 'و103 مشكلات أخرى في هذا الملف (منها 103 أخطاء)، أولها في السطر 7: أصلح ما فوقها فقد تكون من جنسها');
  });

  it('moreListedTwice: اسم agrees (واسم آخر مكرر، واسمان آخران مكرران، و3 أسماء أخرى مكررة، و11 اسمًا آخر مكررًا، و100 اسم آخر مكرر)', () => {
    const ar = (count: number) => P.moreListedTwice(count, 4).ar;
    assert.equal(ar(1), 'واسم آخر مكرر في هذا الملف، في السطر 4: تُدمج صيغه دون تنبيه');
    assert.equal(ar(2), 'واسمان آخران مكرران في هذا الملف، أولهما في السطر 4: تُدمج صيغ كل اسم مكرر ولا يُنبَّه عليها واحدًا واحدًا');
    assert.equal(ar(3), 'و3 أسماء أخرى مكررة في هذا الملف، أولها في السطر 4: تُدمج صيغ كل اسم مكرر ولا يُنبَّه عليها واحدًا واحدًا');
    assert.equal(ar(10), 'و10 أسماء أخرى مكررة في هذا الملف، أولها في السطر 4: تُدمج صيغ كل اسم مكرر ولا يُنبَّه عليها واحدًا واحدًا');
    assert.equal(ar(11), 'و11 اسمًا آخر مكررًا في هذا الملف، أولها في السطر 4: تُدمج صيغ كل اسم مكرر ولا يُنبَّه عليها واحدًا واحدًا');
    assert.equal(ar(195), 'و195 اسمًا آخر مكررًا في هذا الملف، أولها في السطر 4: تُدمج صيغ كل اسم مكرر ولا يُنبَّه عليها واحدًا واحدًا');
    assert.equal(ar(100), 'و100 اسم آخر مكرر في هذا الملف، أولها في السطر 4: تُدمج صيغ كل اسم مكرر ولا يُنبَّه عليها واحدًا واحدًا');
  });

  it('moreVariantConflicts: صيغة agrees (وصيغة خاطئة أخرى، وصيغتان خاطئتان أخريان، و3 صيغ خاطئة أخرى، و11 صيغة خاطئة أخرى)', () => {
    const ar = (count: number) => P.moreVariantConflicts(count, 9).ar;
    assert.equal(ar(1), 'وصيغة خاطئة أخرى في هذا الملف هي صيغة معتمدة لاسم آخر، في السطر 9');
    assert.equal(ar(2), 'وصيغتان خاطئتان أخريان في هذا الملف كلتاهما صيغة معتمدة لاسم آخر، أولاهما في السطر 9');
    assert.equal(ar(5), 'و5 صيغ خاطئة أخرى في هذا الملف كلٌّ منها صيغة معتمدة لاسم آخر، أولها في السطر 9');
    assert.equal(ar(11), 'و11 صيغة خاطئة أخرى في هذا الملف كلٌّ منها صيغة معتمدة لاسم آخر، أولها في السطر 9');
    assert.equal(ar(100), 'و100 صيغة خاطئة أخرى في هذا الملف كلٌّ منها صيغة معتمدة لاسم آخر، أولها في السطر 9');
  });

  it('the English messages are unchanged', () => {
    assert.equal(P.moreProblems(3, 1, 7).en, 'and 3 more problems in this file (1 of them errors), the first on line 7: mend the ones above, they may be the same');
    assert.equal(P.moreListedTwice(3, 4).en, "and 3 more names listed again in this file, the first on line 4: each one's variants are merged, without a warning for each");
    assert.equal(P.moreVariantConflicts(3, 9).en, 'and 3 more wrong variants in this file that are the canonical spelling of another entry, the first on line 9');
  });
});
