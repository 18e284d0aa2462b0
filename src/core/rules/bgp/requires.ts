import type { Connection, TopologyDocument, VpnGateway } from '../../model/types';
import type { AutoFix, Finding } from '../types';
import { defineRule } from '../types';
import { isBasicSku, firstFew } from '../shared';

/** Why the gateway cannot run BGP at all, or undefined when it can. */
function noBgpSupport(g: VpnGateway): 'policy-based' | 'basic' | undefined {
  if (g.vpnType === 'PolicyBased') return 'policy-based';
  if (isBasicSku(g.sku)) return 'basic';
  return undefined;
}

function enableGatewayBgp(g: VpnGateway): AutoFix {
  return {
    label: `Turn on BGP on gateway ${g.name}`,
    apply: (doc: TopologyDocument): TopologyDocument => ({
      ...doc,
      gateways: doc.gateways.map((x) => (x.id === g.id ? { ...x, bgp: { ...x.bgp, enabled: true } } : x)),
    }),
  };
}

export default defineRule({
  meta: {
    id: 'bgp/requires',
    severities: ['error'],
    title: 'BGP where it cannot run: a policy-based or Basic gateway, a site without BGP settings, or a gateway with BGP off.',
    source: 'FAQ "Is BGP supported on all Azure VPN Gateway SKUs?"; FAQ "Can I use BGP with Azure Policy VPN gateways?"; facts §4',
    docs: {
      why: 'BGP runs only on route-based gateways of a SKU other than Basic. A connection with BGP on also needs the local network gateway to carry the device ASN and BGP peer IP, and the gateway itself to have BGP on; otherwise Azure refuses the connection or no session comes up.',
      example: 'Policy-based gateway `legacy-gw` with BGP on; or connection `to-branch` with BGP on while site `branch` has no ASN and peer IP.',
      fix: 'Use a route-based VpnGw SKU for BGP, add the ASN and peer IP to the site, or turn on BGP on the gateway.',
      reading:
        "Details: 'policy-based' (checked first, since policy-based gateways are Basic too), 'basic', 'site-bgp-missing', 'gateway-bgp-off'. A VNet-to-VNet link needs BGP on both of its gateways, so every VNet-to-VNet resource with BGP on is judged against both its own and its remote gateway, whether or not the reverse resource exists and whatever BGP setting the reverse has. 'gateway-bgp-off' is not reported on gateways that cannot run BGP at all (the first finding covers them).",
    },
  },
  *check(ctx): Iterable<Finding> {
    const { index } = ctx;
    // Connection resources with BGP on that each gateway takes part in: its own S2S resources, and
    // the VNet-to-VNet resources with BGP on in either direction (both ends of a link must run BGP).
    const uses = new Map<string, Connection[]>();
    const use = (gatewayId: string, c: Connection) => {
      const list = uses.get(gatewayId);
      if (list) list.push(c);
      else uses.set(gatewayId, [c]);
    };
    for (const c of ctx.doc.connections) {
      if (c.kind === 'peering' || !c.enableBgp) continue;
      use(c.gatewayId, c);
      if (c.kind === 'vnet2vnet' && c.remoteGatewayId !== c.gatewayId) use(c.remoteGatewayId, c);
    }
    for (const g of ctx.doc.gateways) {
      const why = noBgpSupport(g);
      if (!why) continue;
      const bgpConnections = uses.get(g.id) ?? [];
      if (!g.bgp.enabled && bgpConnections.length === 0) continue;
      const what = why === 'policy-based' ? 'a policy-based gateway' : 'the Basic SKU';
      const parts = [
        ...(g.bgp.enabled ? ['BGP is on for the gateway'] : []),
        ...(bgpConnections.length > 0 ? [`connections ${firstFew(bgpConnections.map((c) => c.name))} to or from it have BGP on`] : []),
      ];
      yield {
        elementIds: [g.id, ...bgpConnections.map((c) => c.id)],
        message: `Gateway ${g.name} is ${what} and cannot run BGP, but ${parts.join(' and ')}.`,
        detail: why,
        data: { sku: g.sku, vpnType: g.vpnType, connectionIds: bgpConnections.map((c) => c.id) },
        fix: { hint: 'Use a route-based gateway with a VpnGw SKU (e.g. VpnGw1AZ) for BGP, or turn BGP off on the gateway and on every connection to or from it.' },
      };
    }
    for (const c of index.s2s) {
      if (!c.enableBgp) continue;
      const site = index.siteById.get(c.siteId);
      if (site && !site.bgp) {
        yield {
          elementIds: [c.id, site.id],
          message: `Connection ${c.name} has BGP on, but site ${site.name} has no BGP settings (ASN and peer IP).`,
          detail: 'site-bgp-missing',
          data: { siteId: site.id },
          fix: { hint: `Enter the device's ASN and BGP peer IP on site ${site.name}, or turn BGP off on the connection.` },
        };
      }
    }
    // BGP connections on gateways with BGP off, grouped per gateway so one change fixes one finding.
    for (const g of ctx.doc.gateways) {
      const connections = uses.get(g.id);
      if (!connections || g.bgp.enabled || noBgpSupport(g)) continue;
      yield {
        elementIds: [g.id, ...connections.map((c) => c.id)],
        message: `BGP is off on gateway ${g.name}, but ${connections.length === 1 ? 'connection' : 'connections'} ${firstFew(connections.map((c) => c.name))} to or from it ${connections.length === 1 ? 'has' : 'have'} BGP on.`,
        detail: 'gateway-bgp-off',
        data: { gatewayId: g.id, connectionIds: connections.map((c) => c.id) },
        fix: { hint: `Turn on BGP on gateway ${g.name} (it keeps ASN ${g.bgp.asn}), or turn BGP off on the connections.`, autofix: enableGatewayBgp(g) },
      };
    }
  },
});
