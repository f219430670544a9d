// The style report page: self-contained (no external resource, strict CSP whose hashes match
// the page's own style and script), Arabic right to left, everything escaped, items carrying
// their ranges, the draft text embedded offset for offset. Then the page in a real browser
// (Chromium through playwright-core): no CSP violation, clicking an item selects its text,
// light and dark themes; screenshots go to test-results/.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyse, lint } from '../../server/src/engine';
import { contentSecurityPolicy, renderReportHtml, REPORT_CSS, REPORT_SCRIPT, styleReport, type StyleReport } from '../../server/src/report';
import { repoRoot, sampleArticle } from '../lib/corpus';
import { embeddedData } from './helpers';

function build(drafts: Array<[string, string]>): { report: StyleReport; texts: string[] } {
  const texts = drafts.map((d) => d[1]);
  const report = styleReport(drafts.map(([display, text]) => ({ doc: analyse(text), findings: lint(text).findings, display })));
  return { report, texts };
}

const CRLF_DRAFT = 'عنوان الخبر\r\nالقاهرة - قال الوزير إن ۲۰۲۴ عام مهم،وأضاف أن الخطة جاهزة.\r\n\r\nوأشار إلى أن   التنفيذ يبدأ.';

function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'gi'))].map((m) => m[2] ?? m[3] ?? m[4]);
}

function unescapeHtml(s: string): string {
  return s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(+n)).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('report page', () => {
  const { report, texts } = build([
    ['sample-article.txt', sampleArticle()],
    ['crlf.txt', CRLF_DRAFT],
  ]);
  const html = renderReportHtml(report, { subtitle: 'اختبار' }, texts);

  it('is Arabic, right to left', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    assert.match(html, /<meta charset="utf-8">/);
  });

  it('loads nothing from anywhere: no URL in src/href, no <link>, no @import or url()', () => {
    for (const a of ['src', 'href', 'action', 'xlink:href', 'srcset', 'poster', 'data']) {
      for (const v of attributes(html, a)) assert.ok(!/^\s*(https?:|\/\/|file:|javascript:)/i.test(v), `${a}="${v}"`);
    }
    for (const v of attributes(html, 'href')) assert.ok(v.startsWith('#'), `href="${v}" is a fragment`);
    assert.equal(attributes(html, 'src').length, 0);
    assert.ok(!/<link\b/i.test(html) && !/<iframe\b/i.test(html) && !/<img\b/i.test(html));
    assert.ok(!/@import|url\(/i.test(REPORT_CSS));
    assert.ok(!/\bstyle\s*=/.test(html), 'no style attributes (a hash-based CSP would block them)');
    assert.ok(!/\son[a-z]+\s*=/.test(html), 'no inline event handlers');
  });

  it('has a strict CSP whose hashes are those of its own style and script', () => {
    const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.ok(m, 'a CSP meta');
    const csp = unescapeHtml(m![1]);
    assert.equal(csp, contentSecurityPolicy());
    assert.match(csp, /default-src 'none'/);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    assert.equal(style, REPORT_CSS);
    assert.equal(script, REPORT_SCRIPT);
    assert.ok(csp.includes(`style-src ${hash(style)}`), 'style hash');
    assert.ok(csp.includes(`script-src ${hash(script)}`), 'script hash');
    assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(csp));
    assert.equal((html.match(/<script>/g) ?? []).length, 1, 'one executable script');
  });

  it('embeds the report data and each draft text exactly (CR kept as &#13;)', () => {
    assert.deepEqual(embeddedData(html), JSON.parse(JSON.stringify(report)));
    texts.forEach((t, i) => {
      const m = new RegExp(`<pre class="draft-text" id="text-${i}" dir="auto">\\n([\\s\\S]*?)</pre>`).exec(html);
      assert.ok(m, `draft ${i} text`);
      assert.ok(!m![1].includes('\r'), 'no raw CR for the parser to fold');
      assert.equal(unescapeHtml(m![1]), t);
    });
  });

  it('gives every item its draft and range, covering the text it shows', () => {
    const items = [...html.matchAll(/<a class="item" href="#text-(\d+)" data-draft="(\d+)" data-start="(\d+)" data-end="(\d+)">([^<]*)<\/a>/g)];
    assert.ok(items.length > 50);
    for (const [, anchor, draft, s, e, shown] of items) {
      assert.equal(anchor, draft);
      const text = texts[+draft];
      assert.ok(+s <= +e && +e <= text.length);
      const slice = text.slice(+s, +e).replace(/\s+/g, ' ');
      const visible = unescapeHtml(shown);
      assert.ok(visible === slice || (visible.endsWith('…') && slice.startsWith(visible.slice(0, -1))), `${visible} ≠ ${slice}`);
    }
    // every finding, verb use and number of every draft is an item
    for (const d of report.drafts) {
      const n = d.findings.total + d.verbs.total + d.digits.reduce((k, x) => k + x.count, 0);
      assert.ok(items.filter((m) => +m[2] === d.index).length >= n, `draft ${d.index}: ${n} items`);
    }
  });

  it('shows the counts: each rule row and each verb row with its number', () => {
    for (const d of report.drafts) {
      for (const c of d.findings.categories) {
        for (const r of c.rules) {
          const row = new RegExp(`<tr id="d${d.index}-rule-${r.ruleId}">[\\s\\S]*?<td class="num">(\\d+)</td></tr>`).exec(html);
          assert.ok(row, `${r.ruleId} row`);
          assert.equal(+row![1], r.count);
        }
      }
      for (const v of d.verbs.lemmas) {
        const row = new RegExp(`<tr id="d${d.index}-verb-${v.lemma}">[\\s\\S]*?<td class="num">(\\d+)</td></tr>`).exec(html);
        assert.equal(+row![1], v.count, v.lemma);
      }
    }
    assert.ok(html.includes('<svg class="chart"'), 'SVG charts');
  });

  it('escapes every text it writes', () => {
    const evil = '<script>alert(1)</script> "quoted" & \'single\'';
    const b = build([[`<img src=x onerror=alert(1)>.txt`, `عنوان\n${evil}\nقال الوزير إن «<b>» مهم.`]]);
    const page = renderReportHtml(b.report, { title: '<title>', subtitle: '</p><script>' }, b.texts);
    assert.ok(!page.includes('<script>alert'));
    assert.ok(!page.includes('<img'));
    assert.ok(!page.includes('<b>'));
    assert.ok(!page.includes('</p><script>'));
    assert.equal((page.match(/<script>/g) ?? []).length, 1);
    assert.deepEqual(embeddedData(page).drafts[0].display, '<img src=x onerror=alert(1)>.txt');
  });

  it('a webview gets nonces instead of hashes, its cspSource, and may leave the script out', () => {
    const page = renderReportHtml(report, { nonce: 'abc123', cspSource: 'vscode-webview://x', script: false, includeText: false, embedData: false }, texts);
    const csp = unescapeHtml(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]);
    assert.match(csp, /style-src 'nonce-abc123' vscode-webview:\/\/x/);
    assert.match(csp, /script-src 'none'/);
    assert.match(page, /<style nonce="abc123">/);
    assert.ok(!page.includes('<script'));
    assert.ok(!page.includes('<pre class="draft-text"'));
    assert.ok(page.includes('data-start="'), 'items keep their ranges for the webview to post');
  });

  it('writes numbers in Arabic-Indic digits when asked', () => {
    const page = renderReportHtml(report, { digits: 'arabic-indic' }, texts);
    const words = report.drafts[0].length.words;
    const indic = String(words).replace(/\d/g, (d) => String.fromCharCode(0x660 + +d));
    assert.ok(page.includes(`<span class="value">${indic}</span>`));
  });
});

// ---------------------------------------------------------------- in a real browser

const CHROMIUM = process.env.MUDAQQIQ_CHROMIUM ?? '/usr/bin/chromium';
let playwright: typeof import('playwright-core') | undefined;
try {
  playwright = require('playwright-core');
} catch {
  playwright = undefined;
}
const NO_BROWSER = !playwright ? 'playwright-core is not installed' : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : false;

describe('report page in Chromium', { skip: NO_BROWSER }, () => {
  it('runs under its CSP, selects an item’s text on click, and follows light and dark themes', async () => {
    const { report, texts } = build([
      ['sample-article.txt', sampleArticle()],
      ['crlf.txt', CRLF_DRAFT],
    ]);
    const html = renderReportHtml(report, { subtitle: 'اختبار المتصفح' }, texts);
    const results = join(repoRoot, 'test-results');
    mkdirSync(results, { recursive: true });
    const file = join(results, 'report.html');
    writeFileSync(file, html);
    const browser = await playwright!.chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await page.addInitScript(
        "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
      );
      await page.goto('file://' + file);
      // (browser-side code as strings: the tests' TypeScript has no DOM library)
      assert.equal(await page.evaluate('getComputedStyle(document.body).direction'), 'rtl');
      assert.equal(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth'), true, 'nothing overflows the page sideways');
      await page.screenshot({ path: join(results, 'report-light.png'), fullPage: false });

      // the second draft (CRLF line ends, Persian digits): open its verbs and click أشار
      const d = report.drafts[1];
      const use = d.verbs.lemmas.find((v) => v.lemma === 'أشار')!.items[0];
      await page.locator(`#d1-verb-أشار summary`).click();
      await page.locator(`a.item[data-draft="1"][data-start="${use.start}"]`).click();
      assert.equal(await page.locator('mark.hit').textContent(), CRLF_DRAFT.slice(use.start, use.end));
      // a second click moves the mark and leaves the text as it was
      const digit = d.digits.find((x) => x.system === 'persian')!.items[0];
      const persian = page.locator('#draft-1 li > details').filter({ hasText: 'أرقام فارسية' });
      await persian.locator('summary').click();
      await persian.locator(`a.item[data-start="${digit.start}"]`).click();
      assert.equal(await page.locator('mark.hit').count(), 1);
      assert.equal(await page.locator('mark.hit').textContent(), '۲۰۲۴');
      assert.equal(await page.locator('#text-1').textContent(), CRLF_DRAFT);
      await page.screenshot({ path: join(results, 'report-click.png') });

      const light = await page.evaluate('getComputedStyle(document.body).backgroundColor');
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await page.evaluate('getComputedStyle(document.body).backgroundColor');
      assert.notEqual(light, dark);
      assert.equal(dark, 'rgb(13, 17, 23)');
      await page.screenshot({ path: join(results, 'report-dark.png') });

      assert.deepEqual(problems, []);
      assert.deepEqual(requests, []);
    } finally {
      await browser.close();
    }
  });
});
