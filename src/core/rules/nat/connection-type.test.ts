import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const rules = [
  { id: 'in', name: 'in', mode: 'IngressSnat' as const, internalMappings: ['192.168.0.0/24'], externalMappings: ['100.64.0.0/24'] },
  { id: 'out', name: 'out', mode: 'EgressSnat' as const, internalMappings: ['10.0.0.0/16'], externalMappings: ['100.65.0.0/16'] },
];

function base() {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', natRules: rules });
  const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
  return { b, gatewayId, site };
}

describe('nat/connection-type', () => {
  it('fires on a NAT connection that uses policy-based traffic selectors', () => {
    const { b, gatewayId, site } = base();
    const c = b.s2s(gatewayId, site, { name: 'c', usePolicyBasedTrafficSelectors: true, ingressNatRuleIds: ['in'] });
    const [d, ...rest] = findings(b.build(), 'nat/connection-type');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c, 'in'].sort(), detail: 'policy-based-selectors' });
  });

  it('fires on a linked rule id that does not exist', () => {
    const { b, gatewayId, site } = base();
    const c = b.s2s(gatewayId, site, { name: 'c', ingressNatRuleIds: ['nope'] });
    const [d] = findings(b.build(), 'nat/connection-type');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c, gatewayId].sort(), detail: 'foreign-rule' });
    expect(d!.data).toMatchObject({ ruleId: 'nope', reason: 'missing' });
  });

  it("fires on a linked rule of another gateway", () => {
    const { b, gatewayId, site } = base();
    const { gatewayId: other } = b.hub({ name: 'hub2', addressSpace: ['10.9.0.0/16'], gatewaySubnet: '10.9.255.0/27' }, {
      name: 'gw2',
      natRules: [{ id: 'theirs', name: 'theirs', mode: 'IngressSnat', internalMappings: ['192.168.0.0/24'], externalMappings: ['100.66.0.0/24'] }],
    });
    const c = b.s2s(gatewayId, site, { name: 'c', ingressNatRuleIds: ['theirs'] });
    const [d] = findings(b.build(), 'nat/connection-type');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c, 'theirs', other].sort(), detail: 'foreign-rule' });
    expect(d!.data).toMatchObject({ reason: 'other-gateway', ruleGatewayId: other });
  });

  it('fires on a rule linked against its mode and offers to move it', () => {
    const { b, gatewayId, site } = base();
    const c = b.s2s(gatewayId, site, { name: 'c', ingressNatRuleIds: ['out'] });
    const doc = b.build();
    const [d] = findings(doc, 'nat/connection-type');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c, 'out'].sort(), detail: 'direction' });
    expect(d!.data).toMatchObject({ mode: 'EgressSnat', linkedAs: 'ingress' });
    const fixed = d!.fix!.autofix!.apply(doc);
    const conn = fixed.connections.find((x) => x.id === c)!;
    expect(conn).toMatchObject({ ingressNatRuleIds: [], egressNatRuleIds: ['out'] });
    expect(doc.connections.find((x) => x.id === c)).toMatchObject({ ingressNatRuleIds: ['out'] });
    expect(findings(fixed, 'nat/connection-type')).toEqual([]);
  });

  it('does not fire on correctly linked rules, nor on NAT rules of a gateway with only VNet-to-VNet links', () => {
    const { b, gatewayId, site } = base();
    b.s2s(gatewayId, site, { name: 'c', ingressNatRuleIds: ['in'], egressNatRuleIds: ['out'] });
    const { gatewayId: g2 } = b.hub({ name: 'hub2', addressSpace: ['10.9.0.0/16'], gatewaySubnet: '10.9.255.0/27' }, { name: 'gw2', natRules: [] });
    b.v2v(gatewayId, g2, { sharedKey: 'abc' });
    expect(findings(b.build(), 'nat/connection-type')).toEqual([]);
  });

  it('does not fire on policy-based traffic selectors without NAT', () => {
    const { b, gatewayId, site } = base();
    b.s2s(gatewayId, site, { name: 'c', usePolicyBasedTrafficSelectors: true });
    expect(findings(b.build(), 'nat/connection-type')).toEqual([]);
  });
});
