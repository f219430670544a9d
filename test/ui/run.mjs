// UI tests: the PACKAGED extension (.vsix, installed with `code-server --install-extension`)
// used the way an editor uses it, through the keyboard, in code-server driven by Chromium:
// Ctrl+P opens the sample draft, a squiggle appears under a scrape leftover, the status bar
// counts the findings, Ctrl+. then Enter applies the fix, Ctrl+S saves, the file on disk
// changed. Saves a screenshot of Arabic text in the editor to test-results/ui-editor.png.
// "Mudaqqiq: style report" from the command palette opens the report of the sample article
// beside it; its numbers (read from the webview's frame) equal those the CLI computes from the
// same file (`check --format json` and the data block of `report`), a click on a finding in the
// report selects that finding in the draft (test-results/ui-report.png).
//
// Named screenshots (editor with squiggles, quick fix menu, Problems panel, style report,
// template quick pick) go to test-results/ui-<name>.png, and also to
// $MUDAQQIQ_SCREENSHOTS_DIR/<name>.png when that is set (`npm run screenshots` sets it to
// docs/images for the README). The browser's viewport is 1280×800.
//
// Writes {passed, failed, skipped, failures} to $MUDAQQIQ_COUNT_FILE (test/run.mjs reads it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  codeServerCli,
  ensureTools,
  freePort,
  launchBrowser,
  makeProfile,
  root,
  startCodeServer,
} from '../../scripts/lib/code-server.mjs';
import { sharedDir } from '../editor/workspace.mjs';
import { createSuite } from '../lib/suite-runner.mjs';

const STEP_TIMEOUT_MS = Number(process.env.MUDAQQIQ_UI_STEP_TIMEOUT_MS ?? 45_000);
const LEFTOVER = 'زر الذهاب إلى الأعلى';
const suite = createSuite('ui');
const { counts } = suite;
const resultsDir = join(root, 'test-results');
const screenshotsDir = process.env.MUDAQQIQ_SCREENSHOTS_DIR ? resolve(root, process.env.MUDAQQIQ_SCREENSHOTS_DIR) : undefined;
const VIEWPORT = { width: 1280, height: 800 };

let blocked; // the first failed step: later steps depend on it and are skipped
const failedSteps = new Set();
/**
 * Run one bounded step. By default a step needs every step before it; `needs` names the only
 * steps it depends on instead (so a failure elsewhere does not hide its result).
 */
async function step(name, fn, { timeoutMs = STEP_TIMEOUT_MS, needs } = {}) {
  const missing = needs ? needs.find((n) => failedSteps.has(n)) : blocked;
  if (missing) {
    counts.skipped++;
    console.log(`  - ${name} (skipped: “${missing}” failed)`);
    return;
  }
  const started = Date.now();
  let timer;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
    counts.passed++;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    counts.failed++;
    counts.failures.push(`${name}: ${String(e?.message ?? e).split('\n')[0]}`);
    console.log(`  ✗ ${name}\n      ${String(e?.stack ?? e).replace(/\n/g, '\n      ')}`);
    failedSteps.add(name);
    blocked ??= name;
  } finally {
    clearTimeout(timer);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/**
 * A named screenshot of the page (or of `clip`): test-results/ui-<name>.png, and
 * $MUDAQQIQ_SCREENSHOTS_DIR/<name>.png when set. Returns the test-results path.
 */
async function shot(page, name) {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `ui-${name}.png`);
  await page.screenshot({ path: file });
  if (screenshotsDir) {
    mkdirSync(screenshotsDir, { recursive: true });
    copyFileSync(file, join(screenshotsDir, `${name}.png`));
  }
  assert(existsSync(file), `screenshot ${file} written`);
  return file;
}

/** Build the production bundles and package them the way `npm run package` does, into `dir`. */
function packageVsix(dir) {
  const b = spawnSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('production build failed');
  const vsix = join(dir, 'mudaqqiq.vsix');
  const p = spawnSync(join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '-o', vsix], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (p.status !== 0 || !existsSync(vsix)) throw new Error(`vsce package failed:\n${p.stdout}\n${p.stderr}`);
  return vsix;
}

/** The CLI's findings for a file (JSON output): the reference the editor is checked against. */
function cliFindings(file) {
  return cliCheck(file).flatMap((f) => f.findings);
}

/** `mudaqqiq check --format json FILE`: one entry per file. */
function cliCheck(file) {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  return Array.isArray(out) ? out : out.files ?? [out];
}

/** The report data `mudaqqiq report` embeds in its HTML page (the JSON data block) for one file. */
function cliReportData(file) {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'report', '-o', '-', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const m = /<script type="application\/json" id="mudaqqiq-report-data">([\s\S]*?)<\/script>/.exec(r.stdout);
  assert(m, `mudaqqiq report wrote a page with its data block (exit ${r.status}: ${r.stderr.slice(0, 300)})`);
  return JSON.parse(m[1]);
}

/** Run a command by its palette title: Ctrl+Shift+P, the title, Enter. */
async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/** `text` with the CLI's preferred fix of the finding on `what` applied. */
function withPreferredFix(text, findings, what) {
  const f = findings.find((x) => x.text?.includes(what) || text.slice(x.offset, x.offset + x.length).includes(what));
  assert(f, `the CLI reports a finding on «${what}»`);
  const fix = f.fixes.find((x) => x.preferred);
  assert(fix, `the finding on «${what}» has a preferred fix`);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  return out;
}

/** Open a workspace file the way a person does: Ctrl+P, its name, Enter. */
async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: 15_000 });
}

/**
 * Where the first letter of each of `words` sits on screen (x of its centre), on the editor
 * row that shows `needle`. Words read right to left when these x positions decrease.
 */
async function wordPositions(page, needle, words) {
  return page.evaluate(
    ([needle, words]) => {
      const ed = document.querySelector('.editor-instance .monaco-editor');
      const row = [...ed.querySelectorAll('.view-line')].find((l) => l.textContent.replace(/\s/g, ' ').includes(needle));
      if (!row) return { error: `no editor row shows «${needle}»` };
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push([n, text.length]);
        text += n.data;
      }
      text = text.replace(/\s/g, ' ');
      const xs = [];
      let from = 0;
      for (const w of words) {
        const i = text.indexOf(w, from);
        if (i < 0) return { error: `«${w}» not found after offset ${from} in «${text}»` };
        from = i + w.length;
        const [node, start] = nodes.filter(([, st]) => st <= i).pop();
        const r = document.createRange();
        r.setStart(node, i - start);
        r.setEnd(node, i - start + 1);
        const rect = r.getBoundingClientRect();
        xs.push(Math.round(rect.left + rect.width / 2));
      }
      return { xs };
    },
    [needle, words],
  );
}

async function expectRightToLeft(page, needle, words, shot) {
  const r = await wordPositions(page, needle, words);
  assert(!r.error, r.error);
  const ok = r.xs.every((x, i) => i === 0 || x < r.xs[i - 1]);
  if (!ok) {
    mkdirSync(resultsDir, { recursive: true });
    await page.locator('.editor-instance').first().screenshot({ path: join(resultsDir, shot) }).catch(() => {});
  }
  assert(ok, `«${words.join(' ')}» is not laid out right to left on screen (x of each word: ${r.xs.join(', ')}); see test-results/${shot}`);
}

async function main() {
  ensureTools();
  const base = mkdtempSync(join(tmpdir(), 'mudaqqiq-ui-'));
  // Runs last: the throwaway folders go when every step passed, and stay for a look otherwise.
  suite.onCleanup(() => counts.failed === 0 && rmSync(base, { recursive: true, force: true }));
  const ws = join(base, 'ws');
  mkdirSync(ws);
  const draft = join(ws, 'sample.khabar');
  copyFileSync(join(sharedDir(), 'docs', 'sample-article.txt'), draft);
  const original = readFileSync(draft, 'utf8');
  // A plain-text draft (no grammar colouring) whose first line has a tatweel finding.
  writeFileSync(join(ws, 'tatweel.txt'), 'وأشـــار طلعت إلى التعاون المصرى الصينى فى مجال الاتصالات.\n\nأكد الوزير أن المشروع سينتهي قريبا.\n');
  assert(original.includes(LEFTOVER), `the sample article still ends with «${LEFTOVER}»`);
  // The style report's draft: the sample article untouched by the fix steps.
  const reportDraft = join(ws, 'report.khabar');
  copyFileSync(join(sharedDir(), 'docs', 'sample-article.txt'), reportDraft);

  const vsix = packageVsix(base);
  const findings = cliFindings(draft);
  const expectedCount = findings.length;
  const expectedAfterFix = withPreferredFix(original, findings, LEFTOVER);
  console.log(`[ui] packaged ${vsix}; the CLI finds ${expectedCount} findings in the draft`);
  const profile = makeProfile(join(base, 'profile'));
  codeServerCli(['--install-extension', vsix], profile);
  const port = await freePort();
  const server = await startCodeServer({ profile, port, logFile: join(base, 'code-server.log') });
  suite.onCleanup(() => server.stop());
  console.log(`[ui] code-server ${server.url} (pgid ${server.pid}), workspace ${ws}`);

  const browser = await launchBrowser({ viewport: VIEWPORT });
  suite.onCleanup(() => browser.close());
  const { page } = browser;
  const editor = page.locator('.editor-instance .monaco-editor').first();

  try {
    await step('the workbench loads with the draft folder open', async () => {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
      await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
      await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'visible' });
    });

    await step('Ctrl+P opens the sample draft and its Arabic text shows', async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 } }).catch(() => {});
      const t0 = Date.now();
      const lap = (what) => console.log(`    ${what} after ${Date.now() - t0} ms`);
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      lap('quick open visible');
      await input.fill('sample.khabar');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'sample.khabar' }).first().waitFor({ state: 'visible' });
      lap('file listed');
      await page.keyboard.press('Enter');
      await editor.locator('.view-lines').filter({ hasText: 'طلعت' }).waitFor({ state: 'visible' });
      lap('draft shown');
    });

    await step(`a squiggle appears under the scrape leftover «${LEFTOVER}»`, async () => {
      // Bring the last lines into view, then match the squiggle's overlay row to the text row.
      await editor.click({ position: { x: 200, y: 40 } });
      await page.keyboard.press('Control+End');
      const line = editor.locator('.view-line', { hasText: LEFTOVER });
      await line.waitFor({ state: 'visible' });
      await page.waitForFunction(
        (text) => {
          const ed = document.querySelector('.editor-instance .monaco-editor');
          // Monaco renders spaces as no-break spaces: compare with those folded.
          const row = [...ed.querySelectorAll('.view-line')].find((l) => l.textContent.replace(/\s/g, ' ').includes(text));
          if (!row) return false;
          return [...ed.querySelectorAll('.view-overlays > div')].some(
            (o) => o.style.top === row.style.top && o.querySelector('.squiggly-warning, .squiggly-error, .squiggly-info'),
          );
        },
        LEFTOVER,
        { polling: 100 },
      );
    });

    await step('the status bar counts the findings of the active draft', async () => {
      const item = page.locator('.statusbar-item', { hasText: 'مدقق' });
      await item.first().waitFor({ state: 'visible' });
      await page.waitForFunction(
        (n) => [...document.querySelectorAll('.statusbar-item')].some((e) => new RegExp(`مدقق\\s*${n}\\b`).test(e.textContent)),
        expectedCount,
        { polling: 100 },
      ).catch(async () => {
        throw new Error(`status bar shows «${(await item.first().textContent())?.trim()}», expected «مدقق ${expectedCount}» (the CLI's count)`);
      });
    });

    await step('Ctrl+Shift+M shows the findings in the Problems panel', async () => {
      await editor.click({ position: { x: 200, y: 40 } });
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.first().waitFor({ state: 'visible' });
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'scrape-leftover' }).first().waitFor({ state: 'visible' });
      await shot(page, 'problems');
      await page.keyboard.press('Control+Shift+M'); // toggle it closed again
    });

    await step('Ctrl+. then Enter on the leftover applies the fix', async () => {
      await editor.locator('.view-line', { hasText: LEFTOVER }).click();
      await page.keyboard.press('Home');
      await page.keyboard.press('Control+.');
      const items = page.locator('.action-widget .monaco-list-row.action');
      await items.first().waitFor({ state: 'visible' });
      const focused = (await page.locator('.action-widget .monaco-list-row.action.focused').first().textContent())?.trim();
      console.log(`    quick fix menu: ${(await items.allTextContents()).map((t) => t.trim()).join(' | ')}; focused: ${focused}`);
      await shot(page, 'quick-fix');
      await page.keyboard.press('Enter');
      // The line is gone from the editor (no-break spaces folded as above) while the text before it stays.
      await page.waitForFunction(
        ([gone, kept]) => {
          const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].map((l) => l.textContent.replace(/\s/g, ' '));
          return lines.some((l) => l.includes(kept)) && !lines.some((l) => l.includes(gone));
        },
        [LEFTOVER, 'اظهر المزيد'],
        { polling: 100 },
      );
    });

    await step('Ctrl+S saves, and the file on disk is the original with that one fix applied', async () => {
      await page.keyboard.press('Control+S');
      // Poll until the saved text is complete: a read can land in the middle of the write.
      const deadline = Date.now() + 15_000;
      let now = original;
      while (Date.now() < deadline && (now = readFileSync(draft, 'utf8')) !== expectedAfterFix) await new Promise((r) => setTimeout(r, 100));
      assert(now !== original, 'the file on disk changed');
      assert(!now.includes(LEFTOVER), `«${LEFTOVER}» is gone from the file`);
      assert(now === expectedAfterFix, `the file equals the original with the CLI's preferred fix for «${LEFTOVER}» applied`);
    });

    await step('screenshot of the editor with Arabic text (test-results/ui-editor.png)', async () => {
      await page.keyboard.press('Control+Home');
      await editor.locator('.view-line', { hasText: 'طلعت' }).first().waitFor({ state: 'visible' });
      await editor.locator('.squiggly-warning, .squiggly-info').first().waitFor({ state: 'visible' });
      await page.waitForTimeout(500); // let the squiggles settle after the edit
      await shot(page, 'editor');
    });
    // What a person sees: Arabic words in right-to-left order. VS Code lays a line out as one
    // span per colour or inline decoration, each isolated and placed left to right, so
    // colouring inside an Arabic line scrambles its word order. Checked on screen.
    const WORKBENCH = 'the workbench loads with the draft folder open';
    await step(
      'a plain-text Arabic line with a finding on a tatweel still reads right to left',
      async () => {
        await quickOpen(page, 'tatweel.txt');
        await editor.locator('.view-line', { hasText: 'طلعت إلى التعاون' }).waitFor({ state: 'visible' });
        await editor.locator('.squiggly-warning').first().waitFor({ state: 'visible' });
        await expectRightToLeft(page, 'طلعت إلى التعاون', ['وأشـــار', 'طلعت', 'إلى', 'التعاون'], 'ui-rtl-tatweel.png');
      },
      { needs: [WORKBENCH] },
    );
    // sample.khabar in front, scrolled to its top (where its reporting verbs' lines are)
    const sampleAtTop = async () => {
      await page.locator('.tabs-container .tab', { hasText: 'sample.khabar' }).first().click();
      await page.locator('.tabs-container .tab.active', { hasText: 'sample.khabar' }).first().waitFor({ state: 'visible' });
      await editor.click({ position: { x: 200, y: 40 } });
      await page.keyboard.press('Control+Home');
      await editor.locator('.view-line', { hasText: 'وأشاد طلعت' }).waitFor({ state: 'visible' });
    };
    // the sample's lines that open with a reporting verb, and their first words in reading order
    const verbLinesRightToLeft = async (shotName) => {
      await expectRightToLeft(page, 'وأشاد طلعت', ['وأشاد', 'طلعت', 'بعمق', 'العلاقات'], shotName);
      await expectRightToLeft(page, 'وأشار طلعت إلى', ['وأشار', 'طلعت', 'إلى', 'التعاون'], shotName);
    };
    await step(
      'lines of the .khabar draft read right to left on screen',
      async () => {
        await sampleAtTop();
        await expectRightToLeft(page, 'طلعت يبحث مع', ['طلعت', 'يبحث', 'مع', 'سفير'], 'ui-rtl-khabar.png');
        await verbLinesRightToLeft('ui-rtl-khabar.png');
      },
      { needs: [WORKBENCH] },
    );

    // Reporting verbs highlighted with a background: the verbs are marked, and the lines still
    // read right to left (a decoration that styled the text itself would cut the line into
    // spans and VS Code would reorder its Arabic words).
    await step(
      'highlighting the reporting verbs keeps the Arabic lines right to left (test-results/ui-verbs.png)',
      async () => {
        await sampleAtTop();
        const before = await editor.locator('[class*="ced-"]').count();
        await runCommand(page, 'Mudaqqiq: Highlight reporting verbs (on/off)');
        let after = before;
        for (let i = 0; i < 50 && after <= before; i++) {
          await page.waitForTimeout(100);
          after = await editor.locator('[class*="ced-"]').count();
        }
        assert(after > before, `the verbs get decorations (decorated elements ${before} → ${after})`);
        await verbLinesRightToLeft('ui-verbs.png');
        await shot(page, 'verbs');
        await runCommand(page, 'Mudaqqiq: Highlight reporting verbs (on/off)');
      },
      { needs: [WORKBENCH] },
    );

    // The style report, checked against the CLI on the same file.
    const OPEN_REPORT = 'the command palette opens «Mudaqqiq: Style report» beside the sample article';
    const REPORT_NUMBERS = "the report's numbers equal the CLI's (check --format json and the report's data)";
    // The webview: an outer iframe of the workbench holding the page's own frame.
    const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await step(
      OPEN_REPORT,
      async () => {
        await quickOpen(page, 'report.khabar');
        await editor.locator('.view-lines').filter({ hasText: 'طلعت' }).waitFor({ state: 'visible' });
        await editor.locator('.squiggly-warning, .squiggly-info').first().waitFor({ state: 'visible' });
        await runCommand(page, 'Mudaqqiq: Style report');
        await page.locator('.tabs-container .tab', { hasText: 'report.khabar' }).filter({ hasText: /Style report|تقرير الأسلوب/ }).first().waitFor({ state: 'visible' });
        await report.locator('section.draft table.rules').waitFor({ state: 'visible' });
      },
      { needs: [WORKBENCH] },
    );
    await step(
      REPORT_NUMBERS,
      async () => {
        const [check] = cliCheck(reportDraft);
        const data = cliReportData(reportDraft).drafts[0];
        const f = check.findings;
        assert(f.length > 0, 'the CLI finds something in the sample article');
        // What the webview shows: the cards (label → number) and the rule and verb tables.
        const cards = async (i) =>
          report.locator('section.draft ul.cards').nth(i).locator('li').evaluateAll((lis) =>
            lis.map((li) => [li.lastChild.textContent.trim(), li.querySelector('.value').textContent.trim()]),
          );
        const reading = Object.fromEntries(await cards(0));
        const findingCards = Object.fromEntries(await cards(1));
        const rules = Object.fromEntries(
          await report.locator('table.rules tbody tr').evaluateAll((trs) =>
            trs.map((tr) => [tr.querySelector('code').textContent.trim(), tr.querySelector('td.num').textContent.trim()]),
          ),
        );
        const verbs = Object.fromEntries(
          await report.locator('table.verbs tbody tr').evaluateAll((trs) =>
            trs.map((tr) => [tr.id.replace(/^d\d+-verb-/, ''), tr.querySelector('td.num').textContent.trim()]),
          ),
        );
        console.log(`    webview: reading ${JSON.stringify(reading)}; findings ${JSON.stringify(findingCards)}; rules ${JSON.stringify(rules)}; verbs ${JSON.stringify(verbs)}`);

        const bySeverity = { error: 0, warning: 0, info: 0, hint: 0 };
        for (const x of f) bySeverity[x.severity]++;
        const fixable = f.filter((x) => x.fixes.some((y) => y.preferred)).length;
        const perRule = {};
        for (const x of f) perRule[x.ruleId] = (perRule[x.ruleId] ?? 0) + 1;
        const eq = (what, shown, expected) => assert(shown === String(expected), `${what}: the webview shows ${shown}, the CLI says ${expected}`);
        eq('findings', findingCards['الملاحظات'], f.length);
        eq('warnings', findingCards['تحذير'], check.warningCount);
        eq('warnings counted from the findings', findingCards['تحذير'], bySeverity.warning);
        eq('infos', findingCards['معلومة'], check.infoCount);
        eq('errors', findingCards['خطأ'] ?? '0', check.errorCount);
        eq('hints', findingCards['تلميح'] ?? '0', check.hintCount);
        eq('fixable', findingCards['قابلة للإصلاح التلقائي'], fixable);
        eq('fixable (the CLI’s count)', findingCards['قابلة للإصلاح التلقائي'], check.fixableCount);
        assert(
          JSON.stringify(Object.keys(rules).sort()) === JSON.stringify(Object.keys(perRule).sort()),
          `rules in the webview (${Object.keys(rules).sort()}) are the rules the CLI reports (${Object.keys(perRule).sort()})`,
        );
        for (const [id, n] of Object.entries(perRule)) eq(`findings of ${id}`, rules[id], n);
        eq('words', reading['الكلمات'], data.length.words);
        eq('sentences', reading['الجمل'], data.length.sentences);
        eq('paragraphs', reading['الفقرات'], data.length.paragraphs);
        eq('mean sentence length', reading['متوسط طول الجملة (كلمة)'], data.length.meanSentenceLength);
        assert(data.findings.total === f.length, `the CLI's report and check agree on the number of findings (${data.findings.total}, ${f.length})`);
        assert(data.verbs.lemmas.length > 0, 'the CLI finds reporting verbs in the sample article');
        assert(Object.keys(verbs).length === data.verbs.lemmas.length, `the webview lists ${Object.keys(verbs).length} reporting verbs, the CLI ${data.verbs.lemmas.length}`);
        for (const v of data.verbs.lemmas) eq(`uses of ${v.lemma}`, verbs[v.lemma], v.count);
      },
      { needs: [OPEN_REPORT] },
    );
    await step(
      'screenshot of the style report beside the draft (test-results/ui-report.png)',
      async () => {
        await report.locator('section.draft h3').first().waitFor({ state: 'visible' });
        // Ctrl+B closes the side bar so the draft and its report share the window.
        if (await page.locator('.part.sidebar').isVisible()) {
          await page.keyboard.press('Control+B');
          await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
        }
        await page.waitForTimeout(300);
        await shot(page, 'report');
      },
      { needs: [OPEN_REPORT] },
    );
    await step(
      'a click on a finding in the report selects it in the draft',
      async () => {
        const f = cliCheck(reportDraft)[0].findings;
        // The first rule's row: open its list, click its first finding.
        const row = report.locator('table.rules tbody tr').first();
        await row.locator('summary').click();
        const item = row.locator('a.item').first();
        await item.waitFor({ state: 'visible' });
        const start = Number(await item.getAttribute('data-start'));
        const end = Number(await item.getAttribute('data-end'));
        const finding = f.find((x) => x.offset === start && x.offset + x.length === end);
        assert(finding, `the clicked item (${start}–${end}) is a finding the CLI reports`);
        await item.click();
        // The active editor's selection, as the status bar shows it: "Ln L, Col C (N selected)".
        const expected = `Ln ${finding.endLine}, Col ${finding.endColumn} (${finding.length} selected)`;
        const status = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
        await page
          .waitForFunction((want) => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent.trim() === want), expected, { polling: 100, timeout: 15_000 })
          .catch(async () => {
            throw new Error(`status bar shows «${(await status.textContent())?.trim()}», expected «${expected}» (${finding.ruleId} at ${finding.line}:${finding.column})`);
          });
        const selected = await page.evaluate(() => document.querySelectorAll('.editor-instance .monaco-editor .selected-text').length);
        assert(selected > 0, 'the editor shows a selection');
        console.log(`    clicked ${finding.ruleId} «${finding.text}»: ${expected}`);
      },
      { needs: [REPORT_NUMBERS] },
    );
    await step(
      'the command palette opens the template quick pick (Arabic labels)',
      async () => {
        await editor.click({ position: { x: 200, y: 40 } });
        await runCommand(page, 'Mudaqqiq: Insert article template');
        // The palette's rows give way to the templates' (the first is breaking news).
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'خبر عاجل' }).first().waitFor({ state: 'visible' });
        const labels = (await page.locator('.quick-input-list .monaco-list-row').allTextContents()).map((t) => t.trim());
        assert(labels.length >= 7, `the quick pick lists the seven built-in templates (it shows: ${labels.join(' | ')})`);
        await shot(page, 'template');
        await page.keyboard.press('Escape');
      },
      { needs: [OPEN_REPORT] },
    );
    await step('the command palette runs «Check all drafts in the workspace» under a notification, which then says what it found', async () => {
      await runCommand(page, 'Mudaqqiq: Check all drafts in the workspace');
      // the summary the client shows when the server's check ends (the progress itself may be over too fast to see)
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Workspace check:' }).first();
      await toast.waitFor({ state: 'visible' });
      const text = (await toast.textContent())?.trim() ?? '';
      assert(/Workspace check: \d+ drafts checked, \d+ findings in \d+ of them/.test(text), `the summary toast reads «${text}»`);
      console.log(`    ${text.slice(0, 120)}`);
    });
  } finally {
    if (counts.failed > 0) {
      mkdirSync(resultsDir, { recursive: true });
      await page.screenshot({ path: join(resultsDir, 'ui-failure.png') }).catch(() => {});
      console.log(`[ui] failure screenshot: ${join(resultsDir, 'ui-failure.png')}; code-server log: ${join(base, 'code-server.log')}`);
    }
  }
}

await suite.run(main);
