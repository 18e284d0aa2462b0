import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { twoHubs } from './test-fixtures';

const ID = 'connection/v2v-active-active';
const bgp = { bgp: { enabled: true, asn: 65001 } };

describe('connection/v2v-active-active', () => {
  it('fires once on two links between two active-standby gateways, gateways first', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b, bgp, { bgp: { enabled: true, asn: 65002 } });
    const l1 = b.v2v(hubGw, drGw, { name: 'l1', sharedKey: 'K1', enableBgp: true });
    const l2 = b.v2v(hubGw, drGw, { name: 'l2', sharedKey: 'K1', enableBgp: true });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [hubGw, drGw, ...l1, ...l2].sort() });
    expect(d!.elementIds.slice(0, 2)).toEqual([hubGw, drGw].sort());
    expect(d!.data).toMatchObject({ links: 2 });
  });

  it('counts two resources in one direction as two links', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    b.v2vOneWay(hubGw, drGw, { name: 'a', sharedKey: 'K1' });
    b.v2vOneWay(hubGw, drGw, { name: 'b', sharedKey: 'K1' });
    b.v2vOneWay(drGw, hubGw, { name: 'c', sharedKey: 'K1' });
    expect(findings(b.build(), ID)).toHaveLength(1);
  });

  it('does not fire when one gateway is active-active, or with a single link', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b, { activeActive: true, publicIps: [{}, {}] });
    b.v2v(hubGw, drGw, { name: 'l1', sharedKey: 'K1' });
    b.v2v(hubGw, drGw, { name: 'l2', sharedKey: 'K1' });
    const b2 = new DesignBuilder();
    const h = twoHubs(b2);
    b2.v2v(h.hubGw, h.drGw, { sharedKey: 'K1' });
    expect(findings(b.build(), ID)).toEqual([]);
    expect(findings(b2.build(), ID)).toEqual([]);
  });
});
