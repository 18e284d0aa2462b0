/** A rectangle in flow coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** Room left between what is brought into view and the canvas edge, in screen pixels. */
export const KEEP_IN_VIEW_MARGIN = 24;

/** The shift along one axis that brings [start, end) into [margin, size - margin]; the start wins when it cannot all fit. */
function shiftInto(start: number, end: number, size: number, margin: number): number {
  if (end - start > size - 2 * margin) return margin - start;
  if (start < margin) return margin - start;
  if (end > size - margin) return size - margin - end;
  return 0;
}

/**
 * The viewport, at the same zoom, that shows `rect` whole on a pane of `pane` size (the canvas narrowed when
 * the inspector opened, say), moved as little as possible; undefined when it is already in view.
 */
export function viewportShowing(rect: Rect, viewport: Viewport, pane: { width: number; height: number }, margin = KEEP_IN_VIEW_MARGIN): Viewport | undefined {
  const left = rect.x * viewport.zoom + viewport.x;
  const top = rect.y * viewport.zoom + viewport.y;
  const dx = shiftInto(left, left + rect.width * viewport.zoom, pane.width, margin);
  const dy = shiftInto(top, top + rect.height * viewport.zoom, pane.height, margin);
  return dx === 0 && dy === 0 ? undefined : { x: viewport.x + dx, y: viewport.y + dy, zoom: viewport.zoom };
}
