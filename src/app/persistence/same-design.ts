import type { TopologyDocument } from '../../core/model/types';

/** JSON text with object keys sorted, so two documents compare by content, not key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Whether two documents hold the same design (same content, whatever the key order). */
export const sameDesign = (a: TopologyDocument, b: TopologyDocument): boolean => a === b || canonicalJson(a) === canonicalJson(b);

/** Whether a document has no elements at all (nothing to lose by replacing it). */
export const isEmptyDesign = (d: TopologyDocument): boolean =>
  d.vnets.length + d.gateways.length + d.sites.length + d.p2sConfigurations.length + d.connections.length === 0;
