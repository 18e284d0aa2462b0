import type { DesignIndex } from '../model/design-index';
import { overlappingPairs, type Placed } from '../net/sweep';
import { toPrefixes, type Prefix } from '../net/prefix';
import { gatewayDomain, type GatewayDomain, type SpaceOwnerKind } from './reachability';

/** Two address spaces that can reach each other and share addresses (judged after NAT). */
export interface SpaceOverlap {
  readonly a: { readonly id: string; readonly kind: SpaceOwnerKind; readonly prefix: string };
  readonly b: { readonly id: string; readonly kind: SpaceOwnerKind; readonly prefix: string };
  /** Where they meet: the gateways whose routing domain holds both, or the peering joining them. */
  readonly where: readonly string[];
}

interface Entry {
  readonly ownerId: string;
  readonly kind: SpaceOwnerKind;
  readonly scopes: Set<string>;
}

/**
 * All overlaps between spaces that reach each other: inside each gateway's routing domain (after
 * NAT) and across every peering. One sort-and-sweep over all prefixes, then a scope check per
 * overlapping pair; never all pairs.
 */
export function findSpaceOverlaps(index: DesignIndex, domains: readonly GatewayDomain[]): SpaceOverlap[] {
  const entries = new Map<string, { prefix: Prefix; entry: Entry }>();
  const place = (ownerId: string, kind: SpaceOwnerKind, prefix: Prefix, scope: string) => {
    const key = `${ownerId}\u0000${prefix.text}`;
    const hit = entries.get(key);
    if (hit) hit.entry.scopes.add(scope);
    else entries.set(key, { prefix, entry: { ownerId, kind, scopes: new Set([scope]) } });
  };
  for (const d of domains) {
    for (const s of d.spaces) for (const p of s.prefixes) place(s.ownerId, s.ownerKind, p, d.gatewayId);
  }
  for (const peering of index.peerings) {
    const scope = `peering:${peering.id}`;
    for (const vnetId of [peering.vnetId, peering.remoteVnetId]) {
      const v = index.vnetById.get(vnetId);
      if (v) for (const p of toPrefixes(v.addressSpace)) place(v.id, 'vnet', p, scope);
    }
  }
  const placed: Placed<Entry>[] = [];
  for (const { prefix, entry } of entries.values()) placed.push({ prefix, item: entry });
  const out: SpaceOverlap[] = [];
  for (const [x, y] of overlappingPairs(placed)) {
    if (x.item.ownerId === y.item.ownerId) continue;
    const where: string[] = [];
    for (const s of x.item.scopes) if (y.item.scopes.has(s)) where.push(s.startsWith('peering:') ? s.slice(8) : s);
    if (where.length === 0) continue;
    out.push({
      a: { id: x.item.ownerId, kind: x.item.kind, prefix: x.prefix.text },
      b: { id: y.item.ownerId, kind: y.item.kind, prefix: y.prefix.text },
      where,
    });
  }
  return out;
}

/** Routing domains of every gateway in the design. */
export function allDomains(index: DesignIndex): GatewayDomain[] {
  return index.doc.gateways.map((g) => gatewayDomain(index, g));
}
