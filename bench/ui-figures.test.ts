import { describe, expect, it } from 'vitest';
import { initialScripts, lateFramePercent, percentile } from './ui-figures';

describe('percentile', () => {
  it('gives the median of an odd and an even count', () => {
    expect(percentile([5, 1, 3], 50)).toBe(3);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
  });

  it('interpolates between closest ranks and reaches the extremes', () => {
    const samples = Array.from({ length: 101 }, (_, i) => 100 - i); // 0..100, unsorted
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile(samples, 0)).toBe(0);
    expect(percentile(samples, 100)).toBe(100);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('is NaN without samples and refuses a percentile outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('initialScripts', () => {
  it('lists the entry script and its modulepreloaded chunks, not stylesheets or icons', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="data:," />
      <script type="module" crossorigin src="./assets/index-C5zj.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-Ab12.js">
      <link rel="stylesheet" crossorigin href="./assets/index-Cef6.css">
      <link href='./assets/core-Zz.js' rel=modulepreload>
      </head><body><div id="root"></div></body></html>`;
    expect(initialScripts(html)).toEqual(['./assets/index-C5zj.js', './assets/vendor-Ab12.js', './assets/core-Zz.js']);
  });

  it('counts a chunk named twice once', () => {
    const html = '<script type="module" src="/a.js"></script><link rel="modulepreload" href="/a.js">';
    expect(initialScripts(html)).toEqual(['/a.js']);
  });

  it('finds nothing in a page without scripts', () => {
    expect(initialScripts('<html><head><link rel="stylesheet" href="x.css"></head></html>')).toEqual([]);
  });
});

describe('lateFramePercent', () => {
  it('counts intervals over 1.5 times the median as missed frames', () => {
    expect(lateFramePercent([16.7, 16.7, 16.6, 33.4])).toBe(25);
    expect(lateFramePercent([16.7, 16.7, 16.8, 24])).toBe(0);
    expect(lateFramePercent([])).toBeNaN();
  });
});
