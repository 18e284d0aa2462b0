import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(prefixesA: string[], prefixesB: string[]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'gw',
    natRules: [{ id: 'in', name: 'in-branch', mode: 'IngressSnat', internalMappings: ['192.168.1.0/24'], externalMappings: ['100.64.1.0/24'] }],
  });
  const a = b.site({ name: 'branch-a', gatewayIpAddress: '203.0.113.1', addressPrefixes: prefixesA });
  const s = b.site({ name: 'branch-b', gatewayIpAddress: '203.0.113.2', addressPrefixes: prefixesB });
  const ca = b.s2s(gatewayId, a, { name: 'to-a', ingressNatRuleIds: ['in'] });
  const cb = b.s2s(gatewayId, s, { name: 'to-b', ingressNatRuleIds: ['in'] });
  return { b, gatewayId, a, s, ca, cb };
}

describe('nat/ingress-shared', () => {
  it('fires on one ingress rule linked towards two different networks', () => {
    const { b, ca, cb, a, s } = design(['192.168.1.0/24'], ['192.168.1.0/24', '192.168.9.0/24']);
    const [d, ...rest] = findings(b.build(), 'nat/ingress-shared');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: ['in', ca, cb].sort() });
    expect(d!.data).toMatchObject({ ruleId: 'in', siteIds: [a, s], networks: 2 });
  });

  it('does not fire for two devices of the same network (identical prefixes, in any order)', () => {
    const { b } = design(['192.168.1.0/24', '192.168.9.0/24'], ['192.168.9.0/24', '192.168.1.0/24']);
    expect(findings(b.build(), 'nat/ingress-shared')).toEqual([]);
  });

  it('does not fire for two connections to the same site', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
      name: 'gw',
      natRules: [{ id: 'in', name: 'in', mode: 'IngressSnat', internalMappings: ['192.168.1.0/24'], externalMappings: ['100.64.1.0/24'] }],
    });
    const s = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    b.s2s(gatewayId, s, { name: 'c1', ingressNatRuleIds: ['in'] });
    b.s2s(gatewayId, s, { name: 'c2', ingressNatRuleIds: ['in'] });
    expect(findings(b.build(), 'nat/ingress-shared')).toEqual([]);
  });

  it('leaves out a site without any prefixes', () => {
    const { b } = design(['192.168.1.0/24'], []);
    expect(findings(b.build(), 'nat/ingress-shared')).toEqual([]);
  });
});
