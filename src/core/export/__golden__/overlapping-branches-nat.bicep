// Exported by vpn-designer from the design "Overlapping branches made to work with NAT".
// Deploy into the design's resource group: az deployment group create --resource-group rg-overlapping-branches-made-to-work-with-nat --template-file <this file>
// Pre-shared keys and RADIUS secrets are secure parameters: supply them at deployment.
//
// The design passed validation with no errors (0 warnings).

metadata generator = 'vpn-designer'
metadata design = 'Overlapping branches made to work with NAT'
metadata resourceGroup = 'rg-overlapping-branches-made-to-work-with-nat'
metadata validation = {
  errors: 0
  warnings: 0
}

// Regions
@description('Azure region of vnet-retail-hub and the resources that belong to it.')
param location string = 'westeurope'

// Pre-shared keys
@description('Pre-shared key of connection cn-hub-to-store-a (gateway vgw-retail-hub to site lng-store-a); the on-premises device needs the same key.')
@secure()
param cnHubToStoreASharedKey string

@description('Pre-shared key of connection cn-hub-to-store-b (gateway vgw-retail-hub to site lng-store-b); the on-premises device needs the same key.')
@secure()
param cnHubToStoreBSharedKey string

// ---- Virtual networks --------------------------------------------------------------------------

resource vnetRetailHub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-retail-hub'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.30.0.0/16']
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.30.255.0/27'
        }
      }
    ]
  }
}

resource vnetRetailHubGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnetRetailHub
  name: 'GatewaySubnet'
}

// ---- VPN gateways and their public IP addresses ------------------------------------------------

resource pipVgwRetailHub 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-vgw-retail-hub'
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

resource vgwRetailHub 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-retail-hub'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    vpnGatewayGeneration: 'Generation2'
    sku: {
      name: 'VpnGw2AZ'
      tier: 'VpnGw2AZ'
    }
    activeActive: false
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnetRetailHubGatewaySubnet.id
          }
          publicIPAddress: {
            id: pipVgwRetailHub.id
          }
        }
      }
    ]
    enableBgp: false
    natRules: [
      {
        name: 'ingress-store-a'
        properties: {
          type: 'Static'
          mode: 'IngressSnat'
          internalMappings: [
            {
              addressSpace: '192.168.1.0/24'
            }
          ]
          externalMappings: [
            {
              addressSpace: '100.64.1.0/24'
            }
          ]
        }
      }
      {
        name: 'ingress-store-b'
        properties: {
          type: 'Static'
          mode: 'IngressSnat'
          internalMappings: [
            {
              addressSpace: '192.168.1.0/24'
            }
          ]
          externalMappings: [
            {
              addressSpace: '100.64.2.0/24'
            }
          ]
        }
      }
    ]
    enableBgpRouteTranslationForNat: false
  }
}

// ---- Local network gateways (on-premises sites) ------------------------------------------------

resource lngStoreA 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
  name: 'lng-store-a'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.71'
    localNetworkAddressSpace: {
      addressPrefixes: ['192.168.1.0/24']
    }
  }
}

resource lngStoreB 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
  name: 'lng-store-b'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.72'
    localNetworkAddressSpace: {
      addressPrefixes: ['192.168.1.0/24']
    }
  }
}

// ---- Connections (one resource per tunnel direction) -------------------------------------------

resource cnHubToStoreA 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-hub-to-store-a'
  location: location
  properties: {
    connectionType: 'IPsec'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwRetailHub.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lngStoreA.id
      properties: {}
    }
    sharedKey: cnHubToStoreASharedKey
    enableBgp: false
    usePolicyBasedTrafficSelectors: false
    ipsecPolicies: [
      {
        saLifeTimeSeconds: 27000
        saDataSizeKilobytes: 102400000
        ipsecEncryption: 'GCMAES256'
        ipsecIntegrity: 'GCMAES256'
        ikeEncryption: 'AES256'
        ikeIntegrity: 'SHA256'
        dhGroup: 'DHGroup14'
        pfsGroup: 'PFS2048'
      }
    ]
    dpdTimeoutSeconds: 45
    connectionMode: 'Default'
    ingressNatRules: [
      {
        id: resourceId('Microsoft.Network/virtualNetworkGateways/natRules', vgwRetailHub.name, 'ingress-store-a')
      }
    ]
  }
}

resource cnHubToStoreB 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-hub-to-store-b'
  location: location
  properties: {
    connectionType: 'IPsec'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwRetailHub.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lngStoreB.id
      properties: {}
    }
    sharedKey: cnHubToStoreBSharedKey
    enableBgp: false
    usePolicyBasedTrafficSelectors: false
    ipsecPolicies: [
      {
        saLifeTimeSeconds: 27000
        saDataSizeKilobytes: 102400000
        ipsecEncryption: 'GCMAES256'
        ipsecIntegrity: 'GCMAES256'
        ikeEncryption: 'AES256'
        ikeIntegrity: 'SHA256'
        dhGroup: 'DHGroup14'
        pfsGroup: 'PFS2048'
      }
    ]
    dpdTimeoutSeconds: 45
    connectionMode: 'Default'
    ingressNatRules: [
      {
        id: resourceId('Microsoft.Network/virtualNetworkGateways/natRules', vgwRetailHub.name, 'ingress-store-b')
      }
    ]
  }
}
