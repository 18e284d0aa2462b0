import { indexDesign } from '../model/design-index';
import type { TopologyDocument } from '../model/types';
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

/** Every derived figure of a design, computed from the document alone (never stored in it). */
export function designFigures(doc: TopologyDocument): DesignFigures {
  const index = indexDesign(doc);
  const gateways = doc.gateways.map((g): GatewayFigures => {
    const meter = trafficSelectorCount(index, g.id);
    return {
      id: g.id,
      name: g.name,
      sku: g.sku,
      capacity: gatewayCapacity(index, g.id),
      trafficSelectors: { total: meter.count, openVpnRoutes: meter.openVpnRoutes, breakdown: meter.breakdown, verdicts: meter.verdicts },
      p2sPools: (index.p2sByGateway.get(g.id) ?? []).map((p) => splitPool(p, g.activeActive)),
    };
  });
  const connections = index.s2s.map(
    (c): ConnectionFigures => ({
      id: c.id,
      name: c.name,
      nat: natTable(index, c),
      ...(c.usePolicyBasedTrafficSelectors ? { policySelectors: expandPolicySelectors(index, c) } : {}),
    }),
  );
  return { gateways, connections };
}
