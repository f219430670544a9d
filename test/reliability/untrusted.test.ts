// Untrusted input: a house-style file comes with the workspace. Its word lists (leftover
// phrases, extra honorifics, accepted words), hidden-finding texts and names are matched as
// words and text, never compiled into a regular expression: regex metacharacters in them are
// inert and a catastrophic pattern costs nothing. Its globs (ignore.files, ignore.findings[].file)
// are matched by glob.ts without RegExp, in time bounded by pattern × path length; the
// globs it cannot take are reported where they are written. No code path of the engine,
// the house-style loader, the server or the CLI builds a RegExp from text it is given.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compileGlob, configFor, globProblem, isIgnored, loadConfigFor, type LoadedConfig } from '../../server/src/config';
import { lint, type Finding } from '../../server/src/engine';
import { repoRoot } from '../lib/corpus';

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function workspace(houseStyle: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'mudaqqiq-untrusted-'));
  made.push(root);
  writeFileSync(join(root, '.mudaqqiq.json'), typeof houseStyle === 'string' ? houseStyle : JSON.stringify(houseStyle, null, 2));
  return root;
}

const host = { readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };

function load(root: string, trusted = false): LoadedConfig {
  return loadConfigFor(join(root, 'draft.txt'), { workspaceRoot: root, trusted }, host);
}

function time<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

const covered = (text: string, fs: Finding[], rule: string) => fs.filter((f) => f.ruleId === rule).map((f) => text.slice(f.start, f.end));

const HOSTILE = ['(a+)+$', '(ا+)+ب', '.*', '^', '$', '|', '[', '\\', '(?<x>.)\\k<x>', '[a-z]+', '(.*a){25}'];

describe('house-style word lists are matched as words, never as patterns', () => {
  const root = () =>
    workspace({
      words: { leftoverPhrases: [...HOSTILE, 'تابعونا عبر'], honorifics: [...HOSTILE, 'صاحب السمو'], accepted: [...HOSTILE, 'ان'] },
      ignore: { findings: [{ rule: 'teh-marbuta', text: '.*' }, { rule: 'tatweel', text: '(ـ+)+' }] },
    });

  it('the file loads without complaint (they are just strings) and its lists reach the rules', () => {
    const loaded = load(root());
    assert.deepEqual(loaded.problems.filter((p) => p.severity === 'error'), []);
    const cfg = configFor(loaded, undefined);
    assert.ok((cfg.rules['scrape-leftover']?.options?.phrases as string[]).includes('(a+)+$'));
    assert.ok((cfg.rules['ornamental-honorific']?.options?.extra as string[]).includes('[a-z]+'));
  });

  it('metacharacters are inert: nothing matches because a pattern would; literal phrases still match', () => {
    const text = [
      'aaaa', // (a+)+$ as a regex would match this line
      'x', // .* would match every line
      'abc الرئيس', // [a-z]+ as an honorific would match here
      'ااااب',
      'تابعونا عبر تويتر',
      'قال الوزير ان الحكومه ستعمل مع فخامة الرئيس.',
      'وأشـــاد الوزير',
    ].join('\n');
    const loaded = load(root());
    const cfg = configFor(loaded, join(root(), 'draft.txt'));
    const fs = lint(text, { config: cfg }).findings;
    assert.deepEqual(covered(text, fs, 'scrape-leftover'), ['تابعونا عبر تويتر'], 'only the literal phrase');
    assert.deepEqual(covered(text, fs, 'ornamental-honorific'), ['فخامة'], 'only the built-in honorific');
    assert.deepEqual(covered(text, fs, 'teh-marbuta'), ['الحكومه'], 'a hidden finding text ".*" hides only a finding covering ".*"');
    assert.deepEqual(covered(text, fs, 'hamza'), [], 'ان is an accepted word (literally)');
    assert.deepEqual(covered(text, fs, 'tatweel'), ['ـــ']);
  });

  it('punctuation in a phrase is ignored (phrases are matched on folded words): `(a+)+$` is the word «a»', () => {
    const cfg = configFor(load(workspace({ words: { leftoverPhrases: ['(a+)+$'] } })), undefined);
    const text = 'a\n(a+)+$\naaaa\nab\nالتقى الوزير بالسفير.';
    assert.deepEqual(covered(text, lint(text, { config: cfg }).findings, 'scrape-leftover'), ['a', '(a+)+$']);
  });

  it('a catastrophic pattern on a long line costs no more than an ordinary phrase', () => {
    const long = ['a'.repeat(100_000) + '!', 'ا'.repeat(100_000) + 'ج', '(a+)+$'.repeat(10_000), ('فخامة '.repeat(5_000) + 'الرئيس')].join('\n');
    const plain = configFor(load(workspace({ words: { leftoverPhrases: ['تابعونا عبر'], honorifics: ['صاحب السمو'] } })), undefined);
    const hostile = configFor(load(root()), undefined);
    lint(long, { config: plain }); // warm up
    const a = time(() => lint(long, { config: plain }));
    const b = time(() => lint(long, { config: hostile }));
    console.log(`  ${long.length} characters of long lines: ${a.ms.toFixed(0)} ms with ordinary word lists, ${b.ms.toFixed(0)} ms with ${HOSTILE.length} regex-like entries in each list`);
    assert.deepEqual(b.value.faults, []);
    assert.ok(b.ms < a.ms * 3 + 1000, `hostile lists took ${b.ms} ms against ${a.ms} ms`);
  });

  it('no source file builds a RegExp from anything but a literal (new RegExp only in the schema validator, on the shipped schema)', () => {
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name.endsWith('.ts')) {
          readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
            if (/new RegExp\s*\(|(?<![\w.])RegExp\s*\(/.test(line) && !/^\s*(\/\/|\*)/.test(line)) hits.push(`${p.slice(repoRoot.length + 1)}:${i + 1}`);
          });
        }
      }
    };
    walk(join(repoRoot, 'server', 'src'));
    walk(join(repoRoot, 'client', 'src'));
    // schema-validate.ts compiles `pattern` keywords of the JSON schemas it is handed: the house-style
    // schema and the rules' option schemas, both shipped with the code, never the user's file.
    assert.deepEqual(hits, ['server/src/config/schema-validate.ts:68']);
    const schema = readFileSync(join(repoRoot, 'schema', 'mudaqqiq.schema.json'), 'utf8');
    for (const m of schema.matchAll(/"pattern":\s*("(?:[^"\\]|\\.)*")/g)) {
      const re = JSON.parse(m[1]) as string;
      const t = time(() => new RegExp(re, 'u').test('a'.repeat(50_000) + '!'));
      assert.ok(t.ms < 100, `schema pattern ${re} on a long string: ${t.ms} ms`);
    }
  });
});

describe('house-style globs: matched without RegExp, in bounded time', () => {
  it('patterns that take picomatch’s RegExp seconds (or hours) finish at once', () => {
    const cases: Array<[string, string]> = [
      ['*a*a*a*a*a*a*a*a*a*a*a*a*b', 'x' + 'a'.repeat(250)],
      ['**/a/**/a/**/a/**/a/**/b', 'a/'.repeat(2000) + 'c'],
      ['**/*a*a*a*a*a*a*b', 'd/'.repeat(500) + 'a'.repeat(250)],
      ['{a,aa}{a,aa}{a,aa}{a,aa}{a,aa}{a,aa}{a,aa}x', 'a'.repeat(250)],
      ['*'.repeat(500) + 'b', 'a'.repeat(250)],
    ];
    for (const [pattern, path] of cases) {
      const g = compileGlob(pattern);
      assert.ok(g.ok, pattern);
      const t = time(() => g.ok && g.match(path));
      assert.equal(t.value, false, pattern);
      assert.ok(t.ms < 200, `${pattern.slice(0, 40)} on ${path.length} characters took ${t.ms.toFixed(1)} ms`);
    }
    // for the record: picomatch on the first, smaller
    const pm = picomatch('*a*a*a*a*a*a*a*a*b', { dot: true });
    const t = time(() => pm('x' + 'a'.repeat(24)));
    console.log(`  picomatch's RegExp for *a*a*a*a*a*a*a*a*b on 25 characters: ${t.ms.toFixed(0)} ms; glob.ts on 251 characters with 12 stars: < 200 ms`);
  });

  it('agrees with picomatch on ordinary globs (generated), except where documented (`[!a]` is negation; `**` inside a name is `*`)', () => {
    const tok = fc.constantFrom('a', 'b', '.', '/', '*', '?', '**', '/**/', '{a,b}', '[ab]', '[^a]', 'x', '-', '{a,{b,c}}', '.md');
    const seg = fc.array(fc.constantFrom('a', 'b', '.', 'x', 'c', '-', '.md', 'ab'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(''));
    let compared = 0;
    fc.assert(
      fc.property(fc.array(tok, { minLength: 1, maxLength: 7 }), fc.array(seg, { minLength: 1, maxLength: 4 }), (pt, segs) => {
        const pattern = pt.join('');
        const path = segs.join('/');
        if (/\*\*[^/]|[^/]\*\*/.test(pattern) || /\/\*\*$/.test(pattern)) return; // `**` in a name; trailing /** on the folder itself
        if (segs.some((s) => s === '.' || s === '..')) return;
        // documented difference: picomatch makes a `*` after a dot match at least one
        // character (`*.*` does not match `a.`); glob.ts lets `*` match nothing, as shells do
        if (segs.some((s) => s.endsWith('.'))) return;
        const g = compileGlob(pattern);
        if (!g.ok) return;
        compared++;
        assert.equal(g.match(path), picomatch(pattern, { dot: true })(path), `${pattern} against ${path}`);
      }),
      { numRuns: 3000, seed: 20261128 },
    );
    console.log(`  glob.ts and picomatch agree on ${compared} generated glob/path pairs`);
    // the common house-style globs
    const table: Array<[string, string, boolean]> = [
      ['archive/**', 'archive/2019/a.md', true],
      ['archive/**', 'archive', false],
      ['archive/**', 'drafts/archive/a.md', false],
      ['**/*.draft.txt', 'a.draft.txt', true],
      ['**/*.draft.txt', 'x/y/a.draft.txt', true],
      ['**/*.draft.txt', 'x/y/a.txt', false],
      ['drafts/*.md', 'drafts/a.md', true],
      ['drafts/*.md', 'drafts/x/a.md', false],
      ['*.{md,txt}', 'a.txt', true],
      ['*.{md,txt}', '.hidden.md', true],
      ['أرشيف/**', 'أرشيف/خبر.txt', true],
      ['[!a]*.md', 'b.md', true],
      ['[!a]*.md', 'a.md', false],
      ['notes/a\\*.md', 'notes/a*.md', true],
      ['notes/a\\*.md', 'notes/ab.md', false],
    ];
    for (const [p, path, want] of table) {
      const g = compileGlob(p);
      assert.ok(g.ok && g.match(path) === want, `${p} against ${path}: expected ${want}`);
    }
  });

  it('globs it cannot take are refused with a problem at their place in the file, and not used', () => {
    assert.ok(globProblem('@(a|b)/**'));
    assert.ok(globProblem('!archive/**'));
    assert.ok(globProblem('{' + 'a,'.repeat(300) + 'b}'));
    assert.ok(globProblem('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'), '512 alternatives');
    assert.equal(globProblem('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'), undefined, '256 are fine');
    assert.ok(globProblem('a'.repeat(1001)));
    const text = '{\n  "ignore": {\n    "files": ["archive/**", "+(a|aa)x", "!keep.txt"],\n    "findings": [{ "rule": "tatweel", "file": "*(a|b)" }]\n  }\n}\n';
    const root = workspace(text);
    const loaded = load(root);
    const globs = loaded.problems.map((p) => ({ text: text.slice(p.start, p.end), severity: p.severity, en: p.message.en }));
    assert.deepEqual(globs.map((g) => [g.text, g.severity]), [['"+(a|aa)x"', 'warning'], ['"!keep.txt"', 'warning'], ['"*(a|b)"', 'warning']]);
    assert.match(globs[0].en, /^Glob not accepted: extended globs/);
    assert.match(loaded.problems[0].message.ar, /نمط الملفات غير مقبول/);
    assert.equal(isIgnored(loaded, join(root, 'archive/a.txt')), true, 'the good glob still applies');
    assert.equal(isIgnored(loaded, join(root, 'aax')), false);
    assert.equal(isIgnored(loaded, join(root, 'other.txt')), false, 'a refused negation ignores nothing');
    assert.deepEqual(configFor(loaded, join(root, 'a')).hidden, undefined, 'the refused hidden finding hides nothing');
    // the catastrophic glob in a house-style file, against a deep path, through isIgnored
    const deep = workspace({ ignore: { files: ['**/a/**/a/**/a/**/a/**/b'] } });
    const t = time(() => isIgnored(load(deep), join(deep, 'a/'.repeat(1000) + 'c.txt')));
    assert.equal(t.value, false);
    assert.ok(t.ms < 500, `${t.ms} ms`);
  });
});

describe('names and names files are text, too', () => {
  it('a names list with regex-like names loads, matches nothing it should not, and costs nothing extra', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-untrusted-'));
    made.push(dir);
    mkdirSync(join(dir, 'names'));
    writeFileSync(join(dir, 'names', 'list.tsv'), ['(عمرو)+ طلعت\t.* طلعت|عمر طلعت', '[ا-ي]+ السعيد\tهاله السعيد', 'عمرو طلعت\tعمرو طلعة'].join('\n'));
    writeFileSync(join(dir, '.mudaqqiq.json'), JSON.stringify({ namesFiles: 'names/list.tsv' }));
    const loaded = load(dir);
    const cfg = configFor(loaded, undefined);
    const text = 'التقى عمرو طلعة مع هاله السعيد. وقال حسن طلعت إن الخطة جاهزة.';
    const fs = lint(text, { config: cfg }).findings;
    const named = covered(text, fs, 'name-spelling');
    assert.ok(named.includes('عمرو طلعة'), named.join(' | '));
    assert.ok(!named.some((n) => n.includes('حسن')), 'no pattern matched «حسن طلعت»');
  });
});
