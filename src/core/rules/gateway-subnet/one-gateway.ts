import type { Finding } from '../types';
import { defineRule } from '../types';
import { firstFew } from '../shared';

export default defineRule({
  meta: {
    id: 'gateway-subnet/one-gateway',
    severities: ['error'],
    title: 'More than one VPN gateway in one VNet.',
    source: 'facts §6 (GatewaySubnet: one VPN gateway per VNet)',
    docs: {
      why: 'A virtual network holds at most one gateway of each type: one VPN gateway (and, beside it, one ExpressRoute gateway). A second VPN gateway in the same VNet cannot be created.',
      example: 'Gateways `gw-a` and `gw-b` both in VNet `hub`.',
      fix: 'Keep one VPN gateway per VNet and move its connections to it, or place the other gateway in another VNet. Active-active gives a second instance without a second gateway.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const [vnetId, gateways] of ctx.index.gatewaysByVnet) {
      if (gateways.length < 2) continue;
      const v = ctx.index.vnetById.get(vnetId);
      const names = gateways.map((g) => g.name);
      yield {
        elementIds: [vnetId, ...gateways.map((g) => g.id)],
        message: `VNet ${v?.name ?? vnetId} holds ${gateways.length} VPN gateways (${firstFew(names)}); Azure allows one VPN gateway per VNet.`,
        data: { vnet: vnetId, gateways: gateways.map((g) => g.id), count: gateways.length },
        fix: { hint: 'Keep one VPN gateway in this VNet (make it active-active if you need two instances) and move the connections of the others to it.' },
      };
    }
  },
});
