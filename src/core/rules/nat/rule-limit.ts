import { GATEWAY_LIMITS } from '../../facts/skus';
import type { Finding } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'nat/rule-limit',
    severities: ['error'],
    title: `More than ${GATEWAY_LIMITS.natRules} NAT rules (ingress and egress together) on one gateway.`,
    source: 'FAQ "How many NAT rules can I use on a VPN gateway?"; facts §7, §11 item 3',
    docs: {
      why: `A VPN gateway holds a limited number of NAT rules, ingress and egress counted together. The current limit is ${GATEWAY_LIMITS.natRules}; Azure refuses more.`,
      example: `Gateway \`hub-gw\` with ${GATEWAY_LIMITS.natRules + 20} NAT rules, one per branch prefix.`,
      fix: 'Summarise prefixes so one rule covers a larger block, share one EgressSnat rule between connections, or spread the branches over more gateways.',
      reading: `Older FAQ versions give ${GATEWAY_LIMITS.natRulesFaq} rules per gateway; the newest FAQ gives ${GATEWAY_LIMITS.natRules}. The rule uses the newer ${GATEWAY_LIMITS.natRules} and cites both, so a gateway with ${GATEWAY_LIMITS.natRulesFaq + 1} to ${GATEWAY_LIMITS.natRules} rules is not reported.`,
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      const count = g.natRules.length;
      if (count <= GATEWAY_LIMITS.natRules) continue;
      yield {
        elementIds: [g.id],
        message: `Gateway ${g.name} has ${count} NAT rules; the limit is ${GATEWAY_LIMITS.natRules} per gateway (older documentation said ${GATEWAY_LIMITS.natRulesFaq}).`,
        data: { count, limit: GATEWAY_LIMITS.natRules, olderLimit: GATEWAY_LIMITS.natRulesFaq },
        fix: { hint: `Bring gateway ${g.name} down to ${GATEWAY_LIMITS.natRules} NAT rules or fewer, for example by summarising prefixes.` },
      };
    }
  },
});
