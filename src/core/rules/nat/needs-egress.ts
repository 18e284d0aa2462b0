import type { Finding } from '../types';
import { defineRule } from '../types';
import { describeElement } from '../shared';
import { collisions, natLinks } from './shared';

export default defineRule({
  meta: {
    id: 'nat/needs-egress',
    severities: ['error'],
    title: 'A site whose space overlaps the VNet, on a NAT connection that lacks an EgressSnat or an IngressSnat rule.',
    source: 'FAQ "Do I need both ingress and egress rules on a NAT connection?"; facts §7',
    docs: {
      why: 'When the on-premises space overlaps the VNet, each side has to appear to the other under different addresses: an IngressSnat rule gives the site a unique space in Azure, and an EgressSnat rule gives the VNet a unique space on premises. With only one of them, one side still sees its own addresses on the other end of the tunnel.',
      example: 'VNet `hub` 10.0.0.0/16, site `branch` 10.0.0.0/16, and the connection links only an IngressSnat rule (10.0.0.0/16 to 100.64.0.0/16).',
      fix: 'Link both an IngressSnat rule (site space to a unique range) and an EgressSnat rule (VNet space to another unique range) on the connection.',
      reading:
        'Judged only on connections that link NAT rules: a site that overlaps the VNet with no NAT at all is address/overlap\'s finding. The VNet side includes spokes that use the gateway through gateway transit, since their space also crosses the tunnel. Rules are counted by mode; a rule linked in the wrong list is nat/connection-type\'s finding.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const link of natLinks(ctx)) {
      const hits = collisions(ctx, link);
      if (hits.length === 0) continue;
      const { connection: c, site, nat } = link;
      const hit = hits[0]!;
      const vnet = describeElement(ctx, hit.vnetId);
      const clash = `site ${site.name} (${hit.sitePrefix.text}) overlaps ${vnet} (${hit.vnetPrefix.text})`;
      const data = { sitePrefix: hit.sitePrefix.text, vnetPrefix: hit.vnetPrefix.text, vnetId: hit.vnetId, overlaps: hits.length };
      if (!nat.egress.some((r) => r.mode === 'EgressSnat')) {
        yield {
          elementIds: [c.id, site.id, hit.vnetId],
          message: `Connection ${c.name} has no EgressSnat rule, but ${clash}; the VNet must be translated too.`,
          detail: 'egress',
          data,
          fix: { hint: `Add an EgressSnat rule mapping ${hit.vnetPrefix.text} to an unused range of the same length and link it to connection ${c.name}.` },
        };
      }
      if (!nat.ingress.some((r) => r.mode === 'IngressSnat')) {
        yield {
          elementIds: [c.id, site.id, hit.vnetId],
          message: `Connection ${c.name} has no IngressSnat rule, but ${clash}; the site must be translated too.`,
          detail: 'ingress',
          data,
          fix: { hint: `Add an IngressSnat rule mapping ${hit.sitePrefix.text} to an unused range of the same length and link it to connection ${c.name}.` },
        };
      }
    }
  },
});
