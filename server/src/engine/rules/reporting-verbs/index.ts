import type { Rule } from '../../types';
import repeatedVerb from './repeated-verb';
import verbConfusion from './verb-confusion';

const rules: Rule[] = [repeatedVerb, verbConfusion];
export default rules;
