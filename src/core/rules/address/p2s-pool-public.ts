import { contains, toPrefix } from '../../net/prefix';
import { isPrivatePrefix, SHARED_ADDRESS_SPACE } from '../../net/ranges';
import type { Finding } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'address/p2s-pool-public',
    severities: ['warning', 'info'],
    title: 'A P2S client address pool outside the private ranges.',
    source: 'facts §5 (Address pool)',
    docs: {
      why: 'Azure expects the P2S client pool to be a private range. A public range hides the real owners of those addresses from your clients (traffic to them goes into the tunnel) and may be advertised onward over BGP.',
      example: 'P2S configuration `users` with address pool 20.1.0.0/24.',
      fix: 'Use a range from RFC 1918 (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) that no connected network uses.',
      reading:
        'Private means RFC 1918 for IPv4 (unique local fc00::/7 for IPv6). The RFC 6598 shared address space 100.64.0.0/10 is not private in that sense but is commonly used for client pools; the catalog allows it with a note, so it is reported as info (detail shared-address-space) rather than a warning. A pool only partly inside a private range counts as public.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const p of ctx.doc.p2sConfigurations) {
      for (const text of p.addressPool) {
        const prefix = toPrefix(text);
        if (!prefix || isPrivatePrefix(prefix)) continue;
        if (contains(SHARED_ADDRESS_SPACE, prefix)) {
          yield {
            severity: 'info',
            elementIds: [p.id],
            message: `P2S pool ${p.name} uses ${prefix.text} from the shared address space 100.64.0.0/10 (RFC 6598): allowed, but make sure no client sits behind a carrier-grade NAT that uses the same range.`,
            detail: 'shared-address-space',
            data: { prefix: prefix.text },
            fix: { hint: 'Keep it if no client network or carrier NAT uses this range, or move the pool into RFC 1918 space.' },
          };
          continue;
        }
        yield {
          elementIds: [p.id],
          message: `P2S pool ${p.name} uses ${prefix.text}, which is not a private (RFC 1918) range.`,
          detail: 'public',
          data: { prefix: prefix.text },
          fix: { hint: 'Use a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16) that no connected network uses.' },
        };
      }
    }
  },
});
