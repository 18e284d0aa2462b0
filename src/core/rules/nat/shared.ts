import { connectionNat, createNatCache, type ConnectionNat } from '../../compute/nat-translation';
import { allDomains } from '../../compute/overlaps';
import type { GatewayDomain } from '../../compute/reachability';
import type { LocalSite, NatRule, SiteToSiteConnection, VpnGateway } from '../../model/types';
import { toPrefixes, type Prefix } from '../../net/prefix';
import { crossOverlappingPairs, type Placed } from '../../net/sweep';
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

/**
 * Where the site's pre-NAT prefixes overlap the Azure side's pre-NAT prefixes, one entry per
 * distinct (site prefix, Azure prefix) pair, naming the first VNet that holds the Azure prefix.
 * Repeated prefixes are dropped first and one two-sided sweep pairs the site only with the Azure
 * side, so a side full of duplicate or nested prefixes costs nothing extra.
 */
export function collisions(ctx: RuleContext, link: NatLink): readonly Collision[] {
  const cache = ctx.memo('nat:collisions', () => new Map<string, readonly Collision[]>());
  const hit = cache.get(link.connection.id);
  if (hit) return hit;
  const site = new Map<string, Placed<null>>();
  for (const t of link.nat.onPrem.translations) if (!site.has(t.pre.text)) site.set(t.pre.text, { prefix: t.pre, item: null });
  const azure = new Map<string, Placed<string>>();
  for (const o of link.nat.azure) {
    for (const t of o.translations) if (!azure.has(t.pre.text)) azure.set(t.pre.text, { prefix: t.pre, item: o.ownerId });
  }
  const out: Collision[] = [];
  for (const [s, v] of crossOverlappingPairs([...site.values()], [...azure.values()])) {
    out.push({ sitePrefix: s.prefix, vnetPrefix: v.prefix, vnetId: v.item });
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
export function rulePrefixes(rule: NatRule): { internal: readonly Prefix[]; external: readonly Prefix[] } {
  return { internal: toPrefixes(rule.internalMappings), external: toPrefixes(rule.externalMappings) };
}


/** A copy of the document with one gateway changed (never mutates the input). */
export function withGateway<D extends { gateways: readonly VpnGateway[] }>(doc: D, gatewayId: string, change: (g: VpnGateway) => VpnGateway): D {
  return { ...doc, gateways: doc.gateways.map((g) => (g.id === gatewayId ? change(g) : g)) };
}
