// The `mudaqqiq.*` settings as the client reads them from VS Code and hands them to the
// server when it asks (`workspace/configuration`, section `mudaqqiq`): checked values only,
// defaults for anything malformed.

import * as vscode from 'vscode';
import {
  DEFAULT_LANGUAGES,
  DEFAULT_SETTINGS,
  SETTINGS_SECTION as SECTION,
  type MudaqqiqSettings,
  type RuleSeveritySetting,
} from '../../server/src/lsp/protocol';

export { SECTION };

/** The message languages the server speaks. */
export type MessagesLanguage = 'ar' | 'en';
const SEVERITIES = new Set<string>(['error', 'warning', 'info', 'hint', 'off']);

/**
 * `messagesLanguage: auto` (the default) reaches the server as `auto`: it then uses the
 * house-style file's `language` if that sets one, otherwise VS Code's display language (the
 * language client sends `vscode.env.language` as the initialize `locale`). The client's own
 * strings (status bar, notifications) are chosen in l10n.ts: `ar`/`en` force a language,
 * `auto` follows VS Code's display language through `vscode.l10n`.
 */
export function displayLanguage(): MessagesLanguage {
  return vscode.env.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** The languages to check, from `mudaqqiq.languages` (window-wide: it decides the document selector). */
export function configuredLanguages(): string[] {
  const v = vscode.workspace.getConfiguration(SECTION).get<unknown>('languages', [...DEFAULT_LANGUAGES]);
  if (!Array.isArray(v)) return [...DEFAULT_LANGUAGES];
  const langs = v.filter((x): x is string => typeof x === 'string' && x.length > 0);
  return [...new Set(langs)];
}

function num(v: unknown, fallback: number, min: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min ? v : fallback;
}

/** Read the settings for a resource; bad values fall back to defaults rather than reaching the server. */
export function readSettings(scope?: vscode.ConfigurationScope | null): MudaqqiqSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const rulesIn = c.get<unknown>('rules', {});
  const rules: Record<string, RuleSeveritySetting> = {};
  if (rulesIn && typeof rulesIn === 'object' && !Array.isArray(rulesIn)) {
    for (const [id, sev] of Object.entries(rulesIn as Record<string, unknown>)) {
      if (typeof sev === 'string' && SEVERITIES.has(sev)) rules[id] = sev as RuleSeveritySetting;
    }
  }
  const run = c.get<string>('run', 'onType');
  const lang = c.get<string>('messagesLanguage', 'auto');
  return {
    enable: c.get<boolean>('enable', true) !== false,
    languages: configuredLanguages(),
    run: run === 'onSave' ? 'onSave' : 'onType',
    messagesLanguage: lang === 'ar' || lang === 'en' ? lang : 'auto',
    debounceMs: num(c.get('debounceMs'), DEFAULT_SETTINGS.debounceMs, 0),
    maxFileSize: num(c.get('maxFileSize'), DEFAULT_SETTINGS.maxFileSize, 1),
    maxProblems: num(c.get('maxProblems'), DEFAULT_SETTINGS.maxProblems, 1),
    rules,
  };
}
