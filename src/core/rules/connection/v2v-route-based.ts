import type { Finding } from '../types';
import { defineRule } from '../types';
import { v2vPairs } from './tunnels';

export default defineRule({
  meta: {
    id: 'connection/v2v-route-based',
    severities: ['error'],
    title: 'A VNet-to-VNet connection where either gateway is policy-based.',
    source: 'FAQ "Can I connect a VNet with a route-based VPN type to another VNet with a policy-based VPN type?"; facts §10',
    docs: {
      why: 'VNet-to-VNet connections need route-based gateways at both ends. A policy-based gateway cannot take part, whichever side it is on.',
      example: 'VNet-to-VNet between route-based `hub-gw` and policy-based `legacy-gw`.',
      fix: 'Replace the policy-based gateway with a route-based one (the VPN type cannot be changed in place: delete and re-create the gateway), or connect the VNets by peering.',
      reading: 'Reported once per VNet-to-VNet pair (both resources named), followed by the policy-based gateway(s).',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { a, b } of v2vPairs(ctx)) {
      const policyBased = [a.gatewayId, a.remoteGatewayId]
        .filter((id, i, all) => all.indexOf(id) === i)
        .map((id) => ctx.index.gatewayById.get(id))
        .filter((g) => g?.vpnType === 'PolicyBased');
      if (policyBased.length === 0) continue;
      const ids = b ? [a.id, b.id] : [a.id];
      const names = policyBased.map((g) => g!.name);
      yield {
        elementIds: [...ids, ...policyBased.map((g) => g!.id)],
        message: `VNet-to-VNet ${ids.map((id) => ctx.index.connectionById.get(id)?.name ?? id).join(' / ')} uses policy-based gateway${names.length > 1 ? 's' : ''} ${names.join(' and ')}; both ends must be route-based`,
        data: { connectionIds: ids, policyBasedGatewayIds: policyBased.map((g) => g!.id) },
        fix: { hint: `Re-create ${names.join(' and ')} as route-based, or use VNet peering.` },
      };
    }
  },
});
