import { describe, expect, it } from 'vitest';
import { formatNumber, ofLimit, scaleEnd, stackParts, tickPosition } from './bar-scale';

describe('bar scale', () => {
  it('ends just past the first threshold the value does not exceed', () => {
    expect(scaleEnd(7, [255, 25])).toBeCloseTo(25 * 1.08);
    expect(scaleEnd(25, [25, 255])).toBeCloseTo(25 * 1.08);
    expect(scaleEnd(26, [25, 255])).toBeCloseTo(255 * 1.08);
  });

  it('ends just past the value when it exceeds every threshold, and never at zero', () => {
    expect(scaleEnd(1200, [1000])).toBeCloseTo(1200 * 1.08);
    expect(scaleEnd(0, [])).toBeCloseTo(1.08);
  });

  it('stacks parts end to end, leaving out empty ones', () => {
    const placed = stackParts(
      [
        { key: 'a', value: 2 },
        { key: 'b', value: 0 },
        { key: 'c', value: 3 },
      ],
      10,
    );
    expect(placed.map((p) => p.key)).toEqual(['a', 'c']);
    expect(placed[0]).toMatchObject({ x: 0, width: 0.2 });
    expect(placed[1]!.x).toBeCloseTo(0.2);
    expect(placed[1]!.width).toBeCloseTo(0.3);
  });

  it('clips parts past the end of the scale to the bar', () => {
    const placed = stackParts(
      [
        { key: 'a', value: 8 },
        { key: 'b', value: 8 },
      ],
      10,
    );
    expect(placed[1]!.x + placed[1]!.width).toBe(1);
  });

  it('places thresholds inside the scale and drops those past its end', () => {
    expect(tickPosition(25, 50)).toBe(0.5);
    expect(tickPosition(255, 50)).toBeUndefined();
  });

  it('writes figures with thousands separators and limits in words', () => {
    expect(formatNumber(1000)).toBe('1,000');
    expect(ofLimit(7, 25)).toBe('7 of 25');
    expect(ofLimit(1250, 10000, 'Mbps')).toBe('1,250 of 10,000 Mbps');
    expect(ofLimit(3, undefined)).toBe('3 (no limit known for this SKU)');
  });
});
