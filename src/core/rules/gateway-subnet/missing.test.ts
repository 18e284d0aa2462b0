import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { isNearMissName } from './shared';

const vnetWithGateway = (subnets: { name: string; addressPrefix: string; workloads?: string[]; networkSecurityGroup?: boolean }[], addressSpace = ['10.0.0.0/24']) => {
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

  it('renames a near-miss of /29 (the smallest size that works) as the autofix', () => {
    const { doc } = vnetWithGateway([{ name: 'gatewaysubnet', addressPrefix: '10.0.0.248/29' }]);
    const [d] = findings(doc, 'gateway-subnet/missing');
    expect(d!.fix!.autofix!.label).toContain('Rename');
    expect(d!.data).not.toHaveProperty('renameBlockers');
  });

  it('does not rename a near-miss that holds workloads, has an NSG or is smaller than /29, and adds a free /27 instead', () => {
    for (const [subnet, blockers] of [
      [{ name: 'GW-Subnet', addressPrefix: '10.0.0.224/27', workloads: ['jumpbox-vm'] }, ['workloads']],
      [{ name: 'GW-Subnet', addressPrefix: '10.0.0.224/27', networkSecurityGroup: true }, ['nsg']],
      [{ name: 'GW-Subnet', addressPrefix: '10.0.0.252/30' }, ['size']],
      [{ name: 'GW-Subnet', addressPrefix: '10.0.0.252/30', workloads: ['vm'], networkSecurityGroup: true }, ['workloads', 'nsg', 'size']],
    ] as const) {
      const { doc, vnetId } = vnetWithGateway([{ name: 'app', addressPrefix: '10.0.0.0/26' }, { ...subnet, workloads: [...('workloads' in subnet ? subnet.workloads : [])] }]);
      const [d, ...rest] = findings(doc, 'gateway-subnet/missing');
      expect(rest).toEqual([]);
      expect(d!.detail).toBe('near-miss');
      expect(d!.data).toMatchObject({ vnet: vnetId, nearMisses: ['GW-Subnet'], renameBlockers: blockers, suggestion: '10.0.0.64/27' });
      expect(d!.message).toContain("can't simply be renamed");
      const fixed = d!.fix!.autofix!.apply(doc);
      expect(fixed.vnets[0]!.subnets.map((s) => s.name)).toEqual(['app', 'GW-Subnet', 'GatewaySubnet']);
      expect(fixed.vnets[0]!.subnets.at(-1)).toEqual({ name: 'GatewaySubnet', addressPrefix: '10.0.0.64/27', workloads: [], networkSecurityGroup: false });
      expect(findings(fixed, 'gateway-subnet/missing')).toEqual([]);
      expect(findings(fixed, 'gateway-subnet/workloads')).toEqual([]);
    }
  });

  it('offers no autofix for a near-miss that cannot be renamed when no /27 is free', () => {
    const { doc } = vnetWithGateway([
      { name: 'app', addressPrefix: '10.0.0.0/25' },
      { name: 'db', addressPrefix: '10.0.0.128/26' },
      { name: 'GW-Subnet', addressPrefix: '10.0.0.192/26', workloads: ['vm'] },
    ]);
    const [d] = findings(doc, 'gateway-subnet/missing');
    expect(d!.data).toMatchObject({ renameBlockers: ['workloads'] });
    expect(d!.data).not.toHaveProperty('suggestion');
    expect(d!.fix?.autofix).toBeUndefined();
    expect(d!.fix!.hint).toContain('widening the address space');
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
