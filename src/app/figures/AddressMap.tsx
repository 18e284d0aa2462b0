import { memo, useState } from 'react';
import { comparePrefixes } from '../../core/net/prefix';
import type { AddressEntry, AddressOwnerKind } from './address-entries';
import type { AddressLine, LaidSegment } from './address-layout';
import type { AddressMap as AddressMapData } from './figures-of';
import { formatNumber } from './bar-scale';
import { sameSegment } from './segment-equality';

const KIND: Record<AddressOwnerKind, string> = { vnet: 'VNet', site: 'On-premises site', p2s: 'P2S pool', nat: 'NAT external mapping' };
/** Approximate width of one character of the 10px labels, to decide whether a label fits. */
const CHAR_W = 6;

/** The overlap of an entry in words ("overlaps branch-b after NAT"). */
export function overlapText(e: AddressEntry): string {
  if (e.overlap === 'none') return 'no overlap';
  const who = e.overlapsWith.length > 3 ? `${e.overlapsWith.slice(0, 3).join(', ')} and ${e.overlapsWith.length - 3} more` : e.overlapsWith.join(', ');
  return e.overlap === 'after-nat' ? `overlaps ${who} after NAT` : `overlaps ${who} before NAT only`;
}

const describe = (e: AddressEntry) => `${KIND[e.ownerKind]} ${e.ownerName}: ${e.prefix.text}, ${overlapText(e)}`;

interface LineProps {
  readonly line: AddressLine<AddressEntry>;
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (ownerId: string) => void;
}

interface SegmentProps {
  readonly s: LaidSegment<AddressEntry>;
  readonly selected: boolean;
  readonly onSelect: (id: string) => void;
}

/** One prefix on the line; redrawn only when it draws differently (an edit or a selection changes a few of hundreds). */
const Segment = memo(function Segment({ s, selected, onSelect }: SegmentProps) {
  const e = s.entry;
  const text = e.prefix.text;
  const fits = text.length * CHAR_W + 6 <= s.width;
  // The rect itself is the segment (no group around it): hundreds of them, so each element counts.
  return (
    <>
      <rect
        className={`fig-seg kind-${e.ownerKind} overlap-${e.overlap}${selected ? ' selected' : ''}`}
        data-owner={e.ownerId}
        data-prefix={text}
        onClick={() => onSelect(e.ownerId)}
        x={s.x}
        y={s.y}
        width={s.width}
        height={s.height}
        rx={2}
      >
        <title>{describe(e)}</title>
      </rect>
      {fits ? (
        <text className="fig-seg-label" x={s.x + s.width / 2} y={s.y + s.height / 2 + 3.5} textAnchor="middle">
          {text}
        </text>
      ) : null}
    </>
  );
}, (a: SegmentProps, b: SegmentProps) => a.selected === b.selected && a.onSelect === b.onSelect && sameSegment(a.s, b.s));

/** One IP family's number line: the blocks that hold prefixes, gaps cut out, prefixes stacked where they overlap. */
const Line = memo(function Line({ line, selected, onSelect }: LineProps) {
  const label = `IPv${line.version}: ${formatNumber(line.segments.length)} prefixes in ${formatNumber(line.blocks.length)} separate ranges. The table of prefixes below lists them.`;
  return (
    <svg className="fig-map" viewBox={`-2 -2 ${line.width + 4} ${line.height + 4}`} role="img" aria-label={label} data-version={line.version}>
      {line.blocks.map((b) => (
        <g key={`${b.first}-${b.y}`} className="fig-block">
          <line x1={b.x} x2={b.x + b.width} y1={b.bottom} y2={b.bottom} />
          <text x={b.x} y={b.bottom + 11}>
            {b.first}
          </text>
          {b.width >= (b.first.length + b.last.length) * CHAR_W + 12 ? (
            <text x={b.x + b.width} y={b.bottom + 11} textAnchor="end">
              {b.last}
            </text>
          ) : null}
        </g>
      ))}
      {line.segments.map((s) => (
        <Segment key={s.entry.key} s={s} selected={selected.has(s.entry.ownerId)} onSelect={onSelect} />
      ))}
    </svg>
  );
});

/** The prefixes as a table: the map's text equivalent, and the keyboard's way to select an element from it. */
function PrefixTable({ entries, onSelect }: { entries: readonly AddressEntry[]; onSelect: (id: string) => void }) {
  const sorted = [...entries].sort((a, b) => comparePrefixes(a.prefix, b.prefix));
  return (
    <table className="fig-table" data-table="prefixes">
      <caption className="visually-hidden">Every prefix of the design, in address order</caption>
      <thead>
        <tr>
          <th scope="col">Prefix</th>
          <th scope="col">Element</th>
          <th scope="col">Overlap</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((e) => (
          <tr key={e.key} className={`overlap-${e.overlap}`}>
            <td>
              <code>{e.prefix.text}</code>
            </td>
            <td>
              <button type="button" className="link-button" onClick={() => onSelect(e.ownerId)} aria-label={`Show ${KIND[e.ownerKind]} ${e.ownerName}`}>
                {e.ownerName}
              </button>
              <span className="fig-detail"> {KIND[e.ownerKind]}</span>
            </td>
            <td>{overlapText(e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Props {
  readonly map: AddressMapData;
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (ownerId: string) => void;
}

/**
 * Every prefix of the design on one number line per IP family, coloured by the kind of element that
 * owns it, overlaps outlined (after NAT: a conflict; before NAT only: kept apart by NAT or routing).
 * A click selects the element and brings it into view; the table under it says the same in text.
 */
export const AddressMap = memo(function AddressMap({ map, selected, onSelect }: Props) {
  const [tableOpen, setTableOpen] = useState(false);
  const after = map.entries.filter((e) => e.overlap === 'after-nat').length;
  const before = map.entries.filter((e) => e.overlap === 'before-nat').length;
  const owners = new Set(map.entries.map((e) => e.ownerId)).size;
  return (
    <section className="figure" aria-labelledby="address-map-heading" data-figure="address-map">
      <h3 id="address-map-heading">Address map</h3>
      {map.entries.length === 0 ? (
        <p className="fig-detail">The design has no readable prefixes yet.</p>
      ) : (
        <>
          <p className="fig-caption" data-value="map-summary">
            {formatNumber(map.entries.length)} prefixes of {formatNumber(owners)} elements; {formatNumber(after)} overlap after NAT, {formatNumber(before)} only
            before NAT.
          </p>
          <ul className="fig-legend fig-map-legend" aria-hidden="true">
            {(Object.keys(KIND) as AddressOwnerKind[]).map((k) => (
              <li key={k}>
                <span className={`fig-swatch kind-${k}`} />
                {KIND[k]}
              </li>
            ))}
            <li>
              <span className="fig-swatch overlap-after-nat" />
              Overlap after NAT
            </li>
            <li>
              <span className="fig-swatch overlap-before-nat" />
              Overlap before NAT only
            </li>
          </ul>
          {map.lines.map((line) => (
            <div key={line.version}>
              <h4>IPv{line.version}</h4>
              <Line line={line} selected={selected} onSelect={onSelect} />
            </div>
          ))}
          <details onToggle={(e) => setTableOpen(e.currentTarget.open)}>
            <summary>Table of prefixes</summary>
            {tableOpen ? <PrefixTable entries={map.entries} onSelect={onSelect} /> : null}
          </details>
        </>
      )}
    </section>
  );
});
