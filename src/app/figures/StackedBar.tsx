import { memo } from 'react';
import { formatNumber, stackParts, tickPosition } from './bar-scale';

/** One coloured part of a bar; `tone` picks its colour class (see figures.css). */
export interface BarPart {
  readonly key: string;
  readonly value: number;
  readonly tone: string;
}

/** A labelled threshold: a limit drawn as a line across the bar. */
export interface BarTick {
  readonly value: number;
  /** Short, drawn above the line ("25"). */
  readonly label: string;
}

interface Props {
  readonly parts: readonly BarPart[];
  readonly ticks: readonly BarTick[];
  /** The value the scale ends at (see scaleEnd). */
  readonly end: number;
  /** The whole picture in words, for screen readers. */
  readonly label: string;
}

const W = 360;
const PAD = 6;
const BAR_Y = 16;
const BAR_H = 14;

/**
 * A horizontal bar of stacked parts against labelled limits. Limits past the end of the scale are
 * named at the right edge with an arrow, so a small count is still drawn large enough to read.
 */
export const StackedBar = memo(function StackedBar({ parts, ticks, end, label }: Props) {
  const inner = W - 2 * PAD;
  const placed = stackParts(parts, end);
  const offScale = ticks.filter((t) => tickPosition(t.value, end) === undefined);
  return (
    <svg className="fig-bar" viewBox={`0 0 ${W} ${BAR_Y + BAR_H + (offScale.length > 0 ? 18 : 6)}`} role="img" aria-label={label}>
      <rect className="fig-track" x={PAD} y={BAR_Y} width={inner} height={BAR_H} rx={3} />
      {placed.map((p) => (
        <rect key={p.key} className={`fig-fill tone-${p.tone}`} x={PAD + p.x * inner} y={BAR_Y} width={Math.max(p.width * inner, 2)} height={BAR_H} />
      ))}
      {ticks.map((t) => {
        const at = tickPosition(t.value, end);
        if (at === undefined) return null;
        const x = PAD + at * inner;
        const anchor = at > 0.85 ? 'end' : at < 0.1 ? 'start' : 'middle';
        return (
          <g key={t.label} className="fig-tick">
            <line x1={x} x2={x} y1={BAR_Y - 4} y2={BAR_Y + BAR_H + 4} />
            <text x={x} y={BAR_Y - 6} textAnchor={anchor}>
              {t.label}
            </text>
          </g>
        );
      })}
      {offScale.length > 0 ? (
        <text className="fig-offscale" x={W - PAD} y={BAR_Y + BAR_H + 15} textAnchor="end">
          further limits: {offScale.map((t) => formatNumber(t.value)).join(', ')} →
        </text>
      ) : null}
    </svg>
  );
});
