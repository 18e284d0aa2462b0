import { getNodesBounds, getViewportForBounds, type Node, type Viewport } from '@xyflow/react';
import type { XY } from '../design/positions';

/** Room around the nodes in an exported picture, in canvas pixels. */
export const IMAGE_PADDING = 32;

export interface NodeBox {
  readonly id: string;
  readonly position: XY;
  readonly width: number;
  readonly height: number;
}

export interface ImageFrame {
  /** The picture's size in canvas pixels: the nodes' bounds plus the padding on each side. */
  readonly width: number;
  readonly height: number;
  /** The canvas transform that puts the nodes in the picture at zoom 1. */
  readonly viewport: Viewport;
}

/** Frames the nodes for an exported picture, the way React Flow's image export example does, at zoom 1. */
export function imageFrame(boxes: readonly NodeBox[]): ImageFrame {
  const nodes: Node[] = boxes.map((b) => ({ id: b.id, position: b.position, data: {}, measured: { width: b.width, height: b.height } }));
  const bounds = getNodesBounds(nodes);
  const width = Math.ceil(bounds.width + 2 * IMAGE_PADDING);
  const height = Math.ceil(bounds.height + 2 * IMAGE_PADDING);
  return { width, height, viewport: getViewportForBounds(bounds, width, height, 1, 1, 0) };
}
