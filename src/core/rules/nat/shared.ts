import { connectionNat, createNatCache, type ConnectionNat } from '../../compute/nat-translation';
import { allDomains } from '../../compute/overlaps';
import type { GatewayDomain } from '../../compute/reachability';
import type { LocalSite, NatRule, SiteToSiteConnection, VpnGateway } from '../../model/types';
import { toPrefixes, type Prefix } from '../../net/prefix';
import { overlappingPairs, type Placed } from '../../net/sweep';
import type { RuleContext } from '../types';

/** An S2S connection that links at least one NAT rule of its own gateway, with its NAT computed. */
export interface NatLink {
  readonly connection: SiteToSiteConnection;
  readonly gateway: VpnGateway;
  readonly site: LocalSite;
  readonly nat: ConnectionNat;
}

/** Every S2S connection with NAT rules (resolved on its gateway), computed once per validation. */
export function natLinks(ctx: RuleContext): readonly NatLink[] {
  return ctx.memo('nat:links', () => {
    const out: NatLink[] = [];
    const cache = createNatCache();
    for (const c of ctx.index.s2s) {
      if (c.ingressNatRuleIds.length === 0 && c.egressNatRuleIds.length === 0) continue;
      const gateway = ctx.index.gatewayById.get(c.gatewayId);
      const site = ctx.index.siteById.get(c.siteId);
      if (!gateway || !site) continue;
      const nat = connectionNat(ctx.index, c, cache);
      if (nat.ingress.length === 0 && nat.egress.length === 0) continue;
      out.push({ connection: c, gateway, site, nat });
    }
    return out;
  });
}

/** Gateway routing domains, shared with address/overlap (the same memo key). */
export function domains(ctx: RuleContext): readonly GatewayDomain[] {
  return ctx.memo('domains', () => allDomains(ctx.index));
}

/** A site prefix that overlaps a prefix of the Azure side (gateway VNet or a transit spoke). */
export interface Collision {
  readonly sitePrefix: Prefix;
  readonly vnetPrefix: Prefix;
  readonly vnetId: string;
}

/** Where the site's pre-NAT prefixes overlap the Azure side's pre-NAT prefixes (one sweep per link). */
export function collisions(ctx: RuleContext, link: NatLink): readonly Collision[] {
  const cache = ctx.memo('nat:collisions', () => new Map<string, readonly Collision[]>());
  const hit = cache.get(link.connection.id);
  if (hit) return hit;
  type Tag = { side: 'site' } | { side: 'vnet'; vnetId: string };
  const placed: Placed<Tag>[] = [];
  for (const t of link.nat.onPrem.translations) placed.push({ prefix: t.pre, item: { side: 'site' } });
  for (const o of link.nat.azure) for (const t of o.translations) placed.push({ prefix: t.pre, item: { side: 'vnet', vnetId: o.ownerId } });
  const out: Collision[] = [];
  for (const [a, b] of overlappingPairs(placed)) {
    if (a.item.side === b.item.side) continue;
    const [s, v] = a.item.side === 'site' ? [a, b] : [b, a];
    if (v.item.side !== 'vnet') continue;
    out.push({ sitePrefix: s.prefix, vnetPrefix: v.prefix, vnetId: v.item.vnetId });
  }
  cache.set(link.connection.id, out);
  return out;
}

/**
 * A key that is equal for two sites exactly when they describe the same on-premises network: their
 * address prefixes (or, when they have none, their BGP advertisements) as a sorted set. Undefined
 * when the site gives no prefixes at all, so nothing can be said.
 */
export function siteNetworkKey(site: LocalSite): string | undefined {
  let prefixes = toPrefixes(site.addressPrefixes);
  if (prefixes.length === 0) prefixes = toPrefixes(site.bgp?.advertisedPrefixes ?? []);
  if (prefixes.length === 0) return undefined;
  return [...new Set(prefixes.map((p) => p.text))].sort().join(',');
}

/** The readable prefixes of both sides of a rule. */
export function rulePrefixes(rule: NatRule): { internal: Prefix[]; external: Prefix[] } {
  return { internal: toPrefixes(rule.internalMappings), external: toPrefixes(rule.externalMappings) };
}


/** A copy of the document with one gateway changed (never mutates the input). */
export function withGateway<D extends { gateways: readonly VpnGateway[] }>(doc: D, gatewayId: string, change: (g: VpnGateway) => VpnGateway): D {
  return { ...doc, gateways: doc.gateways.map((g) => (g.id === gatewayId ? change(g) : g)) };
}
