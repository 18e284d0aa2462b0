import type { DesignBuilder } from '../../testing/builders';

type GatewayIn = Parameters<DesignBuilder['gateway']>[1];
type SiteIn = Parameters<DesignBuilder['site']>[0];

/** A hub VNet (10.0.0.0/16) with a VpnGw2AZ gateway and one on-premises site (192.168.1.0/24); test support only. */
export function hubAndSite(
  b: DesignBuilder,
  opts: { gateway?: Partial<GatewayIn>; site?: Partial<SiteIn> } = {},
): { vnetId: string; gatewayId: string; siteId: string } {
  const { vnetId, gatewayId } = b.hub(
    { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
    { name: 'hub-gw', sku: 'VpnGw2AZ', ...opts.gateway },
  );
  const siteId = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'], ...opts.site });
  return { vnetId, gatewayId, siteId };
}

/** Two hub VNets with a gateway each (10.0.0.0/16 and 10.1.0.0/16); test support only. */
export function twoHubs(
  b: DesignBuilder,
  a: Partial<GatewayIn> = {},
  c: Partial<GatewayIn> = {},
  vnets: { a?: Partial<Parameters<DesignBuilder['vnet']>[0]>; c?: Partial<Parameters<DesignBuilder['vnet']>[0]> } = {},
): { hubGw: string; drGw: string; hubVnet: string; drVnet: string } {
  const hub = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27', ...vnets.a }, { name: 'hub-gw', sku: 'VpnGw2AZ', ...a });
  const dr = b.hub({ name: 'dr', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27', ...vnets.c }, { name: 'dr-gw', sku: 'VpnGw2AZ', ...c });
  return { hubGw: hub.gatewayId, drGw: dr.gatewayId, hubVnet: hub.vnetId, drVnet: dr.vnetId };
}

export { STRONG_POLICY } from '../../testing/policies';
