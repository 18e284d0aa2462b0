import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { twoHubs } from './test-fixtures';

const ID = 'connection/v2v-route-based';

describe('connection/v2v-route-based', () => {
  it('fires once per pair when one gateway is policy-based, naming both resources and that gateway', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b, {}, { sku: 'Basic', vpnType: 'PolicyBased', generation: 'Generation1' });
    const [x, y] = b.v2v(hubGw, drGw, { sharedKey: 'K1' });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [x!, y!, drGw].sort() });
    expect(d!.data).toEqual({ connectionIds: [x, y], policyBasedGatewayIds: [drGw] });
  });

  it('fires on a one-way resource too', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b, { sku: 'Basic', vpnType: 'PolicyBased', generation: 'Generation1' });
    const x = b.v2vOneWay(hubGw, drGw, { name: 'one-way', sharedKey: 'K1' });
    expect(findings(b.build(), ID).map(summary)).toEqual([{ severity: 'error', elementIds: [x, hubGw].sort() }]);
  });

  it('does not fire between two route-based gateways', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    b.v2v(hubGw, drGw, { sharedKey: 'K1' });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
