import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

describe('address/lng-empty', () => {
  it('fires for a site without BGP and without address prefixes', () => {
    const b = new DesignBuilder();
    const s = b.site({ name: 'Branch-3', gatewayIpAddress: '203.0.113.1' });
    const [d] = findings(b.build(), 'address/lng-empty');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [s], detail: 'no-bgp' });
  });

  it('fires for a BGP site whose every connection runs without BGP', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', bgp: { enabled: true } });
    const s = b.site({ name: 'Branch-4', gatewayIpAddress: '203.0.113.1', bgp: { asn: 65010, peerIp: '10.255.0.1' } });
    const c = b.s2s(gatewayId, s, { name: 'c1', enableBgp: false });
    const [d] = findings(b.build(), 'address/lng-empty');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c, s].sort(), detail: 'bgp-not-enabled' });
  });

  it('does not fire for a BGP site with an empty address space, or a static site with prefixes', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', bgp: { enabled: true } });
    const s = b.site({ name: 'bgp', gatewayIpAddress: '203.0.113.1', bgp: { asn: 65010, peerIp: '10.255.0.1' } });
    b.s2s(gatewayId, s, { name: 'c1', enableBgp: true });
    b.site({ name: 'unconnected-bgp', gatewayIpAddress: '203.0.113.3', bgp: { asn: 65011, peerIp: '10.255.0.2' } });
    b.site({ name: 'static', gatewayIpAddress: '203.0.113.2', addressPrefixes: ['192.168.0.0/24'] });
    expect(findings(b.build(), 'address/lng-empty')).toEqual([]);
  });
});
