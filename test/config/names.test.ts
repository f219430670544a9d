// The names list: inline entries and names files (TSV, CSV), malformed rows reported at
// their line/col in the names file, merged into shared.names; the specs self-check hook.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkSpecs, ConfigLoader, loadConfigFor, parseNamesTable } from '../../server/src/config';
import { MAX_NAMES_FILE_PROBLEMS, MAX_REPEAT_WARNINGS } from '../../server/src/config/names';
import { analyse, getRule, lint, type NameEntry, type Rule } from '../../server/src/engine';
import { adoptIndex, findNameMentions, indexToWire, nameIndex, sameSpelling, sameSpellingRange } from '../../server/src/engine/rules/names/mentions';
import { forEachSpelling, namesFromWire, namesToWire, plainEntry, rowsOf, variantCount } from '../../server/src/engine/names-list';
import { sharedDir } from '../lib/corpus';
import { diskHost, lineCol, only, placed, workspace } from './helpers';

function at(text: string, p: { start: number; end: number }) {
  return { ...lineCol(text, p.start), text: text.slice(p.start, p.end) };
}

describe('names files', () => {
  it('TSV: header row, variants separated by |, title and role, comments and blank lines', () => {
    const text = 'canonical\tvariants\ttitle\trole\n# ministers\n\nعمرو طلعت\tعمر طلعت|عمرو طلعة\tالدكتور\tوزير الاتصالات وتكنولوجيا المعلومات\nهالة السعيد\tهاله السعيد\n';
    const t = parseNamesTable(text, '/n/names.tsv');
    assert.deepEqual(t.problems, []);
    assert.equal(t.entries.length, 2);
    const [a, b] = t.entries;
    assert.deepEqual({ canonical: a.canonical, variants: a.variants, title: a.title, role: a.role, source: undefined }, {
      canonical: 'عمرو طلعت',
      variants: ['عمر طلعت', 'عمرو طلعة'],
      title: 'الدكتور',
      role: 'وزير الاتصالات وتكنولوجيا المعلومات',
      source: undefined,
    });
    assert.deepEqual(at(text, a.source), { line: 4, col: 1, text: 'عمرو طلعت\tعمر طلعت|عمرو طلعة\tالدكتور\tوزير الاتصالات وتكنولوجيا المعلومات' });
    assert.equal(a.source.file, '/n/names.tsv');
    assert.deepEqual([b.canonical, b.variants, b.title, b.role], ['هالة السعيد', ['هاله السعيد'], undefined, undefined]);
  });

  it('CSV: RFC 4180 quotes (a comma inside a cell, "" for a quote), CRLF, a byte-order mark', () => {
    const text = '\uFEFFالاسم,الصيغ,اللقب,المنصب\r\n"لياو لي تشيانغ","لياو ليكيانج|لي تشيانغ",,"نائب رئيس مجلس الدولة، الصين"\r\nعمرو طلعت, عمر طلعت ,الدكتور,"وزير ""الاتصالات"""\r\n';
    const t = parseNamesTable(text, 'names.csv');
    assert.deepEqual(t.problems, []);
    assert.deepEqual(t.entries.map((e) => [e.canonical, e.variants, e.title, e.role]), [
      ['لياو لي تشيانغ', ['لياو ليكيانج', 'لي تشيانغ'], undefined, 'نائب رئيس مجلس الدولة، الصين'],
      ['عمرو طلعت', ['عمر طلعت'], 'الدكتور', 'وزير "الاتصالات"'],
    ]);
    assert.equal(lineCol(text, t.entries[1].source.start).line, 3);
  });

  it('a .txt names file with tabs is read as TSV', () => {
    assert.equal(parseNamesTable('عمرو طلعت\tعمر طلعت, وزير\n', 'names.txt').entries[0].variants[0], 'عمر طلعت, وزير');
  });

  it('malformed rows are reported at their line and column and skipped', () => {
    const text = [
      'canonical,variants,title,role', // 1
      'عمرو طلعت,عمر طلعت,الدكتور,الوزير,زائد', // 2: five columns
      ',عمر,,', // 3: no canonical
      '"هالة السعيد,هاله', // 4: unterminated quote
      '"مصطفى مدبولي"x,مصطفي مدبولي', // 5: text after the closing quote
      'سامح شكري,سامح شكرى||سامح شكري', // 6: empty variant (warning) and the canonical itself (warning)
      'سامح شكري,سامح شكرى', // 7: duplicate (warning, merged)
    ].join('\n');
    const t = parseNamesTable(text, 'names.csv');
    const list = t.problems.map((p) => ({ ...at(text, p), severity: p.severity, en: p.message.en }));
    const find = (re: RegExp) => {
      const hits = list.filter((p) => re.test(p.en));
      assert.equal(hits.length, 1, `${re}: ${JSON.stringify(list)}`);
      return hits[0];
    };
    const cols = find(/Too many columns/);
    assert.deepEqual([cols.line, cols.col, cols.text, cols.severity], [2, 35, 'زائد', 'error']);
    assert.match(cols.en, /quote a cell that holds a comma/);
    assert.deepEqual([find(/without a canonical/).line, find(/without a canonical/).col], [3, 1]);
    const quote = find(/Unterminated quote/);
    assert.deepEqual([quote.line, quote.col], [4, 1]);
    const after = find(/after the closing quote/);
    assert.deepEqual([after.line, after.col, after.text], [5, 15, 'x']);
    const empty = find(/Empty variant/);
    assert.deepEqual([empty.line, empty.severity], [6, 'warning']);
    assert.equal(find(/canonical spelling itself/).line, 6);
    const dup = find(/listed twice/);
    assert.deepEqual([dup.line, dup.col, dup.severity], [7, 1, 'warning']);
    assert.deepEqual(t.entries.map((e) => e.canonical), ['سامح شكري', 'سامح شكري']);
  });

  it('a names file listing names again thousands of times: the first MAX_REPEAT_WARNINGS repeats warned one by one, the rest in one warning with their count; every repeat still merges', () => {
    const people = ['عمرو طلعت', 'هالة السعيد', 'سامح شكري', 'مصطفى مدبولي', 'لياو لي تشيانغ'];
    const rows = ['canonical\tvariants'];
    // 5 names, each listed 60 times with a variant of its own: 295 repeats
    for (let i = 0; i < 300; i++) rows.push(`${people[i % 5]}\t${people[i % 5]} ${i}`);
    const text = rows.join('\n') + '\n';
    const t = parseNamesTable(text, 'names.tsv');
    const list = t.problems.map((p) => ({ ...at(text, p), severity: p.severity, en: p.message.en, ar: p.message.ar }));
    const twice = list.filter((p) => /listed twice/.test(p.en));
    assert.equal(twice.length, MAX_REPEAT_WARNINGS);
    // the 6th data row (line 7) is the first repeat; the last one warned is the 100th repeat
    assert.deepEqual([twice[0].line, twice.at(-1)!.line], [7, 7 + MAX_REPEAT_WARNINGS - 1]);
    const more = list.filter((p) => /more names listed again/.test(p.en));
    assert.equal(more.length, 1, JSON.stringify(list.slice(-3)));
    const first = 7 + MAX_REPEAT_WARNINGS;
    assert.deepEqual([more[0].line, more[0].col, more[0].text, more[0].severity], [first, 1, people[(first - 2) % 5], 'warning']);
    assert.equal(more[0].en, `and ${295 - MAX_REPEAT_WARNINGS} more names listed again in this file, the first on line ${first}: each one's variants are merged, without a warning for each`);
    assert.match(more[0].ar, new RegExp(`^و${295 - MAX_REPEAT_WARNINGS} اسمًا آخر مكررًا في هذا الملف، أولها في السطر ${first}:`));
    assert.equal(list.length, MAX_REPEAT_WARNINGS + 1);
    assert.equal(t.entries.length, 300, 'every row is read');
    // exactly MAX_REPEAT_WARNINGS repeats: each warned, no summary
    const exact = rows.slice(0, 6 + MAX_REPEAT_WARNINGS).join('\n');
    const e = parseNamesTable(exact, 'names.tsv').problems;
    assert.equal(e.length, MAX_REPEAT_WARNINGS);
    assert.ok(e.every((p) => /listed twice/.test(p.message.en)));
  });

  it('a names file with the same problem on every row: MAX_NAMES_FILE_PROBLEMS reported in file order, the rest one problem with the count (an error when one of them is)', () => {
    const rows = [];
    for (let i = 0; i < 500; i++) rows.push(`عمرو طلعت ${i}\tعمر طلعت ${i}\tالدكتور\tوزير\tزائد`);
    const text = rows.join('\n') + '\n';
    const t = parseNamesTable(text, 'names.tsv');
    const list = t.problems.map((p) => ({ ...at(text, p), severity: p.severity, en: p.message.en, ar: p.message.ar }));
    assert.equal(list.length, MAX_NAMES_FILE_PROBLEMS + 1);
    assert.ok(list.slice(0, MAX_NAMES_FILE_PROBLEMS).every((p, i) => p.line === i + 1 && /Too many columns/.test(p.en)), 'the first ones one by one, in file order');
    const last = list.at(-1)!;
    assert.deepEqual([last.line, last.severity], [MAX_NAMES_FILE_PROBLEMS + 1, 'error']);
    assert.equal(last.en, `and ${500 - MAX_NAMES_FILE_PROBLEMS} more problems in this file (${500 - MAX_NAMES_FILE_PROBLEMS} of them errors), the first on line ${MAX_NAMES_FILE_PROBLEMS + 1}: mend the ones above, they may be the same`);
    assert.match(last.ar, /^و300 مشكلة أخرى في هذا الملف \(منها 300 خطأ\)، أولها في السطر 201:/);
    // warnings only past the cap: the summary is a warning (an empty variant on each row)
    const w = [];
    for (let i = 0; i < 300; i++) w.push(`عمرو طلعت ${i}\tعمر طلعت ${i}||عمرو طلعة ${i}`);
    const wt = parseNamesTable(w.join('\n'), 'names.tsv').problems;
    assert.equal(wt.length, MAX_NAMES_FILE_PROBLEMS + 1);
    assert.equal(wt.at(-1)!.severity, 'warning');
    assert.match(wt.at(-1)!.message.en, /^and 100 more problems in this file \(0 of them errors\)/);
    // no errors among them: the Arabic names none
    assert.match(wt.at(-1)!.message.ar, /^و100 مشكلة أخرى في هذا الملف، أولها في السطر 201:/);
  });

  it('an inline names list repeating names past MAX_REPEAT_WARNINGS: the rest in one warning, as in a names file', () => {
    const names = [];
    for (let i = 0; i < MAX_REPEAT_WARNINGS + 12; i++) names.push({ canonical: 'عمرو طلعت', variants: [`عمر طلعت ${i}`] });
    const text = '{\n  "names": [\n' + names.map((n) => '    ' + JSON.stringify(n)).join(',\n') + '\n  ]\n}\n';
    const root = workspace({ '.mudaqqiq.json': text });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const list = placed(r);
    assert.equal(list.filter((p) => /listed twice/.test(p.en)).length, MAX_REPEAT_WARNINGS);
    const more = list.filter((p) => /more names listed again/.test(p.en));
    // entries from line 3 on: the first repeat is line 4, the first not warned line 4 + MAX_REPEAT_WARNINGS
    assert.deepEqual(more.map((p) => [p.line, p.text, p.severity]), [[4 + MAX_REPEAT_WARNINGS, '"عمرو طلعت"', 'warning']]);
    assert.match(more[0].en, /^and 11 more names listed again in this file, the first on line 104:/);
    assert.equal(r.config.shared?.names?.[0].variants.length, MAX_REPEAT_WARNINGS + 12, 'every repeat merged');
  });

  it('through the loader: names files relative to the house-style file, problems in THAT file, merged with inline names', () => {
    const root = workspace({
      '.mudaqqiq.json': JSON.stringify({
        names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت'], specs: [{ from: 'وعمر طلعت', to: 'وعمرو طلعت' }] }],
        namesFiles: ['names/ministers.tsv', 'names/foreign.csv'],
      }),
      'names/ministers.tsv': 'عمرو طلعت\tعمرو طلعة\tالدكتور\tوزير الاتصالات\nهالة السعيد\tهاله السعيد\tالدكتورة\n\tبلا اسم\n',
      'names/foreign.csv': 'لياو لي تشيانغ,لياو ليكيانج\n',
    });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const bad = only(placed(r), /without a canonical/);
    assert.deepEqual([bad.file, bad.line, bad.col], [join(root, 'names/ministers.tsv'), 3, 1]);
    const names = r.config.shared?.names ?? [];
    assert.deepEqual(names.map((n) => n.canonical), ['عمرو طلعت', 'هالة السعيد', 'لياو لي تشيانغ']);
    const amr = names[0];
    assert.deepEqual(amr.variants, ['عمر طلعت', 'عمرو طلعة'], 'the file’s variants merged into the inline entry');
    assert.equal(amr.title, 'الدكتور');
    assert.deepEqual(amr.specs, [{ from: 'وعمر طلعت', to: 'وعمرو طلعت' }]);
    assert.ok(r.files.includes(join(root, 'names/ministers.tsv')) && r.files.includes(join(root, 'names/foreign.csv')));
  });

  it('a canonical spelling of spaces only is an error at it, as an empty one is (the entry is dropped, as a names-file row without one is)', () => {
    const text = '{\n  "names": [\n    { "canonical": "   ", "variants": ["عمر طلعت"] },\n    { "canonical": "", "variants": ["هاله السعيد"] },\n    { "canonical": " \\u00a0\\t", "variants": ["مصطفي مدبولي"] },\n    { "canonical": " سامح شكري ", "variants": ["سامح شكرة"] }\n  ]\n}';
    const root = workspace({ '.mudaqqiq.json': text });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const list = placed(r);
    const blank = list.filter((p) => /Blank/.test(p.en));
    assert.deepEqual(blank.map((p) => [p.line, p.col, p.text, p.severity]), [
      [3, 20, '"   "', 'error'],
      [5, 20, '" \\u00a0\\t"', 'error'],
    ]);
    assert.match(blank[0].en, /^names: Blank text \(spaces only\)$/);
    assert.match(blank[0].ar, /^names: نص فارغ \(مسافات فقط\)$/);
    // the empty one keeps its own message, once
    assert.deepEqual(list.filter((p) => p.line === 4).map((p) => [p.text, p.en, p.severity]), [['""', 'names: Empty text', 'error']]);
    assert.equal(list.length, 3, JSON.stringify(list));
    assert.deepEqual(r.config.shared?.names?.map((n) => n.canonical), ['سامح شكري'], 'spaces around a name are trimmed, not a problem');
  });

  it('a name listed twice in one inline names list is a warning at the second listing, worded as in a names file; the two merge', () => {
    const text = [
      '{',
      '  "names": [',
      '    { "canonical": "عمرو طلعت", "variants": ["عمر طلعت"], "title": "الدكتور" },',
      '    { "canonical": "هالة السعيد" },',
      '    {',
      '      "canonical": "عمرو طلعت",',
      '      "variants": ["عمرو طلعة"], "role": "وزير الاتصالات"',
      '    },',
      '    { "canonical": " عمرو طلعت ", "variants": ["عمر طلعة"] }',
      '  ]',
      '}',
    ].join('\n');
    const root = workspace({ '.mudaqqiq.json': text });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const list = placed(r);
    const twice = list.filter((p) => /listed twice/.test(p.en));
    assert.deepEqual(twice.map((p) => [p.line, p.col, p.text, p.severity]), [
      [6, 20, '"عمرو طلعت"', 'warning'],
      [9, 20, '" عمرو طلعت "', 'warning'],
    ]);
    assert.equal(twice[0].en, '"عمرو طلعت" is listed twice (also line 3): their variants are merged');
    assert.equal(twice[0].ar, 'الاسم «عمرو طلعت» مكرر (السطر 3 أيضا): تُدمج صيغهما');
    assert.equal(list.length, 2, JSON.stringify(list));
    const names = r.config.shared?.names ?? [];
    assert.deepEqual(names.map((n) => [n.canonical, n.variants, n.title, n.role]), [
      ['عمرو طلعت', ['عمر طلعت', 'عمرو طلعة', 'عمر طلعة'], 'الدكتور', 'وزير الاتصالات'],
      ['هالة السعيد', [], undefined, undefined],
    ]);
    // the same name again in a names file, or in the file this one extends, adds to it as documented: no warning
    const more = workspace({
      'base.json': JSON.stringify({ names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت'] }] }),
      '.mudaqqiq.json': JSON.stringify({ extends: './base.json', names: [{ canonical: 'عمرو طلعت', title: 'الدكتور' }], namesFiles: ['n.tsv'] }),
      'n.tsv': 'عمرو طلعت\tعمرو طلعة\n',
    });
    const m = loadConfigFor(join(more, 'a.txt'), { workspaceRoot: more }, diskHost());
    assert.deepEqual(placed(m), []);
    assert.deepEqual(m.config.shared?.names?.map((n) => n.variants), [['عمر طلعت', 'عمرو طلعة']]);
  });

  it('a spelling that is a wrong variant of one entry and the canonical spelling of another is a warning', () => {
    const root = workspace({
      '.mudaqqiq.json': JSON.stringify({ names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت'] }, { canonical: 'عمر طلعت' }] }),
    });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const p = only(placed(r), /wrong variant here and as the canonical/);
    assert.equal(p.severity, 'warning');
    assert.match(p.text, /^\{"canonical":"عمرو طلعت"/);
    // where the other entry is: its line (the message used to repeat the spelling itself)
    assert.equal(p.en, '"عمر طلعت" is listed as a wrong variant here and as the canonical spelling of another entry (line 1)');
    assert.equal(p.ar, '«عمر طلعت» صيغة خاطئة هنا وصيغة معتمدة لاسم آخر (السطر 1)');
    // the other entry in another file: its name and line
    const two = workspace({
      '.mudaqqiq.json': JSON.stringify({ names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت'] }], namesFiles: ['n.tsv'] }),
      'n.tsv': 'هالة السعيد\tهاله السعيد\nعمر طلعت\n',
    });
    const q = only(placed(loadConfigFor(join(two, 'a.txt'), { workspaceRoot: two }, diskHost())), /wrong variant here and as the canonical/);
    assert.match(q.en, /another entry \(n\.tsv, line 2\)$/);
    assert.match(q.ar, /\(n\.tsv، السطر 2\)$/);
  });

  it('a names file whose every row lists the next row\'s name as a wrong variant: MAX_REPEAT_WARNINGS of them warned, the rest one warning with the count', () => {
    const rows = [];
    for (let i = 0; i < 150; i++) rows.push(`عمرو طلعت ${i}\tعمرو طلعت ${i + 1}`);
    const root = workspace({ '.mudaqqiq.json': JSON.stringify({ namesFiles: ['n.tsv'] }), 'n.tsv': rows.join('\n') + '\n' });
    const list = placed(loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost()));
    const each = list.filter((p) => /wrong variant here and as the canonical/.test(p.en));
    assert.equal(each.length, MAX_REPEAT_WARNINGS);
    assert.deepEqual([each[0].line, each[0].text], [1, 'عمرو طلعت 0\tعمرو طلعت 1'], 'at the row, as a conflict in a names file is');
    assert.match(each[0].en, /another entry \(line 2\)$/);
    const more = list.filter((p) => /more wrong variants/.test(p.en));
    assert.deepEqual(more.map((p) => [p.line, p.text, p.severity]), [[MAX_REPEAT_WARNINGS + 1, `عمرو طلعت ${MAX_REPEAT_WARNINGS}\tعمرو طلعت ${MAX_REPEAT_WARNINGS + 1}`, 'warning']]);
    assert.equal(more[0].en, `and ${149 - MAX_REPEAT_WARNINGS} more wrong variants in this file that are the canonical spelling of another entry, the first on line ${MAX_REPEAT_WARNINGS + 1}`);
  });

  it('a variant that differs from its name only in a final ى/ي, diacritics or spacing is a warning where it is listed: name-spelling never flags it', () => {
    const root = workspace({
      '.mudaqqiq.json': JSON.stringify({ names: [{ canonical: 'مصطفى مدبولي', variants: ['مصطفي مدبولي', 'مصطفى مدبولى'] }], namesFiles: ['n.tsv', 'n.csv'] }),
      'n.tsv': 'هالة السعيد\tهاله السعيد|هالَة السعيد\nسامح شكري\tسامح شكرى\n',
      'n.csv': 'عمرو طلعت,عمرو  طلعت|عمر طلعت\n',
    });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const hits = placed(r).filter((p) => /only in diacritics, spacing or a final/.test(p.en));
    assert.deepEqual(
      hits.map((p) => [p.file.slice(root.length + 1), p.line, p.text.replace(/^"|"$/g, ''), p.severity]),
      [
        ['.mudaqqiq.json', 1, 'مصطفي مدبولي', 'warning'],
        ['.mudaqqiq.json', 1, 'مصطفى مدبولى', 'warning'],
        ['n.tsv', 1, 'هالَة السعيد', 'warning'],
        ['n.tsv', 2, 'سامح شكرى', 'warning'],
        ['n.csv', 1, 'عمرو  طلعت', 'warning'],
      ],
    );
    // kept in the list (a mention is still found through them), and indeed never flagged
    const names = r.config.shared?.names ?? [];
    assert.deepEqual(names.find((n) => n.canonical === 'سامح شكري')?.variants, ['سامح شكرى']);
    const spelling = getRule('name-spelling') as Rule;
    const draft = 'قال مصطفي مدبولي وسامح شكرى وعمر طلعت.';
    const found = lint(draft, { rules: [spelling], config: { rules: { 'name-spelling': { severity: 'warning' } }, shared: { names } } });
    assert.deepEqual(found.findings.map((f) => draft.slice(f.start, f.end)), ['عمر طلعت'], 'only the real variant is flagged');
  });

  it('sameSpellingRange answers as sameSpelling does, on ranges, with and without its fast path', () => {
    const words = ['مصطفى', 'مصطفي', 'مدبولي', 'مدبولى', 'عمرو', 'عمر', 'هالة', 'هاله', 'هالَة', 'طلعـت', 'طلعت', 'على', 'علي', 'ﻋﻠﻲ', 'شكري', 'شكرى', 'بيومي', 'سيد'];
    const seps = [' ', '  ', '\u00a0', ' \u00a0'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const make = () => [words[rnd(words.length)], words[rnd(words.length)]].join(seps[rnd(seps.length)]);
    let same = 0;
    for (let i = 0; i < 3000; i++) {
      const a = make();
      // a final yeh written ى (the same for names), a yeh inside a word written ى (not), or another pair
      const k = rnd(4);
      const b = k === 0 ? a.replace(/ي(?=[\s\u00a0]|$)/, 'ى') : k === 1 ? a.replace(/ي(?=[^\s\u00a0])/, 'ى') : make();
      const pa = `«${a}»`;
      const pb = `(${b})`;
      const want = sameSpelling(a, b);
      assert.equal(sameSpellingRange(pa, 1, pa.length - 1, pb, 1, pb.length - 1), want, `${a} / ${b}`);
      if (want) same++;
    }
    assert.ok(same > 300, `both answers seen (${same} same of 3000)`);
    // one a prefix of the other: a letter left over is a difference, marks left over are not
    for (const [a, b, want] of [
      ['محمد عمر', 'محمد عمرو', false],
      ['محمد صلاح', 'محمد صلاحَ', true],
      ['محمد صلاح', 'محمد صلاحـ', true],
      ['عمرو', 'عمرو طلعت', false],
    ] as const) {
      assert.equal(sameSpelling(a, b), want, `sameSpelling ${a} / ${b}`);
      assert.equal(sameSpellingRange(a, 0, a.length, b, 0, b.length), want, `${a} / ${b}`);
      assert.equal(sameSpellingRange(b, 0, b.length, a, 0, a.length), want, `${b} / ${a}`);
    }
  });

  it('a names file that is not UTF-8 (Excel’s Windows-1256 CSV, a binary file) is an error at its reference and is not used; the other names are', () => {
    const root = workspace({
      '.mudaqqiq.json': JSON.stringify({ namesFiles: ['excel.csv', 'blob.tsv', 'good.tsv'] }),
      'good.tsv': 'عمرو طلعت\tعمر طلعت\n',
    });
    // "عمرو طلعت,عمر طلعت" saved as Windows-1256
    writeFileSync(join(root, 'excel.csv'), Buffer.from([0xda, 0xe3, 0xd1, 0xe6, 0x20, 0xd8, 0xe1, 0xda, 0xca, 0x2c, 0xda, 0xe3, 0xd1, 0x20, 0xd8, 0xe1, 0xda, 0xca, 0x0a]));
    writeFileSync(join(root, 'blob.tsv'), Buffer.from([0x00, 0x01, 0x02, 0x41, 0x09, 0x42, 0x0a]));
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const bad = placed(r).filter((p) => /is not UTF-8 text/.test(p.en));
    assert.deepEqual(bad.map((p) => [p.file, p.text, p.severity]), [
      [join(root, '.mudaqqiq.json'), '"excel.csv"', 'error'],
      [join(root, '.mudaqqiq.json'), '"blob.tsv"', 'error'],
    ]);
    assert.match(bad[0].ar, /ليس نصا بترميز UTF-8/);
    // a folder named as a names file
    const dir = workspace({ '.mudaqqiq.json': JSON.stringify({ namesFiles: ['names'] }), 'names/a.tsv': 'عمرو طلعت\n' });
    const d = loadConfigFor(join(dir, 'a.txt'), { workspaceRoot: dir }, diskHost());
    assert.equal(only(placed(d), /Names file "names" does not exist or is not a file that can be read/).severity, 'error');
    assert.deepEqual((r.config.shared?.names ?? []).map((n) => n.canonical), ['عمرو طلعت']);
  });

  it('a name listed in two files: a conflicting variant is reported at the row that lists it, not at the name’s last row', () => {
    const root = workspace({
      '.mudaqqiq.json': JSON.stringify({ namesFiles: ['one.tsv', 'two.tsv'] }),
      'one.tsv': 'أحمد زويل\nمحمد صلاح\tأحمد زويل\n',
      'two.tsv': 'محمد صلاح\tمحمد صلاح اللاعب\tالنجم\n',
    });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const p = only(placed(r), /wrong variant here and as the canonical/);
    assert.deepEqual([p.file, p.line, p.text], [join(root, 'one.tsv'), 2, 'محمد صلاح\tأحمد زويل']);
    const salah = (r.config.shared?.names ?? []).find((n) => n.canonical === 'محمد صلاح');
    assert.deepEqual([salah?.variants, salah?.title], [['أحمد زويل', 'محمد صلاح اللاعب'], 'النجم'], 'the two rows still merge');
  });

  it('one names file holding the whole list: a variant that is a later row’s name is reported at its row; a name listed twice still merges', () => {
    const root = workspace({
      '.mudaqqiq.json': JSON.stringify({ namesFiles: ['names.tsv'] }),
      'names.tsv': 'عمرو طلعت\tعمر طلعت\nهالة السعيد\tهاله السعيد\nعمر طلعت\n',
      'dup/.mudaqqiq.json': JSON.stringify({ namesFiles: ['names.tsv'] }),
      'dup/names.tsv': 'سامح شكري\tسامح شكرى\tالوزير\nهالة السعيد\nسامح شكري\tسامح شكرے\n',
    });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const p = only(placed(r), /wrong variant here and as the canonical/);
    assert.deepEqual([p.file, p.line, p.severity], [join(root, 'names.tsv'), 1, 'warning']);
    assert.match(p.en, /^"عمر طلعت" is listed as a wrong variant here and as the canonical spelling of another entry \(line 3\)$/);
    assert.deepEqual((r.config.shared?.names ?? []).map((n) => n.canonical), ['عمرو طلعت', 'هالة السعيد', 'عمر طلعت']);

    const d = loadConfigFor(join(root, 'dup', 'a.txt'), { workspaceRoot: root }, diskHost());
    assert.equal(only(placed(d), /listed twice/).line, 3);
    const names = d.config.shared?.names ?? [];
    assert.deepEqual(names.map((n) => n.canonical), ['سامح شكري', 'هالة السعيد']);
    assert.deepEqual(names[0].variants, ['سامح شكرى', 'سامح شكرے']);
    assert.equal(names[0].title, 'الوزير');
  });
});

/** A minimal names rule for exercising the hook: replaces a listed variant by its canonical spelling. */
function testNameRule(): Rule {
  return {
    meta: {
      id: 'name-spelling',
      category: 'names',
      defaultSeverity: 'warning',
      fixable: true,
      schema: { type: 'object', properties: {}, additionalProperties: false },
      defaultOptions: {},
      messages: { wrong: { ar: 'خطأ', en: 'wrong' }, fix: { ar: 'صحح', en: 'fix' } },
      docs: { description: { ar: '', en: '' }, explanation: { ar: '', en: '' }, good: '', bad: '' },
    },
    check(ctx) {
      for (const n of ctx.shared.names ?? []) {
        for (const v of n.variants) {
          for (let i = ctx.doc.text.indexOf(v); i >= 0; i = ctx.doc.text.indexOf(v, i + v.length)) {
            ctx.report({ start: i, end: i + v.length, messageId: 'wrong', fixes: [{ messageId: 'fix', edits: [{ start: i, end: i + v.length, text: n.canonical }], preferred: true }] });
          }
        }
      }
    },
  };
}

describe('names specs self-check', () => {
  const entry: NameEntry = { canonical: 'عمرو طلعت', variants: ['عمر طلعت'], source: { file: 'x', start: 0, end: 0 } };
  const specs = [
    { entry, spec: { from: 'وعمر طلعت', to: 'وعمرو طلعت' }, file: 'f', start: 1, end: 2 },
    { entry, spec: { from: 'عمر طلعت', to: 'عمرو طلعه' }, file: 'f', start: 3, end: 4 },
  ];

  it('is skipped while no name-spelling rule is registered (nothing passes, nothing fails)', () => {
    const reported: unknown[] = [];
    const out = checkSpecs([entry], specs, [], { rules: {} }, (...a) => reported.push(a));
    assert.equal(out, 'skipped');
    assert.deepEqual(reported, []);
  });

  it('runs each spec through the registered name-spelling rule’s fix and reports the failing ones at the spec', () => {
    const reported: Array<[string, number, number, string]> = [];
    const out = checkSpecs([entry], specs, [testNameRule()], { rules: {} }, (f, s, e, m) => reported.push([f, s, e, m.en]));
    assert.equal(out, 'checked');
    assert.deepEqual(reported, [['f', 3, 4, 'Spec fails: "عمر طلعت" becomes "عمرو طلعت", expected "عمرو طلعه"']]);
  });

  it('through the loader, a failing spec is a problem at the spec entry', () => {
    const root = workspace({
      '.mudaqqiq.json': '{\n  "names": [{\n    "canonical": "عمرو طلعت", "variants": ["عمر طلعت"],\n    "specs": [\n      { "from": "وعمر طلعت", "to": "وعمرو طلعت" },\n      { "from": "عمر طلعت", "to": "عمر طلعت" }\n    ]\n  }]\n}',
    });
    const loader = new ConfigLoader({ rules: [testNameRule()] });
    const r = loader.load(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const p = only(placed(r), /Spec fails/);
    assert.deepEqual([p.line, p.col, p.text], [6, 7, '{ "from": "عمر طلعت", "to": "عمر طلعت" }']);
  });

  it('with the real name-spelling rule, the README’s spec passes', { skip: getRule('name-spelling') ? false : 'name-spelling is not registered yet' }, () => {
    const root = workspace({
      '.mudaqqiq.json': JSON.stringify({ names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت', 'عمرو طلعة'], specs: [{ from: 'وعمر طلعت', to: 'وعمرو طلعت' }] }] }),
    });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    assert.deepEqual(placed(r), []);
  });

  it('with the real name-spelling rule: a spec may say a text is left alone (to = from); each failing spec is an error at that spec', { skip: getRule('name-spelling') ? false : 'name-spelling is not registered yet' }, () => {
    const text = JSON.stringify(
      {
        names: [
          {
            canonical: 'عمرو طلعت',
            variants: ['عمر طلعت'],
            specs: [
              { from: 'وعمر طلعت', to: 'وعمرو طلعت' },
              { from: 'التقى عمرو طلعت', to: 'التقى عمرو طلعت' },
              { from: 'قال عمر بن الخطاب', to: 'قال عمر بن الخطاب' },
              { from: 'عمر طلعت', to: 'عمر طلعت' },
            ],
          },
        ],
      },
      null,
      2,
    );
    const root = workspace({ '.mudaqqiq.json': text });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    const list = placed(r);
    assert.equal(list.length, 1, JSON.stringify(list));
    assert.equal(list[0].severity, 'error');
    assert.equal(list[0].en, 'Spec fails: "عمر طلعت" becomes "عمرو طلعت", expected "عمر طلعت"');
    assert.deepEqual(JSON.parse(list[0].text), { from: 'عمر طلعت', to: 'عمر طلعت' });
  });
});

describe('a names file kept as ranges of its text (engine/names-list.ts)', () => {
  /** Real Arabic name tokens from the corpus (read at test time), as rows with variants, titles and roles, and CSV quoting. */
  function table(format: 'tsv' | 'csv'): { text: string; rows: Array<{ canonical: string; variants: string[]; title?: string; role?: string }> } {
    const tokens = readFileSync(join(sharedDir(), 'corpus', 'names', 'wikidata_en_ar_name_tokens_CC0.tsv'), 'utf8')
      .split('\n')
      .map((l) => l.split('\t')[1]?.replace(/ /g, ''))
      .filter((w): w is string => !!w && w.length > 2)
      .slice(0, 3000);
    const sep = format === 'tsv' ? '\t' : ',';
    const lines: string[] = [format === 'tsv' ? 'canonical\tvariants\ttitle\trole' : 'canonical,variants,title,role'];
    const rows: Array<{ canonical: string; variants: string[]; title?: string; role?: string }> = [];
    for (let i = 0; i + 3 < tokens.length; i += 4) {
      const canonical = `${tokens[i]} ${tokens[i + 1]}`;
      const variants = i % 3 === 0 ? [] : i % 3 === 1 ? [`${tokens[i + 2]} ${tokens[i + 1]}`] : [`${tokens[i]}  ${tokens[i + 3]}`, tokens[i + 2]];
      const title = i % 5 === 0 ? 'الدكتور' : undefined;
      const role = i % 7 === 0 ? `وزير ${tokens[i + 3]}` : undefined;
      let cells = [canonical, ` ${variants.join(' | ')} `, title ?? '', role ?? ''];
      // every tenth CSV row quoted, every twentieth with an escaped quote in its role (a plain entry)
      let roleText = role;
      if (format === 'csv' && i % 40 === 0) {
        roleText = `وزير "${tokens[i + 3]}"`;
        cells[3] = `"وزير ""${tokens[i + 3]}"""`;
      } else if (format === 'csv' && i % 10 === 0) cells = cells.map((c) => `"${c}"`);
      lines.push(cells.join(sep).replace(/[\t,]+$/, ''));
      rows.push({ canonical, variants: variants.map((v) => v.trim()), ...(title ? { title } : {}), ...(roleText ? { role: roleText } : {}) });
    }
    return { text: lines.join('\n') + '\n', rows };
  }

  for (const format of ['tsv', 'csv'] as const) {
    it(`${format.toUpperCase()}: every entry reads as its row says, and forEachSpelling visits exactly the entries' spellings`, () => {
      const { text, rows } = table(format);
      const t = parseNamesTable(text, `/n/names.${format}`);
      assert.deepEqual(t.problems, []);
      assert.ok(rowsOf(t.entries), 'kept as rows');
      // the rows with an escaped quote are plain entries, the others ranges of the text
      assert.equal(rowsOf(t.entries)!.plain.size, format === 'csv' ? Math.ceil(rows.length / 10) : 0);
      assert.equal(t.entries.length, rows.length);
      const read = t.entries.map((e) => ({ canonical: e.canonical, variants: e.variants, ...(e.title ? { title: e.title } : {}), ...(e.role ? { role: e.role } : {}) }));
      assert.deepEqual(read, rows);
      const visited: string[] = [];
      forEachSpelling(t.entries, (e, kind, s, from, to) => visited.push(`${e}:${kind}:${s.slice(from, to)}`));
      assert.deepEqual(visited, rows.flatMap((r, e) => [`${e}:0:${r.canonical}`, ...r.variants.map((v, k) => `${e}:${k + 1}:${v}`)]));
      // what crosses to the lint worker reads the same, and its index (shared memory, taken as
      // it is) finds the same names in a draft as the index built here
      const copy = namesFromWire(structuredClone(namesToWire(t.entries)));
      assert.deepEqual(copy.map(plainEntry), t.entries.map(plainEntry));
      const draft = analyse(rows.slice(0, 60).map((r, i) => `قال ${i % 2 ? r.canonical : (r.variants[0] ?? r.canonical)} إن الخطة جاهزة.`).join('\n'));
      const mentions = (names: readonly NameEntry[]) => findNameMentions(draft, names).map((m) => [m.start, m.end, m.entryIndex]);
      const here = mentions(t.entries);
      assert.ok(here.length >= 30, `${here.length} mentions`);
      const wire = indexToWire(t.entries);
      assert.ok(wire && wire.entry.buffer instanceof SharedArrayBuffer, 'the index is in shared memory');
      const sent = structuredClone(wire);
      adoptIndex(copy, sent);
      assert.equal(nameIndex(copy).entry, sent.entry, 'the copy uses the index it was sent');
      assert.deepEqual(mentions(copy), here);
      assert.equal(variantCount(t.entries), rows.reduce((n, r) => n + r.variants.length, 0));
    });
  }
});
