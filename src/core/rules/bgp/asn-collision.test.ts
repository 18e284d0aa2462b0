import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function hubAndSite(siteAsn: number, enableBgp = true) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'hub-gw',
    bgp: { enabled: true, asn: 65010 },
  });
  const siteId = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', bgp: { asn: siteAsn, peerIp: '192.168.255.1' } });
  const connectionId = b.s2s(gatewayId, siteId, { name: 'to-branch', enableBgp });
  return { b, gatewayId, siteId, connectionId };
}

describe('bgp/asn-collision', () => {
  it('fires when a BGP site uses the ASN of its gateway', () => {
    const { b, gatewayId, siteId, connectionId } = hubAndSite(65010);
    const [d, ...rest] = findings(b.build(), 'bgp/asn-collision');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [connectionId, gatewayId, siteId].sort(), detail: 's2s' });
    expect(d!.elementIds[0]).toBe(connectionId);
    expect(d!.data).toMatchObject({ asn: 65010 });
  });

  it('does not fire for different ASNs or a connection without BGP', () => {
    expect(findings(hubAndSite(65020).b.build(), 'bgp/asn-collision')).toEqual([]);
    expect(findings(hubAndSite(65010, false).b.build(), 'bgp/asn-collision')).toEqual([]);
  });

  it('fires once for a VNet-to-VNet pair with BGP between gateways of the same ASN', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', bgp: { enabled: true, asn: 65515 } });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw', bgp: { enabled: true, asn: 65515 } });
    const [ab, ba] = b.v2v(a.gatewayId, c.gatewayId, { enableBgp: true, sharedKey: 'k' });
    const found = findings(b.build(), 'bgp/asn-collision');
    expect(found.map(summary)).toEqual([
      { severity: 'error', elementIds: [a.gatewayId, ab, ba, c.gatewayId].sort(), detail: 'vnet2vnet' },
    ]);
  });

  it('does not fire for a VNet-to-VNet pair without BGP or with distinct ASNs', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw' });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw' });
    const d = b.hub({ name: 'd', addressSpace: ['10.2.0.0/16'], gatewaySubnet: '10.2.255.0/27' }, { name: 'd-gw', bgp: { enabled: true, asn: 65020 } });
    b.v2v(a.gatewayId, c.gatewayId, { enableBgp: false });
    b.v2v(a.gatewayId, d.gatewayId, { enableBgp: true });
    expect(findings(b.build(), 'bgp/asn-collision')).toEqual([]);
  });
});
