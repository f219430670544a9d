// Every rule, by category. Each category folder lists its rules explicitly (as ESLint's
// lib/rules/index.js does), so a rule is registered by exactly one line.

import type { Rule } from '../types';
import digits from './digits';
import punctuation from './punctuation';
import orthography from './orthography';
import hiddenCharacters from './hidden-characters';
import leftovers from './leftovers';
import reportingVerbs from './reporting-verbs';
import names from './names';
import honorifics from './honorifics';
import diacritics from './diacritics';

export const allRules: readonly Rule[] = [...digits, ...punctuation, ...orthography, ...hiddenCharacters, ...leftovers, ...reportingVerbs, ...names, ...honorifics, ...diacritics];

const byId = new Map(allRules.map((r) => [r.meta.id, r]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

export const ruleIds: readonly string[] = allRules.map((r) => r.meta.id);
