// recommended: every rule at its own default. The lexicon-driven `spelling` rule is off
// here (too many proper names and loanwords in news copy for a lexicon to judge alone).

import type { HouseStyleFile } from '../house-style';

const recommended: HouseStyleFile = {
  rules: {
    spelling: 'off',
  },
};

export default recommended;
