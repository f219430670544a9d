// The rule catalogue's public ids (docs HOUSE-STYLE.md) with their categories. Users may
// name any of these in a house-style file, and presets do, even before the rule is
// implemented: the setting is kept and takes effect when the rule lands.

import type { Category } from '../engine/types';

export const CATALOGUE: Readonly<Record<string, Category>> = {
  'name-spelling': 'names',
  'name-consistency': 'names',
  'ornamental-honorific': 'honorifics',
  'title-abbreviation': 'honorifics',
  'stacked-titles': 'honorifics',
  'first-mention': 'honorifics',
  'repeated-verb': 'reporting-verbs',
  'verb-confusion': 'reporting-verbs',
  'digit-system': 'digits',
  'digit-spacing': 'digits',
  'latin-punctuation': 'punctuation',
  'punctuation-spacing': 'punctuation',
  'doubled-punctuation': 'punctuation',
  'quote-style': 'punctuation',
  'unbalanced-pairs': 'punctuation',
  'persian-letters': 'orthography',
  'presentation-forms': 'orthography',
  'final-yeh': 'orthography',
  hamza: 'orthography',
  'teh-marbuta': 'orthography',
  'alef-maqsura': 'orthography',
  'spacing-errors': 'orthography',
  spelling: 'orthography',
  'bidi-controls': 'hidden-characters',
  'zero-width': 'hidden-characters',
  tatweel: 'hidden-characters',
  'extra-spaces': 'hidden-characters',
  nbsp: 'hidden-characters',
  'scrape-leftover': 'leftovers',
  'diacritics-policy': 'diacritics',
};

export const CATEGORY_NAMES: Readonly<Record<Category, { ar: string; en: string }>> = {
  names: { ar: 'الأسماء', en: 'Names' },
  honorifics: { ar: 'الألقاب', en: 'Honorifics and titles' },
  'reporting-verbs': { ar: 'أفعال الإسناد', en: 'Reporting verbs' },
  digits: { ar: 'الأرقام', en: 'Digits' },
  punctuation: { ar: 'علامات الترقيم', en: 'Punctuation' },
  orthography: { ar: 'الإملاء', en: 'Orthography' },
  'hidden-characters': { ar: 'المحارف الخفية', en: 'Hidden characters' },
  leftovers: { ar: 'بقايا النسخ من المواقع', en: 'Scrape leftovers' },
  diacritics: { ar: 'التشكيل', en: 'Diacritics' },
};
