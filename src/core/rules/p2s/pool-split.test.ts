import { describe, expect, it } from 'vitest';
import type { P2sTunnelType } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(addressPool: string[], tunnelTypes: P2sTunnelType[]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
  const p = b.p2s(gatewayId, { name: 'users', addressPool, tunnelTypes });
  return { doc: b.build(), p };
}

describe('p2s/pool-split', () => {
  it('names both sub-ranges, the SSTP cap and the half assumption when SSTP and IKEv2 are enabled', () => {
    const { doc, p } = design(['172.16.0.0/24'], ['SSTP', 'IkeV2']);
    const [d, ...rest] = findings(doc, 'p2s/pool-split');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'info', elementIds: [p] });
    expect(d!.data).toMatchObject({
      sstpRanges: ['172.16.0.0/25'],
      ikev2Ranges: ['172.16.0.128/25'],
      sstpAddresses: 128,
      sstpUsableClients: 128,
      ikev2Addresses: 128,
      sstpMaxClients: 128,
      assumption: 'lower-half-sstp',
    });
    expect(d!.message).toContain('172.16.0.0/25');
    expect(d!.message).toContain('172.16.0.128/25');
    expect(d!.message).toContain('128');
  });

  it('says how many SSTP addresses stay unused when its half exceeds 128', () => {
    const { doc } = design(['172.16.0.0/22'], ['IkeV2', 'SSTP']);
    const [d] = findings(doc, 'p2s/pool-split');
    expect(d!.data).toMatchObject({ sstpRanges: ['172.16.0.0/23'], ikev2Ranges: ['172.16.2.0/23'], sstpAddresses: 512, sstpUsableClients: 128 });
    expect(d!.message).toContain('384 addresses');
  });

  it('also gives what IKEv2 would get if SSTP took only one /25 of a pool larger than /24', () => {
    const [large] = findings(design(['172.16.0.0/22'], ['IkeV2', 'SSTP']).doc, 'p2s/pool-split');
    expect(large!.data).toMatchObject({ ikev2Addresses: 512, ikev2AddressesIfSstpBlock: 896 });
    expect(large!.message).toContain('896 addresses');
    const [small] = findings(design(['172.16.0.0/24'], ['IkeV2', 'SSTP']).doc, 'p2s/pool-split');
    expect(small!.data).toMatchObject({ ikev2Addresses: 128, ikev2AddressesIfSstpBlock: 128 });
    expect(small!.message).not.toContain('other documented reading');
  });

  it('does not fire for IKEv2 with OpenVPN, which share one range', () => {
    expect(findings(design(['172.16.0.0/24'], ['IkeV2', 'OpenVPN']).doc, 'p2s/pool-split')).toEqual([]);
  });

  it('does not fire when the pool has no readable prefix', () => {
    expect(findings(design(['172.16.0/24'], ['SSTP', 'IkeV2']).doc, 'p2s/pool-split')).toEqual([]);
  });
});
