import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

describe('address/subnet-overlap', () => {
  it('fires for two subnets of one VNet that overlap', () => {
    const b = new DesignBuilder();
    const v = b.vnet({
      name: 'hub',
      addressSpace: ['10.0.0.0/16'],
      subnets: [
        { name: 'app', addressPrefix: '10.0.1.0/24' },
        { name: 'GatewaySubnet', addressPrefix: '10.0.1.0/27' },
        { name: 'db', addressPrefix: '10.0.2.0/24' },
      ],
    });
    const [d, ...rest] = findings(b.build(), 'address/subnet-overlap');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [v] });
    expect(d!.data).toEqual({ subnetA: 'app', prefixA: '10.0.1.0/24', subnetB: 'GatewaySubnet', prefixB: '10.0.1.0/27' });
  });

  it('does not fire for adjacent subnets, or for equal prefixes in different VNets', () => {
    const b = new DesignBuilder();
    for (const name of ['a', 'b']) {
      b.vnet({
        name,
        addressSpace: ['10.0.0.0/16'],
        subnets: [
          { name: 'x', addressPrefix: '10.0.0.0/25' },
          { name: 'y', addressPrefix: '10.0.0.128/25' },
        ],
      });
    }
    expect(findings(b.build(), 'address/subnet-overlap')).toEqual([]);
  });
});
