import { memo, useDeferredValue } from 'react';
import type { TopologyDocument } from '../../core/model/types';
import { focusElements } from '../design/focus';
import { designStore, useDesign } from '../store/hooks';
import { AddressMap } from './AddressMap';
import { CapacityFigure } from './CapacityFigure';
import { addressMapOf, connectionFiguresOf, gatewayFiguresOf, namesOf, natViewOf, poolFiguresOf } from './figures-of';
import { NatTable } from './NatTable';
import { PolicySelectors } from './PolicySelectors';
import { PoolSplit } from './PoolSplit';
import { SelectorMeter } from './SelectorMeter';
import './figures.css';

/** The figures of the one selected element: a gateway, a site-to-site connection or a P2S configuration. */
function SelectionFigures({ id, doc }: { id: string; doc: TopologyDocument }) {
  const names = namesOf(doc);
  const pools = doc.p2sConfigurations;

  const gateway = gatewayFiguresOf(doc, id);
  if (gateway) {
    return (
      <>
        <SelectorMeter gateway={gateway} />
        {gateway.p2sPools.map((split) => {
          const config = pools.find((p) => p.id === split.p2sId);
          return config ? <PoolSplit key={split.p2sId} config={config} split={split} gateway={gateway} /> : null;
        })}
        <CapacityFigure gateway={gateway} />
      </>
    );
  }
  const connection = connectionFiguresOf(doc, id);
  const nat = connection && natViewOf(doc, id);
  if (connection && nat) {
    return (
      <>
        <NatTable view={nat} names={names} />
        {connection.policySelectors ? (
          <PolicySelectors connectionId={connection.id} expansion={connection.policySelectors} />
        ) : (
          <p className="fig-detail">Route-based traffic selectors (any to any): the on-premises device needs no list of selector pairs.</p>
        )}
      </>
    );
  }
  const pool = poolFiguresOf(doc, id);
  const config = pools.find((p) => p.id === id);
  if (pool && config) return <PoolSplit config={config} split={pool.split} gateway={pool.gateway} />;
  return <p className="fig-detail">This element has no figures of its own: its prefixes are outlined in the address map below.</p>;
}

const selectElement = (ownerId: string) => focusElements(designStore.getState(), [ownerId]);

/**
 * What the core computes, drawn: the selected element's figures (gateway: traffic-selector meter, pool
 * split, SKU capacity; connection: NAT table, policy selectors; P2S configuration: its pool split),
 * then the address map of the whole design.
 */
export function FiguresPanel() {
  // The figures follow edits and selection in a background render, so an edit's canvas, inspector and
  // diagnostics never wait for the address map; while one renders, the panel keeps showing the last.
  const doc = useDeferredValue(useDesign((s) => s.doc));
  const selection = useDeferredValue(useDesign((s) => s.selection));
  return <Figures doc={doc} selection={selection} />;
}

/** The panel for one document and selection; skipped while an urgent render leaves both as they were. */
const Figures = memo(function Figures({ doc, selection }: { doc: TopologyDocument; selection: ReadonlySet<string> }) {
  const names = namesOf(doc);
  const map = addressMapOf(doc);
  const only = selection.size === 1 ? [...selection][0]! : undefined;
  const name = only === undefined ? undefined : names.get(only);
  return (
    <aside className="panel figures" aria-label="Figures">
      <div className="panel-head">
        <h2>Figures</h2>
        <p className="panel-summary" aria-live="polite">
          {name !== undefined
            ? `For ${name}`
            : only !== undefined
              ? 'The selected line has no figures of its own'
              : selection.size > 1
              ? `${selection.size} items selected: select one to see its figures`
              : 'Select a gateway, a site-to-site connection or a P2S pool to see its figures'}
        </p>
      </div>
      <div className="panel-body figures-body">
        {name !== undefined && only !== undefined ? <SelectionFigures key={only} id={only} doc={doc} /> : null}
        <AddressMap map={map} selected={selection} onSelect={selectElement} />
      </div>
    </aside>
  );
});
