// The findings of the lexicon-driven orthography rules on the 130 clean SaudiNewsNet
// articles, one line each: `file <TAB> rule <TAB> covered text <TAB> fixes` (fixes as
// their replacement words, `*` before the preferred one). Shared by the precision test and
// the benchmark. `spelling` is left out: it is off by default (see its docs).

import { lint } from '../../server/src/engine/engine';
import alefMaqsura from '../../server/src/engine/rules/orthography/alef-maqsura';
import finalYeh from '../../server/src/engine/rules/orthography/final-yeh';
import hamza from '../../server/src/engine/rules/orthography/hamza';
import spacingErrors from '../../server/src/engine/rules/orthography/spacing-errors';
import tehMarbuta from '../../server/src/engine/rules/orthography/teh-marbuta';
import type { Finding } from '../../server/src/engine/types';

export const PRECISION_RULES = [hamza, tehMarbuta, finalYeh, alefMaqsura, spacingErrors];

/** The text a fix makes of the finding's range. */
export function fixedText(text: string, f: Finding, fixIndex: number): string {
  const edits = [...f.fixes[fixIndex].edits].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = f.start;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos, f.end);
}

export function findingLines(file: string, text: string): string[] {
  const r = lint(text, { rules: PRECISION_RULES, config: { rules: {} } });
  if (r.faults.length) throw new Error(`${file}: ${r.faults.map((x) => `${x.ruleId}: ${x.message}`).join('; ')}`);
  return r.findings.map((f) => {
    const fixes = f.fixes.map((x, k) => (x.preferred ? '*' : '') + fixedText(text, f, k)).join(' ; ');
    return `${file}\t${f.ruleId}\t${text.slice(f.start, f.end)}\t${fixes}`;
  });
}
