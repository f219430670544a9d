// Builds the compact Arabic lexicon the orthography rules ask ("is this a word?", "which
// words fold to this skeleton?") from the Ayaspell word list as packaged in
// @cspell/dict-ar (LGPL-3.0): a trie of every expanded form, clitics included (وبالأعمال),
// about 60 million words once cspell's accent-stripped copy is left out.
//
// Output: dist/lexicon-ar.bin, a minimal deterministic automaton (DAWG) over the 36
// Arabic letters ء…ي, diacritics removed. Layout (little-endian):
//   8 bytes  magic "MDQLEX01"
//   uint32   header length H, then H bytes of JSON (source, counts), padded to 4 bytes
//   uint32[] nodes[N+1]: first edge index of node n, bit 31 = n is the end of a word;
//            node 0 is the root; nodes[N] = E (end of the last edge run)
//   uint32[] edges[E]:   target node (bits 0–25) | letter index (bits 26–31),
//            each node's run sorted by letter index
// The file is generated (about 7 MB), never committed: `node esbuild.mjs` calls this
// script, which does nothing when the file is already up to date.
//
//   node scripts/build-lexicon.mjs [--force] [--out FILE]
//
// The reader of cspell's "TrieXv3" text format below mirrors cspell-trie-lib's
// importV3 (a streaming trie builder with back-steps and node references); it is ours so
// that the build needs only the data package, not cspell's library (Node ≥ 22 only).

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, openSync, readFileSync, readSync, closeSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const FORMAT = 1;
export const MAGIC = 'MDQLEX01';
/** The letters of the automaton, in letter-index order: ء (U+0621) … غ (U+063A), ف (U+0641) … ي (U+064A). */
export const ALPHABET = (() => {
  let s = '';
  for (let c = 0x621; c <= 0x63a; c++) s += String.fromCharCode(c);
  for (let c = 0x641; c <= 0x64a; c++) s += String.fromCharCode(c);
  return s;
})();

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT = join(root, 'dist', 'lexicon-ar.bin');

/** Characters dropped from a word (the word is kept without them): tashkeel, dagger alef, tatweel. */
function isEpsilon(c) {
  return (c >= 0x64b && c <= 0x652) || c === 0x670 || c === 0x640;
}

function letterIndex(c) {
  if (c >= 0x621 && c <= 0x63a) return c - 0x621;
  if (c >= 0x641 && c <= 0x64a) return c - 0x641 + 26;
  return -1;
}

function sourcePackage() {
  const require = createRequire(join(root, 'package.json'));
  let ext;
  try {
    ext = require.resolve('@cspell/dict-ar/cspell-ext.json');
  } catch {
    throw new Error('@cspell/dict-ar is not installed: run `npm ci` (it is a devDependency)');
  }
  const dir = dirname(ext);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { dir, version: pkg.version, license: pkg.license, trie: join(dir, 'ar.trie.gz') };
}

// ---------------------------------------------------------------------------------------
// TrieXv3 reader: builds the trie as plain objects { f?: 1, c?: Map<string, node> }.

function readTrieXv3(text) {
  const lines = text.split('\n');
  let i = 0;
  const header = [];
  for (; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l === '__DATA__') break;
    if (!l || l.startsWith('#')) continue;
    header.push(l);
  }
  const m = /^TrieXv3\nbase=(\d+)$/.exec(header.slice(0, 2).join('\n'));
  if (!m || i >= lines.length) throw new Error('ar.trie.gz: not a TrieXv3 file');
  const radix = Number(m[1]);
  const data = lines.slice(i + 1).join('\n');

  const EOW = { f: 1, k: true };
  const rootNode = { c: new Map() };
  const nodes = [rootNode, EOW];
  const stack = [{ n: rootNode, c: '' }];
  let cur = rootNode;
  let depth = 0;

  const insertChar = (ch) => {
    if (cur.k) {
      const s = stack[depth];
      const copy = { f: cur.f };
      if (cur.c) copy.c = new Map(cur.c);
      s.n.c.set(s.c, copy);
      cur = copy;
      nodes.push(copy);
    }
    if (!cur.c) cur.c = new Map();
    let next = cur.c.get(ch);
    if (!next) {
      next = {};
      cur.c.set(ch, next);
    }
    nodes.push(next);
    depth++;
    const s = stack[depth];
    if (s) {
      s.n = cur;
      s.c = ch;
    } else stack.push({ n: cur, c: ch });
    cur = next;
  };
  const markEOW = () => {
    if (!cur.c) {
      const s = stack[depth];
      s.n.c.set(s.c, EOW);
      if (nodes[nodes.length - 1] === cur) nodes.pop();
      cur = EOW;
    } else cur.f = 1;
  };
  const backStep = (n) => {
    if (!n) return;
    if (n > depth) throw new Error('ar.trie.gz: back-step past the root');
    depth -= n;
    cur = stack[depth + 1].n;
  };
  const reference = (id) => {
    const s = stack[depth];
    const target = nodes[id];
    if (!target) throw new Error(`ar.trie.gz: bad node reference ${id}`);
    s.n.c.set(s.c, target);
    nodes.pop();
  };

  let p = 0;
  const len = data.length;
  while (p < len) {
    const ch = data[p];
    if (ch === '\n' || ch === '\r') {
      p++;
    } else if (ch === '$') {
      markEOW();
      backStep(1);
      p++;
      // back-steps: '<' is one, a digit d is d - 1
      while (p < len) {
        const b = data[p];
        if (b === '<') backStep(1);
        else if (b >= '2' && b <= '9') backStep(Number(b) - 1);
        else break;
        p++;
      }
    } else if (ch === '<') {
      backStep(1);
      p++;
      while (p < len) {
        const b = data[p];
        if (b === '<') backStep(1);
        else if (b >= '2' && b <= '9') backStep(Number(b) - 1);
        else break;
        p++;
      }
    } else if (ch === '#') {
      const semi = data.indexOf(';', p);
      if (semi < 0) throw new Error('ar.trie.gz: unterminated reference');
      reference(parseInt(data.slice(p + 1, semi), radix) + 1);
      p = semi + 1;
    } else if (ch === '\\') {
      // \X is X; \\n and \\r are a line feed and a carriage return, \\\\ a backslash
      const next = data[p + 1];
      if (next !== '\\') {
        insertChar(next);
        p += 2;
      } else {
        const y = data[p + 2];
        insertChar(y === 'n' ? '\n' : y === 'r' ? '\r' : y);
        p += 3;
      }
    } else {
      // one code point (surrogate pairs stay together)
      const c = data.charCodeAt(p);
      if (c >= 0xd800 && c <= 0xdbff && p + 1 < len) {
        insertChar(data.slice(p, p + 2));
        p += 2;
      } else {
        insertChar(ch);
        p++;
      }
    }
  }
  return rootNode;
}

// ---------------------------------------------------------------------------------------
// From the cspell trie to a minimal automaton over ALPHABET.

class Builder {
  constructor() {
    /** Canonical nodes: final flag and edges as parallel arrays of [letter, target]. */
    this.finals = [];
    this.edges = [];
    this.ids = new Map(); // signature → id
    this.unions = new Map();
  }
  /** The id of the node with this finality and these (letter-sorted) edges, created once. */
  make(final, edges) {
    let sig = final ? 'f' : 'n';
    for (const [l, t] of edges) sig += l.toString(36) + ':' + t.toString(36) + ',';
    let id = this.ids.get(sig);
    if (id === undefined) {
      id = this.finals.length;
      this.finals.push(final);
      this.edges.push(edges);
      this.ids.set(sig, id);
    }
    return id;
  }
  /** The node accepting the union of two nodes' languages. */
  union(a, b) {
    if (a === b) return a;
    if (a > b) [a, b] = [b, a];
    const key = a * 0x4000000 + b;
    let id = this.unions.get(key);
    if (id !== undefined) return id;
    const map = new Map(this.edges[a]);
    for (const [l, t] of this.edges[b]) map.set(l, map.has(l) ? this.union(map.get(l), t) : t);
    id = this.make(this.finals[a] || this.finals[b], [...map].sort((x, y) => x[0] - y[0]));
    this.unions.set(key, id);
    return id;
  }
}

/** Convert the cspell trie (a DAG of objects) into canonical node ids, dropping what is not an Arabic word. */
function convert(trieRoot) {
  const b = new Builder();
  const EMPTY = b.make(false, []);
  const memo = new Map();
  let dropped = 0;
  const visit = (node) => {
    let id = memo.get(node);
    if (id !== undefined) return id;
    let final = !!node.f;
    const map = new Map();
    const eps = [];
    if (node.c) {
      for (const [ch, child] of node.c) {
        const c = ch.length === 1 ? ch.charCodeAt(0) : -1;
        const l = letterIndex(c);
        if (l >= 0) {
          const t = visit(child);
          map.set(l, map.has(l) ? b.union(map.get(l), t) : t);
        } else if (isEpsilon(c)) {
          eps.push(visit(child));
        } else {
          dropped++; // digits, Latin, Persian letters, cspell's markers (~ accent-stripped copy, :)
        }
      }
    }
    let own = b.make(final, [...map].sort((x, y) => x[0] - y[0]));
    for (const e of eps) own = b.union(own, e);
    memo.set(node, own);
    return own;
  };
  const rootId = visit(trieRoot);
  return { b, rootId, dropped, EMPTY };
}

/** Lay the automaton out breadth-first from the root (the root becomes node 0), dropping dead nodes. */
function layout(b, rootId) {
  // Live nodes: those from which a final node is reachable.
  const live = new Map();
  const isLive = (id) => {
    let v = live.get(id);
    if (v !== undefined) return v;
    live.set(id, false);
    v = b.finals[id];
    for (const [, t] of b.edges[id]) if (isLive(t)) v = true;
    live.set(id, v);
    return v;
  };
  isLive(rootId);
  const order = [rootId];
  const index = new Map([[rootId, 0]]);
  for (let k = 0; k < order.length; k++) {
    for (const [, t] of b.edges[order[k]]) {
      if (!live.get(t) || index.has(t)) continue;
      index.set(t, order.length);
      order.push(t);
    }
  }
  let edgeCount = 0;
  for (const id of order) for (const [, t] of b.edges[id]) if (live.get(t)) edgeCount++;
  if (order.length >= 1 << 26) throw new Error('lexicon too large for 26-bit node ids');
  const nodes = new Uint32Array(order.length + 1);
  const edges = new Uint32Array(edgeCount);
  let e = 0;
  for (let n = 0; n < order.length; n++) {
    const id = order[n];
    nodes[n] = (e | (b.finals[id] ? 0x80000000 : 0)) >>> 0;
    for (const [l, t] of b.edges[id]) {
      if (!live.get(t)) continue;
      edges[e++] = ((l << 26) | index.get(t)) >>> 0;
    }
  }
  nodes[order.length] = e;
  return { nodes, edges };
}

/** Number of words the automaton accepts. */
function countWords(nodes, edges) {
  const n = nodes.length - 1;
  const memo = new Float64Array(n).fill(-1);
  const count = (v) => {
    if (memo[v] >= 0) return memo[v];
    let c = nodes[v] & 0x80000000 ? 1 : 0;
    const end = nodes[v + 1] & 0x7fffffff;
    for (let e = nodes[v] & 0x7fffffff; e < end; e++) c += count(edges[e] & 0x3ffffff);
    memo[v] = c;
    return c;
  };
  return count(0);
}

export function readHeader(file) {
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(12);
    if (readSync(fd, head, 0, 12, 0) < 12 || head.toString('latin1', 0, 8) !== MAGIC) return undefined;
    const hlen = head.readUInt32LE(8);
    const buf = Buffer.alloc(hlen);
    readSync(fd, buf, 0, hlen, 12);
    return JSON.parse(buf.toString('utf8').trimEnd());
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

export function buildLexicon({ out = DEFAULT_OUT, force = false, log = console.log } = {}) {
  const existing = readHeader(out);
  let src;
  try {
    src = sourcePackage();
  } catch (e) {
    if (existing && !force) {
      log(`lexicon: ${e.message}; keeping ${out}`);
      return { built: false, out, header: existing };
    }
    throw e;
  }
  if (!force && existing && existing.format === FORMAT && existing.source?.version === src.version) {
    return { built: false, out, header: existing };
  }
  const t0 = Date.now();
  const text = gunzipSync(readFileSync(src.trie)).toString('utf8');
  const trie = readTrieXv3(text);
  const { b, rootId } = convert(trie);
  const { nodes, edges } = layout(b, rootId);
  const words = countWords(nodes, edges);
  const header = {
    format: FORMAT,
    alphabet: ALPHABET,
    nodes: nodes.length - 1,
    edges: edges.length,
    words,
    source: {
      package: '@cspell/dict-ar',
      version: src.version,
      license: src.license,
      origin: 'Ayaspell Arabic Hunspell dictionary (Taha Zerrouki), expanded by cspell-tools',
    },
  };
  let json = JSON.stringify(header);
  while ((Buffer.byteLength(json) + 12) % 4) json += ' ';
  const hbuf = Buffer.from(json, 'utf8');
  const fixed = Buffer.alloc(12);
  fixed.write(MAGIC, 0, 'latin1');
  fixed.writeUInt32LE(hbuf.length, 8);
  const body = Buffer.concat([
    fixed,
    hbuf,
    Buffer.from(nodes.buffer, nodes.byteOffset, nodes.byteLength),
    Buffer.from(edges.buffer, edges.byteOffset, edges.byteLength),
  ]);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, body);
  renameSync(tmp, out);
  log(`lexicon: ${words.toLocaleString('en')} words, ${header.nodes.toLocaleString('en')} nodes, ${header.edges.toLocaleString('en')} edges, ${(body.length / 1048576).toFixed(1)} MB → ${out} (${Date.now() - t0} ms)`);
  return { built: true, out, header };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const o = args.indexOf('--out');
  try {
    buildLexicon({ force: args.includes('--force'), out: o >= 0 ? resolve(args[o + 1]) : DEFAULT_OUT });
  } catch (e) {
    console.error(`build-lexicon: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
