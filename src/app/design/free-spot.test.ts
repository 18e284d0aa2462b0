import { describe, expect, it } from 'vitest';
import { emptyDocument } from './empty';
import { freeSpot } from './free-spot';
import { withPositions } from './positions';

describe('freeSpot', () => {
  it('is the point asked for (rounded) when nothing is near', () => {
    expect(freeSpot(emptyDocument(), { x: 100.4, y: 50 })).toEqual({ x: 100, y: 50 });
  });

  it('moves one grid step away from a node in the way, staying as close as it can', () => {
    const doc = withPositions(emptyDocument(), new Map([['a', { x: 0, y: 0 }]]));
    const spot = freeSpot(doc, { x: 20, y: 10 });
    expect(spot).toEqual({ x: 20, y: 184 });
  });

  it('never lands on any node of a crowded area', () => {
    const moves = new Map<string, { x: number; y: number }>();
    for (let i = 0; i < 9; i++) moves.set(`n${i}`, { x: (i % 3) * 264, y: Math.floor(i / 3) * 174 });
    const doc = withPositions(emptyDocument(), moves);
    const spot = freeSpot(doc, { x: 264, y: 174 });
    for (const p of moves.values()) expect(Math.abs(spot.x - p.x) >= 264 || Math.abs(spot.y - p.y) >= 174).toBe(true);
  });
});
