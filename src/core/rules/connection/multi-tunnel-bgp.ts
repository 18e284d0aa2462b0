import type { LocalSite, SiteToSiteConnection } from '../../model/types';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { v2vGroups } from './tunnels';

/** The on-premises device a site stands for: its public IP, else its FQDN, else the site itself. */
function deviceKey(site: LocalSite | undefined, siteId: string): string {
  const ip = site?.gatewayIpAddress?.trim();
  if (ip) return `ip:${ip}`;
  const fqdn = site?.fqdn?.trim().toLowerCase().replace(/\.$/, '');
  if (fqdn) return `fqdn:${fqdn}`;
  return `site:${siteId}`;
}

/** The ids in a group, those without BGP first (the ones to fix). */
const withoutBgpFirst = <T extends { id: string; enableBgp: boolean }>(list: readonly T[]): string[] => [
  ...list.filter((c) => !c.enableBgp).map((c) => c.id),
  ...list.filter((c) => c.enableBgp).map((c) => c.id),
];

export default defineRule({
  meta: {
    id: 'connection/multi-tunnel-bgp',
    severities: ['error'],
    title: 'More than one tunnel to the same on-premises device or site, or between the same two gateways, without BGP on every one.',
    source: 'FAQ "Can I configure multiple tunnels between my virtual network and my on-premises site by using multi-site VPN?"; FAQ "Can I have more than one tunnel between a VPN gateway and my on-premises network?"',
    docs: {
      why: 'With static routing, two tunnels from one gateway to one location advertise the same prefixes and the gateway has no way to choose between them or fail over. Azure supports parallel tunnels to one location only when BGP runs on each of them.',
      example: 'Gateway `hub-gw` with connections `to-dc-1` and `to-dc-2` to two sites that share the device IP 203.0.113.10, one of them without BGP.',
      fix: 'Enable BGP on every connection of the group (with BGP settings on the sites), or keep a single connection.',
      reading:
        'Tunnels count as going to the same location when their sites share the device\'s public IP (or FQDN, compared case-insensitively) or are the same site. Between two gateways, a link is a pair of VNet-to-VNet resources; more than one in either direction is several tunnels, and every resource of the group must have BGP on. Each group is reported once, the connections without BGP first.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const { index } = ctx;
    for (const [gatewayId, list] of index.s2sByGateway) {
      if (list.length < 2) continue;
      const groups = new Map<string, SiteToSiteConnection[]>();
      for (const c of list) {
        const key = deviceKey(index.siteById.get(c.siteId), c.siteId);
        const g = groups.get(key);
        if (g) g.push(c);
        else groups.set(key, [c]);
      }
      const gateway = index.gatewayById.get(gatewayId);
      for (const [key, group] of groups) {
        if (group.length < 2 || group.every((c) => c.enableBgp)) continue;
        const without = group.filter((c) => !c.enableBgp);
        const siteIds = [...new Set(group.map((c) => c.siteId))];
        const siteName = (id: string) => index.siteById.get(id)?.name ?? id;
        const where =
          siteIds.length === 1
            ? `site ${siteName(siteIds[0]!)}`
            : `device ${key.slice(key.indexOf(':') + 1)} (sites ${siteIds.map(siteName).join(', ')})`;
        yield {
          elementIds: withoutBgpFirst(group),
          detail: 's2s',
          message: `Gateway ${gateway?.name ?? gatewayId} has ${group.length} connections to ${where} but ${without.map((c) => c.name).join(', ')} ${without.length === 1 ? 'has' : 'have'} no BGP; parallel tunnels need BGP on every one`,
          data: { gatewayId, connectionIds: group.map((c) => c.id), withoutBgp: without.map((c) => c.id), siteIds },
          fix: { hint: `Enable BGP on ${without.map((c) => c.name).join(', ')} (and set BGP on the sites), or keep one connection.` },
        };
      }
    }
    for (const g of v2vGroups(ctx)) {
      if (g.linkCount < 2) continue;
      const all = [...g.forward, ...g.backward];
      if (all.every((c) => c.enableBgp)) continue;
      const without = all.filter((c) => !c.enableBgp);
      const [x, y] = g.gatewayIds.map((id) => index.gatewayById.get(id)?.name ?? id);
      yield {
        elementIds: withoutBgpFirst(all),
        detail: 'vnet2vnet',
        message: `Gateways ${x} and ${y} are joined by ${g.linkCount} VNet-to-VNet links but ${without.map((c) => c.name).join(', ')} ${without.length === 1 ? 'has' : 'have'} no BGP; parallel tunnels need BGP on every one`,
        data: { gatewayIds: [...g.gatewayIds], connectionIds: all.map((c) => c.id), withoutBgp: without.map((c) => c.id), links: g.linkCount },
        fix: { hint: `Enable BGP on ${without.map((c) => c.name).join(', ')} (both gateways need BGP), or keep one link.` },
      };
    }
  },
});
