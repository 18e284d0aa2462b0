import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

describe('gateway-subnet/workloads', () => {
  it('fires when workloads are placed in GatewaySubnet', () => {
    const b = new DesignBuilder();
    const v = b.vnet({ name: 'hub', addressSpace: ['10.0.0.0/16'], subnets: [{ name: 'GatewaySubnet', addressPrefix: '10.0.255.0/27', workloads: ['jumpbox-vm'] }] });
    const g = b.gateway(v, { name: 'gw' });
    const [d] = findings(b.build(), 'gateway-subnet/workloads');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [g, v].sort(), detail: 'workloads' });
    expect(d!.data).toMatchObject({ workloads: ['jumpbox-vm'] });
    expect(d!.message).toContain('jumpbox-vm');
  });

  it('fires for an NSG on GatewaySubnet and removes it as the autofix', () => {
    const b = new DesignBuilder();
    const v = b.vnet({ name: 'hub', addressSpace: ['10.0.0.0/16'], subnets: [{ name: 'GatewaySubnet', addressPrefix: '10.0.255.0/27', networkSecurityGroup: true }] });
    const doc = b.build();
    const [d] = findings(doc, 'gateway-subnet/workloads');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [v], detail: 'nsg' });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.vnets[0]!.subnets[0]!.networkSecurityGroup).toBe(false);
    expect(doc.vnets[0]!.subnets[0]!.networkSecurityGroup).toBe(true);
  });

  it('does not fire for workloads or NSGs on other subnets', () => {
    const b = new DesignBuilder();
    b.hub({
      name: 'hub',
      addressSpace: ['10.0.0.0/16'],
      gatewaySubnet: '10.0.255.0/27',
      subnets: [{ name: 'app', addressPrefix: '10.0.0.0/24', workloads: ['vm-1'], networkSecurityGroup: true }],
    });
    expect(findings(b.build(), 'gateway-subnet/workloads')).toEqual([]);
  });
});
