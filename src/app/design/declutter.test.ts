import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../testing/fixtures';
import { separateOverlaps } from './declutter';
import { placeMissing } from './placement';
import { withPositions } from './positions';

describe('separateOverlaps', () => {
  it('moves a node drawn on top of another below it, leaving the upper one in place', () => {
    // As in the examples: the gateway 20 px right of and 60 px below its VNet's corner.
    const doc = withPositions(sampleDesign(), new Map([['vnet-hub', { x: 400, y: 220 }], ['gw-hub', { x: 420, y: 280 }]]));
    const next = separateOverlaps(doc);
    expect(next.layout.positions['vnet-hub']).toEqual({ x: 400, y: 220 });
    expect(next.layout.positions['gw-hub']!.x).toBe(420);
    expect(next.layout.positions['gw-hub']!.y).toBeGreaterThan(220 + 100);
  });

  it('pushes a stack of nodes at one spot into a column', () => {
    const doc = sampleDesign();
    const ids = [...doc.vnets, ...doc.gateways].map((e) => e.id);
    const stacked = separateOverlaps(withPositions(doc, new Map(ids.map((id) => [id, { x: 0, y: 0 }]))));
    const ys = ids.map((id) => stacked.layout.positions[id]!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThan(100);
  });

  it('leaves a layout without overlaps untouched', () => {
    const placed = placeMissing(sampleDesign());
    expect(separateOverlaps(placed)).toBe(placed);
  });
});
