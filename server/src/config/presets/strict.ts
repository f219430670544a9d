// strict: everything on, including the rules that are off by default (diacritics policy,
// the spelling lexicon). A rule keeps its default severity when it has one; a rule that is
// off by default, or not in this version yet, runs as a warning.

import { allRules } from '../../engine/rules';
import { CATALOGUE } from '../catalogue';
import type { HouseStyleFile, RuleValue } from '../house-style';

const rules: Record<string, RuleValue> = {};
for (const id of Object.keys(CATALOGUE)) rules[id] = 'warning';
for (const r of allRules) rules[r.meta.id] = r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity;

const strict: HouseStyleFile = { rules };

export default strict;
