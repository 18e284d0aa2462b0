import type { DesignIndex } from '../model/design-index';
import { peeringSides } from '../model/design-index';
import type { VpnGateway } from '../model/types';
import { toPrefixes, type Prefix } from '../net/prefix';
import { applySnat, linkedNatRules } from './nat-translation';

export type SpaceOwnerKind = 'vnet' | 'site' | 'p2s';

/** An address space as one gateway's routing table sees it. */
export interface SeenSpace {
  readonly ownerId: string;
  readonly ownerKind: SpaceOwnerKind;
  /** Prefixes as seen at the gateway (site prefixes after the connection's IngressSNAT). */
  readonly prefixes: readonly Prefix[];
  /** How the space reaches the gateway, for messages. */
  readonly via: 'local' | 'transit-peering' | 'vnet2vnet' | 's2s' | 'bgp-transit' | 'p2s';
  /** The connection (or peering) that brings it in, when there is one. */
  readonly viaId?: string;
}

/** Everything one gateway routes between: the set inside which no two spaces may overlap. */
export interface GatewayDomain {
  readonly gatewayId: string;
  readonly spaces: readonly SeenSpace[];
}

/** The VNets that use this gateway: its own and spokes peered with gateway transit on both sides. */
export function vnetsBehindGateway(index: DesignIndex, g: VpnGateway): { vnetId: string; peeringId?: string }[] {
  const out: { vnetId: string; peeringId?: string }[] = [{ vnetId: g.vnetId }];
  for (const p of index.peeringsByVnet.get(g.vnetId) ?? []) {
    const { mine, theirs, otherVnetId } = peeringSides(p, g.vnetId);
    if (otherVnetId !== g.vnetId && mine.allowGatewayTransit && theirs.useRemoteGateways) {
      out.push({ vnetId: otherVnetId, peeringId: p.id });
    }
  }
  return out;
}

/**
 * The routing domain of a gateway: its VNet and transit spokes, the sites it connects (after NAT),
 * its P2S pools, the VNets it reaches by VNet-to-VNet, and, across VNet-to-VNet hops that run BGP,
 * the BGP-connected sites and VNets of further gateways (a hop without BGP carries only its two ends).
 */
export function gatewayDomain(index: DesignIndex, g: VpnGateway): GatewayDomain {
  const spaces: SeenSpace[] = [];
  const addVnets = (gw: VpnGateway, via: SeenSpace['via'], viaId?: string) => {
    for (const { vnetId, peeringId } of vnetsBehindGateway(index, gw)) {
      const v = index.vnetById.get(vnetId);
      if (!v) continue;
      const how = via === 'local' && peeringId ? 'transit-peering' : via;
      spaces.push({ ownerId: v.id, ownerKind: 'vnet', prefixes: toPrefixes(v.addressSpace), via: how, viaId: peeringId ?? viaId });
    }
  };
  const addSites = (gw: VpnGateway, bgpOnly: boolean) => {
    for (const c of index.s2sByGateway.get(gw.id) ?? []) {
      if (bgpOnly && !c.enableBgp) continue;
      const site = index.siteById.get(c.siteId);
      if (!site) continue;
      const own = toPrefixes(site.addressPrefixes);
      const { ingress } = linkedNatRules(index, c);
      const seen = applySnat(own, ingress).seen;
      spaces.push({ ownerId: site.id, ownerKind: 'site', prefixes: seen, via: bgpOnly ? 'bgp-transit' : 's2s', viaId: c.id });
    }
  };
  addVnets(g, 'local');
  addSites(g, false);
  for (const p of index.p2sByGateway.get(g.id) ?? []) {
    spaces.push({ ownerId: p.id, ownerKind: 'p2s', prefixes: toPrefixes(p.addressPool), via: 'p2s' });
  }
  // VNet-to-VNet: the far VNet always; further over BGP-only hops.
  const visited = new Set<string>([g.id]);
  const queue: { gw: VpnGateway; viaId: string; bgp: boolean }[] = [];
  const enqueueNeighbours = (gw: VpnGateway, onlyBgp: boolean) => {
    for (const c of index.v2vByGateway.get(gw.id) ?? []) {
      if (onlyBgp && !c.enableBgp) continue;
      const remote = index.gatewayById.get(c.remoteGatewayId);
      if (!remote || visited.has(remote.id)) continue;
      visited.add(remote.id);
      queue.push({ gw: remote, viaId: c.id, bgp: c.enableBgp });
    }
  };
  enqueueNeighbours(g, false);
  while (queue.length > 0) {
    const { gw, viaId, bgp } = queue.shift()!;
    addVnets(gw, 'vnet2vnet', viaId);
    if (bgp && g.bgp.enabled && gw.bgp.enabled) {
      addSites(gw, true);
      enqueueNeighbours(gw, true);
    }
  }
  return { gatewayId: g.id, spaces };
}
