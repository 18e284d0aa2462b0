# Windows 10/11 native VPN client (PowerShell): SSTP protocol
# P2S configuration: p2s-legacy (p2s-legacy)
# Tunnel types: SSTP, OpenVPN; authentication: AAD, Radius
# Regenerate and redistribute this profile after any change to tunnel types, authentication or DNS servers.
# Written before deployment: replace AZURE_GATEWAY_FQDN with the gateway's DNS name from the profile Azure generates.
# Routes the gateway sends to clients (VNet side):
#   10.0.0.0/16
#   10.5.0.0/16
# Connected on-premises networks (reached only when their S2S connections run BGP):
#   10.0.128.0/20
#   0.0.0.0/0
# Run in the user's session (or add -AllUserConnection in an elevated session). The client certificate
# must be installed first, and the gateway's root certificate trusted.

$ErrorActionPreference = 'Stop'
$server = 'AZURE_GATEWAY_FQDN'
$routes = @('10.0.0.0/16', '10.5.0.0/16')

# SSTP
$name = 'p2s-legacy (SSTP)'
$eap = New-EapConfiguration # EAP-MSCHAPv2: the RADIUS server checks the user name and password
Add-VpnConnection -Name $name -ServerAddress $server -TunnelType Sstp -AuthenticationMethod Eap -EapConfigXmlStream $eap.EapConfigXmlStream -EncryptionLevel Required -SplitTunneling -Force
foreach ($prefix in $routes) { Add-VpnConnectionRoute -ConnectionName $name -DestinationPrefix $prefix }
