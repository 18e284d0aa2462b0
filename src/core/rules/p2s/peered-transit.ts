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
    severities: ['warning'],
    title: 'A VNet peered with a P2S gateway\'s VNet lacks "Allow gateway transit" (hub) or "Use remote gateways" (spoke).',
    source: 'FAQ "Can I configure a point-to-site client to connect to multiple virtual networks at the same time?"; facts §5',
    docs: {
      why:
        'P2S clients reach a peered VNet only through gateway transit: the peering in the VNet holding the gateway must allow gateway transit and the peering in the other VNet must use remote gateways. Without both, the clients get no route to the peered VNet and its workloads have no route back to the client pool.',
      example: 'Hub with a P2S gateway peered to spoke-1; the hub side has "Allow gateway transit" but the spoke side lacks "Use remote gateways".',
      fix: 'Set "Allow gateway transit" on the hub\'s peering and "Use remote gateways" on the spoke\'s peering (the spoke must not have its own gateway).',
      reading:
        'Every VNet peered with the VNet of a gateway that has a P2S configuration is taken as one the P2S clients should reach, so the rule warns whenever a flag is missing, including when neither is set. A spoke that has its own gateway cannot use remote gateways; the message says so.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    const done = new Set<string>();
    for (const [gatewayId, configs] of ctx.index.p2sByGateway) {
      const gateway = ctx.index.gatewayById.get(gatewayId);
      if (!gateway || configs.length === 0 || done.has(gateway.vnetId)) continue;
      done.add(gateway.vnetId);
      for (const p of ctx.index.peeringsByVnet.get(gateway.vnetId) ?? []) {
        const { mine, theirs, otherVnetId } = peeringSides(p, gateway.vnetId);
        if (otherVnetId === gateway.vnetId) continue;
        const missing: string[] = [];
        if (!mine.allowGatewayTransit) missing.push('allowGatewayTransit');
        if (!theirs.useRemoteGateways) missing.push('useRemoteGateways');
        if (missing.length === 0) continue;
        const hub = describeElement(ctx, gateway.vnetId);
        const spoke = describeElement(ctx, otherVnetId);
        const parts: string[] = [];
        if (!mine.allowGatewayTransit) parts.push(`"Allow gateway transit" is off on the ${hub} side`);
        if (!theirs.useRemoteGateways) parts.push(`"Use remote gateways" is off on the ${spoke} side`);
        const spokeHasGateway = (ctx.index.gatewaysByVnet.get(otherVnetId)?.length ?? 0) > 0;
        // Safe to set both flags only when Azure would accept them: a non-Basic hub gateway, a spoke
        // without its own gateway, and no other peering of the spoke already using remote gateways.
        const spokeUsesOther = (ctx.index.peeringsByVnet.get(otherVnetId) ?? []).some(
          (q) => q.id !== p.id && peeringSides(q, otherVnetId).mine.useRemoteGateways,
        );
        const safe = !isBasicSku(gateway.sku) && !spokeHasGateway && !spokeUsesOther;
        yield {
          elementIds: [p.id, otherVnetId, ...configs.map((c) => c.id)],
          detail: missing.length === 2 ? 'both' : missing[0]!,
          message:
            `P2S clients of ${describeElement(ctx, gatewayId)} cannot reach ${spoke} through ${describeElement(ctx, p.id)}: ${parts.join(' and ')}.` +
            (spokeHasGateway && !theirs.useRemoteGateways ? ` ${spoke} has its own gateway, so it cannot use remote gateways.` : '') +
            (spokeUsesOther && !theirs.useRemoteGateways ? ` ${spoke} already uses the gateway of another peering; a VNet can use remote gateways on one peering only.` : ''),
          data: { peeringId: p.id, hubVnetId: gateway.vnetId, spokeVnetId: otherVnetId, missing, spokeHasGateway, spokeUsesOtherGateway: spokeUsesOther },
          fix: {
            hint: `Set ${missing.map((m) => (m === 'allowGatewayTransit' ? `"Allow gateway transit" on ${hub}'s peering` : `"Use remote gateways" on ${spoke}'s peering`)).join(' and ')}.`,
            ...(safe
              ? { autofix: { label: 'Enable gateway transit on this peering', apply: (doc: TopologyDocument) => withTransit(doc, p.id, gateway.vnetId) } }
              : {}),
          },
        };
      }
    }
  },
});
