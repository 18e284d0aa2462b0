import { isBasicSku, isLegacySku } from '../shared';
import type { Finding } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'connection/ikev1-sku',
    severities: ['error'],
    title: 'An IKEv1 connection on a route-based Basic gateway or a legacy SKU (Standard, HighPerformance).',
    source: 'FAQ "How do I create connections with the IKEv1 or IKEv2 protocol type?"; facts §1.4, §1.5',
    docs: {
      why: 'Route-based gateways take IKEv1 connections only on the VpnGw SKUs. A route-based Basic gateway speaks IKEv2 only, and the legacy Standard and HighPerformance SKUs cannot carry IKEv1 either, so the connection cannot be created.',
      example: 'A connection with protocol `IKEv1` on a route-based `Basic` gateway or a `Standard` gateway.',
      fix: 'Use IKEv2 if the device supports it (the protocol cannot be changed later: delete and re-create the connection), or move the gateway to a VpnGw AZ SKU.',
      reading: 'A policy-based Basic gateway runs IKEv1 by design (facts §1.5), so IKEv1 there is not reported.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const c of ctx.index.s2s) {
      if (c.protocol !== 'IKEv1') continue;
      const g = ctx.index.gatewayById.get(c.gatewayId);
      if (!g) continue;
      const legacy = isLegacySku(g.sku);
      const basicRouteBased = isBasicSku(g.sku) && g.vpnType === 'RouteBased';
      if (!legacy && !basicRouteBased) continue;
      yield {
        elementIds: [c.id, g.id],
        detail: legacy ? 'legacy' : 'basic',
        message: `Connection ${c.name} uses IKEv1, which gateway ${g.name} (${legacy ? `legacy SKU ${g.sku}` : 'route-based Basic'}) does not support`,
        data: { sku: g.sku, vpnType: g.vpnType, protocol: c.protocol },
        fix: { hint: 'Re-create the connection with IKEv2, or move the gateway to a VpnGw AZ SKU (VpnGw1AZ or larger) to keep IKEv1.' },
      };
    }
  },
});
