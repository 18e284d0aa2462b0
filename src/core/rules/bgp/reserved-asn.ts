import { asnReservation } from '../../facts/asn';
import type { Finding } from '../types';
import { defineRule } from '../types';

const WHY: Record<'azure' | 'iana' | 'range', string> = {
  azure: 'Azure reserves it (8074, 8075, 12076, 65515, 65517–65520)',
  iana: 'IANA reserves it (0, 23456, 64496–64511, 65535–65551, 4294967295)',
  range: 'it is not a valid ASN (0–4294967295)',
};

/** The FAQ prints 4294967295 as "429496729"; say so where it matters. */
const typoNote = (asn: number): string => (asn === 4294967295 ? ' (the FAQ\'s "429496729" is a typo for this value)' : '');

const HINT = 'Use a private ASN from 64512–65514 or 65521–65534 (or your own public ASN), different on each side of a BGP session.';

export default defineRule({
  meta: {
    id: 'bgp/reserved-asn',
    severities: ['error'],
    title: 'A BGP ASN that Azure or IANA reserves, or that is out of range.',
    source: 'FAQ "What ASNs can I use?"; facts §4',
    docs: {
      why: 'Azure refuses a local network gateway whose ASN is one of its own (public 8074, 8075, 12076; private 65515, 65517–65520) or one IANA keeps back (0, 23456, 64496–64511, 65535–65551, 4294967295). On a VPN gateway the Azure default 65515 is allowed; the other reserved values are not. An ASN above 4294967295 does not exist.',
      example: 'Site `branch` with BGP ASN 65517, or gateway `hub-gw` with BGP on and ASN 23456.',
      fix: 'Pick a private ASN from 64512–65514 or 65521–65534, or a public ASN you own (32-bit ASNs work too).',
      reading:
        'The FAQ lists the IANA value as "429496729", a typo for 4294967295 (RFC 7300): 4294967295 is rejected and 429496729 is an ordinary ASN. ASN 0 (RFC 7607) is treated as reserved although Azure does not list it. Site ASNs are checked whenever the site has BGP settings; gateway ASNs only when BGP is on for the gateway.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const site of ctx.doc.sites) {
      if (!site.bgp) continue;
      const asn = site.bgp.asn;
      const why = asnReservation(asn, 'on-premises');
      if (!why) continue;
      yield {
        elementIds: [site.id],
        message: `Site ${site.name} uses BGP ASN ${asn}, but ${WHY[why]}${typoNote(asn)}; it cannot be used for an on-premises device.`,
        detail: why,
        data: { asn, side: 'on-premises' },
        fix: { hint: HINT },
      };
    }
    for (const g of ctx.doc.gateways) {
      if (!g.bgp.enabled) continue;
      const asn = g.bgp.asn;
      const why = asnReservation(asn, 'azure');
      if (!why) continue;
      yield {
        elementIds: [g.id],
        message: `Gateway ${g.name} uses BGP ASN ${asn}, but ${WHY[why]}${typoNote(asn)}${why === 'azure' ? '; only the default 65515 may be kept on a gateway' : ''}.`,
        detail: why,
        data: { asn, side: 'azure' },
        fix: { hint: `${HINT} On a gateway, the default 65515 is also fine.` },
      };
    }
  },
});
