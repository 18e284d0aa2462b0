import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/basic-limits';
const HUB = { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' };
const POLICY = {
  ikeEncryption: 'AES256',
  ikeIntegrity: 'SHA256',
  dhGroup: 'DHGroup14',
  ipsecEncryption: 'AES256',
  ipsecIntegrity: 'SHA256',
  pfsGroup: 'PFS2048',
  saLifeTimeSeconds: 27000,
  saDataSizeKilobytes: 102400000,
};

describe('gateway/basic-limits', () => {
  it('reports every unsupported feature of a Basic gateway once, with the elements using it', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub(
      { ...HUB, expressRouteCoexistence: true },
      {
        name: 'gw',
        sku: 'Basic',
        generation: 'Generation1',
        activeActive: true,
        ipv6: true,
        bgp: { enabled: true, asn: 65010 },
        natRules: [{ id: 'nat-1', name: 'n1', mode: 'IngressSnat', internalMappings: ['192.168.0.0/24'], externalMappings: ['100.64.0.0/24'] }],
        maintenanceWindow: { startTime: '01:00', durationHours: 6, region: 'westeurope' },
      },
    );
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
    const peer = b.peering(vnetId, spoke, { name: 'hub-spoke', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
    const bgpConn = b.s2s(gatewayId, site, { name: 'c-bgp', enableBgp: true });
    const policyConn = b.s2s(gatewayId, site, { name: 'c-policy', ipsecPolicy: POLICY });
    const ikev1Conn = b.s2s(gatewayId, site, { name: 'c-ikev1', protocol: 'IKEv1' });
    const ovpn = b.p2s(gatewayId, { name: 'ovpn', addressPool: ['172.16.0.0/24'], tunnelTypes: ['OpenVPN'], authTypes: ['Radius'] });

    const ds = findings(b.build(), ID).filter((d) => d.severity === 'error');
    const byDetail = Object.fromEntries(ds.map((d) => [d.detail, summary(d)]));
    expect(Object.keys(byDetail).sort()).toEqual(
      [
        'active-active',
        'bgp',
        'custom-ipsec-policy',
        'expressroute-coexistence',
        'gateway-transit',
        'ikev1',
        'ipv6',
        'maintenance',
        'nat',
        'openvpn',
        'radius',
      ].sort(),
    );
    expect(byDetail['bgp']!.elementIds).toEqual([bgpConn, gatewayId].sort());
    expect(byDetail['custom-ipsec-policy']!.elementIds).toEqual([gatewayId, policyConn].sort());
    expect(byDetail['ikev1']!.elementIds).toEqual([gatewayId, ikev1Conn].sort());
    expect(byDetail['openvpn']!.elementIds).toEqual([gatewayId, ovpn].sort());
    expect(byDetail['radius']!.elementIds).toEqual([gatewayId, ovpn].sort());
    expect(byDetail['gateway-transit']!.elementIds).toEqual([gatewayId, peer].sort());
    expect(byDetail['nat']!.elementIds).toEqual([gatewayId, 'nat-1'].sort());
    expect(byDetail['expressroute-coexistence']!.elementIds).toEqual([gatewayId, vnetId].sort());
    expect(byDetail['active-active']).toEqual({ severity: 'error', elementIds: [gatewayId], detail: 'active-active' });
    expect(ds.find((d) => d.detail === 'nat')!.data).toMatchObject({ suggestion: 'VpnGw2AZ' });
    expect(ds.find((d) => d.detail === 'bgp')!.message).toContain('connection c-bgp');
  });

  it('finds gateway transit set on the hub side of a peering stored from the spoke', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub(HUB, { name: 'gw', sku: 'Basic', generation: 'Generation1' });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
    const peer = b.peering(spoke, vnetId, { name: 'spoke-hub', remote: { allowGatewayTransit: true } });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, peer].sort(), detail: 'gateway-transit' });
  });

  it('warns, naming both sources, about IKEv2 point-to-site on Basic', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'Basic', generation: 'Generation1' });
    const p = b.p2s(gatewayId, { name: 'pool', addressPool: ['172.16.0.0/24'], tunnelTypes: ['IkeV2', 'SSTP'] });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'warning', elementIds: [gatewayId, p].sort(), detail: 'ikev2-disputed' }]);
    expect(ds[0]!.message).toMatch(/FAQ/);
    expect(ds[0]!.message).toMatch(/SSTP-retirement/);
    expect(ds[0]!.message).toContain('November 2025');
  });

  it('does not fire on a plain Basic gateway with SSTP certificate P2S and a static IKEv2 connection', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'Basic', generation: 'Generation1' });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
    b.s2s(gatewayId, site, { name: 'c1' });
    b.p2s(gatewayId, { name: 'pool', addressPool: ['172.16.0.0/24'], tunnelTypes: ['SSTP'], authTypes: ['Certificate'] });
    expect(findings(b.build(), ID)).toEqual([]);
  });

  it('does not report IKEv1 on a policy-based Basic gateway, where it is the only protocol', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'Basic', generation: 'Generation1', vpnType: 'PolicyBased' });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
    b.s2s(gatewayId, site, { name: 'c1', protocol: 'IKEv1' });
    expect(findings(b.build(), ID)).toEqual([]);
  });

  it('does not fire on a VpnGw1AZ gateway using the same features', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1', activeActive: true, bgp: { enabled: true, asn: 65010 } });
    b.p2s(gatewayId, { name: 'pool', addressPool: ['172.16.0.0/24'], tunnelTypes: ['OpenVPN'], authTypes: ['Radius'] });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
