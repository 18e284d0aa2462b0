import { describe, expect, it } from 'vitest';
import { toPrefix, type Prefix } from '../../core/net/prefix';
import { DEFAULT_LAYOUT, layoutAddressLine } from './address-layout';

const entry = (text: string, name = text) => ({ name, prefix: toPrefix(text) as Prefix });

describe('address map layout', () => {
  it('cuts out the gaps: separate ranges become separate blocks, adjacent ones share one', () => {
    const line = layoutAddressLine([entry('10.0.0.0/16'), entry('10.1.0.0/16'), entry('192.168.1.0/24')], 4);
    expect(line.blocks.map((b) => `${b.first}-${b.last}`)).toEqual(['10.0.0.0-10.1.255.255', '192.168.1.0-192.168.1.255']);
  });

  it('draws a prefix that holds others above them, across every block it covers, and builds the blocks from what it holds', () => {
    const line = layoutAddressLine([entry('10.0.0.0/8', 'site'), entry('10.1.0.0/16', 'a'), entry('10.9.0.0/16', 'b'), entry('192.168.0.0/24', 'c')], 4);
    expect(line.blocks.map((b) => b.first)).toEqual(['10.1.0.0', '10.9.0.0', '192.168.0.0']);
    const named = (n: string) => line.segments.filter((s) => s.entry.name === n);
    const [site, a, b] = [named('site'), named('a')[0]!, named('b')[0]!];
    expect(site).toHaveLength(1);
    expect(site[0]!.y).toBeLessThan(a.y);
    expect(site[0]!.x).toBeCloseTo(a.x);
    expect(site[0]!.x + site[0]!.width).toBeCloseTo(b.x + b.width);
    // The /16s keep the width of blocks of their own instead of 1/256 of a /8.
    expect(a.width).toBeGreaterThan(DEFAULT_LAYOUT.minBlock - 1);
  });

  it('draws a container once per row it spans when its blocks wrap', () => {
    const many = Array.from({ length: 12 }, (_, i) => entry(`10.${i * 2}.0.0/16`));
    const line = layoutAddressLine([entry('10.0.0.0/8', 'site'), ...many], 4);
    const rows = new Set(line.blocks.map((b) => b.y)).size;
    expect(rows).toBeGreaterThan(1);
    expect(line.segments.filter((s) => s.entry.name === 'site')).toHaveLength(rows);
  });

  it('keeps identical prefixes of two owners side by side in lanes, neither counted as a container', () => {
    const line = layoutAddressLine([entry('10.0.0.0/16', 'x'), entry('10.0.0.0/16', 'y')], 4);
    expect(line.blocks).toHaveLength(1);
    expect(line.blocks[0]!.lanes).toBe(2);
    const [x, y] = line.segments;
    expect(x!.x).toBe(y!.x);
    expect(x!.y).not.toBe(y!.y);
  });

  it('stacks a nested prefix in a lane below its container, inside the container horizontally', () => {
    const line = layoutAddressLine([entry('10.0.5.0/24', 'inner'), entry('10.0.0.0/16', 'outer')], 4);
    const outer = line.segments.find((s) => s.entry.name === 'outer')!;
    const inner = line.segments.find((s) => s.entry.name === 'inner')!;
    expect(inner.y).toBeGreaterThan(outer.y);
    expect(inner.x).toBeGreaterThanOrEqual(outer.x);
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
  });

  it('keeps disjoint prefixes of one block in one lane, in address order', () => {
    const line = layoutAddressLine([entry('10.0.1.0/24', 'b'), entry('10.0.0.0/24', 'a')], 4);
    const [a, b] = ['a', 'b'].map((n) => line.segments.find((s) => s.entry.name === n)!);
    expect(a!.y).toBe(b!.y);
    expect(a!.x).toBeLessThan(b!.x);
    expect(a!.width).toBeCloseTo(b!.width);
  });

  it('gives a tiny prefix next to a large one the minimum width', () => {
    const line = layoutAddressLine([entry('10.0.0.0/8'), entry('11.0.0.0/30', 'tiny')], 4);
    const tiny = line.segments.find((s) => s.entry.name === 'tiny')!;
    expect(tiny.width).toBe(DEFAULT_LAYOUT.minSegment);
  });

  it('draws larger blocks wider, and every block within the drawing', () => {
    const line = layoutAddressLine([entry('10.0.0.0/8'), entry('192.168.0.0/24'), entry('172.16.0.0/29')], 4);
    const [big, small, smallest] = [line.blocks[0]!, line.blocks[2]!, line.blocks[1]!];
    expect(big.first).toBe('10.0.0.0');
    expect(big.width).toBeGreaterThan(small.width);
    expect(small.width).toBeGreaterThan(smallest.width);
    for (const b of line.blocks) expect(b.x + b.width).toBeLessThanOrEqual(DEFAULT_LAYOUT.width + 1e-9);
  });

  it('wraps blocks onto new rows when a row is full', () => {
    const many = Array.from({ length: 20 }, (_, i) => entry(`10.${i * 2}.0.0/16`));
    const line = layoutAddressLine(many, 4);
    const rows = new Set(line.blocks.map((b) => b.y));
    expect(rows.size).toBeGreaterThan(1);
    expect(line.height).toBeGreaterThan(Math.max(...line.blocks.map((b) => b.y)));
  });

  it('keeps the families apart and returns an empty line for a family without prefixes', () => {
    const entries = [entry('10.0.0.0/16'), entry('2001:db8::/48')];
    expect(layoutAddressLine(entries, 6).blocks.map((b) => b.first)).toEqual(['2001:db8::']);
    const none = layoutAddressLine([entry('10.0.0.0/16')], 6);
    expect(none).toMatchObject({ height: 0, blocks: [], segments: [] });
  });

  it('lays out thousands of prefixes with one segment each', () => {
    const many = Array.from({ length: 3000 }, (_, i) => entry(`10.${i >> 8}.${i & 255}.0/24`));
    const line = layoutAddressLine(many, 4);
    expect(line.segments).toHaveLength(3000);
    expect(line.blocks).toHaveLength(1);
  });
});
