import { isBasicSku, isLegacySku } from '../shared';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { memoCapacity } from './helpers';

export default defineRule({
  meta: {
    id: 'gateway/tunnel-limit',
    severities: ['error'],
    title: 'More site-to-site and VNet-to-VNet tunnels than the gateway SKU allows.',
    source: 'FAQ "How many on-premises sites and virtual networks can one virtual network connect to?"; facts §1.1, §10',
    docs: {
      why: 'Site-to-site and VNet-to-VNet connections share one tunnel budget per gateway: 10 on Basic, 30 on VpnGw1–3 and VpnGw1AZ–3AZ, 100 on VpnGw4/5 and their AZ variants, and 1 on a policy-based gateway. Redundant tunnels to one site each use a slot.',
      example: 'Active-active VpnGw2AZ gateway with 16 site-to-site connections: 32 tunnels counted against a limit of 30.',
      fix: 'Resize to a SKU with more tunnels (VpnGw4AZ allows 100), spread the sites over more gateways, or use Virtual WAN beyond 100 tunnels.',
      reading:
        'The docs do not say whether an active-active connection (one IPsec tunnel per gateway instance) counts once or twice. The count is conservative: on an active-active gateway every site-to-site connection counts 2 tunnels (one per instance), and every VNet-to-VNet resource whose local end is the gateway counts max(local instances, remote instances): 2 when either end is active-active, because each instance of an active-active gateway builds its own tunnel to the other end (so an active-standby gateway linked to an active-active one terminates 2 tunnels). The opposite-direction resource counts on the other gateway. The message says how the count was made.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      const cap = memoCapacity(ctx, g.id);
      if (!cap) continue;
      const { used, max, counting, s2sConnections, vnet2vnetConnections, perConnection, s2sTunnels, vnet2vnetTunnels } = cap.tunnels;
      if (max === undefined || used <= max) continue;
      const policyBased = g.vpnType === 'PolicyBased';
      yield {
        elementIds: [g.id],
        message: `Gateway ${g.name}: ${used} tunnels counted (${counting}: ${s2sTunnels} for ${s2sConnections} site-to-site, ${vnet2vnetTunnels} for ${vnet2vnetConnections} VNet-to-VNet) > ${max} for ${policyBased ? `a policy-based ${g.sku} gateway` : g.sku}.`,
        data: { used, max, s2s: s2sConnections, vnet2vnet: vnet2vnetConnections, s2sTunnels, vnet2vnetTunnels, perConnection, sku: g.sku, counting },
        fix: {
          hint: policyBased
            ? 'A policy-based gateway carries one tunnel: use a route-based gateway for more.'
            : isBasicSku(g.sku) || isLegacySku(g.sku)
              ? `${g.sku} can't be resized to a VpnGw SKU: re-create the gateway as VpnGw1AZ or larger (30 tunnels; 100 on VpnGw4AZ/5AZ).`
              : max < 100
              ? 'Resize to VpnGw4AZ or VpnGw5AZ (100 tunnels), or split the connections over more gateways.'
              : 'Split the connections over more gateways, or use Virtual WAN for more than 100 tunnels.',
        },
      };
    }
  },
});
