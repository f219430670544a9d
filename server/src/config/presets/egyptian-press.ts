// egyptian-press: how most Egyptian papers write. Final ى where standard spelling has ي
// (فى، المصرى، الرئيسى), Western digits (2024، 15%), and «» quotation marks.

import type { HouseStyleFile } from '../house-style';
import { policy } from './shared';

const egyptianPress: HouseStyleFile = {
  extends: 'recommended',
  rules: {
    'final-yeh': policy('final-yeh', { style: 'alef-maqsura' }),
    'digit-system': policy('digit-system', { system: 'western' }),
    'quote-style': policy('quote-style', { style: 'guillemets' }),
  },
};

export default egyptianPress;
