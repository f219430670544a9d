// The Arabic lexicon: the generated file, the pure reader, the questions the rules ask,
// lazy loading and its failure modes.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { lint } from '../../server/src/engine/engine';
import { getLexicon, Lexicon, lexiconCandidates, LexiconUnavailable, setLexicon, setLexiconSource, WORD, NON_WORD, FOREIGN } from '../../server/src/engine/lexicon';
import hamza from '../../server/src/engine/rules/orthography/hamza';
import { repoRoot } from '../lib/corpus';

const file = join(repoRoot, 'dist', 'lexicon-ar.bin');

describe('lexicon file (scripts/build-lexicon.mjs)', () => {
  it('exists after the build and holds Ayaspell’s ~60 million forms in a few MB', () => {
    const lex = getLexicon();
    assert.ok(lex.header.words > 55_000_000 && lex.header.words < 65_000_000, String(lex.header.words));
    assert.equal(lex.header.source.package, '@cspell/dict-ar');
    assert.equal(lex.header.source.license, 'LGPL-3.0');
    assert.ok(readFileSync(file).length < 8 * 1048576);
  });

  it('the build is skipped when the file is current, and --force rebuilds the same bytes', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mudaqqiq-lex-'));
    try {
      const out = join(tmp, 'l.bin');
      const run = (...a: string[]) => spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-lexicon.mjs'), '--out', out, ...a], { encoding: 'utf8', timeout: 120_000 });
      const first = run();
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stdout, /lexicon: [\d,]+ words/);
      assert.deepEqual(readFileSync(out), readFileSync(file), 'same input, same bytes');
      const second = run();
      assert.equal(second.status, 0);
      assert.equal(second.stdout, '', 'nothing to do when current');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('Lexicon', () => {
  const lex = getLexicon();

  it('knows words with their clitics, and knows what is not a word', () => {
    for (const w of ['أكد', 'الأعمال', 'وبالأعمال', 'منطقة', 'على', 'إلى', 'مصطفى', 'المستوى', 'أقصى', 'الأفريقية', 'الإفريقية', 'كتابه', 'منه']) assert.ok(lex.has(w), w);
    for (const w of ['الاعمال', 'الى', 'ان', 'فى', 'المصرى', 'إعتبار', 'الإهتمام', 'إستخدام', 'الحكومه', 'مصرتدخل', '']) assert.ok(!lex.has(w), w);
  });

  it('status() reads the original text, diacritics, tatweel and invisible marks aside', () => {
    const t = 'أَكَّـد الاعمال علی ABC';
    const at = (w: string) => [t.indexOf(w), t.indexOf(w) + w.length] as const;
    assert.equal(lex.status(t, ...at('أَكَّـد')), WORD);
    assert.equal(lex.status(t, ...at('الاعمال')), NON_WORD);
    assert.equal(lex.status(t, ...at('علی')), FOREIGN); // Persian yeh
    assert.equal(lex.status('أك\u200cد', 0, 4), WORD);
  });

  it('variants(): the words that differ only where allowed', () => {
    const alefs = (w: string) => (i: number) => ('اأإآ'.includes(w[i]) ? 'اأإآ' : undefined);
    assert.deepEqual(lex.variants('اسرائيل', alefs('اسرائيل')), ['إسرائيل']);
    assert.deepEqual(lex.variants('ان', alefs('ان')).sort(), ['آن', 'أن', 'إن'].sort());
    assert.deepEqual(lex.variants('الحكومه', (i) => (i === 6 ? 'هة' : undefined)), ['الحكومة']);
    assert.deepEqual(lex.variants('xyz', () => undefined), []);
  });

  it('nearWords(): one edit away', () => {
    const near = lex.nearWords('الحكومت');
    assert.ok(near.includes('الحكومة') && near.includes('الحكومات'), near.join(' '));
    assert.ok(!near.includes('الحكومت'));
    assert.ok(lex.nearWords('كتاب').includes('كتب')); // deletion
    assert.ok(lex.nearWords('وزري').includes('وزير')); // transposition
  });

  it('fromBytes() rejects what is not a lexicon file, with a clear message', () => {
    assert.throws(() => Lexicon.fromBytes(new Uint8Array([1, 2, 3])), /not a Mudaqqiq lexicon file/);
    const bytes = readFileSync(file);
    assert.throws(() => Lexicon.fromBytes(bytes.subarray(0, bytes.length - 4)), /truncated/);
    // an unaligned copy still reads
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.ok(Lexicon.fromBytes(shifted.subarray(1)).has('أكد'));
  });

  // Speed is the bench's to measure (npm run bench), never a timed test: this one printed its
  // cost and failed on a machine with a load average of 14. It checks the answers, and logs.
  it('answers membership for repeated words the same every time (cost per word logged)', () => {
    const words = 'أكد الوزير أن المشروع سينتهي قريبا في منطقة الرياض والسعودية'.split(' ');
    const n = 200_000;
    const t0 = performance.now();
    let k = 0;
    for (let i = 0; i < n; i++) {
      const w = words[i % words.length];
      if (lex.status(w, 0, w.length) === WORD) k++;
    }
    const ns = ((performance.now() - t0) * 1e6) / n;
    assert.equal(k, n);
    console.log(`  ${ns.toFixed(0)} ns a word`);
  });
});

describe('loading', () => {
  after(() => {
    setLexiconSource(undefined);
    setLexicon(undefined);
  });

  it('looks beside the bundle and in the repository’s dist/', () => {
    const c = lexiconCandidates();
    assert.ok(c.some((p) => p === file), c.join(', '));
  });

  it('a missing lexicon is a fault of the rules that need it, with the remedy, never a crash', () => {
    setLexiconSource(() => {
      throw new LexiconUnavailable('test: no file');
    });
    const r = lint('وقال ان الاعمال', { rules: [hamza] });
    assert.deepEqual(r.findings, []);
    assert.equal(r.faults.length, 1);
    assert.match(r.faults[0].message, /Arabic lexicon unavailable: test: no file.*npm run build/);
  });

  it('a broken file is reported as such', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mudaqqiq-lex-'));
    try {
      const bad = join(tmp, 'bad.bin');
      writeFileSync(bad, 'not a lexicon');
      setLexiconSource(() => readFileSync(bad));
      assert.throws(() => getLexicon(), /not usable \(not a Mudaqqiq lexicon file/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('is lazy: loaded on first use, then kept', () => {
    setLexiconSource(undefined);
    const a = getLexicon();
    assert.equal(getLexicon(), a);
  });
});
