import { isBasicSku } from '../shared';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { listElements, v2vByRemoteGateway } from './helpers';

const ROUTE_BASED_HINT = 'Use a route-based gateway (VpnGw1AZ or larger); the VPN type cannot be changed in place, so the gateway is re-created.';

export default defineRule({
  meta: {
    id: 'gateway/policy-based-limits',
    severities: ['error'],
    title: 'A policy-based gateway with a feature only route-based gateways have.',
    source: 'FAQ "Can I use a policy-based VPN type for VNet-to-VNet or multi-site connections?"; facts §1.5, §1.6, §10',
    docs: {
      why: 'A policy-based gateway exists on the Basic SKU only and carries a single IKEv1 site-to-site tunnel: no point-to-site, no VNet-to-VNet (on either end), no second site, no BGP and no active-active. The VPN type cannot be switched later; the gateway must be deleted and re-created (about an hour, and the public IP changes).',
      example: 'Policy-based gateway `branch-gw` with two site-to-site connections, or with a connection left at the default IKEv2.',
      fix: 'Use a route-based gateway for anything beyond one IKEv1 tunnel to one site. For a single tunnel, set the connection protocol to IKEv1 (the autofix does).',
      reading:
        'facts §1.6 says policy-based is supported on Basic only, so a policy-based gateway on any other SKU is reported here (detail sku). A VNet-to-VNet connection is reported whether the policy-based gateway is its local or its remote end.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const { index } = ctx;
    for (const g of ctx.doc.gateways) {
      if (g.vpnType !== 'PolicyBased') continue;
      const s2s = index.s2sByGateway.get(g.id) ?? [];
      const p2s = index.p2sByGateway.get(g.id) ?? [];
      const v2v = [...(index.v2vByGateway.get(g.id) ?? []), ...(v2vByRemoteGateway(ctx).get(g.id) ?? [])];
      const base = { sku: g.sku, vpnType: g.vpnType };

      if (!isBasicSku(g.sku)) {
        yield {
          elementIds: [g.id],
          message: `Gateway ${g.name} is policy-based on SKU ${g.sku}; policy-based gateways exist on the Basic SKU only.`,
          detail: 'sku',
          data: { ...base, feature: 'sku' },
          fix: { hint: 'Make it route-based (re-create the gateway), or use the Basic SKU if one IKEv1 tunnel is all it needs.' },
        };
      }
      if (p2s.length > 0) {
        yield {
          elementIds: [g.id, ...p2s.map((p) => p.id)],
          message: `Policy-based gateway ${g.name} can't have point-to-site (${listElements(ctx, p2s.map((p) => p.id))}).`,
          detail: 'p2s',
          data: { ...base, feature: 'p2s', count: p2s.length },
          fix: { hint: ROUTE_BASED_HINT },
        };
      }
      if (v2v.length > 0) {
        yield {
          elementIds: [g.id, ...v2v.map((c) => c.id)],
          message: `Policy-based gateway ${g.name} can't take part in VNet-to-VNet (${listElements(ctx, v2v.map((c) => c.id))}); both ends must be route-based.`,
          detail: 'vnet2vnet',
          data: { ...base, feature: 'vnet2vnet', count: v2v.length },
          fix: { hint: ROUTE_BASED_HINT },
        };
      }
      if (s2s.length > 1) {
        yield {
          elementIds: [g.id, ...s2s.map((c) => c.id)],
          message: `Policy-based gateway ${g.name} has ${s2s.length} site-to-site connections; it supports only 1.`,
          detail: 'multi-site',
          data: { ...base, feature: 'multi-site', count: s2s.length, max: 1 },
          fix: { hint: ROUTE_BASED_HINT },
        };
      }
      const bgpConns = s2s.filter((c) => c.enableBgp);
      if (g.bgp.enabled || bgpConns.length > 0) {
        yield {
          elementIds: [g.id, ...bgpConns.map((c) => c.id)],
          message: `Policy-based gateway ${g.name} can't run BGP${bgpConns.length > 0 ? ` (enabled on ${listElements(ctx, bgpConns.map((c) => c.id))})` : ''}.`,
          detail: 'bgp',
          data: { ...base, feature: 'bgp' },
          fix: { hint: `Turn BGP off and use static prefixes, or: ${ROUTE_BASED_HINT}` },
        };
      }
      if (g.activeActive) {
        yield {
          elementIds: [g.id],
          message: `Policy-based gateway ${g.name} can't be active-active.`,
          detail: 'active-active',
          data: { ...base, feature: 'active-active' },
          fix: { hint: `Turn active-active off, or: ${ROUTE_BASED_HINT}` },
        };
      }
      const ikev2 = s2s.filter((c) => c.protocol === 'IKEv2');
      if (ikev2.length > 0) {
        const ids = new Set(ikev2.map((c) => c.id));
        yield {
          elementIds: [g.id, ...ikev2.map((c) => c.id)],
          message: `Policy-based gateway ${g.name} supports IKEv1 only, but ${listElements(ctx, [...ids])} use${ids.size > 1 ? '' : 's'} IKEv2.`,
          detail: 'ikev2',
          data: { ...base, feature: 'ikev2', count: ids.size },
          fix: {
            hint: 'Set the connection protocol to IKEv1 (it cannot be changed after creation), or use a route-based gateway for IKEv2.',
            autofix: {
              label: ids.size > 1 ? `Set ${ids.size} connections to IKEv1` : 'Set the connection to IKEv1',
              apply: (doc) => ({
                ...doc,
                connections: doc.connections.map((c) => (c.kind === 's2s' && ids.has(c.id) ? { ...c, protocol: 'IKEv1' as const } : c)),
              }),
            },
          },
        };
      }
    }
  },
});
