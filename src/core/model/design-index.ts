import type {
  Connection,
  LocalSite,
  NatRule,
  P2sConfiguration,
  Peering,
  SiteToSiteConnection,
  TopologyDocument,
  VirtualNetwork,
  VnetToVnetConnection,
  VpnGateway,
} from './types';

/** Lookup tables over a document, built once per validation so every rule stays linear. */
export interface DesignIndex {
  readonly doc: TopologyDocument;
  readonly vnetById: ReadonlyMap<string, VirtualNetwork>;
  readonly gatewayById: ReadonlyMap<string, VpnGateway>;
  readonly siteById: ReadonlyMap<string, LocalSite>;
  readonly p2sById: ReadonlyMap<string, P2sConfiguration>;
  readonly connectionById: ReadonlyMap<string, Connection>;
  readonly natRuleById: ReadonlyMap<string, { rule: NatRule; gateway: VpnGateway }>;
  readonly gatewaysByVnet: ReadonlyMap<string, readonly VpnGateway[]>;
  readonly s2s: readonly SiteToSiteConnection[];
  readonly v2v: readonly VnetToVnetConnection[];
  readonly peerings: readonly Peering[];
  readonly s2sByGateway: ReadonlyMap<string, readonly SiteToSiteConnection[]>;
  readonly s2sBySite: ReadonlyMap<string, readonly SiteToSiteConnection[]>;
  /** VNet-to-VNet connection resources whose local end (gatewayId) is the gateway. */
  readonly v2vByGateway: ReadonlyMap<string, readonly VnetToVnetConnection[]>;
  readonly peeringsByVnet: ReadonlyMap<string, readonly Peering[]>;
  readonly p2sByGateway: ReadonlyMap<string, readonly P2sConfiguration[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the lookup tables of a (schema-valid, referentially sound) document. */
export function indexDesign(doc: TopologyDocument): DesignIndex {
  const gatewaysByVnet = new Map<string, VpnGateway[]>();
  const natRuleById = new Map<string, { rule: NatRule; gateway: VpnGateway }>();
  for (const g of doc.gateways) {
    push(gatewaysByVnet, g.vnetId, g);
    for (const rule of g.natRules) natRuleById.set(rule.id, { rule, gateway: g });
  }
  const s2s: SiteToSiteConnection[] = [];
  const v2v: VnetToVnetConnection[] = [];
  const peerings: Peering[] = [];
  const s2sByGateway = new Map<string, SiteToSiteConnection[]>();
  const s2sBySite = new Map<string, SiteToSiteConnection[]>();
  const v2vByGateway = new Map<string, VnetToVnetConnection[]>();
  const peeringsByVnet = new Map<string, Peering[]>();
  for (const c of doc.connections) {
    if (c.kind === 's2s') {
      s2s.push(c);
      push(s2sByGateway, c.gatewayId, c);
      push(s2sBySite, c.siteId, c);
    } else if (c.kind === 'vnet2vnet') {
      v2v.push(c);
      push(v2vByGateway, c.gatewayId, c);
    } else {
      peerings.push(c);
      push(peeringsByVnet, c.vnetId, c);
      if (c.remoteVnetId !== c.vnetId) push(peeringsByVnet, c.remoteVnetId, c);
    }
  }
  const p2sByGateway = new Map<string, P2sConfiguration[]>();
  for (const p of doc.p2sConfigurations) push(p2sByGateway, p.gatewayId, p);
  return {
    doc,
    vnetById: new Map(doc.vnets.map((v) => [v.id, v])),
    gatewayById: new Map(doc.gateways.map((g) => [g.id, g])),
    siteById: new Map(doc.sites.map((s) => [s.id, s])),
    p2sById: new Map(doc.p2sConfigurations.map((p) => [p.id, p])),
    connectionById: new Map(doc.connections.map((c) => [c.id, c])),
    natRuleById,
    gatewaysByVnet,
    s2s,
    v2v,
    peerings,
    s2sByGateway,
    s2sBySite,
    v2vByGateway,
    peeringsByVnet,
    p2sByGateway,
  };
}

/** The peering's settings on the side of `vnetId`, and on the other side. */
export function peeringSides(p: Peering, vnetId: string): { mine: Peering['local']; theirs: Peering['local']; otherVnetId: string } {
  return p.vnetId === vnetId
    ? { mine: p.local, theirs: p.remote, otherVnetId: p.remoteVnetId }
    : { mine: p.remote, theirs: p.local, otherVnetId: p.vnetId };
}
