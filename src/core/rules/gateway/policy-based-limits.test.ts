import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/policy-based-limits';
const HUB = { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' };
const POLICY_GW = { name: 'gw', sku: 'Basic', generation: 'Generation1', vpnType: 'PolicyBased' } as const;

describe('gateway/policy-based-limits', () => {
  it('reports each route-based-only feature on a policy-based gateway', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { ...POLICY_GW, activeActive: true, bgp: { enabled: true, asn: 65010 } });
    const other = b.hub({ name: 'other', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'other-gw' });
    const s1 = b.site({ name: 'b1', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    const s2 = b.site({ name: 'b2', gatewayIpAddress: '203.0.113.2', addressPrefixes: ['192.168.2.0/24'] });
    const c1 = b.s2s(gatewayId, s1, { name: 'c1', protocol: 'IKEv1' });
    const c2 = b.s2s(gatewayId, s2, { name: 'c2', protocol: 'IKEv1', enableBgp: true });
    const [v1, v2] = b.v2v(gatewayId, other.gatewayId, { name: 'v' });
    const p = b.p2s(gatewayId, { name: 'pool', addressPool: ['172.16.0.0/24'] });
    const ds = findings(b.build(), ID);
    const byDetail = Object.fromEntries(ds.map((d) => [d.detail, summary(d)]));
    expect(Object.keys(byDetail).sort()).toEqual(['active-active', 'bgp', 'multi-site', 'p2s', 'vnet2vnet']);
    expect(byDetail['p2s']).toEqual({ severity: 'error', elementIds: [gatewayId, p].sort(), detail: 'p2s' });
    expect(byDetail['vnet2vnet']!.elementIds).toEqual([gatewayId, v1, v2].sort());
    expect(byDetail['multi-site']!.elementIds).toEqual([gatewayId, c1, c2].sort());
    expect(byDetail['bgp']!.elementIds).toEqual([gatewayId, c2].sort());
    expect(ds.find((d) => d.detail === 'multi-site')!.data).toMatchObject({ count: 2, max: 1 });
  });

  it('reports a VNet-to-VNet link when the policy-based gateway is only the remote end', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, POLICY_GW);
    const other = b.hub({ name: 'other', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'other-gw' });
    const v = b.v2vOneWay(other.gatewayId, gatewayId, { name: 'to-policy' });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, v].sort(), detail: 'vnet2vnet' });
  });

  it('reports IKEv2 connections (the default protocol) and switches them to IKEv1', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, POLICY_GW);
    const s = b.site({ name: 'b1', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    const c = b.s2s(gatewayId, s, { name: 'c1' });
    const doc = b.build();
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, c].sort(), detail: 'ikev2' });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.connections[0]).toMatchObject({ protocol: 'IKEv1' });
    expect(doc.connections[0]).toMatchObject({ protocol: 'IKEv2' });
    expect(findings(fixed, ID)).toEqual([]);
  });

  it('reports a policy-based gateway on a SKU other than Basic', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { ...POLICY_GW, sku: 'VpnGw1AZ' });
    expect(findings(b.build(), ID).map(summary)).toEqual([{ severity: 'error', elementIds: [gatewayId], detail: 'sku' }]);
  });

  it('does not fire on a Basic policy-based gateway with one IKEv1 connection, nor on route-based gateways', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, POLICY_GW);
    const s = b.site({ name: 'b1', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    b.s2s(gatewayId, s, { name: 'c1', protocol: 'IKEv1' });
    const rb = b.hub({ name: 'rb', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'rb-gw', activeActive: true });
    b.s2s(rb.gatewayId, s, { name: 'c2', enableBgp: true });
    b.p2s(rb.gatewayId, { name: 'pool', addressPool: ['172.16.0.0/24'] });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
