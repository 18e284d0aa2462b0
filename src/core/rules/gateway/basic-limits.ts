import { peeringSides } from '../../model/design-index';
import type { VpnGateway } from '../../model/types';
import { isBasicSku } from '../shared';
import { listElements } from './helpers';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';

interface FeatureUse {
  readonly feature: string;
  readonly label: string;
  /** Elements that use the feature, besides the gateway. */
  readonly elementIds: readonly string[];
  /** The smallest current SKU with the feature. */
  readonly minSku: string;
}

/** The features of a Basic gateway that Basic does not support, each with the elements using it. */
function unsupportedFeatures(ctx: RuleContext, g: VpnGateway): FeatureUse[] {
  const { index } = ctx;
  const p2s = index.p2sByGateway.get(g.id) ?? [];
  const s2s = index.s2sByGateway.get(g.id) ?? [];
  const v2v = index.v2vByGateway.get(g.id) ?? [];
  const tunnels = [...s2s, ...v2v];
  const vnet = index.vnetById.get(g.vnetId);
  const out: FeatureUse[] = [];
  const add = (feature: string, label: string, ids: readonly string[], used: boolean, minSku = 'VpnGw1AZ') => {
    if (used) out.push({ feature, label, elementIds: ids, minSku });
  };

  const openvpn = p2s.filter((p) => p.tunnelTypes.includes('OpenVPN'));
  add('openvpn', 'OpenVPN point-to-site', openvpn.map((p) => p.id), openvpn.length > 0);
  const radius = p2s.filter((p) => p.authTypes.includes('Radius'));
  add('radius', 'RADIUS authentication', radius.map((p) => p.id), radius.length > 0);
  const bgpConns = tunnels.filter((c) => c.enableBgp);
  add('bgp', 'BGP', bgpConns.map((c) => c.id), g.bgp.enabled || bgpConns.length > 0);
  const policies = tunnels.filter((c) => c.ipsecPolicy !== undefined);
  add('custom-ipsec-policy', 'a custom IPsec/IKE policy', policies.map((c) => c.id), policies.length > 0);
  const ikev1 = g.vpnType === 'RouteBased' ? s2s.filter((c) => c.protocol === 'IKEv1') : [];
  add('ikev1', 'IKEv1 connections on a route-based gateway', ikev1.map((c) => c.id), ikev1.length > 0);
  add('nat', 'NAT rules', g.natRules.map((r) => r.id), g.natRules.length > 0, 'VpnGw2AZ');
  add('active-active', 'active-active mode', [], g.activeActive);
  const transit = (index.peeringsByVnet.get(g.vnetId) ?? []).filter((p) => {
    const { mine, otherVnetId } = peeringSides(p, g.vnetId);
    return otherVnetId !== g.vnetId && mine.allowGatewayTransit;
  });
  add('gateway-transit', 'gateway transit on a peering', transit.map((p) => p.id), transit.length > 0);
  add('ipv6', 'IPv6 (dual stack)', [], g.ipv6);
  add('expressroute-coexistence', 'ExpressRoute coexistence', vnet ? [vnet.id] : [], vnet?.expressRouteCoexistence === true);
  add('maintenance', 'a customer-controlled maintenance window', [], g.maintenanceWindow !== undefined);
  return out;
}

export default defineRule({
  meta: {
    id: 'gateway/basic-limits',
    severities: ['error', 'warning'],
    title: 'A feature the Basic gateway SKU does not support.',
    source: 'FAQ (RADIUS, IKEv1, BGP, custom IPsec policy, customer-controlled maintenance); facts §1.4, §5, §10',
    docs: {
      why: 'The Basic SKU is a small gateway without OpenVPN, RADIUS, BGP, custom IPsec/IKE policies, IKEv1 on route-based, NAT, active-active, gateway transit, IPv6, ExpressRoute coexistence or customer-controlled maintenance. Azure refuses these settings, and a Basic gateway cannot be resized to a VpnGw SKU: moving off Basic means deleting and re-creating the gateway.',
      example: 'Basic gateway `branch-gw` with BGP enabled, or with a P2S configuration using OpenVPN.',
      fix: 'Use VpnGw1AZ or larger (VpnGw2AZ for NAT), or drop the feature. Decide before deployment: leaving Basic later means re-creating the gateway.',
      reading:
        'IKEv2 point-to-site on Basic is disputed: the FAQ and the SKU table (June 2026) say Basic has SSTP only, while the SSTP-retirement article says Basic supports IKEv2 from November 2025. It is reported as a warning (detail ikev2-disputed) naming both sources, not as an error. Every other feature is one error per feature, naming every element that uses it.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      if (!isBasicSku(g.sku)) continue;
      for (const f of unsupportedFeatures(ctx, g)) {
        const using = f.elementIds.length > 0 ? ` (${listElements(ctx, f.elementIds)})` : '';
        yield {
          elementIds: [g.id, ...f.elementIds],
          message: `Basic gateway ${g.name} can't use ${f.label}${using}.`,
          detail: f.feature,
          data: { feature: f.feature, sku: g.sku, suggestion: f.minSku },
          fix: { hint: `Use ${f.minSku} or larger (a Basic gateway must be re-created to change SKU), or remove ${f.label}.` },
        };
      }
      const ikev2 = (ctx.index.p2sByGateway.get(g.id) ?? []).filter((p) => p.tunnelTypes.includes('IkeV2'));
      if (ikev2.length > 0) {
        yield {
          severity: 'warning',
          elementIds: [g.id, ...ikev2.map((p) => p.id)],
          message: `Basic gateway ${g.name} has IKEv2 point-to-site: the FAQ and the SKU table say Basic supports SSTP only, but the SSTP-retirement article says Basic supports IKEv2 since November 2025. Check before relying on it.`,
          detail: 'ikev2-disputed',
          data: { feature: 'ikev2', sku: g.sku, suggestion: 'VpnGw1AZ' },
          fix: { hint: 'Confirm IKEv2 on Basic in your region, or use VpnGw1AZ, where IKEv2 is documented.' },
        };
      }
    }
  },
});
