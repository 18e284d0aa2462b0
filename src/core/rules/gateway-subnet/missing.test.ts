import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { isNearMissName } from './shared';

const vnetWithGateway = (subnets: { name: string; addressPrefix: string }[], addressSpace = ['10.0.0.0/24']) => {
  const b = new DesignBuilder();
  const vnetId = b.vnet({ name: 'hub', addressSpace, subnets });
  const gatewayId = b.gateway(vnetId, { name: 'hub-gw' });
  return { doc: b.build(), vnetId, gatewayId };
};

describe('gateway-subnet/missing', () => {
  it('calls out a near-miss name and renames it to GatewaySubnet as the autofix', () => {
    const { doc, vnetId, gatewayId } = vnetWithGateway([
      { name: 'app', addressPrefix: '10.0.0.0/25' },
      { name: 'GW-Subnet', addressPrefix: '10.0.0.224/27' },
    ]);
    const [d] = findings(doc, 'gateway-subnet/missing');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, vnetId].sort(), detail: 'near-miss' });
    expect(d!.data).toMatchObject({ nearMisses: ['GW-Subnet'] });
    expect(d!.message).toContain('"GW-Subnet"');
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.vnets[0]!.subnets.map((s) => s.name)).toEqual(['app', 'GatewaySubnet']);
    expect(doc.vnets[0]!.subnets[1]!.name).toBe('GW-Subnet');
    expect(findings(fixed, 'gateway-subnet/missing')).toEqual([]);
  });

  it('offers no autofix when several subnets look like the gateway subnet', () => {
    const { doc } = vnetWithGateway([
      { name: 'gatewaysubnet', addressPrefix: '10.0.0.0/27' },
      { name: 'gateway-subnet', addressPrefix: '10.0.0.32/27' },
    ]);
    const [d] = findings(doc, 'gateway-subnet/missing');
    expect(d!.detail).toBe('near-miss');
    expect(d!.fix?.autofix).toBeUndefined();
  });

  it('adds the first free /27 as GatewaySubnet when no subnet looks like it', () => {
    const { doc, vnetId } = vnetWithGateway([
      { name: 'app', addressPrefix: '10.0.0.0/26' },
      { name: 'db', addressPrefix: '10.0.0.64/28' },
    ]);
    const [d] = findings(doc, 'gateway-subnet/missing');
    expect(d!.detail).toBe('absent');
    expect(d!.elementIds[0]).toBe(vnetId);
    expect(d!.data).toMatchObject({ suggestion: '10.0.0.96/27' });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.vnets[0]!.subnets.at(-1)).toEqual({ name: 'GatewaySubnet', addressPrefix: '10.0.0.96/27', workloads: [], networkSecurityGroup: false });
    expect(doc.vnets[0]!.subnets).toHaveLength(2);
    expect(findings(fixed, 'gateway-subnet/missing')).toEqual([]);
    expect(findings(fixed, 'address/subnet-overlap')).toEqual([]);
  });

  it('offers no autofix when no /27 is free in the address space', () => {
    const { doc } = vnetWithGateway([{ name: 'app', addressPrefix: '10.0.0.0/24' }]);
    const [d] = findings(doc, 'gateway-subnet/missing');
    expect(d!.detail).toBe('absent');
    expect(d!.fix?.autofix).toBeUndefined();
  });

  it('does not fire when GatewaySubnet exists, or for a VNet without a gateway', () => {
    const b = new DesignBuilder();
    b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'], subnets: [{ name: 'app', addressPrefix: '10.1.0.0/24' }] });
    expect(findings(b.build(), 'gateway-subnet/missing')).toEqual([]);
  });

  it('recognizes common near-miss names but not unrelated ones', () => {
    for (const n of ['gatewaysubnet', 'GatewaySubnet ', 'Gateway_Subnet', 'gateway-subnet', 'GW-Subnet', 'gwsubnet', 'GatewaySubent', 'vpn-gateway-subnet', 'Gateway']) {
      expect(isNearMissName(n), n).toBe(true);
    }
    for (const n of ['GatewaySubnet', 'app', 'AzureFirewallSubnet', 'RouteServerSubnet', 'default', 'web-subnet']) {
      expect(isNearMissName(n), n).toBe(false);
    }
  });
});
