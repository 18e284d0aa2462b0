import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

describe('address/invalid-cidr', () => {
  it('fires on a VNet prefix with host bits set and suggests the network', () => {
    const b = new DesignBuilder();
    const v = b.vnet({ name: 'hub', addressSpace: ['10.0.0.1/16'] });
    const [d] = findings(b.build(), 'address/invalid-cidr');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [v], detail: 'host-bits' });
    expect(d!.data).toMatchObject({ value: '10.0.0.1/16', suggestion: '10.0.0.0/16' });
  });

  it('fires on unreadable prefixes in a site, a P2S pool and a NAT rule', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
      name: 'gw',
      natRules: [{ id: 'nat-1', name: 'n1', mode: 'IngressSnat', internalMappings: ['10.1.0.0/33'], externalMappings: ['100.64.0.0/24'] }],
    });
    const s = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['10.2.0/24'] });
    const p = b.p2s(gatewayId, { name: 'pool', addressPool: ['172.16.0.0'] });
    const ids = findings(b.build(), 'address/invalid-cidr').map((d) => d.elementIds[0]).sort();
    expect(ids).toEqual(['nat-1', p, s].sort());
  });

  it('does not fire on canonical IPv4 and IPv6 prefixes', () => {
    const b = new DesignBuilder();
    b.vnet({ name: 'hub', addressSpace: ['10.0.0.0/16', '2001:db8::/48'], subnets: [{ name: 'a', addressPrefix: '10.0.1.0/24' }] });
    expect(findings(b.build(), 'address/invalid-cidr')).toEqual([]);
  });
});
