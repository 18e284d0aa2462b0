import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { createContext } from '../validate';
import { STRONG_POLICY, twoHubs } from './test-fixtures';
import { samePolicy, tunnelUnits, v2vGroups, v2vPairs } from './tunnels';

describe('VNet-to-VNet pairing for the connection rules', () => {
  it('pairs each direction with its reverse, the smaller id first, and leaves a one-way resource alone', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const [x, y] = b.v2v(hubGw, drGw, { sharedKey: 'K1' });
    const third = b.hub({ name: 'edge', addressSpace: ['10.2.0.0/16'], gatewaySubnet: '10.2.255.0/27' }, { name: 'edge-gw' });
    const lone = b.v2vOneWay(third.gatewayId, hubGw, { name: 'lone', sharedKey: 'K1' });
    const ctx = createContext(b.build());
    const pairs = v2vPairs(ctx).map((p) => [p.a.id, p.b?.id]);
    expect(pairs).toEqual([
      [x, y],
      [lone, undefined],
    ]);
  });

  it('matches parallel links by key and policy before document order', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const a1 = b.v2vOneWay(hubGw, drGw, { name: 'a1', sharedKey: 'K1' });
    const a2 = b.v2vOneWay(hubGw, drGw, { name: 'a2', sharedKey: 'K2', ipsecPolicy: STRONG_POLICY });
    const b2 = b.v2vOneWay(drGw, hubGw, { name: 'b2', sharedKey: 'K2', ipsecPolicy: STRONG_POLICY });
    const b1 = b.v2vOneWay(drGw, hubGw, { name: 'b1', sharedKey: 'K1' });
    const ctx = createContext(b.build());
    const [group] = v2vGroups(ctx);
    expect(group!.linkCount).toBe(2);
    expect(group!.pairs.map((p) => [p.a.id, p.b?.id])).toEqual([
      [a1, b1],
      [a2, b2],
    ]);
  });

  it('yields a pair with equal settings once and a pair with different settings twice', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const [x, y] = b.v2v(hubGw, drGw, { sharedKey: 'K1', ipsecPolicy: STRONG_POLICY });
    const ctx = createContext(b.build());
    expect([...tunnelUnits(ctx, samePolicy)].map((u) => u.ids)).toEqual([[x, y]]);
    expect([...tunnelUnits(ctx, () => false)].map((u) => u.ids)).toEqual([[x], [y]]);
  });
});
