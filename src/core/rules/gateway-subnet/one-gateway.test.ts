import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

describe('gateway-subnet/one-gateway', () => {
  it('fires for two VPN gateways in one VNet', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw-a' });
    const second = b.gateway(vnetId, { name: 'gw-b' });
    const [d, ...rest] = findings(b.build(), 'gateway-subnet/one-gateway');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, second, vnetId].sort() });
    expect(d!.data).toMatchObject({ count: 2 });
    expect(d!.message).toContain('gw-a');
  });

  it('does not fire for one gateway per VNet', () => {
    const b = new DesignBuilder();
    b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    b.hub({ name: 'b', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' });
    expect(findings(b.build(), 'gateway-subnet/one-gateway')).toEqual([]);
  });
});
