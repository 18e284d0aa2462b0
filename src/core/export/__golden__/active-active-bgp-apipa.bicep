// Exported by vpn-designer from the design "Active-active BGP to two on-premises devices with APIPA".
// Deploy into the design's resource group: az deployment group create --resource-group rg-active-active-bgp-to-two-on-premises-devices-with-apipa --template-file <this file>
// Pre-shared keys and RADIUS secrets are secure parameters: supply them at deployment.
//
// The design passed validation with no errors (0 warnings).

metadata generator = 'vpn-designer'
metadata design = 'Active-active BGP to two on-premises devices with APIPA'
metadata resourceGroup = 'rg-active-active-bgp-to-two-on-premises-devices-with-apipa'
metadata validation = {
  errors: 0
  warnings: 0
}

// Regions
@description('Azure region of vnet-core-neu and the resources that belong to it.')
param location string = 'northeurope'

// Pre-shared keys
@description('Pre-shared key of connection cn-core-to-dc-edge-1 (gateway vgw-core-neu to site lng-dc-edge-1); the on-premises device needs the same key.')
@secure()
param cnCoreToDcEdge1SharedKey string

@description('Pre-shared key of connection cn-core-to-dc-edge-2 (gateway vgw-core-neu to site lng-dc-edge-2); the on-premises device needs the same key.')
@secure()
param cnCoreToDcEdge2SharedKey string

// ---- Virtual networks --------------------------------------------------------------------------

resource vnetCoreNeu 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-core-neu'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.20.0.0/16']
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.20.255.0/26'
        }
      }
      {
        name: 'snet-apps'
        properties: {
          addressPrefix: '10.20.1.0/24'
        }
      }
    ]
  }
}

resource vnetCoreNeuGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnetCoreNeu
  name: 'GatewaySubnet'
}

// ---- VPN gateways and their public IP addresses ------------------------------------------------

resource pipVgwCore1 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-vgw-core-1'
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

resource pipVgwCore2 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-vgw-core-2'
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

resource vgwCoreNeu 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-core-neu'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    vpnGatewayGeneration: 'Generation2'
    sku: {
      name: 'VpnGw3AZ'
      tier: 'VpnGw3AZ'
    }
    activeActive: true
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnetCoreNeuGatewaySubnet.id
          }
          publicIPAddress: {
            id: pipVgwCore1.id
          }
        }
      }
      {
        name: 'activeActive'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnetCoreNeuGatewaySubnet.id
          }
          publicIPAddress: {
            id: pipVgwCore2.id
          }
        }
      }
    ]
    enableBgp: true
    bgpSettings: {
      asn: 65010
      bgpPeeringAddresses: [
        {
          ipconfigurationId: resourceId('Microsoft.Network/virtualNetworkGateways/ipConfigurations', 'vgw-core-neu', 'default')
          customBgpIpAddresses: ['169.254.21.1']
        }
        {
          ipconfigurationId: resourceId('Microsoft.Network/virtualNetworkGateways/ipConfigurations', 'vgw-core-neu', 'activeActive')
          customBgpIpAddresses: ['169.254.22.1']
        }
      ]
    }
  }
}

// ---- Local network gateways (on-premises sites) ------------------------------------------------

resource lngDcEdge1 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
  name: 'lng-dc-edge-1'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.50'
    localNetworkAddressSpace: {
      addressPrefixes: []
    }
    bgpSettings: {
      asn: 64600
      bgpPeeringAddress: '169.254.21.2'
    }
  }
}

resource lngDcEdge2 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
  name: 'lng-dc-edge-2'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.51'
    localNetworkAddressSpace: {
      addressPrefixes: []
    }
    bgpSettings: {
      asn: 64600
      bgpPeeringAddress: '169.254.22.2'
    }
  }
}

// ---- Connections (one resource per tunnel direction) -------------------------------------------

resource cnCoreToDcEdge1 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-core-to-dc-edge-1'
  location: location
  properties: {
    connectionType: 'IPsec'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwCoreNeu.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lngDcEdge1.id
      properties: {}
    }
    sharedKey: cnCoreToDcEdge1SharedKey
    enableBgp: true
    usePolicyBasedTrafficSelectors: false
    ipsecPolicies: [
      {
        saLifeTimeSeconds: 27000
        saDataSizeKilobytes: 102400000
        ipsecEncryption: 'GCMAES256'
        ipsecIntegrity: 'GCMAES256'
        ikeEncryption: 'GCMAES256'
        ikeIntegrity: 'SHA384'
        dhGroup: 'ECP384'
        pfsGroup: 'ECP384'
      }
    ]
    dpdTimeoutSeconds: 45
    connectionMode: 'Default'
  }
}

resource cnCoreToDcEdge2 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-core-to-dc-edge-2'
  location: location
  properties: {
    connectionType: 'IPsec'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwCoreNeu.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lngDcEdge2.id
      properties: {}
    }
    sharedKey: cnCoreToDcEdge2SharedKey
    enableBgp: true
    usePolicyBasedTrafficSelectors: false
    ipsecPolicies: [
      {
        saLifeTimeSeconds: 27000
        saDataSizeKilobytes: 102400000
        ipsecEncryption: 'GCMAES256'
        ipsecIntegrity: 'GCMAES256'
        ikeEncryption: 'GCMAES256'
        ikeIntegrity: 'SHA384'
        dhGroup: 'ECP384'
        pfsGroup: 'ECP384'
      }
    ]
    dpdTimeoutSeconds: 45
    connectionMode: 'Default'
  }
}
