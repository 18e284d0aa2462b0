/**
 * The arithmetic of the bars the figures draw (meters, gauges, pool splits): where the scale ends,
 * where each stacked part and each threshold lands. Positions are fractions of the bar's width (0–1).
 */

/** Room left past the end value, so a tick or a bar at the end stays visible. */
const HEADROOM = 1.08;

/**
 * The value the bar ends at: just past the smallest threshold the value does not exceed (so a small
 * count is drawn against the limit that matters first), or just past the value when it exceeds them all.
 */
export function scaleEnd(value: number, thresholds: readonly number[]): number {
  const sorted = [...thresholds].filter((t) => t > 0).sort((a, b) => a - b);
  const next = sorted.find((t) => t >= value);
  return Math.max(next ?? value, 1) * HEADROOM;
}

export interface StackedPart {
  readonly key: string;
  readonly value: number;
}

export type PlacedPart<P extends StackedPart> = P & { readonly x: number; readonly width: number };

/** Parts laid end to end on a scale ending at `end`; parts of zero are left out, the rest clipped to the bar. */
export function stackParts<P extends StackedPart>(parts: readonly P[], end: number): PlacedPart<P>[] {
  const out: PlacedPart<P>[] = [];
  let at = 0;
  for (const p of parts) {
    if (p.value <= 0) continue;
    const x = Math.min(at / end, 1);
    const right = Math.min((at + p.value) / end, 1);
    out.push({ ...p, x, width: right - x });
    at += p.value;
  }
  return out;
}

/** Where a threshold sits on the bar, or undefined when it lies past the end of the scale. */
export function tickPosition(value: number, end: number): number | undefined {
  return value <= end ? value / end : undefined;
}

const numberFormat = new Intl.NumberFormat('en-US');

/** 1000 → "1,000": every figure in the pictures and their text equivalents. */
export const formatNumber = (n: number): string => numberFormat.format(n);

/** "7 of 25", or "7 (no limit known)" when the SKU does not say. */
export function ofLimit(value: number, limit: number | undefined, unit = ''): string {
  const u = unit ? ` ${unit}` : '';
  return limit === undefined ? `${formatNumber(value)}${u} (no limit known for this SKU)` : `${formatNumber(value)} of ${formatNumber(limit)}${u}`;
}
