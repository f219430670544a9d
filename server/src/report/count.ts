// A number with its counted noun as Arabic says it: «مسودة واحدة»، «مسودتان»، «5 مسودات»،
// «27 ملاحظة»، «105 كلمات». Arabic takes the plural after 3–10 (and after any number whose last
// two digits are 3–10) and the singular after 11–99, 100, 0 …: Intl.PluralRules('ar') knows
// which, as categories one, two, few and the rest.

export interface CountedNoun {
  /** One: the noun and «واحد/واحدة» (مسودة واحدة). */
  one: string;
  /** Two: the dual (مسودتان). */
  two: string;
  /** After 3–10: the plural (مسودات). */
  few: string;
  /** After the rest (0, 11–99, 100 …): the singular (مسودة). */
  many: string;
}

export const DRAFTS: CountedNoun = { one: 'مسودة واحدة', two: 'مسودتان', few: 'مسودات', many: 'مسودة' };
export const WORDS: CountedNoun = { one: 'كلمة واحدة', two: 'كلمتان', few: 'كلمات', many: 'كلمة' };
export const FINDINGS: CountedNoun = { one: 'ملاحظة واحدة', two: 'ملاحظتان', few: 'ملاحظات', many: 'ملاحظة' };

const rules = new Intl.PluralRules('ar');

/** `n` counted in Arabic; `num` writes the number (Western or Arabic-Indic digits). */
export function countAr(n: number, noun: CountedNoun, num: (n: number) => string = String): string {
  const k = rules.select(n);
  if (k === 'one') return noun.one;
  if (k === 'two') return noun.two;
  return `${num(n)} ${k === 'few' ? noun.few : noun.many}`;
}
