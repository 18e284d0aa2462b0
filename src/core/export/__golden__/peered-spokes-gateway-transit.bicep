// Exported by vpn-designer from the design "Peered spokes reaching on-premises through gateway transit".
// Deploy into the design's resource group: az deployment group create --resource-group rg-peered-spokes-reaching-on-premises-through-gateway-transit --template-file <this file>
// Pre-shared keys and RADIUS secrets are secure parameters: supply them at deployment.
//
// The design passed validation with no errors (0 warnings).

metadata generator = 'vpn-designer'
metadata design = 'Peered spokes reaching on-premises through gateway transit'
metadata resourceGroup = 'rg-peered-spokes-reaching-on-premises-through-gateway-transit'
metadata validation = {
  errors: 0
  warnings: 0
}

// Regions
@description('Azure region of vnet-hub-sea, vnet-spoke-app-sea, vnet-spoke-data-sea and the resources that belong to them.')
param location string = 'southeastasia'

// Pre-shared keys
@description('Pre-shared key of connection cn-hub-to-singapore-dc (gateway vgw-hub-sea to site lng-singapore-dc); the on-premises device needs the same key.')
@secure()
param cnHubToSingaporeDcSharedKey string

// ---- Virtual networks --------------------------------------------------------------------------

resource vnetHubSea 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-hub-sea'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.60.0.0/16']
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.60.255.0/27'
        }
      }
    ]
  }
}

resource vnetHubSeaGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnetHubSea
  name: 'GatewaySubnet'
}

resource vnetSpokeAppSea 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-spoke-app-sea'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.61.0.0/16']
    }
    subnets: [
      {
        name: 'snet-app'
        properties: {
          addressPrefix: '10.61.1.0/24'
        }
      }
    ]
  }
}

resource vnetSpokeDataSea 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-spoke-data-sea'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.62.0.0/16']
    }
    subnets: [
      {
        name: 'snet-data'
        properties: {
          addressPrefix: '10.62.1.0/24'
        }
      }
    ]
  }
}

// ---- VPN gateways and their public IP addresses ------------------------------------------------

resource pipVgwHubSea 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-vgw-hub-sea'
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

resource vgwHubSea 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-hub-sea'
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
            id: vnetHubSeaGatewaySubnet.id
          }
          publicIPAddress: {
            id: pipVgwHubSea.id
          }
        }
      }
    ]
    enableBgp: false
  }
}

// ---- Local network gateways (on-premises sites) ------------------------------------------------

resource lngSingaporeDc 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
  name: 'lng-singapore-dc'
  location: location
  properties: {
    gatewayIpAddress: '198.51.100.60'
    localNetworkAddressSpace: {
      addressPrefixes: ['192.168.60.0/22']
    }
  }
}

// ---- Connections (one resource per tunnel direction) -------------------------------------------

resource cnHubToSingaporeDc 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-hub-to-singapore-dc'
  location: location
  properties: {
    connectionType: 'IPsec'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwHubSea.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lngSingaporeDc.id
      properties: {}
    }
    sharedKey: cnHubToSingaporeDcSharedKey
    enableBgp: false
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

// ---- VNet peerings (one resource in each VNet) -------------------------------------------------

// Peering peer-hub-app: the side in vnet-hub-sea, towards vnet-spoke-app-sea.
resource peerHubApp 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
  parent: vnetHubSea
  name: 'peer-hub-app'
  properties: {
    remoteVirtualNetwork: {
      id: vnetSpokeAppSea.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: false
  }
  dependsOn: [
    vgwHubSea
  ]
}

// Peering peer-hub-app: the side in vnet-spoke-app-sea, towards vnet-hub-sea.
resource peerHubAppRemote 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
  parent: vnetSpokeAppSea
  name: 'peer-hub-app'
  properties: {
    remoteVirtualNetwork: {
      id: vnetHubSea.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: false
    useRemoteGateways: true
  }
  dependsOn: [
    peerHubApp
    vgwHubSea
  ]
}

// Peering peer-hub-data: the side in vnet-hub-sea, towards vnet-spoke-data-sea.
resource peerHubData 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
  parent: vnetHubSea
  name: 'peer-hub-data'
  properties: {
    remoteVirtualNetwork: {
      id: vnetSpokeDataSea.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: false
  }
  dependsOn: [
    vgwHubSea
  ]
}

// Peering peer-hub-data: the side in vnet-spoke-data-sea, towards vnet-hub-sea.
resource peerHubDataRemote 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
  parent: vnetSpokeDataSea
  name: 'peer-hub-data'
  properties: {
    remoteVirtualNetwork: {
      id: vnetHubSea.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: false
    useRemoteGateways: true
  }
  dependsOn: [
    peerHubData
    vgwHubSea
  ]
}
