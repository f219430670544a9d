// The server's own words (action titles, notices), Arabic first, with English.

import { format, pick, type Lang, type Localized, type MessageData } from '../engine';

export const M = {
  fixAllRule: { ar: 'أصلح كل ملاحظات «{rule}» في هذه المسودة', en: 'Fix all {rule} problems in this draft' },
  fixAll: { ar: 'أصلح كل ما يمكن إصلاحه تلقائيا', en: 'Fix all auto-fixable problems' },
  fixAllLabel: { ar: 'مدقق: إصلاح الكل', en: 'Mudaqqiq: fix all' },
  disableRuleMarkdown: { ar: 'عطّل قاعدة «{rule}» في هذه المسودة', en: 'Disable {rule} for this draft' },
  disableRuleFile: {
    ar: 'عطّل قاعدة «{rule}» في هذه المسودة (يُكتب في ملف دليل الأسلوب {config})',
    en: 'Disable {rule} for this draft (written to the house-style file {config})',
  },
  ignoreFinding: { ar: 'تجاهل هذه الملاحظة (تُكتب في ملف دليل الأسلوب {config})', en: 'Ignore this finding (written to the house-style file {config})' },
  capped: {
    ar: '{shown, plural, one {تُعرض ملاحظة واحدة} two {تُعرض ملاحظتان} few {تُعرض # ملاحظات} other {تُعرض # ملاحظة}} من {total} في هذه المسودة، الأقرب إلى موضع التحرير (الحد يضبطه الإعداد mudaqqiq.maxProblems)',
    en: 'Showing {shown} of the {total} findings in this draft, those nearest the last edit (the limit is the setting mudaqqiq.maxProblems)',
  },
  tooLarge: {
    ar: 'لم يُدقَّق هذا الملف: حجمه {size} أكبر من الحد {max} (الإعداد mudaqqiq.maxFileSize)',
    en: 'This file was not checked: its size {size} is over the limit of {max} (setting mudaqqiq.maxFileSize)',
  },
  binary: {
    ar: 'لم يُدقَّق هذا الملف: يبدو ملفا ثنائيا لا نصا (فيه محرف NUL)',
    en: 'This file was not checked: it looks binary, not text (it contains a NUL character)',
  },
  addNameCanonical: { ar: 'أضف «{name}» إلى قائمة الأسماء هجاءً معتمدا ({config})', en: 'Add “{name}” to the names list as the canonical spelling ({config})' },
  addNameVariant: { ar: 'أضف «{name}» إلى قائمة الأسماء صيغةً خاطئة لـ«{canonical}» ({config})', en: 'Add “{name}” to the names list as a wrong variant of “{canonical}” ({config})' },
  addAccepted: { ar: 'أضف «{word}» إلى الكلمات المقبولة ({config})', en: 'Add “{word}” to the accepted words ({config})' },
  nameHover: { ar: 'قائمة الأسماء: **{canonical}**', en: 'Names list: **{canonical}**' },
  nameTitle: { ar: 'اللقب', en: 'Title' },
  nameRole: { ar: 'الصفة', en: 'Role' },
  nameCount: { ar: 'ورد في هذه المسودة {count, plural, one {مرة واحدة} two {مرتين} few {# مرات} other {# مرة}}', en: '{count, plural, one {Mentioned once} other {Mentioned # times}} in this draft' },
  hoverGood: { ar: 'صواب', en: 'Correct' },
  hoverBad: { ar: 'خطأ', en: 'Incorrect' },
  hoverDocs: { ar: 'شرح القاعدة', en: 'Rule documentation' },
  hoverFixable: { ar: 'يمكن إصلاحها تلقائيا', en: 'auto-fixable' },
  workspaceCheckTitle: { ar: 'مدقق: مراجعة كل المسودات', en: 'Mudaqqiq: checking every draft' },
  workspaceCheckFinding: { ar: 'البحث عن المسودات…', en: 'Finding the drafts…' },
  workspaceCheckProgress: { ar: 'رُوجعت {done} من {total}', en: '{done} of {total} checked' },
} satisfies Record<string, Localized>;

export function t(lang: Lang, m: Localized, data?: MessageData): string {
  return format(pick(m, lang), data, lang);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
