// The article-level commands in a real VS Code: reporting verbs (quick pick → jump), article
// templates (snippet insertion with the byline and an Arabic date), the style report webview
// (its numbers against the editor's own diagnostics) and the house-style file command.
// Real `vscode` API and the real server; nothing is stubbed. Runs after extension.test.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { mudaqqiqDiags, ruleOf, sleep, waitFor, wsUri } from './helpers';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

interface VerbsResult {
  verbs: Array<{ lemma: string; count: number; uses: Array<{ text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }> }>;
}

interface ReportOutcome {
  title: string;
  viewType: string;
  result: { report: { findings: { total: number; categories: Array<{ rules: Array<{ ruleId: string; count: number }> }> } }; html: string };
}

async function openArticle(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(wsUri('article.khabar'));
  const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  await waitFor('diagnostics on article.khabar', () => mudaqqiqDiags(doc.uri).length > 0);
  return editor;
}

suite('Mudaqqiq article commands', () => {
  suiteTeardown(async () => {
    const config = vscode.workspace.getConfiguration('mudaqqiq');
    await config.update('templates.byline', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('templates.digits', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a draft is prose: in arabic-news, no suggestions as you type and Enter never accepts one (so «تقرير» + Enter is a new line, not a template)', async () => {
    const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'arabic-news' });
    assert.deepEqual(editorConfig.get('quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
    assert.equal(editorConfig.get('acceptSuggestionOnEnter'), 'off');
    assert.equal(editorConfig.get('wordBasedSuggestions'), 'off');
    // other languages keep VS Code's own defaults
    assert.notEqual(vscode.workspace.getConfiguration('editor', { languageId: 'javascript' }).get('acceptSuggestionOnEnter'), 'off');
  });

  test('reporting verbs: the quick picks list أشار — 5 and jump to the chosen use', async () => {
    const editor = await openArticle();
    const doc = editor.document;
    // The command shows two quick picks; accept the first item of each (أشار is the most used verb).
    const running = vscode.commands.executeCommand<VerbsResult | undefined>('mudaqqiq.reportingVerbs');
    await sleep(1500);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await sleep(1000);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const result = await running;
    assert.ok(result, 'the command returned the server’s answer');
    const ashar = result.verbs.find((v) => v.lemma === 'أشار');
    assert.ok(ashar, `أشار is listed (got ${result.verbs.map((v) => v.lemma).join('، ')})`);
    assert.equal(ashar.count, 5);
    assert.equal(ashar.uses.length, 5);
    assert.equal(result.verbs[0].lemma, 'أشار', 'most used first');
    const first = ashar.uses[0];
    const active = vscode.window.activeTextEditor;
    assert.ok(active && active.document.uri.toString() === doc.uri.toString(), 'the draft is the active editor');
    const sel = active.selection;
    assert.deepEqual(
      [sel.start.line, sel.start.character, sel.end.line, sel.end.character],
      [first.range.start.line, first.range.start.character, first.range.end.line, first.range.end.character],
      'the first use of أشار is selected',
    );
    assert.equal(doc.getText(sel), 'وأشار');
  });

  test('reporting-verb highlights: on, every use the server lists is highlighted where it is; off again', async () => {
    type Highlights = { uri: string; version: number; ranges: Array<{ lemma: string; text: string; start: { line: number; character: number } }> };
    const editor = await openArticle();
    const doc = editor.document;
    const on = await vscode.commands.executeCommand<Highlights | undefined>('mudaqqiq.toggleReportingVerbHighlights');
    assert.ok(on, 'turning the highlights on returns what was highlighted');
    assert.equal(on.uri, doc.uri.toString());
    const byLemma = new Map<string, number>();
    for (const r of on.ranges) byLemma.set(r.lemma, (byLemma.get(r.lemma) ?? 0) + 1);
    assert.equal(byLemma.get('أشار'), 5);
    assert.equal(byLemma.get('أشاد'), 3);
    for (const r of on.ranges) {
      const line = doc.lineAt(r.start.line).text;
      assert.equal(line.slice(r.start.character, r.start.character + r.text.length), r.text, `«${r.text}» is where the highlight says`);
    }
    const off = await vscode.commands.executeCommand<Highlights | undefined>('mudaqqiq.toggleReportingVerbHighlights');
    assert.equal(off, undefined, 'the second toggle turns them off');
  });

  test('style report: a webview beside the draft whose per-rule counts are the editor’s diagnostics', async () => {
    const editor = await openArticle();
    const doc = editor.document;
    const diags = mudaqqiqDiags(doc.uri);
    const outcome = await vscode.commands.executeCommand<ReportOutcome | undefined>('mudaqqiq.styleReport');
    assert.ok(outcome, 'the command returned the report');
    assert.equal(outcome.viewType, 'mudaqqiq.styleReport');
    assert.match(outcome.title, /article\.khabar/);
    assert.match(outcome.title, /^(تقرير الأسلوب|Style report): /);
    const tab = await waitFor('the report tab', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.label === outcome.title),
    );
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'the report opens beside the draft');
    const expected = new Map<string, number>();
    for (const d of diags) expected.set(ruleOf(d), (expected.get(ruleOf(d)) ?? 0) + 1);
    const got = new Map(outcome.result.report.findings.categories.flatMap((c) => c.rules.map((r) => [r.ruleId, r.count] as const)));
    assert.ok(expected.size > 3, `several rules fire on the sample (got ${[...expected.keys()].join(', ')})`);
    assert.deepEqual(Object.fromEntries([...got].sort()), Object.fromEntries([...expected].sort()));
    assert.equal(outcome.result.report.findings.total, diags.length);
    // The page: strict CSP with the webview's nonce, no network, items carrying their offsets.
    const html = outcome.result.html;
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;|Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /data-start="\d+" data-end="\d+"/);
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org)/, 'no network address in the page');
  });

  test('the extension’s own strings follow mudaqqiq.messagesLanguage: ar and en through the bundle, auto through vscode.l10n (the display language)', async () => {
    await openArticle();
    const config = () => vscode.workspace.getConfiguration('mudaqqiq');
    const title = async () => (await vscode.commands.executeCommand<ReportOutcome | undefined>('mudaqqiq.styleReport'))?.title;
    try {
      await config().update('messagesLanguage', 'ar', vscode.ConfigurationTarget.Workspace);
      assert.equal(await title(), 'تقرير الأسلوب: article.khabar');
      await config().update('messagesLanguage', 'en', vscode.ConfigurationTarget.Workspace);
      assert.equal(await title(), 'Style report: article.khabar');
      await config().update('messagesLanguage', undefined, vscode.ConfigurationTarget.Workspace);
      const display = vscode.env.language.toLowerCase().startsWith('ar') ? 'تقرير الأسلوب: article.khabar' : 'Style report: article.khabar';
      assert.equal(await title(), display, `auto follows the display language (${vscode.env.language})`);
    } finally {
      await config().update('messagesLanguage', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('create house-style file: writes .mudaqqiq.json extending the chosen preset, and refuses to overwrite it', async () => {
    const house = wsUri('.mudaqqiq.json');
    if (await exists(house)) await vscode.workspace.fs.delete(house);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('mudaqqiq.createHouseStyle', 'egyptian-press');
    assert.ok(written, 'the file was written');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(house));
    assert.match(text, /"extends": "egyptian-press"/);
    assert.match(text, /^\/\/ /m, 'it is commented');
    // The server reads it: no house-style problem reported on it.
    await sleep(500);
    assert.deepEqual(mudaqqiqDiags(house).map((d) => d.message), []);
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('mudaqqiq.createHouseStyle', 'strict');
    assert.equal(again, undefined, 'a second run writes nothing');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(house)), text, 'the existing file is untouched');
    const bad = await vscode.commands.executeCommand<vscode.Uri | undefined>('mudaqqiq.createHouseStyle', 'no-such-preset');
    assert.equal(bad, undefined);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('insert template: a built-in template gets the byline, in the house style; a newsroom template from templates/ gets the byline and an Arabic date', async () => {
    const house = wsUri('.mudaqqiq.json');
    await vscode.workspace.fs.writeFile(house, new TextEncoder().encode('{ "extends": "egyptian-press" }\n'));
    const templates = wsUri('templates', 'house.code-snippets');
    await vscode.workspace.fs.writeFile(
      templates,
      new TextEncoder().encode(
        JSON.stringify({
          'نشرة الصباح': {
            prefix: 'نشرة',
            description: 'نشرة الصباح بتاريخ اليوم',
            body: ['نشرة الصباح — $MUDAQQIQ_DATE', 'إعداد: ${MUDAQQIQ_BYLINE}', '', '${1:الخبر الأول}', '$0'],
          },
        }),
      ),
    );
    const config = vscode.workspace.getConfiguration('mudaqqiq');
    await config.update('templates.byline', 'سارة المصري', vscode.ConfigurationTarget.Workspace);
    /**
     * Insert the template into a new draft; what it inserted once `ready(text)` holds (again
     * in a new draft until then: the server takes a rewritten house style when its file watcher
     * tells it), or the last try after 15 s, for the asserts to say what was wrong.
     */
    const insert = async (name: string, ready: (text: string) => boolean = () => true): Promise<string> => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const doc = await vscode.workspace.openTextDocument({ language: 'arabic-news', content: '' });
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('mudaqqiq.insertTemplate', name);
        await waitFor(`the template ${name}`, () => doc.getText().length > 0);
        const text = doc.getText();
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        if (ready(text) || Date.now() > deadline) return text;
        await sleep(250);
      }
    };
    const firstLine = (text: string) => text.split('\n')[0];
    try {
      // A built-in template: «كتب: ${3:اسم المحرر}» gets the byline, and the whole template is
      // written in the house style (egyptian-press: the final ى of فى، التى، المصرى).
      let text = await insert('خبر', (x) => x.includes('التى'));
      assert.match(text, /كتب: سارة المصرى/);
      assert.match(text, /^القسم: سياسة/);
      assert.match(text, /التى تسند الخبر/);
      assert.doesNotMatch(text, /(^|\s)(في|التي)\s/, 'no final ي left where the house style writes ى');

      // The newsroom template, Western digits (the default), under a house style that leaves the
      // final yeh and the digits to the draft (recommended: "consistent").
      await vscode.workspace.fs.writeFile(house, new TextEncoder().encode('{ "extends": "recommended" }\n'));
      text = await insert('نشرة الصباح', (x) => x.includes('المصري'));
      const today = new Intl.DateTimeFormat('ar-EG-u-nu-latn', { dateStyle: 'full' }).format(new Date());
      assert.ok(text.startsWith(`نشرة الصباح — ${today}\n`), `today's date in Arabic, Western digits (got ${JSON.stringify(firstLine(text))})`);
      assert.match(today, /[\u0600-\u06FF]/, 'the date is written in Arabic');
      assert.match(today, /\d{4}/, 'with Western digits');
      assert.match(text, /إعداد: سارة المصري/);

      // Arabic-Indic digits.
      await config.update('templates.digits', 'arabic-indic', vscode.ConfigurationTarget.Workspace);
      text = await insert('نشرة الصباح');
      assert.match(firstLine(text), /[٠-٩]{4}/, `Arabic-Indic digits (got ${JSON.stringify(firstLine(text))})`);
      assert.doesNotMatch(firstLine(text), /[0-9]/);

      // A house style that sets the digit system has the last word (egyptian-press: Western).
      await vscode.workspace.fs.writeFile(house, new TextEncoder().encode('{ "extends": "egyptian-press" }\n'));
      text = await insert('نشرة الصباح', (x) => x.includes('المصرى'));
      assert.match(firstLine(text), /[0-9]{4}/, `the house style's Western digits (got ${JSON.stringify(firstLine(text))})`);
      assert.doesNotMatch(firstLine(text), /[٠-٩]/);
    } finally {
      await vscode.workspace.fs.delete(wsUri('templates'), { recursive: true });
      await vscode.workspace.fs.delete(house);
    }
  });
});
