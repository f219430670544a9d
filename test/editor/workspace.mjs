// The throwaway workspace the editor suite opens, made at test time:
//   <base>/ws/sample.khabar        a copy of ../shared/docs/sample-article.txt (one word given
//                                  a tatweel, so a certain fix exists whatever rules are on)
//   <base>/ws/draft.md             a short made-up Markdown draft
//   <base>/ws/article.khabar       the sample article unchanged
//   <base>/expected/sample.khabar  what `mudaqqiq --fix` (the CLI) makes of sample.khabar:
//                                  the editor's fix-all must produce the same text
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

export function sharedDir() {
  const dir = process.env.MUDAQQIQ_SHARED ?? resolve(root, '..', 'shared');
  if (!existsSync(join(dir, 'docs', 'sample-article.txt'))) {
    throw new Error(`shared folder not found at ${dir}: set MUDAQQIQ_SHARED to the folder holding docs/ and corpus/`);
  }
  return dir;
}

export const MARKDOWN_DRAFT = [
  '# مسودة اختبار',
  '',
  'أكـــد الوزير أن المشروع سينتهي قريبا.',
  '',
  '```',
  'أكـــد داخل كتلة شيفرة لا يُدقق',
  '```',
  '',
].join('\n');

export function makeWorkspace(base = mkdtempSync(join(tmpdir(), 'mudaqqiq-ws-'))) {
  const ws = join(base, 'ws');
  const expectedDir = join(base, 'expected');
  mkdirSync(ws, { recursive: true });
  mkdirSync(expectedDir, { recursive: true });
  const sample = readFileSync(join(sharedDir(), 'docs', 'sample-article.txt'), 'utf8');
  const withTatweel = sample.replace('وأشار طلعت إلى', 'وأشـــار طلعت إلى');
  if (withTatweel === sample) throw new Error('sample-article.txt no longer contains «وأشار طلعت إلى»: update test/editor/workspace.mjs');
  writeFileSync(join(ws, 'sample.khabar'), withTatweel);
  writeFileSync(join(ws, 'draft.md'), MARKDOWN_DRAFT);
  // The sample as it is, for the reporting-verbs, style-report and template tests (test/editor/suite/features.test.ts).
  writeFileSync(join(ws, 'article.khabar'), sample);

  // The CLI's --fix on a copy: the reference the editor's fix-all is compared with.
  const expected = join(expectedDir, 'sample.khabar');
  copyFileSync(join(ws, 'sample.khabar'), expected);
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (node esbuild.mjs)`);
  const r = spawnSync(process.execPath, [cli, '--fix', expected], { encoding: 'utf8' });
  if (r.status === 2 || r.error) throw new Error(`mudaqqiq --fix failed on the sample:\n${r.stdout}\n${r.stderr}`);
  return { base, ws, expected };
}
