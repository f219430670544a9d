// "Mudaqqiq: insert article template": the article templates of the snippet file shipped with
// the extension, then a newsroom's own (`templates/*.code-snippets|*.json` next to the
// workspace root's `.mudaqqiq.json`), in a quick pick; the chosen one is inserted at the
// cursor as a snippet, with the byline from the settings (and, in a newsroom's own templates,
// today's date in Arabic).
//
// Template bodies may use two variables of ours: `$MUDAQQIQ_DATE` / `${MUDAQQIQ_DATE}` (today,
// `Intl.DateTimeFormat('ar-EG', { dateStyle: 'full' })`, digits per `mudaqqiq.templates.digits`)
// and `$MUDAQQIQ_BYLINE` / `${MUDAQQIQ_BYLINE}` (`mudaqqiq.templates.byline`). A placeholder
// whose default is «اسم المحرر» (the built-in templates' byline) gets the byline as its default.
// The server then writes the template in the draft's house style (final ى or ي, digits,
// quotation marks, when the house style sets them: server/src/lsp/templateText.ts).

import * as vscode from 'vscode';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TEMPLATE_TEXT_REQUEST } from '../../server/src/lsp/protocol';
import { l10n } from './l10n';
import { SECTION } from './settings';

export interface Template {
  name: string;
  description: string;
  body: string;
  source: 'built-in' | 'newsroom';
}

export type DigitsSetting = 'western' | 'arabic-indic';

export function arabicDate(date: Date, digits: DigitsSetting): string {
  const locale = digits === 'arabic-indic' ? 'ar-EG-u-nu-arab' : 'ar-EG-u-nu-latn';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(date);
}

/** Escape text for use inside a snippet (placeholder default or plain text). */
function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The body with our variables and the byline placeholder filled. */
export function fillTemplate(body: string, opts: { date: string; byline: string }): string {
  let out = body
    .replace(/\$\{MUDAQQIQ_DATE\}|\$MUDAQQIQ_DATE\b/g, () => snippetEscape(opts.date))
    .replace(/\$\{MUDAQQIQ_BYLINE\}|\$MUDAQQIQ_BYLINE\b/g, () => snippetEscape(opts.byline));
  if (opts.byline) out = out.replace(/\$\{(\d+):اسم المحرر\}/g, (_m, n: string) => `\${${n}:${snippetEscape(opts.byline)}}`);
  return out;
}

/** Templates of one snippet file's text; a malformed entry is skipped. */
export function parseSnippetFile(text: string, source: Template['source']): Template[] {
  const errors: ParseError[] = [];
  const json = parseJsonc(text, errors, { allowTrailingComma: true }) as unknown;
  if (!json || typeof json !== 'object' || Array.isArray(json)) return [];
  const out: Template[] = [];
  for (const [name, value] of Object.entries(json as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const v = value as { body?: unknown; description?: unknown };
    const body = Array.isArray(v.body) ? v.body.filter((l) => typeof l === 'string').join('\n') : typeof v.body === 'string' ? v.body : undefined;
    if (body === undefined) continue;
    const description = typeof v.description === 'string' ? v.description : '';
    out.push({ name, description, body, source });
  }
  return out;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Built-in templates first, then the newsroom's own. */
export async function loadTemplates(extensionUri: vscode.Uri): Promise<Template[]> {
  const templates: Template[] = [];
  const builtIn = await readText(vscode.Uri.joinPath(extensionUri, 'snippets', 'arabic-news.code-snippets'));
  if (builtIn) templates.push(...parseSnippetFile(builtIn, 'built-in'));
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const houseStyle = vscode.Uri.joinPath(folder.uri, '.mudaqqiq.json');
    if ((await readText(houseStyle)) === undefined) continue;
    const dir = vscode.Uri.joinPath(folder.uri, 'templates');
    let entries: [string, vscode.FileType][] = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [file, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      if (type !== vscode.FileType.File || !/\.(code-snippets|json)$/.test(file)) continue;
      const text = await readText(vscode.Uri.joinPath(dir, file));
      if (text) templates.push(...parseSnippetFile(text, 'newsroom'));
    }
  }
  return templates;
}

/** One line of a description: of «عربي — English», the half in VS Code's display language. */
function oneLine(s: string): string {
  const first = s.split('\n')[0];
  const halves = first.split(' — ');
  const half = halves.length === 2 ? halves[vscode.env.language.startsWith('ar') ? 0 : 1] : first;
  return half.length > 140 ? `${half.slice(0, 140)}…` : half;
}

/**
 * The command. `nameArg` picks the template by name without asking (tests, walkthrough).
 * Returns the inserted snippet's text, or undefined when nothing was inserted.
 */
export async function insertTemplate(extensionUri: vscode.Uri, client: LanguageClient | undefined, nameArg?: unknown): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(l10n.t('Open a draft first.'));
    return undefined;
  }
  const templates = await loadTemplates(extensionUri);
  let chosen: Template | undefined;
  if (typeof nameArg === 'string') {
    chosen = templates.find((x) => x.name === nameArg);
    if (!chosen) {
      void vscode.window.showErrorMessage(l10n.t('No template named “{0}”.', [nameArg]));
      return undefined;
    }
  } else {
    const items: Array<vscode.QuickPickItem & { template?: Template }> = [];
    let lastSource: Template['source'] | undefined;
    for (const tp of templates) {
      if (tp.source !== lastSource) {
        items.push({
          label: tp.source === 'built-in' ? l10n.t('Mudaqqiq templates') : l10n.t('Newsroom templates'),
          kind: vscode.QuickPickItemKind.Separator,
        });
        lastSource = tp.source;
      }
      items.push({ label: tp.name, description: oneLine(tp.description), template: tp });
    }
    const picked = await vscode.window.showQuickPick(items, {
      title: l10n.t('Insert an article template'),
      matchOnDescription: true,
    });
    chosen = picked?.template;
  }
  if (!chosen) return undefined;
  const config = vscode.workspace.getConfiguration(SECTION, editor.document.uri);
  const digits: DigitsSetting = config.get('templates.digits') === 'arabic-indic' ? 'arabic-indic' : 'western';
  const bylineSetting = config.get<unknown>('templates.byline');
  const byline = typeof bylineSetting === 'string' ? bylineSetting.trim() : '';
  const filled = fillTemplate(chosen.body, { date: arabicDate(new Date(), digits), byline });
  const body = (await inHouseStyle(client, editor.document, filled)) ?? filled;
  await editor.insertSnippet(new vscode.SnippetString(body));
  return body;
}

/** How long the template waits for the server (busy with a large draft): then it goes in as written. */
const HOUSE_STYLE_WAIT_MS = 1500;

/**
 * The template's body in the draft's house style (final ى or ي, digits, quotation marks), as
 * the server writes it (mudaqqiq/templateText); undefined when the server is not running, does
 * not check this draft, fails, or takes too long.
 */
async function inHouseStyle(client: LanguageClient | undefined, doc: vscode.TextDocument, body: string): Promise<string | undefined> {
  if (!client?.isRunning()) return undefined;
  const cancel = new vscode.CancellationTokenSource();
  const timer = setTimeout(() => cancel.cancel(), HOUSE_STYLE_WAIT_MS);
  try {
    const r = await client.sendRequest<string | null>(TEMPLATE_TEXT_REQUEST, { uri: doc.uri.toString(), body }, cancel.token);
    return typeof r === 'string' ? r : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
    cancel.dispose();
  }
}
