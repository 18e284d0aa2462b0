import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/design-index';
import type { NatRule, SiteToSiteConnection } from '../model/types';
import { toPrefix, toPrefixes } from '../net/prefix';
import { DesignBuilder } from '../testing/builders';
import { findings } from '../testing/expect';
import { applySnat, connectionNatView, linkedNatRules, natMapping, natTable, subtractPrefixes } from './nat-translation';

const rule = (r: Partial<NatRule> & Pick<NatRule, 'id' | 'mode'>): NatRule => ({
  name: r.id,
  type: 'Static',
  internalMappings: [],
  externalMappings: [],
  ...r,
});
const texts = (ps: readonly { text: string }[]) => ps.map((p) => p.text);

describe('subtractPrefixes', () => {
  it('cuts a hole out of a prefix as CIDR blocks in address order', () => {
    expect(texts(subtractPrefixes(toPrefix('10.0.0.0/22')!, [toPrefix('10.0.1.0/24')!]))).toEqual(['10.0.0.0/24', '10.0.2.0/23']);
  });

  it('returns nothing when a hole covers the prefix, and the prefix when no hole touches it', () => {
    expect(subtractPrefixes(toPrefix('10.0.1.0/24')!, [toPrefix('10.0.0.0/16')!])).toEqual([]);
    expect(texts(subtractPrefixes(toPrefix('10.0.1.0/24')!, [toPrefix('10.9.0.0/16')!]))).toEqual(['10.0.1.0/24']);
  });
});

describe('applySnat', () => {
  const static24 = rule({ id: 'r1', mode: 'IngressSnat', internalMappings: ['10.0.1.0/24'], externalMappings: ['100.64.1.0/24'] });

  it('translates a prefix inside a static rule keeping the host part', () => {
    const r = applySnat(toPrefixes(['10.0.1.128/25']), [static24]);
    expect(texts(r.seen)).toEqual(['100.64.1.128/25']);
    expect(r.untranslated).toEqual([]);
    expect(r.byPrefix[0]).toMatchObject({ coverage: 'full', ruleIds: ['r1'] });
  });

  it('maps a prefix inside a dynamic rule onto the whole external pool', () => {
    const dyn = rule({ id: 'd', type: 'Dynamic', mode: 'IngressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.64.0.0/26'] });
    expect(texts(applySnat(toPrefixes(['10.0.5.0/24']), [dyn]).seen)).toEqual(['100.64.0.0/26']);
  });

  it('translates the covered part of a larger prefix and keeps the rest as it is', () => {
    const r = applySnat(toPrefixes(['10.0.0.0/22']), [static24]);
    expect(texts(r.seen)).toEqual(['100.64.1.0/24', '10.0.0.0/24', '10.0.2.0/23']);
    expect(texts(r.remainder)).toEqual(['10.0.0.0/24', '10.0.2.0/23']);
    expect(texts(r.untranslated)).toEqual(['10.0.0.0/22']);
    expect(r.byPrefix[0]!.coverage).toBe('partial');
  });

  it('counts a prefix as fully translated when several rules cover all of its parts', () => {
    const lo = rule({ id: 'lo', mode: 'IngressSnat', internalMappings: ['10.0.0.0/25'], externalMappings: ['100.64.0.0/25'] });
    const hi = rule({ id: 'hi', mode: 'IngressSnat', internalMappings: ['10.0.0.128/25'], externalMappings: ['100.64.7.128/25'] });
    const r = applySnat(toPrefixes(['10.0.0.0/24']), [lo, hi]);
    expect(texts(r.seen)).toEqual(['100.64.0.0/25', '100.64.7.128/25']);
    expect(r.untranslated).toEqual([]);
    expect(r.byPrefix[0]).toMatchObject({ coverage: 'full', ruleIds: ['lo', 'hi'] });
  });

  it('prefers the most specific rule that contains a prefix', () => {
    const wide = rule({ id: 'wide', mode: 'IngressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['172.16.0.0/16'] });
    const r = applySnat(toPrefixes(['10.0.1.0/24']), [wide, static24]);
    expect(texts(r.seen)).toEqual(['100.64.1.0/24']);
  });

  it('leaves prefixes untouched when no rule covers them or a rule is one Azure refuses', () => {
    const bad = rule({ id: 'bad', mode: 'IngressSnat', internalMappings: ['10.0.2.0/24'], externalMappings: ['100.64.2.0/25'] });
    const r = applySnat(toPrefixes(['10.0.2.0/24', '192.168.0.0/24']), [bad, static24]);
    expect(texts(r.seen)).toEqual(['10.0.2.0/24', '192.168.0.0/24']);
    expect(texts(r.untranslated)).toEqual(['10.0.2.0/24', '192.168.0.0/24']);
  });

  it('gives the same answer through the sweep as through direct comparison on large inputs', () => {
    const many = Array.from({ length: 300 }, (_, i) => `10.0.${i % 256}.${i >= 256 ? 128 : 0}/25`);
    const rules = [static24, rule({ id: 'big', type: 'Dynamic', mode: 'IngressSnat', internalMappings: ['10.0.128.0/17'], externalMappings: ['100.64.9.0/26'] })];
    const swept = applySnat(toPrefixes(many), rules);
    const direct = toPrefixes(many).map((p) => applySnat([p], rules).byPrefix[0]);
    expect(swept.byPrefix).toEqual(direct);
    expect(swept.byPrefix.filter((t) => t.coverage === 'full')).toHaveLength(2 + 128);
  });

  it('returns the input unchanged with no rules', () => {
    const r = applySnat(toPrefixes(['10.0.0.0/16']), []);
    expect(texts(r.seen)).toEqual(['10.0.0.0/16']);
    expect(texts(r.untranslated)).toEqual(['10.0.0.0/16']);
  });
});

function natDesign() {
  const b = new DesignBuilder();
  const { vnetId, gatewayId } = b.hub(
    { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
    {
      name: 'hub-gw',
      natRules: [
        { id: 'in', name: 'in', mode: 'IngressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.64.0.0/16'] },
        { id: 'out', name: 'out', mode: 'EgressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.65.0.0/16'] },
      ],
    },
  );
  const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
  b.peering(vnetId, spoke, { name: 'hub-spoke', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
  const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['10.0.0.0/16', '192.168.5.0/24'] });
  const c = b.s2s(gatewayId, site, { name: 'to-branch', ingressNatRuleIds: ['in'], egressNatRuleIds: ['out', 'missing'] });
  const index = indexDesign(b.build());
  return { index, conn: index.connectionById.get(c) as SiteToSiteConnection, vnetId, spoke, site, gatewayId };
}

describe('linkedNatRules and natTable', () => {
  it('resolves only rules of the connection gateway and lists them ingress first', () => {
    const { index, conn } = natDesign();
    const linked = linkedNatRules(index, conn);
    expect(linked.ingress.map((r) => r.id)).toEqual(['in']);
    expect(linked.egress.map((r) => r.id)).toEqual(['out']);
    expect(natTable(index, conn)).toEqual([
      { ruleId: 'in', ruleName: 'in', type: 'Static', mode: 'IngressSnat', linkedAs: 'ingress', internal: '10.0.0.0/16', external: '100.64.0.0/16' },
      { ruleId: 'out', ruleName: 'out', type: 'Static', mode: 'EgressSnat', linkedAs: 'egress', internal: '10.0.0.0/16', external: '100.65.0.0/16' },
    ]);
  });
});

describe('connectionNatView', () => {
  it('gives both sides before and after NAT, with transit spokes on the Azure side', () => {
    const { index, conn, vnetId, spoke, site } = natDesign();
    const view = connectionNatView(index, conn);
    expect(view.rows).toHaveLength(2);
    expect(view.azureSide.pre).toEqual(['10.0.0.0/16', '10.1.0.0/16']);
    expect(view.azureSide.post).toEqual(['100.65.0.0/16', '10.1.0.0/16']);
    expect(view.azureSide.untranslated).toEqual(['10.1.0.0/16']);
    expect(view.azureSide.mappings.map((m) => m.ownerId)).toEqual([vnetId, spoke]);
    expect(view.onPremSide.pre).toEqual(['10.0.0.0/16', '192.168.5.0/24']);
    expect(view.onPremSide.post).toEqual(['100.64.0.0/16', '192.168.5.0/24']);
    expect(view.onPremSide.mappings[0]).toEqual({ ownerId: site, pre: '10.0.0.0/16', post: ['100.64.0.0/16'], ruleIds: ['in'], coverage: 'full' });
  });

  it('shows identical pre and post spaces for a connection without NAT', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
    const id = b.s2s(gatewayId, site, { name: 'c' });
    const index = indexDesign(b.build());
    const view = connectionNatView(index, index.connectionById.get(id) as SiteToSiteConnection);
    expect(view.rows).toEqual([]);
    expect(view.azureSide.post).toEqual(view.azureSide.pre);
    expect(view.onPremSide.post).toEqual(['192.168.0.0/24']);
  });
});

describe('rules Azure refuses or ignores', () => {
  it('ignores IPv6 rules and Dynamic rules whose external pool is larger than /26 (natMapping)', () => {
    const v6 = rule({ id: 'v6', mode: 'IngressSnat', internalMappings: ['fd00:1::/48'], externalMappings: ['fd00:2::/48'] });
    const wideDyn = rule({ id: 'dyn', type: 'Dynamic', mode: 'IngressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.64.0.0/25'] });
    const okDyn = rule({ id: 'ok', type: 'Dynamic', mode: 'IngressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.64.0.0/26'] });
    expect(natMapping(v6)).toBeUndefined();
    expect(natMapping(wideDyn)).toBeUndefined();
    expect(natMapping(okDyn)?.external.text).toBe('100.64.0.0/26');
    const r = applySnat(toPrefixes(['fd00:1::/48', '10.0.1.0/24']), [v6, wideDyn]);
    expect(texts(r.seen)).toEqual(['fd00:1::/48', '10.0.1.0/24']);
    expect(r.byPrefix.map((t) => t.coverage)).toEqual(['none', 'none']);
  });

  function overlapDesign(o: { sku?: string; policyBased?: boolean; space?: string; inRule?: Partial<NatRule>; outRule?: Partial<NatRule> }) {
    const space = o.space ?? '10.0.0.0/16';
    const v6 = space.includes(':');
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub(
      { name: 'hub', addressSpace: [space, ...(v6 ? ['10.9.0.0/16'] : [])], gatewaySubnet: v6 ? '10.9.255.0/27' : '10.0.255.0/27' },
      {
        name: 'hub-gw',
        sku: o.sku ?? 'VpnGw2AZ',
        natRules: [
          { id: 'in', name: 'in', mode: 'IngressSnat', internalMappings: [space], externalMappings: [v6 ? 'fd00:2::/48' : '100.64.0.0/16'], ...o.inRule },
          { id: 'out', name: 'out', mode: 'EgressSnat', internalMappings: [space], externalMappings: [v6 ? 'fd00:3::/48' : '100.65.0.0/16'], ...o.outRule },
        ],
      },
    );
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: [space] });
    const c = b.s2s(gatewayId, site, { name: 'to-branch', usePolicyBasedTrafficSelectors: o.policyBased ?? false, ingressNatRuleIds: ['in'], egressNatRuleIds: ['out'] });
    return { doc: b.build(), vnetId, site, c };
  }
  const overlapPairs = (doc: ReturnType<typeof overlapDesign>['doc']) => findings(doc, 'address/overlap').map((d) => [...d.elementIds].sort());

  it('near miss: valid IPv4 NAT on a NAT SKU translates the overlap away', () => {
    expect(overlapPairs(overlapDesign({}).doc)).toEqual([]);
  });

  it('still reports the overlap when both sides are IPv6 and only IPv6 NAT rules "translate" them', () => {
    const { doc, vnetId, site } = overlapDesign({ space: 'fd00:1::/48' });
    expect(overlapPairs(doc)).toContainEqual([vnetId, site].sort());
  });

  it('still reports the overlap on a gateway SKU without NAT (VpnGw1AZ)', () => {
    const { doc, vnetId, site } = overlapDesign({ sku: 'VpnGw1AZ' });
    expect(overlapPairs(doc)).toContainEqual([vnetId, site].sort());
  });

  it('still reports the overlap on a connection with policy-based traffic selectors', () => {
    const { doc, vnetId, site } = overlapDesign({ policyBased: true });
    expect(overlapPairs(doc)).toContainEqual([vnetId, site].sort());
  });

  it('still reports the overlap when the ingress rule is Dynamic with a pool larger than /26', () => {
    const { doc, vnetId, site } = overlapDesign({ inRule: { type: 'Dynamic', externalMappings: ['100.64.0.0/24'] } });
    expect(overlapPairs(doc)).toContainEqual([vnetId, site].sort());
  });

  it('links no rules for translation where Azure applies no NAT, while the table still lists them', () => {
    for (const o of [{ sku: 'VpnGw1AZ' }, { policyBased: true }]) {
      const { doc, c } = overlapDesign(o);
      const index = indexDesign(doc);
      const conn = index.connectionById.get(c) as SiteToSiteConnection;
      expect(linkedNatRules(index, conn)).toEqual({ ingress: [], egress: [] });
      expect(linkedNatRules(index, conn, { asWritten: true }).ingress.map((r) => r.id)).toEqual(['in']);
      expect(natTable(index, conn).map((r) => r.ruleId)).toEqual(['in', 'out']);
      const view = connectionNatView(index, conn);
      expect(view.inactive).toBe(o.sku ? 'sku' : 'policy-based-selectors');
      expect(view.onPremSide.post).toEqual(['10.0.0.0/16']);
      expect(view.azureSide.post).toEqual(['10.0.0.0/16']);
    }
  });
});

describe('applySnat with many repeated prefixes', () => {
  it('translates 8,000 copies of one prefix, and a partly covered one, with one result per input', () => {
    const lo = rule({ id: 'lo', mode: 'IngressSnat', internalMappings: ['10.0.0.0/25'], externalMappings: ['100.64.0.0/25'] });
    const input = [...Array.from({ length: 8_000 }, () => '10.0.0.0/25'), '10.0.0.0/24', ...Array.from({ length: 8_000 }, () => '10.0.0.0/24')];
    const r = applySnat(toPrefixes(input), [lo, { ...lo, id: 'lo-2' }]);
    expect(r.byPrefix).toHaveLength(16_001);
    expect(r.byPrefix[0]).toMatchObject({ coverage: 'full', ruleIds: ['lo'] });
    expect(r.byPrefix[7_999]!.post.map((p) => p.text)).toEqual(['100.64.0.0/25']);
    expect(r.byPrefix[8_000]).toMatchObject({ coverage: 'partial', ruleIds: ['lo', 'lo-2'] });
    expect(r.byPrefix[16_000]!.remainder.map((p) => p.text)).toEqual(['10.0.0.128/25']);
    expect(r.untranslated).toHaveLength(8_001);
    expect(new Set(r.seen.map((p) => p.text))).toEqual(new Set(['100.64.0.0/25', '10.0.0.128/25']));
  });

  it('handles thousands of rules sharing one internal mapping (the first listed wins)', () => {
    const rules = Array.from({ length: 1_000 }, (_, i) =>
      rule({ id: `r${i}`, mode: 'IngressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: [`100.${64 + (i % 2)}.0.0/16`] }),
    );
    const input = toPrefixes(Array.from({ length: 5_000 }, (_, i) => `10.0.${i % 256}.0/24`));
    const r = applySnat(input, rules);
    expect(r.byPrefix.every((t) => t.coverage === 'full' && t.ruleIds.length === 1 && t.ruleIds[0] === 'r0')).toBe(true);
    expect(r.byPrefix[5]!.post.map((p) => p.text)).toEqual(['100.64.5.0/24']);
    // A prefix containing the rules' internal mapping lists every rule and each distinct external once.
    const whole = applySnat(toPrefixes(['10.0.0.0/8']), rules).byPrefix[0]!;
    expect(whole.ruleIds).toHaveLength(1_000);
    expect(whole.post.map((p) => p.text)).toEqual(['100.64.0.0/16', '100.65.0.0/16', '10.1.0.0/16', '10.2.0.0/15', '10.4.0.0/14', '10.8.0.0/13', '10.16.0.0/12', '10.32.0.0/11', '10.64.0.0/10', '10.128.0.0/9']);
  });
});
