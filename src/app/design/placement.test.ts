import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../testing/fixtures';
import { autoLayout, placeMissing } from './placement';
import { withPositions } from './positions';

describe('placement', () => {
  it('gives every element its own position', () => {
    const doc = sampleDesign();
    const positions = autoLayout(doc);
    const all = [...doc.vnets, ...doc.gateways, ...doc.sites, ...doc.p2sConfigurations].map((e) => e.id);
    expect(all.every((id) => positions.has(id))).toBe(true);
    const distinct = new Set(all.map((id) => `${positions.get(id)!.x},${positions.get(id)!.y}`));
    expect(distinct.size).toBe(all.length);
  });

  it('puts sites and pools left of gateways, gateways left of their VNet, peered spokes right of it', () => {
    const p = autoLayout(sampleDesign());
    expect(p.get('site-1')!.x).toBeLessThan(p.get('gw-hub')!.x);
    expect(p.get('p2s-1')!.x).toBeLessThan(p.get('gw-hub')!.x);
    expect(p.get('gw-hub')!.x).toBeLessThan(p.get('vnet-hub')!.x);
    expect(p.get('vnet-hub')!.x).toBeLessThan(p.get('vnet-spoke')!.x);
  });

  it('keeps positions the document has and places the others below them', () => {
    const doc = withPositions(sampleDesign(), new Map([['vnet-hub', { x: 50, y: 900 }]]));
    const placed = placeMissing(doc);
    expect(placed.layout.positions['vnet-hub']).toEqual({ x: 50, y: 900 });
    expect(placed.layout.positions['site-1']!.y).toBeGreaterThan(900);
  });

  it('changes only the layout, and nothing when everything has a position', () => {
    const doc = sampleDesign();
    const placed = placeMissing(doc);
    expect(placed.vnets).toBe(doc.vnets);
    expect(placed.connections).toBe(doc.connections);
    expect(placeMissing(placed)).toBe(placed);
  });
});
