import type { Finding } from '../types';
import { defineRule } from '../types';
import { describeSide, describeWhere, distinct, groupByOwners, spaceOverlaps } from './space-overlaps';

export default defineRule({
  meta: {
    id: 'address/overlap',
    severities: ['error'],
    title: 'Address spaces that can reach each other overlap (judged after NAT).',
    source: 'FAQ "Can there be overlapping address spaces among connected virtual networks and on-premises local sites?"; facts §6',
    docs: {
      why: 'A gateway routes by destination prefix. When two networks it connects share addresses, traffic for the shared range goes to one of them only, and Azure refuses overlapping VNet-to-VNet links and peerings outright. This covers VNets linked by peering or VNet-to-VNet, a gateway VNet and its transit spokes, the local sites connected to a gateway (directly or across BGP VNet-to-VNet hops), sites on the same gateway, and the VNets of different gateways that connect to the same on-premises site (its device cannot route one range to two places).',
      example: 'VNet `hub` (10.0.0.0/16) with a gateway connected to site `Branch-2` (10.0.128.0/20).',
      fix: 'Renumber one of the two networks. For a local site, NAT on the site-to-site connection can translate it apart instead (IngressSNAT for the site, EgressSNAT for the VNet).',
      reading:
        'Overlap is judged inside each gateway\'s routing domain as the gateway sees it: a site\'s prefixes are taken after the IngressSNAT rules of its connection, so a site that NAT translates apart no longer overlaps. A VNet-to-VNet hop without BGP carries only its two ends (the far VNet and its transit spokes). Gateways joined by hops with BGP on both gateways and the connection (in either direction of the link) form one group in which every VNet, transit spoke, site (static or BGP, since Azure advertises every connected local network gateway\'s prefixes to its BGP peers) and P2S pool of every member is checked against every other; the diagnostic names the gateways the two networks belong to. When gateways of different groups connect to the same site, their VNets, transit spokes and P2S pools are checked against each other as the site sees them (after the EgressSNAT rules of each connection), and the diagnostic names the site. Two peered VNets are checked against each other whatever the peering settings. A site\'s BGP advertisements are not part of its address space here. One diagnostic per pair of networks, listing every overlapping prefix of both; its detail names the two kinds (vnet-vnet, site-vnet, site-site). Pairs that involve a P2S client pool are reported by address/p2s-pool-overlap, not here.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const pairs = groupByOwners(spaceOverlaps(ctx), (o) => o.a.kind !== 'p2s' && o.b.kind !== 'p2s');
    for (const pair of pairs) {
      const { first, second } = pair;
      const firstPrefixes = distinct(pair.prefixPairs.map((p) => p[0]));
      const secondPrefixes = distinct(pair.prefixPairs.map((p) => p[1]));
      const siteInvolved = first.kind === 'site' || second.kind === 'site';
      yield {
        elementIds: [first.id, second.id],
        message: `${capitalize(describeSide(ctx, first, firstPrefixes))} overlaps ${describeSide(ctx, second, secondPrefixes)}; they reach each other through ${describeWhere(ctx, pair.where)}.`,
        detail: [first.kind, second.kind].sort().join('-'),
        data: {
          first: first.id,
          second: second.id,
          firstPrefixes,
          secondPrefixes,
          where: pair.where,
        },
        fix: {
          hint: siteInvolved
            ? 'Renumber one of the two networks, or link NAT rules to the site-to-site connection (IngressSNAT for the site, EgressSNAT for the VNet) so their spaces no longer collide.'
            : 'Renumber one of the two VNets: VNets that reach each other need distinct address spaces (NAT is not available between VNets).',
        },
      };
    }
  },
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
