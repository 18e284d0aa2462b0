import type { TopologyDocument } from '../../core/model/types';

/** The parts of a document the figures read: everything but `layout`, so dragging nodes recomputes nothing. */
const domainKey = (doc: TopologyDocument) => [doc.vnets, doc.gateways, doc.sites, doc.p2sConfigurations, doc.connections] as const;

/**
 * Wraps a computation over a document so it runs again only when the domain lists change (edits replace
 * lists, never mutate them). The result keeps its identity otherwise, as zustand selectors require.
 */
export function memoOnDomain<T>(compute: (doc: TopologyDocument) => T): (doc: TopologyDocument) => T {
  let lastKey: ReturnType<typeof domainKey> | undefined;
  let last: T;
  return (doc) => {
    const key = domainKey(doc);
    if (lastKey && key.every((part, i) => part === lastKey![i])) return last;
    last = compute(doc);
    lastKey = key;
    return last;
  };
}
