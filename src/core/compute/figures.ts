import { indexDesign, type DesignIndex } from '../model/design-index';
import type { SiteToSiteConnection, TopologyDocument, VpnGateway } from '../model/types';
import { gatewayCapacity, type GatewayCapacity } from './capacity';
import { natTable, type TranslationRow } from './nat-translation';
import { splitPool, type P2sPoolSplit } from './p2s-split';
import { expandPolicySelectors, type PolicySelectorExpansion } from './policy-selectors';
import { trafficSelectorCount, type SelectorBreakdown, type ClientLimitVerdict } from './traffic-selectors';

/** What the core computes for one gateway: the figures the UI draws and the CLI prints. */
export interface GatewayFigures {
  readonly id: string;
  readonly name: string;
  readonly sku: string;
  readonly capacity: GatewayCapacity | undefined;
  readonly trafficSelectors: {
    readonly total: number;
    readonly openVpnRoutes: number;
    readonly breakdown: SelectorBreakdown;
    readonly verdicts: readonly ClientLimitVerdict[];
  };
  readonly p2sPools: readonly P2sPoolSplit[];
}

/** What the core computes for one site-to-site connection. */
export interface ConnectionFigures {
  readonly id: string;
  readonly name: string;
  readonly nat: readonly TranslationRow[];
  readonly policySelectors?: PolicySelectorExpansion;
}

export interface DesignFigures {
  readonly gateways: readonly GatewayFigures[];
  readonly connections: readonly ConnectionFigures[];
}

/** The figures of one gateway of the indexed design. */
export function gatewayFigures(index: DesignIndex, g: VpnGateway): GatewayFigures {
  const meter = trafficSelectorCount(index, g.id);
  return {
    id: g.id,
    name: g.name,
    sku: g.sku,
    capacity: gatewayCapacity(index, g.id),
    trafficSelectors: { total: meter.count, openVpnRoutes: meter.openVpnRoutes, breakdown: meter.breakdown, verdicts: meter.verdicts },
    p2sPools: (index.p2sByGateway.get(g.id) ?? []).map((p) => splitPool(p, g.activeActive)),
  };
}

/** The figures of one site-to-site connection of the indexed design. */
export function connectionFigures(index: DesignIndex, c: SiteToSiteConnection): ConnectionFigures {
  return {
    id: c.id,
    name: c.name,
    nat: natTable(index, c),
    ...(c.usePolicyBasedTrafficSelectors ? { policySelectors: expandPolicySelectors(index, c) } : {}),
  };
}

/** Every derived figure of a design, computed from the document alone (never stored in it). */
export function designFigures(doc: TopologyDocument): DesignFigures {
  const index = indexDesign(doc);
  return {
    gateways: doc.gateways.map((g) => gatewayFigures(index, g)),
    connections: index.s2s.map((c) => connectionFigures(index, c)),
  };
}
