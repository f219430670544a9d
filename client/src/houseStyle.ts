// "Mudaqqiq: create house-style file": writes a commented `.mudaqqiq.json` that extends a
// preset at the root of the workspace, and never overwrites an existing one.

import * as vscode from 'vscode';
import { t } from './settings';

export const PRESETS = ['recommended', 'egyptian-press', 'pan-arab', 'strict'] as const;
export type Preset = (typeof PRESETS)[number];

const PRESET_LABELS: Record<Preset, { ar: string; en: string }> = {
  recommended: { ar: 'الإعداد الموصى به لمعظم غرف الأخبار', en: 'The recommended settings for most newsrooms' },
  'egyptian-press': { ar: 'أسلوب الصحافة المصرية', en: 'Egyptian press style' },
  'pan-arab': { ar: 'أسلوب الصحافة العربية العامة', en: 'Pan-Arab press style' },
  strict: { ar: 'صارم: كل القواعد مفعلة بدرجة أعلى', en: 'Strict: every rule on, at a higher severity' },
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
      t({ ar: 'افتح مجلدا أولا: يُكتب ملف دليل الأسلوب في جذره.', en: 'Open a folder first: the house-style file goes at its root.' }),
    );
    return undefined;
  }
  let preset: Preset | undefined;
  if (typeof presetArg === 'string') {
    if (!(PRESETS as readonly string[]).includes(presetArg)) {
      void vscode.window.showErrorMessage(
        t({ ar: `إعداد جاهز غير معروف «${presetArg}»؛ المعروف: ${PRESETS.join('، ')}`, en: `Unknown preset "${presetArg}"; known: ${PRESETS.join(', ')}` }),
      );
      return undefined;
    }
    preset = presetArg as Preset;
  } else {
    const picked = await vscode.window.showQuickPick(
      PRESETS.map((p) => ({ label: p, description: t(PRESET_LABELS[p]), preset: p })),
      { title: t({ ar: 'على أي إعداد جاهز يبني دليل الأسلوب؟', en: 'Which preset should the house style build on?' }) },
    );
    preset = picked?.preset;
  }
  if (!preset) return undefined;
  const target = vscode.Uri.joinPath(folder.uri, '.mudaqqiq.json');
  try {
    await vscode.workspace.fs.stat(target);
    void vscode.window.showWarningMessage(
      t({ ar: 'يوجد ملف ‎.mudaqqiq.json‎ في جذر المجلد بالفعل، ولن يُستبدل.', en: 'A .mudaqqiq.json already exists at the workspace root; it was not overwritten.' }),
    );
    return undefined;
  } catch {
    // no file yet: write it
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(houseStyleText(preset)));
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
