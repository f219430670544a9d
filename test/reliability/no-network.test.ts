// No network. Statically: the built dist/server.js and dist/cli.js contain no HTTP, HTTPS,
// HTTP/2, TLS, UDP, DNS, fetch or WebSocket client; the CLI no socket code at all; in the
// server, node's `net` module is used only by vscode-jsonrpc's transports (a named pipe, or
// a TCP socket to 127.0.0.1 when started with --socket=PORT; VS Code uses Node IPC, editors
// stdio), and `child_process` only by vscode-languageserver's module-path helpers, which the
// server never calls. At run time: the server and the CLI run a full session under a preload
// that records (and refuses) every socket connect, DNS lookup, HTTP(S) request, fetch and
// child process; the record must stay empty.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, CLI_MAIN, ensureBuilt } from '../cli/helpers';
import { sampleArticle } from '../lib/corpus';
import { LspClient, PULL_CAPABILITIES, TextDocumentUri, buildServer } from '../protocol/lsp-client';

let dir: string;
let hook: string;
let log: string;

before(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-nonet-'));
  hook = join(dir, 'no-network.cjs');
  log = join(dir, 'network.log');
  // Preloaded with --require: every way out of the machine (and every child process) is recorded and refused.
  writeFileSync(
    hook,
    `const fs = require('fs');
const log = process.env.MUDAQQIQ_NET_LOG;
function refuse(what) {
  return function () {
    fs.appendFileSync(log, what + ' ' + JSON.stringify([...arguments].filter((a) => typeof a !== 'function')).slice(0, 200) + '\\n');
    throw new Error('network access refused in this test: ' + what);
  };
}
const net = require('net');
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
for (const m of ['http', 'https']) { const mod = require(m); mod.request = refuse(m + '.request'); mod.get = refuse(m + '.get'); }
require('http2').connect = refuse('http2.connect');
require('tls').connect = refuse('tls.connect');
const dns = require('dns');
dns.lookup = refuse('dns.lookup'); dns.resolve = refuse('dns.resolve'); dns.promises.lookup = refuse('dns.promises.lookup');
require('dgram').createSocket = refuse('dgram.createSocket');
globalThis.fetch = refuse('fetch');
const cp = require('child_process');
for (const f of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) cp[f] = refuse('child_process.' + f);
`,
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

const NETWORK_MODULES = ['http', 'https', 'http2', 'tls', 'dgram', 'dns', 'undici', 'node:http', 'node:https', 'node:http2', 'node:tls', 'node:dgram', 'node:dns'];

function requires(src: string): string[] {
  return [...src.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
}

describe('the bundles hold no network client', () => {
  it('dist/cli.js: no network module, no socket, no fetch, no child process', () => {
    // dist/cli.js is the launcher of the bundle dist/cli-main.js: both are looked at
    const src = readFileSync(CLI, 'utf8') + '\n' + readFileSync(CLI_MAIN, 'utf8');
    const mods = new Set(requires(src));
    for (const m of [...NETWORK_MODULES, 'net', 'node:net', 'child_process', 'node:child_process']) assert.ok(!mods.has(m), `cli.js requires ${m}`);
    for (const s of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'EventSource']) assert.ok(!src.includes(s), `cli.js contains ${s}`);
    console.log(`  dist/cli.js requires only: ${[...mods].sort().join(', ')}`);
  });

  it('dist/server.js: no network client; net only in the LSP transports (a pipe or 127.0.0.1); child_process only in helpers never called', () => {
    const src = readFileSync(join(buildServer()), 'utf8');
    const mods = new Set(requires(src));
    for (const m of NETWORK_MODULES) assert.ok(!mods.has(m), `server.js requires ${m}`);
    for (const s of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'EventSource']) assert.ok(!src.includes(s), `server.js contains ${s}`);
    // every use of the net module: the transports' servers and connections
    const netVar = /var (\w+) = require\("net"\)/.exec(src)?.[1];
    const netUses = netVar ? [...src.matchAll(new RegExp(`\\(0, ${netVar}\\.(\\w+)\\)\\(([^)]*)\\)`, 'g'))].map((m) => `${m[1]}(${m[2].replace(/\(socket$/, '…')})`) : [];
    assert.deepEqual(netUses.filter((u) => u.startsWith('createConnection')).sort(), ['createConnection(pipeName)', 'createConnection(port, "127.0.0.1")']);
    assert.ok(netUses.every((u) => /^(createConnection|createServer)\(/.test(u)), netUses.join(' '));
    // child_process: vscode-languageserver's Files helpers (resolveGlobalNodePath …), which our code never calls
    const cpUses = [...src.matchAll(/\(0, child_process_1\.(\w+)\)/g)].map((m) => m[1]);
    assert.ok(cpUses.every((u) => u === 'fork' || u === 'spawnSync'), cpUses.join(' '));
    // resolveModulePath (which calls resolveGlobalNodePath, which spawns npm) has no caller, and the
    // other helpers are called from inside it only
    const body = src.indexOf('function resolveModulePath(');
    const bodyEnd = src.indexOf('\n    }\n', body);
    assert.ok(body > 0 && bodyEnd > body);
    for (const helper of ['resolveModulePath', 'resolveGlobalNodePath', 'resolveGlobalYarnPath']) {
      const outside = [...src.matchAll(new RegExp(`(?<!function )\\b${helper}\\(`, 'g'))].filter((m) => m.index! < body || m.index! > bodyEnd);
      assert.deepEqual(outside.map((m) => src.slice(m.index! - 40, m.index! + 40)), [], `${helper} called outside resolveModulePath`);
    }
    console.log(`  dist/server.js: net used as ${netUses.join(', ')}; child_process referenced as ${[...new Set(cpUses)].join(', ')} (vscode-languageserver Files helpers, not called)`);
  });
});

describe('a whole session makes no connection and starts no process', () => {
  it('(control) the preload does record a connection, a lookup, a fetch and a child process', () => {
    const env = { ...process.env, NODE_OPTIONS: `--require ${hook}`, MUDAQQIQ_NET_LOG: log };
    const script = "for (const f of [() => require('net').connect(9, '127.0.0.1'), () => require('https').get('https://example.com'), () => require('dns').lookup('example.com', () => {}), () => fetch('http://x'), () => require('child_process').spawnSync('true')]) { try { f() } catch {} }";
    spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
    const recorded = readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' ')[0]);
    assert.deepEqual(recorded, ['net.connect', 'https.get', 'dns.lookup', 'fetch', 'child_process.spawnSync']);
    rmSync(log);
  });

  it('the server: open, check, quick fix, fix-all, hover, completion, house style with names — nothing recorded', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mudaqqiq-nonet-ws-'));
    writeFileSync(join(root, '.mudaqqiq.json'), JSON.stringify({ names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت'] }], ignore: { files: ['archive/**'] } }));
    const client = await LspClient.startWith(buildServer(), { root, capabilities: PULL_CAPABILITIES, env: { NODE_OPTIONS: `--require ${hook}`, MUDAQQIQ_NET_LOG: log } });
    try {
      const uri = TextDocumentUri(join(root, 'a.txt'));
      client.open(uri, 'plaintext', sampleArticle().replace('وأشاد طلعت', 'وأشـــاد عمر طلعت'), 1);
      const r = await client.request<{ items: Array<{ code: string; range: unknown }> }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(r.items.some((d) => d.code === 'tatweel') && r.items.some((d) => d.code === 'name-spelling'), 'checked, names list used');
      const range = (r.items[0] as { range: { start: unknown; end: unknown } }).range;
      await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: r.items } });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 3 } });
      // a large draft goes to the server's checking thread
      const big = TextDocumentUri(join(root, 'big.txt'));
      client.open(big, 'plaintext', sampleArticle().repeat(30), 1);
      await client.request('textDocument/diagnostic', { textDocument: { uri: big } });
      assert.equal(await client.shutdown(), 0);
    } finally {
      await client.dispose();
      rmSync(root, { recursive: true, force: true });
    }
    assert.equal(existsSync(log) ? readFileSync(log, 'utf8') : '', '', 'network or process access recorded');
  });

  it('the CLI: check, --fix, --dry-run, SARIF, the style report, several drafts on worker threads — nothing recorded', () => {
    const ws = mkdtempSync(join(tmpdir(), 'mudaqqiq-nonet-cli-'));
    try {
      writeFileSync(join(ws, '.mudaqqiq.json'), JSON.stringify({ names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت'] }] }));
      for (let i = 0; i < 4; i++) writeFileSync(join(ws, `d${i}.txt`), sampleArticle().replace('وأشاد طلعت', 'وأشـــاد عمر طلعت'));
      const env = { ...process.env, NO_COLOR: '1', NODE_OPTIONS: `--require ${hook}`, MUDAQQIQ_NET_LOG: log };
      for (const args of [['check', 'd0.txt'], ['check', '--format', 'sarif', '.'], ['check', '--jobs', '2', '.'], ['check', '--fix', '--dry-run', 'd1.txt'], ['check', '--fix', 'd2.txt'], ['report', '.', '-o', 'report.html']]) {
        const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ws, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
        assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: exit ${r.status} ${r.stderr}`);
      }
      assert.ok(existsSync(join(ws, 'report.html')));
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
    assert.equal(existsSync(log) ? readFileSync(log, 'utf8') : '', '', 'network or process access recorded');
  });
});
