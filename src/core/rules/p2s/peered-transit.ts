import { peeringSides } from '../../model/design-index';
import type { TopologyDocument } from '../../model/types';
import { describeElement, isBasicSku } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';

/** A document where the peering allows gateway transit on the hub side and uses remote gateways on the other. */
function withTransit(doc: TopologyDocument, peeringId: string, hubVnetId: string): TopologyDocument {
  return {
    ...doc,
    connections: doc.connections.map((c) => {
      if (c.kind !== 'peering' || c.id !== peeringId) return c;
      const hubIsLocal = c.vnetId === hubVnetId;
      const hub = hubIsLocal ? c.local : c.remote;
      const spoke = hubIsLocal ? c.remote : c.local;
      const newHub = { ...hub, allowGatewayTransit: true };
      const newSpoke = { ...spoke, useRemoteGateways: true };
      return hubIsLocal ? { ...c, local: newHub, remote: newSpoke } : { ...c, local: newSpoke, remote: newHub };
    }),
  };
}

export default defineRule({
  meta: {
    id: 'p2s/peered-transit',
    severities: ['warning', 'info'],
    title: 'A VNet peered with a P2S gateway\'s VNet lacks "Allow gateway transit" (hub) or "Use remote gateways" (spoke).',
    source: 'FAQ "Can I configure a point-to-site client to connect to multiple virtual networks at the same time?"; facts §5, §10',
    docs: {
      why:
        'P2S clients reach a peered VNet only through gateway transit: the peering in the VNet holding the gateway must allow gateway transit and the peering in the other VNet must use remote gateways. Without both, the clients get no route to the peered VNet and its workloads have no route back to the client pool.',
      example: 'Hub with a P2S gateway peered to spoke-1; the hub side has "Allow gateway transit" but the spoke side lacks "Use remote gateways".',
      fix: 'Set "Allow gateway transit" on the hub\'s peering and "Use remote gateways" on the spoke\'s peering (the spoke must not have its own gateway, and the hub gateway must not be Basic).',
      reading:
        'Every VNet peered with the VNet of a gateway that has a P2S configuration is taken as one the P2S clients should reach, so the rule warns whenever a flag is missing, including when neither is set. Two exceptions, from facts §10: a peered VNet with its own VPN gateway (e.g. two peered regional hubs) cannot use remote gateways, so no flag can fix it: the rule only notes (info, detail remote-gateway) that the P2S clients do not reach that VNet through the peering, and the traffic-selector count leaves it out; and gateway transit is not available on the Basic SKU, so on a Basic gateway the hint says so and suggests re-creating the gateway as a VpnGw SKU instead of setting the flags (no autofix).',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    const done = new Set<string>();
    for (const [gatewayId, configs] of ctx.index.p2sByGateway) {
      const gateway = ctx.index.gatewayById.get(gatewayId);
      if (!gateway || configs.length === 0 || done.has(gateway.vnetId)) continue;
      done.add(gateway.vnetId);
      const gw = describeElement(ctx, gatewayId);
      const hub = describeElement(ctx, gateway.vnetId);
      const basic = isBasicSku(gateway.sku);
      for (const p of ctx.index.peeringsByVnet.get(gateway.vnetId) ?? []) {
        const { mine, theirs, otherVnetId } = peeringSides(p, gateway.vnetId);
        if (otherVnetId === gateway.vnetId) continue;
        const spoke = describeElement(ctx, otherVnetId);
        const elementIds = [p.id, otherVnetId, ...configs.map((c) => c.id)];
        const otherGateways = ctx.index.gatewaysByVnet.get(otherVnetId) ?? [];
        if (otherGateways.length > 0) {
          // Hub-to-hub: the other VNet can't use remote gateways while it has its own; no flag clears this.
          yield {
            severity: 'info',
            elementIds,
            detail: 'remote-gateway',
            message:
              `P2S clients of ${gw} do not reach ${spoke} through ${describeElement(ctx, p.id)}: ${spoke} has its own VPN gateway (${otherGateways.map((g) => g.name).join(', ')}), ` +
              `so it cannot use remote gateways and gateway transit does not apply. It is left out of the P2S traffic-selector count.`,
            data: { peeringId: p.id, hubVnetId: gateway.vnetId, spokeVnetId: otherVnetId, remoteGatewayIds: otherGateways.map((g) => g.id) },
            fix: {
              hint: `Nothing to set on the peering: users who need ${spoke} connect to its own gateway, or link the two gateways with a VNet-to-VNet connection, whose routes P2S clients receive.`,
            },
          };
          continue;
        }
        const missing: string[] = [];
        if (!mine.allowGatewayTransit) missing.push('allowGatewayTransit');
        if (!theirs.useRemoteGateways) missing.push('useRemoteGateways');
        if (missing.length === 0) continue;
        const parts: string[] = [];
        if (!mine.allowGatewayTransit) parts.push(`"Allow gateway transit" is off on the ${hub} side`);
        if (!theirs.useRemoteGateways) parts.push(`"Use remote gateways" is off on the ${spoke} side`);
        // Safe to set both flags only when Azure would accept them: a non-Basic hub gateway and no
        // other peering of the spoke already using remote gateways.
        const spokeUsesOther = (ctx.index.peeringsByVnet.get(otherVnetId) ?? []).some(
          (q) => q.id !== p.id && peeringSides(q, otherVnetId).mine.useRemoteGateways,
        );
        const safe = !basic && !spokeUsesOther;
        const setFlags = `Set ${missing.map((m) => (m === 'allowGatewayTransit' ? `"Allow gateway transit" on ${hub}'s peering` : `"Use remote gateways" on ${spoke}'s peering`)).join(' and ')}`;
        yield {
          elementIds,
          detail: missing.length === 2 ? 'both' : missing[0]!,
          message:
            `P2S clients of ${gw} cannot reach ${spoke} through ${describeElement(ctx, p.id)}: ${parts.join(' and ')}.` +
            (basic ? ` ${gw} is Basic, which does not support gateway transit.` : '') +
            (spokeUsesOther && !theirs.useRemoteGateways ? ` ${spoke} already uses the gateway of another peering; a VNet can use remote gateways on one peering only.` : ''),
          data: { peeringId: p.id, hubVnetId: gateway.vnetId, spokeVnetId: otherVnetId, missing, spokeUsesOtherGateway: spokeUsesOther, basicSku: basic },
          fix: {
            hint: basic
              ? `Gateway transit is not available on the Basic SKU, so setting the flags would be refused: re-create ${gw} as VpnGw1AZ or larger (a Basic gateway cannot be resized), then ${setFlags.charAt(0).toLowerCase()}${setFlags.slice(1)}.`
              : `${setFlags}.`,
            ...(safe
              ? { autofix: { label: 'Enable gateway transit on this peering', apply: (doc: TopologyDocument) => withTransit(doc, p.id, gateway.vnetId) } }
              : {}),
          },
        };
      }
    }
  },
});
