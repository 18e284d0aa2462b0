import { describe, expect, it } from 'vitest';
import { viewportShowing } from './keep-in-view';

const pane = { width: 500, height: 400 };

describe('viewportShowing', () => {
  it('leaves the view alone when the rectangle is already inside the margins', () => {
    expect(viewportShowing({ x: 100, y: 100, width: 200, height: 100 }, { x: 0, y: 0, zoom: 1 }, pane)).toBeUndefined();
  });

  it('pans left just enough to show a node cut off by the right edge, keeping the zoom', () => {
    // At zoom 0.5 and x offset 10, the node spans 360..480 on screen; the pane ends at 500, margin 24.
    const next = viewportShowing({ x: 700, y: 100, width: 240, height: 80 }, { x: 10, y: 0, zoom: 0.5 }, pane);
    expect(next).toEqual({ x: 10 - 4, y: 0, zoom: 0.5 });
  });

  it('pans right and down for a node above and left of the view', () => {
    expect(viewportShowing({ x: -50, y: -30, width: 100, height: 50 }, { x: 0, y: 0, zoom: 1 }, pane)).toEqual({ x: 74, y: 54, zoom: 1 });
  });

  it('aligns the start with the margin when the rectangle is wider than the pane', () => {
    expect(viewportShowing({ x: 0, y: 0, width: 900, height: 100 }, { x: 200, y: 50, zoom: 1 }, pane)).toEqual({ x: 24, y: 50, zoom: 1 });
  });
});
