import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

describe('address/p2s-pool-overlap', () => {
  it('fires when the pool overlaps the gateway VNet', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const pool = b.p2s(gatewayId, { name: 'users', addressPool: ['10.0.200.0/24'] });
    const [d, ...rest] = findings(b.build(), 'address/p2s-pool-overlap');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [pool, vnetId].sort(), detail: 'vnet' });
    expect(d!.elementIds[0]).toBe(pool);
    expect(d!.data).toMatchObject({ poolPrefixes: ['10.0.200.0/24'], otherPrefixes: ['10.0.0.0/16'] });
    expect(d!.message).toContain('10.0.200.0/24');
  });

  it('fires against a connected site and against another pool of the same gateway', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['172.16.0.0/16'] });
    b.s2s(gatewayId, site, { name: 'c1' });
    const p1 = b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.5.0/24'] });
    const p2 = b.p2s(gatewayId, { name: 'admins', addressPool: ['192.168.0.0/24'] });
    const p3 = b.p2s(gatewayId, { name: 'more', addressPool: ['192.168.0.128/25'] });
    const got = findings(b.build(), 'address/p2s-pool-overlap').map(summary);
    expect(got).toHaveLength(2);
    expect(got).toContainEqual({ severity: 'error', elementIds: [p1, site].sort(), detail: 'site' });
    expect(got).toContainEqual({ severity: 'error', elementIds: [p2, p3].sort(), detail: 'pool' });
  });

  it('fires against a VNet peered with the gateway VNet without gateway transit (detail peered-vnet)', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
    b.peering(vnetId, spoke, { name: 'hub-spoke' });
    const pool = b.p2s(gatewayId, { name: 'users', addressPool: ['10.1.7.0/24'] });
    expect(findings(b.build(), 'address/p2s-pool-overlap').map(summary)).toEqual([
      { severity: 'error', elementIds: [pool, spoke].sort(), detail: 'peered-vnet' },
    ]);
  });

  it('fires against a transit spoke through the routing domain (detail vnet), naming the gateway', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
    b.peering(vnetId, spoke, { name: 'hub-spoke', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
    const pool = b.p2s(gatewayId, { name: 'users', addressPool: ['10.1.7.0/24'] });
    const [d, ...rest] = findings(b.build(), 'address/p2s-pool-overlap');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [pool, spoke].sort(), detail: 'vnet' });
    expect(d!.data).toMatchObject({ poolPrefixes: ['10.1.7.0/24'], otherPrefixes: ['10.1.0.0/16'], where: [gatewayId] });
    expect(d!.message).toContain('gateway hub-gw');
  });

  it('pairs pools with peered VNets only, however many peered VNets nest or repeat', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const spokes: string[] = [];
    for (let i = 0; i < 300; i++) {
      const spoke = b.vnet({ name: `spoke-${i}`, addressSpace: ['192.168.0.0/24', '192.168.0.0/25'] });
      b.peering(vnetId, spoke, { name: `p-${i}` });
      spokes.push(spoke);
    }
    b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'] });
    const hit = b.p2s(gatewayId, { name: 'more', addressPool: ['192.168.0.64/26'] });
    const got = findings(b.build(), 'address/p2s-pool-overlap');
    expect(got.map((d) => d.data!.other).sort()).toEqual([...spokes].sort());
    expect(got.every((d) => d.detail === 'peered-vnet' && d.data!.pool === hit)).toBe(true);
    expect(got[0]!.data).toMatchObject({ poolPrefixes: ['192.168.0.64/26'], otherPrefixes: ['192.168.0.0/24', '192.168.0.0/25'] });
  });

  it('fires against the VNet of another gateway that connects to the same site (detail vnet, naming the site)', () => {
    const b = new DesignBuilder();
    const weu = b.hub({ name: 'weu', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const neu = b.hub({ name: 'neu', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' });
    const hq = b.site({ name: 'hq', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    b.s2s(weu.gatewayId, hq, { name: 'weu-hq' });
    b.s2s(neu.gatewayId, hq, { name: 'neu-hq' });
    const pool = b.p2s(weu.gatewayId, { name: 'users', addressPool: ['10.1.200.0/24'] });
    const [d, ...rest] = findings(b.build(), 'address/p2s-pool-overlap');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [neu.vnetId, pool].sort(), detail: 'vnet' });
    expect(d!.data).toMatchObject({ where: [hq] });
  });

  it('fires when the pool overlaps the network its users connect from', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const home = b.site({ name: 'office', gatewayIpAddress: '203.0.113.9', addressPrefixes: ['192.168.1.0/24'] });
    const pool = b.p2s(gatewayId, { name: 'users', addressPool: ['192.168.0.0/16'], usersAtSiteIds: [home] });
    const [d] = findings(b.build(), 'address/p2s-pool-overlap');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [home, pool].sort(), detail: 'client-site' });
  });

  it('does not fire for a pool in free private space, or against an unconnected VNet', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    b.vnet({ name: 'elsewhere', addressSpace: ['172.16.0.0/16'] });
    b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'] });
    expect(findings(b.build(), 'address/p2s-pool-overlap')).toEqual([]);
  });
});
