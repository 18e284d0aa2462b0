import type { Finding } from '../types';
import { defineRule } from '../types';
import { pairConnections, v2vPairs } from './shared';

export default defineRule({
  meta: {
    id: 'bgp/asn-collision',
    severities: ['error'],
    title: 'Two BGP peers with the same ASN (site and gateway, or two gateways linked VNet-to-VNet).',
    source: 'FAQ "Can I use the same ASN for both on-premises VPN networks and Azure virtual networks?"',
    docs: {
      why: 'A BGP session between two routers with the same ASN would be internal BGP; Azure VPN gateways only run external BGP, so the session does not come up (and routes carrying the own ASN in their path are dropped as loops). Every gateway has an ASN, 65515 by default, even before BGP is switched on.',
      example: 'Site `branch` with ASN 65515 connected with BGP to gateway `hub-gw`, which keeps the default 65515.',
      fix: 'Give the on-premises device, or one of the two gateways, a different ASN.',
      reading:
        "A site-to-site connection counts when it has enableBgp; a VNet-to-VNet pair counts when either direction has enableBgp, and is reported once. The gateway's ASN is compared even when BGP is off on the gateway (bgp/requires reports that).",
    },
  },
  *check(ctx): Iterable<Finding> {
    const { index } = ctx;
    for (const c of index.s2s) {
      if (!c.enableBgp) continue;
      const site = index.siteById.get(c.siteId);
      const g = index.gatewayById.get(c.gatewayId);
      if (!site?.bgp || !g || site.bgp.asn !== g.bgp.asn) continue;
      yield {
        elementIds: [c.id, site.id, g.id],
        message: `Connection ${c.name} runs BGP between site ${site.name} and gateway ${g.name}, which both use ASN ${g.bgp.asn}.`,
        detail: 's2s',
        data: { asn: g.bgp.asn, siteId: site.id, gatewayId: g.id },
        fix: { hint: `Give site ${site.name} (the on-premises device) an ASN other than ${g.bgp.asn}, or change the gateway's ASN.` },
      };
    }
    for (const pair of v2vPairs(ctx)) {
      const conns = pairConnections(pair);
      if (!conns.some((c) => c.enableBgp)) continue;
      const { a, b } = pair;
      if (a.bgp.asn !== b.bgp.asn) continue;
      yield {
        elementIds: [...conns.map((c) => c.id), a.id, b.id],
        message: `VNet-to-VNet ${conns[0]!.name} runs BGP between gateways ${a.name} and ${b.name}, which both use ASN ${a.bgp.asn}.`,
        detail: 'vnet2vnet',
        data: { asn: a.bgp.asn, gatewayIds: [a.id, b.id] },
        fix: { hint: `Give gateway ${b.name} (or ${a.name}) a different ASN, e.g. one from 64512–65514 not used elsewhere.` },
      };
    }
  },
});
