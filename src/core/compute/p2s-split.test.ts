import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builders';
import type { P2sConfiguration } from '../model/types';
import { splitPool, SSTP_MAX_CLIENTS } from './p2s-split';

function config(pool: string[], tunnelTypes: ('SSTP' | 'IkeV2' | 'OpenVPN')[]): P2sConfiguration {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
  b.p2s(gatewayId, { id: 'p2s', name: 'pool', addressPool: pool, tunnelTypes });
  return b.build().p2sConfigurations[0]!;
}

describe('splitPool', () => {
  it('halves a /24 between SSTP (lower /25) and IKEv2 (upper /25) when both are enabled', () => {
    const s = splitPool(config(['172.16.0.0/24'], ['SSTP', 'IkeV2']), false);
    expect(s.split).toBe(true);
    expect(s.prefixes[0]).toMatchObject({
      pool: '172.16.0.0/24',
      addresses: 256,
      sstp: { cidr: '172.16.0.0/25', addresses: 128, usableClients: 128, protocols: ['SSTP'] },
      ikev2: { cidr: '172.16.0.128/25', addresses: 128, usableClients: 128, protocols: ['IkeV2'] },
    });
  });

  it('caps SSTP at 128 clients when its half of a larger pool holds more addresses', () => {
    const s = splitPool(config(['172.16.0.0/22'], ['IkeV2', 'SSTP']), false);
    const [sstp, ikev2] = s.shares;
    expect(sstp).toMatchObject({ protocols: ['SSTP'], cidrs: ['172.16.0.0/23'], addresses: 512, usableClients: SSTP_MAX_CLIENTS });
    expect(ikev2).toMatchObject({ protocols: ['IkeV2'], cidrs: ['172.16.2.0/23'], addresses: 512, usableClients: 512 });
  });

  it('gives what each protocol would get if SSTP took one /25 of a pool larger than /24, keeping the equal halves as the split', () => {
    const s = splitPool(config(['172.16.0.0/22'], ['SSTP', 'IkeV2']), false);
    expect(s.sstpBlock).toEqual({ sstpAddresses: 128, ikev2Addresses: 896 });
    expect(s.prefixes[0]!.sstpBlock).toEqual({ sstpAddresses: 128, ikev2Addresses: 896 });
    expect(s.shares[1]).toMatchObject({ cidrs: ['172.16.2.0/23'], addresses: 512 });
  });

  it('gives the same figures under both readings for a /24 or smaller, summing several prefixes', () => {
    const s = splitPool(config(['172.16.0.0/24', '172.17.0.0/23', '172.18.0.0/26'], ['SSTP', 'IkeV2']), false);
    expect(s.prefixes.map((p) => p.sstpBlock)).toEqual([
      { sstpAddresses: 128, ikev2Addresses: 128 },
      { sstpAddresses: 128, ikev2Addresses: 384 },
      { sstpAddresses: 32, ikev2Addresses: 32 },
    ]);
    expect(s.sstpBlock).toEqual({ sstpAddresses: 288, ikev2Addresses: 544 });
  });

  it('does not split a pool shared by IKEv2 and OpenVPN', () => {
    const s = splitPool(config(['172.16.0.0/24'], ['IkeV2', 'OpenVPN']), false);
    expect(s.split).toBe(false);
    expect(s.prefixes[0]!.ranges).toEqual([{ cidr: '172.16.0.0/24', addresses: 256, protocols: ['IkeV2', 'OpenVPN'], usableClients: 256 }]);
    expect(s.prefixes[0]!.sstp).toBeUndefined();
    expect(s.prefixes[0]!.sstpBlock).toBeUndefined();
    expect(s.sstpBlock).toBeUndefined();
    expect(s.shares).toHaveLength(1);
  });

  it('caps an SSTP-only pool at 128 clients without splitting it', () => {
    const s = splitPool(config(['172.16.0.0/23'], ['SSTP']), false);
    expect(s.split).toBe(false);
    expect(s.shares[0]).toMatchObject({ protocols: ['SSTP'], addresses: 512, usableClients: 128 });
  });

  it('sums the halves of several pool prefixes per protocol and skips unreadable ones', () => {
    const s = splitPool(config(['172.16.0.0/25', 'not-a-prefix', '172.17.0.0/26'], ['SSTP', 'IkeV2']), false);
    expect(s.prefixes.map((p) => p.pool)).toEqual(['172.16.0.0/25', '172.17.0.0/26']);
    expect(s.shares[0]).toMatchObject({ cidrs: ['172.16.0.0/26', '172.17.0.0/27'], addresses: 96, usableClients: 96 });
    expect(s.shares[1]).toMatchObject({ cidrs: ['172.16.0.64/26', '172.17.0.32/27'], addresses: 96 });
  });

  it('reports /28 as the minimum on an active-active gateway and /29 otherwise', () => {
    const c = config(['172.16.0.0/24'], ['IkeV2']);
    expect(splitPool(c, true).minimumLength).toBe(28);
    expect(splitPool(c, false).minimumLength).toBe(29);
  });

  it('gives a /32 that cannot be halved to SSTP alone', () => {
    const s = splitPool(config(['172.16.0.1/32'], ['SSTP', 'IkeV2']), false);
    expect(s.prefixes[0]!.ranges).toHaveLength(1);
    expect(s.prefixes[0]!.ikev2).toBeUndefined();
    expect(s.shares[1]).toMatchObject({ protocols: ['IkeV2'], cidrs: [], addresses: 0 });
  });
});
