// Shared by the issue-9 parts of the bench (names, textlint, lsp, cli): the same generated
// documents as bench/run.mjs (real paragraphs of ../shared, read at run time, never written
// into the repository), the deterministic names list, house-style folders, timing helpers.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, '.bench');
export const tmpDir = join(outDir, 'tmp');
export const quick = process.argv.includes('--quick');

export const SIZES = [
  { name: '10 KB', bytes: 10 * 1024 },
  { name: '100 KB', bytes: 100 * 1024 },
  { name: '1 MB', bytes: 1024 * 1024 },
  { name: '5 MB', bytes: 5 * 1024 * 1024 },
];

export function sharedDir() {
  const dir = process.env.MUDAQQIQ_SHARED ?? resolve(root, '..', 'shared');
  if (!existsSync(join(dir, 'docs', 'sample-article.txt'))) {
    throw new Error(`shared folder not found at ${dir}: set MUDAQQIQ_SHARED to the folder holding docs/ and corpus/`);
  }
  return dir;
}

/** The SaudiNewsNet articles (file-name order), then the sample article: as bench/run.mjs reads them. */
export function articles() {
  const shared = sharedDir();
  const dir = join(shared, 'corpus', 'articles', 'saudinewsnet');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  texts.push(readFileSync(join(shared, 'docs', 'sample-article.txt'), 'utf8'));
  return texts;
}

let paraCache;
/** Every non-blank paragraph, in order (the same list bench/run.mjs builds). */
export function paragraphs() {
  if (paraCache) return paraCache;
  const out = [];
  for (const t of articles()) for (const p of t.split(/\n\s*\n/)) if (p.trim()) out.push(p.replace(/\s+$/, ''));
  return (paraCache = out);
}

/** A document of about `bytes` UTF-8 bytes: paragraphs in order, cycling (bench/run.mjs's makeDocument). */
export function makeDocument(bytes, paras = paragraphs()) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paras[i % paras.length];
    parts.push(p);
    size += Buffer.byteLength(p, 'utf8') + 2;
  }
  return parts.join('\n\n') + '\n';
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const fmt = (x, d = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : String(x));
export const mark = (ok) => (ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED');

export function freshDir(name) {
  const d = join(tmpDir, name);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
  return d;
}

// ---------------------------------------------------------------------------------------
// The names list.

const ARABIC_WORD = /[\u0621-\u064A]+/g;

/** Letters folded the way a reader would not notice (alef forms, yeh/alef maqsura, teh marbuta/heh). */
function looseFold(w) {
  return w.replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
}

/** A deterministic misspelling of a name word: a long vowel dropped or added inside it. */
function respell(w) {
  for (const v of ['ا', 'و', 'ي']) {
    const i = w.indexOf(v, 1);
    if (i > 0 && i < w.length - 1) return w.slice(0, i) + w.slice(i + 1);
  }
  return w.slice(0, w.length - 1) + 'ي' + w.slice(w.length - 1);
}

/**
 * The bench's names list, deterministic: `count` entries built from
 * ../shared/corpus/names/wikidata_en_ar_name_tokens_CC0.tsv.
 *
 * - The first HITS entries are single-word names that DO occur in the corpus articles (most
 *   frequent in Wikidata first, four letters or more, no article ال): their corpus spelling is
 *   listed as the wrong variant and a respelling as the canonical form, so every use in the
 *   documents is a finding, for Mudaqqiq and for textlint+prh alike.
 * - The rest are two-word names (first + last) made of tokens that do NOT occur in the corpus,
 *   each with one misspelt variant: they never match, so a check costs the same whether the
 *   list holds 100 names or 100,000 (what the measurement shows, or not).
 */
export const HITS = 100;
export function namesList(count) {
  const tsv = readFileSync(join(sharedDir(), 'corpus', 'names', 'wikidata_en_ar_name_tokens_CC0.tsv'), 'utf8');
  const tokens = [];
  const seen = new Set();
  for (const line of tsv.split('\n')) {
    const [en, ar, n] = line.split('\t');
    if (!en || !ar) continue;
    const word = ar.replace(/\s+/g, '');
    if (!/^[\u0621-\u064A]{2,}$/.test(word) || seen.has(word)) continue;
    seen.add(word);
    tokens.push({ word, count: Number(n) || 0 });
  }
  const inCorpus = new Set();
  for (const t of articles()) {
    for (const m of t.matchAll(ARABIC_WORD)) {
      // the word, and the word without the proclitics the engine looks through (و ف ب ل ك, ال)
      const w = looseFold(m[0]);
      inCorpus.add(w);
      const a = w.replace(/^[وف]/, '');
      for (const x of [a, a.replace(/^[بلك]/, ''), a.replace(/^(ال|لل|بال|كال)/, '')]) inCorpus.add(x);
    }
  }
  const hits = tokens
    .filter((t) => t.word.length >= 4 && !t.word.startsWith('ال') && inCorpus.has(looseFold(t.word)) && !inCorpus.has(looseFold(respell(t.word))))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, Math.min(HITS + 10, count));
  const entries = [];
  const used = new Set();
  for (const t of hits) {
    if (entries.length >= Math.min(HITS, count)) break;
    const canonical = respell(t.word);
    if (used.has(canonical)) continue;
    used.add(canonical);
    entries.push({ canonical, variants: [t.word] });
  }
  const cold = tokens.filter((t) => t.word.length >= 3 && !inCorpus.has(looseFold(t.word)) && !inCorpus.has(looseFold(respell(t.word))));
  const n = cold.length;
  // first name i, last name (i * 7919 + k) mod n: a fixed walk through the pairs
  for (let i = 0, k = 0; entries.length < count; i++) {
    const a = cold[i % n].word;
    const b = cold[(i * 7919 + 13 + k) % n].word;
    if (i % n === n - 1) k++;
    if (a === b) continue;
    const canonical = `${a} ${b}`;
    if (used.has(canonical)) continue;
    used.add(canonical);
    entries.push({ canonical, variants: [`${a} ${respell(b)}`] });
  }
  return entries;
}

export function namesTsv(entries) {
  return 'canonical\tvariants\n' + entries.map((e) => `${e.canonical}\t${e.variants.join('|')}`).join('\n') + '\n';
}

/** The prh dictionary of the same list (textlint-rule-prh's YAML). */
export function prhYaml(entries) {
  const q = (s) => JSON.stringify(s); // JSON strings are YAML strings
  const lines = ['version: 1', 'rules:'];
  for (const e of entries) {
    lines.push(`  - expected: ${q(e.canonical)}`, '    patterns:');
    for (const v of e.variants) lines.push(`      - ${q(v)}`);
  }
  return lines.join('\n') + '\n';
}

/** A folder with a house-style file whose names list is `entries` (names.tsv beside it). */
export function houseStyleFolder(name, entries, extra = {}) {
  const d = freshDir(name);
  writeFileSync(join(d, 'names.tsv'), namesTsv(entries));
  writeFileSync(join(d, '.mudaqqiq.json'), JSON.stringify({ namesFiles: ['names.tsv'], ...extra }, null, 2) + '\n');
  return d;
}

// ---------------------------------------------------------------------------------------
// Processes.

/** Run a command to its end under /usr/bin/time: wall ms, CPU ms (user + system), peak RSS MB, exit code, output. */
export function timed(cmd, args, opts = {}) {
  const useTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', '\u0001%M %U %S', cmd, ...args], { ...opts, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { ...opts, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t0;
  let stderr = r.stderr ?? '';
  let maxRssMB = NaN;
  let cpuMs = NaN;
  if (useTime) {
    const i = stderr.lastIndexOf('\u0001');
    if (i >= 0) {
      const [rss, user, sys] = stderr.slice(i + 1).trim().split(' ').map(Number);
      maxRssMB = rss / 1024;
      cpuMs = (user + sys) * 1000;
      stderr = stderr.slice(0, i);
    }
  }
  return { wallMs, cpuMs, maxRssMB, code: r.status, stdout: r.stdout ?? '', stderr, error: r.error };
}

export { spawn };

export function ensureCli() {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js not found: build first (node esbuild.mjs)');
  return cli;
}

/** The cold start's figure with node's own start beside it (and without NODE_EXTRA_CA_CERTS when the environment sets it). */
export function coldStartText(c) {
  const w = c.withoutExtraCaCerts;
  return `${fmt(c.medianMs)} ms (median of ${c.spawns}; node alone ${fmt(c.nodeMedianMs)} ms)${w ? `; without this environment's NODE_EXTRA_CA_CERTS, which makes node parse its root certificates at every start: ${fmt(w.medianMs)} ms (node alone ${fmt(w.nodeMedianMs)} ms)` : ''}`;
}
