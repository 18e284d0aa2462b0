import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/design-index';
import { toPrefix, toPrefixes } from '../net/prefix';
import { DesignBuilder } from '../testing/builders';
import { allDomains, findSpaceOverlaps, PrefixCover } from './overlaps';

const overlapsOf = (b: DesignBuilder) => {
  const index = indexDesign(b.build());
  return findSpaceOverlaps(index, allDomains(index));
};
const pairs = (b: DesignBuilder) => overlapsOf(b).map((o) => [o.a.id, o.b.id].sort().join(' + ')).sort();

describe('findSpaceOverlaps', () => {
  it('finds a site that overlaps the VNet of the gateway it connects to', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const site = b.site({ id: 'site-x', name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['10.0.128.0/20'] });
    b.s2s(gatewayId, site, { name: 'c1' });
    const [o, ...rest] = overlapsOf(b);
    expect(rest).toEqual([]);
    expect(o).toEqual({
      a: { id: vnetId, kind: 'vnet', prefix: '10.0.0.0/16' },
      b: { id: site, kind: 'site', prefix: '10.0.128.0/20' },
      where: [gatewayId],
    });
  });

  it('no longer reports a site that IngressSNAT translates out of the overlap', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(
      { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
      { name: 'gw', natRules: [{ id: 'in-1', name: 'in', mode: 'IngressSnat', internalMappings: ['10.0.1.0/24'], externalMappings: ['100.64.1.0/24'] }] },
    );
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['10.0.1.0/24'] });
    b.s2s(gatewayId, site, { name: 'c1', ingressNatRuleIds: ['in-1'] });
    expect(overlapsOf(b)).toEqual([]);
  });

  it('still reports the site when the IngressSNAT rule maps it onto the VNet and marks it as post-NAT', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(
      { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
      { name: 'gw', natRules: [{ id: 'in-1', name: 'in', mode: 'IngressSnat', internalMappings: ['192.168.1.0/24'], externalMappings: ['10.0.9.0/24'] }] },
    );
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    b.s2s(gatewayId, site, { name: 'c1', ingressNatRuleIds: ['in-1'] });
    const [o] = overlapsOf(b);
    expect(o?.b).toEqual({ id: site, kind: 'site', prefix: '10.0.9.0/24', nat: true });
  });

  it('does not report two unconnected designs that reuse the same prefixes', () => {
    const b = new DesignBuilder();
    for (const name of ['east', 'west']) {
      const { gatewayId } = b.hub({ name, addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
      const site = b.site({ name: `${name}-branch`, gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
      b.s2s(gatewayId, site, { name: `${name}-c` });
      b.p2s(gatewayId, { name: `${name}-users`, addressPool: ['172.16.0.0/24'] });
    }
    expect(overlapsOf(b)).toEqual([]);
  });

  it('reports sites that overlap each other on one gateway, and peered VNets that overlap', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const s1 = b.site({ id: 's1', name: 'b1', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    const s2 = b.site({ id: 's2', name: 'b2', gatewayIpAddress: '203.0.113.2', addressPrefixes: ['192.168.7.0/24'] });
    b.s2s(gatewayId, s1, { name: 'c1' });
    b.s2s(gatewayId, s2, { name: 'c2' });
    const other = b.vnet({ id: 'v-other', name: 'other', addressSpace: ['10.0.64.0/18'] });
    const peering = b.peering(vnetId, other, { name: 'p' });
    expect(pairs(b)).toEqual([`${s1} + ${s2}`, [vnetId, other].sort().join(' + ')].sort());
    expect(overlapsOf(b).find((o) => o.a.id === vnetId)?.where).toEqual([peering]);
  });

  it('reports identical prefixes of different owners once per pair, with every gateway where they meet', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const c = b.hub({ name: 'c', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    b.v2v(a.gatewayId, c.gatewayId, {});
    const found = overlapsOf(b);
    expect(found).toHaveLength(1);
    expect([...found[0]!.where].sort()).toEqual([a.gatewayId, c.gatewayId].sort());
  });

  it('stays linear when many unrelated gateways reuse one prefix', () => {
    const b = new DesignBuilder();
    for (let i = 0; i < 400; i++) {
      const { gatewayId } = b.hub({ name: `h${i}`, addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
      const site = b.site({ name: `s${i}`, gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
      b.s2s(gatewayId, site, { name: `c${i}` });
    }
    const index = indexDesign(b.build());
    const domains = allDomains(index);
    const t0 = performance.now();
    expect(findSpaceOverlaps(index, domains)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

describe('PrefixCover', () => {
  const cover = new PrefixCover(toPrefixes(['10.0.0.0/16', '10.0.4.0/24', '192.168.0.0/24', '2001:db8::/48']));

  it('keeps only the outermost blocks', () => {
    expect(cover.blocks.map((p) => p.text)).toEqual(['10.0.0.0/16', '192.168.0.0/24', '2001:db8::/48']);
  });

  it('finds the block containing a prefix, within its family', () => {
    expect(cover.containing(toPrefix('10.0.9.0/24')!)?.text).toBe('10.0.0.0/16');
    expect(cover.containing(toPrefix('10.0.0.0/15')!)).toBeUndefined();
    expect(cover.containing(toPrefix('172.16.0.0/24')!)).toBeUndefined();
    expect(cover.containing(toPrefix('2001:db8:0:1::/64')!)?.text).toBe('2001:db8::/48');
  });

  it('finds a block that overlaps a prefix', () => {
    expect(cover.overlapping(toPrefix('10.0.0.0/15')!)?.text).toBe('10.0.0.0/16');
    expect(cover.overlapping(toPrefix('192.168.0.128/25')!)?.text).toBe('192.168.0.0/24');
    expect(cover.overlapping(toPrefix('192.168.1.0/24')!)).toBeUndefined();
    expect(cover.overlapping(toPrefix('9.0.0.0/8')!)).toBeUndefined();
  });
});
