// The TextMate grammar of Arabic news drafts, tokenised with vscode-textmate + vscode-oniguruma
// (the engine VS Code uses): generated file up to date, snapshots of fixture drafts, whole-line
// scopes only (every Arabic line is one token, or VS Code scrambles its word order), and the
// word-level grammar built in memory (WORDS): every lexicon form, agreement with the engine's
// own reporting-verb finder on the sample article and the corpus.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine';
import { HONORIFICS, TITLES } from '../../server/src/engine/rules/honorifics/titles';
import { generateForms, VERBS, type Construction } from '../../server/src/engine/rules/reporting-verbs/lexicon';
import { findVerbUses } from '../../server/src/engine/rules/reporting-verbs/uses';
import { parse as parseJsonc } from 'jsonc-parser';
import { grammarFiles, LINE_SCOPES, SCOPE, WORDS_SCOPE as WORDS } from '../../scripts/gen-grammar';
import { repoRoot, saudiArticles, sampleArticle } from '../lib/corpus';
import { expandDefaults, parseSnippet } from '../snippets/snippet-syntax';
import * as vsctm from 'vscode-textmate';
import { fixtures, GRAMMAR_FILE, loadOnig, markdownAvailable, MARKDOWN_SCOPE, snapshotFor, tokenize, type Tok } from './textmate';

const VERB = 'meta.reporting-verb.arabic-news';
const TITLE = 'meta.title.arabic-news';
const HONORIFIC = 'meta.honorific.arabic-news';
const NO_MARKDOWN = markdownAvailable() ? false : "VS Code's Markdown grammar is not installed (scripts/tools.sh installs code-server)";

/** Scopes of every character of the first occurrence of `word` (at a word boundary) in the text. */
const tokenCache = new Map<string, Promise<Tok[]>>();
function tokensOf(text: string, scope: string): Promise<Tok[]> {
  const key = scope + '\0' + text;
  let hit = tokenCache.get(key);
  if (!hit) tokenCache.set(key, (hit = tokenize(text, scope)));
  return hit;
}

async function scopesOf(text: string, word: string, scope = WORDS, nth = 0): Promise<string[][]> {
  const toks = await tokensOf(text, scope);
  const lines = text.split('\n');
  let seen = 0;
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln];
    const re = new RegExp(`(?<![\\p{L}\\p{M}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'gu');
    for (const m of line.matchAll(re)) {
      if (seen++ < nth) continue;
      const out: string[][] = [];
      for (let i = m.index!; i < m.index! + word.length; i++) {
        const t = toks.find((k) => k.line === ln + 1 && k.start <= i && i < k.end);
        out.push(t ? t.scopes : []);
      }
      return out;
    }
  }
  throw new Error(`"${word}" not found in ${text}`);
}

/** Does every character of the word carry the scope? */
async function has(text: string, word: string, scope: string, grammar = WORDS, nth = 0): Promise<boolean> {
  return (await scopesOf(text, word, grammar, nth)).every((s) => s.includes(scope));
}
async function hasNone(text: string, word: string, scope: string, grammar = WORDS, nth = 0): Promise<boolean> {
  return (await scopesOf(text, word, grammar, nth)).every((s) => !s.includes(scope));
}

describe('grammar files', () => {
  it('are up to date with the lexicons (npx tsx scripts/gen-grammar.ts would change nothing)', () => {
    for (const f of grammarFiles()) assert.equal(readFileSync(f.path, 'utf8'), f.text, `${f.path} is stale: run npx tsx scripts/gen-grammar.ts`);
  });
  it('declare their scope; the shipped grammar has no captures, inner patterns or contentName', () => {
    const g = JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8'));
    assert.equal(g.scopeName, 'text.arabic-news');
    const text = JSON.stringify(g);
    for (const k of ['captures', 'beginCaptures', 'endCaptures', 'contentName', '"begin"']) assert.ok(!text.includes(k), k);
    for (const [, m] of JSON.stringify(g.repository).matchAll(/"name":"([^"]+)"/g)) for (const sc of m.split(' ')) assert.ok(LINE_SCOPES.includes(sc), sc);
  });
});

describe('package.json contributes the grammars', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const grammars: Array<{ language?: string; scopeName: string; path: string; injectTo?: string[] }> = pkg.contributes?.grammars ?? [];
  it('the arabic-news grammar for the arabic-news language, and no injection into Markdown (it would split Arabic lines)', () => {
    const main = grammars.find((g) => g.scopeName === SCOPE);
    assert.ok(main, 'contributes.grammars has text.arabic-news');
    assert.equal(main!.language, 'arabic-news');
    assert.equal(resolve(repoRoot, main!.path), GRAMMAR_FILE);
    assert.ok(pkg.contributes.languages.some((l: { id: string }) => l.id === 'arabic-news'));
    assert.deepEqual(grammars.filter((g) => g.injectTo), []);
  });
});

describe('snapshots of the fixture drafts', () => {
  for (const fx of fixtures()) {
    const skip = fx.scope === MARKDOWN_SCOPE ? NO_MARKDOWN : false;
    it(`${fx.name} tokenises as in snapshots/${fx.name}.snap (npx tsx test/grammar/textmate.ts --update after a deliberate change)`, { skip }, async () => {
      const expected = readFileSync(fx.snapshot, 'utf8');
      assert.equal(await snapshotFor(fx), expected);
    });
  }
});

describe('draft structure: one scope over each line', () => {
  const line = async (text: string, n: number): Promise<Tok[]> => (await tokensOf(text, SCOPE)).filter((t) => t.line === n);
  it('the first line is the headline; a # line is a heading; the body has no scope', async () => {
    const text = 'الحكومة تقر الموازنة الجديدة\nنص الخبر هنا.\n## عنوان فرعي';
    assert.deepEqual((await line(text, 1)).map((t) => [t.text, t.scopes]), [['الحكومة تقر الموازنة الجديدة', [SCOPE, 'markup.heading.headline.arabic-news']]]);
    assert.deepEqual((await line(text, 2)).map((t) => t.scopes), [[SCOPE]]);
    assert.deepEqual((await line(text, 3)).map((t) => [t.text, t.scopes]), [['## عنوان فرعي', [SCOPE, 'markup.heading.arabic-news']]]);
  });
  it('kicker, flash, byline, dateline and interview lines', async () => {
    const text = 'القسم: اقتصاد\nعاجل: زلزال يضرب المدينة\nكتب: منى فؤاد\nالإسكندرية - وقع الزلزال فجرا.\nجدة (واس) – أعلنت الهيئة.\nس: ماذا حدث؟\nج: سمعنا دويا.';
    const expected = [
      ['meta.kicker.arabic-news'],
      ['markup.heading.headline.arabic-news', 'meta.flash.arabic-news'],
      ['meta.byline.arabic-news'],
      ['meta.dateline.arabic-news'],
      ['meta.dateline.arabic-news'],
      ['meta.interview.question.arabic-news'],
      ['meta.interview.answer.arabic-news'],
    ];
    for (let n = 1; n <= expected.length; n++) {
      assert.deepEqual((await line(text, n)).map((t) => [t.text, t.scopes]), [[text.split('\n')[n - 1], [SCOPE, ...expected[n - 1]]]], `line ${n}`);
    }
  });
  it('a dash later in a sentence is no dateline', async () => {
    const text = 'عنوان\nقال الوزير إن الطريق بين القاهرة - أسوان مغلق.';
    assert.deepEqual((await line(text, 2)).map((t) => t.scopes), [[SCOPE]]);
  });
  it('nor a spaced dash after a short opening that is no place: a body sentence, an aside between two dashes', async () => {
    const body = [
      'قال إن الأمر - كما يبدو - انتهى.',
      'وقال مصدر مطلع - طلب عدم ذكر اسمه - إن الاتفاق قريب.',
      'من جهته - قال الوزير.',
      'في المقابل - رفض الحزب.',
      'الأمين العام - في كلمته - دعا إلى السلام.',
    ];
    for (const b of body) assert.deepEqual((await line(`عنوان\n${b}`, 2)).map((t) => t.scopes), [[SCOPE]], b);
    // datelines still: a place, an agency, a dash at the end of the line
    for (const d of ['رام الله - أعلنت الوزارة.', 'بيروت (أ ف ب) – قال مسؤول إن الوضع هادئ.', 'القاهرة -', 'الإسكندرية - وقع الزلزال فجرا اليوم في المدينة (في الرابعة - بتوقيت القاهرة).']) {
      assert.deepEqual((await line(`عنوان\n${d}`, 2)).map((t) => t.scopes[1]), ['meta.dateline.arabic-news', ...(await line(`عنوان\n${d}`, 2)).slice(1).map((t) => t.scopes[1])], d);
    }
  });
});

describe('the article templates, filled with their defaults, read as drafts', () => {
  const snippets = JSON.parse(readFileSync(join(repoRoot, 'snippets', 'arabic-news.code-snippets'), 'utf8')) as Record<string, { body: string | string[] }>;
  for (const [name, s] of Object.entries(snippets)) {
    it(name, async () => {
      const text = expandDefaults(parseSnippet(Array.isArray(s.body) ? s.body.join('\n') : s.body));
      const toks = await tokenize(text);
      const scopes = new Set(toks.flatMap((t) => t.scopes));
      assert.ok(scopes.has('markup.heading.headline.arabic-news') || scopes.has('markup.heading.arabic-news'), 'a headline');
      assert.ok(scopes.has('meta.dateline.arabic-news'), 'a dateline');
      const first = toks.filter((t) => t.line === 1).flatMap((t) => t.scopes);
      assert.ok(first.some((x) => /^(meta\.kicker|markup\.heading)/.test(x)), 'the first line is a kicker or the headline');
      if (/^(كتب|حاوره):/m.test(text)) assert.ok(scopes.has('meta.byline.arabic-news'), 'a byline');
    });
  }
});

describe('word level (in-memory grammar, not contributed): quotations', () => {
  it('«…», “…” and "…", closed at the end of the line when left open', async () => {
    const text = 'عنوان\nقال: «نحن هنا» ثم “كلام آخر” و"ثالث" ثم «مفتوح\nسطر جديد';
    assert.ok(await has(text, 'نحن هنا', 'meta.quote.guillemets.arabic-news'));
    assert.ok(await has(text, 'كلام آخر', 'meta.quote.curly.arabic-news'));
    assert.ok(await has(text, 'ثالث', 'meta.quote.straight.arabic-news'));
    assert.ok(await has(text, 'مفتوح', 'meta.quote.guillemets.arabic-news'));
    assert.ok(await hasNone(text, 'سطر', 'meta.quote.guillemets.arabic-news'));
  });
});

describe('word level: numbers by digit system', () => {
  const text = 'عنوان\nبلغ 2024 و٢٠٢٤ و۲۰۲۴ و20٢٤ و15% و١٥٪ و3.5 و٣٫٥ في COVID-19 و5G و G20.';
  const cases: Array<[string, string]> = [
    ['2024', 'meta.number.western.arabic-news'],
    ['٢٠٢٤', 'meta.number.arabic-indic.arabic-news'],
    ['۲۰۲۴', 'meta.number.persian.arabic-news'],
    ['20٢٤', 'meta.number.mixed-digits.arabic-news'],
    ['15%', 'meta.number.western.arabic-news'],
    ['١٥٪', 'meta.number.arabic-indic.arabic-news'],
    ['3.5', 'meta.number.western.arabic-news'],
    ['٣٫٥', 'meta.number.arabic-indic.arabic-news'],
  ];
  for (const [n, scope] of cases) {
    it(`${n} → ${scope}`, async () => {
      const toks = await tokenize(text, WORDS);
      const line = text.split('\n')[1];
      const at = line.indexOf(n);
      const covering = toks.filter((t) => t.line === 2 && t.start < at + n.length && t.end > at);
      assert.ok(covering.length === 1 && covering[0].start === at && covering[0].end === at + n.length, `one token exactly over ${n}`);
      assert.ok(covering[0].scopes.includes(scope), covering[0].scopes.join(' '));
    });
  }
  it('digits in Latin words are no numbers (COVID-19, 5G, G20)', async () => {
    const toks = await tokenize(text, WORDS);
    for (const t of toks.filter((k) => /[0-9]/.test(k.text) && /COVID|5G|G20/.test(k.text))) {
      assert.ok(!t.scopes.some((s) => s.startsWith('meta.number')), `${t.text}: ${t.scopes.join(' ')}`);
    }
    for (const w of ['19', '5', '20']) {
      const line = text.split('\n')[1];
      for (const m of line.matchAll(new RegExp(`(?<=[A-Z-])${w}|${w}(?=G)`, 'g'))) {
        const t = toks.find((k) => k.line === 2 && k.start <= m.index! && m.index! < k.end)!;
        assert.ok(!t.scopes.some((s) => s.startsWith('meta.number')), `${w} in a Latin word: ${t.scopes.join(' ')}`);
      }
    }
  });
  it('URLs and e-mail addresses, digits and all, are links', async () => {
    const text = 'عنوان\nالتفاصيل على https://example.org/a/2024?x=1، أو www.example.com، أو news24@example.com.';
    const toks = await tokenize(text, WORDS);
    const url = toks.find((t) => t.text.startsWith('https://'))!;
    assert.equal(url.text, 'https://example.org/a/2024?x=1');
    assert.ok(url.scopes.includes('meta.url.arabic-news'));
    assert.ok(toks.find((t) => t.text === 'www.example.com')?.scopes.includes('meta.url.arabic-news'));
    assert.ok(toks.find((t) => t.text === 'news24@example.com')?.scopes.includes('meta.url.email.arabic-news'));
  });
});

describe('word level: titles and honorifics', () => {
  it('every title of the engine list, with its proclitics', async () => {
    const stems = TITLES.filter((t) => t.startsWith('ال'));
    const text = 'عنوان\n' + stems.map((t) => `قابل ${t} ثم و${t} ثم لل${t.slice(2)} أمس.`).join('\n');
    for (const t of stems) {
      assert.ok(await has(text, t, TITLE), t);
      assert.ok(await has(text, 'و' + t, TITLE), 'و' + t);
      assert.ok(await has(text, 'لل' + t.slice(2), TITLE), 'لل' + t.slice(2));
    }
  });
  it('every ornamental honorific; the ambiguous ones only before a title', async () => {
    for (const h of HONORIFICS) {
      const phrase = h.words.join(' ');
      const text = `عنوان\nوصل ${phrase} الرئيس أمس.\nهذه ${phrase} كبيرة.`;
      assert.ok(await has(text, phrase, HONORIFIC), phrase);
      if (h.needsTitle) assert.ok(await hasNone(text, phrase, HONORIFIC, SCOPE, 1), `${phrase} without a title`);
    }
  });
});

/** A sentence in which `form` attributes, by its construction. */
function contextFor(form: string, c: Construction): string {
  const after: Record<Construction, string> = {
    'إلى': 'إلى أهمية المشروع',
    'ب': 'بالمشروع الجديد',
    'أن': 'أن المشروع ناجح',
    'على': 'على أهمية المشروع',
    'عن': 'عن المشروع',
    'من': 'من المخاطر',
    ':': ': «المشروع ناجح»',
    object: 'موقفه',
  };
  return `${form} ${after[c]}`;
}

describe('word level: reporting verbs, every form of the lexicon', () => {
  for (const v of VERBS) {
    it(`${v.lemma} (${v.gloss}): past, present, participle${v.masdar ? ', verbal noun' : ''}, with proclitics و ف س`, async () => {
      const excluded = new Set(v.exclude ?? []);
      const c = v.takes[0];
      const lines: Array<[string, string]> = [];
      for (const f of generateForms(v)) {
        if (excluded.has(f.form)) continue;
        // يذكر أن "it is worth mentioning that" is a formula, not an attribution (uses.ts)
        if (v.lemma === 'ذكر' && f.slot === 'pres:ي|' && c === 'أن') continue;
        if (f.kind === 'past' || f.kind === 'present') {
          for (const p of f.kind === 'present' ? ['', 'و', 'ف', 'وس'] : ['', 'و', 'ف']) lines.push([p + f.form, `ثم ${contextFor(p + f.form, c)}.`]);
        } else if (f.kind === 'participle') {
          lines.push([f.form, `وقال ذلك، ${contextFor(f.form, c === 'object' ? 'أن' : c)}.`]);
        } else {
          lines.push([f.form, `وفي ${contextFor(f.form, c)}.`]);
        }
      }
      const text = 'عنوان\n' + lines.map((l) => l[1]).join('\n');
      const toks = await tokenize(text, WORDS);
      const missing: string[] = [];
      lines.forEach(([word, line], k) => {
        const at = line.indexOf(word);
        const covered = toks.filter((t) => t.line === k + 2 && t.start < at + word.length && t.end > at);
        if (!covered.every((t) => t.scopes.includes(VERB)) || covered[0].start !== at) missing.push(word);
      });
      assert.deepEqual(missing, []);
    });
  }
  it('diacritics and tatweel inside a verb, and the proclitic scoped apart', async () => {
    const text = 'عنوان\nوأَشَـارَ الوزير إلى المشروع.';
    const s = await scopesOf(text, 'وأَشَـارَ');
    assert.ok(s.every((x) => x.includes(VERB)));
    assert.ok(s[0].includes('meta.reporting-verb.proclitic.arabic-news'));
    assert.ok(!s[1].includes('meta.reporting-verb.proclitic.arabic-news'));
  });
  it('words that only look like verbs are left alone', async () => {
    const text = [
      'عنوان',
      'وتبين أن المبنى خال، ويذكر أن الميناء قديم، ولم يحدث ذلك أبدا.',
      'الطريق بين المدينتين طويل، وجرى فحص كشف الحساب.',
      'وقالت مصادر مؤكدة أن الأمر انتهى، وهي معلومات مفيدة للسكان عند معبر رفح.',
      'وكانت متابعة المشروع مستمرة.',
    ].join('\n');
    for (const w of ['وتبين', 'ويذكر', 'أبدا', 'بين', 'كشف', 'مؤكدة', 'مفيدة', 'معبر', 'متابعة']) {
      assert.ok(await hasNone(text, w, VERB), w);
    }
  });
  it('a present verb after لم/لن/لا is no attribution, as the engine reads it: with marks, tatweel and any spaces between', async () => {
    const text = ['عنوان', 'لم يعلن الوزير أن الخطة جاهزة.', 'ولَمْ يُعلن المصدر أن الخطة جاهزة.', 'ولن  يقول الوزير إن الخطة جاهزة.', 'فلـا يذكر المصدر أن الخطة جاهزة.', 'وقال المصدر إن الوزير يعلن أن الخطة جاهزة.'].join('\n');
    for (const w of ['يعلن', 'يُعلن', 'يقول', 'يذكر']) assert.ok(await hasNone(text, w, VERB), w);
    // not after لم … but after another word ending in those letters (علم، سلا) nor after the word itself
    assert.ok(await has(text, 'يعلن', VERB, WORDS, 1), 'يعلن after الوزير');
    const other = 'عنوان\nوفي العالم يعلن الوزير أن الخطة جاهزة.';
    assert.ok(await has(other, 'يعلن', VERB), 'after العالم');
  });
  it('an ambiguous verb counts with its construction up to four tokens on', async () => {
    const text = 'عنوان\nوبين الوزير في كلمته أن الخطة جاهزة.\nوكشف المصدر عن تفاصيل.';
    assert.ok(await has(text, 'وبين', VERB));
    assert.ok(await has(text, 'وكشف', VERB));
  });
});

/** Word starts of reporting-verb tokens in a tokenised text (absolute offsets). */
function verbStarts(text: string, toks: readonly Tok[]): Set<number> {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const out = new Set<number>();
  let prevEnd = -1;
  for (const t of toks) {
    if (!t.scopes.includes(VERB)) continue;
    const s = lineStarts[t.line - 1] + t.start;
    if (s !== prevEnd) out.add(s); // a proclitic token and its verb are one word
    prevEnd = lineStarts[t.line - 1] + t.end;
  }
  return out;
}

/** Reporting-verb uses outside quotations, as the engine finds them. */
function engineStarts(text: string): Set<number> {
  return new Set(
    findVerbUses(analyse(text, 'arabic-news'))
      .filter((u) => !u.inQuote)
      .map((u) => u.wordStart),
  );
}

describe('word level: agreement with the engine (findVerbUses)', () => {
  it('the sample article: exactly the verbs the engine finds', async () => {
    const text = sampleArticle().replace(/\r\n?/g, '\n');
    const engine = engineStarts(text);
    assert.ok(engine.size >= 9, 'the sample article attributes at least nine times');
    assert.deepEqual([...verbStarts(text, await tokenize(text, WORDS))].sort((a, b) => a - b), [...engine].sort((a, b) => a - b));
  });
  it('the SaudiNewsNet articles: the grammar finds ≥ 98% of the engine’s uses, and ≤ 3% others', async () => {
    let both = 0;
    let engineOnly = 0;
    let grammarOnly = 0;
    for (const [, raw] of saudiArticles()) {
      const text = raw.replace(/\r\n?/g, '\n');
      const engine = engineStarts(text);
      const grammar = verbStarts(text, await tokenize(text, WORDS));
      for (const o of engine) if (grammar.has(o)) both++;
      else engineOnly++;
      for (const o of grammar) if (!engine.has(o)) grammarOnly++;
    }
    assert.ok(both > 300, `${both} uses in common`);
    assert.ok(both / (both + engineOnly) >= 0.98, `recall ${both}/${both + engineOnly}`);
    assert.ok(grammarOnly / (both + grammarOnly) <= 0.03, `extra ${grammarOnly}/${both + grammarOnly}`);
  });
});

// VS Code's editor lays a line out as one span per token, each bidi-isolated and placed left
// to right, and vscode-textmate does not merge equal-style tokens on lines with right-to-left
// text: so any token boundary inside an Arabic line scrambles its word order on screen
// (test/ui/run.mjs measures it). Every Arabic line must be exactly one token.

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

/** Arabic lines of a text that the grammar cuts into more than one token (ours, in Markdown). */
async function splitArabicLines(text: string, scope: string): Promise<string[]> {
  const toks = await tokenize(text, scope);
  const bad: string[] = [];
  text.split(/\r?\n/).forEach((line, k) => {
    if (!ARABIC_LETTER.test(line)) return;
    const onLine = toks.filter((t) => t.line === k + 1);
    if (scope === MARKDOWN_SCOPE) {
      // Markdown's own tokens are VS Code's business: none of ours may appear
      for (const t of onLine) if (t.scopes.some((x) => x.endsWith('.arabic-news'))) bad.push(`line ${k + 1}: ${t.scopes.join(' ')}`);
    } else if (onLine.length !== 1) {
      bad.push(`line ${k + 1} in ${onLine.length} tokens: ${onLine.map((t) => JSON.stringify(t.text)).join(' | ')}`);
    }
  });
  return bad;
}

describe('every Arabic line is one token', () => {
  for (const fx of fixtures()) {
    const skip = fx.scope === MARKDOWN_SCOPE ? NO_MARKDOWN : false;
    it(fx.name, { skip }, async () => {
      const text = readFileSync(fx.file, 'utf8');
      assert.ok(text.split(/\r?\n/).filter((l) => ARABIC_LETTER.test(l)).length >= 3, 'the fixture has Arabic lines');
      assert.deepEqual(await splitArabicLines(text, fx.scope), []);
    });
  }
  it('the sample article as a .khabar draft', async () => {
    assert.deepEqual(await splitArabicLines(sampleArticle().replace(/\r\n?/g, '\n'), SCOPE), []);
  });
  it('the check fails on the word-level grammar (it splits lines at verbs, titles, numbers)', async () => {
    assert.ok((await splitArabicLines(sampleArticle().replace(/\r\n?/g, '\n'), WORDS)).length > 5);
  });
});

describe("the README's opt-in colours (editor.tokenColorCustomizations)", () => {
  it('colour the whole lines they name', async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const block = /```jsonc\n("editor\.tokenColorCustomizations"[\s\S]*?)\n```/.exec(readme);
    assert.ok(block, 'README has the ready-to-paste example');
    const rules = (parseJsonc(`{${block![1]}}`) as { 'editor.tokenColorCustomizations': { textMateRules: Array<{ scope: string | string[]; settings: Record<string, string> }> } })[
      'editor.tokenColorCustomizations'
    ].textMateRules;
    const reg = new vsctm.Registry({
      onigLib: loadOnig(),
      loadGrammar: async (sc) => (sc === SCOPE ? vsctm.parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE) : null),
      theme: { settings: [{ settings: { foreground: '#D4D4D4', background: '#1E1E1E' } }, ...rules] },
    });
    const grammar = (await reg.loadGrammar(SCOPE))!;
    const colours = reg.getColorMap();
    const text = 'عنوان الخبر\nكتب: منى فؤاد\nالقاهرة - أشار الوزير إلى المشروع.\nوقال الوزير إن العمل بدأ.';
    let state = vsctm.INITIAL;
    const fgs: string[][] = [];
    for (const line of text.split('\n')) {
      const r = grammar.tokenizeLine2(line, state);
      state = r.ruleStack;
      const out: string[] = [];
      // the foreground bits of vscode-textmate's token metadata
      for (let i = 1; i < r.tokens.length; i += 2) out.push(colours[(r.tokens[i] & 0xff8000) >>> 15].toUpperCase());
      fgs.push(out);
    }
    const colourOf = (scope: string): string | undefined => {
      const rule = rules.find((r) => (Array.isArray(r.scope) ? r.scope : [r.scope]).includes(scope));
      return rule?.settings.foreground?.toUpperCase();
    };
    assert.ok(colourOf('meta.dateline.arabic-news') && colourOf('meta.byline.arabic-news'), 'the example colours the dateline and byline lines');
    assert.deepEqual(fgs[1], [colourOf('meta.byline.arabic-news')]);
    assert.deepEqual(fgs[2], [colourOf('meta.dateline.arabic-news')]);
    assert.deepEqual(fgs[3], ['#D4D4D4']);
  });
});
