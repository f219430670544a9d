// The punctuation rules on real text: the sample article (which punctuates its body
// correctly) and the real paragraphs of the corpus that show Latin commas, question
// marks and semicolons and spaces before marks. Read from ../shared at test time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText, lint } from '../../server/src/engine/engine';
import punctuation from '../../server/src/engine/rules/punctuation';
import { analyse } from '../../server/src/engine/text/document';
import type { Finding, ResolvedConfig } from '../../server/src/engine/types';
import { corpusTsv, sampleArticle, saudiArticles } from '../lib/corpus';

const config: ResolvedConfig = { rules: Object.fromEntries(punctuation.map((r) => [r.meta.id, { severity: 'warning' as const }])) };
const run = (code: string) => lint(code, { rules: punctuation, config });
const fix = (code: string) => fixText(code, { rules: punctuation, config });
const byRule = (fs: Finding[], id: string) => fs.filter((f) => f.ruleId === id);

/** Letters and digits only: what a punctuation fix must never change. */
const skeleton = (s: string) => s.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
const AR = '\u0621-\u064a';
const LATIN_COMMA_BETWEEN_ARABIC = new RegExp(`[${AR}][\\u064b-\\u065f\\u0640]*[ \\u00a0]*[,;][ \\u00a0]*[${AR}]`);
// (a ؟ starting a run of lost characters, `؟??`, is not a mark)
const SPACE_BEFORE_ARABIC_MARK = new RegExp(`[${AR}][\\u064b-\\u065f\\u0640]*[ \\u00a0]+[،؛؟](?!\\?)`);

/** Findings that touch a number, URL or e-mail token. */
function insideProtectedTokens(text: string, findings: Finding[]): string[] {
  const doc = analyse(text);
  const bad: string[] = [];
  const prot = doc.tokens.filter((t) => t.kind === 'number' || t.kind === 'url' || t.kind === 'email');
  for (const f of findings) {
    const hit = prot.find((t) => f.start < t.end && t.start < f.end);
    if (hit) bad.push(`${f.ruleId} «${text.slice(f.start, f.end)}» inside ${hit.kind} «${text.slice(hit.start, hit.end)}»`);
    for (const fx of f.fixes) for (const e of fx.edits) {
      const h = prot.find((t) => e.start < t.end && t.start < e.end);
      if (h) bad.push(`${f.ruleId} edit inside ${h.kind} «${text.slice(h.start, h.end)}»`);
    }
  }
  return bad;
}

describe('punctuation rules on the sample article', () => {
  const article = sampleArticle();

  it('report nothing: its body uses Arabic punctuation correctly', () => {
    const r = run(article);
    assert.deepEqual(r.faults, []);
    assert.deepEqual(r.findings.map((f) => `${f.ruleId} «${article.slice(f.start, f.end)}» @${f.start}`), []);
  });

  it('every Arabic comma made Latin is flagged, and fix-all restores the article', () => {
    const commas = [...article.matchAll(/،/g)].map((m) => m.index!);
    assert.ok(commas.length >= 20, 'the article has its Arabic commas');
    const latin = article.replace(/،/g, ',');
    const f = run(latin).findings;
    assert.deepEqual(f.map((x) => `${x.ruleId}@${x.start}-${x.end}`), commas.map((c) => `latin-punctuation@${c}-${c + 1}`));
    assert.equal(fix(latin).output, article);
  });

  it('a space pushed before each comma: one spacing and one Latin-comma finding each, fixed back', () => {
    const spaced = article.replace(/،/g, ' ,');
    const f = run(spaced).findings;
    const n = [...article.matchAll(/،/g)].length;
    assert.equal(byRule(f, 'punctuation-spacing').length, n);
    assert.equal(byRule(f, 'latin-punctuation').length, n);
    for (const x of byRule(f, 'punctuation-spacing')) assert.equal(spaced.slice(x.start, x.end), ' ');
    assert.equal(fix(spaced).output, article);
  });

  it('doubled periods are flagged once each and fixed back', () => {
    const periods = [...article.matchAll(/\./g)].length;
    const doubled = article.replace(/\./g, '..');
    const f = run(doubled).findings;
    assert.equal(f.length, periods);
    assert.ok(f.every((x) => x.ruleId === 'doubled-punctuation' && doubled.slice(x.start, x.end) === '.'));
    assert.equal(fix(doubled).output, article);
  });

  it('quotations added in two styles: the minority one is flagged', () => {
    const quoted = article.replace('بمجالات بناء القدرات الرقمية', 'بمجالات «بناء القدرات الرقمية»').replace('طابع مشترك', '«طابع مشترك»').replace('حياة كريمة', '"حياة كريمة"');
    const f = run(quoted).findings;
    assert.deepEqual(f.map((x) => `${x.ruleId}:${x.messageId} ${quoted.slice(x.start, x.end)}`), ['quote-style:majorityGuillemets "']);
  });
});

describe('punctuation rules on real corpus paragraphs', () => {
  const rows = corpusTsv('errors/real_phenomena_samples.tsv');
  const of = (ph: string) => rows.filter((r) => r.phenomenon === ph).map((r) => r.text);
  const latinComma = of('latin_comma');
  const latinSemicolon = of('latin_semicolon');
  const latinQmark = of('latin_qmark');
  const spaceBefore = of('space_before_punct');

  it('the corpus holds the rows', () => {
    assert.ok(latinComma.length >= 30 && spaceBefore.length >= 30 && latinQmark.length >= 5 && latinSemicolon.length >= 1);
  });

  it('each latin_comma paragraph yields latin-punctuation findings of exactly one Latin mark', () => {
    for (const text of latinComma) {
      const f = byRule(run(text).findings, 'latin-punctuation');
      assert.ok(f.length >= 1, `no finding in: ${text.slice(0, 80)}`);
      for (const x of f) assert.match(text.slice(x.start, x.end), /^[,;?]$/);
    }
  });

  it('each latin_semicolon paragraph yields a Latin-semicolon finding', () => {
    for (const text of latinSemicolon) {
      assert.ok(run(text).findings.some((f) => f.messageId === 'latinSemicolon'), text.slice(0, 80));
    }
  });

  it('each space_before_punct paragraph yields a space-before finding covering only white space', () => {
    for (const text of spaceBefore) {
      const f = run(text).findings.filter((x) => x.messageId === 'spaceBefore');
      assert.ok(f.length >= 1, `no finding in: ${text.slice(0, 80)}`);
      for (const x of f) assert.match(text.slice(x.start, x.end), /^[\s\u200e\u200f]+$/u);
    }
  });

  it('fix-all leaves no Latin comma between Arabic words and no space before an Arabic mark, is idempotent, and keeps every letter and digit', () => {
    for (const text of [...latinComma, ...latinSemicolon, ...spaceBefore, ...latinQmark]) {
      const { output, faults } = fix(text);
      assert.deepEqual(faults, []);
      assert.doesNotMatch(output, LATIN_COMMA_BETWEEN_ARABIC, text.slice(0, 80));
      assert.doesNotMatch(output, SPACE_BEFORE_ARABIC_MARK, text.slice(0, 80));
      assert.equal(fix(output).output, output, 'idempotent');
      assert.equal(skeleton(output), skeleton(text), 'letters and digits unchanged');
    }
  });

  it('question marks standing for lost characters are left alone', () => {
    const glued = new RegExp(`\\?(?=[${AR}])`, 'g');
    let seen = 0;
    for (const text of latinQmark) {
      const before = (text.match(glued) ?? []).length;
      seen += before;
      assert.equal((fix(text).output.match(glued) ?? []).length, before, text.slice(0, 80));
      for (const f of byRule(run(text).findings, 'latin-punctuation')) {
        if (text[f.start] === '?') assert.doesNotMatch(text.slice(f.end, f.end + 1), new RegExp(`[${AR}?]`), 'a flagged ? is not glued to a letter or another ?');
      }
    }
    assert.ok(seen > 0, 'the corpus has such question marks');
  });

  it('no finding or fix inside a number, URL or e-mail address', () => {
    for (const text of [...latinComma, ...latinSemicolon, ...spaceBefore, ...latinQmark]) {
      assert.deepEqual(insideProtectedTokens(text, run(text).findings), []);
    }
  });
});

describe('punctuation rules on the 130 SaudiNewsNet articles', () => {
  const articles = saudiArticles();

  it('no fault, no finding inside numbers, URLs or e-mail addresses, and exact one-mark ranges', () => {
    for (const [name, text] of articles) {
      const r = run(text);
      assert.deepEqual(r.faults, [], name);
      assert.deepEqual(insideProtectedTokens(text, r.findings), [], name);
      for (const f of r.findings) {
        const s = text.slice(f.start, f.end);
        if (f.ruleId === 'latin-punctuation') assert.match(s, /^[,;?]$/, name);
        if (f.ruleId === 'unbalanced-pairs') assert.match(s, /^[«»“”"()[\]]$/, name);
        if (f.messageId === 'spaceBefore') assert.match(s, /^[\s\u200e\u200f\u200b]+$/u, name);
        if (f.messageId === 'missingSpaceAfter') assert.match(s, /^[،؛؟.:!,;?…]$/, name);
      }
    }
  });

  it('fix-all is idempotent and keeps every letter and digit', () => {
    for (const [name, text] of articles) {
      const { output } = fix(text);
      assert.equal(fix(output).output, output, `${name}: idempotent`);
      assert.equal(skeleton(output), skeleton(text), `${name}: letters and digits unchanged`);
    }
  });
});
