import { IPSEC_FIELDS } from '../../facts/ipsec';
import type { IpsecPolicy, SiteToSiteConnection, TopologyDocument, VnetToVnetConnection } from '../../model/types';
import type { RuleContext } from '../types';

/** A connection resource that carries tunnel settings (sharedKey, ipsecPolicy, DPD). */
export type TunnelConnection = SiteToSiteConnection | VnetToVnetConnection;

/** The two directions of one VNet-to-VNet link; `a` has the smaller id. `b` is absent for a one-way resource. */
export interface V2vPair {
  readonly a: VnetToVnetConnection;
  readonly b?: VnetToVnetConnection;
}

/** Every VNet-to-VNet resource between one unordered pair of gateways. */
export interface V2vGroup {
  /** The two gateway ids, the smaller first. */
  readonly gatewayIds: readonly [string, string];
  /** Resources from the first gateway to the second, and back. */
  readonly forward: readonly VnetToVnetConnection[];
  readonly backward: readonly VnetToVnetConnection[];
  readonly pairs: readonly V2vPair[];
  /** Links between the two gateways: the larger of the two direction counts. */
  readonly linkCount: number;
}

/** A stable text form of a policy (undefined fields included), for equality and signatures. */
export function policyKey(p: IpsecPolicy | undefined): string {
  if (!p) return '-';
  return IPSEC_FIELDS.map((f) => String(p[f] ?? '')).join('|');
}

export const samePolicy = (x: TunnelConnection, y: TunnelConnection): boolean => policyKey(x.ipsecPolicy) === policyKey(y.ipsecPolicy);

const signature = (c: VnetToVnetConnection): string => `${c.sharedKey}\u0000${policyKey(c.ipsecPolicy)}`;

function buildGroups(ctx: RuleContext): readonly V2vGroup[] {
  const groups = new Map<string, { gatewayIds: [string, string]; forward: VnetToVnetConnection[]; backward: VnetToVnetConnection[] }>();
  for (const c of ctx.index.v2v) {
    const lo = c.gatewayId < c.remoteGatewayId ? c.gatewayId : c.remoteGatewayId;
    const hi = lo === c.gatewayId ? c.remoteGatewayId : c.gatewayId;
    const key = `${lo}\u0000${hi}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { gatewayIds: [lo, hi], forward: [], backward: [] }));
    (c.gatewayId === lo ? g.forward : g.backward).push(c);
  }
  const out: V2vGroup[] = [];
  for (const g of groups.values()) {
    const pairs: V2vPair[] = [];
    const make = (x: VnetToVnetConnection, y: VnetToVnetConnection | undefined): V2vPair =>
      !y ? { a: x } : x.id < y.id ? { a: x, b: y } : { a: y, b: x };
    if (g.gatewayIds[0] === g.gatewayIds[1]) {
      // A resource from a gateway to itself has no reverse direction: each stands alone.
      for (const c of g.forward) pairs.push(make(c, undefined));
    } else {
      // Match each direction to a reverse resource with the same key and policy first, then by order.
      const bySignature = new Map<string, VnetToVnetConnection[]>();
      for (const c of g.backward) {
        const list = bySignature.get(signature(c));
        if (list) list.push(c);
        else bySignature.set(signature(c), [c]);
      }
      const used = new Set<string>();
      const leftover: VnetToVnetConnection[] = [];
      for (const c of g.forward) {
        const match = bySignature.get(signature(c))?.shift();
        if (match) {
          used.add(match.id);
          pairs.push(make(c, match));
        } else leftover.push(c);
      }
      const rest = g.backward.filter((c) => !used.has(c.id));
      for (let i = 0; i < Math.max(leftover.length, rest.length); i++) {
        const x = leftover[i] ?? rest[i]!;
        pairs.push(make(x, leftover[i] ? rest[i] : undefined));
      }
    }
    out.push({ ...g, pairs, linkCount: Math.max(g.forward.length, g.backward.length) });
  }
  return out;
}

/**
 * The VNet-to-VNet resources grouped by the two gateways they join, each direction paired with its
 * reverse. Shared by the connection/… rules through the memo.
 *
 * Pairing: where several resources join the same two gateways, a resource is paired with a reverse
 * one carrying the same key and policy when there is one, then the rest by document order, so two
 * resources are never paired with the same reverse.
 */
export function v2vGroups(ctx: RuleContext): readonly V2vGroup[] {
  return ctx.memo('connection/v2v-groups', () => buildGroups(ctx));
}

/** Every VNet-to-VNet pair (and one-way resource) of the design. */
export function v2vPairs(ctx: RuleContext): readonly V2vPair[] {
  return ctx.memo('connection/v2v-pairs', () => v2vGroups(ctx).flatMap((g) => g.pairs));
}

/** One subject of a tunnel-settings rule: a connection, or both directions of a VNet-to-VNet pair. */
export interface TunnelUnit {
  /** The resource whose settings are judged (for a pair: the one with the smaller id). */
  readonly conn: TunnelConnection;
  /** The resources the finding names: one, or both directions of a pair. */
  readonly ids: readonly string[];
}

/**
 * The subjects of a rule about one tunnel setting: every S2S connection, and every VNet-to-VNet
 * resource, where the two directions of a pair count once when `same` says their settings agree
 * (so a pair with one bad key is reported once, naming both resources) and separately otherwise.
 */
export function tunnelUnits(ctx: RuleContext, same: (x: TunnelConnection, y: TunnelConnection) => boolean): readonly TunnelUnit[] {
  // The S2S units are the same for every rule: built once per validation and shared.
  const s2sUnits = ctx.memo('connection/s2s-units', (): readonly TunnelUnit[] => ctx.index.s2s.map((c) => ({ conn: c, ids: [c.id] })));
  const pairs = v2vPairs(ctx);
  if (pairs.length === 0) return s2sUnits;
  const units = [...s2sUnits];
  for (const { a, b } of pairs) {
    if (b && same(a, b)) units.push({ conn: a, ids: [a.id, b.id] });
    else {
      units.push({ conn: a, ids: [a.id] });
      if (b) units.push({ conn: b, ids: [b.id] });
    }
  }
  return units;
}

/** A copy of the document with the given connections changed (never mutates the input). */
export function updateConnections(
  doc: TopologyDocument,
  ids: readonly string[],
  change: (c: TunnelConnection) => TunnelConnection,
): TopologyDocument {
  const wanted = new Set(ids);
  return {
    ...doc,
    connections: doc.connections.map((c) => (c.kind !== 'peering' && wanted.has(c.id) ? change(c) : c)),
  };
}

/** "connection x" or "VNet-to-VNet connections x and y", for messages. */
export function unitName(ctx: RuleContext, ids: readonly string[]): string {
  const names = ids.map((id) => ctx.index.connectionById.get(id)?.name ?? id);
  return names.length === 1 ? `connection ${names[0]}` : `VNet-to-VNet connections ${names.join(' and ')}`;
}
