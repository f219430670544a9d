// Soak: the built server over stdio (pull diagnostics, as VS Code uses it) with 20 documents
// open (one of them large enough for the server's checking thread) and 10,000 random
// incremental edits spread over them, with code actions (quick fixes
// and fix-all), hover, completion and diagnostic pulls interleaved. At the end every
// document's pulled diagnostics must equal a fresh engine check of its final text (same house
// style), and once the documents are closed the server's memory must be back near where it
// was when the documents were first checked: its JavaScript heap after a full collection
// (read through a preload that answers SIGUSR2), and its resident memory (VmRSS, from /proc)
// no longer growing from one round to the next (V8 keeps the pages of its high-water mark).
// Prints the edits sent, requests made, elapsed time and memory.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { draft, LANGUAGES, type Lang } from './arbitraries';
import { diagnosticKeys, findingKeys, houseStyleWorkspace, noNul, oracle, randomEdit, rssKb, toChange } from './protocol-helpers';
import { OFF_THREAD_CHARS } from '../../server/src/lsp/checker';
import { sampleArticle } from '../lib/corpus';
import { LspClient, PULL_CAPABILITIES, TextDocumentUri, buildServer } from '../protocol/lsp-client';
import { arabicDraft } from '../../server/src/engine/text/arabic';

const DOCS = 20;
const EDITS = Math.round(10_000 * Number(process.env.MUDAQQIQ_SOAK_SCALE ?? 1));
const EXT: Record<Lang, string> = { plaintext: 'txt', markdown: 'md', 'arabic-news': 'khabar' };
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/**
 * Preloaded into the server (NODE_OPTIONS=--require): on SIGUSR2 the main thread collects its
 * garbage twice and writes process.memoryUsage() to MUDAQQIQ_HEAP_FILE. The server itself is unchanged.
 */
const HEAP_HOOK = `const { isMainThread } = require('worker_threads');
if (isMainThread && process.env.MUDAQQIQ_HEAP_FILE) {
  const fs = require('fs');
  require('v8').setFlagsFromString('--expose-gc');
  const gc = require('vm').runInNewContext('gc');
  process.on('SIGUSR2', () => {
    gc(); gc();
    const f = process.env.MUDAQQIQ_HEAP_FILE;
    fs.writeFileSync(f + '.tmp', JSON.stringify(process.memoryUsage()));
    fs.renameSync(f + '.tmp', f);
  });
}
`;

/** The server's JavaScript heap in use after a full collection, in kB. */
async function heapKb(client: LspClient, file: string): Promise<number> {
  rmSync(file, { force: true });
  client.proc.kill('SIGUSR2');
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 25));
  assert.ok(existsSync(file), 'the server answered SIGUSR2 with its memory usage');
  return Math.round((JSON.parse(readFileSync(file, 'utf8')) as { heapUsed: number }).heapUsed / 1024);
}

describe('soak: 20 documents, 10,000 edits, requests in between', () => {
  let client: LspClient;
  let root: string;
  let heapFile: string;
  before(async () => {
    root = houseStyleWorkspace();
    const hook = join(root, 'heap-hook.cjs');
    heapFile = join(root, 'heap.json');
    writeFileSync(hook, HEAP_HOOK);
    // every finding published (not the 1,000 nearest the last edit): they are compared with the engine's
    client = await LspClient.startWith(buildServer(), {
      root,
      capabilities: PULL_CAPABILITIES,
      initializationOptions: { maxProblems: 1_000_000 },
      env: { NODE_OPTIONS: `--require ${JSON.stringify(hook)}`, MUDAQQIQ_HEAP_FILE: heapFile },
    });
  });
  after(async () => {
    await client?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('the final diagnostics equal a fresh check of the final texts, and memory levels off once the documents are closed', async () => {
    const pid = client.proc.pid!;
    const rssStart = rssKb(pid);
    const heapStart = await heapKb(client, heapFile);
    const heap = () => heapKb(client, heapFile);
    const seed = Number(process.env.MUDAQQIQ_FC_SEED ?? Date.now() % 1_000_000);
    const first = await round(client, root, EDITS, seed, 'a', true, heap);
    // a second, shorter round in the same server: memory kept after the first is reused, not added to
    const second = await round(client, root, Math.round(EDITS / 2), seed + 1, 'b', false, heap);
    console.log(
      `  soak: ${first.edits} edits over ${DOCS} documents (final sizes ${first.sizes}), ${first.requests} requests in between, ` +
        `${(first.editsMs / 1000).toFixed(1)} s for the edits, ${(first.ms / 1000).toFixed(1)} s with the final check (seed ${seed}); ${first.compared} final diagnostics equal to a fresh check; ` +
        `then ${second.edits} more edits on 20 new documents, ${second.compared} final diagnostics equal, ${(second.ms / 1000).toFixed(1)} s`,
    );
    console.log(
      `  server memory (VmRSS): ${mb(rssStart)} at start, ${mb(first.rssWarm)} once the documents were first checked, ${mb(first.peak)} at the peak, ` +
        `${mb(first.rssEnd)} after closing them; second round: peak ${mb(second.peak)}, ${mb(second.rssEnd)} after closing`,
    );
    console.log(
      `  server JavaScript heap after a full collection: ${mb(heapStart)} at start, ${mb(first.heapWarm)} once the documents were first checked (lexicon and house style loaded), ` +
        `${mb(first.heapEnd)} after the soak's documents were closed; second round: ${mb(second.heapWarm)} checked, ${mb(second.heapEnd)} after closing`,
    );
    assert.equal(client.exitCode, undefined, 'still running');
    assert.ok(first.compared > DOCS && second.compared > DOCS, 'there were findings to compare');
    // The first round fills bounded caches (lexicon candidates, folded words) and the V8 heap keeps its
    // high-water mark; a leak would keep growing with the second round's edits. RSS after closing
    // has been seen from 226 to 368 MB with the same 20 MB of JavaScript heap after a full
    // collection (the heap checks below are the exact ones): when the suite runs two files at once
    // the peak is higher, and V8 keeps more of it. So three times the warm level, not two.
    assert.ok(first.rssEnd < first.rssWarm * 3 + 64 * 1024, `memory after the soak: ${mb(first.rssWarm)} warm, ${mb(first.rssEnd)} after closing`);
    // RSS after closing depends on when V8 hands pages back: the first round's has been seen
    // anywhere from 221 to 356 MB on the same code, the second's from 259 to 302. So the
    // second round may end at the first's level plus a quarter, or at the first round's high-water
    // mark, whichever is higher; memory that leaked would have to go past both.
    const ceiling = Math.max(first.rssEnd * 1.25 + 16 * 1024, first.peak);
    assert.ok(second.rssEnd < ceiling, `memory kept growing: ${mb(first.rssEnd)} after the first round (peak ${mb(first.peak)}), ${mb(second.rssEnd)} after the second`);
    // What the server holds once the documents are closed: back near its level when they were
    // first checked (what remains is its bounded caches), and no more after a second round.
    assert.ok(first.heapEnd < first.heapWarm + 16 * 1024, `heap after the soak: ${mb(first.heapWarm)} warm, ${mb(first.heapEnd)} after closing`);
    assert.ok(second.heapEnd < first.heapEnd + 12 * 1024, `heap kept growing: ${mb(first.heapEnd)} after the first round, ${mb(second.heapEnd)} after the second`);
  });
});

interface RoundResult {
  edits: number;
  requests: number;
  compared: number;
  sizes: string;
  editsMs: number;
  ms: number;
  rssWarm: number;
  peak: number;
  rssEnd: number;
  heapWarm: number;
  heapEnd: number;
}

/** Open 20 generated documents, send `edits` random edits with requests in between, compare with the engine, close them. */
async function round(client: LspClient, root: string, edits: number, seed: number, tag: string, withLarge: boolean, heap: () => Promise<number>): Promise<RoundResult> {
  const pid = client.proc.pid!;
  const t0 = performance.now();
  const rand = fc.sample(fc.tuple(fc.nat(DOCS - 1), randomEdit, fc.nat(99)), { numRuns: edits, seed });
  const initial = fc.sample(fc.tuple(fc.constantFrom(...LANGUAGES), fc.array(draft(), { minLength: 2, maxLength: 6 })), { numRuns: DOCS, seed });
  const docs = initial.map(([language], i) => {
    const path = join(root, `soak-${tag}${i}.${EXT[language]}`);
    return { uri: TextDocumentUri(path), path, language, resultId: undefined as string | undefined };
  });
  // one large draft in the first round (over the server's 32K-character line for its checking thread): both paths soak
  const big = sampleArticle().repeat(Math.ceil(OFF_THREAD_CHARS / sampleArticle().length) + 1);
  const large = (i: number) => withLarge && i === 0;
  docs.forEach((d, i) => client.open(d.uri, d.language, (large(i) ? big : '') + noNul(initial[i][1].join('\n\n')), 1));

  const pull = async (d: (typeof docs)[number]): Promise<Diagnostic[] | undefined> => {
    const r = await client.request<{ kind: string; resultId?: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: d.uri }, previousResultId: d.resultId });
    d.resultId = r.resultId;
    return r.kind === 'full' ? r.items : undefined;
  };
  for (const d of docs) await pull(d); // first check: lexicon and house style loaded
  const rssWarm = rssKb(pid);
  const heapWarm = await heap();
  let peak = rssWarm;

  let requests = 0;
  let inFlight: Promise<unknown>[] = [];
  for (const [which, edit, roll] of rand) {
    const d = docs[which];
    // a large draft stays large: no whole-text replacement for it
    client.change(d.uri, [toChange(client.docs.get(d.uri)!, large(which) ? { ...edit, whole: false } : edit)]);
    // (requests on the large draft are fewer: each costs a whole check of it on the checking thread)
    if (large(which) ? roll < 3 : roll < 12) {
      requests++;
      const doc = client.docs.get(d.uri)!;
      const pos = doc.positionAt(Math.floor((((roll * 7919) % 1000) / 1000) * doc.getText().length));
      const range = { start: pos, end: pos };
      if (roll < 4) inFlight.push(pull(d));
      else if (roll < 7) inFlight.push(client.request('textDocument/codeAction', { textDocument: { uri: d.uri }, range, context: { diagnostics: [] } }));
      else if (roll < 8) inFlight.push(client.request('textDocument/codeAction', { textDocument: { uri: d.uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } }));
      else if (roll < 10) inFlight.push(client.request('textDocument/hover', { textDocument: { uri: d.uri }, position: pos }));
      else inFlight.push(client.request('textDocument/completion', { textDocument: { uri: d.uri }, position: pos }));
    }
    if (inFlight.length >= 16) {
      await Promise.all(inFlight);
      inFlight = [];
      peak = Math.max(peak, rssKb(pid));
    }
  }
  await Promise.all(inFlight);
  peak = Math.max(peak, rssKb(pid));
  const editsMs = performance.now() - t0;

  // every document: what the server says now is what the engine says of the final text
  let compared = 0;
  for (const d of docs) {
    const text = client.text(d.uri);
    d.resultId = undefined;
    const items = (await pull(d))!;
    // (a Markdown or text draft left with no Arabic letter is no Arabic draft: nothing published)
    const expected = text.includes('\u0000') ? ['notice:binary'] : !arabicDraft(d.language, text) ? [] : findingKeys(oracle(text, d.path, root, d.language));
    assert.deepEqual(diagnosticKeys(text, items), expected, `${d.path} after the soak (seed ${seed}, MUDAQQIQ_FC_SEED=${tag === 'a' ? seed : seed - 1} repeats it)`);
    compared += expected.length;
  }
  const lengths = docs.map((d) => client.text(d.uri).length).sort((a, b) => a - b);
  for (const d of docs) client.close(d.uri);
  // closing is a notification: a request after it is answered once the closes are handled
  await client.request('textDocument/hover', { textDocument: { uri: docs[0].uri }, position: { line: 0, character: 0 } });
  await new Promise((r) => setTimeout(r, 1500)); // let the collector run
  const heapEnd = await heap();
  return { edits, requests, compared, sizes: `${lengths[0]}–${lengths[lengths.length - (withLarge ? 2 : 1)]} characters${withLarge ? `, and a large one of ${lengths[lengths.length - 1]}` : ''}`, editsMs, ms: performance.now() - t0, rssWarm, peak, rssEnd: rssKb(pid), heapWarm, heapEnd };
}
