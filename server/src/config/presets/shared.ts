import { allRules } from '../../engine/rules';
import type { SeveritySetting } from '../../engine/types';
import type { RuleValue } from '../house-style';

/**
 * A preset's setting for a rule's POLICY: the options, at the rule's own default severity
 * (or `fallback` while the rule is not registered yet, or is off by default: a preset that
 * names a policy wants the rule on).
 */
export function policy(id: string, options: Record<string, unknown>, fallback: SeveritySetting = 'warning'): RuleValue {
  const def = allRules.find((r) => r.meta.id === id)?.meta.defaultSeverity;
  return [def && def !== 'off' ? def : fallback, options];
}
