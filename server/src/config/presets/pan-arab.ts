// pan-arab: the standard most pan-Arab outlets follow. Final ي (في، المصري), Arabic-Indic
// digits (٢٠٢٤، ١٥٪); quotation marks follow the document (the rule's default).

import type { HouseStyleFile } from '../house-style';
import { policy } from './shared';

const panArab: HouseStyleFile = {
  extends: 'recommended',
  rules: {
    'final-yeh': policy('final-yeh', { style: 'yeh' }),
    'digit-system': policy('digit-system', { system: 'arabic-indic' }),
  },
};

export default panArab;
