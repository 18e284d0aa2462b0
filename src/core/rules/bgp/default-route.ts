import { toPrefix } from '../../net/prefix';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { bgpLinks, type BgpLink } from './shared';
import { firstFew } from '../shared';

export default defineRule({
  meta: {
    id: 'bgp/default-route',
    severities: ['warning'],
    title: 'A site advertises the default route (0.0.0.0/0 or ::/0) over BGP: forced tunnelling.',
    source: 'FAQ "Can I advertise the default route (0.0.0.0/0) to VPN gateways?"; facts §4',
    docs: {
      why: 'Azure accepts a default route from an on-premises BGP peer, and then sends all internet-bound traffic of the VNet to on premises. VMs can no longer be reached directly from the internet (RDP, SSH, public endpoints), which is often a surprise.',
      example: 'Site `branch` connected with BGP to gateway `hub-gw` advertises 0.0.0.0/0.',
      fix: 'If forced tunnelling is not intended, filter the default route on the device; if it is, make sure on-premises egress and any inbound internet access are planned for.',
      reading:
        'Reported once per site and default prefix when the site has at least one connection with BGP on; a site with BGP settings but no BGP connection advertises nothing yet.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const bySite = new Map<string, BgpLink[]>();
    for (const link of bgpLinks(ctx)) {
      const list = bySite.get(link.site.id);
      if (list) list.push(link);
      else bySite.set(link.site.id, [link]);
    }
    for (const links of bySite.values()) {
      const { site } = links[0]!;
      const reported = new Set<string>();
      for (const text of site.bgp.advertisedPrefixes) {
        const p = toPrefix(text);
        if (!p || p.length !== 0 || reported.has(p.text)) continue;
        reported.add(p.text);
        const gateways = [...new Map(links.map((l) => [l.gateway.id, l.gateway])).values()];
        yield {
          elementIds: [site.id, ...links.map((l) => l.connection.id), ...gateways.map((g) => g.id)],
          message: `Site ${site.name} advertises the default route ${p.text} over BGP to gateway ${firstFew(gateways.map((g) => g.name))}: all internet-bound traffic of the VNet goes on premises (forced tunnelling).`,
          detail: p.version === 4 ? 'ipv4' : 'ipv6',
          data: { prefix: p.text, gatewayIds: gateways.map((g) => g.id) },
          fix: { hint: 'Filter the default route on the device unless forced tunnelling is intended.' },
        };
      }
    }
  },
});
