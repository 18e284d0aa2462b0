import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

type RuleIn = { id: string; name: string; mode: 'IngressSnat' | 'EgressSnat'; internalMappings: string[]; externalMappings: string[] };
const ingress = (id: string, internal: string, external: string): RuleIn => ({ id, name: id, mode: 'IngressSnat', internalMappings: [internal], externalMappings: [external] });
const egress = (id: string, internal: string, external: string): RuleIn => ({ id, name: id, mode: 'EgressSnat', internalMappings: [internal], externalMappings: [external] });

function design(sitePrefixes: string[], rules: RuleIn[], link: { ingress?: string[]; egress?: string[] }) {
  const b = new DesignBuilder();
  const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', natRules: rules });
  const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: sitePrefixes });
  const c = b.s2s(gatewayId, site, { name: 'to-branch', ingressNatRuleIds: link.ingress ?? [], egressNatRuleIds: link.egress ?? [] });
  return { b, vnetId, gatewayId, site, c };
}

describe('nat/untranslated-prefix', () => {
  it('warns on a site prefix that no linked ingress rule covers, naming it', () => {
    const { b, c, site } = design(['10.0.1.0/24', '10.0.2.0/25'], [ingress('in1', '10.0.1.0/24', '192.168.1.0/24')], { ingress: ['in1'] });
    const [d, ...rest] = findings(b.build(), 'nat/untranslated-prefix');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [c, site].sort(), detail: 'ingress' });
    expect(d!.data).toMatchObject({ prefixes: ['10.0.2.0/25'], partial: false });
    expect(d!.message).toContain('10.0.2.0/25');
  });

  it('reports the untranslated parts of a partly covered prefix', () => {
    const { b } = design(['10.0.0.0/22'], [ingress('in1', '10.0.1.0/24', '192.168.1.0/24')], { ingress: ['in1'] });
    const [d] = findings(b.build(), 'nat/untranslated-prefix');
    expect(d!.data).toMatchObject({ prefixes: ['10.0.0.0/22'], untranslated: ['10.0.0.0/24', '10.0.2.0/23'], partial: true });
  });

  it('warns on a transit spoke that the egress rules leave untranslated', () => {
    const { b, vnetId, c } = design(['192.168.0.0/24'], [egress('out', '10.0.0.0/16', '100.65.0.0/16')], { egress: ['out'] });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
    b.peering(vnetId, spoke, { name: 'p', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
    const [d, ...rest] = findings(b.build(), 'nat/untranslated-prefix');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [c, spoke].sort(), detail: 'egress' });
    expect(d!.data).toMatchObject({ prefixes: ['10.1.0.0/16'] });
  });

  it('does not warn when every prefix of a NATed side is covered', () => {
    const rules = [ingress('in1', '10.0.1.0/24', '192.168.1.0/24'), ingress('in2', '10.0.2.0/25', '192.168.2.0/25')];
    const { b } = design(['10.0.1.0/24', '10.0.2.0/25'], rules, { ingress: ['in1', 'in2'] });
    expect(findings(b.build(), 'nat/untranslated-prefix')).toEqual([]);
  });

  it('does not judge a direction without rules (the VNet side here)', () => {
    const { b } = design(['10.0.1.0/24'], [ingress('in1', '10.0.1.0/24', '192.168.1.0/24')], { ingress: ['in1'] });
    expect(findings(b.build(), 'nat/untranslated-prefix')).toEqual([]);
  });

  it('reports 8,000 copies of one uncovered prefix once, next to a covered prefix repeated as often', () => {
    const copies = (p: string) => Array.from({ length: 8_000 }, () => p);
    const { b, c, site } = design([...copies('10.0.1.0/24'), ...copies('10.0.2.0/25')], [ingress('in1', '10.0.1.0/24', '192.168.1.0/24')], { ingress: ['in1'] });
    const [d, ...rest] = findings(b.build(), 'nat/untranslated-prefix');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [c, site].sort(), detail: 'ingress' });
    expect(d!.data).toMatchObject({ prefixes: ['10.0.2.0/25'], untranslated: ['10.0.2.0/25'], partial: false });
  });
});
