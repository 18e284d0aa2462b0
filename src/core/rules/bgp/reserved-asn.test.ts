import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const site = (b: DesignBuilder, asn: number) =>
  b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', bgp: { asn, peerIp: '192.168.255.1' } });

describe('bgp/reserved-asn', () => {
  it('fires on a site using an Azure-reserved ASN, 65515 included', () => {
    const b = new DesignBuilder();
    const s = site(b, 65515);
    const [d, ...rest] = findings(b.build(), 'bgp/reserved-asn');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [s], detail: 'azure' });
    expect(d!.data).toMatchObject({ asn: 65515, side: 'on-premises' });
    expect(d!.message).toContain('65515');
  });

  it('fires on IANA-reserved ASNs at a site, reading the FAQ typo 429496729 as 4294967295', () => {
    for (const asn of [0, 23456, 64500, 65535, 65551, 4294967295]) {
      const b = new DesignBuilder();
      const s = site(b, asn);
      const found = findings(b.build(), 'bgp/reserved-asn').map(summary);
      expect(found, String(asn)).toEqual([{ severity: 'error', elementIds: [s], detail: 'iana' }]);
    }
  });

  it('names the FAQ typo in the message for 4294967295', () => {
    const b = new DesignBuilder();
    site(b, 4294967295);
    expect(findings(b.build(), 'bgp/reserved-asn')[0]!.message).toContain('"429496729" is a typo');
  });

  it('does not treat the FAQ typo 429496729 as reserved', () => {
    const b = new DesignBuilder();
    site(b, 429496729);
    expect(findings(b.build(), 'bgp/reserved-asn')).toEqual([]);
  });

  it('fires on an ASN above 4294967295 with detail range', () => {
    const b = new DesignBuilder();
    const s = site(b, 4294967296);
    expect(findings(b.build(), 'bgp/reserved-asn').map(summary)).toEqual([{ severity: 'error', elementIds: [s], detail: 'range' }]);
  });

  it('fires on a BGP gateway with a reserved ASN other than the default 65515', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
      name: 'hub-gw',
      bgp: { enabled: true, asn: 65517 },
    });
    const [d] = findings(b.build(), 'bgp/reserved-asn');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId], detail: 'azure' });
    expect(d!.data).toMatchObject({ asn: 65517, side: 'azure' });
  });

  it('accepts 65515 on a gateway, private ASNs on sites, and ignores gateways with BGP off', () => {
    const b = new DesignBuilder();
    b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', bgp: { enabled: true, asn: 65515 } });
    b.hub({ name: 'other', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'other-gw', bgp: { enabled: false, asn: 23456 } });
    site(b, 65010);
    site(b, 4200000000);
    expect(findings(b.build(), 'bgp/reserved-asn')).toEqual([]);
  });
});
