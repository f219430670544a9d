import type { Rule } from '../../types';

const rules: Rule[] = [];
export default rules;
