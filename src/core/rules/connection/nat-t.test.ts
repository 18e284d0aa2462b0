import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite } from './test-fixtures';

const ID = 'connection/nat-t';

describe('connection/nat-t', () => {
  it('notes that the device of a site behind NAT must initiate', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b, { site: { behindNat: true } });
    const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1' });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'info', elementIds: [siteId, c].sort(), detail: 'device-initiates' }]);
    expect(ds[0]!.elementIds[0]).toBe(siteId);
  });

  it('warns on an InitiatorOnly connection to a site behind NAT and resets it to Default', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b, { site: { behindNat: true } });
    const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', connectionMode: 'InitiatorOnly' });
    const doc = b.build();
    const ds = findings(doc, ID);
    expect(ds.map(summary)).toEqual([
      { severity: 'warning', elementIds: [c, siteId].sort(), detail: 'initiator-only' },
      { severity: 'info', elementIds: [siteId, c].sort(), detail: 'device-initiates' },
    ]);
    const fixed = ds[0]!.fix!.autofix!.apply(doc);
    expect(fixed.connections[0]).toMatchObject({ connectionMode: 'Default' });
    expect(findings(fixed, ID).map((d) => d.detail)).toEqual(['device-initiates']);
  });

  it('does not fire on a site that is not behind NAT, whatever the connection mode', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', connectionMode: 'InitiatorOnly' });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
