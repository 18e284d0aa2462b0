import { firstFreePrefix, gatewaySubnetOffer } from '../../core/compute/free-space';
import type { LocalSite, P2sConfiguration, TopologyDocument, VirtualNetwork, VpnGateway } from '../../core/model/types';
import { GATEWAY_SUBNET } from '../../core/rules/gateway-subnet/shared';
import { firstUnused, idsInUse } from './ids';
import type { XY } from './positions';

/** What the palette creates. */
export type PaletteKind = 'vnet' | 'gateway' | 'site' | 'p2s';

/** A document with one element added, and the new element's id. */
export interface Created {
  readonly doc: TopologyDocument;
  readonly id: string;
}

/** A name and id for a new element: the first `base-N` used as neither a name of its kind nor any id. */
function freshName(doc: TopologyDocument, base: string, names: readonly { name: string }[]): string {
  const taken = idsInUse(doc);
  for (const e of names) taken.add(e.name);
  return firstUnused(base, taken);
}

/** Every IPv4/IPv6 range the design already uses, so placeholders never overlap it. */
function rangesInUse(doc: TopologyDocument): string[] {
  return [
    ...doc.vnets.flatMap((v) => v.addressSpace),
    ...doc.sites.flatMap((s) => s.addressPrefixes),
    ...doc.p2sConfigurations.flatMap((p) => p.addressPool),
  ];
}

/** A placeholder range from `pool`, or none when the pool is full (the user then types one). */
const freeRange = (doc: TopologyDocument, pool: string, length: number): string[] => {
  const r = firstFreePrefix(pool, rangesInUse(doc), length);
  return r.ok ? [r.prefix.text] : [];
};

const place = (doc: TopologyDocument, id: string, at: XY): TopologyDocument['layout'] => ({
  ...doc.layout,
  positions: { ...doc.layout.positions, [id]: { x: Math.round(at.x), y: Math.round(at.y) } },
});

/** The region most VNets of the design are in (new VNets join it), else the design's deployment location. */
function usualRegion(doc: TopologyDocument): string {
  const counts = new Map<string, number>();
  for (const v of doc.vnets) counts.set(v.region, (counts.get(v.region) ?? 0) + 1);
  let best = doc.deployment.location;
  let most = 0;
  for (const [region, n] of counts) if (n > most) [best, most] = [region, n];
  return best;
}

/** A VNet with the next free /16 of 10.0.0.0/8 as its address space. */
export function addVnet(doc: TopologyDocument, at: XY): Created {
  const id = freshName(doc, 'vnet', doc.vnets);
  const vnet: VirtualNetwork = {
    id,
    name: id,
    region: usualRegion(doc),
    cloud: doc.vnets[0]?.cloud ?? 'AzureCloud',
    addressSpace: freeRange(doc, '10.0.0.0/8', 16),
    subnets: [],
    dnsServers: [],
    expressRouteCoexistence: false,
  };
  return { doc: { ...doc, vnets: [...doc.vnets, vnet], layout: place(doc, id, at) }, id };
}

/**
 * A route-based, zone-redundant VpnGw2AZ gateway (Generation2, active-standby, one Standard static public
 * IP) in a VNet: non-AZ SKUs can no longer be created, and VpnGw2AZ is the smallest AZ SKU with NAT.
 */
export function addGateway(doc: TopologyDocument, vnetId: string, at: XY): Created {
  const id = freshName(doc, 'vgw', doc.gateways);
  const gateway: VpnGateway = {
    id,
    name: id,
    vnetId,
    sku: 'VpnGw2AZ',
    generation: 'Generation2',
    vpnType: 'RouteBased',
    activeActive: false,
    publicIps: [{ sku: 'Standard', allocation: 'Static', zones: ['1', '2', '3'] }],
    bgp: { enabled: false, asn: 65515, customApipa: [] },
    natRules: [],
    enableBgpRouteTranslationForNat: false,
    existing: false,
    ipv6: false,
  };
  return { doc: { ...doc, gateways: [...doc.gateways, gateway], layout: place(doc, id, at) }, id };
}

/**
 * An on-premises site with the next free /24 of 192.168.0.0/16 as its prefix. Its public IP is left
 * empty on purpose: any made-up address would be someone's, and the finding asks the user for the real one.
 */
export function addSite(doc: TopologyDocument, at: XY): Created {
  const id = freshName(doc, 'site', doc.sites);
  const site: LocalSite = {
    id,
    name: id,
    addressPrefixes: freeRange(doc, '192.168.0.0/16', 24),
    device: { vendor: '', platform: '' },
    behindNat: false,
  };
  return { doc: { ...doc, sites: [...doc.sites, site], layout: place(doc, id, at) }, id };
}

/** A P2S pool on a gateway: the next free /24 of 172.16.0.0/12, IKEv2 and OpenVPN, certificate authentication. */
export function addP2s(doc: TopologyDocument, gatewayId: string, at: XY): Created {
  const id = freshName(doc, 'p2s', doc.p2sConfigurations);
  const p2s: P2sConfiguration = {
    id,
    name: id,
    gatewayId,
    addressPool: freeRange(doc, '172.16.0.0/12', 24),
    tunnelTypes: ['IkeV2', 'OpenVPN'],
    authTypes: ['Certificate'],
    rootCertificateCount: 1,
    plannedClients: { sstp: 0, ikev2: 0, openvpn: 0 },
    clientOs: ['windows10-2004'],
    usersAtSiteIds: [],
    radiusServers: [],
    customDnsServers: [],
  };
  return { doc: { ...doc, p2sConfigurations: [...doc.p2sConfigurations, p2s], layout: place(doc, id, at) }, id };
}

/** The VNet with the offered /27 GatewaySubnet added; the same document when none can be offered. */
export function addGatewaySubnet(doc: TopologyDocument, vnetId: string): TopologyDocument {
  const vnet = doc.vnets.find((v) => v.id === vnetId);
  const offer = vnet && gatewaySubnetOffer(vnet);
  if (!offer?.ok) return doc;
  const subnet = { name: GATEWAY_SUBNET, addressPrefix: offer.prefix.text, workloads: [], networkSecurityGroup: false };
  return { ...doc, vnets: doc.vnets.map((v) => (v.id === vnetId ? { ...v, subnets: [...v.subnets, subnet] } : v)) };
}
