import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/design-index';
import { DesignBuilder } from '../testing/builders';
import { formatBreakdown, trafficSelectorCount } from './traffic-selectors';

function design(tunnelTypes: ('SSTP' | 'IkeV2' | 'OpenVPN')[] = ['IkeV2', 'OpenVPN'], extraSpaces = 0) {
  const b = new DesignBuilder();
  const spaces = ['10.0.0.0/16', '10.1.0.0/16', ...Array.from({ length: extraSpaces }, (_, i) => `10.200.${i}.0/24`)];
  const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: spaces, gatewaySubnet: '10.0.255.0/27' }, { id: 'gw', name: 'gw' });
  const a = b.site({ name: 'a', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24', '192.168.2.0/24', '192.168.3.0/24'] });
  const bgpSite = b.site({ name: 'bgp', gatewayIpAddress: '203.0.113.2', addressPrefixes: [], bgp: { asn: 65010, peerIp: '192.168.9.1' } });
  b.s2s(gatewayId, a, { name: 'a-1' });
  b.s2s(gatewayId, a, { name: 'a-2' }); // a second connection to the same site counts the site once
  b.s2s(gatewayId, bgpSite, { name: 'bgp-1', enableBgp: true });
  const { gatewayId: r1 } = b.hub({ name: 'r1', addressSpace: ['10.10.0.0/16'], gatewaySubnet: '10.10.255.0/27' });
  const { gatewayId: r2 } = b.hub({ name: 'r2', addressSpace: ['10.11.0.0/16'], gatewaySubnet: '10.11.255.0/27' });
  b.v2v(gatewayId, r1, {});
  b.v2v(gatewayId, r2, {});
  for (let i = 0; i < 3; i++) {
    const spoke = b.vnet({ name: `spoke-${i}`, addressSpace: [`10.${20 + i}.0.0/16`] });
    b.peering(i === 0 ? spoke : vnetId, i === 0 ? vnetId : spoke, { name: `peer-${i}` });
  }
  b.p2s(gatewayId, { name: 'pool', addressPool: ['172.16.0.0/24'], tunnelTypes, clientOs: ['windows10-pre2004', 'macos'] });
  return indexDesign(b.build());
}

describe('trafficSelectorCount', () => {
  it('counts VNet spaces, site prefixes (a BGP site with no prefixes as 1), remote gateways and peered VNets', () => {
    const m = trafficSelectorCount(design(), 'gw');
    expect(m.breakdown).toEqual({ vnetSpaces: 2, localSitePrefixes: 4, vnetToVnet: 2, peeredVnets: 3, splitPool: 0 });
    expect(m.count).toBe(11);
    expect(m.openVpnRoutes).toBe(11);
    expect(m.ikev2Enabled).toBe(true);
    expect(m.openVpnEnabled).toBe(true);
  });

  it('leaves out a peered VNet that has its own VPN gateway (hub-to-hub), which P2S clients cannot reach', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { id: 'gw', name: 'gw' });
    const other = b.hub({ name: 'hub-2', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.2.0.0/16'] });
    b.peering(other.vnetId, vnetId, { name: 'hub2-hub' });
    b.peering(vnetId, spoke, { name: 'hub-spoke' });
    b.p2s(gatewayId, { name: 'pool', addressPool: ['172.16.0.0/24'] });
    const index = indexDesign(b.build());
    expect(trafficSelectorCount(index, 'gw').breakdown).toMatchObject({ vnetSpaces: 1, peeredVnets: 1 });
    expect(trafficSelectorCount(index, other.gatewayId).breakdown.peeredVnets).toBe(0);
  });

  it('adds the two sub-range CIDRs when SSTP and IKEv2 split the pool, for IKEv2 only', () => {
    const m = trafficSelectorCount(design(['SSTP', 'IkeV2']), 'gw');
    expect(m.breakdown.splitPool).toBe(2);
    expect(m.count).toBe(13);
    expect(m.openVpnRoutes).toBe(11);
    expect(m.openVpnEnabled).toBe(false);
  });

  it('gives a verdict per client type against 25, 255, 256 and 1,000', () => {
    const m = trafficSelectorCount(design(['IkeV2', 'OpenVPN'], 20), 'gw');
    expect(m.count).toBe(31);
    expect(m.verdicts.map((v) => [v.client, v.limit, v.exceeded, v.enabled])).toEqual([
      ['windows-pre2004', 25, true, true],
      ['windows-2004', 255, false, true],
      ['ikev2-other', 256, false, true],
      ['openvpn', 1000, false, true],
    ]);
    expect(m.verdicts[0]!.clientOs).toEqual(['windows10-pre2004']);
    expect(m.verdicts[2]!.clientOs).toEqual(['macos']);
  });

  it('formats the breakdown as a sum, leaving out an empty split term', () => {
    const m = trafficSelectorCount(design(), 'gw');
    expect(formatBreakdown(m.breakdown)).toBe('VNet address spaces 2 + local-site prefixes 4 + VNet-to-VNet connections 2 + peered VNets 3 = 11');
  });

  it('returns an empty meter for an unknown gateway', () => {
    const m = trafficSelectorCount(design(), 'nope');
    expect(m.count).toBe(0);
    expect(m.p2sIds).toEqual([]);
  });
});
