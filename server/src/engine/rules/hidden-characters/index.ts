import type { Rule } from '../../types';
import tatweel from './tatweel';

const rules: Rule[] = [tatweel];
export default rules;
