// The CLI's pure helpers: the unified diff of --dry-run, line endings under --fix, --rule
// overrides, argument parsing.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { keepLineEndings } from '../../server/src/cli/check';
import { applyOverrides } from '../../server/src/cli/config';
import { lineColumn, LineStarts } from '../../server/src/config/lines';
import { splitKeepingEol, unifiedDiff } from '../../server/src/cli/diff';
import { decodeDraft } from '../../server/src/cli/inputs';

/** Apply a unified diff to `before`, checking every context and removed line (an independent reader). */
function applyUnified(before: string, diff: string): string {
  const src = splitKeepingEol(before);
  const out: string[] = [];
  let pos = 0; // index into src
  const lines = diff.split(/(?<=\n)/);
  let i = 2; // skip --- and +++
  assert.match(lines[0], /^--- a\//);
  assert.match(lines[1], /^\+\+\+ b\//);
  while (i < lines.length) {
    const h = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$/.exec(lines[i]);
    assert.ok(h, `hunk header expected: ${JSON.stringify(lines[i])}`);
    const aStart = +h[1];
    const aCount = h[2] === undefined ? 1 : +h[2];
    const startIdx = aCount === 0 ? aStart : aStart - 1;
    assert.ok(startIdx <= src.length, 'hunk starts inside the original');
    while (pos < startIdx) out.push(src[pos++]);
    i++;
    let removed = 0;
    while (i < lines.length && !lines[i].startsWith('@@')) {
      let line = lines[i].slice(1);
      const kind = lines[i][0];
      if (lines[i + 1] === '\\ No newline at end of file\n') {
        line = line.replace(/\n$/, '');
        i++;
      }
      i++;
      if (kind === ' ' || kind === '-') {
        assert.equal(src[pos], line, 'context or removed line matches the original');
        pos++;
        removed++;
        if (kind === ' ') out.push(line);
      } else {
        assert.equal(kind, '+');
        out.push(line);
      }
    }
    assert.equal(removed, aCount, 'hunk length');
  }
  while (pos < src.length) out.push(src[pos++]);
  return out.join('');
}

describe('unified diff', () => {
  it('applied to the original gives the new text (random line edits, LF, CRLF, no final newline)', () => {
    const line = fc.constantFrom('أكد الوزير', 'وأشاد', 'اقرأ أيضا', '', 'x', 'قال، ثم');
    const eol = fc.constantFrom('\n', '\r\n');
    const text = fc.tuple(fc.array(fc.tuple(line, eol), { maxLength: 25 }), fc.boolean()).map(([ls, last]) => {
      const s = ls.map(([l, e]) => l + e).join('');
      return last ? s + 'آخر سطر' : s;
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = unifiedDiff('f.txt', a, b);
        if (a === b) return d === '';
        return applyUnified(a, d) === b;
      }),
      { numRuns: 400 },
    );
  });

  it('keeps three lines of context and merges close changes into one hunk', () => {
    const a = Array.from({ length: 20 }, (_, i) => `سطر ${i + 1}\n`).join('');
    const b = a.replace('سطر 5\n', 'سطر خمسة\n').replace('سطر 8\n', 'سطر ثمانية\n').replace('سطر 18\n', '');
    const d = unifiedDiff('x.txt', a, b);
    assert.deepEqual(
      d.split('\n').filter((l) => l.startsWith('@@')),
      ['@@ -2,10 +2,10 @@', '@@ -15,6 +15,5 @@'],
    );
    assert.equal(applyUnified(a, d), b);
  });
});

describe('line endings under --fix', () => {
  it('a CRLF file stays CRLF even where a fix inserted a bare LF; LF and mixed files are left as they come', () => {
    assert.equal(keepLineEndings('أ\r\nب\r\n', 'أ\r\nج\nب\r\n'), 'أ\r\nج\r\nب\r\n');
    assert.equal(keepLineEndings('أ\nب\n', 'أ\nج\nب\n'), 'أ\nج\nب\n');
    assert.equal(keepLineEndings('أ\r\nب\n', 'أ\r\nج\nب\n'), 'أ\r\nج\nب\n');
    assert.equal(keepLineEndings('أ\r\nب', 'أ\r\nب'), 'أ\r\nب');
  });
});

describe('decoding drafts', () => {
  it('strips and remembers a BOM, refuses NUL bytes and invalid UTF-8', () => {
    const r = decodeDraft(Buffer.from('\uFEFFنص', 'utf8'));
    assert.ok(r.ok && r.bom && r.text === 'نص');
    const plain = decodeDraft(Buffer.from('نص', 'utf8'));
    assert.ok(plain.ok && !plain.bom && plain.text === 'نص');
    assert.equal(decodeDraft(Buffer.from([0x61, 0x00])).ok, false);
    assert.equal(decodeDraft(Buffer.from([0xc7, 0xe1])).ok, false);
    // a lone surrogate encoded as CESU-style bytes is not UTF-8 either
    assert.equal(decodeDraft(Buffer.from([0xed, 0xa0, 0x80])).ok, false);
  });
});

describe('--rule overrides', () => {
  it('apply in order over the house style, and a category switch reaches rules the house style named', () => {
    const base = { rules: { tatweel: { severity: 'error' as const, options: { a: 1 } }, nbsp: { severity: 'off' as const } } };
    const c1 = applyOverrides(base, [{ id: 'tatweel', severity: 'hint' }]);
    assert.deepEqual(c1.rules.tatweel, { severity: 'hint', options: { a: 1 } });
    const c2 = applyOverrides(base, [{ id: 'category:hidden-characters', severity: 'off' }]);
    assert.equal(c2.categories?.['hidden-characters'], 'off');
    assert.equal(c2.rules.tatweel.severity, 'off');
    const c3 = applyOverrides(base, [{ id: 'category:hidden-characters', severity: 'info' }]);
    assert.equal(c3.rules.tatweel.severity, 'info');
    assert.equal(c3.rules.nbsp.severity, 'off', 'a severity does not turn on a rule the house style turned off');
    const c4 = applyOverrides(base, [
      { id: 'category:hidden-characters', severity: 'off' },
      { id: 'tatweel', severity: 'warning' },
    ]);
    assert.equal(c4.rules.tatweel.severity, 'warning', 'a later flag wins');
    assert.equal(base.rules.tatweel.severity, 'error', 'the house style config is not mutated');
  });
});

describe('arguments', () => {
  it('parses commands, options and inputs', () => {
    const o = parseArgs(['check', '--format=json', '--rule', 'tatweel=off', '--rule=nbsp=error', '-q', '--', '--odd-name.txt', '-']);
    assert.equal(o.format, 'json');
    assert.deepEqual(o.rules, [
      { id: 'tatweel', severity: 'off' },
      { id: 'nbsp', severity: 'error' },
    ]);
    assert.equal(o.quiet, true);
    assert.deepEqual(o.inputs, ['--odd-name.txt', '-']);
    assert.equal(parseArgs(['drafts']).command, 'check');
    assert.deepEqual(parseArgs(['drafts']).inputs, ['drafts']);
    assert.equal(parseArgs(['help']).command, 'help');
    assert.equal(parseArgs(['-v']).command, 'version');
    assert.throws(() => parseArgs(['--fix=yes']), UsageError);
    assert.throws(() => parseArgs(['--format']), UsageError);
    assert.throws(() => parseArgs(['--fix', '--dry-run', '--format', 'sarif']), UsageError);
  });

  it('line:column of a house-style problem', () => {
    assert.deepEqual(lineColumn('{\r\n  "x": 1\n}', 5), { line: 2, column: 3 });
    assert.deepEqual(lineColumn('', 0), { line: 1, column: 1 });
  });

  it('line:column of every offset, \n, \r\n and a lone \r alike, read from the lines found once', () => {
    const text = 'عمرو طلعت\tالدكتور\r\nعمر طلعت\rطلعت\n\nآخر سطر';
    const lines = new LineStarts(text);
    let line = 1;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      assert.deepEqual(lines.lineColumn(i), { line, column: i - start + 1 }, `offset ${i}`);
      assert.deepEqual(lineColumn(text, i), { line, column: i - start + 1 });
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
        line++;
        start = i + 1;
      }
    }
    assert.deepEqual(lines.lineColumn(text.length + 5), lines.lineColumn(text.length), 'past the end: the end');
  });
});
