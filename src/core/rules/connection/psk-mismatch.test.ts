import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { twoHubs } from './test-fixtures';

const ID = 'connection/psk-mismatch';

describe('connection/psk-mismatch', () => {
  it('fires once on a VNet-to-VNet pair with different keys, without showing either key', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const x = b.v2vOneWay(hubGw, drGw, { name: 'hub-to-dr', sharedKey: 'FirstKey123' });
    const y = b.v2vOneWay(drGw, hubGw, { name: 'dr-to-hub', sharedKey: 'SecondKey456' });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'error', elementIds: [x, y].sort() }]);
    expect(ds[0]!.message).toContain('hub-to-dr');
    expect(JSON.stringify(ds[0])).not.toMatch(/FirstKey123|SecondKey456/);
  });

  it('pairs parallel links by matching keys, so two good pairs listed out of order do not fire', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b, { activeActive: true, publicIps: [{}, {}] });
    b.v2vOneWay(hubGw, drGw, { name: 'a1', sharedKey: 'KeyOne' });
    b.v2vOneWay(hubGw, drGw, { name: 'a2', sharedKey: 'KeyTwo' });
    b.v2vOneWay(drGw, hubGw, { name: 'b2', sharedKey: 'KeyTwo' });
    b.v2vOneWay(drGw, hubGw, { name: 'b1', sharedKey: 'KeyOne' });
    expect(findings(b.build(), ID)).toEqual([]);
  });

  it('does not fire when both directions share the key, or on a one-way resource', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    b.v2v(hubGw, drGw, { sharedKey: 'SameKey' });
    const b2 = new DesignBuilder();
    const h2 = twoHubs(b2);
    b2.v2vOneWay(h2.hubGw, h2.drGw, { name: 'one-way', sharedKey: 'Key' });
    expect(findings(b.build(), ID)).toEqual([]);
    expect(findings(b2.build(), ID)).toEqual([]);
  });
});
