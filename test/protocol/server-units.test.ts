// The server's pure parts, without a process: composing fix-all passes into edits on the
// original text, the checker's fault containment, settings parsing, and the house-style edits.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'jsonc-parser/lib/esm/main.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, fixText, lint, type TextEdit } from '../../server/src/engine';
import tatweel from '../../server/src/engine/rules/hidden-characters/tatweel';
import { Checker } from '../../server/src/lsp/checker';
import { composeEdits, computeFixAll } from '../../server/src/lsp/fixAll';
import { addIgnoreEntry, markdownDirectiveInsertion } from '../../server/src/lsp/houseStyle';
import { DEFAULT_SETTINGS, type MudaqqiqSettings } from '../../server/src/lsp/protocol';
import { defaultSettings, exceedsUtf8Bytes, overlaySettings, resolveMessagesLanguage, withRuleOverrides } from '../../server/src/lsp/settings';
import { sampleArticle, saudiArticles } from '../lib/corpus';
import { testRule } from '../lib/test-rule';

/** Sorted, non-overlapping edits over a text of length len (at most one insertion per point). */
function editsArb(len: number): fc.Arbitrary<TextEdit[]> {
  return fc.array(fc.tuple(fc.nat(len), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 6 }).map((xs) => {
    const sorted = xs.map(([s, l, t]) => ({ start: Math.min(s, len), end: Math.min(s + l, len), text: t })).sort((a, b) => a.start - b.start || a.end - b.end);
    const out: TextEdit[] = [];
    let pos = -1;
    for (const e of sorted) {
      if (e.start < pos || (e.start === pos && (e.start === e.end || out[out.length - 1].start === out[out.length - 1].end))) continue;
      out.push(e);
      pos = e.end;
    }
    return out;
  });
}

describe('composeEdits', () => {
  it('composing two rounds of edits equals applying them one after the other (property)', () => {
    fc.assert(
      fc.property(
        fc
          .string({ maxLength: 16 })
          .chain((t) => editsArb(t.length).map((a) => [t, a] as const))
          .chain(([t, a]) => editsArb(applyEdits(t, a).length).map((b) => [t, a, b] as const)),
        ([t, a, b]) => {
          const c = composeEdits(a, b);
          for (let i = 1; i < c.length; i++) assert.ok(c[i].start >= c[i - 1].end, 'sorted and non-overlapping');
          assert.equal(applyEdits(t, c), applyEdits(applyEdits(t, a), b));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps far-apart edits separate', () => {
    const c = composeEdits([{ start: 2, end: 3, text: '' }], [{ start: 10, end: 10, text: 'x' }]);
    assert.deepEqual(c, [
      { start: 2, end: 3, text: '' },
      { start: 11, end: 11, text: 'x' },
    ]);
  });
});

describe('computeFixAll', () => {
  function check(text: string) {
    const opts = { languageId: 'plaintext' as const };
    const first = lint(text, opts).findings;
    const r = computeFixAll(text, first, (t) => lint(t, opts).findings);
    const expected = fixText(text, opts).output;
    assert.equal(r.output, expected);
    assert.equal(applyEdits(text, r.edits), expected, 'the edits on the original text give the same result');
    for (let i = 1; i < r.edits.length; i++) assert.ok(r.edits[i].start >= r.edits[i - 1].end);
    return r;
  }

  it('equals the engine fix-all on the sample article (with tatweel typed in) and on the corpus', () => {
    const r = check(sampleArticle().replace('وأشاد طلعت', 'وأشـــاد طلعت'));
    assert.ok(r.edits.length > 0);
    // every fifth corpus article (the whole corpus is the CLI's and the bench's job)
    saudiArticles().forEach(([, text], i) => i % 5 === 0 && check(text));
  });

  it('returns no edits when nothing is fixable', () => {
    const r = computeFixAll('التقى الوزير بالسفير', [], () => []);
    assert.deepEqual(r.edits, []);
  });
});

describe('Checker fault containment', () => {
  const boom = testRule('boom', () => {
    throw new Error('rule exploded');
  });

  it('a throwing rule is reported once per document and the other rules still report', () => {
    const faults: string[] = [];
    const checker = new Checker(
      {
        readFile: () => undefined,
        workspaceRoots: () => [],
        trusted: () => true,
        locale: () => undefined,
        onFault: (uri, ruleId, message) => faults.push(`${uri} ${ruleId} ${message}`),
        onConfigLoaded: () => undefined,
        logError: (m) => faults.push(`error ${m}`),
      },
      [boom, tatweel],
    );
    const settings = defaultSettings();
    let doc = TextDocument.create('untitled:a', 'plaintext', 1, 'وأشـــاد طلعت');
    const a1 = checker.analysis(doc, settings);
    assert.deepEqual(a1.findings.map((f) => f.ruleId), ['tatweel']);
    assert.equal(checker.analysis(doc, settings), a1, 'one analysis per version');
    doc = TextDocument.update(doc, [{ text: 'والـتقى' }], 2);
    const a2 = checker.analysis(doc, settings);
    assert.notEqual(a2, a1);
    assert.deepEqual(a2.findings.map((f) => f.ruleId), ['tatweel']);
    const other = TextDocument.create('untitled:b', 'plaintext', 1, 'نص');
    checker.analysis(other, settings);
    assert.deepEqual(faults, ['untitled:a boom rule exploded', 'untitled:b boom rule exploded']);
    // fix-all still works around the broken rule
    assert.equal(applyEdits(doc.getText(), checker.fixAll(a2, doc.getText()).edits), 'والتقى');
  });
});

describe('settings', () => {
  it('overlay keeps valid values and reports invalid ones', () => {
    const problems: string[] = [];
    const s = overlaySettings(DEFAULT_SETTINGS as MudaqqiqSettings, {
      enable: 'yes',
      debounceMs: 99999,
      maxFileSize: -1,
      run: 'onSave',
      languages: ['markdown'],
      rules: { tatweel: 'off', 'digit-system': 'loud' },
      messagesLanguage: 'fr',
    }, problems);
    assert.equal(s.enable, true);
    assert.equal(s.debounceMs, 10000);
    assert.equal(s.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(s.run, 'onSave');
    assert.deepEqual(s.languages, ['markdown']);
    assert.deepEqual(s.rules, { tatweel: 'off' });
    assert.equal(s.messagesLanguage, 'auto');
    assert.deepEqual(problems.map((p) => p.split(':')[0]).sort(), ['mudaqqiq.enable', 'mudaqqiq.maxFileSize', 'mudaqqiq.messagesLanguage', 'mudaqqiq.rules.digit-system'].sort());
    assert.deepEqual(overlaySettings(s, null), s);
  });

  it('rules override the house style, keeping its options; category keys switch categories', () => {
    const merged = withRuleOverrides({ rules: { 'digit-system': { severity: 'warning', options: { system: 'western' } } } }, { 'digit-system': 'error', 'category:leftovers': 'off' });
    assert.deepEqual(merged.rules['digit-system'], { severity: 'error', options: { system: 'western' } });
    assert.equal(merged.categories?.leftovers, 'off');
  });

  it('messages language: explicit setting, then the house style, then the locale, then Arabic', () => {
    assert.equal(resolveMessagesLanguage('en', 'ar', 'ar'), 'en');
    assert.equal(resolveMessagesLanguage('auto', 'en', 'ar-EG'), 'en');
    assert.equal(resolveMessagesLanguage('auto', undefined, 'ar-EG'), 'ar');
    assert.equal(resolveMessagesLanguage('auto', undefined, 'de'), 'en');
    assert.equal(resolveMessagesLanguage('auto', undefined, undefined), 'ar');
  });

  it('maxFileSize counts UTF-8 bytes (Arabic letters are two)', () => {
    assert.equal(exceedsUtf8Bytes('ا'.repeat(600), 1000), true);
    assert.equal(exceedsUtf8Bytes('ا'.repeat(500), 1000), false);
    assert.equal(exceedsUtf8Bytes('a'.repeat(1001), 1000), true);
  });
});

describe('house-style edits', () => {
  it('adds an ignore entry to a file with comments and other keys', () => {
    const text = '{\n\t// house style\n\t"rules": { "tatweel": "warning" }\n}\n';
    const change = addIgnoreEntry(text, { rule: 'tatweel', text: 'ـ', file: 'a.md' });
    assert.equal(change?.kind, 'edit');
    if (change?.kind !== 'edit') return;
    let out = text;
    for (const e of [...change.edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
    assert.ok(out.includes('// house style'));
    assert.deepEqual(parse(out).ignore, { findings: [{ rule: 'tatweel', text: 'ـ', file: 'a.md' }] });
    assert.ok(out.includes('\n\t"ignore"'), 'keeps tab indentation');
    // the same entry again: nothing to do
    assert.equal(addIgnoreEntry(out, { rule: 'tatweel', text: 'ـ', file: 'a.md' }), undefined);
  });

  it('creates the file when missing, and leaves a file of the wrong shape alone', () => {
    const c = addIgnoreEntry(undefined, { rule: 'tatweel', file: 'a.txt' });
    assert.equal(c?.kind, 'create');
    if (c?.kind === 'create') assert.deepEqual(JSON.parse(c.content), { ignore: { findings: [{ rule: 'tatweel', file: 'a.txt' }] } });
    assert.equal(addIgnoreEntry('{ "ignore": 3 }', { rule: 'tatweel', file: 'a.txt' }), undefined);
    assert.equal(addIgnoreEntry('[1, 2]', { rule: 'tatweel', file: 'a.txt' }), undefined);
  });

  it('puts the Markdown directive at the top, or after front matter, with the file’s line ending', () => {
    assert.deepEqual(markdownDirectiveInsertion('# عنوان\n', 'tatweel'), { offset: 0, text: '<!-- mudaqqiq-disable tatweel -->\n' });
    assert.deepEqual(markdownDirectiveInsertion('---\r\na: 1\r\n---\r\nنص\r\n', 'nbsp'), { offset: 16, text: '<!-- mudaqqiq-disable nbsp -->\r\n' });
    assert.deepEqual(markdownDirectiveInsertion('---\na: 1\n---', 'nbsp'), { offset: 12, text: '\n<!-- mudaqqiq-disable nbsp -->\n' });
  });
});
