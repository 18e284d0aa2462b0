import { Address4, Address6 } from 'ip-address';
import type { TopologyDocument } from '../src/core/model/types';

type Space = { owner: string; prefixes: readonly string[] };

function spaces(doc: TopologyDocument): Space[] {
  return [
    ...doc.vnets.map((v) => ({ owner: v.id, prefixes: v.addressSpace })),
    ...doc.sites.map((s) => ({ owner: s.id, prefixes: [...s.addressPrefixes, ...(s.bgp?.advertisedPrefixes ?? [])] })),
    ...doc.p2sConfigurations.map((p) => ({ owner: p.id, prefixes: p.addressPool })),
  ];
}

const parse = (t: string) => (t.includes(':') ? new Address6(t) : new Address4(t));

function overlapsPair(a: Address4 | Address6, b: Address4 | Address6): boolean {
  if (a.v4 !== b.v4) return false;
  // Two CIDR blocks overlap exactly when one contains the other.
  return (a as Address4).isInSubnet(b as Address4) || (b as Address4).isInSubnet(a as Address4);
}

/**
 * The baseline: what a straightforward implementation does — compare every pair of address spaces
 * in the design, building ip-address objects for the two prefixes of each comparison.
 */
export function naiveAllPairsOverlaps(doc: TopologyDocument): number {
  const list = spaces(doc);
  let overlaps = 0;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      for (const x of list[i]!.prefixes) for (const y of list[j]!.prefixes) if (overlapsPair(parse(x), parse(y))) overlaps++;
    }
  }
  return overlaps;
}

/** A stronger baseline: the same all-pairs loop over ip-address objects built once per prefix. */
export function naiveAllPairsPrebuilt(doc: TopologyDocument): number {
  const all = spaces(doc).flatMap((s) => s.prefixes.map(parse));
  let overlaps = 0;
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (overlapsPair(all[i]!, all[j]!)) overlaps++;
  return overlaps;
}
