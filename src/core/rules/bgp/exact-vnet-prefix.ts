import { vnetsBehindGateway } from '../../compute/reachability';
import type { VirtualNetwork, VpnGateway } from '../../model/types';
import { toPrefix, type Prefix } from '../../net/prefix';
import { crossOverlappingPairs, type Placed } from '../../net/sweep';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { bgpLinks, vnetPrefixes, type BgpLink } from './shared';
import { firstFew } from '../shared';

/** A VNet whose routes the gateway holds: its own, or a spoke using it through a transit peering. */
interface KnownVnet {
  readonly vnet: VirtualNetwork;
  readonly peeringId?: string;
}

/** One distinct advertised prefix at one gateway, with every BGP connection that advertises it. */
interface Advert {
  readonly links: BgpLink[];
}

interface Match {
  readonly link: BgpLink;
  readonly detail: 'exact' | 'more-specific';
  readonly adverts: string[];
  readonly described: string[];
  readonly seen: Set<string>;
  readonly vnetIds: Set<string>;
  readonly peeringIds: Set<string>;
}

/** The gateway's own VNet and the spokes that use it (transit on the hub side and remote gateways on the spoke side). */
function knownVnets(ctx: RuleContext, g: VpnGateway): KnownVnet[] {
  const out: KnownVnet[] = [];
  for (const { vnetId, peeringId } of vnetsBehindGateway(ctx.index, g)) {
    const vnet = ctx.index.vnetById.get(vnetId);
    if (vnet) out.push(peeringId ? { vnet, peeringId } : { vnet });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'bgp/exact-vnet-prefix',
    severities: ['warning'],
    title: "A site advertises over BGP a prefix of the gateway's VNet or of a spoke using it through gateway transit (or part of one), which Azure filters.",
    source: 'FAQ "In site-to-site tunnel setups, can I advertise the exact prefixes as my virtual network prefixes?"; facts §4',
    docs: {
      why: "Azure drops any route learned over BGP that matches the address space of a VNet the gateway already routes to: its own VNet and, with gateway transit, the spokes that use it. A covering aggregate such as 10.0.0.0/8 for 10.0.0.0/16 is accepted; the exact prefix and more specific ones inside it are not. A peered VNet that does not use the gateway (no gateway transit on that peering) is unknown to the gateway, so its prefixes may be advertised.",
      example: 'Hub VNet `hub` (10.0.0.0/16) peered with gateway transit to `spoke` (10.1.0.0/16), which uses the remote gateway; site `branch` advertises 10.1.0.0/16 over BGP to the hub gateway.',
      fix: 'Advertise a larger prefix that covers the VNet range instead, or stop advertising Azure ranges from on premises.',
      reading:
        "The VNets compared are the gateway's own VNet (always: the gateway holds its routes whether or not transit is on) and each peered VNet whose peering allows gateway transit on the gateway side and uses remote gateways on the spoke side. A peered VNet without both flags is not learned by the gateway, so advertising its prefixes is allowed, as the FAQ says for transit off. Following the FAQ's example (10.0.0.0/24 is refused for a 10.0.0.0/16 VNet), prefixes inside a VNet prefix are reported too, with detail 'more-specific'; exact matches use detail 'exact'. One finding per connection and detail.",
    },
  },
  *check(ctx): Iterable<Finding> {
    const byGateway = new Map<string, BgpLink[]>();
    for (const link of bgpLinks(ctx)) {
      if (link.site.bgp.advertisedPrefixes.length === 0) continue;
      const list = byGateway.get(link.gateway.id);
      if (list) list.push(link);
      else byGateway.set(link.gateway.id, [link]);
    }
    for (const links of byGateway.values()) {
      const g = links[0]!.gateway;
      const vnets: Placed<KnownVnet>[] = [];
      for (const known of knownVnets(ctx, g)) for (const prefix of vnetPrefixes(ctx, known.vnet.id)) vnets.push({ prefix, item: known });
      if (vnets.length === 0) continue;
      // Each distinct prefix once per gateway, however many sites advertise it: a summary such as
      // 10.0.0.0/8 advertised by thousands of sites is one item on the sweep, not thousands.
      const distinct = new Map<string, Placed<Advert>>();
      for (const link of links) {
        for (const text of link.site.bgp.advertisedPrefixes) {
          const prefix = toPrefix(text);
          if (!prefix) continue;
          const hit = distinct.get(prefix.text);
          if (!hit) distinct.set(prefix.text, { prefix, item: { links: [link] } });
          else if (hit.item.links[hit.item.links.length - 1] !== link) hit.item.links.push(link);
        }
      }
      const matches = new Map<string, Match>();
      for (const [vnetSide, advert] of crossOverlappingPairs(vnets, [...distinct.values()])) {
        if (advert.prefix.length < vnetSide.prefix.length) continue; // a covering aggregate is fine
        const { vnet, peeringId } = vnetSide.item;
        const detail = advert.prefix.length === vnetSide.prefix.length ? 'exact' : 'more-specific';
        const label = describe(advert.prefix, vnetSide.prefix, vnet, g);
        for (const link of advert.item.links) {
          const key = `${link.connection.id}\u0000${detail}`;
          let m = matches.get(key);
          if (!m) {
            m = { link, detail, adverts: [], described: [], seen: new Set(), vnetIds: new Set(), peeringIds: new Set() };
            matches.set(key, m);
          }
          if (m.seen.has(label)) continue;
          m.seen.add(label);
          if (!m.adverts.includes(advert.prefix.text)) m.adverts.push(advert.prefix.text);
          m.described.push(label);
          m.vnetIds.add(vnet.id);
          if (peeringId) m.peeringIds.add(peeringId);
        }
      }
      for (const m of matches.values()) yield finding(m);
    }
  },
});

function describe(advert: Prefix, vnetPrefix: Prefix, vnet: VirtualNetwork, g: VpnGateway): string {
  const whose = vnet.id === g.vnetId ? `VNet ${vnet.name}` : `transit spoke ${vnet.name}`;
  return advert.length === vnetPrefix.length ? `${advert.text} (${whose})` : `${advert.text} (inside ${vnetPrefix.text} of ${whose})`;
}

function finding(m: Match): Finding {
  const { connection: c, site, gateway: g } = m.link;
  const what = m.detail === 'exact' ? 'exactly matching VNet address space' : 'inside VNet address space';
  return {
    elementIds: [site.id, c.id, g.id, ...m.vnetIds, ...m.peeringIds],
    message: `Site ${site.name} advertises over BGP to gateway ${g.name} prefixes ${what}: ${firstFew(m.described, 3)}. The gateway already routes to these VNets (its own, or spokes using it through gateway transit), so Azure filters them.`,
    detail: m.detail,
    data: { prefixes: m.adverts, vnetIds: [...m.vnetIds], peeringIds: [...m.peeringIds], gatewayId: g.id },
    fix: { hint: 'Advertise a covering aggregate (e.g. 10.0.0.0/8 for a 10.0.0.0/16 VNet) instead of the VNet range itself.' },
  };
}
