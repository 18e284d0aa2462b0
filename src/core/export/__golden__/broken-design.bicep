// Exported by vpn-designer from the design "Deliberately broken design (for learning the rules)".
// Deploy into the design's resource group: az deployment group create --resource-group rg-deliberately-broken-design-for-learning-the-rules --template-file <this file>
// Pre-shared keys and RADIUS secrets are secure parameters: supply them at deployment.
//
// WARNING: Exported from a design with 38 validation errors: fix them in vpn-designer before deploying this template.
//   - address/invalid-cidr: VNet vnet legacy! address space: "10.0.0.1/16" has host bits set; the network is 10.0.0.0/16
//   - address/overlap: Site lng-hq (0.0.0.0/0, 10.0.128.0/20) overlaps VNet vnet legacy! (10.0.0.0/16); they reach each other through gateway vgw-legacy.
//   - address/overlap: Site lng-hq (0.0.0.0/0) overlaps VNet vnet-branchhub (10.5.0.0/16); they reach each other through gateway vgw-legacy.
//   - address/p2s-pool-overlap: P2S pool p2s-legacy (8.8.8.0/30) overlaps site lng-hq (0.0.0.0/0), reachable through gateway vgw-legacy.
//   - address/subnet-outside-vnet: Subnet snet-outside (10.1.0.0/24) of VNet vnet legacy! is outside the VNet's address space (10.0.0.0/16).
//   - bgp/asn-collision: Connection cn-legacy-to-hq runs BGP between site lng-hq and gateway vgw-legacy, which both use ASN 65515.
//   - bgp/peer-ip: Site lng-hq uses its public IP 203.0.113.5 as its BGP peer IP; the BGP address must be a different one.
//   - bgp/requires: Gateway vgw-basic is the Basic SKU and cannot run BGP, but BGP is on for the gateway.
//   - bgp/reserved-asn: Site lng-hq uses BGP ASN 65515, but Azure reserves it (8074, 8075, 12076, 65515, 65517–65520); it cannot be used for an on-premises device.
//   - connection/dpd-range: connection cn-legacy-to-hq has a DPD timeout of 5 s; Azure accepts 9–3600 s
//   … and 28 more.

metadata generator = 'vpn-designer'
metadata design = 'Deliberately broken design (for learning the rules)'
metadata resourceGroup = 'rg-deliberately-broken-design-for-learning-the-rules'
metadata validation = {
  errors: 38
  warnings: 6
  firstErrors: [
    'address/invalid-cidr: VNet vnet legacy! address space: "10.0.0.1/16" has host bits set; the network is 10.0.0.0/16'
    'address/overlap: Site lng-hq (0.0.0.0/0, 10.0.128.0/20) overlaps VNet vnet legacy! (10.0.0.0/16); they reach each other through gateway vgw-legacy.'
    'address/overlap: Site lng-hq (0.0.0.0/0) overlaps VNet vnet-branchhub (10.5.0.0/16); they reach each other through gateway vgw-legacy.'
    'address/p2s-pool-overlap: P2S pool p2s-legacy (8.8.8.0/30) overlaps site lng-hq (0.0.0.0/0), reachable through gateway vgw-legacy.'
    'address/subnet-outside-vnet: Subnet snet-outside (10.1.0.0/24) of VNet vnet legacy! is outside the VNet\'s address space (10.0.0.0/16).'
    'bgp/asn-collision: Connection cn-legacy-to-hq runs BGP between site lng-hq and gateway vgw-legacy, which both use ASN 65515.'
    'bgp/peer-ip: Site lng-hq uses its public IP 203.0.113.5 as its BGP peer IP; the BGP address must be a different one.'
    'bgp/requires: Gateway vgw-basic is the Basic SKU and cannot run BGP, but BGP is on for the gateway.'
    'bgp/reserved-asn: Site lng-hq uses BGP ASN 65515, but Azure reserves it (8074, 8075, 12076, 65515, 65517–65520); it cannot be used for an on-premises device.'
    'connection/dpd-range: connection cn-legacy-to-hq has a DPD timeout of 5 s; Azure accepts 9–3600 s'
  ]
}
metadata warning = 'Exported from a design with 38 validation errors: fix them in vpn-designer before deploying this template.'

// Regions
@description('Azure region of vnet legacy!, vnet-branchhub and the resources that belong to them.')
param location string = 'westeurope'

// Pre-shared keys
@description('Pre-shared key of connection cn-legacy-to-hq (gateway vgw-legacy to site lng-hq); the on-premises device needs the same key.')
@secure()
param cnLegacyToHqSharedKey string

@description('Pre-shared key of connection cn-legacy-to-branchhub (gateway vgw-legacy to gateway vgw-small); the connection in the other direction needs the same key.')
@secure()
param cnLegacyToBranchhubSharedKey string

@description('Pre-shared key of connection cn-branchhub-to-legacy (gateway vgw-small to gateway vgw-legacy); the connection in the other direction needs the same key.')
@secure()
param cnBranchhubToLegacySharedKey string

// Point-to-site
@description('Microsoft Entra tenant ID for point-to-site configuration p2s-legacy.')
param p2sLegacyAadTenantId string

// ---- Virtual networks --------------------------------------------------------------------------

resource vnetLegacy 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet legacy!'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.0.0.1/16']
    }
    dhcpOptions: {
      dnsServers: ['10.0.0.4']
    }
    subnets: [
      {
        name: 'gatewaysubnet'
        properties: {
          addressPrefix: '10.0.255.0/29'
        }
      }
      {
        name: 'snet-outside'
        properties: {
          addressPrefix: '10.1.0.0/24'
        }
      }
    ]
  }
}

resource vnetLegacyGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnetLegacy
  name: 'GatewaySubnet'
}

resource vnetBranchhub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-branchhub'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.5.0.0/16']
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.5.255.0/27'
        }
      }
    ]
  }
}

resource vnetBranchhubGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnetBranchhub
  name: 'GatewaySubnet'
}

// ---- VPN gateways and their public IP addresses ------------------------------------------------

resource vgwLegacyPip1 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'vgw-legacy-pip1'
  location: location
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

// Point-to-site configuration p2s-legacy uses RADIUS but names no RADIUS server.
resource vgwLegacy 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-legacy'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    vpnGatewayGeneration: 'Generation1'
    sku: {
      name: 'Standard'
      tier: 'Standard'
    }
    activeActive: false
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnetLegacyGatewaySubnet.id
          }
          publicIPAddress: {
            id: vgwLegacyPip1.id
          }
        }
      }
    ]
    enableBgp: true
    bgpSettings: {
      asn: 65515
    }
    vpnClientConfiguration: {
      vpnClientAddressPool: {
        addressPrefixes: ['8.8.8.0/30']
      }
      vpnClientProtocols: ['SSTP', 'OpenVPN']
      vpnAuthenticationTypes: ['AAD', 'Radius']
      radiusServers: []
      aadTenant: '${environment().authentication.loginEndpoint}${p2sLegacyAadTenantId}/'
      aadAudience: 'c632b3df-fb67-4d84-bdcf-b95ad541b5c8'
      aadIssuer: 'https://sts.windows.net/${p2sLegacyAadTenantId}/'
    }
  }
}

resource vgwBasicPip1 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'vgw-basic-pip1'
  location: location
  sku: {
    name: 'Basic'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Dynamic'
  }
}

resource vgwBasicPip2 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'vgw-basic-pip2'
  location: location
  sku: {
    name: 'Basic'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Dynamic'
  }
}

resource vgwBasic 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-basic'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    vpnGatewayGeneration: 'Generation1'
    sku: {
      name: 'Basic'
      tier: 'Basic'
    }
    activeActive: true
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnetLegacyGatewaySubnet.id
          }
          publicIPAddress: {
            id: vgwBasicPip1.id
          }
        }
      }
      {
        name: 'activeActive'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnetLegacyGatewaySubnet.id
          }
          publicIPAddress: {
            id: vgwBasicPip2.id
          }
        }
      }
    ]
    enableBgp: true
    bgpSettings: {
      asn: 65020
    }
  }
}

resource vgwSmallPip1 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'vgw-small-pip1'
  location: location
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  zones: ['1', '2', '3']
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource vgwSmall 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-small'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    vpnGatewayGeneration: 'Generation2'
    sku: {
      name: 'VpnGw1AZ'
      tier: 'VpnGw1AZ'
    }
    activeActive: false
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnetBranchhubGatewaySubnet.id
          }
          publicIPAddress: {
            id: vgwSmallPip1.id
          }
        }
      }
    ]
    enableBgp: false
    natRules: [
      {
        name: 'ingress/branch'
        properties: {
          type: 'Dynamic'
          mode: 'IngressSnat'
          internalMappings: [
            {
              addressSpace: '10.0.0.0/16'
            }
          ]
          externalMappings: [
            {
              addressSpace: '100.64.0.0/20'
            }
          ]
        }
      }
    ]
    enableBgpRouteTranslationForNat: false
  }
}

// ---- Local network gateways (on-premises sites) ------------------------------------------------

resource lngHq 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
  name: 'lng-hq'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.5'
    localNetworkAddressSpace: {
      addressPrefixes: ['10.0.128.0/20', '0.0.0.0/0']
    }
    bgpSettings: {
      asn: 65515
      bgpPeeringAddress: '203.0.113.5'
    }
  }
}

// ---- Connections (one resource per tunnel direction) -------------------------------------------

// The design's IPsec policy lacks dhGroup, pfsGroup: they are left empty, and Azure rejects the connection until they are set.
resource cnLegacyToHq 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-legacy-to-hq'
  location: location
  properties: {
    connectionType: 'IPsec'
    connectionProtocol: 'IKEv1'
    virtualNetworkGateway1: {
      id: vgwLegacy.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lngHq.id
      properties: {}
    }
    sharedKey: cnLegacyToHqSharedKey
    enableBgp: true
    usePolicyBasedTrafficSelectors: false
    ipsecPolicies: [
      {
        saLifeTimeSeconds: 27000
        saDataSizeKilobytes: 102400000
        ipsecEncryption: 'GCMAES256'
        ipsecIntegrity: 'SHA256'
        ikeEncryption: 'DES3'
        ikeIntegrity: 'MD5'
        dhGroup: ''
        pfsGroup: ''
      }
    ]
    dpdTimeoutSeconds: 5
    connectionMode: 'Default'
  }
}

resource cnLegacyToBranchhub 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-legacy-to-branchhub'
  location: location
  properties: {
    connectionType: 'Vnet2Vnet'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwLegacy.id
      properties: {}
    }
    virtualNetworkGateway2: {
      id: vgwSmall.id
      properties: {}
    }
    sharedKey: cnLegacyToBranchhubSharedKey
    enableBgp: false
    dpdTimeoutSeconds: 45
    connectionMode: 'Default'
  }
}

resource cnBranchhubToLegacy 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-branchhub-to-legacy'
  location: location
  properties: {
    connectionType: 'Vnet2Vnet'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwSmall.id
      properties: {}
    }
    virtualNetworkGateway2: {
      id: vgwLegacy.id
      properties: {}
    }
    sharedKey: cnBranchhubToLegacySharedKey
    enableBgp: false
    dpdTimeoutSeconds: 45
    connectionMode: 'Default'
  }
}
