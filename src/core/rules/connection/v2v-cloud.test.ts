import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { twoHubs } from './test-fixtures';

const ID = 'connection/v2v-cloud';

describe('connection/v2v-cloud', () => {
  it('fires once on a pair between Azure global and Azure China', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw, hubVnet, drVnet } = twoHubs(b, {}, {}, { c: { cloud: 'AzureChinaCloud' } });
    const [x, y] = b.v2v(hubGw, drGw, { sharedKey: 'K1' });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [x!, y!, hubVnet, drVnet].sort() });
    expect(d!.data).toEqual({ connectionIds: [x, y], clouds: ['AzureCloud', 'AzureChinaCloud'] });
    expect(d!.message).toContain('AzureChinaCloud');
  });

  it('does not fire when both VNets are in the same cloud', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b, {}, {}, { a: { cloud: 'AzureUSGovernment' }, c: { cloud: 'AzureUSGovernment' } });
    b.v2v(hubGw, drGw, { sharedKey: 'K1' });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
