import type { DesignIndex } from '../model/design-index';
import { peeringSides } from '../model/design-index';
import type { SiteToSiteConnection, VpnGateway } from '../model/types';
import { toPrefixes, type Prefix } from '../net/prefix';
import { applySnat, linkedNatRules } from './nat-translation';

export type SpaceOwnerKind = 'vnet' | 'site' | 'p2s';

/** An address space as the gateways of one routing group see it. */
export interface SeenSpace {
  readonly ownerId: string;
  readonly ownerKind: SpaceOwnerKind;
  /** Prefixes as seen at the gateway (site prefixes after the connection's IngressSNAT). */
  readonly prefixes: readonly Prefix[];
  /**
   * How the space reaches `gatewayId`, for messages: its own VNet ('local'), a spoke peered with
   * gateway transit, a site over S2S, a P2S pool, or a far VNet over a VNet-to-VNet link without BGP.
   */
  readonly via: 'local' | 'transit-peering' | 'vnet2vnet' | 's2s' | 'p2s';
  /** The connection (or peering) that brings it in, when there is one. */
  readonly viaId?: string;
  /**
   * The gateway the space belongs to: the gateway of the VNet it is (or the hub it is a transit spoke
   * of), of the S2S connection that brings the site in, or of the P2S pool. For a far VNet seen over a
   * VNet-to-VNet link without BGP, the far gateway.
   */
  readonly gatewayId: string;
  /** True when at least one of the prefixes was translated by an IngressSNAT rule on the way in. */
  readonly nat?: boolean;
  /** The seen prefixes (canonical text) that NAT produced, when `nat` is true. */
  readonly natPrefixes?: readonly string[];
}

/**
 * Gateways joined by VNet-to-VNet links that run BGP (the connection has enableBgp and both gateways
 * have BGP on), with everything they route between. BGP advertises every connected network to every
 * peer, hop after hop, so each gateway of the group sees every space of the group: they are held
 * once, here, and shared by the members' domains (never copied per gateway).
 */
export interface RoutingGroup {
  /** The group's first gateway in document order. */
  readonly id: string;
  /** Member gateways, in document order. */
  readonly gatewayIds: readonly string[];
  /** For each member: its VNet and transit spokes, its sites (after each connection's IngressSNAT) and its P2S pools. */
  readonly spaces: readonly SeenSpace[];
}

/** Everything one gateway routes between: the set inside which no two spaces may overlap. */
export interface GatewayDomain {
  readonly gatewayId: string;
  /** The BGP group the gateway belongs to (a group of one without BGP VNet-to-VNet links). Shared by its members. */
  readonly group: RoutingGroup;
  /** The gateway's VNet, its transit spokes and its P2S pools: what reaches the sites it connects through it (before EgressSNAT). */
  readonly local: readonly SeenSpace[];
  /**
   * VNets (with their transit spokes) of gateways outside the group that this gateway's own
   * VNet-to-VNet links without BGP reach. Such a hop carries its two ends only: nothing behind the far
   * gateway comes in, and this gateway's group does not see them beyond this gateway.
   */
  readonly plain: readonly SeenSpace[];
  /**
   * Everything in the domain: `group.spaces` (the same array, not a copy) when `plain` is empty,
   * else group spaces followed by `plain`, built on first read. Prefer `group` and `plain` in loops
   * over many gateways of a large group.
   */
  readonly spaces: readonly SeenSpace[];
}

/**
 * Spaces seen the same way wherever they appear, computed once per design (a VNet can be local to
 * one group and a far VNet of several gateways).
 */
export class SpaceCache {
  private readonly sites = new Map<string, SeenSpace | undefined>();

  /** A site as its S2S connection's gateway sees it (after the connection's IngressSNAT). */
  siteView(index: DesignIndex, c: SiteToSiteConnection): SeenSpace | undefined {
    if (this.sites.has(c.id)) return this.sites.get(c.id);
    const site = index.siteById.get(c.siteId);
    let view: SeenSpace | undefined;
    if (site) {
      const own = toPrefixes(site.addressPrefixes);
      const ingress = c.ingressNatRuleIds.length === 0 ? [] : linkedNatRules(index, c).ingress;
      const base = { ownerId: site.id, ownerKind: 'site', via: 's2s', viaId: c.id, gatewayId: c.gatewayId } as const;
      if (ingress.length === 0) {
        view = { ...base, prefixes: own };
      } else {
        const { seen, byPrefix } = applySnat(own, ingress);
        const natPrefixes: string[] = [];
        for (const t of byPrefix) {
          if (t.coverage === 'none') continue;
          const kept = new Set(t.remainder.map((r) => r.text));
          for (const q of t.post) if (!kept.has(q.text)) natPrefixes.push(q.text);
        }
        const nat = natPrefixes.length > 0;
        view = { ...base, prefixes: seen, ...(nat ? { nat, natPrefixes } : {}) };
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

/** Whether a VNet-to-VNet connection runs BGP: enabled on the connection and on both gateways. */
function runsBgp(local: VpnGateway, remote: VpnGateway, enableBgp: boolean): boolean {
  return enableBgp && local.bgp.enabled && remote.bgp.enabled;
}

/**
 * The routing domains of every gateway, in document order, in O(n): the BGP groups are found once
 * (union-find over VNet-to-VNet links that run BGP, whichever direction the resource is defined in),
 * and each space is held once per group.
 *
 * A gateway's domain is its group's spaces (every member's VNet and transit spokes, sites after
 * IngressSNAT and P2S pools: Azure advertises every connected local network gateway's prefixes and
 * what it learned to its BGP peers) plus, for each of its own VNet-to-VNet links without BGP (the
 * resources whose local end it is), the far VNet and its transit spokes, nothing behind them.
 */
export function routingDomains(index: DesignIndex, cache: SpaceCache = new SpaceCache()): GatewayDomain[] {
  const gateways = index.doc.gateways;
  const slot = new Map<string, number>();
  gateways.forEach((g, i) => slot.set(g.id, i));
  const parent = Int32Array.from(gateways, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (const c of index.v2v) {
    const a = slot.get(c.gatewayId);
    const b = slot.get(c.remoteGatewayId);
    if (a === undefined || b === undefined || !runsBgp(gateways[a]!, gateways[b]!, c.enableBgp)) continue;
    const ra = find(a);
    const rb = find(b);
    // The smaller slot stays the root, so a group's root is its first gateway in document order.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  // Each gateway's own spaces, computed once.
  const localOf: SeenSpace[][] = [];
  const vnetsOf = (gw: VpnGateway, via: 'local' | 'vnet2vnet', owner: string, viaId?: string): SeenSpace[] => {
    const out: SeenSpace[] = [];
    for (const { vnetId, peeringId } of vnetsBehindGateway(index, gw)) {
      const v = index.vnetById.get(vnetId);
      if (!v) continue;
      const how = via === 'local' && peeringId ? 'transit-peering' : via;
      const id = peeringId ?? viaId;
      out.push({ ownerId: v.id, ownerKind: 'vnet', prefixes: toPrefixes(v.addressSpace), via: how, gatewayId: owner, ...(id ? { viaId: id } : {}) });
    }
    return out;
  };
  for (const g of gateways) {
    const local = vnetsOf(g, 'local', g.id);
    for (const p of index.p2sByGateway.get(g.id) ?? []) {
      local.push({ ownerId: p.id, ownerKind: 'p2s', prefixes: toPrefixes(p.addressPool), via: 'p2s', gatewayId: g.id });
    }
    localOf.push(local);
  }

  // Groups in document order, each space once (a group's root is its first gateway).
  const groups: (RoutingGroup & { gatewayIds: string[]; spaces: SeenSpace[] })[] = [];
  const groupOf: RoutingGroup[] = [];
  gateways.forEach((g, i) => {
    const root = find(i);
    let group = groups[root];
    if (!group) {
      group = { id: g.id, gatewayIds: [], spaces: [] };
      groups[root] = group;
    }
    groupOf.push(group);
    group.gatewayIds.push(g.id);
    const local = localOf[i]!;
    for (const s of local) if (s.ownerKind === 'vnet') group.spaces.push(s);
    for (const c of index.s2sByGateway.get(g.id) ?? []) {
      const seen = cache.siteView(index, c);
      if (seen) group.spaces.push(seen);
    }
    for (const s of local) if (s.ownerKind === 'p2s') group.spaces.push(s);
  });

  return gateways.map((g, i) => {
    const group = groupOf[i]!;
    const plain: SeenSpace[] = [];
    const reached = new Set<number>();
    for (const c of index.v2vByGateway.get(g.id) ?? []) {
      const r = slot.get(c.remoteGatewayId);
      if (r === undefined || reached.has(r) || groupOf[r] === group) continue;
      reached.add(r);
      plain.push(...vnetsOf(gateways[r]!, 'vnet2vnet', gateways[r]!.id, c.id));
    }
    return domain(g.id, group, localOf[i]!, plain);
  });
}

function domain(gatewayId: string, group: RoutingGroup, local: readonly SeenSpace[], plain: readonly SeenSpace[]): GatewayDomain {
  let all: readonly SeenSpace[] | undefined = plain.length === 0 ? group.spaces : undefined;
  return {
    gatewayId,
    group,
    local,
    plain,
    get spaces() {
      all ??= [...group.spaces, ...plain];
      return all;
    },
  };
}

/**
 * The routing domain of one gateway (see `routingDomains`). Computes the groups of the whole design:
 * call `routingDomains` once instead when you need several gateways.
 */
export function gatewayDomain(index: DesignIndex, g: VpnGateway, cache: SpaceCache = new SpaceCache()): GatewayDomain {
  const all = routingDomains(index, cache);
  const hit = all.find((d) => d.gatewayId === g.id);
  if (!hit) throw new Error(`gateway ${g.id} is not in the design`);
  return hit;
}
