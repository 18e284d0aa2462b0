import type { Connection, TopologyDocument } from '../../core/model/types';

/** What the canvas draws as lines: connections, plus the structural links gateway→VNet and pool→gateway. */
export type LinkKind = 's2s' | 'vnet2vnet' | 'peering' | 'member' | 'p2s';

export interface DesignLink {
  readonly id: string;
  readonly kind: LinkKind;
  readonly source: string;
  readonly target: string;
  /** The document connections the line stands for (both directions of a VNet-to-VNet link; none for structural links). */
  readonly connectionIds: readonly string[];
  /** A short tag: protocol, BGP, NAT. */
  readonly label: string;
  /** Read aloud by screen readers. */
  readonly description: string;
}

export interface DesignGraph {
  readonly links: readonly DesignLink[];
  /** The line that stands for each connection. */
  readonly linkOfConnection: ReadonlyMap<string, DesignLink>;
  readonly linkById: ReadonlyMap<string, DesignLink>;
}

/** Edge ids of structural links carry a prefix so they never collide with element ids of the document. */
export const memberLinkId = (gatewayId: string) => `member:${gatewayId}`;
export const p2sLinkId = (p2sId: string) => `p2s-link:${p2sId}`;
const v2vLinkId = (a: string, b: string) => (a < b ? `v2v:${a}|${b}` : `v2v:${b}|${a}`);

const tags = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' · ');

const graphs = new WeakMap<readonly Connection[], { key: readonly unknown[]; graph: DesignGraph }>();

/** The lines of a design. Memoized on the domain lists, so dragging nodes reuses the same objects. */
export function designGraph(doc: TopologyDocument): DesignGraph {
  const key = [doc.vnets, doc.gateways, doc.sites, doc.p2sConfigurations];
  const cached = graphs.get(doc.connections);
  if (cached && cached.key.every((k, i) => k === key[i])) return cached.graph;
  const graph = buildGraph(doc);
  graphs.set(doc.connections, { key, graph });
  return graph;
}

function buildGraph(doc: TopologyDocument): DesignGraph {
  const names = new Map<string, string>();
  for (const list of [doc.vnets, doc.gateways, doc.sites, doc.p2sConfigurations]) for (const e of list) names.set(e.id, e.name || e.id);
  const nameOf = (id: string) => names.get(id) ?? id;
  const links: DesignLink[] = [];
  const linkOfConnection = new Map<string, DesignLink>();
  const v2vPairs = new Map<string, Extract<Connection, { kind: 'vnet2vnet' }>[]>();

  for (const g of doc.gateways) {
    links.push({
      id: memberLinkId(g.id),
      kind: 'member',
      source: g.id,
      target: g.vnetId,
      connectionIds: [],
      label: '',
      description: `Gateway ${nameOf(g.id)} in VNet ${nameOf(g.vnetId)}`,
    });
  }
  for (const p of doc.p2sConfigurations) {
    links.push({
      id: p2sLinkId(p.id),
      kind: 'p2s',
      source: p.id,
      target: p.gatewayId,
      connectionIds: [],
      label: 'P2S',
      description: `Point-to-site pool ${nameOf(p.id)} on gateway ${nameOf(p.gatewayId)}`,
    });
  }
  for (const c of doc.connections) {
    if (c.kind === 's2s') {
      const nat = c.ingressNatRuleIds.length > 0 || c.egressNatRuleIds.length > 0;
      const link: DesignLink = {
        id: c.id,
        kind: 's2s',
        source: c.gatewayId,
        target: c.siteId,
        connectionIds: [c.id],
        label: tags(c.protocol, c.enableBgp && 'BGP', nat && 'NAT', c.usePolicyBasedTrafficSelectors && 'policy'),
        description: `Site-to-site connection ${c.name || c.id} from gateway ${nameOf(c.gatewayId)} to site ${nameOf(c.siteId)}`,
      };
      links.push(link);
      linkOfConnection.set(c.id, link);
    } else if (c.kind === 'peering') {
      const link: DesignLink = {
        id: c.id,
        kind: 'peering',
        source: c.vnetId,
        target: c.remoteVnetId,
        connectionIds: [c.id],
        label: tags('peering', (c.local.allowGatewayTransit || c.remote.allowGatewayTransit) && 'transit'),
        description: `Peering ${c.name || c.id} between VNets ${nameOf(c.vnetId)} and ${nameOf(c.remoteVnetId)}`,
      };
      links.push(link);
      linkOfConnection.set(c.id, link);
    } else {
      const pairKey = v2vLinkId(c.gatewayId, c.remoteGatewayId);
      const pair = v2vPairs.get(pairKey);
      if (pair) pair.push(c);
      else v2vPairs.set(pairKey, [c]);
    }
  }
  // Azure has one resource per direction; the canvas draws one line per pair of gateways.
  for (const [id, pair] of v2vPairs) {
    const first = pair[0]!;
    const directions = new Set(pair.map((c) => c.gatewayId)).size;
    const link: DesignLink = {
      id,
      kind: 'vnet2vnet',
      source: first.gatewayId,
      target: first.remoteGatewayId,
      connectionIds: pair.map((c) => c.id),
      label: tags('IKEv2', pair.some((c) => c.enableBgp) && 'BGP', directions < 2 && first.gatewayId !== first.remoteGatewayId && 'one way'),
      description: `VNet-to-VNet connection ${pair.map((c) => c.name || c.id).join(' and ')} between gateways ${nameOf(first.gatewayId)} and ${nameOf(first.remoteGatewayId)}`,
    };
    links.push(link);
    for (const c of pair) linkOfConnection.set(c.id, link);
  }
  return { links, linkOfConnection, linkById: new Map(links.map((l) => [l.id, l])) };
}

/**
 * What to select and what to bring into view for a finding's element ids: nodes as they are, a
 * connection as its line (and its two ends in view), a NAT rule as its gateway.
 */
export function resolveFocus(doc: TopologyDocument, elementIds: readonly string[]): { select: string[]; show: string[] } {
  const graph = designGraph(doc);
  const nodes = new Set<string>();
  for (const list of [doc.vnets, doc.gateways, doc.sites, doc.p2sConfigurations]) for (const e of list) nodes.add(e.id);
  const select = new Set<string>();
  const show = new Set<string>();
  for (const id of elementIds) {
    if (nodes.has(id)) {
      select.add(id);
      show.add(id);
      continue;
    }
    const link = graph.linkOfConnection.get(id);
    if (link) {
      select.add(link.id);
      show.add(link.source).add(link.target);
      continue;
    }
    const gateway = doc.gateways.find((g) => g.natRules.some((r) => r.id === id));
    if (gateway) {
      select.add(gateway.id);
      show.add(gateway.id);
    }
  }
  return { select: [...select], show: [...show] };
}

/** The document element ids a canvas selection stands for (a VNet-to-VNet line is both its directions). */
export function selectedElementIds(doc: TopologyDocument, selection: ReadonlySet<string>): Set<string> {
  const graph = designGraph(doc);
  const out = new Set<string>();
  for (const id of selection) {
    const link = graph.linkById.get(id);
    if (link) for (const c of link.connectionIds) out.add(c);
    else out.add(id);
  }
  return out;
}
