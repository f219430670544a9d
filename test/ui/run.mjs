// UI tests: the PACKAGED extension (.vsix, installed with `code-server --install-extension`)
// used the way an editor uses it, through the keyboard, in code-server driven by Chromium:
// Ctrl+P opens the sample draft, a squiggle appears under a scrape leftover, the status bar
// counts the findings, Ctrl+. then Enter applies the fix, Ctrl+S saves, the file on disk
// changed. Saves a screenshot of Arabic text in the editor to test-results/ui-editor.png.
//
// Writes {passed, failed, skipped, failures} to $MUDAQQIQ_COUNT_FILE (test/run.mjs reads it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const STEP_TIMEOUT_MS = Number(process.env.MUDAQQIQ_UI_STEP_TIMEOUT_MS ?? 45_000);
const LEFTOVER = 'زر الذهاب إلى الأعلى';
const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
const cleanups = [];
const resultsDir = join(root, 'test-results');

function writeCounts() {
  const file = process.env.MUDAQQIQ_COUNT_FILE;
  if (file) writeFileSync(file, JSON.stringify(counts));
}

async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (e) {
      console.error('[ui] cleanup:', e?.message ?? e);
    }
  }
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    counts.failed++;
    counts.failures.push(`interrupted by ${sig}`);
    writeCounts();
    await cleanup();
    process.exit(130);
  });
}

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
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', file], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  return (Array.isArray(out) ? out : out.files ?? [out]).flatMap((f) => f.findings);
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
  cleanups.push(() => counts.failed === 0 && rmSync(base, { recursive: true, force: true }));
  const ws = join(base, 'ws');
  mkdirSync(ws);
  const draft = join(ws, 'sample.khabar');
  copyFileSync(join(sharedDir(), 'docs', 'sample-article.txt'), draft);
  const original = readFileSync(draft, 'utf8');
  // A plain-text draft (no grammar colouring) whose first line has a tatweel finding.
  writeFileSync(join(ws, 'tatweel.txt'), 'وأشـــار طلعت إلى التعاون المصرى الصينى فى مجال الاتصالات.\n\nأكد الوزير أن المشروع سينتهي قريبا.\n');
  assert(original.includes(LEFTOVER), `the sample article still ends with «${LEFTOVER}»`);

  const vsix = packageVsix(base);
  const findings = cliFindings(draft);
  const expectedCount = findings.length;
  const expectedAfterFix = withPreferredFix(original, findings, LEFTOVER);
  console.log(`[ui] packaged ${vsix}; the CLI finds ${expectedCount} findings in the draft`);
  const profile = makeProfile(join(base, 'profile'));
  codeServerCli(['--install-extension', vsix], profile);
  const port = await freePort();
  const server = await startCodeServer({ profile, port, logFile: join(base, 'code-server.log') });
  cleanups.push(() => server.stop());
  console.log(`[ui] code-server ${server.url} (pgid ${server.pid}), workspace ${ws}`);

  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
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
      mkdirSync(resultsDir, { recursive: true });
      await page.keyboard.press('Control+Home');
      await editor.locator('.view-line', { hasText: 'طلعت' }).first().waitFor({ state: 'visible' });
      await page.waitForTimeout(500); // let the squiggles settle after the edit
      await page.screenshot({ path: join(resultsDir, 'ui-editor.png') });
      assert(existsSync(join(resultsDir, 'ui-editor.png')), 'screenshot written');
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
    await step(
      'lines of the .khabar draft read right to left on screen',
      async () => {
        await page.locator('.tabs-container .tab', { hasText: 'sample.khabar' }).first().click();
        await page.locator('.tabs-container .tab.active', { hasText: 'sample.khabar' }).first().waitFor({ state: 'visible' });
        await editor.click({ position: { x: 200, y: 40 } });
        await page.keyboard.press('Control+Home');
        await editor.locator('.view-line', { hasText: 'وأشاد طلعت' }).waitFor({ state: 'visible' });
        await expectRightToLeft(page, 'طلعت يبحث مع', ['طلعت', 'يبحث', 'مع', 'سفير'], 'ui-rtl-khabar.png');
        await expectRightToLeft(page, 'وأشاد طلعت', ['وأشاد', 'طلعت', 'بعمق', 'العلاقات'], 'ui-rtl-khabar.png');
        await expectRightToLeft(page, 'وأشار طلعت إلى', ['وأشار', 'طلعت', 'إلى', 'التعاون'], 'ui-rtl-khabar.png');
      },
      { needs: [WORKBENCH] },
    );
  } finally {
    if (counts.failed > 0) {
      mkdirSync(resultsDir, { recursive: true });
      await page.screenshot({ path: join(resultsDir, 'ui-failure.png') }).catch(() => {});
      console.log(`[ui] failure screenshot: ${join(resultsDir, 'ui-failure.png')}; code-server log: ${join(base, 'code-server.log')}`);
    }
  }
}

try {
  await main();
} catch (e) {
  counts.failed++;
  counts.failures.push(`UI suite could not run: ${e?.message ?? e}`);
  console.error(e);
} finally {
  await cleanup();
  writeCounts();
  console.log(`[ui] ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
}
process.exit(counts.failed > 0 ? 1 : 0);
