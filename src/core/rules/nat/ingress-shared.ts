import type { LocalSite, NatRule, SiteToSiteConnection } from '../../model/types';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { natLinks, siteNetworkKey } from './shared';
import { firstFew } from '../shared';

export default defineRule({
  meta: {
    id: 'nat/ingress-shared',
    severities: ['error'],
    title: 'One IngressSnat rule linked on connections to different on-premises networks.',
    source: 'FAQ "Can I use the same IngressSNAT rule on different connections?"; facts §7',
    docs: {
      why: 'An IngressSnat rule describes one on-premises network and where it appears in Azure. Linking it on two connections is meant for redundant tunnels to the same network; on connections to different networks both would be translated into the same external range and Azure could not tell them apart.',
      example: 'Rule `in-branch` (192.168.1.0/24 to 100.64.1.0/24) linked on the connections to `branch-a` (192.168.1.0/24) and `branch-b` (192.168.1.0/24, 192.168.9.0/24).',
      fix: 'Give each on-premises network its own IngressSnat rule with its own external mapping.',
      reading:
        'Two sites count as the same on-premises network when their address prefixes are the same set (for a site without prefixes, its BGP advertisements). A site with no prefixes at all gives nothing to compare and is left out. Several connections to one site are always fine.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const uses = new Map<string, { rule: NatRule; entries: { c: SiteToSiteConnection; site: LocalSite; key: string }[] }>();
    for (const link of natLinks(ctx)) {
      const key = siteNetworkKey(link.site);
      if (key === undefined) continue;
      for (const rule of link.nat.ingress) {
        if (rule.mode !== 'IngressSnat') continue;
        let u = uses.get(rule.id);
        if (!u) {
          u = { rule, entries: [] };
          uses.set(rule.id, u);
        }
        u.entries.push({ c: link.connection, site: link.site, key });
      }
    }
    for (const { rule, entries } of uses.values()) {
      const networks = new Map<string, LocalSite[]>();
      for (const e of entries) {
        const list = networks.get(e.key);
        if (!list) networks.set(e.key, [e.site]);
        else if (!list.includes(e.site)) list.push(e.site);
      }
      if (networks.size < 2) continue;
      const siteNames = [...networks.values()].map((sites) => sites.map((s) => s.name).join(' = '));
      const connectionIds = [...new Set(entries.map((e) => e.c.id))];
      yield {
        elementIds: [rule.id, ...connectionIds],
        message: `IngressSnat rule ${rule.name} is linked on connections to ${networks.size} different on-premises networks (${firstFew(siteNames)}); one ingress rule can only serve one network.`,
        data: { ruleId: rule.id, connectionIds, siteIds: [...new Set(entries.map((e) => e.site.id))], networks: networks.size },
        fix: { hint: `Create a separate IngressSnat rule, with its own external mapping, for each network now sharing ${rule.name}.` },
      };
    }
  },
});
