import { allDomains, findSpaceOverlaps, type SpaceOverlap } from '../../compute/overlaps';
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

/** One side of an owner pair; `natted` holds its prefixes that are post-NAT (IngressSNAT produced them). */
export interface OwnerSide {
  readonly id: string;
  readonly kind: SpaceOverlap['a']['kind'];
  readonly natted: Set<string>;
}

/** Groups overlaps by pair of owners; `keep` selects which overlaps to group. */
export function groupByOwners(overlaps: readonly SpaceOverlap[], keep: (o: SpaceOverlap) => boolean): OwnerPair[] {
  const groups = new Map<string, OwnerPair>();
  for (const o of overlaps) {
    if (!keep(o)) continue;
    const key = o.a.id < o.b.id ? `${o.a.id}\u0000${o.b.id}` : `${o.b.id}\u0000${o.a.id}`;
    let g = groups.get(key);
    if (!g) {
      g = { first: { id: o.a.id, kind: o.a.kind, natted: new Set() }, second: { id: o.b.id, kind: o.b.kind, natted: new Set() }, prefixPairs: [], where: [] };
      groups.set(key, g);
    }
    const [mine, theirs] = g.first.id === o.a.id ? [o.a, o.b] : [o.b, o.a];
    if (mine.nat) g.first.natted.add(mine.prefix);
    if (theirs.nat) g.second.natted.add(theirs.prefix);
    // findSpaceOverlaps reports each (owner, prefix, owner, prefix) once, so no dedupe is needed here.
    g.prefixPairs.push([mine.prefix, theirs.prefix]);
    for (const w of o.where) if (!g.where.includes(w)) g.where.push(w);
  }
  return [...groups.values()];
}


/** "site Branch-2 (10.0.9.0/24 after IngressSNAT, 10.0.128.0/20)": an owner and its overlapping prefixes. */
export function describeSide(ctx: RuleContext, side: OwnerSide, prefixes: readonly string[]): string {
  const shown = prefixes.map((p) => (side.natted.has(p) ? `${p} after IngressSNAT` : p));
  return `${describeElement(ctx, side.id)} (${firstFew(shown)})`;
}

/** "gateway hub-gw" / "peering hub-spoke" for the scopes an overlap was found in. */
export function describeWhere(ctx: RuleContext, where: readonly string[]): string {
  return firstFew(where.map((id) => describeElement(ctx, id)), 3);
}

/** Distinct values of a list, in order. */
export function distinct(items: readonly string[]): string[] {
  return [...new Set(items)];
}
