import type { Rule } from '../../types';
import ornamentalHonorific from './ornamental-honorific';
import titleAbbreviation from './title-abbreviation';
import stackedTitles from './stacked-titles';
import firstMention from './first-mention';

const rules: Rule[] = [ornamentalHonorific, titleAbbreviation, stackedTitles, firstMention];
export default rules;
