import { memo } from 'react';
import { formatNumber, ofLimit, scaleEnd } from './bar-scale';
import { StackedBar } from './StackedBar';

interface Props {
  /** What is measured ("Tunnels"); also names the figure for tests (data-gauge). */
  readonly name: string;
  readonly value: number;
  /** The limit; undefined when the SKU is unknown. */
  readonly max: number | undefined;
  readonly unit?: string;
  /** How the value was counted, in words. */
  readonly detail?: string;
}

/** One figure against its limit: a caption with both numbers and a bar with the limit drawn as a line. */
export const Gauge = memo(function Gauge({ name, value, max, unit = '', detail }: Props) {
  const over = max !== undefined && value > max;
  const text = ofLimit(value, max, unit);
  return (
    <div className="fig-gauge" data-gauge={name}>
      <p className="fig-caption">
        {name}: <strong className={over ? 'over' : undefined}>{text}</strong>
        {over ? <span className="over"> — over the limit</span> : null}
      </p>
      <StackedBar
        parts={[{ key: 'value', value, tone: over ? 'over' : 'used' }]}
        ticks={max === undefined ? [] : [{ value: max, label: `max ${formatNumber(max)}` }]}
        end={scaleEnd(value, max === undefined ? [] : [max])}
        label={`${name}: ${text}${over ? ', over the limit' : ''}.`}
      />
      {detail ? <p className="fig-detail">{detail}</p> : null}
    </div>
  );
});
