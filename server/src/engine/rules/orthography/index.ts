import type { Rule } from '../../types';
import persianLetters from './persian-letters';
import presentationForms from './presentation-forms';

const rules: Rule[] = [persianLetters, presentationForms];
export default rules;
