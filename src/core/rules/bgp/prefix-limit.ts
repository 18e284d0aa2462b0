import { GATEWAY_LIMITS } from '../../facts/skus';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { bgpLinks } from './shared';
import { firstFew } from '../shared';

const LIMIT = GATEWAY_LIMITS.bgpPrefixes;

export default defineRule({
  meta: {
    id: 'bgp/prefix-limit',
    severities: ['error'],
    title: 'More than 4,000 prefixes advertised to a gateway over BGP (the session drops).',
    source: 'FAQ "How many prefixes can I advertise to Azure VPN Gateway?"; facts §4 (aggregate BGP routes per gateway)',
    docs: {
      why: 'An Azure VPN gateway takes up to 4,000 prefixes from a BGP peer and drops the session when a peer sends more. The limits page also caps the BGP routes of one gateway at 4,000 in aggregate, so several sites that stay under the limit one by one can still overload the gateway together.',
      example: 'Site `branch` whose device advertises 4,200 prefixes; or two sites with 2,500 prefixes each, both connected with BGP to gateway `hub-gw`.',
      fix: 'Summarise the advertised routes on the device (advertise aggregates instead of many specifics), or filter what goes to Azure.',
      reading:
        "A site's count is the length of its advertised-prefix list and is checked whenever the site has BGP settings. The aggregate (detail 'aggregate') sums, per gateway, the lists of the distinct sites connected to it with BGP; it is reported only when two or more sites share the load (one site alone is already reported with detail 'site'). Routes a gateway learns from other gateways over VNet-to-VNet BGP are not counted.",
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const site of ctx.doc.sites) {
      const count = site.bgp?.advertisedPrefixes.length ?? 0;
      if (count <= LIMIT) continue;
      yield {
        elementIds: [site.id],
        message: `Site ${site.name} advertises ${count.toLocaleString('en-US')} prefixes over BGP; Azure accepts at most ${LIMIT.toLocaleString('en-US')} and drops the session beyond that.`,
        detail: 'site',
        data: { count, limit: LIMIT },
        fix: { hint: 'Summarise the routes on the device so that it advertises at most 4,000 prefixes to Azure.' },
      };
    }
    const perGateway = new Map<string, { name: string; sites: Set<string>; siteIds: string[]; siteNames: string[]; total: number }>();
    for (const { site, gateway } of bgpLinks(ctx)) {
      let entry = perGateway.get(gateway.id);
      if (!entry) {
        entry = { name: gateway.name, sites: new Set(), siteIds: [], siteNames: [], total: 0 };
        perGateway.set(gateway.id, entry);
      }
      if (entry.sites.has(site.id)) continue;
      entry.sites.add(site.id);
      entry.siteIds.push(site.id);
      entry.siteNames.push(site.name);
      entry.total += site.bgp.advertisedPrefixes.length;
    }
    for (const [gatewayId, e] of perGateway) {
      if (e.total <= LIMIT || e.siteIds.length < 2) continue;
      yield {
        elementIds: [gatewayId, ...e.siteIds],
        message: `Gateway ${e.name} learns ${e.total.toLocaleString('en-US')} prefixes over BGP from sites ${firstFew(e.siteNames)}; a gateway holds at most ${LIMIT.toLocaleString('en-US')} BGP routes in aggregate.`,
        detail: 'aggregate',
        data: { count: e.total, limit: LIMIT, siteIds: e.siteIds },
        fix: { hint: 'Summarise the routes the sites advertise, or spread the sites over more gateways.' },
      };
    }
  },
});
