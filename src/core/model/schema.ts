import * as z from 'zod/mini';
import { defaultGeneration } from '../facts/skus';
import { DEFAULT_DEPLOYMENT } from './deployment';

/**
 * The topology document schema. One versioned document is what the app edits, saves, shares and
 * exports. Names follow Azure's own resource and property names so architects recognise them.
 *
 * The schema checks structure only. Domain values that a rule judges (a CIDR, an ASN, an IPsec
 * algorithm, a SKU) are accepted as strings or numbers here so that the rule, not the loader, explains
 * what is wrong with them.
 *
 * Written with `zod/mini` (the tree-shakable functional API) to keep the app's initial bundle small:
 * `x.check(z.maxLength(n))` is classic zod's `.max(n)` on strings and arrays, `z.gte`/`z.lte` its
 * `.min`/`.max` on numbers, `z.int()` as a check its `.int()`, `z._default(x, v)` its `.default(v)`.
 */

export const CURRENT_SCHEMA_VERSION = 2 as const;

/** A string of at most `max` characters. */
const text = (max: number) => z.string().check(z.maxLength(max));
/** An array of at most `max` items. */
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
/** An integer in [min, max]. */
const integer = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));
const bool = (value: boolean) => z._default(z.boolean(), value);

const id = z.string().check(z.minLength(1), z.maxLength(200));
const name = text(200);
const prefixList = z._default(list(text(200), 20_000), []);

export const azureCloudSchema = z.enum(['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment']);

export const subnetSchema = z.object({
  name,
  addressPrefix: text(200),
  /** Non-gateway resources placed in the subnet (VMs, NICs, private endpoints…), by name. */
  workloads: z._default(list(text(200), 10_000), []),
  /** An NSG associated with the subnet (unsupported on GatewaySubnet). */
  networkSecurityGroup: bool(false),
});

export const maintenanceWindowSchema = z.object({
  recurrence: z._default(z.enum(['Daily', 'Weekly', 'Monthly']), 'Daily'),
  /** Local start time, HH:MM. */
  startTime: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')),
  durationHours: z.number().check(z.gte(0), z.lte(24 * 31)),
  timeZone: z._default(text(100), 'UTC'),
  /** Region of the maintenance configuration resource. */
  region: text(100),
});

export const virtualNetworkSchema = z.object({
  id,
  name,
  region: z._default(text(100), 'westeurope'),
  cloud: z._default(azureCloudSchema, 'AzureCloud'),
  addressSpace: prefixList,
  subnets: z._default(list(subnetSchema, 3_000), []),
  dnsServers: z._default(list(text(100), 50), []),
  /** An ExpressRoute gateway coexists with the VPN gateway in this VNet. */
  expressRouteCoexistence: bool(false),
  expressRouteMaintenanceWindow: z.optional(maintenanceWindowSchema),
});

export const gatewaySkuSchema = z.string().check(z.minLength(1), z.maxLength(40));

export const publicIpSchema = z.object({
  name: z.optional(name),
  sku: z._default(z.enum(['Basic', 'Standard']), 'Standard'),
  allocation: z._default(z.enum(['Static', 'Dynamic']), 'Static'),
  zones: z._default(list(z.enum(['1', '2', '3']), 3), []),
});

/** Names of a gateway's IP configurations, as NAT rules and custom APIPA addresses refer to them. */
export const ipConfigurationNameSchema = z.string().check(z.minLength(1), z.maxLength(80));

export const natRuleSchema = z.object({
  id,
  name,
  type: z._default(z.enum(['Static', 'Dynamic']), 'Static'),
  mode: z.enum(['IngressSnat', 'EgressSnat']),
  internalMappings: prefixList,
  externalMappings: prefixList,
  /** The gateway instance (IP configuration name) the rule applies to; unset = not pinned. */
  ipConfigurationId: z.optional(ipConfigurationNameSchema),
});

export const gatewayBgpSchema = z.object({
  enabled: bool(false),
  asn: z._default(integer(0, 2 ** 32 + 10), 65515),
  /** Custom APIPA BGP addresses, per IP configuration (instance). */
  customApipa: z._default(
    list(z.object({ ipConfigurationId: ipConfigurationNameSchema, addresses: z._default(list(text(100), 64), []) }), 4),
    [],
  ),
});

export const vpnGatewaySchema = z.pipe(
  z.object({
    id,
    name,
    vnetId: id,
    sku: z._default(gatewaySkuSchema, 'VpnGw2AZ'),
    /** Left out, it follows the SKU: Generation2 where the SKU exists in it, else Generation1. */
    generation: z.optional(z.enum(['Generation1', 'Generation2'])),
    vpnType: z._default(z.enum(['RouteBased', 'PolicyBased']), 'RouteBased'),
    activeActive: bool(false),
    publicIps: z._default(list(publicIpSchema, 4), [{ sku: 'Standard', allocation: 'Static', zones: [] }]),
    bgp: z._default(gatewayBgpSchema, { enabled: false, asn: 65515, customApipa: [] }),
    natRules: z._default(list(natRuleSchema, 2_000), []),
    enableBgpRouteTranslationForNat: bool(false),
    maintenanceWindow: z.optional(maintenanceWindowSchema),
    /** The gateway already exists in Azure (the design documents it rather than creating it). */
    existing: bool(false),
    /** IPv6 (dual stack) is used on this gateway. */
    ipv6: bool(false),
  }),
  z.transform((g) => ({ ...g, generation: g.generation ?? defaultGeneration(g.sku) })),
);

export const localSiteBgpSchema = z.object({
  asn: integer(0, 2 ** 32 + 10),
  peerIp: text(100),
  /** Prefixes the device advertises to Azure over BGP (optional; used by the BGP rules). */
  advertisedPrefixes: prefixList,
});

export const localSiteSchema = z.object({
  id,
  name,
  /** The device's public IPv4 address. Exactly one of gatewayIpAddress and fqdn is expected. */
  gatewayIpAddress: z.optional(text(100)),
  fqdn: z.optional(text(253)),
  addressPrefixes: prefixList,
  bgp: z.optional(localSiteBgpSchema),
  device: z._default(
    z.object({ vendor: z._default(text(100), ''), platform: z._default(text(100), '') }),
    { vendor: '', platform: '' },
  ),
  /** The device sits behind NAT (NAT-T). */
  behindNat: bool(false),
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
  tunnelTypes: z._default(list(p2sTunnelTypeSchema, 3), ['IkeV2', 'OpenVPN']),
  authTypes: z._default(list(p2sAuthTypeSchema, 3), ['Certificate']),
  rootCertificateCount: z._default(integer(0, 10_000), 1),
  plannedClients: z._default(
    z.object({
      sstp: z._default(integer(0, 10_000_000), 0),
      ikev2: z._default(integer(0, 10_000_000), 0),
      openvpn: z._default(integer(0, 10_000_000), 0),
    }),
    { sstp: 0, ikev2: 0, openvpn: 0 },
  ),
  clientOs: z._default(list(clientOsSchema, 7), ['windows10-2004']),
  /** Sites (by id) where P2S users also sit (for the shared-public-IP rule). */
  usersAtSiteIds: z._default(list(id, 1_000), []),
  radiusServers: z._default(list(z.object({ address: text(100), secret: z._default(text(256), '') }), 8), []),
  aadTenantId: z.optional(text(100)),
  aadAudience: z.optional(text(100)),
  customDnsServers: z._default(list(text(100), 50), []),
  /** What is deployed today, for a gateway marked existing: a change means new client profiles. */
  deployed: z.optional(
    z.object({
      tunnelTypes: z._default(list(p2sTunnelTypeSchema, 3), []),
      authTypes: z._default(list(p2sAuthTypeSchema, 3), []),
      customDnsServers: z._default(list(text(100), 50), []),
    }),
  ),
});

/** All eight fields of a custom IPsec/IKE policy. Partial policies load, so the rule can name what is missing. */
export const ipsecPolicySchema = z.object({
  ikeEncryption: z.optional(text(40)),
  ikeIntegrity: z.optional(text(40)),
  dhGroup: z.optional(text(40)),
  ipsecEncryption: z.optional(text(40)),
  ipsecIntegrity: z.optional(text(40)),
  pfsGroup: z.optional(text(40)),
  saLifeTimeSeconds: z.optional(z.number().check(z.int())),
  saDataSizeKilobytes: z.optional(z.number().check(z.int())),
});

const tunnelSettings = {
  id,
  name,
  sharedKey: z._default(text(10_000), ''),
  enableBgp: bool(false),
  ipsecPolicy: z.optional(ipsecPolicySchema),
  dpdTimeoutSeconds: z._default(z.number().check(z.int()), 45),
  connectionMode: z._default(z.enum(['Default', 'ResponderOnly', 'InitiatorOnly']), 'Default'),
  plannedBandwidthMbps: z._default(z.number().check(z.gte(0), z.lte(1_000_000)), 0),
};

export const siteToSiteConnectionSchema = z.object({
  kind: z.literal('s2s'),
  ...tunnelSettings,
  gatewayId: id,
  siteId: id,
  protocol: z._default(z.enum(['IKEv2', 'IKEv1']), 'IKEv2'),
  usePolicyBasedTrafficSelectors: bool(false),
  trafficSelectorPolicies: z._default(
    list(z.object({ localAddressRanges: prefixList, remoteAddressRanges: prefixList }), 10_000),
    [],
  ),
  ingressNatRuleIds: z._default(list(id, 1_000), []),
  egressNatRuleIds: z._default(list(id, 1_000), []),
});

/** One direction of a VNet-to-VNet link; Azure has one connection resource per direction. */
export const vnetToVnetConnectionSchema = z.object({
  kind: z.literal('vnet2vnet'),
  ...tunnelSettings,
  gatewayId: id,
  remoteGatewayId: id,
});

const peeringSide = z._default(
  z.object({
    allowVirtualNetworkAccess: bool(true),
    allowForwardedTraffic: bool(false),
    allowGatewayTransit: bool(false),
    useRemoteGateways: bool(false),
  }),
  { allowVirtualNetworkAccess: true, allowForwardedTraffic: false, allowGatewayTransit: false, useRemoteGateways: false },
);

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

/** Classic zod's `.finite()` is a no-op in zod 4 (numbers are always finite), so a plain number it is. */
export const positionSchema = z.object({ x: z.number(), y: z.number() });

/** Where the design deploys (schema version 2): the one resource group its template goes into. */
export const deploymentSchema = z.object({
  /** The resource group the exported template is deployed into, so every resource's name must be unique in it. */
  resourceGroup: z._default(text(200), DEFAULT_DEPLOYMENT.resourceGroup),
  /** Region of resources that belong to no VNet: local network gateways that no gateway connects to. */
  location: z._default(text(100), DEFAULT_DEPLOYMENT.location),
});

export const topologyDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  name: z._default(name, 'Untitled design'),
  deployment: z._default(deploymentSchema, { ...DEFAULT_DEPLOYMENT }),
  vnets: z._default(list(virtualNetworkSchema, 20_000), []),
  gateways: z._default(list(vpnGatewaySchema, 20_000), []),
  sites: z._default(list(localSiteSchema, 20_000), []),
  p2sConfigurations: z._default(list(p2sConfigurationSchema, 20_000), []),
  connections: z._default(list(connectionSchema, 50_000), []),
  /** Canvas positions, kept apart from domain data so moving a node never touches the model. */
  layout: z._default(z.object({ positions: z._default(z.record(text(200), positionSchema), {}) }), { positions: {} }),
});
