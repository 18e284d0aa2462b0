import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary, TEST_TODAY } from '../../testing/expect';
import { createContext } from '../validate';
import externalOverlap from './external-overlap';

type Mode = 'IngressSnat' | 'EgressSnat';
const r = (id: string, mode: Mode, internal: string, external: string) => ({ id, name: id, mode, internalMappings: [internal], externalMappings: [external] });

function hub(rules: ReturnType<typeof r>[]) {
  const b = new DesignBuilder();
  const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', natRules: rules });
  const site = (name: string, prefixes: string[], ip: string, link: { ingress?: string[]; egress?: string[] } = {}) => {
    const s = b.site({ name, gatewayIpAddress: ip, addressPrefixes: prefixes });
    const c = b.s2s(gatewayId, s, { name: `to-${name}`, ingressNatRuleIds: link.ingress ?? [], egressNatRuleIds: link.egress ?? [] });
    return { s, c };
  };
  return { b, vnetId, gatewayId, site };
}

describe('nat/external-overlap', () => {
  it('fires when the external mappings of two ingress rules overlap', () => {
    const { b, gatewayId, site } = hub([r('in-a', 'IngressSnat', '192.168.1.0/24', '100.64.1.0/24'), r('in-b', 'IngressSnat', '192.168.0.0/16', '100.64.0.0/16')]);
    site('a', ['192.168.1.0/24'], '203.0.113.1', { ingress: ['in-a'] });
    site('b', ['192.168.0.0/16'], '203.0.113.2', { ingress: ['in-b'] });
    const [d, ...rest] = findings(b.build(), 'nat/external-overlap');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: ['in-a', 'in-b', gatewayId].sort(), detail: 'externals' });
    expect([d!.data?.prefix, d!.data?.otherPrefix].sort()).toEqual(['100.64.0.0/16', '100.64.1.0/24']);
  });

  it('fires when an external mapping lands on a transit spoke', () => {
    const { b, vnetId, gatewayId, site } = hub([r('in-a', 'IngressSnat', '192.168.1.0/24', '10.1.5.0/24')]);
    site('a', ['192.168.1.0/24'], '203.0.113.1', { ingress: ['in-a'] });
    const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
    b.peering(vnetId, spoke, { name: 'p', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
    const [d, ...rest] = findings(b.build(), 'nat/external-overlap');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: ['in-a', spoke, gatewayId].sort(), detail: 'network' });
    expect(d!.data).toMatchObject({ prefix: '10.1.5.0/24', ownerId: spoke, ownerKind: 'vnet', ownerPrefix: '10.1.0.0/16' });
  });

  it('fires when an external mapping overlaps a site connected without NAT', () => {
    const { b, site } = hub([r('in-a', 'IngressSnat', '192.168.1.0/24', '172.16.1.0/24')]);
    site('a', ['192.168.1.0/24'], '203.0.113.1', { ingress: ['in-a'] });
    const { s } = site('plain', ['172.16.0.0/20'], '203.0.113.3');
    const [d] = findings(b.build(), 'nat/external-overlap');
    expect(d!.detail).toBe('network');
    expect(d!.data).toMatchObject({ ownerId: s, ownerKind: 'site' });
  });

  it('fires when an egress external overlaps an ingress external', () => {
    const { b, site } = hub([r('in-a', 'IngressSnat', '10.0.0.0/16', '100.64.0.0/16'), r('out', 'EgressSnat', '10.0.0.0/16', '100.64.0.0/16')]);
    site('a', ['10.0.0.0/16'], '203.0.113.1', { ingress: ['in-a'], egress: ['out'] });
    const [d] = findings(b.build(), 'nat/external-overlap');
    expect(d!.detail).toBe('externals');
  });

  it('fires on two egress rules with overlapping externals on the same connection', () => {
    const { b, site } = hub([r('out-1', 'EgressSnat', '10.0.0.0/17', '100.65.0.0/17'), r('out-2', 'EgressSnat', '10.0.128.0/17', '100.65.0.0/17')]);
    site('a', ['192.168.0.0/24'], '203.0.113.1', { egress: ['out-1', 'out-2'] });
    expect(findings(b.build(), 'nat/external-overlap').map((d) => d.detail)).toEqual(['externals']);
  });

  it('does not fire on egress rules sharing an external range on different connections', () => {
    const { b, site } = hub([r('out-1', 'EgressSnat', '10.0.0.0/16', '100.65.0.0/16'), r('out-2', 'EgressSnat', '10.0.0.0/16', '100.65.0.0/16')]);
    site('a', ['192.168.0.0/24'], '203.0.113.1', { egress: ['out-1'] });
    site('b', ['192.168.1.0/24'], '203.0.113.2', { egress: ['out-2'] });
    expect(findings(b.build(), 'nat/external-overlap')).toEqual([]);
  });

  it('does not fire on two identical ingress rules towards two devices of the same network', () => {
    const { b, site } = hub([r('in-1', 'IngressSnat', '192.168.1.0/24', '100.64.1.0/24'), r('in-2', 'IngressSnat', '192.168.1.0/24', '100.64.1.0/24')]);
    site('dev-1', ['192.168.1.0/24'], '203.0.113.1', { ingress: ['in-1'] });
    site('dev-2', ['192.168.1.0/24'], '203.0.113.2', { ingress: ['in-2'] });
    expect(findings(b.build(), 'nat/external-overlap')).toEqual([]);
  });

  it('does not fire on distinct external ranges for overlapping branches', () => {
    const { b, site } = hub([r('in-a', 'IngressSnat', '192.168.1.0/24', '100.64.1.0/24'), r('in-b', 'IngressSnat', '192.168.1.0/24', '100.64.2.0/24')]);
    site('a', ['192.168.1.0/24'], '203.0.113.1', { ingress: ['in-a'] });
    site('b', ['192.168.1.0/24'], '203.0.113.2', { ingress: ['in-b'] });
    expect(findings(b.build(), 'nat/external-overlap')).toEqual([]);
  });

  it('does not count a rule that no connection links', () => {
    const { b } = hub([r('idle', 'IngressSnat', '192.168.1.0/24', '10.0.1.0/24')]);
    expect(findings(b.build(), 'nat/external-overlap')).toEqual([]);
  });

  it('judges an external against 4,000 sites that share one untranslated prefix, reporting each site once', () => {
    const rules = [r('in-a', 'IngressSnat', '192.168.1.0/24', '100.64.1.0/24'), r('in-b', 'IngressSnat', '192.168.2.0/24', '172.16.0.0/24')];
    const build = (links: string[]) => {
      const { b, site } = hub(rules);
      site('a', ['192.168.1.0/24'], '198.51.100.1', { ingress: links });
      const plain = Array.from({ length: 4_000 }, (_, i) => site(`p${i}`, ['172.16.0.0/24', '172.16.0.0/24'], `203.0.${Math.floor(i / 250)}.${(i % 250) + 1}`).s);
      return { doc: b.build(), plain };
    };
    // This rule alone: address/overlap rightly reports the 4,000 × 4,000 site pairs of such a design.
    const run = (doc: ReturnType<typeof build>['doc']) => [...externalOverlap.check(createContext(doc, { today: TEST_TODAY }))];
    expect(run(build(['in-a']).doc)).toEqual([]);
    const { doc, plain } = build(['in-b']);
    const list = run(doc);
    expect(list).toHaveLength(4_000);
    expect(new Set(list.map((d) => d.data?.ownerId))).toEqual(new Set(plain));
    expect(list.every((d) => d.detail === 'network' && d.data?.ruleId === 'in-b' && d.data?.ownerPrefix === '172.16.0.0/24')).toBe(true);
  });

  it('does not hold a site\'s own translated range against its gateway\'s rule, even repeated', () => {
    const { b, site } = hub([r('in-a', 'IngressSnat', '192.168.1.0/24', '100.64.1.0/24')]);
    site('a', ['192.168.1.0/24', '192.168.1.0/24'], '203.0.113.1', { ingress: ['in-a'] });
    expect(findings(b.build(), 'nat/external-overlap')).toEqual([]);
  });
});
