import type { Connection, TopologyDocument, VnetToVnetConnection } from '../../core/model/types';
import { generatePsk } from '../inspector/psk';
import { firstUnused, idsInUse } from './ids';

/** What dragging from one node to another makes. */
export type ConnectPlan =
  | { readonly ok: true; readonly kind: 's2s'; readonly gatewayId: string; readonly siteId: string }
  /** Both directions, or the one missing when the other exists. */
  | { readonly ok: true; readonly kind: 'vnet2vnet'; readonly directions: readonly (readonly [string, string])[] }
  | { readonly ok: true; readonly kind: 'peering'; readonly vnetId: string; readonly remoteVnetId: string }
  /** The pool moves to the gateway (a P2S configuration belongs to exactly one gateway). */
  | { readonly ok: true; readonly kind: 'p2s'; readonly p2sId: string; readonly gatewayId: string }
  | { readonly ok: false; readonly reason: string };

type Kind = 'vnet' | 'gateway' | 'site' | 'p2s';

interface Node {
  readonly kind: Kind;
  readonly id: string;
  readonly name: string;
}

function nodeOf(doc: TopologyDocument, id: string): Node | undefined {
  const lists: [Kind, readonly { id: string; name: string }[]][] = [
    ['vnet', doc.vnets],
    ['gateway', doc.gateways],
    ['site', doc.sites],
    ['p2s', doc.p2sConfigurations],
  ];
  for (const [kind, list] of lists) {
    const e = list.find((x) => x.id === id);
    if (e) return { kind, id, name: e.name || e.id };
  }
  return undefined;
}

const refuse = (reason: string): ConnectPlan => ({ ok: false, reason });

/** Why a pool cannot go on this gateway (it has another one already), or undefined when it can. */
export function poolConflict(doc: TopologyDocument, gatewayId: string, exceptPoolId?: string): string | undefined {
  const other = doc.p2sConfigurations.find((p) => p.gatewayId === gatewayId && p.id !== exceptPoolId);
  if (!other) return undefined;
  const gateway = doc.gateways.find((g) => g.id === gatewayId);
  return `${gateway?.name || gatewayId} already has P2S pool ${other.name || other.id}: a gateway has one point-to-site configuration.`;
}

/**
 * What a line drawn between two nodes means, or why it makes no sense. Order does not matter:
 * gateway–site is site-to-site, gateway–gateway VNet-to-VNet, VNet–VNet peering, pool–gateway moves the pool.
 */
export function planConnection(doc: TopologyDocument, fromId: string, toId: string): ConnectPlan {
  const a = nodeOf(doc, fromId);
  const b = nodeOf(doc, toId);
  if (!a || !b) return refuse('That element is no longer in the design.');
  if (a.id === b.id) return refuse(`${a.name} cannot connect to itself.`);
  const pair = (x: Kind, y: Kind): [Node, Node] | undefined => (a.kind === x && b.kind === y ? [a, b] : a.kind === y && b.kind === x ? [b, a] : undefined);

  const s2s = pair('gateway', 'site');
  if (s2s) {
    const [g, s] = s2s;
    if (doc.connections.some((c) => c.kind === 's2s' && c.gatewayId === g.id && c.siteId === s.id)) return refuse(`${g.name} already has a connection to ${s.name}.`);
    return { ok: true, kind: 's2s', gatewayId: g.id, siteId: s.id };
  }

  if (a.kind === 'gateway' && b.kind === 'gateway') {
    const vnetOf = (id: string) => doc.gateways.find((g) => g.id === id)!.vnetId;
    if (vnetOf(a.id) === vnetOf(b.id)) return refuse(`${a.name} and ${b.name} are in the same VNet: VNet-to-VNet links two VNets.`);
    const exists = (from: string, to: string) => doc.connections.some((c) => c.kind === 'vnet2vnet' && c.gatewayId === from && c.remoteGatewayId === to);
    const directions = ([[a.id, b.id], [b.id, a.id]] as const).filter(([from, to]) => !exists(from, to));
    if (directions.length === 0) return refuse(`${a.name} and ${b.name} are already connected VNet-to-VNet.`);
    return { ok: true, kind: 'vnet2vnet', directions };
  }

  if (a.kind === 'vnet' && b.kind === 'vnet') {
    const peered = doc.connections.some(
      (c) => c.kind === 'peering' && ((c.vnetId === a.id && c.remoteVnetId === b.id) || (c.vnetId === b.id && c.remoteVnetId === a.id)),
    );
    if (peered) return refuse(`${a.name} and ${b.name} are already peered.`);
    return { ok: true, kind: 'peering', vnetId: a.id, remoteVnetId: b.id };
  }

  const p2s = pair('p2s', 'gateway');
  if (p2s) {
    const [p, g] = p2s;
    const pool = doc.p2sConfigurations.find((x) => x.id === p.id)!;
    if (pool.gatewayId === g.id) return refuse(`${p.name} is already on ${g.name}.`);
    const conflict = poolConflict(doc, g.id, p.id);
    if (conflict) return refuse(conflict);
    return { ok: true, kind: 'p2s', p2sId: p.id, gatewayId: g.id };
  }

  if (pair('gateway', 'vnet')) {
    const [g, v] = pair('gateway', 'vnet')!;
    const inVnet = doc.gateways.find((x) => x.id === g.id)!.vnetId === v.id;
    return refuse(inVnet ? `${g.name} is already in ${v.name}.` : `${g.name} sits in its own VNet: connect it to another gateway, a site or a P2S pool.`);
  }
  if (a.kind === 'site' && b.kind === 'site') return refuse('Two on-premises sites do not connect through Azure: connect each to a VPN gateway.');
  if (pair('site', 'vnet')) return refuse('A site connects to a VPN gateway, not to a VNet: add a gateway to the VNet and connect to it.');
  if (a.kind === 'p2s' && b.kind === 'p2s') return refuse('Two P2S pools do not connect: attach a pool to a VPN gateway.');
  if (pair('p2s', 'vnet')) return refuse('A P2S pool attaches to a VPN gateway, not to a VNet.');
  return refuse('A P2S pool attaches to a VPN gateway, not to a site.');
}

/** The result of carrying out a plan: the new document and what to select (the new connections or the moved pool). */
export interface Connected {
  readonly doc: TopologyDocument;
  readonly selectIds: readonly string[];
}

/**
 * Carries out a plan. New tunnels get IKEv2 defaults and a fresh random pre-shared key (the two
 * directions of a VNet-to-VNet link share one, as they must); a peering gets Azure's defaults.
 */
export function applyConnection(doc: TopologyDocument, plan: Extract<ConnectPlan, { ok: true }>, psk: () => string = () => generatePsk()): Connected {
  const taken = idsInUse(doc);
  const nameOf = (id: string) => [...doc.vnets, ...doc.gateways, ...doc.sites].find((e) => e.id === id)?.name || id;
  const fresh = (base: string) => {
    const id = taken.has(base) ? firstUnused(base, taken) : base;
    taken.add(id);
    return id;
  };
  const tunnel = { sharedKey: '', enableBgp: false, dpdTimeoutSeconds: 45, connectionMode: 'Default', plannedBandwidthMbps: 0 } as const;
  let added: Connection[];
  switch (plan.kind) {
    case 'p2s':
      return {
        doc: { ...doc, p2sConfigurations: doc.p2sConfigurations.map((p) => (p.id === plan.p2sId ? { ...p, gatewayId: plan.gatewayId } : p)) },
        selectIds: [plan.p2sId],
      };
    case 's2s': {
      const id = fresh(`cn-${nameOf(plan.gatewayId)}-${nameOf(plan.siteId)}`);
      added = [
        {
          kind: 's2s',
          id,
          name: id,
          ...tunnel,
          sharedKey: psk(),
          gatewayId: plan.gatewayId,
          siteId: plan.siteId,
          protocol: 'IKEv2',
          usePolicyBasedTrafficSelectors: false,
          trafficSelectorPolicies: [],
          ingressNatRuleIds: [],
          egressNatRuleIds: [],
        },
      ];
      break;
    }
    case 'vnet2vnet': {
      const existing = doc.connections.find(
        (c): c is VnetToVnetConnection => c.kind === 'vnet2vnet' && plan.directions.some(([from, to]) => c.gatewayId === to && c.remoteGatewayId === from),
      );
      const sharedKey = existing?.sharedKey || psk();
      added = plan.directions.map(([from, to]) => {
        const id = fresh(`cn-${nameOf(from)}-to-${nameOf(to)}`);
        return { kind: 'vnet2vnet', id, name: id, ...tunnel, sharedKey, gatewayId: from, remoteGatewayId: to };
      });
      break;
    }
    case 'peering': {
      const id = fresh(`peer-${nameOf(plan.vnetId)}-${nameOf(plan.remoteVnetId)}`);
      const side = { allowVirtualNetworkAccess: true, allowForwardedTraffic: false, allowGatewayTransit: false, useRemoteGateways: false };
      added = [{ kind: 'peering', id, name: id, vnetId: plan.vnetId, remoteVnetId: plan.remoteVnetId, local: side, remote: { ...side } }];
      break;
    }
  }
  return { doc: { ...doc, connections: [...doc.connections, ...added] }, selectIds: added.map((c) => c.id) };
}
