import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

describe('gateway-subnet/too-small', () => {
  it('fires for a /30 GatewaySubnet and grows it to the free /27 around it', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/30' });
    const doc = b.build();
    const [d] = findings(doc, 'gateway-subnet/too-small');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, vnetId].sort() });
    expect(d!.data).toMatchObject({ prefix: '10.0.255.0/30', length: 30, suggestion: '10.0.255.0/27' });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.vnets[0]!.subnets[0]!.addressPrefix).toBe('10.0.255.0/27');
    expect(findings(fixed, 'gateway-subnet/too-small')).toEqual([]);
  });

  it('does not fire for /29 or larger', () => {
    const b = new DesignBuilder();
    b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/29' });
    b.hub({ name: 'b', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' });
    expect(findings(b.build(), 'gateway-subnet/too-small')).toEqual([]);
  });

  it('gives every duplicate GatewaySubnet of a VNet one shared target, computed once for the VNet', () => {
    const b = new DesignBuilder();
    const subnets = Array.from({ length: 2000 }, (_, i) => ({ name: 'GatewaySubnet', addressPrefix: `10.0.${i >> 6}.${(i & 63) * 4}/30` }));
    const vnetId = b.vnet({ name: 'hub', addressSpace: ['10.0.0.0/16'], subnets: [{ name: 'app', addressPrefix: '10.0.0.0/27' }, ...subnets] });
    b.gateway(vnetId, { name: 'hub-gw' });
    const ds = findings(b.build(), 'gateway-subnet/too-small');
    expect(ds).toHaveLength(2000);
    // The first GatewaySubnet (10.0.0.0/30) decides: its /27 holds app, so the next free /27 after it.
    expect(new Set(ds.map((d) => d.data!.suggestion))).toEqual(new Set(['10.0.0.32/27']));
  });
});
