import type { Finding } from '../types';
import { defineRule } from '../types';
import { v2vGroups } from './tunnels';

export default defineRule({
  meta: {
    id: 'connection/v2v-active-active',
    severities: ['error'],
    title: 'Several VNet-to-VNet tunnels between two gateways where neither gateway is active-active.',
    source: 'FAQ "Can I have multiple tunnels between two Azure virtual networks with BGP?"; FAQ "Are redundant tunnels supported?"; facts §10',
    docs: {
      why: 'Redundant tunnels between two virtual networks are supported only when at least one of the two gateways runs active-active, so that each tunnel ends on its own gateway instance. Between two active-standby gateways, a second link is not supported.',
      example: 'Gateways `hub-gw` and `dr-gw`, both active-standby, joined by two VNet-to-VNet links.',
      fix: 'Make at least one gateway active-active (it needs a second public IP), or keep a single link between the two gateways.',
      reading: 'A link is a pair of VNet-to-VNet resources; more than one resource in either direction between the same two gateways counts as several tunnels. Reported once per pair of gateways.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of v2vGroups(ctx)) {
      if (g.linkCount < 2 || g.gatewayIds[0] === g.gatewayIds[1]) continue;
      const gateways = g.gatewayIds.map((id) => ctx.index.gatewayById.get(id));
      if (gateways.some((gw) => gw === undefined || gw.activeActive)) continue;
      const [x, y] = gateways.map((gw) => gw!.name);
      const connectionIds = [...g.forward, ...g.backward].map((c) => c.id);
      yield {
        elementIds: [...g.gatewayIds, ...connectionIds],
        message: `Gateways ${x} and ${y} are joined by ${g.linkCount} VNet-to-VNet links but neither is active-active`,
        data: { gatewayIds: [...g.gatewayIds], connectionIds, links: g.linkCount },
        fix: { hint: `Make ${x} or ${y} active-active (two public IPs), or keep a single link.` },
      };
    }
  },
});
