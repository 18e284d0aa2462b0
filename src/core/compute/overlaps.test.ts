import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/design-index';
import { toPrefix, toPrefixes } from '../net/prefix';
import { DesignBuilder } from '../testing/builders';
import { generateBgpChain } from '../testing/generate';
import { allDomains, findSpaceOverlaps, PrefixCover } from './overlaps';

const overlapsOf = (b: DesignBuilder) => {
  const index = indexDesign(b.build());
  return findSpaceOverlaps(index, allDomains(index));
};
const pair = (x: string, y: string) => [x, y].sort().join(' + ');
const pairs = (b: DesignBuilder) => overlapsOf(b).map((o) => pair(o.a.id, o.b.id)).sort();

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
    expect(o?.b).toEqual({ id: site, kind: 'site', prefix: '10.0.9.0/24', nat: 'ingress' });
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

  it('reports nothing when many unrelated gateways reuse one prefix, placing each space once', () => {
    const b = new DesignBuilder();
    for (let i = 0; i < 400; i++) {
      const { gatewayId } = b.hub({ name: `h${i}`, addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
      const site = b.site({ name: `s${i}`, gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
      b.s2s(gatewayId, site, { name: `c${i}` });
    }
    const index = indexDesign(b.build());
    const stats = { placements: 0 };
    expect(findSpaceOverlaps(index, allDomains(index), stats)).toEqual([]);
    expect(stats.placements).toBe(800);
  });

  it('places each space of a BGP chain once, so the work grows linearly with the chain', () => {
    const placements = (gateways: number) => {
      const index = indexDesign(generateBgpChain(gateways));
      const stats = { placements: 0 };
      findSpaceOverlaps(index, allDomains(index), stats);
      return stats.placements;
    };
    const [small, large] = [placements(100), placements(200)];
    // One VNet per gateway (its site announces by BGP only): 100 entries, not 100 copies of the chain.
    expect(small).toBe(100);
    expect(large / small).toBeLessThanOrEqual(2.2);
  });

  it('finds every overlap of a BGP chain across its whole length', () => {
    const b = new DesignBuilder();
    const bgp = (asn: number) => ({ enabled: true, asn });
    const ends: { vnetId: string; gatewayId: string }[] = [];
    for (let i = 0; i < 6; i++) {
      ends.push(b.hub({ name: `h${i}`, addressSpace: [`10.${i}.0.0/16`], gatewaySubnet: `10.${i}.255.0/27` }, { name: `h${i}-gw`, bgp: bgp(65001 + i) }));
      if (i > 0) b.v2v(ends[i - 1]!.gatewayId, ends[i]!.gatewayId, { enableBgp: true });
    }
    const site = b.site({ id: 'far', name: 'far', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['10.0.7.0/24'] });
    b.s2s(ends[5]!.gatewayId, site, { name: 'c' });
    const [o, ...rest] = overlapsOf(b);
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ a: { id: ends[0]!.vnetId }, b: { id: site } });
    // Where: the gateways whose spaces they are, not every gateway of the chain.
    expect([...o!.where].sort()).toEqual([ends[0]!.gatewayId, ends[5]!.gatewayId].sort());
  });

  it('joins a BGP group over a link defined in one direction only', () => {
    const b = new DesignBuilder();
    const bgp = (asn: number) => ({ enabled: true, asn });
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', bgp: bgp(65001) });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw', bgp: bgp(65002) });
    const e = b.hub({ name: 'e', addressSpace: ['10.2.0.0/16'], gatewaySubnet: '10.2.255.0/27' }, { name: 'e-gw', bgp: bgp(65003) });
    // Both links point at c: a and e still learn each other's sites through c.
    b.v2vOneWay(a.gatewayId, c.gatewayId, { name: 'a-c', enableBgp: true });
    b.v2vOneWay(e.gatewayId, c.gatewayId, { name: 'e-c', enableBgp: true });
    const s1 = b.site({ id: 's1', name: 'b1', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
    const s2 = b.site({ id: 's2', name: 'b2', gatewayIpAddress: '203.0.113.2', addressPrefixes: ['192.168.0.0/24'] });
    b.s2s(a.gatewayId, s1, { name: 'c1' });
    b.s2s(e.gatewayId, s2, { name: 'c2' });
    expect(pairs(b)).toEqual([pair(s1, s2)]);
  });

  it('checks the far VNet of a link without BGP against the near gateway\'s group, but not against other far VNets of the group', () => {
    const b = new DesignBuilder();
    const bgp = (asn: number) => ({ enabled: true, asn });
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', bgp: bgp(65001) });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw', bgp: bgp(65002) });
    b.v2v(a.gatewayId, c.gatewayId, { enableBgp: true });
    const site = b.site({ id: 'a-site', name: 'a-branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['172.16.0.0/24'] });
    b.s2s(a.gatewayId, site, { name: 'a-c1' });
    // Far VNets over links without BGP: e behind c, f behind a, both 172.16.0.0/16.
    const e = b.hub({ name: 'e', addressSpace: ['172.16.0.0/16'], gatewaySubnet: '172.16.255.0/27' });
    const f = b.hub({ name: 'f', addressSpace: ['172.16.0.0/16'], gatewaySubnet: '172.16.255.0/27' });
    b.v2v(c.gatewayId, e.gatewayId, { name: 'c-e' });
    b.v2v(a.gatewayId, f.gatewayId, { name: 'a-f' });
    const found = overlapsOf(b);
    // e meets a's site in c's routing table (BGP brought the site to c); f meets it at a. e and f never meet.
    expect(pairs(b)).toEqual([pair(e.vnetId, 'a-site'), pair(f.vnetId, 'a-site')].sort());
    expect(found.find((o) => o.a.id === e.vnetId || o.b.id === e.vnetId)?.where).toEqual([c.gatewayId]);
    expect(found.find((o) => o.a.id === f.vnetId || o.b.id === f.vnetId)?.where).toEqual([a.gatewayId]);
  });

  it('finds the VNets of two gateways that connect to the same site, as the site sees them', () => {
    const b = new DesignBuilder();
    const weu = b.hub({ name: 'weu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const neu = b.hub({ name: 'neu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const hq = b.site({ id: 'hq', name: 'hq', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    b.s2s(weu.gatewayId, hq, { name: 'weu-hq' });
    b.s2s(neu.gatewayId, hq, { name: 'neu-hq' });
    expect(overlapsOf(b)).toEqual([
      { a: { id: weu.vnetId, kind: 'vnet', prefix: '10.0.0.0/16' }, b: { id: neu.vnetId, kind: 'vnet', prefix: '10.0.0.0/16' }, where: [hq] },
    ]);
  });

  it('does not report VNets that EgressSNAT translates apart towards the shared site, and marks an EgressSNAT prefix that still collides', () => {
    const build = (external: string) => {
      const b = new DesignBuilder();
      const weu = b.hub({ name: 'weu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
      const neu = b.hub(
        { name: 'neu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
        { name: 'neu-gw', sku: 'VpnGw2', natRules: [{ id: 'out-1', name: 'out', mode: 'EgressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: [external] }] },
      );
      const hq = b.site({ id: 'hq', name: 'hq', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
      b.s2s(weu.gatewayId, hq, { name: 'weu-hq' });
      b.s2s(neu.gatewayId, hq, { name: 'neu-hq', egressNatRuleIds: ['out-1'] });
      return { b, weu, neu };
    };
    expect(overlapsOf(build('100.64.0.0/16').b)).toEqual([]);
    const { b, weu, neu } = build('10.0.0.0/16');
    const [o, ...rest] = overlapsOf(b);
    expect(rest).toEqual([]);
    expect(o).toEqual({ a: { id: weu.vnetId, kind: 'vnet', prefix: '10.0.0.0/16' }, b: { id: neu.vnetId, kind: 'vnet', prefix: '10.0.0.0/16', nat: 'egress' }, where: ['hq'] });
  });

  it('does not pair spaces of one gateway through a site, nor repeat pairs its BGP group already holds', () => {
    const b = new DesignBuilder();
    const bgp = (asn: number) => ({ enabled: true, asn });
    const weu = b.hub({ name: 'weu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'weu-gw', bgp: bgp(65001) });
    const neu = b.hub({ name: 'neu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'neu-gw', bgp: bgp(65002) });
    b.v2v(weu.gatewayId, neu.gatewayId, { enableBgp: true });
    b.p2s(weu.gatewayId, { id: 'pool', name: 'users', addressPool: ['10.0.200.0/24'] });
    const hq = b.site({ id: 'hq', name: 'hq', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    b.s2s(weu.gatewayId, hq, { name: 'weu-hq' });
    b.s2s(neu.gatewayId, hq, { name: 'neu-hq' });
    for (const o of overlapsOf(b)) expect(o.where).not.toContain(hq);
    expect(pairs(b)).toEqual([pair(neu.vnetId, 'pool'), pair(weu.vnetId, neu.vnetId), pair(weu.vnetId, 'pool')].sort());
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

describe('findSpaceOverlaps on many networks sharing one prefix', () => {
  it('reports every network once against the first instead of every pair', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', sku: 'VpnGw5AZ' });
    for (let i = 0; i < 3_000; i++) {
      const site = b.site({ id: `s${String(i).padStart(4, '0')}`, name: `branch-${i}`, gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
      b.s2s(gatewayId, site, { name: `cn-${i}`, sharedKey: 'Key1Secret' });
    }
    const index = indexDesign(b.build());
    const found = findSpaceOverlaps(index, allDomains(index));
    expect(found).toHaveLength(2_999);
    expect(new Set(found.map((o) => o.a.id))).toEqual(new Set(['s0000']));
  });

  it('still lists every pair when only a few networks share a prefix', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw' });
    for (let i = 0; i < 4; i++) {
      const site = b.site({ name: `branch-${i}`, gatewayIpAddress: `203.0.113.${i + 1}`, addressPrefixes: ['192.168.1.0/24'] });
      b.s2s(gatewayId, site, { name: `cn-${i}`, sharedKey: 'Key1Secret' });
    }
    const index = indexDesign(b.build());
    expect(findSpaceOverlaps(index, allDomains(index))).toHaveLength(6);
  });
});
