import type * as z from 'zod/mini';
import type {
  connectionSchema,
  deploymentSchema,
  ipsecPolicySchema,
  localSiteSchema,
  maintenanceWindowSchema,
  natRuleSchema,
  p2sConfigurationSchema,
  peeringSchema,
  publicIpSchema,
  siteToSiteConnectionSchema,
  subnetSchema,
  topologyDocumentSchema,
  virtualNetworkSchema,
  vnetToVnetConnectionSchema,
  vpnGatewaySchema,
  clientOsSchema,
  p2sTunnelTypeSchema,
  p2sAuthTypeSchema,
} from './schema';

/** A loaded, fully defaulted topology document. */
export type TopologyDocument = z.output<typeof topologyDocumentSchema>;
/** What a file or link may contain: every defaulted field may be left out. */
export type TopologyDocumentInput = z.input<typeof topologyDocumentSchema>;

export type Deployment = z.output<typeof deploymentSchema>;
export type VirtualNetwork = z.output<typeof virtualNetworkSchema>;
export type Subnet = z.output<typeof subnetSchema>;
export type VpnGateway = z.output<typeof vpnGatewaySchema>;
export type PublicIp = z.output<typeof publicIpSchema>;
export type NatRule = z.output<typeof natRuleSchema>;
export type MaintenanceWindow = z.output<typeof maintenanceWindowSchema>;
export type LocalSite = z.output<typeof localSiteSchema>;
export type P2sConfiguration = z.output<typeof p2sConfigurationSchema>;
export type P2sTunnelType = z.output<typeof p2sTunnelTypeSchema>;
export type P2sAuthType = z.output<typeof p2sAuthTypeSchema>;
export type ClientOs = z.output<typeof clientOsSchema>;
export type IpsecPolicy = z.output<typeof ipsecPolicySchema>;
export type Connection = z.output<typeof connectionSchema>;
export type SiteToSiteConnection = z.output<typeof siteToSiteConnectionSchema>;
export type VnetToVnetConnection = z.output<typeof vnetToVnetConnectionSchema>;
export type Peering = z.output<typeof peeringSchema>;

/** Any element a diagnostic can point at. NAT rules are addressed by their own id. */
export type ElementKind = 'vnet' | 'gateway' | 'site' | 'p2s' | 'connection' | 'natRule';
