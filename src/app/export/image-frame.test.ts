import { describe, expect, it } from 'vitest';
import { IMAGE_PADDING, imageFrame } from './image-frame';

describe('imageFrame', () => {
  it('is the bounds of the nodes plus the padding, at zoom 1, with the top-left node at the padding', () => {
    const frame = imageFrame([
      { id: 'a', position: { x: -100, y: 50 }, width: 240, height: 120 },
      { id: 'b', position: { x: 300, y: 400 }, width: 240, height: 90 },
    ]);
    expect(frame.width).toBe(640 + 2 * IMAGE_PADDING);
    expect(frame.height).toBe(440 + 2 * IMAGE_PADDING);
    expect(frame.viewport.zoom).toBe(1);
    expect(frame.viewport.x + -100).toBeCloseTo(IMAGE_PADDING);
    expect(frame.viewport.y + 50).toBeCloseTo(IMAGE_PADDING);
  });

  it('rounds a fractional size up to whole pixels', () => {
    const frame = imageFrame([{ id: 'a', position: { x: 0, y: 0 }, width: 240.4, height: 100.2 }]);
    expect([frame.width, frame.height]).toEqual([241 + 2 * IMAGE_PADDING, 101 + 2 * IMAGE_PADDING]);
  });
});
