// A rule made up for a test: its metadata filled in, its one message `x`, its check given.
import type { Rule, RuleMeta } from '../../server/src/engine/types';

export function testRule(id: string, check: Rule['check'], meta: Partial<RuleMeta> = {}): Rule {
  return {
    meta: {
      id,
      category: 'leftovers',
      defaultSeverity: 'warning',
      fixable: false,
      schema: { type: 'object', properties: {}, additionalProperties: false },
      defaultOptions: {},
      messages: { x: { ar: 'س', en: 'x' } },
      docs: { description: { ar: 'س', en: 'x' }, explanation: { ar: 'س', en: 'x' }, good: '', bad: '' },
      ...meta,
    },
    check,
  };
}
