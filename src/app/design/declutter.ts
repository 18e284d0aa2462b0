import type { TopologyDocument } from '../../core/model/types';
import { withPositions, type XY } from './positions';

/** The width of every node on the canvas (canvas.css `.design-node`). */
export const NODE_WIDTH = 240;
const GAP = 24;
const CELL = 256;

const listLines = (n: number) => Math.max(1, Math.min(n, 4) + (n > 4 ? 1 : 0));

/** A generous guess of a node's height before it is drawn: header, content lines, findings badges. */
function estimatedHeight(lines: number): number {
  return 58 + 17 * lines + 24;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly h: number;
}

/**
 * The document with nodes that would cover one another moved down until they don't. Files may carry
 * positions drawn for other node sizes (the examples put each gateway 60 px below its VNet's corner, as
 * if nested); on our canvas that hides the VNet. Nodes are taken top to bottom, so the upper one stays.
 * A spatial hash keeps this near linear.
 */
export function separateOverlaps(doc: TopologyDocument): TopologyDocument {
  const positions = doc.layout.positions;
  const items: { id: string; p: XY; h: number }[] = [];
  const add = (id: string, lines: number) => {
    const p = positions[id];
    if (p) items.push({ id, p, h: estimatedHeight(lines) });
  };
  for (const v of doc.vnets) add(v.id, 1 + listLines(v.addressSpace.length));
  for (const g of doc.gateways) add(g.id, 2 + (g.bgp.enabled ? 1 : 0));
  for (const s of doc.sites) add(s.id, 1 + listLines(s.addressPrefixes.length) + (s.bgp ? 1 : 0));
  for (const p of doc.p2sConfigurations) add(p.id, 1 + listLines(p.addressPool.length));
  items.sort((a, b) => a.p.y - b.p.y || a.p.x - b.p.x);

  const grid = new Map<string, Box[]>();
  const cells = (x: number, y: number, h: number) => {
    const keys: string[] = [];
    for (let cx = Math.floor(x / CELL); cx <= Math.floor((x + NODE_WIDTH) / CELL); cx++)
      for (let cy = Math.floor(y / CELL); cy <= Math.floor((y + h) / CELL); cy++) keys.push(`${cx},${cy}`);
    return keys;
  };
  const blocker = (x: number, y: number, h: number): Box | undefined => {
    for (const key of cells(x, y, h))
      for (const b of grid.get(key) ?? []) if (x < b.x + NODE_WIDTH + GAP && b.x < x + NODE_WIDTH + GAP && y < b.y + b.h + GAP && b.y < y + h + GAP) return b;
    return undefined;
  };

  const moves = new Map<string, XY>();
  for (const { id, p, h } of items) {
    let y = p.y;
    for (let b = blocker(p.x, y, h); b; b = blocker(p.x, y, h)) y = b.y + b.h + GAP;
    const box: Box = { x: p.x, y, h };
    for (const key of cells(p.x, y, h)) {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    }
    if (y !== p.y) moves.set(id, { x: p.x, y });
  }
  return withPositions(doc, moves);
}
