// `npm run screenshots`: regenerates the README's screenshots (docs/images/*.png) from the UI
// tests, never by hand. Runs test/ui/run.mjs (the packaged extension in code-server, driven by
// Chromium at 1280×800) with MUDAQQIQ_SCREENSHOTS_DIR pointing at a throwaway folder; only when
// every UI step passed and every named screenshot was taken are they copied to docs/images.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const outDir = join(root, 'docs', 'images');
/** The screenshots the UI suite takes by name (test/ui/run.mjs `shot(page, name)`). */
const SCREENSHOTS = ['editor', 'quick-fix', 'problems', 'report', 'template', 'verbs'];

const tmp = mkdtempSync(join(tmpdir(), 'mudaqqiq-shots-'));
const countFile = join(tmp, 'counts.json');
const shots = join(tmp, 'images');
let status = 1;
try {
  const r = spawnSync(process.execPath, [join(root, 'test/ui/run.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUDAQQIQ_SCREENSHOTS_DIR: shots, MUDAQQIQ_COUNT_FILE: countFile },
  });
  const counts = existsSync(countFile) ? JSON.parse(readFileSync(countFile, 'utf8')) : undefined;
  const missing = SCREENSHOTS.filter((n) => !existsSync(join(shots, `${n}.png`)));
  if (r.status !== 0 || !counts || counts.failed > 0) {
    console.error(`[screenshots] the UI suite failed (exit ${r.status}); docs/images left as it was`);
  } else if (missing.length) {
    console.error(`[screenshots] the UI suite took no ${missing.map((n) => `${n}.png`).join(', ')}; docs/images left as it was`);
  } else {
    mkdirSync(outDir, { recursive: true });
    for (const n of SCREENSHOTS) {
      copyFileSync(join(shots, `${n}.png`), join(outDir, `${n}.png`));
      console.log(`[screenshots] docs/images/${n}.png (${Math.round(statSync(join(outDir, `${n}.png`)).size / 1024)} KB)`);
    }
    status = 0;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);
