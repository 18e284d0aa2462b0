import { toPrefix } from '../../net/prefix';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { firstFew } from '../shared';

export default defineRule({
  meta: {
    id: 'nat/ipv6',
    severities: ['error'],
    title: 'A NAT rule with an IPv6 prefix (VPN Gateway NAT is IPv4 only, with no NAT64).',
    source: 'FAQ "What types of NAT do VPN gateways support?"; facts §7',
    docs: {
      why: 'VPN Gateway NAT translates IPv4 prefixes, statically or dynamically. It has no IPv6 NAT and no NAT64, so IPv6 mappings are refused.',
      example: 'An IngressSnat rule mapping 2001:db8:1::/48 to 2001:db8:ff::/48.',
      fix: 'Remove the IPv6 mappings. Keep IPv6 address spaces unique instead, since they cannot be translated.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      for (const r of g.natRules) {
        const v6: string[] = [];
        for (const t of [...r.internalMappings, ...r.externalMappings]) {
          if (toPrefix(t)?.version === 6) v6.push(t.trim());
        }
        if (v6.length === 0) continue;
        yield {
          elementIds: [r.id, g.id],
          message: `NAT rule ${r.name} on gateway ${g.name} uses IPv6 prefix${v6.length === 1 ? '' : 'es'} ${firstFew(v6)}; VPN Gateway NAT supports IPv4 only.`,
          data: { prefixes: v6 },
          fix: { hint: `Use IPv4 prefixes in rule ${r.name}; IPv6 spaces have to stay unique without NAT.` },
        };
      }
    }
  },
});
