import { Address4, Address6 } from 'ip-address';
import type { TopologyDocument } from '../src/core/model/types';

/**
 * The baseline the benchmark compares against: what a straightforward implementation does —
 * build ip-address objects for every prefix in the design and test every pair for overlap.
 */
export function naiveAllPairsOverlaps(doc: TopologyDocument): number {
  const texts: string[] = [];
  for (const v of doc.vnets) texts.push(...v.addressSpace);
  for (const s of doc.sites) texts.push(...s.addressPrefixes, ...(s.bgp?.advertisedPrefixes ?? []));
  for (const p of doc.p2sConfigurations) texts.push(...p.addressPool);
  const addrs = texts.map((t) => (t.includes(':') ? new Address6(t) : new Address4(t)));
  let overlaps = 0;
  for (let i = 0; i < addrs.length; i++) {
    for (let j = i + 1; j < addrs.length; j++) {
      const a = addrs[i]!;
      const b = addrs[j]!;
      if (a.v4 !== b.v4) continue;
      // Two CIDR blocks overlap exactly when one contains the other.
      if ((a as Address4).isInSubnet(b as Address4) || (b as Address4).isInSubnet(a as Address4)) overlaps++;
    }
  }
  return overlaps;
}
