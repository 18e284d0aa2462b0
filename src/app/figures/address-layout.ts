import { formatIp } from '../../core/net/ip';
import { comparePrefixes, type Prefix } from '../../core/net/prefix';

/**
 * Lays prefixes out on a number line, one line per IP family, in pixels. The address space is mostly
 * empty, so the line only draws the ranges that hold prefixes ("blocks": runs of overlapping or
 * adjacent prefixes) and cuts out the gaps between them. Each block gets a width that grows with the
 * log of its size (a /8 wider than a /24, but a /24 still readable); inside a block positions are
 * linear. Blocks wrap onto rows like words; prefixes that overlap (or would touch on screen) stack in
 * lanes. One sort, then linear work per block: fast enough for designs of thousands of prefixes.
 */

export interface LayoutOptions {
  /** Width of the drawing, in pixels. */
  readonly width: number;
  readonly laneHeight: number;
  readonly laneGap: number;
  /** Height under each block for its first and last address. */
  readonly labelHeight: number;
  readonly rowGap: number;
  readonly blockGap: number;
  /** Narrowest block, so a lone /32 still has room for a label and a click. */
  readonly minBlock: number;
  /** Narrowest segment, so a /24 inside a /8 still shows. */
  readonly minSegment: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  width: 360,
  laneHeight: 18,
  laneGap: 3,
  labelHeight: 14,
  rowGap: 8,
  blockGap: 14,
  minBlock: 72,
  minSegment: 3,
};

export interface LaidBlock {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Lanes of prefixes stacked in this block. */
  readonly lanes: number;
  /** Where its lanes end: the block's first and last address are written under this line. */
  readonly bottom: number;
  /** First and last address of the block, as text. */
  readonly first: string;
  readonly last: string;
}

export interface LaidSegment<E> {
  readonly entry: E;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface AddressLine<E> {
  readonly version: 4 | 6;
  readonly width: number;
  readonly height: number;
  readonly blocks: readonly LaidBlock[];
  readonly segments: readonly LaidSegment<E>[];
}

/** log2 of an address count, for block widths (continuous below 2^53, bit length above). */
function log2Size(size: bigint): number {
  return size <= BigInt(Number.MAX_SAFE_INTEGER) ? Math.log2(Number(size)) : size.toString(2).length - 1;
}

/** `part / whole` as a float, for bigints of any size. */
function ratio(part: bigint, whole: bigint): number {
  const SCALE = 1_000_000n;
  return Number((part * SCALE) / whole) / Number(SCALE);
}

interface Block<E> {
  readonly start: bigint;
  end: bigint;
  readonly items: { entry: E; prefix: Prefix }[];
}

/** Runs of prefixes that overlap or sit next to each other, in address order. */
function blocksOf<E extends { readonly prefix: Prefix }>(entries: readonly E[], version: 4 | 6): Block<E>[] {
  const sorted = entries.filter((e) => e.prefix.version === version).sort((a, b) => comparePrefixes(a.prefix, b.prefix));
  const blocks: Block<E>[] = [];
  for (const entry of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && entry.prefix.start <= last.end + 1n) {
      if (entry.prefix.end > last.end) last.end = entry.prefix.end;
      last.items.push({ entry, prefix: entry.prefix });
    } else {
      blocks.push({ start: entry.prefix.start, end: entry.prefix.end, items: [{ entry, prefix: entry.prefix }] });
    }
  }
  return blocks;
}

/** The layout of one family's prefixes; an empty line (height 0) when the family has none. */
export function layoutAddressLine<E extends { readonly prefix: Prefix }>(
  entries: readonly E[],
  version: 4 | 6,
  options: LayoutOptions = DEFAULT_LAYOUT,
): AddressLine<E> {
  const { width, laneHeight, laneGap, labelHeight, rowGap, blockGap, minBlock, minSegment } = options;
  const blocks = blocksOf(entries, version);
  if (blocks.length === 0) return { version, width, height: 0, blocks: [], segments: [] };
  const sizes = blocks.map((b) => log2Size(b.end - b.start + 1n));
  const maxBits = Math.max(1, ...sizes);

  const laidBlocks: LaidBlock[] = [];
  const segments: LaidSegment<E>[] = [];
  let x = 0;
  let rowY = 0;
  let rowLanes = 0;
  blocks.forEach((b, i) => {
    const w = Math.min(width, minBlock + (width - minBlock) * (sizes[i]! / maxBits));
    if (x > 0 && x + w > width) {
      rowY += rowLanes * (laneHeight + laneGap) + labelHeight + rowGap;
      x = 0;
      rowLanes = 0;
    }
    const size = b.end - b.start + 1n;
    // Lane ends in pixels: a prefix takes the first lane that is free where it starts.
    const laneEnds: number[] = [];
    const placed: { entry: E; x: number; width: number; lane: number }[] = [];
    for (const { entry, prefix } of b.items) {
      const left = x + w * ratio(prefix.start - b.start, size);
      const right = x + w * ratio(prefix.end - b.start + 1n, size);
      const segWidth = Math.max(minSegment, right - left);
      const segX = Math.min(left, x + w - segWidth);
      let lane = laneEnds.findIndex((end) => end <= segX + 1e-6);
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = segX + segWidth;
      placed.push({ entry, x: segX, width: segWidth, lane });
    }
    for (const p of placed) {
      segments.push({ entry: p.entry, x: p.x, y: rowY + p.lane * (laneHeight + laneGap), width: p.width, height: laneHeight });
    }
    laidBlocks.push({ x, y: rowY, width: w, lanes: laneEnds.length, bottom: rowY + laneEnds.length * (laneHeight + laneGap), first: formatIp(version, b.start), last: formatIp(version, b.end) });
    rowLanes = Math.max(rowLanes, laneEnds.length);
    x += w + blockGap;
  });
  const height = rowY + rowLanes * (laneHeight + laneGap) + labelHeight;
  return { version, width, height, blocks: laidBlocks, segments };
}
