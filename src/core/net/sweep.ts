import type { Prefix } from './prefix';

/** An item placed on the number line by its prefix. */
export interface Placed<T> {
  readonly prefix: Prefix;
  readonly item: T;
}

/**
 * Every pair of items whose prefixes overlap, found by one sort and a sweep. CIDR blocks never
 * partly overlap (they nest or are disjoint), so a stack of the blocks that are still open holds
 * exactly the blocks containing the current one: O(n log n + pairs), never all pairs.
 */
export function overlappingPairs<T>(placed: readonly Placed<T>[]): Array<[Placed<T>, Placed<T>]> {
  const sorted = [...placed].sort((a, b) => {
    if (a.prefix.version !== b.prefix.version) return a.prefix.version - b.prefix.version;
    if (a.prefix.start !== b.prefix.start) return a.prefix.start < b.prefix.start ? -1 : 1;
    return a.prefix.length - b.prefix.length;
  });
  const pairs: Array<[Placed<T>, Placed<T>]> = [];
  const open: Placed<T>[] = [];
  for (const cur of sorted) {
    while (open.length > 0) {
      const top = open[open.length - 1]!;
      if (top.prefix.version === cur.prefix.version && top.prefix.end >= cur.prefix.start) break;
      open.pop();
    }
    for (const container of open) pairs.push([container, cur]);
    open.push(cur);
  }
  return pairs;
}
