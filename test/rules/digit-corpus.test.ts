// The digits rules on real text: the rows of the corpus whose phenomenon is Arabic-Indic or
// mixed digits (read at test time, never copied here), and the sample article.
// Properties, not fixed outputs: fixes keep every digit's value, leave one system behind,
// never touch URLs, e-mail addresses, handles, hashtags or Latin words, and fix-all is idempotent.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText, lint, lintDocument } from '../../server/src/engine/engine';
import digitRules from '../../server/src/engine/rules/digits';
import digitSystem from '../../server/src/engine/rules/digits/digit-system';
import digitSpacing from '../../server/src/engine/rules/digits/digit-spacing';
import { analyse } from '../../server/src/engine/text/document';
import type { Token } from '../../server/src/engine/text/tokenize';
import type { ResolvedConfig } from '../../server/src/engine/types';
import { corpusTsv, sampleArticle } from '../lib/corpus';

const PHENOMENA = new Set(['arabic_indic_digits', 'mixed_digit_systems_in_doc']);
const rows = corpusTsv('errors/real_phenomena_samples.tsv').filter((r) => PHENOMENA.has(r.phenomenon));
const POLICIES = ['consistent', 'western', 'arabic-indic'] as const;
const PROTECTED = new Set(['url', 'email', 'handle', 'hashtag', 'latin']);

function config(system: string): ResolvedConfig {
  return {
    rules: {
      'digit-system': { severity: 'warning', options: { system } },
      'digit-spacing': { severity: 'warning' },
    },
  };
}

const W = /[0-9]/;
const A = /[\u0660-\u0669]/;
const P = /[\u06f0-\u06f9]/;

function systemsIn(s: string): string[] {
  const out: string[] = [];
  if (W.test(s)) out.push('western');
  if (A.test(s)) out.push('arabic-indic');
  if (P.test(s)) out.push('persian');
  return out;
}

/** Digits and number marks mapped to Western, so a conversion must leave this unchanged. */
function neutral(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0x660 && c <= 0x669) out += String(c - 0x660);
    else if (c >= 0x6f0 && c <= 0x6f9) out += String(c - 0x6f0);
    else if (ch === '٬') out += ',';
    else if (ch === '٫') out += '.';
    else if (ch === '٪') out += '%';
    else out += ch;
  }
  return out;
}

function latinContext(tokens: Token[], k: number): boolean {
  const near = (t: Token | undefined, far: Token | undefined) => !!t && (t.kind === 'latin' || (t.kind === 'space' && far?.kind === 'latin'));
  return near(tokens[k - 1], tokens[k - 2]) || near(tokens[k + 1], tokens[k + 2]);
}

/** Systems of the number tokens outside Latin phrases. */
function numberSystems(text: string): Set<string> {
  const doc = analyse(text);
  const out = new Set<string>();
  doc.tokens.forEach((t, k) => {
    if (t.kind === 'number' && !latinContext(doc.tokens, k)) for (const s of systemsIn(text.slice(t.start, t.end))) out.add(s);
  });
  return out;
}

// Protected tokens holding digits of every system, appended to each paragraph.
const TAIL = ' المصدر: https://example.com/news/20١٩/٥٠ و news2019@example.com و966500@gmail.com و@user2019 و#مصر٢٠٣٠ و#عام2019 وCOVID-19 و5G وG20';

describe('digits rules on the corpus rows', () => {
  it('reads the rows it is meant to read', () => {
    assert.equal(rows.length, 80, 'forty rows of each digit phenomenon');
    // the Arabic-Indic rows hold them in the excerpt; a mixed-in-document row may show only part of its document
    for (const r of rows) if (r.phenomenon === 'arabic_indic_digits') assert.ok(A.test(r.text), 'Arabic-Indic digits in the row');
    assert.ok(rows.filter((r) => systemsIn(r.text).length > 0).length >= 70, 'most rows hold digits');
  });

  for (const system of POLICIES) {
    it(`policy ${system}: fixes keep every value and leave one system per number`, () => {
      let findings = 0;
      for (const r of rows) {
        const res = lint(r.text, { rules: digitRules, config: config(system) });
        assert.deepEqual(res.faults, []);
        for (const f of res.findings) {
          findings++;
          assert.equal(f.fixes.length, 1);
          assert.equal(f.fixes[0].preferred, true);
          const [e] = f.fixes[0].edits;
          const before = r.text.slice(e.start, e.end);
          if (f.ruleId === 'digit-system') {
            assert.equal(systemsIn(e.text).length, 1, `«${before}» → «${e.text}» has one system`);
            assert.equal(neutral(e.text), neutral(before), `«${before}» → «${e.text}» keeps its value`);
            if (system === 'western') assert.deepEqual(systemsIn(e.text), ['western']);
          } else {
            assert.equal(e.start, e.end, 'digit-spacing inserts');
            assert.equal(e.text, ' ');
          }
        }
      }
      assert.ok(findings > 0, 'the corpus rows produce findings');
    });

    it(`policy ${system}: fix-all is idempotent on each paragraph and only converts digits or adds spaces`, () => {
      for (const r of rows) {
        const once = fixText(r.text, { rules: digitRules, config: config(system) });
        const twice = fixText(once.output, { rules: digitRules, config: config(system) });
        assert.equal(twice.output, once.output, 'fix-all twice equals once');
        assert.deepEqual(once.remaining, [], 'nothing left to flag after fix-all');
        assert.equal(neutral(once.output).replace(/ /g, ''), neutral(r.text).replace(/ /g, ''), 'only digits converted and spaces inserted');
        const left = numberSystems(once.output);
        left.delete('persian');
        assert.ok(!numberSystems(once.output).has('persian'), 'no Persian digits left');
        assert.ok(left.size <= 1, `one system left, got ${[...left]}`);
        if (system !== 'consistent' && left.size === 1) assert.deepEqual([...left], [system]);
      }
    });

    it(`policy ${system}: no finding inside URLs, e-mail addresses, handles, hashtags or Latin words`, () => {
      let protectedTokens = 0;
      for (const r of rows) {
        const text = r.text + TAIL;
        const doc = analyse(text);
        const spans = doc.tokens.filter((t) => PROTECTED.has(t.kind));
        protectedTokens += spans.length;
        const res = lint(text, { rules: digitRules, config: config(system) });
        for (const f of res.findings) {
          for (const s of spans) {
            assert.ok(f.end <= s.start || f.start >= s.end, `${f.messageId} «${text.slice(f.start, f.end)}» overlaps ${s.kind} «${text.slice(s.start, s.end)}»`);
          }
        }
        const fixed = fixText(text, { rules: digitRules, config: config(system) }).output;
        assert.ok(fixed.endsWith(TAIL), 'the protected tail is unchanged by fix-all');
      }
      assert.ok(protectedTokens >= rows.length * 8, 'the tail was tokenized into protected tokens');
    });
  }

  it('consistent: every row that holds both systems is flagged, and mixed numbers get a one-system fix', () => {
    let both = 0;
    let mixed = 0;
    for (const r of rows) {
      const sys = numberSystems(r.text);
      const res = lint(r.text, { rules: [digitSystem] });
      if (sys.has('western') && sys.has('arabic-indic')) {
        both++;
        assert.ok(res.findings.length > 0, `row with both systems not flagged: ${r.text.slice(0, 60)}…`);
      }
      for (const f of res.findings) {
        if (f.messageId !== 'mixed') continue;
        mixed++;
        const out = f.fixes[0].edits[0].text;
        assert.equal(systemsIn(out).length, 1, `mixed «${r.text.slice(f.start, f.end)}» → «${out}»`);
      }
    }
    assert.ok(both >= 20, `rows holding both systems: ${both}`);
    assert.ok(mixed >= 1, 'the corpus holds at least one mixed number (٤,881,000)');
  });

  it('western: every Arabic-Indic number outside Latin phrases is flagged once', () => {
    for (const r of rows) {
      const doc = analyse(r.text);
      const expected = doc.tokens.filter((t, k) => t.kind === 'number' && !latinContext(doc.tokens, k) && /[\u0660-\u0669\u06f0-\u06f9\u066a-\u066c]/.test(r.text.slice(t.start, t.end))).length;
      const got = lint(r.text, { rules: [digitSystem], config: config('western') }).findings.length;
      assert.equal(got, expected, r.text.slice(0, 60));
    }
  });

  it('digit-spacing finds the glued numbers the corpus holds (جنيف٣، نحو03، تمثل31%) and accepts ال٣٢، د٣٤، ٢٠٠٤م، ١٤٣٠هـ', () => {
    const glued: string[] = [];
    for (const r of rows) {
      for (const f of lint(r.text, { rules: [digitSpacing] }).findings) glued.push(r.text.slice(f.start, f.end));
    }
    for (const g of ['جنيف٣', 'نحو03', 'تمثل31%']) assert.ok(glued.includes(g), `${g} found in ${glued}`);
    for (const g of glued) assert.ok(!/^(ال|الـ|د)[\u0660-\u0669]|[\u0660-\u0669\d](م|هـ|ه)$/.test(g), `accepted form flagged: ${g}`);
  });
});

describe('digits rules on the sample article', () => {
  const text = sampleArticle();

  it('nothing to flag under the default and Western policies', () => {
    for (const system of ['consistent', 'western']) {
      const r = lint(text, { rules: digitRules, config: config(system) });
      assert.deepEqual(r.faults, []);
      assert.deepEqual(r.findings.map((f) => text.slice(f.start, f.end)), []);
    }
  });

  it('under an Arabic-Indic policy: 70, 2019 and 20 are converted, nothing else changes', () => {
    const r = lint(text, { rules: digitRules, config: config('arabic-indic') });
    assert.deepEqual(r.findings.map((f) => `${f.messageId} ${text.slice(f.start, f.end)}`), ['wrongSystem 70', 'wrongSystem 2019', 'wrongSystem 20']);
    const out = fixText(text, { rules: digitRules, config: config('arabic-indic') }).output;
    assert.ok(out.includes('بمرور ٧٠ عاما') && out.includes('فى عام ٢٠١٩،') && out.includes('على مدار ٢٠ عاما'));
    assert.equal(out.length, text.length);
    assert.equal(neutral(out), text);
  });

  it('the article with its spaces lost is repaired by digit-spacing', () => {
    const broken = text.replace('بمرور 70 عاما', 'بمرور 70عاما').replace('فى عام 2019،', 'فى عام2019،');
    assert.notEqual(broken, text);
    const r = lint(broken, { rules: [digitSpacing] });
    assert.deepEqual(r.findings.map((f) => broken.slice(f.start, f.end)), ['70عاما', 'عام2019']);
    assert.equal(fixText(broken, { rules: [digitSpacing] }).output, text);
  });

  it('is linear: eight times the text takes nowhere near sixty-four times as long', { timeout: 30_000 }, () => {
    const unit = text + rows.map((r) => r.text).join('\n\n');
    const small = analyse(unit.repeat(10));
    const large = analyse(unit.repeat(80));
    const time = (doc: ReturnType<typeof analyse>) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        lintDocument(doc, { rules: digitRules });
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(small); // warm up
    const t1 = time(small);
    const t8 = time(large);
    assert.ok(t8 < 24 * t1 + 100, `10× took ${t1.toFixed(1)} ms, 80× took ${t8.toFixed(1)} ms`);
  });
});
