import { formatBreakdown } from '../../compute/traffic-selectors';
import { P2S_LIMITS } from '../../facts/skus';
import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { selectorMeters } from './shared';

export default defineRule({
  meta: {
    id: 'p2s/routes-openvpn',
    severities: ['error'],
    title: 'OpenVPN clients would receive more than 1,000 routes.',
    source: 'FAQ "What is the OpenVPN traffic selector limit for point-to-site connections?"; facts §1.3',
    docs: {
      why: 'An OpenVPN P2S client accepts at most 1,000 routes from the gateway. Past that, the routes to some of the networks behind the gateway are missing and clients cannot reach them.',
      example: 'A gateway whose VNet, 12 connected sites (80 prefixes each) and 50 peered spokes add up to 1,052 routes, with OpenVPN enabled.',
      fix: 'Summarise the VNet address spaces and site prefixes into fewer, larger prefixes, or drop connections and peerings P2S users do not need.',
      reading:
        'The route count uses the same parts as the IKEv2 traffic-selector count (VNet address-space prefixes, S2S-connected site prefixes, one per VNet-to-VNet remote gateway, one per peered VNet without its own VPN gateway) without the split-pool sub-ranges, which concern SSTP and IKEv2 only.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    for (const m of selectorMeters(ctx)) {
      if (!m.openVpnEnabled || m.openVpnRoutes <= P2S_LIMITS.openVpnRoutes) continue;
      const configs = (ctx.index.p2sByGateway.get(m.gatewayId) ?? []).filter((p) => p.tunnelTypes.includes('OpenVPN'));
      const { splitPool: _split, ...parts } = m.breakdown;
      yield {
        elementIds: [m.gatewayId, ...configs.map((p) => p.id)],
        message: `${describeElement(ctx, m.gatewayId)} gives OpenVPN clients of ${configs.map((p) => describeElement(ctx, p.id)).join(', ')} ${m.openVpnRoutes} routes (${formatBreakdown(m.breakdown, false)}), over the OpenVPN limit of ${P2S_LIMITS.openVpnRoutes}.`,
        data: { count: m.openVpnRoutes, limit: P2S_LIMITS.openVpnRoutes, ...parts },
        fix: { hint: `Bring the route count to ${P2S_LIMITS.openVpnRoutes} or fewer by summarising prefixes or removing connections and peerings P2S users do not need.` },
      };
    }
  },
});
