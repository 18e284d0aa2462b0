import { formatIp } from '../../core/net/ip';
import { comparePrefixes, type Prefix } from '../../core/net/prefix';

/**
 * Lays prefixes out on a number line, one line per IP family, in pixels. The address space is mostly
 * empty, so the line only draws the ranges that hold prefixes ("blocks": runs of overlapping or
 * adjacent prefixes that hold no smaller prefix of the list) and cuts out the gaps between them. Each
 * block gets a width that grows with the log of its size (a /16 wider than a /24, but a /24 still
 * readable; the largest takes half the drawing, so ranges of one size pair up); inside a block
 * positions are linear. Blocks wrap onto rows like words. A prefix holding others (a 10.0.0.0/8 site
 * over 10.x VNets) is drawn above them, across every block it covers on a row, gaps included.
 * Prefixes that overlap (or would touch on screen) stack in lanes. One sort, then work linear in the
 * prefixes and the blocks each container covers: fast for thousands of prefixes.
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
  readonly items: E[];
}

/**
 * Splits prefixes (sorted by comparePrefixes) into containers (those holding a smaller prefix of the
 * list) and leaves. Blocks are built from the leaves, so one wide prefix (a 10.0.0.0/8 site, a
 * 0.0.0.0/0) cannot squeeze every prefix inside it to a sliver; containers are drawn across the blocks.
 */
function splitContainers<E extends { readonly prefix: Prefix }>(sorted: readonly E[]): { leaves: E[]; containers: E[] } {
  const leaves: E[] = [];
  const containers: E[] = [];
  let next = 0;
  sorted.forEach((e, i) => {
    // The first later entry that is not the same prefix: sorted order puts anything inside e right after it.
    if (next <= i) next = i + 1;
    while (next < sorted.length && sorted[next]!.prefix.start === e.prefix.start && sorted[next]!.prefix.length === e.prefix.length) next++;
    const after = sorted[next];
    if (after && after.prefix.start <= e.prefix.end) containers.push(e);
    else leaves.push(e);
  });
  return { leaves, containers };
}

/** Runs of leaves that overlap or sit next to each other, in address order. */
function blocksOf<E extends { readonly prefix: Prefix }>(leaves: readonly E[]): Block<E>[] {
  const blocks: Block<E>[] = [];
  for (const entry of leaves) {
    const last = blocks[blocks.length - 1];
    if (last && entry.prefix.start <= last.end + 1n) {
      if (entry.prefix.end > last.end) last.end = entry.prefix.end;
      last.items.push(entry);
    } else {
      blocks.push({ start: entry.prefix.start, end: entry.prefix.end, items: [entry] });
    }
  }
  return blocks;
}

interface Piece<E> {
  readonly entry: E;
  readonly x: number;
  readonly width: number;
}

/** Greedy lanes: each piece (in x order) takes the first lane free where it starts. Returns lane per piece and the lane count. */
function assignLanes(pieces: readonly { x: number; width: number }[]): { lanes: number[]; count: number } {
  const ends: number[] = [];
  const lanes = pieces.map((p) => {
    let lane = ends.findIndex((end) => end <= p.x + 1e-6);
    if (lane < 0) lane = ends.push(0) - 1;
    ends[lane] = p.x + p.width;
    return lane;
  });
  return { lanes, count: ends.length };
}

/** The layout of one family's prefixes; an empty line (height 0) when the family has none. */
export function layoutAddressLine<E extends { readonly prefix: Prefix }>(
  entries: readonly E[],
  version: 4 | 6,
  options: LayoutOptions = DEFAULT_LAYOUT,
): AddressLine<E> {
  const { width, laneHeight, laneGap, labelHeight, rowGap, blockGap, minBlock, minSegment } = options;
  const sorted = entries.filter((e) => e.prefix.version === version).sort((a, b) => comparePrefixes(a.prefix, b.prefix));
  const { leaves, containers } = splitContainers(sorted);
  const blocks = blocksOf(leaves);
  if (blocks.length === 0) return { version, width, height: 0, blocks: [], segments: [] };
  const bits = blocks.map((b) => log2Size(b.end - b.start + 1n));
  const maxBits = Math.max(1, ...bits);
  const step = laneHeight + laneGap;

  // Blocks onto rows, like words onto lines.
  // The largest block spans half the drawing when there are others, so two ranges of one size share a row.
  const widest = blocks.length > 1 ? Math.max(minBlock, (width - blockGap) / 2) : width;
  const placed = blocks.map((b, i) => ({ b, x: 0, w: minBlock + (widest - minBlock) * (bits[i]! / maxBits), row: 0 }));
  let x = 0;
  let row = 0;
  for (const p of placed) {
    if (x > 0 && x + p.w > width) {
      row++;
      x = 0;
    }
    p.x = x;
    p.row = row;
    x += p.w + blockGap;
  }
  const rows = row + 1;
  const at = (p: (typeof placed)[number], address: bigint) => p.x + p.w * ratio(address - p.b.start, p.b.end - p.b.start + 1n);

  // Leaves in lanes inside their block.
  const leafPieces = placed.map((p) => {
    const pieces: Piece<E>[] = p.b.items.map((entry) => {
      const left = at(p, entry.prefix.start);
      const w = Math.max(minSegment, at(p, entry.prefix.end + 1n) - left);
      return { entry, x: Math.min(left, p.x + p.w - w), width: w };
    });
    return { pieces, ...assignLanes(pieces) };
  });

  // Containers across the blocks they hold: one piece per row, from the first to the last block it covers there.
  const rowPieces: Piece<E>[][] = Array.from({ length: rows }, () => []);
  for (const c of containers) {
    let lo = 0;
    let hi = placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (placed[mid]!.b.end < c.prefix.start) lo = mid + 1;
      else hi = mid;
    }
    const spans = new Map<number, { x0: number; x1: number }>();
    for (let i = lo; i < placed.length && placed[i]!.b.start <= c.prefix.end; i++) {
      const p = placed[i]!;
      const x0 = at(p, c.prefix.start > p.b.start ? c.prefix.start : p.b.start);
      const x1 = at(p, (c.prefix.end < p.b.end ? c.prefix.end : p.b.end) + 1n);
      const span = spans.get(p.row);
      if (span) span.x1 = Math.max(span.x1, x1);
      else spans.set(p.row, { x0, x1 });
    }
    for (const [r, { x0, x1 }] of spans) rowPieces[r]!.push({ entry: c, x: x0, width: Math.max(minSegment, x1 - x0) });
  }
  const rowContainers = rowPieces.map((pieces) => {
    // Wider containers first among those starting together, so the outermost sits on top.
    const ordered = [...pieces].sort((a, b) => a.x - b.x || b.width - a.width);
    return { pieces: ordered, ...assignLanes(ordered) };
  });

  // Row heights: container lanes on top, then the deepest block of the row.
  const rowY: number[] = [];
  let y = 0;
  for (let r = 0; r < rows; r++) {
    rowY.push(y);
    const leafLanes = Math.max(0, ...placed.map((p, i) => (p.row === r ? leafPieces[i]!.count : 0)));
    y += (rowContainers[r]!.count + leafLanes) * step + labelHeight + (r < rows - 1 ? rowGap : 0);
  }

  const segments: LaidSegment<E>[] = [];
  rowContainers.forEach(({ pieces, lanes }, r) => {
    pieces.forEach((piece, k) => segments.push({ entry: piece.entry, x: piece.x, y: rowY[r]! + lanes[k]! * step, width: piece.width, height: laneHeight }));
  });
  const laidBlocks: LaidBlock[] = placed.map((p, i) => {
    const top = rowY[p.row]! + rowContainers[p.row]!.count * step;
    const { pieces, lanes, count } = leafPieces[i]!;
    pieces.forEach((piece, k) => segments.push({ entry: piece.entry, x: piece.x, y: top + lanes[k]! * step, width: piece.width, height: laneHeight }));
    return { x: p.x, y: top, width: p.w, lanes: count, bottom: top + count * step, first: formatIp(version, p.b.start), last: formatIp(version, p.b.end) };
  });
  return { version, width, height: y, blocks: laidBlocks, segments };
}
