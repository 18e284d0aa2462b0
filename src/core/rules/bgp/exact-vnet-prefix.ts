import { peeringSides } from '../../model/design-index';
import type { VirtualNetwork, VpnGateway } from '../../model/types';
import { toPrefix, type Prefix } from '../../net/prefix';
import { overlappingPairs, type Placed } from '../../net/sweep';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { bgpLinks, vnetPrefixes, type BgpLink } from './shared';
import { firstFew } from '../shared';

type Item = { readonly kind: 'vnet'; readonly vnet: VirtualNetwork } | { readonly kind: 'advert'; readonly link: BgpLink };

/** The gateway VNet and every VNet peered with it, when the gateway VNet offers gateway transit; else undefined. */
function transitVnets(ctx: RuleContext, g: VpnGateway): VirtualNetwork[] | undefined {
  const own = ctx.index.vnetById.get(g.vnetId);
  if (!own) return undefined;
  let transit = false;
  const out = new Map<string, VirtualNetwork>([[own.id, own]]);
  for (const p of ctx.index.peeringsByVnet.get(g.vnetId) ?? []) {
    const { mine, otherVnetId } = peeringSides(p, g.vnetId);
    if (otherVnetId === g.vnetId) continue;
    if (mine.allowGatewayTransit) transit = true;
    const other = ctx.index.vnetById.get(otherVnetId);
    if (other) out.set(other.id, other);
  }
  return transit ? [...out.values()] : undefined;
}

interface Match {
  readonly link: BgpLink;
  readonly detail: 'exact' | 'more-specific';
  readonly adverts: string[];
  readonly described: string[];
  readonly seen: Set<string>;
  readonly vnetIds: Set<string>;
}

export default defineRule({
  meta: {
    id: 'bgp/exact-vnet-prefix',
    severities: ['warning'],
    title: 'With gateway transit on, a site advertises a VNet prefix (or part of one) over BGP, which Azure filters.',
    source: 'FAQ "In site-to-site tunnel setups, can I advertise the exact prefixes as my virtual network prefixes?"; facts §4',
    docs: {
      why: "When the gateway's VNet shares its gateway with peered VNets (gateway transit), Azure drops any route learned over BGP that matches the address space of that VNet or of a peered VNet. A covering aggregate such as 10.0.0.0/8 for 10.0.0.0/16 is accepted; the exact prefix and more specific ones inside it are not.",
      example: 'Hub VNet `hub` (10.0.0.0/16) peered with gateway transit to `spoke` (10.1.0.0/16); site `branch` advertises 10.1.0.0/16 over BGP to the hub gateway.',
      fix: 'Advertise a larger prefix that covers the VNet range instead, or stop advertising Azure ranges from on premises.',
      reading:
        "Gateway transit counts as on when the gateway VNet has a peering whose side in that VNet allows gateway transit. The VNets compared are the gateway VNet and every VNet peered with it directly. Following the FAQ's example (10.0.0.0/24 is refused for a 10.0.0.0/16 VNet), prefixes inside a VNet prefix are reported too, with detail 'more-specific'; exact matches use detail 'exact'. One finding per connection and detail.",
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
      const vnets = transitVnets(ctx, g);
      if (!vnets) continue;
      const placed: Placed<Item>[] = [];
      for (const vnet of vnets) for (const prefix of vnetPrefixes(ctx, vnet.id)) placed.push({ prefix, item: { kind: 'vnet', vnet } });
      for (const link of links) {
        for (const text of link.site.bgp.advertisedPrefixes) {
          const prefix = toPrefix(text);
          if (prefix) placed.push({ prefix, item: { kind: 'advert', link } });
        }
      }
      const matches = new Map<string, Match>();
      for (const [x, y] of overlappingPairs(placed)) {
        let vnetSide: Placed<Item>, advert: Placed<Item>;
        if (x.item.kind === 'vnet' && y.item.kind === 'advert') [vnetSide, advert] = [x, y];
        else if (x.item.kind === 'advert' && y.item.kind === 'vnet') [vnetSide, advert] = [y, x];
        else continue;
        if (advert.prefix.length < vnetSide.prefix.length) continue; // a covering aggregate is fine
        const { link } = advert.item as { link: BgpLink };
        const { vnet } = vnetSide.item as { vnet: VirtualNetwork };
        const detail = advert.prefix.length === vnetSide.prefix.length ? 'exact' : 'more-specific';
        const key = `${link.connection.id}\u0000${detail}`;
        let m = matches.get(key);
        if (!m) {
          m = { link, detail, adverts: [], described: [], seen: new Set(), vnetIds: new Set() };
          matches.set(key, m);
        }
        const label = describe(advert.prefix, vnetSide.prefix, vnet, g);
        if (m.seen.has(label)) continue;
        m.seen.add(label);
        m.adverts.push(advert.prefix.text);
        m.described.push(label);
        m.vnetIds.add(vnet.id);
      }
      for (const m of matches.values()) yield finding(m);
    }
  },
});

function describe(advert: Prefix, vnetPrefix: Prefix, vnet: VirtualNetwork, g: VpnGateway): string {
  const whose = vnet.id === g.vnetId ? `VNet ${vnet.name}` : `peered VNet ${vnet.name}`;
  return advert.length === vnetPrefix.length ? `${advert.text} (${whose})` : `${advert.text} (inside ${vnetPrefix.text} of ${whose})`;
}

function finding(m: Match): Finding {
  const { connection: c, site, gateway: g } = m.link;
  const what = m.detail === 'exact' ? 'exactly matching VNet address space' : 'inside VNet address space';
  return {
    elementIds: [site.id, c.id, g.id, ...m.vnetIds],
    message: `Site ${site.name} advertises over BGP to gateway ${g.name} prefixes ${what}: ${firstFew(m.described, 3)}. With gateway transit on, Azure filters them.`,
    detail: m.detail,
    data: { prefixes: m.adverts, vnetIds: [...m.vnetIds], gatewayId: g.id },
    fix: { hint: 'Advertise a covering aggregate (e.g. 10.0.0.0/8 for a 10.0.0.0/16 VNet) instead of the VNet range itself.' },
  };
}
