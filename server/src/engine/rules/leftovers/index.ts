import type { Rule } from '../../types';
import scrapeLeftover from './scrape-leftover';

const rules: Rule[] = [scrapeLeftover];
export default rules;
