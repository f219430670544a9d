import type { Rule } from '../../types';
import latinPunctuation from './latin-punctuation';
import punctuationSpacing from './punctuation-spacing';
import doubledPunctuation from './doubled-punctuation';
import quoteStyle from './quote-style';
import unbalancedPairs from './unbalanced-pairs';

const rules: Rule[] = [latinPunctuation, punctuationSpacing, doubledPunctuation, quoteStyle, unbalancedPairs];
export default rules;
