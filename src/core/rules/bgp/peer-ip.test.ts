import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(peerIp: string, gatewayIpAddress = '203.0.113.1') {
  const b = new DesignBuilder();
  const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16', '10.10.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'hub-gw',
    bgp: { enabled: true, asn: 65010 },
  });
  const siteId = b.site({ name: 'branch', gatewayIpAddress, bgp: { asn: 65020, peerIp } });
  b.s2s(gatewayId, siteId, { name: 'to-branch', enableBgp: true });
  return { b, vnetId, gatewayId, siteId };
}

describe('bgp/peer-ip', () => {
  it("fires when the BGP peer IP is the device's public IP", () => {
    const { b, siteId } = design('203.0.113.1');
    const [d, ...rest] = findings(b.build(), 'bgp/peer-ip');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [siteId], detail: 'public-ip' });
    expect(d!.message).toContain('203.0.113.1');
  });

  it("fires when the BGP peer IP lies in the gateway VNet's address space", () => {
    const { b, siteId, gatewayId, vnetId } = design('10.10.3.4');
    const [d, ...rest] = findings(b.build(), 'bgp/peer-ip');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, siteId, vnetId].sort(), detail: 'vnet-space' });
    expect(d!.data).toMatchObject({ peerIp: '10.10.3.4', prefix: '10.10.0.0/16' });
  });

  it('fires once per gateway the site connects to, even over two connections', () => {
    const { b, siteId, gatewayId } = design('10.0.0.9');
    b.s2s(gatewayId, siteId, { name: 'to-branch-2', enableBgp: true });
    const other = b.hub({ name: 'other', addressSpace: ['10.0.0.0/20'], gatewaySubnet: '10.0.15.0/27' }, { name: 'other-gw' });
    b.s2s(other.gatewayId, siteId, { name: 'to-branch-3' });
    const ids = findings(b.build(), 'bgp/peer-ip').map((d) => d.data?.gatewayId);
    expect(ids.sort()).toEqual([gatewayId, other.gatewayId].sort());
  });

  it('fires with detail syntax on an unreadable peer IP, quoting it safely', () => {
    const { b, siteId } = design('10.0.0.300"\n');
    const [d] = findings(b.build(), 'bgp/peer-ip');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [siteId], detail: 'syntax' });
    expect(d!.message).toContain('"10.0.0.300\\"\\n"');
  });

  it('does not fire on a loopback or APIPA peer outside the VNet', () => {
    expect(findings(design('192.168.255.1').b.build(), 'bgp/peer-ip')).toEqual([]);
    expect(findings(design('169.254.21.2').b.build(), 'bgp/peer-ip')).toEqual([]);
  });
});
