// Bench part (issue 3, issue 9): the language server driven as an editor drives it.
// `node dist/server.js --stdio`, initialised with `debounceMs: 0` (and a maxFileSize above
// 5 MB), in a workspace whose house style loads the 100,000-name list. Measured:
//   - didOpen → publishDiagnostics at 10 KB, 100 KB, 1 MB, 5 MB
//   - one typed character (didChange, incremental) → publishDiagnostics for that version,
//     median over several keystrokes in the middle of the document, after some keys typed
//     first (their median printed apart) — targets ≤ 5 / 30 / 100 / 500 ms
//   - server RSS with the 1 MB draft open and the 100,000 names loaded, at rest (after the
//     threads' idle collection, server/src/lsp/idleGc.ts) and right after typing — target ≤ 100 MB
//   - hover and code-action latency (on the 10 KB draft, and on the 5 MB draft itself) while a
//     check of the 5 MB draft runs — target ≤ 20 ms
// Standalone: node bench/lsp.mjs [--quick]

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, makeDocument, mark, median, outDir, quick, root, SIZES } from './lib.mjs';
import { prepareNames } from './names.mjs';

/** How long the server's threads wait, idle, before they collect, and before they collect again for the young generation (read from the source, so the two cannot drift). */
const idleGcSource = readFileSync(join(root, 'server', 'src', 'lsp', 'idleGc.ts'), 'utf8');
const IDLE_GC_MS = Number(/IDLE_GC_MS = (\d+)/.exec(idleGcSource)[1]);
const SHRINK_GC_MS = Number(/SHRINK_GC_MS = (\d+)/.exec(idleGcSource)[1]);
/** How long RSS is watched after the last keystroke for the at-rest reading: past both waits, with time for the collections themselves. */
const REST_WINDOW_MS = Math.ceil((IDLE_GC_MS + SHRINK_GC_MS + 5000) / 500) * 500;

/** Keys typed (and timed apart) before the timed ones, by document size. */
const WARMUP_KEYS = { '10 KB': 40, '100 KB': 20, '1 MB': 5, '5 MB': 2 };

export const LSP_TARGETS = {
  keystrokeMs: { '10 KB': 5, '100 KB': 30, '1 MB': 100, '5 MB': 500 },
  rssMB: 100,
  requestWhileCheckingMs: 20,
};

/** A minimal LSP client over stdio (Content-Length framing). */
export class Client {
  constructor(serverJs, cwd, nodeArgs = [], env = {}) {
    const merged = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete merged[k];
    this.proc = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: merged });
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.buf = Buffer.alloc(0);
    this.stderr = '';
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    this.proc.stdout.on('data', (d) => this.onData(d));
  }
  onData(d) {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const h = this.buf.indexOf('\r\n\r\n');
      if (h < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, h).toString('ascii'));
      const len = Number(m[1]);
      if (this.buf.length < h + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(h + 4, h + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(h + 4 + len);
      this.onMessage(msg);
    }
  }
  onMessage(msg) {
    const now = performance.now();
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (p) p({ ...msg, at: now });
      return;
    }
    if (msg.id !== undefined && msg.method) {
      // a request from the server: answer what an editor would
      let result = null;
      if (msg.method === 'workspace/configuration') result = (msg.params?.items ?? []).map(() => null);
      this.write({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    for (const w of [...this.waiters]) {
      if (w.test(msg)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve({ msg, at: now });
      }
    }
  }
  write(obj) {
    const body = Buffer.from(JSON.stringify(obj), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }
  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }
  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }
  waitFor(test, timeoutMs = 600_000) {
    return new Promise((resolve, reject) => {
      const w = { test, resolve };
      this.waiters.push(w);
      setTimeout(() => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) {
          this.waiters.splice(i, 1);
          reject(new Error('timed out waiting for the server'));
        }
      }, timeoutMs).unref();
    });
  }
  diagnosticsFor(uri, version) {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version));
  }
  /** didOpen `text` (plain text, version 1); resolves with its diagnostics ({ msg, at }). */
  open(uri, text) {
    const wait = this.diagnosticsFor(uri, 1);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    return wait;
  }
  /** The k-th key of a run typed at `pos` (keyChar(k), after the k typed before it) as `version`; resolves with that version's diagnostics. */
  typeKey(uri, version, pos, k) {
    const wait = this.diagnosticsFor(uri, version);
    const p = { line: pos.line, character: pos.character + k };
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: p, end: p }, text: keyChar(k) }] });
    return wait;
  }
  async stop() {
    if (this.stopped) return;
    this.stopped = true;
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
      this.notify('exit', null);
    } catch {
      // gone already
    }
    setTimeout(() => this.proc.kill('SIGKILL'), 2000).unref();
  }
  /** CPU time the server process (all its threads) has used, in ms (/proc/PID/stat utime + stime). */
  cpuMs() {
    try {
      const f = readFileSync(`/proc/${this.proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks: 100 per second on Linux
    } catch {
      return NaN;
    }
  }
  rssMB() {
    try {
      const s = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      return { rss: Number(/VmRSS:\s+(\d+)/.exec(s)[1]) / 1024, hwm: Number(/VmHWM:\s+(\d+)/.exec(s)[1]) / 1024 };
    } catch {
      return { rss: NaN, hwm: NaN };
    }
  }
}

/**
 * RSS at rest: each of the server's threads collects once it has had nothing to do for
 * IDLE_GC_MS, on its own clock, and again SHRINK_GC_MS later (the young generation), and the
 * checking thread's collections of a large heap take a few hundred ms: RSS read every half
 * second for REST_WINDOW_MS, at rest where it settles (the lowest reading), the reading at
 * IDLE_GC_MS + 1.5 s beside it (`early`).
 */
async function restingRss(c) {
  const series = [];
  for (let t = 0; t < REST_WINDOW_MS; t += 500) {
    await new Promise((r) => setTimeout(r, 500));
    series.push(c.rssMB().rss);
  }
  return { restRss: Math.min(...series), restSeries: series, early: series[Math.round((IDLE_GC_MS + 1500) / 500) - 1] };
}

function envText(env) {
  return Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}

/**
 * The same reading with the server started plainly (`node dist/server.js --stdio`, none of
 * extensionEnv()'s variables set, as another editor may start it): the 1 MB draft opened in a
 * workspace with the 100,000 names, as many keys typed as in the main run, then at rest. (The
 * main run had opened the 10 KB and 100 KB drafts before and closed them.)
 */
async function plainRestRss(folder, text, keys) {
  const { c } = await start(folder, [], Object.fromEntries(Object.keys(extensionEnv()).map((k) => [k, undefined])));
  try {
    const warmUri = pathToFileURL(join(folder, 'warm.txt')).href;
    await c.open(warmUri, WARM_TEXT);
    const uri = pathToFileURL(join(folder, 'draft-plain.txt')).href;
    await c.open(uri, text);
    const pos = positionAt(text, text.indexOf(' ', text.length >> 1));
    for (let k = 0; k < keys; k++) await c.typeKey(uri, k + 2, pos, k);
    c.notify('textDocument/didClose', { textDocument: { uri: warmUri } });
    return await restingRss(c);
  } finally {
    await c.stop();
  }
}

/** The k-th key the bench types: ب and a space in turn. */
function keyChar(k) {
  return k % 2 === 0 ? 'ب' : ' ';
}

/** The one-line draft opened first (its check loads the house style and the names). */
const WARM_TEXT = 'قال الوزير.\n';

/** Offset → LSP position in `text`. */
export function positionAt(text, offset) {
  let line = 0;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, character: offset - last - 1 };
}

/**
 * The environment the extension starts the server with (SERVER_PROCESS_ENV in
 * server/src/lsp/protocol.ts, read from the source so that the two cannot drift).
 */
export function extensionEnv() {
  const src = readFileSync(join(root, 'server', 'src', 'lsp', 'protocol.ts'), 'utf8');
  const m = /SERVER_PROCESS_ENV[^=]*= Object\.freeze\((\{[^}]*\})\)/.exec(src);
  if (!m) throw new Error('SERVER_PROCESS_ENV not found in server/src/lsp/protocol.ts');
  // (an object literal of string values: read as JavaScript)
  return new Function(`return (${m[1]});`)();
}

/** The server's environment as the extension makes it: this process's, with extensionEnv() where it sets none of those variables. */
function asExtensionStartsIt() {
  return Object.fromEntries(Object.entries(extensionEnv()).filter(([k]) => process.env[k] === undefined));
}

/**
 * Start dist/server.js --stdio in `folder`, its environment this process's with `env` over it
 * (default: as the extension starts it; a variable `undefined` in `env` is left out).
 */
export async function start(folder, serverArgs = [], env = asExtensionStartsIt()) {
  const server = join(root, 'dist', 'server.js');
  const c = new Client(server, folder, serverArgs, env);
  const rootUri = pathToFileURL(folder).href;
  const init = await c.request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } }, workspace: { configuration: false } },
    initializationOptions: { debounceMs: 0, maxFileSize: 64 * 1024 * 1024, messagesLanguage: 'en' },
    locale: 'en',
  });
  c.notify('initialized', {});
  return { c, init };
}

export async function run() {
  console.log('\nLanguage server (dist/server.js --stdio, debounceMs 0, 100,000 names loaded)');
  if (!existsSync(join(root, 'dist', 'server.js'))) {
    console.log('  skipped: dist/server.js not found (node esbuild.mjs)');
    return { skipped: 'dist/server.js not found' };
  }
  const { folders } = prepareNames();
  const folder = folders[100_000];
  const { c } = await start(folder);
  const keystrokes = quick ? 5 : 15;
  const sizes = [];
  const docs = {};
  try {
    // the server loads the names on the first check: time that apart, on a one-line draft
    const warmUri = pathToFileURL(join(folder, 'warm.txt')).href;
    const w0 = performance.now();
    const w1 = (await c.open(warmUri, WARM_TEXT)).at;
    const firstCheckMs = w1 - w0;
    console.log(`  first check of a one-line draft (loads the house style and 100,000 names): ${fmt(firstCheckMs, 0)} ms`);

    for (const s of SIZES) {
      const text = makeDocument(s.bytes);
      const uri = pathToFileURL(join(folder, `draft-${s.bytes}.txt`)).href;
      docs[s.name] = { uri, text };
      let version = 1;
      const t0 = performance.now();
      const opened = await c.open(uri, text);
      const openMs = opened.at - t0;
      // over mudaqqiq.maxProblems (default 1,000) the server publishes the findings nearest the
      // last edit after a notice carrying the total: report both
      const published = opened.msg.params.diagnostics;
      const capped = published.find((d) => d.data?.reason === 'capped');
      const findings = capped ? capped.data.total : published.length;
      const shown = capped ? published.length - 1 : published.length;
      // type characters one by one in the middle of a paragraph halfway down the document
      let at = text.indexOf(' ', text.length >> 1);
      const pos = positionAt(text, at);
      // The first keys after opening run partly in V8's interpreter (the incremental paths
      // are not compiled yet); an editor's session types thousands. WARMUP_KEYS[size] keys
      // first, their median reported apart ("first keys"), then the timed ones.
      const warmup = WARMUP_KEYS[s.name];
      const firstTimes = [];
      const times = [];
      let cpu0 = c.cpuMs();
      let cur = text;
      for (let k = 0; k < warmup + keystrokes; k++) {
        if (k === warmup) cpu0 = c.cpuMs();
        version++;
        const a = performance.now();
        const got = await c.typeKey(uri, version, pos, k);
        (k < warmup ? firstTimes : times).push(got.at - a);
        cur = cur.slice(0, at + k) + keyChar(k) + cur.slice(at + k);
      }
      const cpuPerKeyMs = (c.cpuMs() - cpu0) / keystrokes;
      docs[s.name].text = cur;
      docs[s.name].version = version;
      const mem = c.rssMB();
      const row = { size: s.name, bytes: Buffer.byteLength(text), openMs, findings, shown, keystrokeMs: median(times), keystrokeMinMs: Math.min(...times), keystrokeMaxMs: Math.max(...times), keystrokes, warmupKeys: warmup, firstKeysMs: median(firstTimes), cpuPerKeyMs, rssMB: mem.rss, target: LSP_TARGETS.keystrokeMs[s.name] };
      row.ok = row.keystrokeMs <= row.target;
      sizes.push(row);
      console.log(
        `  ${s.name.padEnd(7)} didOpen → diagnostics ${fmt(openMs, 0).padStart(6)} ms (${findings} findings${shown < findings ? `, ${shown} published (mudaqqiq.maxProblems)` : ''}); keystroke → diagnostics median ${fmt(row.keystrokeMs, 1)} ms ` +
          `(min ${fmt(row.keystrokeMinMs, 1)}, max ${fmt(row.keystrokeMaxMs, 1)}, ${keystrokes} keys after ${warmup} typed first, whose median was ${fmt(row.firstKeysMs, 1)} ms; server CPU ${fmt(cpuPerKeyMs, 0)} ms per key) — target ≤ ${row.target} ms: ${mark(row.ok)}; server RSS ${fmt(mem.rss, 0)} MB`,
      );
      if (s.name === '1 MB') {
        // memory with only the 1 MB draft (and the names) open
        for (const other of ['10 KB', '100 KB']) c.notify('textDocument/didClose', { textDocument: { uri: docs[other].uri } });
        c.notify('textDocument/didClose', { textDocument: { uri: warmUri } });
        await new Promise((r) => setTimeout(r, 300));
        const m = c.rssMB();
        Object.assign(m, await restingRss(c));
        docs.rss1MB = m;
        console.log(
          `  server RSS with the 1 MB draft open and 100,000 names loaded, started as the extension starts it (${envText(extensionEnv())}): ${fmt(m.restRss, 0)} MB at rest (lowest within ${REST_WINDOW_MS / 1000} s after the last keystroke; ${fmt(m.early, 0)} MB at ${(IDLE_GC_MS + 1500) / 1000} s), ` +
            `${fmt(m.rss, 0)} MB right after typing (peak so far ${fmt(m.hwm, 0)} MB) — target ≤ ${LSP_TARGETS.rssMB} MB: ${mark(m.restRss <= LSP_TARGETS.rssMB)}`,
        );
        // reopen the small one for the hover measurement below
        const small = docs['10 KB'];
        small.version = 1;
        small.diags = (await c.open(small.uri, small.text)).msg.params.diagnostics;
      }
    }

    // Requests while the 5 MB draft is being checked: type in it, then at once ask.
    const big = docs['5 MB'];
    const small = docs['10 KB'];
    const smallDiag = small.diags?.[0];
    const during = { hoverSmall: [], actionSmall: [], hoverBig: [], checkMs: [] };
    // one round first, not counted (it compiles the request handlers' code, as the keystroke
    // measurements above type WARMUP_KEYS first), then `rounds`
    const rounds = quick ? 3 : 9;
    const bigPos = positionAt(big.text, big.text.length >> 2);
    for (let k = -1; k < rounds; k++) {
      big.version++;
      const wait = c.diagnosticsFor(big.uri, big.version);
      const a = performance.now();
      c.notify('textDocument/didChange', { textDocument: { uri: big.uri, version: big.version }, contentChanges: [{ range: { start: bigPos, end: bigPos }, text: ' ' }] });
      await new Promise((r) => setImmediate(r));
      const h0 = performance.now();
      const hover = c.request('textDocument/hover', { textDocument: { uri: small.uri }, position: smallDiag?.range.start ?? { line: 0, character: 0 } });
      const act = c.request('textDocument/codeAction', {
        textDocument: { uri: small.uri },
        range: smallDiag?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: smallDiag ? [smallDiag] : [] },
      });
      const hb = c.request('textDocument/hover', { textDocument: { uri: big.uri }, position: bigPos });
      const [hr, ar, br] = await Promise.all([hover, act, hb]);
      const done = await wait;
      if (k < 0) continue;
      during.hoverSmall.push(hr.at - h0);
      during.actionSmall.push(ar.at - h0);
      during.hoverBig.push(br.at - h0);
      during.checkMs.push(done.at - a);
    }
    const req = {
      hoverSmallMs: median(during.hoverSmall),
      codeActionSmallMs: median(during.actionSmall),
      hoverBigMs: median(during.hoverBig),
      checkMs: median(during.checkMs),
      rounds,
    };
    req.ok = Math.max(req.hoverSmallMs, req.codeActionSmallMs, req.hoverBigMs) <= LSP_TARGETS.requestWhileCheckingMs;
    console.log(
      `  while a 5 MB check runs (${fmt(req.checkMs, 0)} ms): hover on the 10 KB draft ${fmt(req.hoverSmallMs, 1)} ms, code action there ${fmt(req.codeActionSmallMs, 1)} ms, ` +
        `hover on the 5 MB draft ${fmt(req.hoverBigMs, 1)} ms — target ≤ ${LSP_TARGETS.requestWhileCheckingMs} ms: ${mark(req.ok)}`,
    );
    const final = c.rssMB();
    await c.stop();
    if (docs.rss1MB && !quick) {
      const plain = await plainRestRss(folder, makeDocument(1024 * 1024), WARMUP_KEYS['1 MB'] + keystrokes);
      docs.rss1MB.plainRestRss = plain.restRss;
      console.log(`  the same, the server started plainly (node dist/server.js --stdio, without ${envText(extensionEnv())}): ${fmt(plain.restRss, 0)} MB at rest`);
    }
    return { firstCheckMs, sizes, rss1MB: docs.rss1MB, peakRssMB: final.hwm, requestsWhileChecking: req, serverStderr: c.stderr.slice(-2000) };
  } finally {
    await c.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await run();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'lsp.json'), JSON.stringify(r, null, 2) + '\n');
  process.exit(0);
}
