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

/**
 * Every pair (a from `left`, b from `right`) whose prefixes overlap; pairs within one side are never
 * formed, so many nested or repeated prefixes on one side cost nothing. One sort and two stacks:
 * O((n + m) log(n + m) + pairs reported).
 */
export function crossOverlappingPairs<A, B>(left: readonly Placed<A>[], right: readonly Placed<B>[]): Array<[Placed<A>, Placed<B>]> {
  type Tagged = { placed: Placed<A> | Placed<B>; isLeft: boolean };
  const all: Tagged[] = [...left.map((placed) => ({ placed, isLeft: true })), ...right.map((placed) => ({ placed, isLeft: false }))];
  all.sort((x, y) => {
    const a = x.placed.prefix;
    const b = y.placed.prefix;
    if (a.version !== b.version) return a.version - b.version;
    if (a.start !== b.start) return a.start < b.start ? -1 : 1;
    return a.length - b.length;
  });
  const pairs: Array<[Placed<A>, Placed<B>]> = [];
  const openLeft: Placed<A>[] = [];
  const openRight: Placed<B>[] = [];
  const close = (stack: Array<Placed<A> | Placed<B>>, cur: Placed<unknown>) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!.prefix;
      if (top.version === cur.prefix.version && top.end >= cur.prefix.start) break;
      stack.pop();
    }
  };
  for (const { placed, isLeft } of all) {
    close(openLeft, placed);
    close(openRight, placed);
    // Both stacks now hold exactly the blocks of each side that contain the current one.
    if (isLeft) {
      for (const r of openRight) pairs.push([placed as Placed<A>, r]);
      openLeft.push(placed as Placed<A>);
    } else {
      for (const l of openLeft) pairs.push([l, placed as Placed<B>]);
      openRight.push(placed as Placed<B>);
    }
  }
  return pairs;
}
