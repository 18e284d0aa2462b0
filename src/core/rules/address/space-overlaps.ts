import { allDomains, findSpaceOverlaps, type NatMark, type SpaceOverlap } from '../../compute/overlaps';
import type { GatewayDomain } from '../../compute/reachability';
import { describeElement, firstFew } from '../shared';
import type { RuleContext } from '../types';

/** Every gateway's routing domain, computed once per validation (memo key 'domains', shared with the NAT rules). */
export function gatewayDomains(ctx: RuleContext): readonly GatewayDomain[] {
  return ctx.memo('domains', () => allDomains(ctx.index));
}

/**
 * The design's overlaps between spaces that reach each other (after NAT), computed once per
 * validation under the shared memo key 'space-overlaps' (the NAT rules read the same result).
 */
export function spaceOverlaps(ctx: RuleContext): readonly SpaceOverlap[] {
  return ctx.memo('space-overlaps', () => findSpaceOverlaps(ctx.index, gatewayDomains(ctx)));
}

/** The overlaps of a design grouped by pair of owners (key: the two ids, sorted), in first-seen order. */
export interface OwnerPair {
  /** The owner listed first (the container of the first overlapping prefix pair). */
  readonly first: OwnerSide;
  readonly second: OwnerSide;
  /** Prefix pairs, first owner's prefix then second owner's. */
  readonly prefixPairs: Array<readonly [string, string]>;
  readonly where: string[];
}

/** One side of an owner pair; `natted` maps its post-NAT prefixes to the NAT that produced them. */
export interface OwnerSide {
  readonly id: string;
  readonly kind: SpaceOverlap['a']['kind'];
  readonly natted: Map<string, NatMark>;
}

/** Groups overlaps by pair of owners; `keep` selects which overlaps to group. */
export function groupByOwners(overlaps: readonly SpaceOverlap[], keep: (o: SpaceOverlap) => boolean): OwnerPair[] {
  const groups = new Map<string, OwnerPair>();
  const whereSets = new Map<OwnerPair, Set<string>>();
  for (const o of overlaps) {
    if (!keep(o)) continue;
    const key = o.a.id < o.b.id ? `${o.a.id}\u0000${o.b.id}` : `${o.b.id}\u0000${o.a.id}`;
    let g = groups.get(key);
    if (!g) {
      g = { first: { id: o.a.id, kind: o.a.kind, natted: new Map() }, second: { id: o.b.id, kind: o.b.kind, natted: new Map() }, prefixPairs: [], where: [] };
      groups.set(key, g);
      whereSets.set(g, new Set());
    }
    const [mine, theirs] = g.first.id === o.a.id ? [o.a, o.b] : [o.b, o.a];
    if (mine.nat) g.first.natted.set(mine.prefix, mine.nat);
    if (theirs.nat) g.second.natted.set(theirs.prefix, theirs.nat);
    // findSpaceOverlaps reports each (owner, prefix, owner, prefix) once, so no dedupe is needed here.
    g.prefixPairs.push([mine.prefix, theirs.prefix]);
    const seen = whereSets.get(g)!;
    for (const w of o.where) {
      if (seen.has(w)) continue;
      seen.add(w);
      g.where.push(w);
    }
  }
  return [...groups.values()];
}


/** "site Branch-2 (10.0.9.0/24 after IngressSNAT, 10.0.128.0/20)": an owner and its overlapping prefixes. */
export function describeSide(ctx: RuleContext, side: OwnerSide, prefixes: readonly string[]): string {
  return `${describeElement(ctx, side.id)} (${describePrefixes(side.natted, prefixes)})`;
}

/** Prefixes as text, each post-NAT one marked with the NAT that produced it. */
export function describePrefixes(natted: ReadonlyMap<string, NatMark>, prefixes: readonly string[]): string {
  return firstFew(prefixes.map((p) => {
    const nat = natted.get(p);
    return nat ? `${p} after ${nat === 'ingress' ? 'IngressSNAT' : 'EgressSNAT'}` : p;
  }));
}

/** "gateway hub-gw" / "peering hub-spoke" for the scopes an overlap was found in. */
export function describeWhere(ctx: RuleContext, where: readonly string[]): string {
  return firstFew(where.map((id) => describeElement(ctx, id)), 3);
}

/** Distinct values of a list, in order. */
export function distinct(items: readonly string[]): string[] {
  return [...new Set(items)];
}
