import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/design-index';
import type { NatRule, SiteToSiteConnection } from '../model/types';
import { toPrefix, toPrefixes } from '../net/prefix';
import { DesignBuilder } from '../testing/builders';
import { applySnat, connectionNatView, linkedNatRules, natTable, subtractPrefixes } from './nat-translation';

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
