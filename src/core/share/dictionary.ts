/**
 * Frozen value lists of link format 1: a value found here travels as its index. These lists are part
 * of the format, so they are copied here rather than imported from facts/ or the schema (which may
 * change); never reorder or edit them, since every link already shared depends on them. A value
 * missing from a list still travels, as text.
 */

export const CLOUDS = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'] as const;

export const REGIONS = [
  'westeurope', 'northeurope', 'eastus', 'eastus2', 'westus', 'westus2', 'westus3', 'centralus',
  'northcentralus', 'southcentralus', 'westcentralus', 'canadacentral', 'canadaeast', 'brazilsouth',
  'brazilsoutheast', 'uksouth', 'ukwest', 'francecentral', 'francesouth', 'germanywestcentral',
  'germanynorth', 'switzerlandnorth', 'switzerlandwest', 'norwayeast', 'norwaywest', 'swedencentral',
  'swedensouth', 'polandcentral', 'italynorth', 'spaincentral', 'austriaeast', 'belgiumcentral',
  'denmarkeast', 'israelcentral', 'qatarcentral', 'uaenorth', 'uaecentral', 'southafricanorth',
  'southafricawest', 'centralindia', 'southindia', 'westindia', 'jioindiawest', 'jioindiacentral',
  'japaneast', 'japanwest', 'koreacentral', 'koreasouth', 'eastasia', 'southeastasia', 'indonesiacentral',
  'malaysiawest', 'australiaeast', 'australiasoutheast', 'australiacentral', 'australiacentral2',
  'newzealandnorth', 'mexicocentral', 'chilecentral', 'chinanorth', 'chinanorth2', 'chinanorth3',
  'chinaeast', 'chinaeast2', 'chinaeast3', 'usgovvirginia', 'usgovtexas', 'usgovarizona', 'usdodeast',
  'usdodcentral',
] as const;

export const SKUS = [
  'VpnGw2AZ', 'VpnGw1AZ', 'VpnGw3AZ', 'VpnGw4AZ', 'VpnGw5AZ', 'VpnGw1', 'VpnGw2', 'VpnGw3', 'VpnGw4',
  'VpnGw5', 'Basic', 'Standard', 'HighPerformance',
] as const;

export const GENERATIONS = ['Generation1', 'Generation2'] as const;

export const VPN_TYPES = ['RouteBased', 'PolicyBased'] as const;
export const PUBLIC_IP_SKUS = ['Basic', 'Standard'] as const;
export const ALLOCATIONS = ['Static', 'Dynamic'] as const;
export const ZONES = ['1', '2', '3'] as const;
export const NAT_TYPES = ['Static', 'Dynamic'] as const;
export const NAT_MODES = ['IngressSnat', 'EgressSnat'] as const;
export const IP_CONFIGURATIONS = ['default', 'activeActive', 'ipconfig1', 'ipconfig2', 'vnetGatewayConfig', 'vnetGatewayConfig0', 'vnetGatewayConfig1'] as const;
export const RECURRENCES = ['Daily', 'Weekly', 'Monthly'] as const;
export const TIME_ZONES = [
  'UTC', 'W. Europe Standard Time', 'GMT Standard Time', 'Romance Standard Time', 'Central Europe Standard Time',
  'E. Europe Standard Time', 'Eastern Standard Time', 'Central Standard Time', 'Mountain Standard Time',
  'Pacific Standard Time', 'Tokyo Standard Time', 'China Standard Time', 'India Standard Time',
  'AUS Eastern Standard Time', 'Singapore Standard Time',
] as const;
export const SUBNET_NAMES = [
  'GatewaySubnet', 'AzureFirewallSubnet', 'AzureFirewallManagementSubnet', 'AzureBastionSubnet', 'RouteServerSubnet',
  'default',
] as const;

export const TUNNEL_TYPES = ['SSTP', 'IkeV2', 'OpenVPN'] as const;
export const AUTH_TYPES = ['Certificate', 'Radius', 'AAD'] as const;
export const CLIENT_OS = ['windows-legacy', 'windows10-pre2004', 'windows10-2004', 'macos', 'linux', 'ios', 'android'] as const;

/** Every IPsec/IKE algorithm name of the documentation and the REST API, one list for all six fields. */
export const IPSEC_VALUES = [
  'None', 'DES', 'DES3', 'AES128', 'AES192', 'AES256', 'GCMAES128', 'GCMAES192', 'GCMAES256', 'MD5', 'SHA1',
  'SHA256', 'SHA384', 'DHGroup1', 'DHGroup2', 'DHGroup14', 'DHGroup2048', 'DHGroup24', 'ECP256', 'ECP384',
  'PFS1', 'PFS2', 'PFS2048', 'PFS24', 'PFS14', 'PFSMM',
] as const;

export const CONNECTION_MODES = ['Default', 'ResponderOnly', 'InitiatorOnly'] as const;
export const IKE_PROTOCOLS = ['IKEv2', 'IKEv1'] as const;
export const CONNECTION_KINDS = ['s2s', 'vnet2vnet', 'peering'] as const;

export const DEVICE_VENDORS = [
  'Cisco', 'Juniper', 'Fortinet', 'Palo Alto Networks', 'Check Point', 'Sophos', 'SonicWall', 'WatchGuard',
  'Barracuda', 'Ubiquiti', 'MikroTik', 'Netgate', 'Microsoft', 'Citrix', 'F5', 'Huawei', 'Zyxel', 'Allied Telesis',
  'Aruba', 'Meraki', 'Openswan', 'strongSwan', 'Libreswan', 'VyOS', 'Arista', 'Forcepoint', 'Hillstone',
] as const;
export const DEVICE_PLATFORMS = [
  'IOS', 'IOS-XE', 'ASA', 'ISR', 'ASR', 'Meraki MX', 'SRX', 'FortiGate', 'PAN-OS', 'Gaia', 'XG Firewall', 'SFOS',
  'SonicOS', 'Fireware', 'CloudGen Firewall', 'EdgeRouter', 'RouterOS', 'pfSense', 'Windows Server', 'RRAS',
] as const;
