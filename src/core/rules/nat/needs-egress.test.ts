import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const rules = [
  { id: 'in', name: 'in', mode: 'IngressSnat' as const, internalMappings: ['10.0.0.0/16'], externalMappings: ['100.64.0.0/16'] },
  { id: 'out', name: 'out', mode: 'EgressSnat' as const, internalMappings: ['10.0.0.0/16'], externalMappings: ['100.65.0.0/16'] },
];

function design(sitePrefixes: string[], link: { ingress?: string[]; egress?: string[] }) {
  const b = new DesignBuilder();
  const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', natRules: rules });
  const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: sitePrefixes });
  const c = b.s2s(gatewayId, site, { name: 'to-branch', ingressNatRuleIds: link.ingress ?? [], egressNatRuleIds: link.egress ?? [] });
  return { b, vnetId, gatewayId, site, c };
}

describe('nat/needs-egress', () => {
  it('fires when the site overlaps the VNet and the connection has no egress rule', () => {
    const { b, vnetId, site, c } = design(['10.0.0.0/16'], { ingress: ['in'] });
    const [d, ...rest] = findings(b.build(), 'nat/needs-egress');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c, site, vnetId].sort(), detail: 'egress' });
    expect(d!.data).toMatchObject({ sitePrefix: '10.0.0.0/16', vnetPrefix: '10.0.0.0/16', vnetId });
  });

  it('fires when the site overlaps the VNet and the connection has no ingress rule', () => {
    const { b } = design(['10.0.4.0/24'], { egress: ['out'] });
    const [d, ...rest] = findings(b.build(), 'nat/needs-egress');
    expect(rest).toEqual([]);
    expect(d!.detail).toBe('ingress');
    expect(d!.data).toMatchObject({ sitePrefix: '10.0.4.0/24', vnetPrefix: '10.0.0.0/16' });
  });

  it('fires on an overlap with a transit spoke', () => {
    const { b, vnetId } = design(['10.1.0.0/16'], { ingress: ['in'] });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
    b.peering(vnetId, spoke, { name: 'p', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
    const [d, ...rest] = findings(b.build(), 'nat/needs-egress');
    expect(rest).toEqual([]);
    expect(d!.detail).toBe('egress');
    expect(d!.elementIds).toContain(spoke);
    expect(d!.data).toMatchObject({ vnetId: spoke, vnetPrefix: '10.1.0.0/16' });
  });

  it('does not fire when the connection has both rules', () => {
    expect(findings(design(['10.0.0.0/16'], { ingress: ['in'], egress: ['out'] }).b.build(), 'nat/needs-egress')).toEqual([]);
  });

  it('does not fire when the site does not overlap the VNet', () => {
    expect(findings(design(['192.168.0.0/16'], { ingress: ['in'] }).b.build(), 'nat/needs-egress')).toEqual([]);
  });

  it('leaves an overlapping connection without any NAT to address/overlap', () => {
    expect(findings(design(['10.0.0.0/16'], {}).b.build(), 'nat/needs-egress')).toEqual([]);
  });

  it('finds the collision once among 8,000 copies of the site prefix and of the VNet prefix', () => {
    const b = new DesignBuilder();
    const copies = (p: string) => Array.from({ length: 8_000 }, () => p);
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: [...copies('10.0.0.0/16')], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', natRules: rules });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: [...copies('10.0.4.0/24'), ...copies('192.168.0.0/24')] });
    const c = b.s2s(gatewayId, site, { name: 'to-branch', ingressNatRuleIds: ['in'] });
    const [d, ...rest] = findings(b.build(), 'nat/needs-egress');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c, site, vnetId].sort(), detail: 'egress' });
    expect(d!.data).toMatchObject({ sitePrefix: '10.0.4.0/24', vnetPrefix: '10.0.0.0/16', vnetId, overlaps: 1 });
  });
});
