import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const site = (peerIp: string, addressPrefixes: string[]) => {
  const b = new DesignBuilder();
  const id = b.site({ name: 'Branch-1', gatewayIpAddress: '203.0.113.1', addressPrefixes, bgp: { asn: 65010, peerIp } });
  return { doc: b.build(), id };
};

describe('address/lng-bgp-host-route', () => {
  it('warns when a BGP site lists its peer /32 in its address space, and removes it as the autofix', () => {
    const { doc, id } = site('10.255.0.1', ['10.255.0.1/32', '192.168.0.0/24']);
    const [d] = findings(doc, 'address/lng-bgp-host-route');
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [id], detail: 'redundant' });
    expect(d!.data).toMatchObject({ peerIp: '10.255.0.1', prefixes: ['10.255.0.1/32'] });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.sites[0]!.addressPrefixes).toEqual(['192.168.0.0/24']);
    expect(doc.sites[0]!.addressPrefixes).toEqual(['10.255.0.1/32', '192.168.0.0/24']);
  });

  it('is an error when the peer /32 is an APIPA address', () => {
    const { doc, id } = site('169.254.21.5', ['169.254.21.5/32']);
    const [d] = findings(doc, 'address/lng-bgp-host-route');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [id], detail: 'apipa' });
  });

  it('does not fire for a wider prefix that merely contains the peer, or a site without BGP', () => {
    expect(findings(site('10.255.0.1', ['10.255.0.0/24']).doc, 'address/lng-bgp-host-route')).toEqual([]);
    const b = new DesignBuilder();
    b.site({ name: 'static', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['10.255.0.1/32'] });
    expect(findings(b.build(), 'address/lng-bgp-host-route')).toEqual([]);
  });
});
