import { describe, expect, it } from 'vitest';
import type { VirtualNetwork } from '../model/types';
import { DesignBuilder } from '../testing/builders';
import { firstFreePrefix, gatewaySubnetOffer } from './free-space';

const vnet = (addressSpace: string[], subnets: [string, string][] = []): VirtualNetwork => {
  const b = new DesignBuilder();
  b.vnet({ name: 'hub', addressSpace, subnets: subnets.map(([name, addressPrefix]) => ({ name, addressPrefix })) });
  return b.build().vnets[0]!;
};
const text = (r: ReturnType<typeof firstFreePrefix>) => (r.ok ? r.prefix.text : r.message);

describe('firstFreePrefix', () => {
  it('gives the first /16 of 10.0.0.0/8 when nothing is taken', () => {
    expect(text(firstFreePrefix('10.0.0.0/8', [], 16))).toBe('10.0.0.0/16');
  });

  it('skips taken ranges, whatever their size, and aligns to the block size', () => {
    expect(text(firstFreePrefix('10.0.0.0/8', ['10.0.0.0/16', '10.1.4.0/24', '192.168.0.0/16'], 16))).toBe('10.2.0.0/16');
    expect(text(firstFreePrefix('10.0.0.0/8', ['10.0.0.0/15', 'not a prefix'], 16))).toBe('10.2.0.0/16');
  });

  it('says so when the pool is full or cannot hold the block', () => {
    expect(text(firstFreePrefix('10.0.0.0/8', ['10.0.0.0/8'], 16))).toBe('every /16 of 10.0.0.0/8 is already in use');
    expect(firstFreePrefix('10.0.0.0/24', [], 16).ok).toBe(false);
  });
});

describe('gatewaySubnetOffer', () => {
  it('offers the first aligned /27 no subnet uses', () => {
    expect(text(gatewaySubnetOffer(vnet(['10.0.0.0/16'])))).toBe('10.0.0.0/27');
    expect(text(gatewaySubnetOffer(vnet(['10.0.0.0/16'], [['default', '10.0.0.0/24'], ['app', '10.0.1.16/28']])))).toBe('10.0.1.32/27');
  });

  it('looks in the next address space when the first is full, and skips IPv6 spaces', () => {
    expect(text(gatewaySubnetOffer(vnet(['fd00::/48', '10.0.0.0/27', '10.9.0.0/24'], [['default', '10.0.0.0/27']])))).toBe('10.9.0.0/27');
  });

  it('explains when no /27 is free', () => {
    expect(text(gatewaySubnetOffer(vnet(['10.0.0.0/26'], [['a', '10.0.0.0/27'], ['b', '10.0.0.32/28']])))).toBe(
      'No free /27 is left in the address space of VNet hub (10.0.0.0/26): widen it or free a block for the GatewaySubnet.',
    );
    expect(text(gatewaySubnetOffer(vnet(['10.0.0.0/28'])))).toMatch(/No free \/27/);
  });

  it('explains when there is no IPv4 address space or a GatewaySubnet exists', () => {
    expect(text(gatewaySubnetOffer(vnet([])))).toMatch(/no IPv4 address space/);
    expect(text(gatewaySubnetOffer(vnet(['10.0.0.0/16'], [['GatewaySubnet', '10.0.255.0/27']])))).toBe(
      'VNet hub already has a GatewaySubnet (10.0.255.0/27).',
    );
  });
});
