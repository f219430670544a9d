// Access to ../shared (the corpus and docs). Read at test time, never copied into the repo.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');

export function sharedDir(): string {
  const dir = process.env.MUDAQQIQ_SHARED ?? resolve(repoRoot, '..', 'shared');
  if (!existsSync(join(dir, 'docs', 'sample-article.txt'))) {
    throw new Error(`shared folder not found at ${dir}: set MUDAQQIQ_SHARED to the folder holding docs/ and corpus/`);
  }
  return dir;
}

export function sampleArticle(): string {
  return readFileSync(join(sharedDir(), 'docs', 'sample-article.txt'), 'utf8');
}

/** The 130 clean SaudiNewsNet articles: [file name, text]. */
export function saudiArticles(): Array<[string, string]> {
  const dir = join(sharedDir(), 'corpus', 'articles', 'saudinewsnet');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}

/** Rows of a TSV file in the corpus, as objects keyed by the header row. */
export function corpusTsv(rel: string): Array<Record<string, string>> {
  const text = readFileSync(join(sharedDir(), 'corpus', rel), 'utf8');
  const [head, ...rows] = text.split('\n').filter((l) => l.length > 0);
  const cols = head.split('\t');
  return rows.map((r) => {
    const cells = r.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}
