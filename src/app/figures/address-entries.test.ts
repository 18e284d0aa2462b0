import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../core/testing/builders';
import { loadExamples } from '../../core/testing/examples';
import { addressEntries, type AddressEntry } from './address-entries';

const byKey = (entries: readonly AddressEntry[], ownerId: string, prefix: string) => entries.find((e) => e.ownerId === ownerId && e.prefix.text === prefix);
const example = (name: string) => loadExamples().find((e) => e.name === name)!.doc;

/** A hub gateway with two branch sites of the same prefix, with or without an IngressSNAT rule per branch. */
function twoBranches(withNat: boolean) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub(
    { id: 'hub', name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
    {
      id: 'gw',
      name: 'gw',
      sku: 'VpnGw2AZ',
      natRules: withNat
        ? [
            { id: 'nat-a', name: 'nat-a', mode: 'IngressSnat', internalMappings: ['192.168.1.0/24'], externalMappings: ['100.64.1.0/24'] },
            { id: 'nat-b', name: 'nat-b', mode: 'IngressSnat', internalMappings: ['192.168.1.0/24'], externalMappings: ['100.64.1.0/24'] },
          ]
        : [],
    },
  );
  b.site({ id: 'a', name: 'branch-a', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
  b.site({ id: 'b', name: 'branch-b', gatewayIpAddress: '203.0.113.2', addressPrefixes: ['192.168.1.0/24'] });
  b.s2s(gatewayId, 'a', { id: 'cn-a', name: 'cn-a', sharedKey: 'abcdefghij', ...(withNat ? { ingressNatRuleIds: ['nat-a'] } : {}) });
  b.s2s(gatewayId, 'b', { id: 'cn-b', name: 'cn-b', sharedKey: 'abcdefghij', ...(withNat ? { ingressNatRuleIds: ['nat-b'] } : {}) });
  return b.build();
}

describe('address map entries', () => {
  it('lists every readable prefix of VNets, sites, P2S pools and NAT external mappings, named by owner', () => {
    const doc = example('hub-two-branches-p2s');
    const entries = addressEntries(doc);
    const expected = [
      ...doc.vnets.flatMap((v) => v.addressSpace.map((p) => `${v.id} ${p}`)),
      ...doc.sites.flatMap((s) => s.addressPrefixes.map((p) => `${s.id} ${p}`)),
      ...doc.p2sConfigurations.flatMap((p) => p.addressPool.map((x) => `${p.id} ${x}`)),
    ];
    expect(entries.map((e) => `${e.ownerId} ${e.prefix.text}`).sort()).toEqual(expected.sort());
    const site = doc.sites[0]!;
    expect(byKey(entries, site.id, site.addressPrefixes[0]!)).toMatchObject({ ownerKind: 'site', ownerName: site.name, overlap: 'none' });
  });

  it('marks branches that overlap after NAT (no NAT: they reach each other through the hub) with each other', () => {
    const entries = addressEntries(twoBranches(false));
    expect(byKey(entries, 'a', '192.168.1.0/24')).toMatchObject({ overlap: 'after-nat', overlapsWith: ['branch-b'] });
    expect(byKey(entries, 'b', '192.168.1.0/24')).toMatchObject({ overlap: 'after-nat', overlapsWith: ['branch-a'] });
    expect(byKey(entries, 'hub', '10.0.0.0/16')!.overlap).toBe('none');
  });

  it('marks branches that NAT keeps apart as overlapping before NAT only', () => {
    const doc = example('overlapping-branches-nat');
    const entries = addressEntries(doc);
    const [a, b] = doc.sites;
    expect(byKey(entries, a!.id, '192.168.1.0/24')).toMatchObject({ overlap: 'before-nat', overlapsWith: [b!.name] });
    const natEntries = entries.filter((e) => e.ownerKind === 'nat');
    expect(natEntries.map((e) => e.prefix.text).sort()).toEqual(['100.64.1.0/24', '100.64.2.0/24']);
    expect(natEntries.every((e) => e.overlap === 'none')).toBe(true);
  });

  it('marks the NAT external mapping that two branches are both translated into as the overlap after NAT', () => {
    const entries = addressEntries(twoBranches(true));
    const nat = entries.filter((e) => e.ownerKind === 'nat');
    expect(nat.length).toBe(2);
    for (const e of nat) expect(e.overlap).toBe('after-nat');
    expect(byKey(entries, 'a', '192.168.1.0/24')!.overlap).toBe('before-nat');
  });

  it('does not count an element overlapping itself', () => {
    const b = new DesignBuilder();
    b.vnet({ id: 'v', name: 'v', addressSpace: ['10.0.0.0/16', '10.0.1.0/24'] });
    expect(addressEntries(b.build()).every((e) => e.overlap === 'none')).toBe(true);
  });
});
