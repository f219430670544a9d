import type { Rule } from '../../types';
import persianLetters from './persian-letters';
import presentationForms from './presentation-forms';
import hamza from './hamza';
import tehMarbuta from './teh-marbuta';
import finalYeh from './final-yeh';
import alefMaqsura from './alef-maqsura';
import spacingErrors from './spacing-errors';
import spelling from './spelling';

const rules: Rule[] = [persianLetters, presentationForms, finalYeh, hamza, tehMarbuta, alefMaqsura, spacingErrors, spelling];
export default rules;
