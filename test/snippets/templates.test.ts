// The article templates (snippets/arabic-news.code-snippets): valid snippet syntax, tab
// stops in reading order, closed sets as choice lists, a lead that answers who/what/where/when,
// and house style: filled with their defaults, the templates give the engine nothing to report.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lint } from '../../server/src/engine';
import { repoRoot } from '../lib/corpus';
import { allNodes, expandDefaults, parseSnippet, SnippetSyntaxError, tabStopOrder, type SnippetNode } from './snippet-syntax';

export const SNIPPETS_FILE = join(repoRoot, 'snippets', 'arabic-news.code-snippets');

interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

function loadSnippets(): Record<string, SnippetEntry> {
  const errors: ParseError[] = [];
  const json = parse(readFileSync(SNIPPETS_FILE, 'utf8'), errors, { allowTrailingComma: false, disallowComments: false });
  assert.deepEqual(errors.map((e) => `${printParseErrorCode(e.error)} at ${e.offset}`), [], 'the snippet file is not valid JSON');
  return json;
}

const ARABIC = /[\u0621-\u064a]/;
const CITY_CHOICE = (n: SnippetNode) => n.kind === 'choice' && n.options.includes('القاهرة') && n.options.includes('الرياض') && n.options.includes('بيروت');
const SECTION_CHOICE = (n: SnippetNode) => n.kind === 'choice' && n.options.includes('سياسة') && n.options.includes('اقتصاد');
const WHEN_CHOICE = (n: SnippetNode) => n.kind === 'choice' && n.options.includes('اليوم') && n.options.includes('أمس');
const DAY_CHOICE = (n: SnippetNode) => n.kind === 'choice' && n.options.includes('الأحد') && n.options.includes('السبت');

const REQUIRED = ['خبر عاجل', 'خبر', 'تصريح', 'بيان صحفي', 'لقاء', 'تقرير', 'حوار'];
/** Templates for a dated event: the lead says when. */
const DATED = ['خبر عاجل', 'خبر', 'تصريح', 'بيان صحفي', 'لقاء'];

const bodyOf = (s: SnippetEntry) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

describe('article templates', () => {
  const snippets = loadSnippets();
  const names = Object.keys(snippets);

  it('has the seven newsroom templates, each with Arabic prefixes and a description', () => {
    for (const r of REQUIRED) assert.ok(names.includes(r), `missing template ${r}`);
    assert.ok(names.length >= 7);
    const prefixes = new Set<string>();
    for (const [name, s] of Object.entries(snippets)) {
      const ps = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(ps.length > 0 && ps.every((p) => typeof p === 'string' && p.trim() === p && p.length > 0), `${name}: prefixes`);
      assert.ok(ARABIC.test(ps[0]), `${name}: the first prefix is Arabic`);
      for (const p of ps) {
        assert.ok(!prefixes.has(p), `${name}: prefix ${p} is used by another template`);
        prefixes.add(p);
      }
      assert.ok(typeof s.description === 'string' && ARABIC.test(s.description), `${name}: an Arabic description`);
      assert.ok(Array.isArray(s.body) || typeof s.body === 'string', `${name}: body`);
    }
  });

  for (const [name, s] of Object.entries(snippets)) {
    describe(name, () => {
      const body = bodyOf(s);

      it('is valid snippet syntax with tab stops numbered 1…N in reading order', () => {
        const nodes = parseSnippet(body);
        const order = tabStopOrder(nodes);
        assert.ok(order.length >= 3, 'a template has placeholders');
        assert.deepEqual(order, order.map((_, k) => k + 1), `tab stops in order of appearance: ${order.join(' ')}`);
        const all = allNodes(nodes);
        const finals = all.filter((n) => (n.kind === 'tabstop' || n.kind === 'placeholder' || n.kind === 'choice') && n.index === 0);
        assert.equal(finals.length, 1, 'exactly one final cursor position $0');
        // An index used twice keeps one default everywhere (VS Code mirrors the first).
        const defaults = new Map<number, string>();
        for (const n of all) {
          if (n.kind !== 'placeholder' && n.kind !== 'choice') continue;
          const d = n.kind === 'choice' ? `|${n.options.join(',')}|` : expandDefaults(n.children);
          if (defaults.has(n.index)) assert.equal(d, defaults.get(n.index), `tab stop ${n.index} has two different defaults`);
          else defaults.set(n.index, d);
        }
        for (const n of all) if (n.kind === 'tabstop' && n.index !== 0) assert.ok(defaults.has(n.index), `bare $${n.index} mirrors nothing`);
      });

      it('opens with a dateline whose city is a choice list, and sections are a choice list', () => {
        const nodes = parseSnippet(body);
        const all = allNodes(nodes);
        assert.ok(all.some(CITY_CHOICE), 'dateline cities as a choice');
        if (body.includes('القسم:')) assert.ok(all.some(SECTION_CHOICE), 'sections as a choice');
        // the lead: the first body line that starts with the city choice, followed by " - "
        const leadLine = body.split('\n').find((l) => l.startsWith('${') && l.includes('|القاهرة,') && / - /.test(l));
        assert.ok(leadLine, 'a dateline line "المدينة - …"');
        if (DATED.includes(name)) {
          const lead = allNodes(parseSnippet(leadLine));
          assert.ok(lead.some(WHEN_CHOICE) && lead.some(DAY_CHOICE), 'the lead says when (اليوم/أمس and the day)');
          assert.ok(lead.filter((n) => n.kind === 'placeholder' || n.kind === 'choice').length >= 4, 'the lead has who and what placeholders too');
        }
      });

      for (const languageId of ['arabic-news', 'markdown'] as const) {
        it(`filled with its defaults, gives no finding (${languageId})`, () => {
          const text = expandDefaults(parseSnippet(body));
          assert.ok(!text.includes('$'), 'every placeholder expanded');
          const { findings, faults } = lint(text, { languageId });
          assert.deepEqual(faults, []);
          assert.deepEqual(
            findings.map((f) => `${f.ruleId} «${text.slice(f.start, f.end)}»`),
            [],
            `template text:\n${text}`,
          );
        });
      }
    });
  }
});

describe('snippet syntax checker', () => {
  const bad: Array<[string, string]> = [
    ['${1:unterminated', 'unterminated'],
    ['text } stray', 'closes nothing'],
    ['price $ 5', 'starts no tab stop'],
    ['${1|a,,b|}', 'empty option'],
    ['${1|a,b}', 'unterminated choice'],
    ['${NOT_A_VARIABLE}', 'unknown variable'],
    ['${1/(.*)/$1/}', 'followed by'],
  ];
  for (const [body, why] of bad) {
    it(`rejects ${JSON.stringify(body)}`, () => {
      assert.throws(() => parseSnippet(body), (e: unknown) => e instanceof SnippetSyntaxError && e.message.includes(why));
    });
  }
  it('reads nested placeholders, choices, mirrors and escapes', () => {
    const nodes = parseSnippet('${1:قال ${2:المصدر}} \\$ ${3|أ,ب\\,ج|} $1 ${CURRENT_YEAR}$0');
    assert.deepEqual(tabStopOrder(nodes), [1, 2, 3]);
    assert.equal(expandDefaults(nodes, { CURRENT_YEAR: '2025' }), 'قال المصدر $ أ قال المصدر 2025');
    assert.deepEqual((allNodes(nodes).find((n) => n.kind === 'choice') as { options: string[] }).options, ['أ', 'ب,ج']);
  });
});
