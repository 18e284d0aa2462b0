import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const hubWithSite = (sitePrefixes: string[], opts: { ingressNat?: boolean } = {}) => {
  const b = new DesignBuilder();
  const { vnetId, gatewayId } = b.hub(
    { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
    {
      name: 'hub-gw',
      natRules: opts.ingressNat
        ? [{ id: 'in-1', name: 'branch-in', mode: 'IngressSnat', internalMappings: ['10.0.128.0/20'], externalMappings: ['100.64.0.0/20'] }]
        : [],
    },
  );
  const site = b.site({ name: 'Branch-2', gatewayIpAddress: '203.0.113.1', addressPrefixes: sitePrefixes });
  b.s2s(gatewayId, site, { name: 'hub-branch', ...(opts.ingressNat ? { ingressNatRuleIds: ['in-1'] } : {}) });
  return { b, vnetId, gatewayId, site };
};

describe('address/overlap', () => {
  it('fires when a connected site overlaps the gateway VNet, naming both and their prefixes', () => {
    const { b, vnetId, site, gatewayId } = hubWithSite(['10.0.128.0/20']);
    const [d, ...rest] = findings(b.build(), 'address/overlap');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [vnetId, site].sort(), detail: 'site-vnet' });
    expect(d!.data).toMatchObject({ firstPrefixes: ['10.0.0.0/16'], secondPrefixes: ['10.0.128.0/20'], where: [gatewayId] });
    expect(d!.message).toContain('VNet hub (10.0.0.0/16) overlaps site Branch-2 (10.0.128.0/20)');
    expect(d!.message).toContain('gateway hub-gw');
  });

  it('reports one diagnostic per pair of networks, listing every overlapping prefix', () => {
    const { b, vnetId, site } = hubWithSite(['10.0.128.0/20', '10.0.1.0/24', '192.168.0.0/24']);
    const ds = findings(b.build(), 'address/overlap');
    expect(ds.map(summary)).toEqual([{ severity: 'error', elementIds: [vnetId, site].sort(), detail: 'site-vnet' }]);
    expect([...(ds[0]!.data!.secondPrefixes as string[])].sort()).toEqual(['10.0.1.0/24', '10.0.128.0/20']);
  });

  it('does not fire when IngressSNAT translates the site apart (overlap is judged after NAT)', () => {
    const { b } = hubWithSite(['10.0.128.0/20'], { ingressNat: true });
    expect(findings(b.build(), 'address/overlap')).toEqual([]);
  });

  it('still fires when IngressSNAT maps the site onto the VNet, marking the post-NAT prefix', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub(
      { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
      { name: 'hub-gw', natRules: [{ id: 'in-1', name: 'in', mode: 'IngressSnat', internalMappings: ['192.168.1.0/24'], externalMappings: ['10.0.9.0/24'] }] },
    );
    const site = b.site({ name: 'Branch-2', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    b.s2s(gatewayId, site, { name: 'c', ingressNatRuleIds: ['in-1'] });
    const [d] = findings(b.build(), 'address/overlap');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [vnetId, site].sort(), detail: 'site-vnet' });
    expect(d!.data).toMatchObject({ secondPrefixes: ['10.0.9.0/24'] });
    expect(d!.message).toContain('10.0.9.0/24 after IngressSNAT');
  });

  it('fires for two sites on one gateway that overlap each other', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const s1 = b.site({ name: 'b1', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    const s2 = b.site({ name: 'b2', gatewayIpAddress: '203.0.113.2', addressPrefixes: ['192.168.4.0/24'] });
    b.s2s(gatewayId, s1, { name: 'c1' });
    b.s2s(gatewayId, s2, { name: 'c2' });
    expect(findings(b.build(), 'address/overlap').map(summary)).toEqual([{ severity: 'error', elementIds: [s1, s2].sort(), detail: 'site-site' }]);
  });

  it('fires for peered VNets that overlap, and for VNets linked by VNet-to-VNet', () => {
    const b = new DesignBuilder();
    const hub = b.vnet({ name: 'hub', addressSpace: ['10.0.0.0/16'] });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.0.8.0/21'] });
    b.peering(hub, spoke, { name: 'hub-spoke' });
    const a = b.hub({ name: 'a', addressSpace: ['172.16.0.0/16'], gatewaySubnet: '172.16.255.0/27' });
    const c = b.hub({ name: 'c', addressSpace: ['172.16.0.0/20'], gatewaySubnet: '172.16.15.0/27' });
    b.v2v(a.gatewayId, c.gatewayId, {});
    const got = findings(b.build(), 'address/overlap').map(summary);
    expect(got).toHaveLength(2);
    expect(got).toContainEqual({ severity: 'error', elementIds: [hub, spoke].sort(), detail: 'vnet-vnet' });
    expect(got).toContainEqual({ severity: 'error', elementIds: [a.vnetId, c.vnetId].sort(), detail: 'vnet-vnet' });
  });

  it('does not fire for the same prefixes in designs that are not connected', () => {
    const b = new DesignBuilder();
    b.hub({ name: 'east', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    b.hub({ name: 'west', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    b.site({ name: 'lonely', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['10.0.0.0/24'] });
    expect(findings(b.build(), 'address/overlap')).toEqual([]);
  });

  it('leaves pairs with a P2S pool to address/p2s-pool-overlap', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    b.p2s(gatewayId, { name: 'users', addressPool: ['10.0.200.0/24'] });
    const doc = b.build();
    expect(findings(doc, 'address/overlap')).toEqual([]);
    expect(findings(doc, 'address/p2s-pool-overlap')).toHaveLength(1);
  });

  it('fires for the VNets of two gateways that connect to the same site, naming the site', () => {
    const b = new DesignBuilder();
    const weu = b.hub({ name: 'weu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const neu = b.hub({ name: 'neu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const hq = b.site({ name: 'hq', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    b.s2s(weu.gatewayId, hq, { name: 'weu-hq' });
    b.s2s(neu.gatewayId, hq, { name: 'neu-hq' });
    const [d, ...rest] = findings(b.build(), 'address/overlap');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [weu.vnetId, neu.vnetId].sort(), detail: 'vnet-vnet' });
    expect(d!.data).toMatchObject({ firstPrefixes: ['10.0.0.0/16'], secondPrefixes: ['10.0.0.0/16'], where: [hq] });
    expect(d!.message).toContain('site hq');
  });

  it('does not fire for two gateways on the same site when EgressSNAT translates one VNet apart, or when they use different sites', () => {
    const b = new DesignBuilder();
    const weu = b.hub({ name: 'weu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const neu = b.hub(
      { name: 'neu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
      { name: 'neu-gw', sku: 'VpnGw2', natRules: [{ id: 'out-1', name: 'out', mode: 'EgressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.64.0.0/16'] }] },
    );
    const hq = b.site({ name: 'hq', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    b.s2s(weu.gatewayId, hq, { name: 'weu-hq' });
    b.s2s(neu.gatewayId, hq, { name: 'neu-hq', egressNatRuleIds: ['out-1'] });
    const sea = b.hub({ name: 'sea', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const branch = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.2', addressPrefixes: ['192.169.0.0/16'] });
    b.s2s(sea.gatewayId, branch, { name: 'sea-branch' });
    expect(findings(b.build(), 'address/overlap')).toEqual([]);
  });

  it('marks a VNet prefix that EgressSNAT maps onto another gateway\'s VNet at the shared site', () => {
    const b = new DesignBuilder();
    const weu = b.hub({ name: 'weu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const neu = b.hub(
      { name: 'neu', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' },
      { name: 'neu-gw', sku: 'VpnGw2', natRules: [{ id: 'out-1', name: 'out', mode: 'EgressSnat', internalMappings: ['10.1.0.0/16'], externalMappings: ['10.0.0.0/16'] }] },
    );
    const hq = b.site({ name: 'hq', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    b.s2s(weu.gatewayId, hq, { name: 'weu-hq' });
    b.s2s(neu.gatewayId, hq, { name: 'neu-hq', egressNatRuleIds: ['out-1'] });
    const [d] = findings(b.build(), 'address/overlap');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [weu.vnetId, neu.vnetId].sort(), detail: 'vnet-vnet' });
    expect(d!.message).toContain('10.0.0.0/16 after EgressSNAT');
  });
});
