// What the loader says about a house-style file, in Arabic and English.

import { format } from '../engine/messages';
import type { Localized } from '../engine/types';

/** An Arabic wording of the count `n` (an ICU plural's options: `one {…} two {…} few {…} many {…} other {…}`, `#` the number). */
function agree(n: number, options: string): string {
  return format(`{n, plural, ${options}}`, { n }, 'ar');
}

/** Where the first of `n` more items is: «في السطر 5», «أولاهما في السطر 5», «أولها في السطر 5». */
function firstOnLine(n: number, line: number, feminine: boolean): string {
  if (n === 1) return `في السطر ${line}`;
  if (n === 2) return `${feminine ? 'أولاهما' : 'أولهما'} في السطر ${line}`;
  return `أولها في السطر ${line}`;
}

/** How many of `count` more problems are errors: nothing when none is, «(منها 3 أخطاء)». */
function moreErrorsAr(count: number, errors: number): string {
  if (errors <= 0) return '';
  if (count === 1) return ' (وهي خطأ)';
  if (count === 2) return errors === 2 ? ' (وكلتاهما خطأ)' : ' (إحداهما خطأ)';
  return ` (منها ${agree(errors, 'one {خطأ واحد} two {خطآن} few {# أخطاء} many {# خطأً} other {# خطأ}')})`;
}

const PARSE: Record<number, Localized> = {
  1: { ar: 'رمز غير صالح في JSON', en: 'Invalid symbol' },
  2: { ar: 'صيغة رقم غير صالحة', en: 'Invalid number format' },
  3: { ar: 'ينقص اسم حقل بين علامتي تنصيص', en: 'Property name expected' },
  4: { ar: 'تنقص قيمة هنا', en: 'Value expected' },
  5: { ar: 'تنقص النقطتان :', en: 'Colon expected' },
  6: { ar: 'تنقص فاصلة , بين العناصر', en: 'Comma expected' },
  7: { ar: 'ينقص قوس الإغلاق }', en: 'Closing brace } expected' },
  8: { ar: 'ينقص قوس الإغلاق ]', en: 'Closing bracket ] expected' },
  9: { ar: 'نص زائد بعد نهاية الملف', en: 'End of file expected' },
  10: { ar: 'تعليق غير صالح', en: 'Invalid comment token' },
  11: { ar: 'تعليق غير مغلق', en: 'Unterminated comment' },
  12: { ar: 'نص غير مغلق: علامة " الختامية ناقصة', en: 'Unterminated string: closing " missing' },
  13: { ar: 'رقم غير مكتمل', en: 'Unexpected end of number' },
  14: { ar: 'محرف يونيكود غير صالح', en: 'Invalid unicode sequence' },
  15: { ar: 'محرف هروب غير صالح', en: 'Invalid escape character' },
  16: { ar: 'محرف غير صالح داخل النص (سطر جديد أو محرف تحكم)', en: 'Invalid character in string' },
};

export function parseError(code: number, name: string): Localized {
  const m = PARSE[code] ?? { ar: `خطأ في JSON (${name})`, en: `JSON error (${name})` };
  return { ar: `ملف دليل الأسلوب ليس JSON صالحا: ${m.ar}`, en: `The house-style file is not valid JSON: ${m.en}` };
}

const dym = (near: string | undefined, ar: boolean) => (near ? (ar ? `؛ هل تقصد «${near}»؟` : `; did you mean "${near}"?`) : '');

export const P = {
  notObject: (): Localized => ({ ar: 'ملف دليل الأسلوب يجب أن يكون كائنا { … }', en: 'The house-style file must be an object { … }' }),
  notFound: (file: string): Localized => ({ ar: `ملف دليل الأسلوب غير موجود أو ليس ملفا يُقرأ (مجلد مثلا): ${file}`, en: `House-style file not found, or not a file that can be read (a folder?): ${file}` }),
  extendsMissing: (ref: string, abs: string): Localized => ({
    ar: `الملف الأساس «${ref}» غير موجود أو ليس ملفا يُقرأ (${abs})`,
    en: `The extended file "${ref}" does not exist or is not a file that can be read (${abs})`,
  }),
  extendsCycle: (cycle: string[]): Localized => ({
    ar: `دورة في extends: ${cycle.join(' ← ')}؛ لم تُتبع`,
    en: `extends cycle: ${cycle.join(' → ')}; not followed`,
  }),
  extendsTooDeep: (): Localized => ({ ar: 'سلسلة extends أطول من اللازم', en: 'The extends chain is too long' }),
  unknownPreset: (name: string, near?: string): Localized => ({
    ar: `إعداد جاهز غير معروف «${name}»${dym(near, true)}؛ المعروف: recommended، egyptian-press، pan-arab، strict، أو مسار ملف (./base.json)`,
    en: `Unknown preset "${name}"${dym(near, false)}; known: recommended, egyptian-press, pan-arab, strict, or a file path (./base.json)`,
  }),
  untrusted: (what: 'extends' | 'names' | 'house-style', abs: string): Localized => ({
    ar: `لم يُقرأ ${what === 'extends' ? 'الملف الأساس' : what === 'names' ? 'ملف الأسماء' : 'ملف دليل الأسلوب'} ${abs}: يقع خارج مساحة العمل، ومساحة العمل غير موثوقة`,
    en: `Not read: the ${what === 'extends' ? 'extended file' : what === 'names' ? 'names file' : 'house-style file'} ${abs} is outside the workspace, and the workspace is not trusted`,
  }),
  wrongType: (what: string, expected: string, expectedAr: string): Localized => ({
    ar: `«${what}» يجب أن يكون ${expectedAr}`,
    en: `"${what}" must be ${expected}`,
  }),
  unknownKey: (key: string, near?: string): Localized => ({
    ar: `حقل غير معروف «${key}»${dym(near, true)}`,
    en: `Unknown property "${key}"${dym(near, false)}`,
  }),
  unknownRule: (id: string, near?: string): Localized => ({
    ar: `قاعدة غير معروفة «${id}»${dym(near, true)}`,
    en: `Unknown rule "${id}"${dym(near, false)}`,
  }),
  pendingRule: (id: string): Localized => ({
    ar: `القاعدة «${id}» ليست في هذا الإصدار بعد: يُحفظ إعدادها ويسري حين تُضاف القاعدة`,
    en: `The rule "${id}" is not in this version yet: its setting is kept and takes effect when it lands`,
  }),
  unknownCategory: (cat: string, near?: string): Localized => ({
    ar: `فئة غير معروفة «${cat}»${dym(near, true)}`,
    en: `Unknown category "${cat}"${dym(near, false)}`,
  }),
  badSeverity: (v: string, near?: string): Localized => ({
    ar: `درجة غير صالحة ${v}: ${near ? `هل تقصد «${near}»؟ ` : ''}المقبول off أو error أو warning أو info أو hint`,
    en: `Invalid severity ${v}: ${near ? `did you mean "${near}"? ` : ''}use off, error, warning, info or hint`,
  }),
  badSetting: (): Localized => ({
    ar: 'إعداد القاعدة يكون درجة ("warning") أو [الدرجة، {الخيارات}]',
    en: 'A rule setting is a severity ("warning") or [severity, {options}]',
  }),
  tooManyItems: (): Localized => ({ ar: 'عنصر زائد: الصيغة [الدرجة، {الخيارات}]', en: 'Extra item: the form is [severity, {options}]' }),
  optionsNotObject: (): Localized => ({ ar: 'الخيارات تكون كائنا { … }', en: 'Options must be an object { … }' }),
  ruleOption: (id: string, m: Localized): Localized => ({ ar: `خيارات «${id}»: ${m.ar}`, en: `${id} options: ${m.en}` }),
  section: (key: string, m: Localized): Localized => ({ ar: `${key}: ${m.ar}`, en: `${key}: ${m.en}` }),
  notRegularFile: (): Localized => ({
    ar: 'ملف دليل الأسلوب ليس ملفا عاديا (جهاز أو أنبوب مثل /dev/null أو ‎<(…)‎): لم يُقرأ؛ سمِّ ملفا على القرص',
    en: 'The house-style file is not a regular file (a device or a pipe, such as /dev/null or <(…)): not read; name a file on disk',
  }),
  namesFileNotRegular: (ref: string): Localized => ({
    ar: `ملف الأسماء «${ref}» ليس ملفا عاديا (جهاز أو أنبوب): لم يُقرأ`,
    en: `Names file "${ref}" is not a regular file (a device or a pipe): not read`,
  }),
  fileTooLarge: (mb: string, maxMb: number): Localized => ({
    ar: `ملف دليل الأسلوب حجمه ${mb} م.ب، أكبر من ${maxMb} م.ب المسموح بها: لم يُقرأ`,
    en: `The house-style file is ${mb} MB, over the ${maxMb} MB allowed: not read`,
  }),
  namesFileTooLarge: (ref: string, mb: string, maxMb: number): Localized => ({
    ar: `ملف الأسماء «${ref}» حجمه ${mb} م.ب، أكبر من ${maxMb} م.ب المسموح بها لملف أسماء (أهو الملف المقصود؟): لم يُقرأ`,
    en: `Names file "${ref}" is ${mb} MB, over the ${maxMb} MB a names file may have (is it the right file?): not read`,
  }),
  namesFileNotText: (ref: string): Localized => ({
    ar: `ملف الأسماء «${ref}» ليس نصا بترميز UTF-8 (لعله محفوظ بترميز Windows-1256 كما يحفظ Excel ملفات CSV، أو ليس نصا أصلا): احفظه بترميز UTF-8؛ لم يُستعمل`,
    en: `Names file "${ref}" is not UTF-8 text (perhaps saved as Windows-1256, as Excel saves CSV files, or not text at all): save it as UTF-8; not used`,
  }),
  namesFileMissing: (ref: string, abs: string): Localized => ({
    ar: `ملف الأسماء «${ref}» غير موجود أو ليس ملفا يُقرأ (${abs})`,
    en: `Names file "${ref}" does not exist or is not a file that can be read (${abs})`,
  }),
  variantIsCanonical: (v: string): Localized => ({
    ar: `الصيغة «${v}» هي الصيغة المعتمدة نفسها`,
    en: `The variant "${v}" is the canonical spelling itself`,
  }),
  variantSameForNames: (v: string, canonical: string): Localized => ({
    ar: `الصيغة «${v}» لا تختلف عن «${canonical}» إلا في التشكيل أو المسافات أو الياء الأخيرة (ى/ي)، وهذه فروق لا تلتفت إليها قاعدة name-spelling (الياء الأخيرة تحكم فيها قاعدة final-yeh): لن يُنبَّه عليها أبدا`,
    en: `The variant "${v}" differs from "${canonical}" only in diacritics, spacing or a final ى/ي, which name-spelling does not tell apart (final-yeh rules on the final yeh): it is never flagged`,
  }),
  /** A canonical spelling listed a second time in one names list (a names file, or one inline `names`); `line` is the first listing's. */
  listedTwice: (canonical: string, line: number): Localized => ({
    ar: `الاسم «${canonical}» مكرر (السطر ${line} أيضا): تُدمج صيغهما`,
    en: `"${canonical}" is listed twice (also line ${line}): their variants are merged`,
  }),
  moreProblems: (count: number, errors: number, line: number): Localized => ({
    ar:
      `${agree(count, 'one {ومشكلة أخرى} two {ومشكلتان أخريان} few {و# مشكلات أخرى} many {و# مشكلة أخرى} other {و# مشكلة أخرى}')} في هذا الملف` +
      moreErrorsAr(count, errors) +
      `، ${firstOnLine(count, line, true)}: أصلح ما فوقها فقد ${count === 2 ? 'تكونان' : 'تكون'} من جنسها`,
    en: `and ${count} more problems in this file (${errors} of them errors), the first on line ${line}: mend the ones above, they may be the same`,
  }),
  moreListedTwice: (count: number, line: number): Localized => ({
    ar:
      `${agree(count, 'one {واسم آخر مكرر} two {واسمان آخران مكرران} few {و# أسماء أخرى مكررة} many {و# اسمًا آخر مكررًا} other {و# اسم آخر مكرر}')} في هذا الملف، ${firstOnLine(count, line, false)}: ` +
      (count === 1 ? 'تُدمج صيغه دون تنبيه' : 'تُدمج صيغ كل اسم مكرر ولا يُنبَّه عليها واحدًا واحدًا'),
    en: `and ${count} more names listed again in this file, the first on line ${line}: each one's variants are merged, without a warning for each`,
  }),
  /** `file`: the other entry's file when it is not this one. */
  variantConflict: (v: string, line: number, file?: string): Localized => ({
    ar: `«${v}» صيغة خاطئة هنا وصيغة معتمدة لاسم آخر (${file ? `${file}، ` : ''}السطر ${line})`,
    en: `"${v}" is listed as a wrong variant here and as the canonical spelling of another entry (${file ? `${file}, ` : ''}line ${line})`,
  }),
  moreVariantConflicts: (count: number, line: number): Localized => ({
    ar:
      `${agree(count, 'one {وصيغة خاطئة أخرى} two {وصيغتان خاطئتان أخريان} few {و# صيغ خاطئة أخرى} many {و# صيغة خاطئة أخرى} other {و# صيغة خاطئة أخرى}')} في هذا الملف ` +
      `${count === 1 ? 'هي صيغة معتمدة لاسم آخر' : count === 2 ? 'كلتاهما صيغة معتمدة لاسم آخر' : 'كلٌّ منها صيغة معتمدة لاسم آخر'}، ${firstOnLine(count, line, true)}`,
    en: `and ${count} more wrong variants in this file that are the canonical spelling of another entry, the first on line ${line}`,
  }),
  /**
   * A word ornamental-honorific cuts (its option `extra`, or `words.honorifics`) that is the whole
   * title the names list gives someone (`example`: that title and name): first-mention writes it back.
   */
  honorificIsListedTitle: (word: string, example: string): Localized => ({
    ar: `«${word}» لقب تكتبه قائمة الأسماء أيضا («${example}»): تكتبه قاعدة first-mention قبل الاسم وتحذفه قاعدة ornamental-honorific، فيضيفه الأمر «طبّق كل الإصلاحات المؤكدة في هذه المسودة» ويحذفه بالتناوب ولا يستقر؛ احذفه من إحدى القائمتين`,
    en: `"${word}" is also a title the names list writes ("${example}"): first-mention writes it before the name and ornamental-honorific cuts it, so fix-all would add and remove it in turn and never settle; drop it from one of the two lists`,
  }),
  /**
   * A title or role of the names list (`value`) that holds an honorific of ornamental-honorific's
   * built-in list: first-mention writes `example` and ornamental-honorific flags `honorific` in it.
   * `count`: the people of this file who have the title (for a role: a role with the honorific).
   */
  honorificInListedName: (field: 'title' | 'role', value: string, honorific: string, example: string, count: number): Localized => {
    const whole = value === honorific;
    const fieldAr = field === 'title' ? 'اللقب' : 'الصفة';
    const openAr = whole ? `${fieldAr} «${value}» لقب تفخيم تنبّه عليه قاعدة ornamental-honorific` : `${fieldAr} «${value}» ${field === 'title' ? 'فيه' : 'فيها'} «${honorific}»، لقب تفخيم تنبّه عليه قاعدة ornamental-honorific`;
    const openEn = whole ? `The ${field} "${value}" is an ornamental honorific that the rule ornamental-honorific flags` : `The ${field} "${value}" holds "${honorific}", an ornamental honorific that the rule ornamental-honorific flags`;
    const manyAr = count > 1 ? (field === 'title' ? ` (عدد من يحملونه في هذا الملف: ${count})` : ` (عدد من في صفاتهم «${honorific}» في هذا الملف: ${count})`) : '';
    const manyEn = count > 1 ? ` (${count} people in this file have ${field === 'title' ? 'this title' : `a role with "${honorific}"`})` : '';
    return {
      // (a title: whatever the draft says, one of the two rules warns; a role may settle once cut: فخامة الرئيس → الرئيس)
      ar: `${openAr}: تكتب قاعدة first-mention «${example}»${manyAr} عند أول ذكر وتنبّه قاعدة ornamental-honorific على «${honorific}» فيه${field === 'title' ? '، فأيًّا كان ما في الخبر نبّهت إحدى القاعدتين' : ''}؛ احذف «${honorific}» من ${fieldAr}، أو أضفه إلى خيار allow في ornamental-honorific`,
      en: `${openEn}: first-mention writes "${example}"${manyEn} at the first mention and ornamental-honorific flags "${honorific}" in it${field === 'title' ? ', so one of the two rules always warns' : ''}; drop "${honorific}" from the ${field}, or add it to ornamental-honorific's "allow"`,
    };
  },
  specFailed: (from: string, got: string, want: string): Localized => ({
    ar: `المثال لا يتحقق: «${from}» يصير «${got}» والمتوقع «${want}»`,
    en: `Spec fails: "${from}" becomes "${got}", expected "${want}"`,
  }),
};
