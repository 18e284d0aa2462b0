import { parseIp } from '../../net/ip';
import { toPrefix } from '../../net/prefix';
import { isApipaAddress } from '../../net/ranges';
import type { TopologyDocument } from '../../model/types';
import type { AutoFix, Finding } from '../types';
import { defineRule } from '../types';

/** Removes the given entries from a site's address prefixes. */
function removePrefixesFix(siteId: string, texts: readonly string[], label: string): AutoFix {
  return {
    label,
    apply: (doc: TopologyDocument): TopologyDocument => ({
      ...doc,
      sites: doc.sites.map((s) => (s.id === siteId ? { ...s, addressPrefixes: s.addressPrefixes.filter((t) => !texts.includes(t)) } : s)),
    }),
  };
}

export default defineRule({
  meta: {
    id: 'address/lng-bgp-host-route',
    severities: ['warning', 'error'],
    title: 'A BGP local site lists its own BGP peer address as a /32 in its address space.',
    source: 'FAQ "What should I specify as my address prefixes for the local network gateway when I use BGP?"; facts §4',
    docs: {
      why: 'With BGP, Azure adds the host route to the on-premises BGP peer over the tunnel by itself. Entering that /32 in the local network gateway\'s address space is redundant (older guidance asked for it; current guidance says leave it out), and for an APIPA peer address (169.254.x.x) Azure does not accept it at all.',
      example: 'Site `Branch-1` with BGP peer 10.255.0.1 and address prefixes [10.255.0.1/32].',
      fix: 'Remove the /32 from the address space. With BGP, the address space can usually stay empty; any prefix left there becomes a static route besides the BGP routes.',
      reading:
        'Warning for a non-APIPA peer /32 (redundant, follows the newer FAQ over the 2019 guidance); error when the peer is in 169.254.0.0/16, which Azure refuses in the address space. A wider prefix that merely contains the peer address is not reported.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const s of ctx.doc.sites) {
      if (!s.bgp) continue;
      const peer = parseIp(s.bgp.peerIp);
      if (!peer) continue;
      const hostLength = peer.version === 4 ? 32 : 128;
      const hits = s.addressPrefixes.filter((t) => {
        const p = toPrefix(t);
        return p !== undefined && p.version === peer.version && p.length === hostLength && p.start === peer.value;
      });
      if (hits.length === 0) continue;
      const apipa = isApipaAddress(s.bgp.peerIp);
      const host = `${s.bgp.peerIp.trim()}/${hostLength}`;
      yield {
        ...(apipa ? { severity: 'error' as const } : {}),
        elementIds: [s.id],
        message: apipa
          ? `Site ${s.name} lists its APIPA BGP peer address ${host} in its address space; Azure does not accept an APIPA address there.`
          : `Site ${s.name} lists its BGP peer address ${host} in its address space; with BGP Azure adds this host route itself, so it is redundant.`,
        detail: apipa ? 'apipa' : 'redundant',
        data: { peerIp: s.bgp.peerIp, prefixes: hits },
        fix: {
          hint: `Remove ${host} from the address space of site ${s.name}.`,
          autofix: removePrefixesFix(s.id, hits, `Remove ${host} from site ${s.name}`),
        },
      };
    }
  },
});
