// "Mudaqqiq: create house-style file": writes a commented `.mudaqqiq.json` that extends a
// preset at the root of the workspace, and never overwrites an existing one.

import * as vscode from 'vscode';
import { l10n } from './l10n';

export const PRESETS = ['recommended', 'egyptian-press', 'pan-arab', 'strict'] as const;
export type Preset = (typeof PRESETS)[number];

const PRESET_LABELS: Record<Preset, () => string> = {
  recommended: () => l10n.t('The recommended settings for most newsrooms'),
  'egyptian-press': () => l10n.t('Egyptian press style'),
  'pan-arab': () => l10n.t('Pan-Arab press style'),
  strict: () => l10n.t('Strict: every rule on, including those off by default (spelling, diacritics)'),
};

export function houseStyleText(preset: Preset): string {
  return [
    '// دليل أسلوب المؤسسة لمدقق — Mudaqqiq house style',
    '// يبني على إعداد جاهز، وما تكتبه هنا يتقدم عليه. — Builds on a preset; what you write here wins.',
    '// القواعد: "rules": { "tatweel": "off" } — Rules by id, or "category:<name>" for a whole category.',
    '// قوالب المؤسسة: ضع ملفات *.code-snippets في مجلد templates/ بجوار هذا الملف.',
    '// Newsroom templates: put *.code-snippets files in a templates/ folder next to this file.',
    '{',
    `  "extends": "${preset}",`,
    '  "rules": {',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * The command. `presetArg` skips the question (for tests and walkthrough links). Returns the
 * file written, or undefined when nothing was written.
 */
export async function createHouseStyle(presetArg?: unknown): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(
      l10n.t('Open a folder first: the house-style file goes at its root.'),
    );
    return undefined;
  }
  let preset: Preset | undefined;
  if (typeof presetArg === 'string') {
    if (!(PRESETS as readonly string[]).includes(presetArg)) {
      void vscode.window.showErrorMessage(
        l10n.t('Unknown preset "{0}"; known: {1}', [presetArg, PRESETS.join(', ')]),
      );
      return undefined;
    }
    preset = presetArg as Preset;
  } else {
    const picked = await vscode.window.showQuickPick(
      PRESETS.map((p) => ({ label: p, description: PRESET_LABELS[p](), preset: p })),
      { title: l10n.t('Which preset should the house style build on?') },
    );
    preset = picked?.preset;
  }
  if (!preset) return undefined;
  const target = vscode.Uri.joinPath(folder.uri, '.mudaqqiq.json');
  try {
    await vscode.workspace.fs.stat(target);
    const open = l10n.t('Open it');
    void vscode.window
      .showWarningMessage(l10n.t('A .mudaqqiq.json already exists at the workspace root; it was not overwritten.'), open)
      .then((choice) => (choice === open ? vscode.window.showTextDocument(target, { preview: false }) : undefined));
    return undefined;
  } catch {
    // no file yet: write it
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(houseStyleText(preset)));
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
