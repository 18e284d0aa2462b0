import type { LocalSite, SiteToSiteConnection, VnetToVnetConnection, VpnGateway } from '../../model/types';
import { toPrefixes, type Prefix } from '../../net/prefix';
import type { RuleContext } from '../types';
import { v2vGroups } from '../connection/tunnels';

/** A site-to-site connection that runs BGP, with its site (which has BGP settings) and its gateway. */
export interface BgpLink {
  readonly connection: SiteToSiteConnection;
  readonly site: LocalSite & { bgp: NonNullable<LocalSite['bgp']> };
  readonly gateway: VpnGateway;
}

/** Every S2S connection with enableBgp whose site has BGP settings, computed once per validation. */
export function bgpLinks(ctx: RuleContext): readonly BgpLink[] {
  return ctx.memo('bgp:links', () => {
    const out: BgpLink[] = [];
    for (const c of ctx.index.s2s) {
      if (!c.enableBgp) continue;
      const site = ctx.index.siteById.get(c.siteId);
      const gateway = ctx.index.gatewayById.get(c.gatewayId);
      if (!site?.bgp || !gateway) continue;
      out.push({ connection: c, site: site as BgpLink['site'], gateway });
    }
    return out;
  });
}

/** The readable prefixes of a VNet's address space, parsed once per VNet per validation. */
export function vnetPrefixes(ctx: RuleContext, vnetId: string): readonly Prefix[] {
  const cache = ctx.memo('bgp:vnetPrefixes', () => new Map<string, readonly Prefix[]>());
  let hit = cache.get(vnetId);
  if (!hit) {
    hit = toPrefixes(ctx.index.vnetById.get(vnetId)?.addressSpace ?? []);
    cache.set(vnetId, hit);
  }
  return hit;
}


/** Both directions of the VNet-to-VNet link between two different gateways (a's id sorts before b's). */
export interface V2vPair {
  readonly key: string;
  readonly a: VpnGateway;
  readonly b: VpnGateway;
  /** Connection resources from a to b, and from b to a (usually one each; several for extra tunnels). */
  readonly ab: readonly VnetToVnetConnection[];
  readonly ba: readonly VnetToVnetConnection[];
}

/** Every VNet-to-VNet gateway pair (self-links are skipped), from the connection rules' shared grouping. */
export function v2vPairs(ctx: RuleContext): readonly V2vPair[] {
  return ctx.memo('bgp:v2vPairs', () =>
    v2vGroups(ctx).flatMap((g) => {
      const [aId, bId] = g.gatewayIds;
      const a = ctx.index.gatewayById.get(aId);
      const b = ctx.index.gatewayById.get(bId);
      return aId === bId || !a || !b ? [] : [{ key: `${aId}\u0000${bId}`, a, b, ab: g.forward, ba: g.backward }];
    }),
  );
}

/** The connection resources of a pair, both directions. */
export const pairConnections = (p: V2vPair): VnetToVnetConnection[] => [...p.ab, ...p.ba];
