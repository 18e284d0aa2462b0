import type { DesignIndex } from '../model/design-index';
import { peeringSides } from '../model/design-index';
import type { SiteToSiteConnection, VpnGateway } from '../model/types';
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
  /** True when at least one of the prefixes was translated by an IngressSNAT rule on the way in. */
  readonly nat?: boolean;
  /** The seen prefixes (canonical text) that NAT produced, when `nat` is true. */
  readonly natPrefixes?: readonly string[];
}

/** Everything one gateway routes between: the set inside which no two spaces may overlap. */
export interface GatewayDomain {
  readonly gatewayId: string;
  readonly spaces: readonly SeenSpace[];
}

/**
 * Spaces that every domain containing them sees the same way, computed once per design rather than
 * once per gateway domain (a site behind a chain of BGP hops is in many domains).
 */
export class SpaceCache {
  private readonly parsed = new Map<readonly string[], Prefix[]>();
  private readonly sites = new Map<string, SeenSpace | undefined>();

  /** The readable prefixes of a list, parsed once. */
  prefixes(list: readonly string[]): Prefix[] {
    let hit = this.parsed.get(list);
    if (!hit) {
      hit = toPrefixes(list);
      this.parsed.set(list, hit);
    }
    return hit;
  }

  /** A site as its S2S connection's gateway sees it (after the connection's IngressSNAT). */
  siteView(index: DesignIndex, c: SiteToSiteConnection): SeenSpace | undefined {
    if (this.sites.has(c.id)) return this.sites.get(c.id);
    const site = index.siteById.get(c.siteId);
    let view: SeenSpace | undefined;
    if (site) {
      const own = this.prefixes(site.addressPrefixes);
      const { ingress } = linkedNatRules(index, c);
      if (ingress.length === 0) {
        view = { ownerId: site.id, ownerKind: 'site', prefixes: own, via: 's2s', viaId: c.id };
      } else {
        const { seen, byPrefix } = applySnat(own, ingress);
        const natPrefixes: string[] = [];
        for (const t of byPrefix) {
          if (t.coverage === 'none') continue;
          const kept = new Set(t.remainder.map((r) => r.text));
          for (const q of t.post) if (!kept.has(q.text)) natPrefixes.push(q.text);
        }
        const nat = natPrefixes.length > 0;
        view = { ownerId: site.id, ownerKind: 'site', prefixes: seen, via: 's2s', viaId: c.id, ...(nat ? { nat, natPrefixes } : {}) };
      }
    }
    this.sites.set(c.id, view);
    return view;
  }
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
 * its P2S pools, and the VNets it reaches by VNet-to-VNet. Across VNet-to-VNet hops that run BGP
 * (the connection has enableBgp and both gateways have BGP on), the far gateway's sites and P2S pools
 * come in as well (Azure advertises every connected local network gateway's prefixes and what it
 * learned to its BGP peers), and so does whatever lies behind further BGP hops. A hop without BGP
 * carries only its two ends: the far VNet (with its transit spokes), nothing behind it.
 *
 * Only the VNet-to-VNet resources whose local end is a gateway are followed from it; a link defined in
 * one direction only is still seen from the gateway that owns that resource.
 */
export function gatewayDomain(index: DesignIndex, g: VpnGateway, cache: SpaceCache = new SpaceCache()): GatewayDomain {
  const spaces: SeenSpace[] = [];
  const addVnets = (gw: VpnGateway, via: SeenSpace['via'], viaId?: string) => {
    for (const { vnetId, peeringId } of vnetsBehindGateway(index, gw)) {
      const v = index.vnetById.get(vnetId);
      if (!v) continue;
      const how = via === 'local' && peeringId ? 'transit-peering' : via;
      spaces.push({ ownerId: v.id, ownerKind: 'vnet', prefixes: cache.prefixes(v.addressSpace), via: how, viaId: peeringId ?? viaId });
    }
  };
  const addSites = (gw: VpnGateway, via: 's2s' | 'bgp-transit') => {
    for (const c of index.s2sByGateway.get(gw.id) ?? []) {
      const seen = cache.siteView(index, c);
      if (seen) spaces.push({ ...seen, via });
    }
  };
  const addPools = (gw: VpnGateway, via: 'p2s' | 'bgp-transit') => {
    for (const p of index.p2sByGateway.get(gw.id) ?? []) {
      spaces.push({ ownerId: p.id, ownerKind: 'p2s', prefixes: cache.prefixes(p.addressPool), via });
    }
  };
  addVnets(g, 'local');
  addSites(g, 's2s');
  addPools(g, 'p2s');

  // Breadth-first over VNet-to-VNet links. A gateway is first reached 'plain' (its VNets only) or
  // 'bgp' (its VNets, sites and pools, and its own BGP links); a plain one can later be upgraded.
  const state = new Map<string, 'plain' | 'bgp'>([[g.id, 'bgp']]);
  const queue: { gw: VpnGateway; viaId: string; bgp: boolean; first: boolean }[] = [];
  const expand = (from: VpnGateway, onlyBgp: boolean) => {
    for (const c of index.v2vByGateway.get(from.id) ?? []) {
      const remote = index.gatewayById.get(c.remoteGatewayId);
      if (!remote) continue;
      const bgp = c.enableBgp && from.bgp.enabled && remote.bgp.enabled;
      if (onlyBgp && !bgp) continue;
      const prior = state.get(remote.id);
      if (prior === 'bgp' || (prior === 'plain' && !bgp)) continue;
      state.set(remote.id, bgp ? 'bgp' : 'plain');
      queue.push({ gw: remote, viaId: c.id, bgp, first: prior === undefined });
    }
  };
  expand(g, false);
  for (let i = 0; i < queue.length; i++) {
    const { gw, viaId, bgp, first } = queue[i]!;
    if (first) addVnets(gw, 'vnet2vnet', viaId);
    if (bgp) {
      addSites(gw, 'bgp-transit');
      addPools(gw, 'bgp-transit');
      expand(gw, true);
    }
  }
  return { gatewayId: g.id, spaces };
}
