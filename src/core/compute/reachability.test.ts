import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/design-index';
import { DesignBuilder } from '../testing/builders';
import { generateBgpChain } from '../testing/generate';
import { gatewayDomain, routingDomains, vnetsBehindGateway } from './reachability';

const domainOf = (b: DesignBuilder, gatewayId: string) => {
  const index = indexDesign(b.build());
  return gatewayDomain(index, index.gatewayById.get(gatewayId)!);
};
const owners = (d: ReturnType<typeof gatewayDomain>) => [...new Set(d.spaces.map((s) => s.ownerId))].sort();

describe('gateway routing domains', () => {
  it('holds the gateway VNet, its connected sites and its P2S pools', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    b.s2s(gatewayId, site, { name: 'c1' });
    const pool = b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'] });
    const d = domainOf(b, gatewayId);
    expect(owners(d)).toEqual([pool, site, vnetId].sort());
    expect(d.spaces.find((s) => s.ownerId === site)).toMatchObject({ via: 's2s', ownerKind: 'site' });
  });

  it('sees a site through the IngressSNAT rule of its connection', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(
      { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
      { name: 'gw', sku: 'VpnGw2AZ', natRules: [{ id: 'in-1', name: 'in', mode: 'IngressSnat', internalMappings: ['10.0.1.0/24'], externalMappings: ['100.64.1.0/24'] }] },
    );
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['10.0.1.0/24'] });
    b.s2s(gatewayId, site, { name: 'c1', ingressNatRuleIds: ['in-1'] });
    const seen = domainOf(b, gatewayId).spaces.find((s) => s.ownerId === site)!;
    expect(seen.prefixes.map((p) => p.text)).toEqual(['100.64.1.0/24']);
    expect(seen.nat).toBe(true);
    expect(seen.natPrefixes).toEqual(['100.64.1.0/24']);
  });

  it('puts transit spokes in the hub gateway domain only with gateway transit on the hub side and remote gateways on the spoke side', () => {
    const b = new DesignBuilder();
    const { vnetId: hub, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
    const halfSpoke = b.vnet({ name: 'half', addressSpace: ['10.2.0.0/16'] });
    const reversed = b.vnet({ name: 'reversed', addressSpace: ['10.3.0.0/16'] });
    const p1 = b.peering(hub, spoke, { name: 'p1', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
    b.peering(hub, halfSpoke, { name: 'p2', local: { allowGatewayTransit: true } });
    // Declared from the spoke's side: the spoke uses remote gateways, the hub allows transit.
    const p3 = b.peering(reversed, hub, { name: 'p3', local: { useRemoteGateways: true }, remote: { allowGatewayTransit: true } });
    const d = domainOf(b, gatewayId);
    expect(owners(d)).toEqual([hub, reversed, spoke].sort());
    expect(d.spaces.find((s) => s.ownerId === spoke)).toMatchObject({ via: 'transit-peering', viaId: p1 });
    expect(d.spaces.find((s) => s.ownerId === reversed)).toMatchObject({ via: 'transit-peering', viaId: p3 });
    const index = indexDesign(b.build());
    expect(vnetsBehindGateway(index, index.gatewayById.get(gatewayId)!).map((v) => v.vnetId)).toEqual([hub, spoke, reversed]);
  });

  it('carries only the far VNet across a VNet-to-VNet hop without BGP, not its sites', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    b.s2s(c.gatewayId, site, { name: 'c-branch' });
    b.p2s(c.gatewayId, { name: 'c-users', addressPool: ['172.16.0.0/24'] });
    b.v2v(a.gatewayId, c.gatewayId, { enableBgp: false });
    expect(owners(domainOf(b, a.gatewayId))).toEqual([a.vnetId, c.vnetId].sort());
  });

  it('carries the far gateway sites and pools across a VNet-to-VNet hop with BGP on both gateways', () => {
    const b = new DesignBuilder();
    const bgp = (asn: number) => ({ enabled: true, asn });
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', bgp: bgp(65001) });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw', bgp: bgp(65002) });
    const e = b.hub({ name: 'e', addressSpace: ['10.2.0.0/16'], gatewaySubnet: '10.2.255.0/27' }, { name: 'e-gw', bgp: bgp(65003) });
    const f = b.hub({ name: 'f', addressSpace: ['10.3.0.0/16'], gatewaySubnet: '10.3.255.0/27' }, { name: 'f-gw', bgp: bgp(65004) });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    b.s2s(c.gatewayId, site, { name: 'c-branch' });
    const pool = b.p2s(c.gatewayId, { name: 'c-users', addressPool: ['172.16.0.0/24'] });
    b.v2v(a.gatewayId, c.gatewayId, { enableBgp: true });
    b.v2v(c.gatewayId, e.gatewayId, { enableBgp: true });
    b.v2v(e.gatewayId, f.gatewayId, { enableBgp: false }); // static hop behind e: not carried to a
    const d = domainOf(b, a.gatewayId);
    expect(owners(d)).toEqual([a.vnetId, c.vnetId, e.vnetId, site, pool].sort());
    // The group's spaces are shared: the site is seen as its own gateway's connection brings it in.
    expect(d.spaces.find((s) => s.ownerId === site)).toMatchObject({ via: 's2s', gatewayId: c.gatewayId });
    expect(d.group.gatewayIds).toEqual([a.gatewayId, c.gatewayId, e.gatewayId]);
    expect(d.plain).toEqual([]);
  });

  it('does not carry the far sites when one gateway of the BGP hop has BGP off', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', bgp: { enabled: false } });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw', bgp: { enabled: true, asn: 65002 } });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    b.s2s(c.gatewayId, site, { name: 'c-branch' });
    b.v2v(a.gatewayId, c.gatewayId, { enableBgp: true });
    expect(owners(domainOf(b, a.gatewayId))).toEqual([a.vnetId, c.vnetId].sort());
  });

  it('holds each space of a BGP chain once: every member domain references the same array', () => {
    const index = indexDesign(generateBgpChain(50));
    const domains = routingDomains(index);
    expect(domains).toHaveLength(50);
    const shared = domains[0]!.spaces;
    for (const d of domains) {
      expect(d.spaces).toBe(shared);
      expect(d.group).toBe(domains[0]!.group);
    }
    // 50 VNets and 50 sites (each site once, through its own connection).
    expect(shared).toHaveLength(100);
    expect(new Set(shared.map((s) => s.ownerId)).size).toBe(100);
  });

  it('keeps the far VNets of links without BGP apart from the group, per gateway', () => {
    const b = new DesignBuilder();
    const bgp = (asn: number) => ({ enabled: true, asn });
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', bgp: bgp(65001) });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw', bgp: bgp(65002) });
    const e = b.hub({ name: 'e', addressSpace: ['10.2.0.0/16'], gatewaySubnet: '10.2.255.0/27' });
    b.v2v(a.gatewayId, c.gatewayId, { enableBgp: true });
    const [ce] = b.v2v(c.gatewayId, e.gatewayId, { enableBgp: false });
    const index = indexDesign(b.build());
    const [da, dc, de] = routingDomains(index);
    expect(da!.plain).toEqual([]);
    expect(da!.spaces).toBe(da!.group.spaces);
    expect(dc!.group).toBe(da!.group);
    expect(dc!.plain).toEqual([expect.objectContaining({ ownerId: e.vnetId, via: 'vnet2vnet', viaId: ce, gatewayId: e.gatewayId })]);
    expect(owners(dc!)).toEqual([a.vnetId, c.vnetId, e.vnetId].sort());
    expect(owners(de!)).toEqual([c.vnetId, e.vnetId].sort());
  });
});
