import { designFigures, type ConnectionFigures, type GatewayFigures } from '../../core/compute/figures';
import { connectionNatView, type ConnectionNatView } from '../../core/compute/nat-translation';
import type { P2sPoolSplit } from '../../core/compute/p2s-split';
import { indexDesign } from '../../core/model/design-index';
import type { TopologyDocument } from '../../core/model/types';
import { addressEntries, type AddressEntry } from './address-entries';
import { DEFAULT_LAYOUT, layoutAddressLine, type AddressLine } from './address-layout';
import { memoOnDomain } from './memo';

/** The core's figures of a design, looked up by element. */
export interface FiguresById {
  readonly gateway: ReadonlyMap<string, GatewayFigures>;
  readonly connection: ReadonlyMap<string, ConnectionFigures>;
  /** Each P2S configuration's split, with its gateway's figures (for the SKU limits). */
  readonly pool: ReadonlyMap<string, { readonly gateway: GatewayFigures; readonly split: P2sPoolSplit }>;
}

/** `designFigures` of the document, by element id; recomputed only when the domain changes. */
export const figuresOf = memoOnDomain((doc: TopologyDocument): FiguresById => {
  const figures = designFigures(doc);
  const pool = new Map<string, { gateway: GatewayFigures; split: P2sPoolSplit }>();
  for (const g of figures.gateways) for (const split of g.p2sPools) pool.set(split.p2sId, { gateway: g, split });
  return {
    gateway: new Map(figures.gateways.map((g) => [g.id, g])),
    connection: new Map(figures.connections.map((c) => [c.id, c])),
    pool,
  };
});

/** Per S2S connection, its NAT view (both sides before and after NAT); computed on first use, per domain. */
const natViews = memoOnDomain((doc: TopologyDocument) => ({ index: indexDesign(doc), views: new Map<string, ConnectionNatView>() }));

export function natViewOf(doc: TopologyDocument, connectionId: string): ConnectionNatView | undefined {
  const { index, views } = natViews(doc);
  const hit = views.get(connectionId);
  if (hit) return hit;
  const c = index.connectionById.get(connectionId);
  if (c?.kind !== 's2s') return undefined;
  const view = connectionNatView(index, c);
  views.set(connectionId, view);
  return view;
}

export interface AddressMap {
  readonly entries: readonly AddressEntry[];
  readonly lines: readonly AddressLine<AddressEntry>[];
}

/** The address map of the design: its entries and their layout per IP family (families without prefixes left out). */
export const addressMapOf = memoOnDomain((doc: TopologyDocument): AddressMap => {
  const entries = addressEntries(doc);
  const lines = ([4, 6] as const).map((v) => layoutAddressLine(entries, v, DEFAULT_LAYOUT)).filter((l) => l.segments.length > 0);
  return { entries, lines };
});

/** Element names by id (a blank name shows the id), for the figures' labels. */
export const namesOf = memoOnDomain((doc: TopologyDocument): ReadonlyMap<string, string> => {
  const names = new Map<string, string>();
  for (const list of [doc.vnets, doc.gateways, doc.sites, doc.p2sConfigurations, doc.connections]) for (const e of list) names.set(e.id, e.name || e.id);
  return names;
});
