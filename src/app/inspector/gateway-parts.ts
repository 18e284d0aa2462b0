import type { TopologyDocument, VirtualNetwork, VpnGateway } from '../../core/model/types';
import { IP_CONFIGURATION_NAMES } from '../../core/export/build-template';

/**
 * The IP configuration (instance) names of a gateway as the template export names them: `default`, plus
 * `activeActive` on an active-active gateway, then any other name the document already uses.
 */
export function instancesOf(g: VpnGateway): string[] {
  const names: string[] = g.activeActive ? [...IP_CONFIGURATION_NAMES] : [IP_CONFIGURATION_NAMES[0]];
  const add = (n: string | undefined) => {
    if (n !== undefined && !names.includes(n)) names.push(n);
  };
  for (const c of g.bgp.customApipa) add(c.ipConfigurationId);
  for (const r of g.natRules) add(r.ipConfigurationId);
  return names;
}

/** The gateway with `addresses` as the custom APIPA list of one instance (an empty list drops the entry). */
export function withApipa(g: VpnGateway, instance: string, addresses: readonly string[]): VpnGateway {
  const rest = g.bgp.customApipa.filter((c) => c.ipConfigurationId !== instance);
  const at = g.bgp.customApipa.findIndex((c) => c.ipConfigurationId === instance);
  const entry = { ipConfigurationId: instance, addresses: [...addresses] };
  const customApipa = addresses.length === 0 ? rest : at < 0 ? [...rest, entry] : g.bgp.customApipa.map((c, i) => (i === at ? entry : c));
  return { ...g, bgp: { ...g.bgp, customApipa } };
}

/** The VNets a gateway can sit in: its own and every VNet without a VPN gateway (Azure allows one per VNet). */
export function vnetsForGateway(doc: TopologyDocument, gateway: VpnGateway): VirtualNetwork[] {
  const taken = new Set(doc.gateways.filter((g) => g.id !== gateway.id).map((g) => g.vnetId));
  return doc.vnets.filter((v) => !taken.has(v.id));
}
