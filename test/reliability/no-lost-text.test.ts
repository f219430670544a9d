// No lost text. `--fix` of the built CLI never leaves a partial file (a write that fails half
// way — the file-size limit hit, with SIGXFSZ ignored — leaves the original byte for byte and
// no temporary file), writes through a symlink into its target (the link stays a link),
// reports a symlink loop, a dangling link and a read-only target without touching anything,
// keeps the file's mode under a narrow umask and (run as root) its owner and group, does not
// overwrite a draft saved by another program after it was read, and keeps each file's line endings (LF, CRLF, CR) and byte-order mark. Fix-all's output keeps
// the one line-ending style of a generated draft. In the editor, quick fixes carry the version
// they were computed on; a quick fix asked for with a diagnostic of an older version is
// computed on the current text and carries its version.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { keepLineEndings } from '../../server/src/cli/check';
import { writeAtomic } from '../../server/src/cli/write';
import { fixText } from '../../server/src/engine';
import { CLI, engineFix, ensureBuilt, runCli, tempDir, writeFiles } from '../cli/helpers';
import { LspClient, TextDocumentUri, applyTextEdits } from '../protocol/lsp-client';
import { allOnConfig, draft, LANGUAGES } from './arbitraries';

const DRAFT = 'أكـــد الوزير أن المشروع سينتهي قريبا!!\nوأشـاد الحضور بالتعاون.\n';
const dirs: string[] = [];
function dir(): string {
  const d = tempDir('mudaqqiq-lost-');
  dirs.push(d);
  return d;
}
before(() => ensureBuilt());
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('--fix writes whole files or nothing', () => {
  it('a write that fails half way (file-size limit) leaves the original byte for byte and no temporary file', () => {
    const d = dir();
    const big = DRAFT.repeat(2000); // ~150 KB; the fixed text is larger than the 50 KB limit below
    writeFiles(d, { 'big.txt': big });
    // dash's ulimit -f counts 512-byte blocks; SIGXFSZ ignored so the write fails with EFBIG instead of killing node
    const r = spawnSync('/bin/sh', ['-c', `trap "" XFSZ; ulimit -f 100; exec "${process.execPath}" "${CLI}" check --fix --lang en --format json big.txt > /dev/null`], { cwd: d, encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^mudaqqiq: big\.txt: could not write the file \(EFBIG\): left as it was$/m);
    assert.equal(readFileSync(join(d, 'big.txt'), 'utf8'), big);
    assert.deepEqual(readdirSync(d), ['big.txt'], 'no temporary file left');
    // without the limit the same run writes the fixed file
    const ok = runCli(['check', '--fix', '--format', 'json', 'big.txt'], { cwd: d });
    assert.notEqual(ok.code, 2, ok.stderr);
    assert.equal(readFileSync(join(d, 'big.txt'), 'utf8'), engineFix(big, join(d, 'big.txt'), d));
  });

  it('a symlinked draft is fixed in its target; the link stays a link; the target keeps its mode', () => {
    const d = dir();
    mkdirSync(join(d, 'store'));
    writeFiles(d, { 'store/real.txt': DRAFT });
    chmodSync(join(d, 'store/real.txt'), 0o640);
    symlinkSync(join('store', 'real.txt'), join(d, 'link.txt'));
    const r = runCli(['check', '--fix', 'link.txt'], { cwd: d });
    assert.notEqual(r.code, 2, r.stderr);
    assert.ok(lstatSync(join(d, 'link.txt')).isSymbolicLink(), 'still a link');
    assert.equal(readlinkSync(join(d, 'link.txt')), join('store', 'real.txt'));
    assert.equal(readFileSync(join(d, 'store/real.txt'), 'utf8'), engineFix(DRAFT, join(d, 'link.txt'), d));
    assert.equal(statSync(join(d, 'store/real.txt')).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(join(d, 'store')), ['real.txt'], 'no temporary file left beside the target');
  });

  it('the file keeps its mode under a narrow umask (0666, 0775, 0640 with umask 077), and its owner and group', () => {
    const d = dir();
    const modes: Record<string, number> = { 'rw.txt': 0o666, 'grp.txt': 0o775, 'own.txt': 0o640 };
    writeFiles(d, Object.fromEntries(Object.keys(modes).map((n) => [n, DRAFT])));
    for (const [n, m] of Object.entries(modes)) chmodSync(join(d, n), m);
    // root (as in CI) can give the draft another owner: a fix written by root must not take it over
    const root = process.getuid?.() === 0;
    if (root) chownSync(join(d, 'own.txt'), 4321, 4322);
    const r = spawnSync('/bin/sh', ['-c', `umask 077; exec "${process.execPath}" "${CLI}" check --fix --lang en ${Object.keys(modes).join(' ')} > /dev/null`], { cwd: d, encoding: 'utf8' });
    assert.notEqual(r.status, 2, r.stderr);
    for (const [n, m] of Object.entries(modes)) {
      assert.equal(readFileSync(join(d, n), 'utf8'), engineFix(DRAFT, join(d, n), d), `${n} was fixed`);
      assert.equal((statSync(join(d, n)).mode & 0o777).toString(8), m.toString(8), `${n} keeps its mode`);
    }
    if (root) assert.deepEqual([statSync(join(d, 'own.txt')).uid, statSync(join(d, 'own.txt')).gid], [4321, 4322], 'owner and group kept');
    assert.deepEqual(readdirSync(d).sort(), Object.keys(modes).sort(), 'no temporary file left');
  });

  it('a draft changed on disk after it was read is not overwritten (the write compares its size and time with the read)', () => {
    const d = dir();
    const file = join(d, 'a.txt');
    writeFiles(d, { 'a.txt': DRAFT });
    const read = statSync(file);
    const expected = { mode: read.mode, mtimeMs: read.mtimeMs, size: read.size };
    // another program saves the draft meanwhile (one more word, later time)
    const theirs = DRAFT + 'سطر أضافه محرر آخر.\n';
    writeFileSync(file, theirs);
    const later = new Date(read.mtimeMs + 5000);
    utimesSync(file, later, later);
    const w = writeAtomic(file, 'النص المصلح', expected);
    assert.deepEqual(w, { ok: false, message: { ar: 'تغير الملف على القرص أثناء المراجعة: لم يُكتب الإصلاح', en: 'the file changed on disk while it was checked: fixes not written' } });
    assert.equal(readFileSync(file, 'utf8'), theirs, 'their save is kept');
    // same size, only the time moved: still refused
    writeFileSync(file, DRAFT);
    utimesSync(file, later, later);
    assert.equal(writeAtomic(file, 'النص المصلح', expected).ok, false);
    assert.equal(readFileSync(file, 'utf8'), DRAFT);
    assert.deepEqual(readdirSync(d), ['a.txt'], 'no temporary file left');
    // unchanged since the read: written
    const now = statSync(file);
    assert.deepEqual(writeAtomic(file, 'النص المصلح', { mode: now.mode, mtimeMs: now.mtimeMs, size: now.size }), { ok: true });
    assert.equal(readFileSync(file, 'utf8'), 'النص المصلح');
  });

  it('a symlink loop and a dangling link are reported; a link to a read-only file leaves it untouched', () => {
    const d = dir();
    symlinkSync('b.txt', join(d, 'a.txt'));
    symlinkSync('a.txt', join(d, 'b.txt'));
    symlinkSync('gone.txt', join(d, 'dangling.txt'));
    writeFiles(d, { 'ro.txt': DRAFT });
    chmodSync(join(d, 'ro.txt'), 0o444);
    symlinkSync('ro.txt', join(d, 'ro-link.txt'));
    const r = runCli(['check', '--fix', '--lang', 'en', 'a.txt', 'dangling.txt', 'ro-link.txt'], { cwd: d });
    assert.equal(r.code, 2);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 3, r.stderr);
    assert.equal(lines[0], 'mudaqqiq: a.txt: a symbolic link loop: not checked');
    assert.equal(lines[1], 'mudaqqiq: dangling.txt: a symbolic link to a file that does not exist: not checked');
    assert.equal(lines[2], 'mudaqqiq: ro-link.txt: the file is read-only: fixes not written');
    assert.equal(readFileSync(join(d, 'ro.txt'), 'utf8'), DRAFT);
    assert.ok(lstatSync(join(d, 'ro-link.txt')).isSymbolicLink());
  });

  it('line endings (LF, CRLF, CR) and a byte-order mark are kept by --fix', () => {
    const d = dir();
    const files = {
      'lf.txt': DRAFT,
      'crlf.txt': DRAFT.replace(/\n/g, '\r\n'),
      'cr.txt': DRAFT.replace(/\n/g, '\r'),
      'bom-crlf.txt': '\ufeff' + DRAFT.replace(/\n/g, '\r\n'),
    };
    writeFiles(d, files);
    const r = runCli(['check', '--fix', ...Object.keys(files)], { cwd: d });
    assert.notEqual(r.code, 2, r.stderr);
    for (const [name, text] of Object.entries(files)) {
      const out = readFileSync(join(d, name), 'utf8');
      assert.notEqual(out, text, `${name} was fixed`);
      assert.ok(!out.includes('ـ'), name);
      const ends = new Set(out.match(/\r\n|\r|\n/g));
      const want = name.includes('crlf') ? '\r\n' : name.startsWith('cr') ? '\r' : '\n';
      assert.deepEqual([...ends], [want], `${name} keeps ${JSON.stringify(want)}`);
      assert.equal(out.startsWith('\ufeff'), text.startsWith('\ufeff'), `${name}: BOM kept as it was`);
    }
  });

  it('generated drafts with one line-ending style keep it through fix-all (and the CLI’s CRLF guard)', () => {
    const cfg = allOnConfig(true);
    let n = 0;
    fc.assert(
      fc.property(draft(), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom(...LANGUAGES), (raw, eol, language) => {
        const text = raw.replace(/\r\n|\r|\n|\u2028|\u0085/g, eol);
        const out = keepLineEndings(text, fixText(text, { languageId: language, config: cfg }).output);
        const ends = new Set(out.match(/\r\n|\r|\n/g) ?? []);
        n++;
        assert.ok(ends.size === 0 || (ends.size === 1 && ends.has(eol)), `${JSON.stringify(eol)} draft got ${JSON.stringify([...ends])}`);
      }),
      { numRuns: 150 },
    );
    console.log(`  line endings kept by fix-all on ${n} generated drafts`);
  });
});

describe('editor edits carry the version they were computed on', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = dir();
    ({ client } = await LspClient.start({ root }));
  });
  after(async () => {
    await client?.dispose();
  });

  function edits(a: CodeAction): { version: number | null; edits: TextEdit[] } {
    const c = a.edit!.documentChanges![0] as TextDocumentEdit;
    return { version: c.textDocument.version, edits: c.edits as TextEdit[] };
  }

  it('a quick fix asked for with a diagnostic of an older version is computed on the current text and carries its version', async () => {
    const uri = TextDocumentUri(join(root, 'a.txt'));
    client.open(uri, 'plaintext', 'وأشـــاد الوزير بالتعاون', 1);
    const d1 = await client.diagnosticsFor(uri, 1);
    const tat = d1.find((d) => d.code === 'tatweel')!;
    const ask = (diags: Diagnostic[]) =>
      client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags, only: ['quickfix'] } });
    const q1 = (await ask([tat])).filter((a) => a.isPreferred);
    assert.equal(q1.length, 1);
    assert.equal(edits(q1[0]).version, 1);
    // the user types at the start: the old diagnostic's range now covers other text
    const v2 = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'قال: ' }]);
    const q2 = (await ask([tat])).filter((a) => a.edit);
    for (const a of q2) {
      const e = edits(a);
      assert.equal(e.version, v2, 'never an edit for the old version');
      const after = applyTextEdits(client.text(uri), e.edits);
      assert.ok(after.length < client.text(uri).length + 10, after);
    }
    // the new version's own diagnostic gives the fix that removes exactly the tatweel
    const d2 = await client.diagnosticsFor(uri, v2);
    const q3 = (await ask([d2.find((d) => d.code === 'tatweel')!])).filter((a) => a.isPreferred);
    assert.equal(edits(q3[0]).version, v2);
    assert.equal(applyTextEdits(client.text(uri), edits(q3[0]).edits), 'قال: وأشاد الوزير بالتعاون');
    // and the fix-all command refuses a version that is gone
    assert.equal(await client.request('workspace/executeCommand', { command: 'mudaqqiq.applyFixAll', arguments: [{ uri, version: 1 }] }), null);
    assert.equal(client.text(uri), 'قال: وأشـــاد الوزير بالتعاون');
  });
});
