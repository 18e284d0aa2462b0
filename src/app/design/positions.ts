import type { TopologyDocument } from '../../core/model/types';

export interface XY {
  readonly x: number;
  readonly y: number;
}

/**
 * The document with some nodes moved. Only `layout` changes: the domain lists keep their identity,
 * so validation (memoized on them) does not run again. Returns the same document when nothing moved.
 */
export function withPositions(doc: TopologyDocument, moves: ReadonlyMap<string, XY>): TopologyDocument {
  const current = doc.layout.positions;
  let next: Record<string, XY> | undefined;
  for (const [id, p] of moves) {
    const before = current[id];
    if (before && before.x === p.x && before.y === p.y) continue;
    next ??= { ...current };
    next[id] = { x: p.x, y: p.y };
  }
  return next ? { ...doc, layout: { ...doc.layout, positions: next } } : doc;
}
