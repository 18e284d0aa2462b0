import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

describe('gateway-subnet/below-recommended', () => {
  it('warns about a /28 GatewaySubnet and resizes it in place when the /27 around it is free', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.16/28' });
    const doc = b.build();
    const [d] = findings(doc, 'gateway-subnet/below-recommended');
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [gatewayId, vnetId].sort(), detail: 'recommended' });
    expect(d!.data).toMatchObject({ prefix: '10.0.255.16/28', suggestion: '10.0.255.0/27' });
    expect(d!.fix!.autofix!.label).toContain('Resize');
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.vnets[0]!.subnets[0]!.addressPrefix).toBe('10.0.255.0/27');
    expect(doc.vnets[0]!.subnets[0]!.addressPrefix).toBe('10.0.255.16/28');
  });

  it('is an error with ExpressRoute coexistence, which needs /27', () => {
    const b = new DesignBuilder();
    const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/29', expressRouteCoexistence: true });
    const [d] = findings(b.build(), 'gateway-subnet/below-recommended');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, vnetId].sort(), detail: 'expressroute-coexistence' });
  });

  it('moves the subnet to the next free /27 when the /27 around it is taken', () => {
    const b = new DesignBuilder();
    b.hub({
      name: 'hub',
      addressSpace: ['10.0.0.0/24'],
      subnets: [
        { name: 'app', addressPrefix: '10.0.0.0/28' },
        { name: 'db', addressPrefix: '10.0.0.32/27' },
      ],
      gatewaySubnet: '10.0.0.16/28',
    });
    const doc = b.build();
    const [d] = findings(doc, 'gateway-subnet/below-recommended');
    expect(d!.data).toMatchObject({ suggestion: '10.0.0.64/27' });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(findings(fixed, 'gateway-subnet/below-recommended')).toEqual([]);
    expect(findings(fixed, 'address/subnet-overlap')).toEqual([]);
  });

  it('offers no autofix when no /27 is free', () => {
    const b = new DesignBuilder();
    b.hub({ name: 'hub', addressSpace: ['10.0.0.0/27'], gatewaySubnet: '10.0.0.0/28', subnets: [{ name: 'app', addressPrefix: '10.0.0.16/28' }] });
    const [d] = findings(b.build(), 'gateway-subnet/below-recommended');
    expect(d!.fix?.autofix).toBeUndefined();
  });

  it('does not fire for /27 or larger, nor for sizes that too-small reports', () => {
    const b = new DesignBuilder();
    b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    b.hub({ name: 'b', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.254.0/26', expressRouteCoexistence: true });
    b.hub({ name: 'c', addressSpace: ['10.2.0.0/16'], gatewaySubnet: '10.2.255.0/30' });
    expect(findings(b.build(), 'gateway-subnet/below-recommended')).toEqual([]);
  });
});
