import type { TopologyDocument } from '../../core/model/types';
import { NODE_WIDTH } from './declutter';
import type { XY } from './positions';

/** A generous node height (name, three lines, findings badges) and the room kept around each node. */
const NODE_HEIGHT = 150;
const GAP = 24;
const STEP_X = NODE_WIDTH + GAP;
const STEP_Y = NODE_HEIGHT + GAP;
const RINGS = 12;

/**
 * The top-left corner nearest to `near` (on a grid around it) where a new node covers no existing one:
 * tried ring by ring outwards, so a click on the palette puts the element close to where the user looks.
 * Falls back to `near` itself when every spot nearby is taken.
 */
export function freeSpot(doc: TopologyDocument, near: XY): XY {
  const boxes = Object.values(doc.layout.positions);
  const free = (p: XY) => boxes.every((b) => p.x >= b.x + NODE_WIDTH + GAP || b.x >= p.x + NODE_WIDTH + GAP || p.y >= b.y + NODE_HEIGHT + GAP || b.y >= p.y + NODE_HEIGHT + GAP);
  for (let ring = 0; ring <= RINGS; ring++) {
    const spots: XY[] = [];
    for (let dx = -ring; dx <= ring; dx++)
      for (let dy = -ring; dy <= ring; dy++) if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) spots.push({ x: near.x + dx * STEP_X, y: near.y + dy * STEP_Y });
    spots.sort((a, b) => Math.hypot(a.x - near.x, a.y - near.y) - Math.hypot(b.x - near.x, b.y - near.y));
    const spot = spots.find(free);
    if (spot) return { x: Math.round(spot.x), y: Math.round(spot.y) };
  }
  return near;
}
