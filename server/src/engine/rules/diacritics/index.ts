import type { Rule } from '../../types';
import diacriticsPolicy from './diacritics-policy';

const rules: Rule[] = [diacriticsPolicy];
export default rules;
