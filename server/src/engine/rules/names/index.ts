import type { Rule } from '../../types';
import nameSpelling from './name-spelling';
import nameConsistency from './name-consistency';

const rules: Rule[] = [nameSpelling, nameConsistency];
export default rules;
