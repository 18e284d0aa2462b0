import type { TopologyDocument } from '../../core/model/types';

/** Every id in use: elements, connections and NAT rules share one namespace. */
export function idsInUse(doc: TopologyDocument): Set<string> {
  const ids = new Set<string>();
  for (const list of [doc.vnets, doc.gateways, doc.sites, doc.p2sConfigurations, doc.connections]) for (const e of list) ids.add(e.id);
  for (const g of doc.gateways) for (const r of g.natRules) ids.add(r.id);
  return ids;
}

/** `base-1`, `base-2`, …: the first that is not taken. */
export function firstUnused(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
