import { describe, expect, it } from 'vitest';
import { designFigures } from '../../core/compute/figures';
import { withPositions } from '../design/positions';
import { sampleDesign } from '../testing/fixtures';
import { addressMapOf, figuresOf, natViewOf } from './figures-of';

describe('figures of a document', () => {
  it("finds the core's figures by gateway, connection and P2S configuration", () => {
    const doc = sampleDesign();
    const core = designFigures(doc);
    const byId = figuresOf(doc);
    expect(byId.gateway.get('gw-hub')).toEqual(core.gateways.find((g) => g.id === 'gw-hub'));
    expect(byId.connection.get('cn-1')).toEqual(core.connections.find((c) => c.id === 'cn-1'));
    expect(byId.pool.get('p2s-1')).toMatchObject({ gateway: { id: 'gw-hub' }, split: { p2sId: 'p2s-1' } });
  });

  it('computes nothing again when only node positions change', () => {
    const doc = sampleDesign();
    const moved = withPositions(doc, new Map([['vnet-hub', { x: 5, y: 5 }]]));
    const figures = figuresOf(doc);
    const map = addressMapOf(doc);
    const nat = natViewOf(doc, 'cn-1');
    expect(figuresOf(moved)).toBe(figures);
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
