// Fast paths of the analysis that must give exactly what the plain code gives: the folded form
// of a word kept once per form (fold.ts: foldWord) and lines split by native searches when a
// line feed ends every line (document.ts: splitLinesIn); and the sieve in front of word sets (text/word-filter.ts).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/text/document';
import { foldRange, foldWord } from '../../server/src/engine/text/fold';
import { tokenize } from '../../server/src/engine/text/tokenize';
import { WordFilter } from '../../server/src/engine/text/word-filter';
import { sampleArticle, sharedDir } from '../lib/corpus';
import { liveHeapMB } from '../lib/heap';

function corpusTexts(limit: number): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.txt')) files.push(p);
    }
  };
  walk(join(sharedDir(), 'corpus', 'articles'));
  return [sampleArticle(), ...files.slice(0, limit).map((f) => readFileSync(f, 'utf8'))];
}

describe('foldWord: one string per folded form', () => {
  it('equals foldRange on every word of the sample article and the corpus, and gives the same string for the same form', () => {
    const wrong: string[] = [];
    const seen = new Map<string, string>();
    let shared = 0;
    for (const text of corpusTexts(200)) {
      for (const t of tokenize(text)) {
        if (t.kind !== 'word') continue;
        const want = foldRange(text, t.start, t.end);
        const got = foldWord(text, t.start, t.end);
        if (got !== want) wrong.push(`«${text.slice(t.start, t.end)}»: ${got} ≠ ${want}`);
        if (seen.has(want)) shared++;
        else seen.set(want, got);
      }
    }
    assert.deepEqual(wrong.slice(0, 5), []);
    assert.ok(shared > 10_000, `${shared} words repeat a form`);
  });

  it('folds diacritics, tatweel, letter variants and presentation forms as foldRange does', () => {
    const words = ['والاستراتيجيات', 'وَالْمُسْتَشْفَيَاتِ', 'فاستراتيجياتهما', 'أَكَّدَ', 'أكــــد', 'إلى', 'مصطفى', 'مدرسة', 'ﻻ', 'ﷲ', 'یک', 'آل', 'ٱلرَّحْمَـٰنِ', 'عبد‌الله'];
    for (const w of words) {
      const text = `قال ${w} أمس`;
      const t = tokenize(text).find((x) => x.start === 4)!;
      assert.equal(foldWord(text, t.start, t.end), foldRange(text, t.start, t.end), w);
      assert.equal(t.norm, foldRange(text, t.start, t.end), w);
    }
  });

  it('keeps no draft alive: a long form kept in its table is a string of its own, not a view into the draft', () => {
    const before = liveHeapMB();
    (() => {
      // 16 MB of text in 14-letter words (V8 slices strings of 13 code units and more as views)
      const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
      const parts: string[] = [];
      for (let i = 0; i < 560_000; i++) {
        let w = 'والاست';
        for (let n = i, k = 0; k < 8; k++, n = Math.floor(n / letters.length)) w += letters[n % letters.length];
        parts.push(w);
      }
      const text = parts.join(' ') + String(Math.random());
      assert.ok(tokenize(text).length > 1_000_000);
    })();
    const kept = liveHeapMB() - before;
    assert.ok(kept < 8, `${kept.toFixed(1)} MB still held after the draft is gone (the draft itself is 16 MB)`);
  });

  it('stays right after its table is emptied (more forms than it holds)', () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const wrong: string[] = [];
    for (let i = 0; i < 80_000; i++) {
      let w = '';
      for (let n = i; w.length < 4 || n > 0; n = Math.floor(n / letters.length)) w += letters[n % letters.length];
      const text = ` ${w}ً `;
      if (foldWord(text, 1, text.length - 1) !== foldRange(text, 1, text.length - 1)) wrong.push(w);
    }
    assert.deepEqual(wrong.slice(0, 5), []);
  });
});

describe('lines split by native search', () => {
  /** The lines as the character loop splits them: every CR, LF, CRLF, U+2028 and U+2029 ends one. */
  function plainLines(text: string) {
    const out: Array<{ start: number; end: number; next: number }> = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
        const next = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
        out.push({ start, end: i, next });
        start = next;
        i = next - 1;
      }
    }
    out.push({ start, end: text.length, next: text.length });
    return out;
  }

  it('gives the same lines for long texts with line feeds only, with CRLF, and with U+2028', () => {
    const article = sampleArticle().replace(/\r\n?/g, '\n').repeat(3); // over the 4,096 code units where the fast path starts
    const texts = [article, article + '\n', article.replace(/\n/g, '\r\n'), article.replace(/\n\n/, '\u2028'), '\n\n' + article.slice(0, 5000) + '\r', 'x'.repeat(5000)];
    for (const text of texts) assert.deepEqual(analyse(text).lines.map((l) => ({ ...l })), plainLines(text));
  });
});

describe('WordFilter: a sieve in front of a set of words', () => {
  it('lets every word of its set through, and keeps most other words of a draft out', () => {
    const texts = corpusTexts(60);
    const words = new Set<string>();
    for (const text of texts) for (const t of tokenize(text)) if (t.kind === 'word') words.add(t.norm);
    const all = [...words];
    const set = all.filter((_, i) => i % 50 === 0); // 2% of the forms
    const filter = new WordFilter(set, 16);
    assert.deepEqual(set.filter((w) => !filter.mayHold(w)), []);
    const inSet = new Set(set);
    const others = all.filter((w) => !inSet.has(w));
    const through = others.filter((w) => filter.mayHold(w)).length;
    assert.ok(through < others.length * 0.1, `${through} of ${others.length} other words let through`);
    assert.equal(new WordFilter(['و'], 16).mayHold('و'), true, 'a one-letter word');
  });
});
