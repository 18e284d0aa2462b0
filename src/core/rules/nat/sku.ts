import { skuFacts } from '../../facts/skus';
import type { Finding } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'nat/sku',
    severities: ['error'],
    title: 'NAT rules on a gateway whose SKU does not support NAT (only VpnGw2–5 and VpnGw2AZ–5AZ do).',
    source: 'FAQ "Is NAT supported on all Azure VPN Gateway SKUs?"; facts §7, §11 item 2',
    docs: {
      why: 'VPN Gateway NAT exists only on the VpnGw2 to VpnGw5 SKUs and their AZ variants. Basic, VpnGw1, VpnGw1AZ and the legacy Standard and HighPerformance SKUs refuse NAT rules.',
      example: 'Gateway `hub-gw` on VpnGw1AZ with an IngressSnat rule mapping 10.0.0.0/16 to 100.64.0.0/16.',
      fix: 'Resize the gateway to VpnGw2AZ or larger (a resize stays within the generation; Basic and the legacy SKUs cannot be resized and need a new gateway), or remove the NAT rules.',
      reading:
        'One FAQ version says NAT works on "VpnGw2 to VpnGw25"; that is a typo for VpnGw5 (the newest FAQ and the NAT overview both say VpnGw2–VpnGw5 and VpnGw2AZ–VpnGw5AZ). A SKU name Azure does not know is treated as not supporting NAT.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      if (g.natRules.length === 0 || skuFacts(g.sku)?.nat) continue;
      yield {
        elementIds: [g.id, ...g.natRules.map((r) => r.id)],
        message: `Gateway ${g.name} has ${g.natRules.length} NAT rule${g.natRules.length === 1 ? '' : 's'} but its SKU ${g.sku} does not support NAT; NAT needs VpnGw2–VpnGw5 or VpnGw2AZ–VpnGw5AZ.`,
        data: { sku: g.sku, ruleCount: g.natRules.length },
        fix: { hint: `Resize gateway ${g.name} to VpnGw2AZ or larger, or remove its NAT rules.` },
      };
    }
  },
});
