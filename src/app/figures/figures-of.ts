import { connectionFigures, gatewayFigures, type ConnectionFigures, type GatewayFigures } from '../../core/compute/figures';
import { connectionNatView, type ConnectionNatView } from '../../core/compute/nat-translation';
import type { P2sPoolSplit } from '../../core/compute/p2s-split';
import { indexDesign } from '../../core/model/design-index';
import type { TopologyDocument } from '../../core/model/types';
import { addressEntries, type AddressEntry } from './address-entries';
import { DEFAULT_LAYOUT, layoutAddressLine, type AddressLine } from './address-layout';
import { memoOnDomain } from './memo';

/**
 * Per domain: the design's index and the figures computed so far, by element id. The panel shows one
 * element's figures at a time, so each is computed when first shown, never the whole design's at once.
 */
const lazyFigures = memoOnDomain((doc: TopologyDocument) => ({
  index: indexDesign(doc),
  gateways: new Map<string, GatewayFigures | undefined>(),
  connections: new Map<string, ConnectionFigures | undefined>(),
  natViews: new Map<string, ConnectionNatView | undefined>(),
}));

function cached<T>(cache: Map<string, T | undefined>, id: string, compute: () => T | undefined): T | undefined {
  if (!cache.has(id)) cache.set(id, compute());
  return cache.get(id);
}

/** The core's figures of one gateway (`gatewayFigures`), computed on first use, per domain. */
export function gatewayFiguresOf(doc: TopologyDocument, gatewayId: string): GatewayFigures | undefined {
  const { index, gateways } = lazyFigures(doc);
  return cached(gateways, gatewayId, () => {
    const g = index.gatewayById.get(gatewayId);
    return g && gatewayFigures(index, g);
  });
}

/** The core's figures of one site-to-site connection (`connectionFigures`); none for other connections. */
export function connectionFiguresOf(doc: TopologyDocument, connectionId: string): ConnectionFigures | undefined {
  const { index, connections } = lazyFigures(doc);
  return cached(connections, connectionId, () => {
    const c = index.connectionById.get(connectionId);
    return c?.kind === 's2s' ? connectionFigures(index, c) : undefined;
  });
}

/** A P2S configuration's split, with its gateway's figures (for the SKU limits). */
export function poolFiguresOf(doc: TopologyDocument, p2sId: string): { readonly gateway: GatewayFigures; readonly split: P2sPoolSplit } | undefined {
  const config = lazyFigures(doc).index.p2sById.get(p2sId);
  const gateway = config && gatewayFiguresOf(doc, config.gatewayId);
  const split = gateway?.p2sPools.find((p) => p.p2sId === p2sId);
  return gateway && split ? { gateway, split } : undefined;
}

/** A site-to-site connection's NAT view (both sides before and after NAT); computed on first use, per domain. */
export function natViewOf(doc: TopologyDocument, connectionId: string): ConnectionNatView | undefined {
  const { index, natViews } = lazyFigures(doc);
  return cached(natViews, connectionId, () => {
    const c = index.connectionById.get(connectionId);
    return c?.kind === 's2s' ? connectionNatView(index, c) : undefined;
  });
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
