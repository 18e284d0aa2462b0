// Exported by vpn-designer from the design "Hub with two branches and P2S".
// Deploy into the design's resource group: az deployment group create --resource-group rg-hub-with-two-branches-and-p2s --template-file <this file>
// Pre-shared keys and RADIUS secrets are secure parameters: supply them at deployment.
//
// The design passed validation with no errors (0 warnings).

metadata generator = 'vpn-designer'
metadata design = 'Hub with two branches and P2S'
metadata resourceGroup = 'rg-hub-with-two-branches-and-p2s'
metadata validation = {
  errors: 0
  warnings: 0
}

// Regions
@description('Azure region of vnet-hub-weu and the resources that belong to it.')
param location string = 'westeurope'

// Pre-shared keys
@description('Pre-shared key of connection cn-hub-to-london (gateway vgw-hub-weu to site lng-branch-london); the on-premises device needs the same key.')
@secure()
param cnHubToLondonSharedKey string

@description('Pre-shared key of connection cn-hub-to-paris (gateway vgw-hub-weu to site lng-branch-paris); the on-premises device needs the same key.')
@secure()
param cnHubToParisSharedKey string

// Point-to-site
@description('Public data of root certificate 1 of point-to-site configuration p2s-remote-staff: the Base64 text of the .cer file without its BEGIN/END lines. Replace the placeholder.')
param p2sRemoteStaffRootCertificate1 string = 'REPLACE-WITH-BASE64-ROOT-CERTIFICATE-DATA'

// ---- Virtual networks --------------------------------------------------------------------------

resource vnetHubWeu 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-hub-weu'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.10.0.0/16']
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.10.255.0/27'
        }
      }
      {
        name: 'snet-workloads'
        properties: {
          addressPrefix: '10.10.1.0/24'
        }
      }
    ]
  }
}

resource vnetHubWeuGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnetHubWeu
  name: 'GatewaySubnet'
}

// ---- VPN gateways and their public IP addresses ------------------------------------------------

resource pipVgwHubWeu 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-vgw-hub-weu'
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

resource vgwHubWeu 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-hub-weu'
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
            id: vnetHubWeuGatewaySubnet.id
          }
          publicIPAddress: {
            id: pipVgwHubWeu.id
          }
        }
      }
    ]
    enableBgp: false
    vpnClientConfiguration: {
      vpnClientAddressPool: {
        addressPrefixes: ['172.16.200.0/24']
      }
      vpnClientProtocols: ['IkeV2', 'OpenVPN']
      vpnAuthenticationTypes: ['Certificate']
      vpnClientRootCertificates: [
        {
          name: 'root-certificate-1'
          properties: {
            publicCertData: p2sRemoteStaffRootCertificate1
          }
        }
      ]
    }
  }
}

// ---- Local network gateways (on-premises sites) ------------------------------------------------

resource lngBranchLondon 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
  name: 'lng-branch-london'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.10'
    localNetworkAddressSpace: {
      addressPrefixes: ['192.168.10.0/24']
    }
  }
}

resource lngBranchParis 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
  name: 'lng-branch-paris'
  location: location
  properties: {
    gatewayIpAddress: '198.51.100.20'
    localNetworkAddressSpace: {
      addressPrefixes: ['192.168.20.0/24', '192.168.21.0/24']
    }
  }
}

// ---- Connections (one resource per tunnel direction) -------------------------------------------

resource cnHubToLondon 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-hub-to-london'
  location: location
  properties: {
    connectionType: 'IPsec'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwHubWeu.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lngBranchLondon.id
      properties: {}
    }
    sharedKey: cnHubToLondonSharedKey
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

resource cnHubToParis 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-hub-to-paris'
  location: location
  properties: {
    connectionType: 'IPsec'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vgwHubWeu.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lngBranchParis.id
      properties: {}
    }
    sharedKey: cnHubToParisSharedKey
    enableBgp: false
    usePolicyBasedTrafficSelectors: false
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
