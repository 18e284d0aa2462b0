import type { DesignIndex } from '../model/design-index';
import { overlappingPairs, type Placed } from '../net/sweep';
import { comparePrefixes, toPrefixes, type Prefix } from '../net/prefix';
import { gatewayDomain, SpaceCache, type GatewayDomain, type SpaceOwnerKind } from './reachability';

/** Two address spaces that can reach each other and share addresses (judged after NAT). */
export interface SpaceOverlap {
  /** Each side: owner, its prefix as seen (after NAT), and nat: true when NAT produced that prefix. */
  readonly a: { readonly id: string; readonly kind: SpaceOwnerKind; readonly prefix: string; readonly nat?: boolean };
  readonly b: { readonly id: string; readonly kind: SpaceOwnerKind; readonly prefix: string; readonly nat?: boolean };
  /** Where they meet: the gateways whose routing domain holds both, or the peering joining them. */
  readonly where: readonly string[];
}

interface Member {
  readonly ownerId: string;
  readonly kind: SpaceOwnerKind;
  /** This prefix of the owner is a post-NAT one (IngressSNAT produced it) in at least one scope. */
  nat: boolean;
}

/** Every owner that has one distinct prefix, grouped by the scope (gateway or peering) it is seen in. */
interface Bucket {
  readonly prefix: Prefix;
  readonly byScope: Map<string, Map<string, Member>>;
}

const PEERING_SCOPE = 'peering:';

/**
 * All overlaps between spaces that reach each other: inside each gateway's routing domain (after
 * NAT) and across every peering.
 *
 * Owners are grouped by distinct prefix first, so one sort-and-sweep runs over distinct prefixes only.
 * CIDR blocks nest, so each block has at most 33 (IPv4) or 129 (IPv6) distinct containers and the
 * sweep yields O(distinct prefixes) bucket pairs, however many unrelated designs reuse the same
 * prefixes. Each bucket pair is then matched scope by scope (the smaller scope map is walked), so
 * the work is O(n log n) plus the overlaps actually found; never all pairs.
 */
export function findSpaceOverlaps(index: DesignIndex, domains: readonly GatewayDomain[]): SpaceOverlap[] {
  const buckets = new Map<string, Bucket>();
  const place = (ownerId: string, kind: SpaceOwnerKind, prefix: Prefix, scope: string, nat: boolean) => {
    let bucket = buckets.get(prefix.text);
    if (!bucket) {
      bucket = { prefix, byScope: new Map() };
      buckets.set(prefix.text, bucket);
    }
    let members = bucket.byScope.get(scope);
    if (!members) {
      members = new Map();
      bucket.byScope.set(scope, members);
    }
    const hit = members.get(ownerId);
    if (hit) hit.nat ||= nat;
    else members.set(ownerId, { ownerId, kind, nat });
  };
  for (const d of domains) {
    for (const s of d.spaces) {
      const natted = s.nat && s.natPrefixes ? new Set(s.natPrefixes) : undefined;
      for (const p of s.prefixes) place(s.ownerId, s.ownerKind, p, d.gatewayId, natted?.has(p.text) === true);
    }
  }
  for (const peering of index.peerings) {
    if (peering.vnetId === peering.remoteVnetId) continue;
    const scope = `${PEERING_SCOPE}${peering.id}`;
    for (const vnetId of [peering.vnetId, peering.remoteVnetId]) {
      const v = index.vnetById.get(vnetId);
      if (v) for (const p of toPrefixes(v.addressSpace)) place(v.id, 'vnet', p, scope, false);
    }
  }

  // Results keyed by (owner, prefix, owner, prefix) so that a pair met in several scopes is one entry.
  const found = new Map<string, { a: Member; ap: Prefix; b: Member; bp: Prefix; where: string[] }>();
  const record = (a: Member, ap: Prefix, b: Member, bp: Prefix, scope: string) => {
    const key = `${a.ownerId}\u0000${ap.text}\u0000${b.ownerId}\u0000${bp.text}`;
    const where = scope.startsWith(PEERING_SCOPE) ? scope.slice(PEERING_SCOPE.length) : scope;
    const hit = found.get(key);
    if (hit) {
      if (!hit.where.includes(where)) hit.where.push(where);
    } else {
      found.set(key, { a, ap, b, bp, where: [where] });
    }
  };

  // Same prefix, same scope, different owners.
  for (const bucket of buckets.values()) {
    for (const [scope, members] of bucket.byScope) {
      if (members.size < 2) continue;
      const list = [...members.values()].sort((x, y) => (x.ownerId < y.ownerId ? -1 : x.ownerId > y.ownerId ? 1 : 0));
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) record(list[i]!, bucket.prefix, list[j]!, bucket.prefix, scope);
      }
    }
  }

  // Nested distinct prefixes: the container first.
  const placed: Placed<Bucket>[] = [];
  for (const bucket of buckets.values()) placed.push({ prefix: bucket.prefix, item: bucket });
  for (const [x, y] of overlappingPairs(placed)) {
    const smaller = x.item.byScope.size <= y.item.byScope.size ? x.item : y.item;
    for (const scope of smaller.byScope.keys()) {
      const xs = x.item.byScope.get(scope);
      const ys = y.item.byScope.get(scope);
      if (!xs || !ys) continue;
      for (const a of xs.values()) {
        for (const b of ys.values()) {
          if (a.ownerId !== b.ownerId) record(a, x.prefix, b, y.prefix, scope);
        }
      }
    }
  }

  const out: SpaceOverlap[] = [];
  for (const { a, ap, b, bp, where } of found.values()) {
    out.push({
      a: { id: a.ownerId, kind: a.kind, prefix: ap.text, ...(a.nat ? { nat: true } : {}) },
      b: { id: b.ownerId, kind: b.kind, prefix: bp.text, ...(b.nat ? { nat: true } : {}) },
      where,
    });
  }
  return out;
}

/** Routing domains of every gateway in the design. */
export function allDomains(index: DesignIndex): GatewayDomain[] {
  const cache = new SpaceCache();
  return index.doc.gateways.map((g) => gatewayDomain(index, g, cache));
}

/**
 * A set of prefixes reduced to its outermost blocks, sorted, for fast containment and overlap
 * queries (binary search): O(n log n) to build, O(log n) per query.
 */
export class PrefixCover {
  /** Outermost blocks, disjoint, sorted by family then start. */
  readonly blocks: readonly Prefix[];

  constructor(prefixes: readonly Prefix[]) {
    const sorted = [...prefixes].sort(comparePrefixes);
    const blocks: Prefix[] = [];
    for (const p of sorted) {
      const last = blocks[blocks.length - 1];
      if (last && last.version === p.version && last.start <= p.start && p.end <= last.end) continue;
      blocks.push(p);
    }
    this.blocks = blocks;
  }

  /** The last block that starts at or before `start` in the family (undefined if none). */
  private floor(version: 4 | 6, start: bigint): Prefix | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = this.blocks[mid]!;
      if (b.version < version || (b.version === version && b.start <= start)) lo = mid + 1;
      else hi = mid - 1;
    }
    const b = this.blocks[hi];
    return b?.version === version ? b : undefined;
  }

  /** The block containing `p` entirely, if any. */
  containing(p: Prefix): Prefix | undefined {
    const b = this.floor(p.version, p.start);
    return b && b.end >= p.end ? b : undefined;
  }

  /** A block sharing at least one address with `p`, if any (the one starting last at or before p's end). */
  overlapping(p: Prefix): Prefix | undefined {
    const b = this.floor(p.version, p.end);
    return b && b.end >= p.start ? b : undefined;
  }
}
