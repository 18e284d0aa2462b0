// Exported by vpn-designer from the design "VNet-to-VNet across regions with a custom IPsec policy".
// Deploy into the design's resource group: az deployment group create --resource-group rg-vnet-to-vnet-across-regions-with-a-custom-ipsec-policy --template-file <this file>
// Pre-shared keys and RADIUS secrets are secure parameters: supply them at deployment.
//
// The design passed validation with no errors (0 warnings).

metadata generator = 'vpn-designer'
metadata design = 'VNet-to-VNet across regions with a custom IPsec policy'
metadata resourceGroup = 'rg-vnet-to-vnet-across-regions-with-a-custom-ipsec-policy'
metadata validation = {
  errors: 0
  warnings: 0
}

// Regions
@description('Azure region of vnet-prod-weu and the resources that belong to it.')
param locationWesteurope string = 'westeurope'

@description('Azure region of vnet-prod-eus and the resources that belong to it.')
param locationEastus string = 'eastus'

// Pre-shared keys
@description('Pre-shared key of connection cn-weu-to-eus (gateway vgw-prod-weu to gateway vgw-prod-eus); the connection in the other direction needs the same key.')
@secure()
param cnWeuToEusSharedKey string

@description('Pre-shared key of connection cn-eus-to-weu (gateway vgw-prod-eus to gateway vgw-prod-weu); the connection in the other direction needs the same key.')
@secure()
param cnEusToWeuSharedKey string

// ---- Virtual networks --------------------------------------------------------------------------

resource vnetProdWeu 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-prod-weu'
  location: locationWesteurope
  properties: {
    addressSpace: {
      addressPrefixes: ['10.40.0.0/16']
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.40.255.0/27'
        }
      }
    ]
  }
}

resource vnetProdWeuGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnetProdWeu
  name: 'GatewaySubnet'
}

resource vnetProdEus 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-prod-eus'
  location: locationEastus
  properties: {
    addressSpace: {
      addressPrefixes: ['10.41.0.0/16']
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.41.255.0/27'
        }
      }
    ]
  }
}

resource vnetProdEusGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnetProdEus
  name: 'GatewaySubnet'
}

// ---- VPN gateways and their public IP addresses ------------------------------------------------

resource pipVgwProdWeu 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-vgw-prod-weu'
  location: locationWesteurope
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  zones: ['1', '2', '3']
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource vgwProdWeu 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-prod-weu'
  location: locationWesteurope
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
            id: vnetProdWeuGatewaySubnet.id
          }
          publicIPAddress: {
            id: pipVgwProdWeu.id
          }
        }
      }
    ]
    enableBgp: false
  }
}

resource pipVgwProdEus 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-vgw-prod-eus'
  location: locationEastus
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  zones: ['1', '2', '3']
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource vgwProdEus 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-prod-eus'
  location: locationEastus
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
            id: vnetProdEusGatewaySubnet.id
          }
          publicIPAddress: {
            id: pipVgwProdEus.id
          }
        }
      }
    ]
    enableBgp: false
  }
}

// ---- Connections (one resource per tunnel direction) -------------------------------------------

resource cnWeuToEus 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-weu-to-eus'
  location: locationWesteurope
  properties: {
    connectionType: 'Vnet2Vnet'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwProdWeu.id
      properties: {}
    }
    virtualNetworkGateway2: {
      id: vgwProdEus.id
      properties: {}
    }
    sharedKey: cnWeuToEusSharedKey
    enableBgp: false
    ipsecPolicies: [
      {
        saLifeTimeSeconds: 27000
        saDataSizeKilobytes: 102400000
        ipsecEncryption: 'AES256'
        ipsecIntegrity: 'SHA256'
        ikeEncryption: 'AES256'
        ikeIntegrity: 'SHA256'
        dhGroup: 'DHGroup14'
        pfsGroup: 'PFS2048'
      }
    ]
    dpdTimeoutSeconds: 45
    connectionMode: 'Default'
  }
}

resource cnEusToWeu 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-eus-to-weu'
  location: locationEastus
  properties: {
    connectionType: 'Vnet2Vnet'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwProdEus.id
      properties: {}
    }
    virtualNetworkGateway2: {
      id: vgwProdWeu.id
      properties: {}
    }
    sharedKey: cnEusToWeuSharedKey
    enableBgp: false
    ipsecPolicies: [
      {
        saLifeTimeSeconds: 27000
        saDataSizeKilobytes: 102400000
        ipsecEncryption: 'AES256'
        ipsecIntegrity: 'SHA256'
        ikeEncryption: 'AES256'
        ikeIntegrity: 'SHA256'
        dhGroup: 'DHGroup14'
        pfsGroup: 'PFS2048'
      }
    ]
    dpdTimeoutSeconds: 45
    connectionMode: 'Default'
  }
}
