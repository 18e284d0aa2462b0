import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { STRONG_POLICY, twoHubs } from './test-fixtures';

const ID = 'connection/policy-mismatch-v2v';

describe('connection/policy-mismatch-v2v', () => {
  it('fires once when the algorithms differ, naming the differing fields', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const x = b.v2vOneWay(hubGw, drGw, { name: 'hub-to-dr', sharedKey: 'K1', ipsecPolicy: STRONG_POLICY });
    const y = b.v2vOneWay(drGw, hubGw, {
      name: 'dr-to-hub',
      sharedKey: 'K1',
      ipsecPolicy: { ...STRONG_POLICY, ipsecEncryption: 'AES256', ipsecIntegrity: 'SHA256' },
    });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'error', elementIds: [x, y].sort(), detail: 'different' }]);
    expect(ds[0]!.data).toEqual({ fields: ['ipsecEncryption', 'ipsecIntegrity'] });
  });

  it('fires when only one direction has a custom policy', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const x = b.v2vOneWay(hubGw, drGw, { name: 'hub-to-dr', sharedKey: 'K1' });
    const y = b.v2vOneWay(drGw, hubGw, { name: 'dr-to-hub', sharedKey: 'K1', ipsecPolicy: STRONG_POLICY });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'error', elementIds: [x, y].sort(), detail: 'one-sided' }]);
    expect(ds[0]!.data).toEqual({ withPolicy: y, withoutPolicy: x });
  });

  it('warns when only the SA lifetimes differ', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const x = b.v2vOneWay(hubGw, drGw, { name: 'hub-to-dr', sharedKey: 'K1', ipsecPolicy: STRONG_POLICY });
    const y = b.v2vOneWay(drGw, hubGw, { name: 'dr-to-hub', sharedKey: 'K1', ipsecPolicy: { ...STRONG_POLICY, saLifeTimeSeconds: 3_600 } });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'warning', elementIds: [x, y].sort(), detail: 'lifetimes' }]);
    expect(ds[0]!.data).toEqual({ fields: ['saLifeTimeSeconds'] });
  });

  it('does not fire on identical policies, on two default policies, or on a one-way resource', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    b.v2v(hubGw, drGw, { sharedKey: 'K1', ipsecPolicy: STRONG_POLICY });
    const b2 = new DesignBuilder();
    const h2 = twoHubs(b2);
    b2.v2v(h2.hubGw, h2.drGw, { sharedKey: 'K1' });
    const b3 = new DesignBuilder();
    const h3 = twoHubs(b3);
    b3.v2vOneWay(h3.hubGw, h3.drGw, { name: 'one-way', sharedKey: 'K1', ipsecPolicy: STRONG_POLICY });
    for (const doc of [b.build(), b2.build(), b3.build()]) expect(findings(doc, ID)).toEqual([]);
  });
});
