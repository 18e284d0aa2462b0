import type { Finding } from '../types';
import { defineRule } from '../types';
import { firstFew } from '../shared';

export default defineRule({
  meta: {
    id: 'address/lng-empty',
    severities: ['error'],
    title: 'A local site without BGP has no address prefixes.',
    source: 'facts §6 (Local network gateway)',
    docs: {
      why: 'Without BGP, the local network gateway\'s address space is the only way Azure learns which networks sit behind the device. An empty address space leaves the gateway with no route to the site, so nothing goes into the tunnel.',
      example: 'Site `Branch-3` with no BGP settings and no address prefixes.',
      fix: 'Enter the on-premises prefixes reachable through the device, or configure BGP on the site and its connection.',
      reading:
        'A site counts as using BGP when it has BGP settings and at least one of its connections has BGP enabled (or it has no connection yet). A site with BGP settings whose every connection runs without BGP is reported too (detail bgp-not-enabled): those connections learn nothing. Unreadable prefixes still count as entries (address/invalid-cidr reports them).',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const s of ctx.doc.sites) {
      if (s.addressPrefixes.length > 0) continue;
      if (!s.bgp) {
        yield {
          elementIds: [s.id],
          message: `Site ${s.name} has no address prefixes and no BGP: the gateway has no route to it.`,
          detail: 'no-bgp',
          data: { bgp: false },
          fix: { hint: `Enter the on-premises prefixes of ${s.name}, or configure BGP on the site and its connections.` },
        };
        continue;
      }
      const connections = ctx.index.s2sBySite.get(s.id) ?? [];
      if (connections.length > 0 && connections.every((c) => !c.enableBgp)) {
        yield {
          elementIds: [s.id, ...connections.map((c) => c.id)],
          message: `Site ${s.name} has no address prefixes and BGP settings, but none of its connections (${firstFew(connections.map((c) => c.name))}) enables BGP: the gateway has no route to it.`,
          detail: 'bgp-not-enabled',
          data: { bgp: true, connections: connections.map((c) => c.id) },
          fix: { hint: `Enable BGP on the connections of ${s.name}, or enter its on-premises prefixes.` },
        };
      }
    }
  },
});
