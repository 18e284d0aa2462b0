import { GATEWAY_LIMITS } from '../../facts/skus';
import { toPrefix } from '../../net/prefix';
import type { Finding } from '../types';
import { defineRule } from '../types';

const MAX = GATEWAY_LIMITS.dynamicNatMaxExternalLength;

export default defineRule({
  meta: {
    id: 'nat/dynamic-size',
    severities: ['error'],
    title: `A Dynamic NAT rule whose external mapping is larger than /${MAX}.`,
    source: 'facts §7 (NAT limitations)',
    docs: {
      why: `Dynamic NAT translates many internal addresses onto a small pool of external ones (with ports). The external pool of a Dynamic rule can be at most a /${MAX} (64 addresses).`,
      example: 'A Dynamic IngressSnat rule mapping 10.0.0.0/16 to 100.64.0.0/20.',
      fix: `Use an external mapping of /${MAX} or smaller for Dynamic rules, or use a Static rule (same prefix length on both sides) when a large translated space is needed.`,
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      for (const r of g.natRules) {
        if (r.type !== 'Dynamic') continue;
        for (const t of r.externalMappings) {
          const p = toPrefix(t);
          if (!p || p.version !== 4 || p.length >= MAX) continue;
          yield {
            elementIds: [r.id, g.id],
            message: `Dynamic NAT rule ${r.name} on gateway ${g.name} has external mapping ${p.text}; a Dynamic rule's external pool can be at most /${MAX}.`,
            data: { external: p.text, length: p.length, maxLength: MAX },
            fix: { hint: `Use a /${MAX} or smaller external pool in rule ${r.name}, or make it a Static rule.` },
          };
        }
      }
    }
  },
});
