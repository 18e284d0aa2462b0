import type { VpnGateway } from '../../model/types';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { pairConnections, v2vPairs, type V2vPair } from './shared';
import { firstFew } from '../shared';

/** How many neighbours a message names per side; the data keeps the same cap so the rule stays linear. */
const NAMED = 5;

interface Behind {
  readonly count: number;
  readonly ids: string[];
  readonly labels: string[];
}

/** The distinct sites a gateway connects over S2S, computed once per gateway. */
function sitesOf(ctx: RuleContext, g: VpnGateway, cache: Map<string, readonly string[]>): readonly string[] {
  let hit = cache.get(g.id);
  if (!hit) {
    hit = [...new Set((ctx.index.s2sByGateway.get(g.id) ?? []).map((c) => c.siteId))];
    cache.set(g.id, hit);
  }
  return hit;
}

/** What a gateway connects besides the given pair: its S2S sites and its other VNet-to-VNet neighbours. */
function behind(
  ctx: RuleContext,
  g: VpnGateway,
  pair: V2vPair,
  pairsByGateway: ReadonlyMap<string, readonly V2vPair[]>,
  siteCache: Map<string, readonly string[]>,
): Behind {
  const { index } = ctx;
  const ids: string[] = [];
  const labels: string[] = [];
  const sites = sitesOf(ctx, g, siteCache);
  for (const siteId of sites.slice(0, NAMED)) {
    ids.push(siteId);
    labels.push(`site ${index.siteById.get(siteId)?.name ?? siteId}`);
  }
  const neighbours = pairsByGateway.get(g.id) ?? [];
  for (const p of neighbours) {
    if (ids.length >= NAMED) break;
    if (p === pair) continue;
    const far = p.a.id === g.id ? p.b : p.a;
    ids.push(far.id);
    labels.push(`VNet ${index.vnetById.get(far.vnetId)?.name ?? far.vnetId} (gateway ${far.name})`);
  }
  return { count: sites.length + neighbours.length - 1, ids, labels };
}

function vnetName(ctx: RuleContext, g: VpnGateway): string {
  return ctx.index.vnetById.get(g.vnetId)?.name ?? g.vnetId;
}

export default defineRule({
  meta: {
    id: 'bgp/transit',
    severities: ['info'],
    title: 'A VNet-to-VNet link without BGP carries only its two VNets: no transit to the other connections.',
    source: 'FAQ "Does Azure VPN Gateway support BGP transit routing?"; facts §4',
    docs: {
      why: 'A VPN gateway passes traffic on between its connections (transit) only where routes are exchanged over BGP. A VNet-to-VNet link without BGP joins just the two VNets, so the far VNet does not reach the sites and other VNets connected to this gateway, and they do not reach it. Transit across several gateways needs BGP on every intermediate link.',
      example: 'Gateway `hub-gw` has an S2S connection to `branch` and a VNet-to-VNet link without BGP to `spoke-gw`: VNet `spoke` cannot reach `branch`.',
      fix: 'Turn on BGP on both gateways and on both connection resources of the VNet-to-VNet link, or connect the far VNet to the other networks directly.',
      reading:
        'A VNet-to-VNet pair runs BGP only when every connection resource of the pair has enableBgp and both gateways have BGP on (as the reachability computation assumes). The rule reports each pair without BGP once, when at least one of its gateways has other connections (S2S sites or other VNet-to-VNet links; P2S and peered spokes are not counted). Each side names at most five of them; the counts are complete. Transit to sites over an S2S connection without BGP is not reported: the gateway still advertises those sites to its BGP peers.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const pairs = v2vPairs(ctx);
    const pairsByGateway = new Map<string, V2vPair[]>();
    for (const p of pairs) {
      for (const g of [p.a, p.b]) {
        const list = pairsByGateway.get(g.id);
        if (list) list.push(p);
        else pairsByGateway.set(g.id, [p]);
      }
    }
    const siteCache = new Map<string, readonly string[]>();
    for (const pair of pairs) {
      const conns = pairConnections(pair);
      const { a, b } = pair;
      const connectionBgp = conns.every((c) => c.enableBgp);
      if (connectionBgp && a.bgp.enabled && b.bgp.enabled) continue;
      const behindA = behind(ctx, a, pair, pairsByGateway, siteCache);
      const behindB = behind(ctx, b, pair, pairsByGateway, siteCache);
      if (behindA.count === 0 && behindB.count === 0) continue;
      const parts: string[] = [];
      if (behindA.count > 0) parts.push(`VNet ${vnetName(ctx, b)} won't reach ${firstFew(behindA.labels)}${more(behindA)} behind gateway ${a.name}`);
      if (behindB.count > 0) parts.push(`VNet ${vnetName(ctx, a)} won't reach ${firstFew(behindB.labels)}${more(behindB)} behind gateway ${b.name}`);
      const why = connectionBgp ? 'BGP is off on a gateway' : 'a connection has no BGP';
      yield {
        elementIds: [...conns.map((c) => c.id), a.id, b.id],
        message: `VNet-to-VNet between gateways ${a.name} and ${b.name} runs without BGP (${why}), so it carries only traffic between VNets ${vnetName(ctx, a)} and ${vnetName(ctx, b)}: ${parts.join('; ')}.`,
        detail: 'no-bgp-hop',
        data: {
          reason: connectionBgp ? 'gateway' : 'connection',
          gatewayIds: [a.id, b.id],
          behindFirstCount: behindA.count,
          behindSecondCount: behindB.count,
          behindFirst: behindA.ids,
          behindSecond: behindB.ids,
        },
        fix: { hint: `Enable BGP on gateways ${a.name} and ${b.name} and on both connections of the link if transit is wanted.` },
      };
    }
  },
});

function more(b: Behind): string {
  const hidden = b.count - b.labels.length;
  return hidden > 0 ? ` (+${hidden} more)` : '';
}
