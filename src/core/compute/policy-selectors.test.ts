import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/design-index';
import type { SiteToSiteConnection } from '../model/types';
import { DesignBuilder } from '../testing/builders';
import { expandPolicySelectors, MAX_MATERIALIZED_PAIRS } from './policy-selectors';

function expand(b: DesignBuilder, connectionId: string) {
  const doc = b.build();
  const index = indexDesign(doc);
  return expandPolicySelectors(index, index.connectionById.get(connectionId) as SiteToSiteConnection);
}

describe('expandPolicySelectors', () => {
  it('pairs every site prefix with every prefix of the gateway VNet (the FAQ example)', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['192.168.0.0/16', '172.16.0.0/16'], gatewaySubnet: '192.168.255.0/27' }, { name: 'gw' });
    const s = b.site({ name: 'dc', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['10.1.0.0/16', '10.2.0.0/16'] });
    const c = b.s2s(gatewayId, s, { name: 'x', usePolicyBasedTrafficSelectors: true });
    const x = expand(b, c);
    expect(x.source).toBe('address-spaces');
    expect(x.pairs).toEqual([
      { onPrem: '10.1.0.0/16', azure: '192.168.0.0/16' },
      { onPrem: '10.1.0.0/16', azure: '172.16.0.0/16' },
      { onPrem: '10.2.0.0/16', azure: '192.168.0.0/16' },
      { onPrem: '10.2.0.0/16', azure: '172.16.0.0/16' },
    ]);
    expect(x).toMatchObject({ pairCount: 4, policyCount: 4, truncated: false });
  });

  it('expands custom selectors (remote = on-premises, local = Azure) instead of the address spaces', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw' });
    const s = b.site({ name: 'dc', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    const c = b.s2s(gatewayId, s, {
      name: 'x',
      usePolicyBasedTrafficSelectors: true,
      trafficSelectorPolicies: [
        { localAddressRanges: ['10.0.1.0/24', '10.0.2.0/24'], remoteAddressRanges: ['192.168.1.0/24'] },
        { localAddressRanges: ['10.0.3.0/24'], remoteAddressRanges: ['192.168.2.0/24'] },
      ],
    });
    const x = expand(b, c);
    expect(x.source).toBe('custom');
    expect(x.pairs).toEqual([
      { onPrem: '192.168.1.0/24', azure: '10.0.1.0/24' },
      { onPrem: '192.168.1.0/24', azure: '10.0.2.0/24' },
      { onPrem: '192.168.2.0/24', azure: '10.0.3.0/24' },
    ]);
    expect(x).toMatchObject({ pairCount: 3, policyCount: 2 });
  });

  it('never pairs IPv4 with IPv6, canonicalizes host bits and skips unreadable prefixes', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16', '2001:db8::/48'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw' });
    const s = b.site({ name: 'dc', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.5/24', '2001:db8:1::/48', 'nonsense'] });
    const c = b.s2s(gatewayId, s, { name: 'x', usePolicyBasedTrafficSelectors: true });
    const x = expand(b, c);
    expect(x.pairs).toEqual([
      { onPrem: '192.168.1.0/24', azure: '10.0.0.0/16' },
      { onPrem: '2001:db8:1::/48', azure: '2001:db8::/48' },
    ]);
    expect(x.pairCount).toBe(2);
  });

  it('caps the listed pairs but keeps the exact count', () => {
    const b = new DesignBuilder();
    const vnetPrefixes = Array.from({ length: 200 }, (_, i) => `10.${i}.0.0/16`);
    const sitePrefixes = Array.from({ length: 60 }, (_, i) => `172.16.${i}.0/24`);
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: vnetPrefixes, gatewaySubnet: '10.0.255.0/27' }, { name: 'gw' });
    const s = b.site({ name: 'dc', gatewayIpAddress: '203.0.113.1', addressPrefixes: sitePrefixes });
    const c = b.s2s(gatewayId, s, { name: 'x', usePolicyBasedTrafficSelectors: true });
    const x = expand(b, c);
    expect(x.pairCount).toBe(12_000);
    expect(x.pairs).toHaveLength(MAX_MATERIALIZED_PAIRS);
    expect(x.truncated).toBe(true);
  });

  it('expands 4,000 identical custom policies once, counting each of them exactly', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/8'], gatewaySubnet: '10.255.255.0/27' }, { name: 'gw' });
    const s = b.site({ name: 'dc', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    const local = Array.from({ length: 99 }, (_, i) => `10.${i}.0.0/16`);
    const remote = Array.from({ length: 100 }, (_, i) => `192.168.${i}.0/24`);
    // The same policy as written, and again with host bits, reordered ranges and a repeat: one canonical policy.
    const same = { localAddressRanges: local, remoteAddressRanges: remote };
    const variant = { localAddressRanges: [...local].reverse(), remoteAddressRanges: ['192.168.0.5/24', ...remote] };
    const c = b.s2s(gatewayId, s, {
      name: 'x',
      usePolicyBasedTrafficSelectors: true,
      trafficSelectorPolicies: [...Array.from({ length: 3_999 }, () => same), variant],
    });
    const x = expand(b, c);
    expect(x).toMatchObject({ source: 'custom', pairCount: 4_000 * 100 * 99, policyCount: 4_000, truncated: false });
    expect(x.pairs).toHaveLength(9_900);
    expect(x.pairs[0]).toEqual({ onPrem: '192.168.0.0/24', azure: '10.0.0.0/16' });
    expect(x.pairs[9_899]).toEqual({ onPrem: '192.168.99.0/24', azure: '10.98.0.0/16' });
  });

  it('stops looking after MAX_MATERIALIZED_PAIRS pairs when distinct policies repeat each other\'s pairs, with the exact count', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/8'], gatewaySubnet: '10.255.255.0/27' }, { name: 'gw' });
    const s = b.site({ name: 'dc', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    const local = Array.from({ length: 50 }, (_, i) => `10.${i}.0.0/16`);
    const remote = Array.from({ length: 50 }, (_, i) => `192.168.${i}.0/24`);
    // 1,000 distinct policies (one extra range each), all sharing the same 2,500 pairs.
    const policies = Array.from({ length: 1_000 }, (_, i) => ({ localAddressRanges: local, remoteAddressRanges: [...remote, `172.16.${i % 250}.${Math.floor(i / 250) * 64}/26`] }));
    const c = b.s2s(gatewayId, s, { name: 'x', usePolicyBasedTrafficSelectors: true, trafficSelectorPolicies: policies });
    const x = expand(b, c);
    expect(x.pairCount).toBe(1_000 * 51 * 50);
    expect(x.truncated).toBe(true);
    expect(x.pairs.length).toBeLessThanOrEqual(MAX_MATERIALIZED_PAIRS);
    expect(x.pairs.slice(0, 2)).toEqual([
      { onPrem: '192.168.0.0/24', azure: '10.0.0.0/16' },
      { onPrem: '192.168.0.0/24', azure: '10.1.0.0/16' },
    ]);
    // The first policy's 2,550 pairs, then one new pair (its extra range × 50) per policy looked at.
    expect(x.pairs).toContainEqual({ onPrem: '172.16.1.0/26', azure: '10.49.0.0/16' });
  });

  it('never visits pairs across families: 10,000 IPv4 against 10,000 IPv6 ranges give nothing', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/8'], gatewaySubnet: '10.255.255.0/27' }, { name: 'gw' });
    const s = b.site({ name: 'dc', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    const v4 = Array.from({ length: 10_000 }, (_, i) => `10.${i >> 8}.${i & 255}.0/24`);
    const v6 = Array.from({ length: 10_000 }, (_, i) => `2001:db8:${i.toString(16)}::/48`);
    const c = b.s2s(gatewayId, s, {
      name: 'x',
      usePolicyBasedTrafficSelectors: true,
      trafficSelectorPolicies: [{ localAddressRanges: v6, remoteAddressRanges: [...v4, '2001:db8:ffff::/48'] }],
    });
    const x = expand(b, c);
    expect(x.pairCount).toBe(10_000);
    expect(x.truncated).toBe(false);
    expect(x.pairs).toHaveLength(10_000);
    expect(x.pairs.every((p) => p.onPrem === '2001:db8:ffff::/48')).toBe(true);
  });
});
