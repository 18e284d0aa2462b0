import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary, TEST_TODAY } from '../../testing/expect';
import { createContext } from '../validate';
import rule from './exact-vnet-prefix';

function design(advertisedPrefixes: string[], allowGatewayTransit = true) {
  const b = new DesignBuilder();
  const hub = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', bgp: { enabled: true, asn: 65010 } });
  const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
  const peeringId = b.peering(hub.vnetId, spoke, {
    name: 'hub-spoke',
    local: { allowGatewayTransit },
    remote: { useRemoteGateways: allowGatewayTransit },
  });
  const siteId = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', bgp: { asn: 65020, peerIp: '192.168.255.1', advertisedPrefixes } });
  const connectionId = b.s2s(hub.gatewayId, siteId, { name: 'to-branch', enableBgp: true });
  return { doc: b.build(), ...hub, spoke, peeringId, siteId, connectionId };
}

/** A hub with a transit peering to spoke A and a plain peering to spoke B; the site advertises the given prefixes. */
function mixed(advertisedPrefixes: string[]) {
  const b = new DesignBuilder();
  const hub = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', bgp: { enabled: true, asn: 65010 } });
  const spokeA = b.vnet({ name: 'spoke-a', addressSpace: ['10.1.0.0/16'] });
  const spokeB = b.vnet({ name: 'spoke-b', addressSpace: ['10.2.0.0/16'] });
  const transitPeering = b.peering(hub.vnetId, spokeA, { name: 'hub-a', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
  b.peering(hub.vnetId, spokeB, { name: 'hub-b' });
  const siteId = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', bgp: { asn: 65020, peerIp: '192.168.255.1', advertisedPrefixes } });
  const connectionId = b.s2s(hub.gatewayId, siteId, { name: 'to-branch', enableBgp: true });
  return { doc: b.build(), ...hub, spokeA, spokeB, transitPeering, siteId, connectionId };
}

describe('bgp/exact-vnet-prefix', () => {
  it('warns when a site advertises exactly the prefix of a spoke that uses the gateway through transit', () => {
    const { doc, siteId, connectionId, gatewayId, spoke, peeringId } = design(['10.1.0.0/16', '192.168.0.0/16']);
    const found = findings(doc, 'bgp/exact-vnet-prefix');
    expect(found.map(summary)).toEqual([
      { severity: 'warning', elementIds: [connectionId, gatewayId, peeringId, siteId, spoke].sort(), detail: 'exact' },
    ]);
    expect(found[0]!.data).toMatchObject({ prefixes: ['10.1.0.0/16'], vnetIds: [spoke], peeringIds: [peeringId] });
  });

  it("warns about the gateway VNet's own prefix and, separately, about a more specific prefix inside it", () => {
    const { doc, vnetId } = design(['10.0.0.0/16', '10.0.1.0/24']);
    const found = findings(doc, 'bgp/exact-vnet-prefix');
    expect(found.map((d) => [d.detail, d.data?.prefixes])).toEqual([
      ['exact', ['10.0.0.0/16']],
      ['more-specific', ['10.0.1.0/24']],
    ]);
    expect(found.every((d) => d.elementIds.includes(vnetId))).toBe(true);
  });

  it("warns about the gateway VNet's own prefix even without any transit peering", () => {
    const { doc, vnetId } = design(['10.0.0.0/16'], false);
    const found = findings(doc, 'bgp/exact-vnet-prefix');
    expect(found.map((d) => [d.detail, d.data?.vnetIds])).toEqual([['exact', [vnetId]]]);
  });

  it('does not warn about a covering aggregate such as 10.0.0.0/8', () => {
    expect(findings(design(['10.0.0.0/8']).doc, 'bgp/exact-vnet-prefix')).toEqual([]);
  });

  it('does not warn about a peered VNet prefix without gateway transit', () => {
    expect(findings(design(['10.1.0.0/16'], false).doc, 'bgp/exact-vnet-prefix')).toEqual([]);
  });

  it('with mixed peerings, allows the prefix of the spoke without transit and warns about the transit spoke', () => {
    expect(findings(mixed(['10.2.0.0/16']).doc, 'bgp/exact-vnet-prefix')).toEqual([]);
    const { doc, spokeA, transitPeering, siteId, connectionId, gatewayId } = mixed(['10.1.0.0/16', '10.2.0.0/16']);
    const found = findings(doc, 'bgp/exact-vnet-prefix');
    expect(found.map(summary)).toEqual([
      { severity: 'warning', elementIds: [connectionId, gatewayId, siteId, spokeA, transitPeering].sort(), detail: 'exact' },
    ]);
    expect(found[0]!.data).toMatchObject({ prefixes: ['10.1.0.0/16'], vnetIds: [spokeA] });
  });

  it('does not count a spoke whose side does not use the remote gateway, even with transit allowed on the hub side', () => {
    const b = new DesignBuilder();
    const hub = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', bgp: { enabled: true, asn: 65010 } });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
    b.peering(hub.vnetId, spoke, { name: 'hub-spoke', local: { allowGatewayTransit: true } });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', bgp: { asn: 65020, peerIp: '192.168.255.1', advertisedPrefixes: ['10.1.0.0/16'] } });
    b.s2s(hub.gatewayId, site, { name: 'to-branch', enableBgp: true });
    expect(findings(b.build(), 'bgp/exact-vnet-prefix')).toEqual([]);
  });

  it('handles 5,000 sites advertising the same summary without comparing advertisements with each other', () => {
    const b = new DesignBuilder();
    const hub = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', bgp: { enabled: true, asn: 65010 } });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
    b.peering(hub.vnetId, spoke, { name: 'hub-spoke', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
    for (let i = 0; i < 5000; i++) {
      // Every site advertises the summary (fine); every tenth also the spoke's exact prefix (filtered).
      const advertisedPrefixes = i % 10 === 0 ? ['10.0.0.0/8', '10.1.0.0/16'] : ['10.0.0.0/8'];
      const ip = `198.${18 + Math.floor(i / 65536)}.${Math.floor(i / 256) % 256}.${i % 256}`;
      const site = b.site({ name: `site-${i}`, gatewayIpAddress: ip, bgp: { asn: 65020, peerIp: '192.168.255.1', advertisedPrefixes } });
      b.s2s(hub.gatewayId, site, { name: `to-site-${i}`, enableBgp: true });
    }
    const found = [...rule.check(createContext(b.build(), { today: TEST_TODAY }))];
    expect(found).toHaveLength(500);
    expect(found.every((f) => f.detail === 'exact' && (f.data?.vnetIds as string[]).join() === spoke)).toBe(true);
  });
});
