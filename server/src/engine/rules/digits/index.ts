import type { Rule } from '../../types';
import digitSystem from './digit-system';
import digitSpacing from './digit-spacing';

const rules: Rule[] = [digitSystem, digitSpacing];
export default rules;
