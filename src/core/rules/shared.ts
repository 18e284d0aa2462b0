import type { RuleContext } from './types';

/** A readable name for any element id, e.g. `gateway hub-gw`, for messages. */
export function describeElement(ctx: RuleContext, id: string): string {
  const { index } = ctx;
  const v = index.vnetById.get(id);
  if (v) return `VNet ${v.name}`;
  const g = index.gatewayById.get(id);
  if (g) return `gateway ${g.name}`;
  const s = index.siteById.get(id);
  if (s) return `site ${s.name}`;
  const p = index.p2sById.get(id);
  if (p) return `P2S pool ${p.name}`;
  const c = index.connectionById.get(id);
  if (c) return c.kind === 'peering' ? `peering ${c.name}` : `connection ${c.name}`;
  const n = index.natRuleById.get(id);
  if (n) return `NAT rule ${n.rule.name}`;
  return id;
}

/** True for the Basic gateway SKU. */
export const isBasicSku = (sku: string): boolean => sku === 'Basic';

/** True for the legacy SKUs that can no longer be created (Standard, HighPerformance). */
export const isLegacySku = (sku: string): boolean => sku === 'Standard' || sku === 'HighPerformance';

/** At most `max` items of a list, then "and N more": keeps messages short on large designs. */
export function firstFew(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
