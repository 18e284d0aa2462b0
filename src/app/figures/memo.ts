import type { TopologyDocument } from '../../core/model/types';

/** The parts of a document the figures read: everything but `layout`, so dragging nodes recomputes nothing. */
const domainKey = (doc: TopologyDocument) => [doc.vnets, doc.gateways, doc.sites, doc.p2sConfigurations, doc.connections] as const;
type DomainKey = ReturnType<typeof domainKey>;

/**
 * How many domains a computation remembers. Two: the figures panel renders the document it shows
 * while a background render draws the next one (useDeferredValue), and neither may evict the other.
 */
const SLOTS = 2;

/**
 * Wraps a computation over a document so it runs again only when the domain lists change (edits replace
 * lists, never mutate them). The result keeps its identity otherwise, as zustand selectors require.
 */
export function memoOnDomain<T>(compute: (doc: TopologyDocument) => T): (doc: TopologyDocument) => T {
  const slots: { key: DomainKey; value: T }[] = [];
  return (doc) => {
    const key = domainKey(doc);
    const hit = slots.find((s) => key.every((part, i) => part === s.key[i]));
    if (hit) return hit.value;
    const value = compute(doc);
    slots.unshift({ key, value });
    slots.length = Math.min(slots.length, SLOTS);
    return value;
  };
}
