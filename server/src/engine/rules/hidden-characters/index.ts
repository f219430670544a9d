import type { Rule } from '../../types';
import bidiControls from './bidi-controls';
import extraSpaces from './extra-spaces';
import nbsp from './nbsp';
import tatweel from './tatweel';
import zeroWidth from './zero-width';

const rules: Rule[] = [bidiControls, zeroWidth, tatweel, extraSpaces, nbsp];
export default rules;
