# Windows 10/11 native VPN client (PowerShell): IKEv2 protocol
# P2S configuration: p2s-remote-staff (p2s-hub)
# Tunnel types: IKEv2, OpenVPN; authentication: Certificate
# Regenerate and redistribute this profile after any change to tunnel types, authentication or DNS servers.
# Written before deployment: replace AZURE_GATEWAY_FQDN with the gateway's DNS name from the profile Azure generates.
# Routes the gateway sends to clients (VNet side):
#   10.10.0.0/16
# Connected on-premises networks (reached only when their S2S connections run BGP):
#   192.168.10.0/24
#   192.168.20.0/24
#   192.168.21.0/24
# Run in the user's session (or add -AllUserConnection in an elevated session). The client certificate
# must be installed first, and the gateway's root certificate trusted.

$ErrorActionPreference = 'Stop'
$server = 'AZURE_GATEWAY_FQDN'
$routes = @('10.10.0.0/16')

# IKEv2
$name = 'p2s-remote-staff (IKEv2)'
Add-VpnConnection -Name $name -ServerAddress $server -TunnelType Ikev2 -AuthenticationMethod MachineCertificate -EncryptionLevel Required -SplitTunneling -Force
# Offer a proposal the gateway accepts (facts: AES256/SHA256/DH group 14 for IKE, GCMAES256 without PFS for IPsec).
Set-VpnConnectionIPsecConfiguration -ConnectionName $name -AuthenticationTransformConstants GCMAES256 -CipherTransformConstants GCMAES256 -EncryptionMethod AES256 -IntegrityCheckMethod SHA256 -DHGroup Group14 -PfsGroup None -Force
foreach ($prefix in $routes) { Add-VpnConnectionRoute -ConnectionName $name -DestinationPrefix $prefix }
