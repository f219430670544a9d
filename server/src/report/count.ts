// A number with its counted noun as Arabic says it: «مسودة واحدة»، «مسودتان»، «5 مسودات»،
// «27 ملاحظة»، «105 كلمات»، «11 ملفا»، «100 ملف». Arabic takes the plural after 3–10 (and after
// any number whose last two digits are 3–10), the accusative singular after 11–99 and the
// genitive singular after 0, 100, 1000 …: the engine's pluralCategory (CLDR's categories).

import { pluralCategory } from '../engine/messages';

export interface CountedNoun {
  /** One: the noun and «واحد/واحدة» (مسودة واحدة). */
  one: string;
  /** Two: the dual (مسودتان). */
  two: string;
  /** After 3–10: the plural (مسودات). */
  few: string;
  /** After 11–99 (and x11–x99): the accusative singular (مسودة، ملفا). */
  many: string;
  /** After the rest (0, 100, 1000 …): the genitive singular, when it is written otherwise than `many` (ملف). */
  other?: string;
}

export const DRAFTS: CountedNoun = { one: 'مسودة واحدة', two: 'مسودتان', few: 'مسودات', many: 'مسودة' };
export const WORDS: CountedNoun = { one: 'كلمة واحدة', two: 'كلمتان', few: 'كلمات', many: 'كلمة' };
export const FINDINGS: CountedNoun = { one: 'ملاحظة واحدة', two: 'ملاحظتان', few: 'ملاحظات', many: 'ملاحظة' };
/** Files after a preposition (إصلاحات في ملفين): the dual in the genitive. */
export const FILES: CountedNoun = { one: 'ملف واحد', two: 'ملفين', few: 'ملفات', many: 'ملفا', other: 'ملف' };

/** `n` counted in Arabic; `num` writes the number (Western or Arabic-Indic digits). */
export function countAr(n: number, noun: CountedNoun, num: (n: number) => string = String): string {
  const k = pluralCategory(n, 'ar');
  if (k === 'one') return noun.one;
  if (k === 'two') return noun.two;
  return `${num(n)} ${k === 'few' ? noun.few : k === 'many' ? noun.many : (noun.other ?? noun.many)}`;
}
