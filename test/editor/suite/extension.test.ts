// The extension against the real `vscode` API in a real extension host, with the real
// language server (dist/server.js) behind it. Nothing is stubbed. The workspace is made by
// test/editor/workspace.mjs: sample.khabar (the sample article, one tatweel added), draft.md,
// and ../expected/sample.khabar (the CLI's --fix of sample.khabar).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { mudaqqiqDiags as mudaqqiq, ruleOf, waitFor, wsPath } from './helpers';

const EXTENSION_ID = 'mudaqqiq.mudaqqiq';

/** The language server's process ids: children of this extension host running dist/server.js. */
function serverPids(): number[] {
  return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('dist/server.js') && !l.includes('<defunct>'))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}
const TATWEEL = '\u0640';


/**
 * Code actions of a range, or undefined when the editor cancelled the request (the workbench
 * cancels a provider call when it sees the document or its editor change while the call runs —
 * CI once hit that right after opening a draft): callers ask again, as an editor would.
 */
async function codeActionsOrCancelled(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[] | undefined> {
  try {
    return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
  } catch (e) {
    if (/Cancel/.test(String(e))) return undefined;
    throw e;
  }
}

async function open(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(wsPath(file)));
  return vscode.window.showTextDocument(doc);
}

async function untitled(language: string, content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('mudaqqiq').update(key, value, vscode.ConfigurationTarget.Workspace);
}

const tatweelDiags = (uri: vscode.Uri) => mudaqqiq(uri).filter((d) => ruleOf(d) === 'tatweel');

suite('Mudaqqiq in a real VS Code', () => {
  suiteTeardown(async () => {
    for (const key of ['rules', 'messagesLanguage', 'languages', 'enable']) await setSetting(key, undefined);
  });

  test('a .khabar draft opens as arabic-news and activates the extension', async () => {
    const editor = await open('sample.khabar');
    assert.equal(editor.document.languageId, 'arabic-news');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    await waitFor('the extension to activate', () => ext.isActive);
  });

  test('diagnostics from the server point at the original Arabic text', async () => {
    const editor = await open('sample.khabar');
    const doc = editor.document;
    const diags = await waitFor('mudaqqiq diagnostics on sample.khabar', () => {
      const d = mudaqqiq(doc.uri);
      return d.some((x) => ruleOf(x) === 'tatweel') ? d : undefined;
    });
    const tatweel = diags.filter((d) => ruleOf(d) === 'tatweel');
    assert.equal(tatweel.length, 1, 'one tatweel in the sample copy');
    assert.equal(doc.getText(tatweel[0].range), TATWEEL.repeat(3), 'the range covers exactly the three tatweels');
    assert.ok(doc.lineAt(tatweel[0].range.start.line).text.startsWith('وأشـــار طلعت إلى'), 'on the line the tatweel was added to');
    // The server marks it Unnecessary; on an Arabic line the client drops that tag, whose
    // faded inline span would scramble the line's word order on screen (see client/src/rtl.ts).
    assert.ok(!tatweel[0].tags?.includes(vscode.DiagnosticTag.Unnecessary), 'no Unnecessary tag on an Arabic line');
    // The scrape leftovers at the end of the article are flagged where they stand.
    const leftovers = diags.filter((d) => ruleOf(d) === 'scrape-leftover').map((d) => doc.getText(d.range).trim());
    assert.ok(leftovers.includes('زر الذهاب إلى الأعلى'), `a scrape leftover on «زر الذهاب إلى الأعلى» (got ${JSON.stringify(leftovers)})`);
    for (const d of diags) assert.ok(d.message.length > 0 && ruleOf(d).length > 0, 'each diagnostic has a message and a rule id');
  });

  test('a quick fix through executeCodeActionProvider + applyEdit removes the tatweel and nothing else', async () => {
    const editor = await open('draft.md');
    const doc = editor.document;
    const before = doc.getText();
    const [diag] = await waitFor('a tatweel diagnostic in draft.md', () => {
      const d = tatweelDiags(doc.uri);
      return d.length ? d : undefined;
    });
    // Only the prose one: the copy inside the code fence is not checked.
    assert.equal(tatweelDiags(doc.uri).length, 1, 'no finding inside the Markdown code block');
    assert.equal(diag.range.start.line, 2);
    // executeCodeActionProvider does not hand back an action's diagnostics: pick the preferred
    // fix whose edit lies on the finding. Ask until the server has actions for this version
    // (a busy machine can show the diagnostic before the server answers for it).
    const onFinding = (a: vscode.CodeAction) =>
      a.edit?.get(doc.uri).some((e) => e.range.intersection(diag.range) !== undefined) ?? false;
    let actions: vscode.CodeAction[] = [];
    await waitFor('quick fixes for the tatweel', async () => {
      actions = (await codeActionsOrCancelled(doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      return actions.some(onFinding);
    });
    const preferred = actions.filter((a) => a.isPreferred && onFinding(a));
    assert.equal(preferred.length, 1, `one preferred quick fix on the tatweel (got ${actions.map((a) => `${a.title}${a.isPreferred ? ' *' : ''}`).join(' | ')})`);
    const fix = preferred[0];
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), before.replace('أكـــد الوزير', 'أكد الوزير'));
    assert.ok(doc.getText().includes('أكـــد داخل كتلة شيفرة'), 'the code block is untouched');
    await waitFor('the tatweel diagnostic to go', () => tatweelDiags(doc.uri).length === 0);
  });

  test('the source.fixAll.mudaqqiq code action produces what the CLI --fix produces', async () => {
    const original = fs.readFileSync(wsPath('sample.khabar'), 'utf8');
    const expected = fs.readFileSync(wsPath('..', 'expected', 'sample.khabar'), 'utf8');
    assert.notEqual(expected, original, 'the CLI fixed something in the sample');
    const doc = await untitled('arabic-news', original);
    await waitFor('diagnostics on the untitled copy', () => tatweelDiags(doc.uri).length > 0);
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    let actions: vscode.CodeAction[] = [];
    await waitFor('the source.fixAll.mudaqqiq action', async () => {
      actions = (await codeActionsOrCancelled(doc.uri, whole, 'source.fixAll.mudaqqiq')) ?? [];
      return actions.length > 0;
    });
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.mudaqqiq');
    assert.ok(fixAll?.edit, `a source.fixAll.mudaqqiq action (got ${actions.map((a) => `${a.kind?.value}: ${a.title}`).join(' | ')})`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.equal(doc.getText(), expected);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('fix on save: with "editor.codeActionsOnSave": {"source.fixAll.mudaqqiq": "explicit"} saving writes the fixed draft to disk', async () => {
    const original = fs.readFileSync(wsPath('sample.khabar'), 'utf8');
    const expected = fs.readFileSync(wsPath('..', 'expected', 'sample.khabar'), 'utf8');
    const file = wsPath('fix-on-save.khabar');
    fs.writeFileSync(file, original);
    const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'arabic-news' });
    await editorConfig.update('codeActionsOnSave', { 'source.fixAll.mudaqqiq': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(doc);
      await waitFor('diagnostics on the draft', () => tatweelDiags(doc.uri).length > 0);
      // dirty it (a space typed and taken back), then save as an editor does on Ctrl+S
      const end = doc.positionAt(doc.getText().length);
      const e1 = new vscode.WorkspaceEdit();
      e1.insert(doc.uri, end, ' ');
      assert.ok(await vscode.workspace.applyEdit(e1));
      const e2 = new vscode.WorkspaceEdit();
      e2.delete(doc.uri, new vscode.Range(end, doc.positionAt(doc.getText().length)));
      assert.ok(await vscode.workspace.applyEdit(e2));
      // Ctrl+S saves the active editor: make sure that is the draft before each try. On a
      // timeout, say what was seen (CI timed out here once in many runs, with nothing to
      // tell whether the save, the fix or the editor's focus was missing).
      let seen = '';
      const kind = (t: string) => (t === expected ? 'fixed' : t === original ? 'unfixed' : `other (${t.length} chars)`);
      try {
        await waitFor('the draft saved with its fixes', async () => {
          if (vscode.window.activeTextEditor?.document !== doc) await vscode.window.showTextDocument(doc);
          if (doc.isDirty) await vscode.commands.executeCommand('workbench.action.files.save');
          const disk = fs.readFileSync(file, 'utf8');
          seen = `dirty ${doc.isDirty}, active editor ${vscode.window.activeTextEditor?.document.uri.toString() ?? 'none'}, buffer ${kind(doc.getText())}, disk ${kind(disk)}`;
          return !doc.isDirty && disk === expected;
        }, 30_000);
      } catch (e) {
        throw new Error(`${e instanceof Error ? e.message : String(e)}; last seen: ${seen}`);
      }
      assert.equal(doc.getText(), expected);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
      fs.rmSync(file, { force: true });
    }
  });

  test('the “fix all” command fixes the draft like the CLI, and a second run changes nothing', async () => {
    const expected = fs.readFileSync(wsPath('..', 'expected', 'sample.khabar'), 'utf8');
    const editor = await open('sample.khabar');
    const doc = editor.document;
    await waitFor('diagnostics on sample.khabar', () => tatweelDiags(doc.uri).length > 0);
    await vscode.commands.executeCommand('mudaqqiq.fixAll');
    await waitFor('fix-all to change the draft', () => doc.getText() !== fs.readFileSync(wsPath('sample.khabar'), 'utf8'));
    assert.equal(doc.getText(), expected);
    assert.ok(doc.isDirty, 'fix-all edits the buffer; saving is the user’s call');
    await waitFor('the fixed findings to go', () => tatweelDiags(doc.uri).length === 0);
    const version = doc.version;
    await vscode.commands.executeCommand('mudaqqiq.fixAll');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(doc.version, version, 'fix-all on a fixed draft is a no-op');
    assert.ok(await doc.save());
    assert.equal(fs.readFileSync(wsPath('sample.khabar'), 'utf8'), expected);
  });

  test('the status bar item’s command and the palette commands exist and run', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const c of ['mudaqqiq.showProblems', 'mudaqqiq.fixAll', 'mudaqqiq.restartServer', 'mudaqqiq.showOutput']) {
      assert.ok(all.has(c), `command ${c} is registered`);
    }
    await open('sample.khabar');
    await vscode.commands.executeCommand('mudaqqiq.showProblems');
    await vscode.commands.executeCommand('mudaqqiq.showOutput');
  });

  test('mudaqqiq.rules: switching tatweel off removes its diagnostics, and back on restores them', async () => {
    const doc = await untitled('markdown', 'أكـــد الوزير أن المشروع سينتهي قريبا.\n');
    await waitFor('a tatweel diagnostic', () => tatweelDiags(doc.uri).length === 1);
    await setSetting('rules', { tatweel: 'off' });
    await waitFor('tatweel diagnostics to go with the rule off', () => tatweelDiags(doc.uri).length === 0);
    await setSetting('rules', { tatweel: 'error' });
    const [d] = await waitFor('the tatweel diagnostic back, as an error', () => {
      const t = tatweelDiags(doc.uri);
      return t.length === 1 && t[0].severity === vscode.DiagnosticSeverity.Error ? t : undefined;
    });
    assert.equal(doc.getText(d.range), TATWEEL.repeat(3));
    await setSetting('rules', undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('mudaqqiq.messagesLanguage switches the messages between Arabic and English; auto follows the display language', async () => {
    const doc = await untitled('plaintext', 'أكـــد الوزير أن المشروع سينتهي قريبا.\n');
    const words = { ar: 'تطويل', en: 'Tatweel' } as const;
    const ui = vscode.env.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
    const other = ui === 'ar' ? 'en' : 'ar';
    const inLanguage = (lang: 'ar' | 'en') => () => tatweelDiags(doc.uri)[0]?.message.includes(words[lang]);
    await setSetting('messagesLanguage', ui);
    await waitFor(`a message in ${ui}`, inLanguage(ui));
    await setSetting('messagesLanguage', other);
    await waitFor(`a message in ${other}`, inLanguage(other));
    // an Arabic message reaches VS Code in a right-to-left isolate (RLI … PDI: whole in the
    // left-to-right Problems panel), an English one as it is
    await setSetting('messagesLanguage', 'ar');
    await waitFor('a message in ar', inLanguage('ar'));
    const ar = tatweelDiags(doc.uri)[0].message;
    assert.ok(ar.startsWith('\u2067') && ar.endsWith('\u2069'), `Arabic message isolated: ${JSON.stringify(ar)}`);
    await setSetting('messagesLanguage', 'en');
    await waitFor('a message in en', inLanguage('en'));
    assert.ok(!tatweelDiags(doc.uri)[0].message.includes('\u2067'), 'English message left as it is');
    // auto (the default), with no house-style `language`: VS Code's display language.
    await setSetting('messagesLanguage', undefined);
    await waitFor(`auto: messages in the display language (${vscode.env.language})`, inLanguage(ui));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('mudaqqiq.languages without markdown stops checking Markdown; restoring it checks again', async () => {
    const doc = await untitled('markdown', 'أكـــد الوزير.\n');
    await waitFor('a tatweel diagnostic in Markdown', () => tatweelDiags(doc.uri).length === 1);
    await setSetting('languages', ['arabic-news', 'plaintext']);
    await waitFor('Markdown diagnostics to go', () => mudaqqiq(doc.uri).length === 0);
    await setSetting('languages', undefined);
    await waitFor('Markdown diagnostics back', () => tatweelDiags(doc.uri).length === 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('mudaqqiq.enable false clears the diagnostics; true brings them back', async () => {
    const doc = await untitled('arabic-news', 'أكـــد الوزير.\n');
    await waitFor('a tatweel diagnostic', () => tatweelDiags(doc.uri).length === 1);
    await setSetting('enable', false);
    await waitFor('diagnostics to go', () => mudaqqiq(doc.uri).length === 0);
    await setSetting('enable', undefined);
    await waitFor('diagnostics back', () => tatweelDiags(doc.uri).length === 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a .mudaqqiq.json written to the workspace reaches the server (file events) and switches tatweel off', async () => {
    const draft = vscode.Uri.file(wsPath('house.khabar'));
    const house = vscode.Uri.file(wsPath('.mudaqqiq.json'));
    await vscode.workspace.fs.writeFile(draft, Buffer.from('أكـــد الوزير.\n'));
    const doc = await vscode.workspace.openTextDocument(draft);
    await vscode.window.showTextDocument(doc);
    await waitFor('a tatweel diagnostic', () => tatweelDiags(doc.uri).length === 1);
    await vscode.workspace.fs.writeFile(house, Buffer.from('{\n  // house style\n  "rules": { "tatweel": "off", },\n}\n'));
    await waitFor('tatweel off by the house-style file', () => tatweelDiags(doc.uri).length === 0);
    await vscode.workspace.fs.delete(house);
    await waitFor('tatweel back once the file is gone', () => tatweelDiags(doc.uri).length === 1);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('.mudaqqiq.json opens as JSON with comments and is validated against the house-style schema', async () => {
    const house = vscode.Uri.file(wsPath('.mudaqqiq.json'));
    await vscode.workspace.fs.writeFile(house, Buffer.from('{\n  // house style\n  "rules": { "tatweel": "loud" },\n}\n'));
    const doc = await vscode.workspace.openTextDocument(house);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'jsonc');
    const at = doc.getText().indexOf('"loud"');
    const [schemaDiag] = await waitFor('a schema diagnostic on "loud" from VS Code’s JSON support', () => {
      const d = vscode.languages
        .getDiagnostics(house)
        .filter((x) => x.source !== 'mudaqqiq' && x.range.contains(doc.positionAt(at + 1)));
      return d.length ? d : undefined;
    });
    assert.match(schemaDiag.message, /"off"/, 'the schema lists the accepted severities');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(house);
    // a shared base file (`"extends": ["./base.mudaqqiq.json"]`, as the README shows) opens as JSON with comments too
    const base = vscode.Uri.file(wsPath('base.mudaqqiq.json'));
    await vscode.workspace.fs.writeFile(base, Buffer.from('{\n  // shared by the desks\n  "extends": ["recommended"],\n}\n'));
    const baseDoc = await vscode.workspace.openTextDocument(base);
    assert.equal(baseDoc.languageId, 'jsonc');
    await vscode.workspace.fs.delete(base);
  });

  test('a crashed server is restarted and checks again', async () => {
    const doc = await untitled('arabic-news', 'أكـــد الوزير.\n');
    await waitFor('a tatweel diagnostic', () => tatweelDiags(doc.uri).length === 1);
    // The server is a child of this extension host process: kill it as a crash would.
    const [pid] = serverPids();
    assert.ok(pid, 'the language server runs as a child of the extension host');
    process.kill(pid, 'SIGKILL');
    await waitFor('a new server process', () => serverPids().some((p) => p !== pid));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), 'وأشـــار المتحدث.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('two tatweel diagnostics from the restarted server', () => tatweelDiags(doc.uri).length === 2);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the article templates are contributed as snippets for Arabic news drafts', async () => {
    const doc = await untitled('arabic-news', '');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'arabic-news', name: 'خبر' });
    await waitFor('the «خبر» template inserted', () => doc.getText().startsWith('القسم: '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('“restart server” restarts it and the diagnostics come back', async () => {
    const doc = await untitled('arabic-news', 'أكـــد الوزير.\n');
    await waitFor('a tatweel diagnostic', () => tatweelDiags(doc.uri).length === 1);
    await vscode.commands.executeCommand('mudaqqiq.restartServer');
    await waitFor('diagnostics after the restart', () => tatweelDiags(doc.uri).length === 1);
    // Edit after the restart: the new server sees changes.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), 'وأشـــار المتحدث.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('two tatweel diagnostics after the edit', () => tatweelDiags(doc.uri).length === 2);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a server that keeps crashing: the user is told once, the client gives up instead of looping, and “restart server” brings it back', async () => {
    const api = vscode.extensions.getExtension<{ restartNotices(): number; serverState(): string }>(EXTENSION_ID)?.exports;
    assert.ok(api, 'the extension’s API');
    await vscode.commands.executeCommand('mudaqqiq.restartServer'); // a fresh client: nothing told yet, no crash counted
    try {
      const notices = api.restartNotices();
      let kills = 0;
      const trace: string[] = [];
      for (;;) {
        const [pid] = await waitFor('a running server', () => {
          const pids = serverPids();
          return pids.length > 0 && api.serverState() === 'running' ? pids : undefined;
        }, 60_000);
        trace.push(`kill ${pid} of ${serverPids().join(',')} (${api.serverState()})`);
        process.kill(pid, 'SIGKILL');
        kills++;
        // restarted: a new server process; gave up: the client stays stopped (not starting) with no server
        let stoppedSince: number | undefined;
        const back = await waitFor('a new server, or the client giving up', () => {
          if (serverPids().some((p) => p !== pid)) return 'restarted';
          if (api.serverState() === 'stopped' && serverPids().length === 0) {
            stoppedSince ??= Date.now();
            if (Date.now() - stoppedSince > 8000) return 'gave up';
          } else stoppedSince = undefined;
          return undefined;
        }, 90_000);
        trace.push(`${back}: ${serverPids().join(',')} (${api.serverState()})`);
        if (back === 'gave up') break;
        assert.ok(kills < 8, 'the client keeps restarting a server that crashes again and again');
      }
      assert.ok(kills >= 2, `the client restarted the server at least once (gave up after ${kills} crashes): ${trace.join('; ')}`);
      assert.equal(api.restartNotices() - notices, 1, `told once over ${kills} crashes`);
    } finally {
      // the tests after this one need a server
      await vscode.commands.executeCommand('mudaqqiq.restartServer');
    }
    const doc = await untitled('arabic-news', 'أكـــد الوزير.\n');
    await waitFor('diagnostics from the server started again', () => tatweelDiags(doc.uri).length === 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
