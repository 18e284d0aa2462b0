import { z } from 'zod';
import { defaultGeneration } from '../facts/skus';

/**
 * The topology document schema. One versioned document is what the app edits, saves, shares and
 * exports. Names follow Azure's own resource and property names so architects recognise them.
 *
 * The schema checks structure only. Domain values that a rule judges (a CIDR, an ASN, an IPsec
 * algorithm, a SKU) are accepted as strings or numbers here so that the rule, not the loader, explains
 * what is wrong with them.
 */

export const CURRENT_SCHEMA_VERSION = 1 as const;

const id = z.string().min(1).max(200);
const name = z.string().max(200);
const prefixList = z.array(z.string().max(200)).max(20_000).default([]);

export const azureCloudSchema = z.enum(['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment']);

export const subnetSchema = z.object({
  name,
  addressPrefix: z.string().max(200),
  /** Non-gateway resources placed in the subnet (VMs, NICs, private endpoints…), by name. */
  workloads: z.array(z.string().max(200)).max(10_000).default([]),
  /** An NSG associated with the subnet (unsupported on GatewaySubnet). */
  networkSecurityGroup: z.boolean().default(false),
});

export const maintenanceWindowSchema = z.object({
  recurrence: z.enum(['Daily', 'Weekly', 'Monthly']).default('Daily'),
  /** Local start time, HH:MM. */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'),
  durationHours: z.number().min(0).max(24 * 31),
  timeZone: z.string().max(100).default('UTC'),
  /** Region of the maintenance configuration resource. */
  region: z.string().max(100),
});

export const virtualNetworkSchema = z.object({
  id,
  name,
  region: z.string().max(100).default('westeurope'),
  cloud: azureCloudSchema.default('AzureCloud'),
  addressSpace: prefixList,
  subnets: z.array(subnetSchema).max(3_000).default([]),
  dnsServers: z.array(z.string().max(100)).max(50).default([]),
  /** An ExpressRoute gateway coexists with the VPN gateway in this VNet. */
  expressRouteCoexistence: z.boolean().default(false),
  expressRouteMaintenanceWindow: maintenanceWindowSchema.optional(),
});

export const gatewaySkuSchema = z.string().min(1).max(40);

export const publicIpSchema = z.object({
  name: name.optional(),
  sku: z.enum(['Basic', 'Standard']).default('Standard'),
  allocation: z.enum(['Static', 'Dynamic']).default('Static'),
  zones: z.array(z.enum(['1', '2', '3'])).max(3).default([]),
});

/** Names of a gateway's IP configurations, as NAT rules and custom APIPA addresses refer to them. */
export const ipConfigurationNameSchema = z.string().min(1).max(80);

export const natRuleSchema = z.object({
  id,
  name,
  type: z.enum(['Static', 'Dynamic']).default('Static'),
  mode: z.enum(['IngressSnat', 'EgressSnat']),
  internalMappings: prefixList,
  externalMappings: prefixList,
  /** The gateway instance (IP configuration name) the rule applies to; unset = not pinned. */
  ipConfigurationId: ipConfigurationNameSchema.optional(),
});

export const gatewayBgpSchema = z.object({
  enabled: z.boolean().default(false),
  asn: z.number().int().min(0).max(2 ** 32 + 10).default(65515),
  /** Custom APIPA BGP addresses, per IP configuration (instance). */
  customApipa: z
    .array(z.object({ ipConfigurationId: ipConfigurationNameSchema, addresses: z.array(z.string().max(100)).max(64).default([]) }))
    .max(4)
    .default([]),
});

export const vpnGatewaySchema = z.object({
  id,
  name,
  vnetId: id,
  sku: gatewaySkuSchema.default('VpnGw2AZ'),
  /** Left out, it follows the SKU: Generation2 where the SKU exists in it, else Generation1. */
  generation: z.enum(['Generation1', 'Generation2']).optional(),
  vpnType: z.enum(['RouteBased', 'PolicyBased']).default('RouteBased'),
  activeActive: z.boolean().default(false),
  publicIps: z.array(publicIpSchema).max(4).default([{ sku: 'Standard', allocation: 'Static', zones: [] }]),
  bgp: gatewayBgpSchema.default({ enabled: false, asn: 65515, customApipa: [] }),
  natRules: z.array(natRuleSchema).max(2_000).default([]),
  enableBgpRouteTranslationForNat: z.boolean().default(false),
  maintenanceWindow: maintenanceWindowSchema.optional(),
  /** The gateway already exists in Azure (the design documents it rather than creating it). */
  existing: z.boolean().default(false),
  /** IPv6 (dual stack) is used on this gateway. */
  ipv6: z.boolean().default(false),
}).transform((g) => ({ ...g, generation: g.generation ?? defaultGeneration(g.sku) }));

export const localSiteBgpSchema = z.object({
  asn: z.number().int().min(0).max(2 ** 32 + 10),
  peerIp: z.string().max(100),
  /** Prefixes the device advertises to Azure over BGP (optional; used by the BGP rules). */
  advertisedPrefixes: prefixList,
});

export const localSiteSchema = z.object({
  id,
  name,
  /** The device's public IPv4 address. Exactly one of gatewayIpAddress and fqdn is expected. */
  gatewayIpAddress: z.string().max(100).optional(),
  fqdn: z.string().max(253).optional(),
  addressPrefixes: prefixList,
  bgp: localSiteBgpSchema.optional(),
  device: z
    .object({ vendor: z.string().max(100).default(''), platform: z.string().max(100).default('') })
    .default({ vendor: '', platform: '' }),
  /** The device sits behind NAT (NAT-T). */
  behindNat: z.boolean().default(false),
});

export const p2sTunnelTypeSchema = z.enum(['SSTP', 'IkeV2', 'OpenVPN']);
export const p2sAuthTypeSchema = z.enum(['Certificate', 'Radius', 'AAD']);
export const clientOsSchema = z.enum([
  'windows-legacy', // Windows before 10 (7, 8.1, Server 2008 R2/2012)
  'windows10-pre2004', // Windows 10 before version 2004
  'windows10-2004', // Windows 10 version 2004 and later, Windows 11
  'macos',
  'linux',
  'ios',
  'android',
]);

export const p2sConfigurationSchema = z.object({
  id,
  name,
  gatewayId: id,
  addressPool: prefixList,
  tunnelTypes: z.array(p2sTunnelTypeSchema).max(3).default(['IkeV2', 'OpenVPN']),
  authTypes: z.array(p2sAuthTypeSchema).max(3).default(['Certificate']),
  rootCertificateCount: z.number().int().min(0).max(10_000).default(1),
  plannedClients: z
    .object({
      sstp: z.number().int().min(0).max(10_000_000).default(0),
      ikev2: z.number().int().min(0).max(10_000_000).default(0),
      openvpn: z.number().int().min(0).max(10_000_000).default(0),
    })
    .default({ sstp: 0, ikev2: 0, openvpn: 0 }),
  clientOs: z.array(clientOsSchema).max(7).default(['windows10-2004']),
  /** Sites (by id) where P2S users also sit (for the shared-public-IP rule). */
  usersAtSiteIds: z.array(id).max(1_000).default([]),
  radiusServers: z.array(z.object({ address: z.string().max(100), secret: z.string().max(256).default('') })).max(8).default([]),
  aadTenantId: z.string().max(100).optional(),
  aadAudience: z.string().max(100).optional(),
  customDnsServers: z.array(z.string().max(100)).max(50).default([]),
  /** What is deployed today, for a gateway marked existing: a change means new client profiles. */
  deployed: z
    .object({
      tunnelTypes: z.array(p2sTunnelTypeSchema).max(3).default([]),
      authTypes: z.array(p2sAuthTypeSchema).max(3).default([]),
      customDnsServers: z.array(z.string().max(100)).max(50).default([]),
    })
    .optional(),
});

/** All eight fields of a custom IPsec/IKE policy. Partial policies load, so the rule can name what is missing. */
export const ipsecPolicySchema = z.object({
  ikeEncryption: z.string().max(40).optional(),
  ikeIntegrity: z.string().max(40).optional(),
  dhGroup: z.string().max(40).optional(),
  ipsecEncryption: z.string().max(40).optional(),
  ipsecIntegrity: z.string().max(40).optional(),
  pfsGroup: z.string().max(40).optional(),
  saLifeTimeSeconds: z.number().int().optional(),
  saDataSizeKilobytes: z.number().int().optional(),
});

const tunnelSettings = {
  id,
  name,
  sharedKey: z.string().max(10_000).default(''),
  enableBgp: z.boolean().default(false),
  ipsecPolicy: ipsecPolicySchema.optional(),
  dpdTimeoutSeconds: z.number().int().default(45),
  connectionMode: z.enum(['Default', 'ResponderOnly', 'InitiatorOnly']).default('Default'),
  plannedBandwidthMbps: z.number().min(0).max(1_000_000).default(0),
};

export const siteToSiteConnectionSchema = z.object({
  kind: z.literal('s2s'),
  ...tunnelSettings,
  gatewayId: id,
  siteId: id,
  protocol: z.enum(['IKEv2', 'IKEv1']).default('IKEv2'),
  usePolicyBasedTrafficSelectors: z.boolean().default(false),
  trafficSelectorPolicies: z
    .array(z.object({ localAddressRanges: prefixList, remoteAddressRanges: prefixList }))
    .max(10_000)
    .default([]),
  ingressNatRuleIds: z.array(id).max(1_000).default([]),
  egressNatRuleIds: z.array(id).max(1_000).default([]),
});

/** One direction of a VNet-to-VNet link; Azure has one connection resource per direction. */
export const vnetToVnetConnectionSchema = z.object({
  kind: z.literal('vnet2vnet'),
  ...tunnelSettings,
  gatewayId: id,
  remoteGatewayId: id,
});

const peeringSide = z
  .object({
    allowVirtualNetworkAccess: z.boolean().default(true),
    allowForwardedTraffic: z.boolean().default(false),
    allowGatewayTransit: z.boolean().default(false),
    useRemoteGateways: z.boolean().default(false),
  })
  .default({ allowVirtualNetworkAccess: true, allowForwardedTraffic: false, allowGatewayTransit: false, useRemoteGateways: false });

/** A VNet peering, both directions in one element (Azure: one peering resource in each VNet). */
export const peeringSchema = z.object({
  kind: z.literal('peering'),
  id,
  name,
  vnetId: id,
  remoteVnetId: id,
  /** Settings of the peering resource in vnetId (towards remoteVnetId). */
  local: peeringSide,
  /** Settings of the peering resource in remoteVnetId (towards vnetId). */
  remote: peeringSide,
});

export const connectionSchema = z.discriminatedUnion('kind', [
  siteToSiteConnectionSchema,
  vnetToVnetConnectionSchema,
  peeringSchema,
]);

export const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

export const topologyDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  name: name.default('Untitled design'),
  vnets: z.array(virtualNetworkSchema).max(20_000).default([]),
  gateways: z.array(vpnGatewaySchema).max(20_000).default([]),
  sites: z.array(localSiteSchema).max(20_000).default([]),
  p2sConfigurations: z.array(p2sConfigurationSchema).max(20_000).default([]),
  connections: z.array(connectionSchema).max(50_000).default([]),
  /** Canvas positions, kept apart from domain data so moving a node never touches the model. */
  layout: z.object({ positions: z.record(z.string().max(200), positionSchema).default({}) }).default({ positions: {} }),
});
