// `mudaqqiq report`: the built CLI writes one self-contained HTML report for many drafts,
// and its numbers are those of `mudaqqiq --format json` (per rule) and of findVerbUses.

import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine';
import { findVerbUses } from '../../server/src/engine/rules/reporting-verbs/uses';
import { sampleArticle } from '../lib/corpus';
import { countsByRule, embeddedData, reportCountsByRule, runCli, tempDir } from './helpers';

const MADE_UP = 'عنوان الخبر\nالقاهرة - قال الوزير إن ٢٠٢٤ عام مهم، وأضاف أن 20١٩ كان صعبا.\n\nوأشار الوزير إلى أن الخطة جاهزة، مشيرا إلى أن التنفيذ يبدأ غدا.\n';

describe('mudaqqiq report', () => {
  const dir = tempDir({
    'drafts/sample-article.txt': sampleArticle(),
    'drafts/made-up.khabar': MADE_UP,
    'drafts/notes/with-names.md': '# لقاء\n\nالتقى الدكتور عمرو طلعت السفير، وقال عمر طلعت إن التعاون مستمر.\n',
    '.mudaqqiq.json': JSON.stringify({ names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت'] }] }),
  });

  it('writes one HTML report for a folder of drafts; its numbers are those of --format json and findVerbUses', () => {
    const r = runCli(['report', 'drafts', '-o', 'report.html'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /report\.html/);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    const data = embeddedData(html);
    const json = JSON.parse(runCli(['drafts', '--format', 'json'], dir).stdout) as Array<{ file: string; findings: Array<{ ruleId: string }> }>;
    assert.deepEqual(
      data.drafts.map((d) => d.display),
      json.map((f) => f.file),
      'the same drafts, in the same order',
    );
    assert.equal(data.drafts.length, 3);
    for (const [i, f] of json.entries()) {
      const d = data.drafts[i];
      assert.deepEqual(reportCountsByRule(d), countsByRule(f.findings), `${f.file}: findings per rule`);
      assert.equal(d.findings.total, f.findings.length);
      const text = readFileSync(join(dir, f.file), 'utf8');
      const uses = findVerbUses(analyse(text, d.language));
      const byLemma: Record<string, number> = {};
      for (const u of uses) byLemma[u.match.lemma] = (byLemma[u.match.lemma] ?? 0) + 1;
      assert.deepEqual(Object.fromEntries(d.verbs.lemmas.map((v) => [v.lemma, v.count])), byLemma, `${f.file}: verbs`);
    }
    const sample = data.drafts.find((d) => d.display.endsWith('sample-article.txt'))!;
    assert.ok(sample.findings.total > 0);
    assert.equal(sample.verbs.lemmas[0].lemma, 'أشار');
    // the totals add up and the page is the self-contained RTL page
    assert.equal(data.totals.findings, json.reduce((n, f) => n + f.findings.length, 0));
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    assert.ok(![...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].some((m) => /http/i.test(m[1])), 'no http in src/href');
    // one summary row per draft, linking to its section
    for (const d of data.drafts) assert.ok(html.includes(`<a href="#draft-${d.index}"><bdi>${d.display}</bdi></a>`));
  });

  it('a report written over an earlier one keeps its mode, and through a symbolic link keeps the link', () => {
    writeFileSync(join(dir, 'kept.html'), 'old');
    chmodSync(join(dir, 'kept.html'), 0o640);
    symlinkSync('kept.html', join(dir, 'link.html'));
    for (const out of ['kept.html', 'link.html']) {
      const r = runCli(['report', 'drafts/made-up.khabar', '-o', out], dir);
      assert.equal(r.code, 0, r.stderr);
    }
    assert.equal(statSync(join(dir, 'kept.html')).mode & 0o777, 0o640);
    assert.ok(lstatSync(join(dir, 'link.html')).isSymbolicLink(), 'still a link');
    assert.match(readFileSync(join(dir, 'kept.html'), 'utf8'), /<html lang="ar" dir="rtl">/);
  });

  it('uses the house style: its names list and --rule overrides', () => {
    const r = runCli(['report', 'drafts/notes', '-o', '-', '--rule', 'category:reporting-verbs=off'], dir);
    assert.equal(r.code, 0, r.stderr);
    const d = embeddedData(r.stdout).drafts[0];
    const amr = d.names!.find((n) => n.canonical === 'عمرو طلعت')!;
    assert.deepEqual(amr.spellings.map((s) => [s.text, s.misspelt]).sort(), [
      ['عمر طلعت', true],
      ['عمرو طلعت', false],
    ]);
    assert.ok(!d.findings.categories.some((c) => c.category === 'reporting-verbs'));
    assert.ok(d.findings.categories.some((c) => c.category === 'names'), 'name-spelling fires on عمر طلعت');
    assert.ok(d.verbs.total >= 1, 'the verb count is not a finding: it stays');
  });

  it('--no-text leaves the drafts out of the page; --digits arabic-indic writes ٠-٩', () => {
    const r = runCli(['report', 'drafts/made-up.khabar', '-o', '-', '--no-text', '--digits', 'arabic-indic'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes('<pre class="draft-text"'));
    const words = embeddedData(r.stdout).drafts[0].length.words;
    const indic = (n: number) => String(n).replace(/\d/g, (c) => String.fromCharCode(0x660 + +c));
    assert.ok(r.stdout.includes(`<span class="value">${indic(words)}</span>`));
    // the totals under the title too, counted as Arabic counts: one draft, N words (3-10: plural)
    const findings = embeddedData(r.stdout).drafts[0].findings.total;
    const subtitle = /<p class="subtitle">([^<]*)<\/p>/.exec(r.stdout)?.[1] ?? r.stdout;
    const count = (n: number, one: string, two: string, few: string, many: string) =>
      n === 1 ? one : n === 2 ? two : `${indic(n)} ${n % 100 >= 3 && n % 100 <= 10 ? few : many}`;
    const totals = [count(1, 'مسودة واحدة', 'مسودتان', 'مسودات', 'مسودة'), count(words, 'كلمة واحدة', 'كلمتان', 'كلمات', 'كلمة'), count(findings, 'ملاحظة واحدة', 'ملاحظتان', 'ملاحظات', 'ملاحظة')];
    assert.ok(subtitle.endsWith(` — ${totals.join('، ')}`), subtitle);
    assert.ok(!/[0-9]/.test(subtitle), `no Western digit in the subtitle: ${subtitle}`);
  });

  it('reads standard input', () => {
    const r = runCli(['report', '-', '-o', '-', '--stdin-filename', 'draft.khabar'], dir, MADE_UP);
    assert.equal(r.code, 0, r.stderr);
    const d = embeddedData(r.stdout).drafts[0];
    assert.equal(d.display, 'draft.khabar');
    assert.equal(d.language, 'arabic-news');
  });

  it('usage problems exit 2 with a clear message, and write nothing', () => {
    for (const [args, msg] of [
      [['report', 'drafts', '--fix'], /--fix/],
      [['report', 'drafts', '--format', 'json'], /--format/],
      [['report', 'drafts', '-o'], /-o/],
      [['report', 'drafts', '--digits', 'roman'], /roman/],
      [['report', 'drafts', '--bogus'], /--bogus/],
    ] as Array<[string[], RegExp]>) {
      const r = runCli([...args, '--lang', 'en'], dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, msg);
      assert.match(r.stderr, /^mudaqqiq report: /);
    }
    assert.ok(!existsSync(join(dir, 'mudaqqiq-report.html')));
  });

  it('a missing input is reported, the others still make the report (exit 2); nothing readable, no report', () => {
    const r = runCli(['report', 'drafts/made-up.khabar', 'nope.txt', '-o', 'partial.html', '--lang', 'en'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.txt/);
    assert.equal(embeddedData(readFileSync(join(dir, 'partial.html'), 'utf8')).drafts.length, 1);
    const none = runCli(['report', 'nope.txt', '-o', 'none.html', '--lang', 'en'], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no report written/);
    assert.ok(!existsSync(join(dir, 'none.html')));
  });

  it('an output that cannot be written is an error, not a crash', () => {
    const r = runCli(['report', 'drafts/made-up.khabar', '-o', 'no/such/folder/r.html', '--lang', 'en'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /could not be written \(ENOENT\)/);
    const asDir = runCli(['report', 'drafts/made-up.khabar', '-o', 'drafts', '--lang', 'en'], dir);
    assert.equal(asDir.code, 2);
    assert.match(asDir.stderr, /EISDIR/);
  });

  it('has its own help, in Arabic by default', () => {
    const ar = runCli(['report', '--help'], dir);
    assert.equal(ar.code, 0);
    assert.match(ar.stdout, /تقرير الأسلوب/);
    const en = runCli(['report', '--help', '--lang', 'en'], dir);
    assert.match(en.stdout, /-o, --output PATH/);
  });
});
