import { describe, expect, it } from 'vitest';
import { designFigures } from '../../core/compute/figures';
import { withPositions } from '../design/positions';
import { sampleDesign } from '../testing/fixtures';
import { addressMapOf, connectionFiguresOf, gatewayFiguresOf, natViewOf, poolFiguresOf } from './figures-of';

describe('figures of a document', () => {
  it("gives each element the figures the core computes for the whole design", () => {
    const doc = sampleDesign();
    const core = designFigures(doc);
    for (const g of core.gateways) expect(gatewayFiguresOf(doc, g.id)).toEqual(g);
    for (const c of core.connections) expect(connectionFiguresOf(doc, c.id)).toEqual(c);
    const split = core.gateways.find((g) => g.id === 'gw-hub')!.p2sPools.find((p) => p.p2sId === 'p2s-1');
    expect(poolFiguresOf(doc, 'p2s-1')).toEqual({ gateway: core.gateways.find((g) => g.id === 'gw-hub'), split });
  });

  it('gives no figures to elements that have none of that kind', () => {
    const doc = sampleDesign();
    expect(gatewayFiguresOf(doc, 'vnet-hub')).toBeUndefined();
    expect(connectionFiguresOf(doc, 'peer-1')).toBeUndefined();
    expect(connectionFiguresOf(doc, 'gw-hub')).toBeUndefined();
    expect(poolFiguresOf(doc, 'gw-hub')).toBeUndefined();
  });

  it('computes nothing again when only node positions change', () => {
    const doc = sampleDesign();
    const moved = withPositions(doc, new Map([['vnet-hub', { x: 5, y: 5 }]]));
    const gateway = gatewayFiguresOf(doc, 'gw-hub');
    const map = addressMapOf(doc);
    const nat = natViewOf(doc, 'cn-1');
    expect(gatewayFiguresOf(moved, 'gw-hub')).toBe(gateway);
    expect(addressMapOf(moved)).toBe(map);
    expect(natViewOf(moved, 'cn-1')).toBe(nat);
  });

  it('computes again after an edit', () => {
    const doc = sampleDesign();
    const before = addressMapOf(doc);
    const edited = { ...doc, vnets: doc.vnets.map((v) => (v.id === 'vnet-hub' ? { ...v, addressSpace: ['10.9.0.0/16'] } : v)) };
    const after = addressMapOf(edited);
    expect(after).not.toBe(before);
    expect(after.entries.some((e) => e.ownerId === 'vnet-hub' && e.prefix.text === '10.9.0.0/16')).toBe(true);
  });

  it("gives a site-to-site connection's NAT view, and none for other connections", () => {
    const doc = sampleDesign();
    expect(natViewOf(doc, 'cn-1')?.rows.map((r) => r.ruleId)).toEqual(['nat-1']);
    expect(natViewOf(doc, 'peer-1')).toBeUndefined();
  });
});
