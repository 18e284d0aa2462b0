import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite, twoHubs } from './test-fixtures';

const ID = 'connection/dpd-range';

describe('connection/dpd-range', () => {
  it('reports a timeout outside 9–3,600 s as an error and sets 45 s as the autofix', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const low = b.s2s(gatewayId, siteId, { name: 'low', sharedKey: 'K1', dpdTimeoutSeconds: 8 });
    const high = b.s2s(gatewayId, siteId, { name: 'high', sharedKey: 'K1', dpdTimeoutSeconds: 3_601 });
    const doc = b.build();
    const ds = findings(doc, ID);
    expect(ds.map(summary)).toEqual([
      { severity: 'error', elementIds: [low], detail: 'out-of-range' },
      { severity: 'error', elementIds: [high], detail: 'out-of-range' },
    ]);
    expect(ds[0]!.data).toMatchObject({ value: 8 });
    const fixed = ds[0]!.fix!.autofix!.apply(doc);
    expect(fixed.connections.find((c) => c.id === low)).toMatchObject({ dpdTimeoutSeconds: 45 });
    expect(doc.connections.find((c) => c.id === low)).toMatchObject({ dpdTimeoutSeconds: 8 });
  });

  it('warns inside the accepted range but outside 30–45 s', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const x = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', dpdTimeoutSeconds: 9 });
    const y = b.s2s(gatewayId, siteId, { name: 'y', sharedKey: 'K1', dpdTimeoutSeconds: 3_600 });
    expect(findings(b.build(), ID).map(summary)).toEqual([
      { severity: 'warning', elementIds: [x], detail: 'not-recommended' },
      { severity: 'warning', elementIds: [y], detail: 'not-recommended' },
    ]);
  });

  it('reports a VNet-to-VNet pair with the same timeout once', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const ids = b.v2v(hubGw, drGw, { sharedKey: 'K1', dpdTimeoutSeconds: 20 });
    expect(findings(b.build(), ID).map(summary)).toEqual([{ severity: 'warning', elementIds: [...ids].sort(), detail: 'not-recommended' }]);
  });

  it('does not fire on 30, 45 or the default', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    b.s2s(gatewayId, siteId, { name: 'a', sharedKey: 'K1', dpdTimeoutSeconds: 30 });
    b.s2s(gatewayId, siteId, { name: 'b', sharedKey: 'K1', dpdTimeoutSeconds: 45 });
    b.s2s(gatewayId, siteId, { name: 'c', sharedKey: 'K1' });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
