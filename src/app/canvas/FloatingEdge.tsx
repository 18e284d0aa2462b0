import { BaseEdge, EdgeLabelRenderer, getStraightPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DesignLink } from '../design/graph';
import type { Worst } from '../store/derived';

type Size = { readonly width: number; readonly height: number };

/** Built from the document (build.ts): the line, the worst finding on its connections, and its nodes' sizes. */
export type LinkEdge = Edge<{ link: DesignLink; worst: Worst; sourceSize: Size | undefined; targetSize: Size | undefined }, 'link'>;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A node's box from its centre (where its hidden handles sit, see canvas.css) and its measured size. */
const boxAround = (cx: number, cy: number, size: Size): Box => ({ x: cx - size.width / 2, y: cy - size.height / 2, w: size.width, h: size.height });

/** Where the line from this box's centre towards a point leaves the box. */
function borderPoint(b: Box, toward: { x: number; y: number }): { x: number; y: number } {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(dx === 0 ? Infinity : b.w / 2 / Math.abs(dx), dy === 0 ? Infinity : b.h / 2 / Math.abs(dy));
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/** Nodes stacked in one column further apart than neighbours: a straight line would cross what sits between. */
const BRACKET_MIN_GAP = 100;

/**
 * The path between two nodes and its label point: straight from border to border, or, for nodes stacked
 * in one column with room for others between them, a bracket that leaves and enters on the right side.
 */
function linePath(a: Box, b: Box): [string, number, number] {
  const ca = { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  const cb = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  const stacked = Math.abs(ca.x - cb.x) < Math.min(a.w, b.w) / 2;
  const gap = Math.max(a.y, b.y) - Math.min(a.y + a.h, b.y + b.h);
  if (stacked && gap > BRACKET_MIN_GAP) {
    const sx = a.x + a.w;
    const ex = b.x + b.w;
    const bulge = Math.min(110, Math.max(50, 40 + 0.12 * Math.abs(cb.y - ca.y)));
    const right = Math.max(sx, ex) + bulge;
    return [`M ${sx},${ca.y} C ${right},${ca.y} ${right},${cb.y} ${ex},${cb.y}`, (sx + ex) / 8 + 0.75 * right, (ca.y + cb.y) / 2];
  }
  const start = borderPoint(a, cb);
  const end = borderPoint(b, ca);
  const [path, x, y] = getStraightPath({ sourceX: start.x, sourceY: start.y, targetX: end.x, targetY: end.y });
  return [path, x, y];
}

/**
 * A line between two nodes, whichever way they sit, with a small tag in the middle.
 * Its colour is the worst finding on the connections it stands for. React Flow hands it the two nodes'
 * centres (their hidden handles); it subscribes to no store, which keeps a drag cheap on large designs.
 */
export const FloatingEdge = memo(function FloatingEdge({ id, sourceX, sourceY, targetX, targetY, data, selected }: EdgeProps<LinkEdge>) {
  if (!data?.sourceSize || !data.targetSize) return null;
  const [path, labelX, labelY] = linePath(boxAround(sourceX, sourceY, data.sourceSize), boxAround(targetX, targetY, data.targetSize));
  const { kind, label } = data.link;
  const { worst } = data;
  return (
    <>
      <BaseEdge id={id} path={path} className={`link-path link-${kind} worst-${worst}`} interactionWidth={18} />
      {label ? (
        <EdgeLabelRenderer>
          <div
            className={`link-label link-${kind} worst-${worst}${selected ? ' selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-hidden="true"
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});

export const edgeTypes = { link: FloatingEdge };
