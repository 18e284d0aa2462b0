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
});
