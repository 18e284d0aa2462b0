import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/design-index';
import { DesignBuilder } from '../testing/builders';
import { gatewayCapacity } from './capacity';

const HUB = { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' };

function hubWithSites(g: Parameters<DesignBuilder['gateway']>[1], mbps: number[]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub(HUB, g);
  mbps.forEach((m, i) => {
    const s = b.site({ name: `b${i}`, gatewayIpAddress: `203.0.113.${i + 1}`, addressPrefixes: [`192.168.${i}.0/24`] });
    b.s2s(gatewayId, s, { name: `c${i}`, plannedBandwidthMbps: m });
  });
  return { b, gatewayId };
}

describe('gatewayCapacity', () => {
  it('counts one tunnel per connection on an active-standby gateway, with the SKU limits', () => {
    const { b, gatewayId } = hubWithSites({ name: 'gw', sku: 'VpnGw2AZ', generation: 'Generation2' }, [100, 200, 50]);
    const cap = gatewayCapacity(indexDesign(b.build()), gatewayId)!;
    expect(cap.tunnels).toEqual({
      used: 3,
      max: 30,
      counting: '1 per connection',
      perConnection: 1,
      s2sConnections: 3,
      vnet2vnetConnections: 0,
      s2sTunnels: 3,
      vnet2vnetTunnels: 0,
      vnet2vnetToActiveActive: 0,
    });
    expect(cap.throughput).toEqual({ plannedMbps: 350, maxMbps: 1250 });
    expect(cap.p2s).toEqual({ sstp: { planned: 0, max: 128 }, ikev2OpenVpn: { planned: 0, max: 500 } });
  });

  it('counts two tunnels per connection on an active-active gateway', () => {
    const { b, gatewayId } = hubWithSites({ name: 'gw', sku: 'VpnGw4AZ', activeActive: true }, [0, 0]);
    const cap = gatewayCapacity(indexDesign(b.build()), gatewayId)!;
    expect(cap.tunnels).toMatchObject({ used: 4, max: 100, perConnection: 2 });
    expect(cap.tunnels.counting).toBe('2 per connection on an active-active gateway');
  });

  it('counts VNet-to-VNet resources on their local gateway only', () => {
    const { b, gatewayId } = hubWithSites({ name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1', activeActive: true }, [100]);
    const other = b.hub({ name: 'o', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'o' });
    b.v2vOneWay(gatewayId, other.gatewayId, { name: 'out', plannedBandwidthMbps: 300 });
    b.v2vOneWay(other.gatewayId, gatewayId, { name: 'in', plannedBandwidthMbps: 900 });
    const index = indexDesign(b.build());
    const cap = gatewayCapacity(index, gatewayId)!;
    expect(cap.tunnels).toMatchObject({ used: 4, s2sConnections: 1, vnet2vnetConnections: 1 });
    expect(cap.throughput).toEqual({ plannedMbps: 400, maxMbps: 650 });
    // The reverse resource counts on the other (active-standby) end: 2, as its peer is active-active.
    expect(gatewayCapacity(index, other.gatewayId)!.tunnels).toMatchObject({ used: 2, vnet2vnetConnections: 1, vnet2vnetTunnels: 2 });
  });

  it('sums planned P2S clients over the gateway configurations', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'VpnGw3AZ' });
    b.p2s(gatewayId, { name: 'p1', addressPool: ['172.16.0.0/22'], tunnelTypes: ['SSTP', 'IkeV2'], plannedClients: { sstp: 10, ikev2: 100, openvpn: 0 } });
    b.p2s(gatewayId, { name: 'p2', addressPool: ['172.17.0.0/22'], tunnelTypes: ['SSTP', 'IkeV2'], plannedClients: { sstp: 5, ikev2: 20, openvpn: 0 } });
    b.p2s(gatewayId, { name: 'p3', addressPool: ['172.18.0.0/22'], tunnelTypes: ['OpenVPN'], plannedClients: { sstp: 0, ikev2: 0, openvpn: 55 } });
    expect(gatewayCapacity(indexDesign(b.build()), gatewayId)!.p2s).toEqual({
      sstp: { planned: 15, max: 128 },
      ikev2OpenVpn: { planned: 175, max: 1000 },
    });
  });

  it('ignores planned clients of protocols a configuration does not enable', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'VpnGw3AZ' });
    b.p2s(gatewayId, { name: 'p1', addressPool: ['172.16.0.0/22'], tunnelTypes: ['IkeV2', 'OpenVPN'], plannedClients: { sstp: 500, ikev2: 100, openvpn: 50 } });
    b.p2s(gatewayId, { name: 'p2', addressPool: ['172.17.0.0/22'], tunnelTypes: ['SSTP'], plannedClients: { sstp: 20, ikev2: 300, openvpn: 300 } });
    expect(gatewayCapacity(indexDesign(b.build()), gatewayId)!.p2s).toEqual({
      sstp: { planned: 20, max: 128 },
      ikev2OpenVpn: { planned: 150, max: 1000 },
    });
  });

  it('counts a VNet-to-VNet resource as the instances of its larger end', () => {
    const b = new DesignBuilder();
    const a = b.hub(HUB, { name: 'a', sku: 'VpnGw2AZ' });
    const z = b.hub(
      { name: 'z', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' },
      { name: 'z', sku: 'VpnGw2AZ', activeActive: true, publicIps: [{ sku: 'Standard' }, { sku: 'Standard' }] },
    );
    const s = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
    b.s2s(a.gatewayId, s, { name: 'a-branch' });
    b.v2v(a.gatewayId, z.gatewayId, { name: 'az' });
    const index = indexDesign(b.build());
    // A is active-standby, but Z's two instances each build a tunnel to A.
    expect(gatewayCapacity(index, a.gatewayId)!.tunnels).toMatchObject({
      used: 3,
      perConnection: 1,
      s2sTunnels: 1,
      vnet2vnetTunnels: 2,
      vnet2vnetToActiveActive: 1,
      counting: '1 per connection, 2 per VNet-to-VNet connection to an active-active gateway',
    });
    expect(gatewayCapacity(index, z.gatewayId)!.tunnels).toMatchObject({
      used: 2,
      perConnection: 2,
      vnet2vnetTunnels: 2,
      vnet2vnetToActiveActive: 0,
      counting: '2 per connection on an active-active gateway',
    });
  });

  it('caps a policy-based gateway at one tunnel', () => {
    const { b, gatewayId } = hubWithSites({ name: 'gw', sku: 'Basic', generation: 'Generation1', vpnType: 'PolicyBased' }, [10]);
    expect(gatewayCapacity(indexDesign(b.build()), gatewayId)!.tunnels).toMatchObject({ used: 1, max: 1 });
  });

  it('leaves limits undefined for an unknown SKU and returns undefined for an unknown gateway', () => {
    const { b, gatewayId } = hubWithSites({ name: 'gw', sku: 'VpnGw9' }, [10]);
    const index = indexDesign(b.build());
    const cap = gatewayCapacity(index, gatewayId)!;
    expect(cap.tunnels).toMatchObject({ used: 1, max: undefined });
    expect(cap.p2s.sstp.max).toBeUndefined();
    expect(cap.throughput).toEqual({ plannedMbps: 10, maxMbps: undefined });
    expect(gatewayCapacity(index, 'nope')).toBeUndefined();
  });
});
