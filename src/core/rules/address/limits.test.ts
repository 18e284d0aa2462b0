import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

/** n distinct /24 prefixes starting at 10.<base>.0.0. */
const prefixes = (n: number, base: number) => Array.from({ length: n }, (_, i) => `10.${base + (i >> 8)}.${i & 255}.0/24`);

describe('address/limits', () => {
  it('fires when the gateway VNet and its transit spokes together have more than 600 prefixes', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: prefixes(400, 0), gatewaySubnet: '10.0.0.0/27' });
    const spoke = b.vnet({ name: 'spoke', addressSpace: prefixes(201, 100) });
    b.peering(vnetId, spoke, { name: 'p', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
    const [d] = findings(b.build(), 'address/limits');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, spoke, vnetId].sort(), detail: 'vnet-prefixes' });
    expect(d!.data).toMatchObject({ count: 601, limit: 600 });
  });

  it('does not count a peered VNet that does not use the gateway', () => {
    const b = new DesignBuilder();
    const { vnetId } = b.hub({ name: 'hub', addressSpace: prefixes(400, 0), gatewaySubnet: '10.0.0.0/27' });
    const spoke = b.vnet({ name: 'spoke', addressSpace: prefixes(201, 100) });
    b.peering(vnetId, spoke, { name: 'p', local: { allowGatewayTransit: true } });
    expect(findings(b.build(), 'address/limits')).toEqual([]);
  });

  it('fires for a site with more than 1,000 prefixes, not for one with exactly 1,000', () => {
    const b = new DesignBuilder();
    const big = b.site({ name: 'big', gatewayIpAddress: '203.0.113.1', addressPrefixes: prefixes(1001, 0) });
    b.site({ name: 'ok', gatewayIpAddress: '203.0.113.2', addressPrefixes: prefixes(1000, 0) });
    const ds = findings(b.build(), 'address/limits');
    expect(ds.map(summary)).toEqual([{ severity: 'error', elementIds: [big], detail: 'site-prefixes' }]);
    expect(ds[0]!.data).toMatchObject({ count: 1001, limit: 1000 });
  });
});
