// The extension's own strings (notifications, quick picks, the status bar tooltip, the report's
// title) in English and Arabic, the VS Code way: the English text is the key, and
// l10n/bundle.l10n.ar.json (package.json "l10n": "./l10n") holds the Arabic. Placeholders are
// {0}, {1} … in both.
//
// `mudaqqiq.messagesLanguage` decides, per resource like the server's messages:
// - `auto` (the default): `vscode.l10n.t`, i.e. VS Code's display language (VS Code loads the
//   Arabic bundle when the display language is Arabic; any other language gets English).
// - `ar` or `en`: the user forced a language regardless of VS Code's, which `vscode.l10n.t`
//   cannot do; the same bundle (bundled into dist/client.js) is handed to the `@vscode/l10n`
//   package (`l10n.config({ contents })`), or no bundle for English, and its `t` formats.
//
// Every call site passes a string literal as the message (test/unit/l10n.test.ts reads them
// from client/src: each must have an Arabic entry, and each bundle key must be used).
//
// A count agrees with its number as the engine's messages do: the Arabic of "{0} findings" is
// `{0, plural, one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} other {# ملاحظة}}` (the
// number may come in Arabic-Indic digits). So the template is looked up without its arguments
// and filled here, by the engine's formatter.

import * as vscode from 'vscode';
import * as l10nPackage from '@vscode/l10n';
import arBundle from '../../l10n/bundle.l10n.ar.json';
import { displayLanguage, SECTION, type MessagesLanguage } from './settings';
import { format } from '../../server/src/engine/messages';

type Arg = string | number | boolean;

const AR: Record<string, string> = arBundle;
let configured: MessagesLanguage | undefined;

/** The language forced by `mudaqqiq.messagesLanguage` for `scope`, or undefined for `auto`. */
function forcedLanguage(scope?: vscode.ConfigurationScope | null): MessagesLanguage | undefined {
  const v = vscode.workspace.getConfiguration(SECTION, scope).get<string>('messagesLanguage', 'auto');
  return v === 'ar' || v === 'en' ? v : undefined;
}

/** The language `t` speaks for `scope`: the forced one, or VS Code's display language. */
export function resolvedLanguage(scope?: vscode.ConfigurationScope | null): MessagesLanguage {
  return forcedLanguage(scope) ?? displayLanguage();
}

/** `template` with {0}, {1} … (plain or plural) filled from `args`, counted as `lang` counts. */
function fill(template: string, args: readonly Arg[], lang: MessagesLanguage): string {
  if (args.length === 0) return template;
  const data: Record<string, string | number> = {};
  args.forEach((a, i) => (data[i] = typeof a === 'number' ? a : String(a)));
  return format(template, data, lang);
}

/** `message` (English, the key) in `lang` through the @vscode/l10n package. */
export function translate(lang: MessagesLanguage, message: string, args: readonly Arg[] = []): string {
  if (configured !== lang) {
    l10nPackage.config({ contents: lang === 'ar' ? AR : {} });
    configured = lang;
  }
  // without arguments, the package gives the template as it is
  return fill(l10nPackage.t(message), args, lang);
}

/**
 * `message` in the messages language of `scope` (a draft's URI, or none for window-wide
 * strings), with `{0}`… replaced by `args`.
 */
export function t(message: string, args: readonly Arg[] = [], scope?: vscode.ConfigurationScope | null): string {
  const lang = forcedLanguage(scope);
  // without arguments, vscode.l10n.t gives the template (in VS Code's display language) as it is
  return lang ? translate(lang, message, args) : fill(vscode.l10n.t(message), args, displayLanguage());
}

export const l10n = { t };
