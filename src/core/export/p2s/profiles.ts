import { gatewayDomain } from '../../compute/reachability';
import { enabledTunnels, TUNNEL_LABEL } from '../../compute/p2s-split';
import { indexDesign } from '../../model/design-index';
import type { P2sConfiguration, TopologyDocument } from '../../model/types';
import { sectionName } from '../devices/strongswan';
import { commentLine, wellFormed } from '../text';

/**
 * Client profiles for a point-to-site configuration, written before the gateway exists (facts §5
 * "Client configuration package contents"). What only Azure knows after deployment stays a clearly
 * named placeholder: the gateway's DNS name (`AZURE_GATEWAY_FQDN`), the server secret and the
 * certificates. No secret of the design (RADIUS shared secrets) is ever written.
 *
 * Routes: the address spaces of the gateway's VNet and of the VNets behind it (transit spokes, far VNets
 * over VNet-to-VNet links), as the gateway's routing domain sees them. On-premises sites are listed
 * in comments only: P2S clients reach them only when the S2S connections run BGP, or with extra routes.
 */

export const FQDN_PLACEHOLDER = 'AZURE_GATEWAY_FQDN';
export const SERVER_SECRET_PLACEHOLDER = 'PASTE_SERVER_SECRET_FROM_AZURE_PROFILE';
export const TENANT_PLACEHOLDER = 'YOUR_TENANT_ID';
/** The audience of the Microsoft-registered Azure VPN Client in Azure Public (facts §5). */
export const DEFAULT_AAD_AUDIENCE = 'c632b3df-fb67-4d84-bdcf-b95ad541b5c8';

const REGENERATE = 'Regenerate and redistribute this profile after any change to tunnel types, authentication or DNS servers.';

/** The clients a profile can be for: the CLI's `--format p2s:<client>` values. */
export const P2S_CLIENTS = ['openvpn', 'azurevpn', 'strongswan', 'windows'] as const;
export type P2sClient = (typeof P2S_CLIENTS)[number];

export interface P2sProfile {
  readonly client: P2sClient;
  readonly fileName: string;
  /** Who uses the file: client OS and protocol. */
  readonly forClients: string;
  readonly text: string;
}

interface Context {
  readonly config: P2sConfiguration;
  readonly tunnels: ReturnType<typeof enabledTunnels>;
  /** VNet-side prefixes (canonical), deduplicated, in domain order. */
  readonly vnetPrefixes: readonly string[];
  /** Site prefixes (canonical) seen by the gateway. */
  readonly sitePrefixes: readonly string[];
}

function context(doc: TopologyDocument, p2sId: string): Context | undefined {
  const index = indexDesign(doc);
  const config = index.p2sById.get(p2sId);
  if (!config) return undefined;
  const gateway = index.gatewayById.get(config.gatewayId);
  const vnet = new Set<string>();
  const sites = new Set<string>();
  if (gateway) {
    for (const s of gatewayDomain(index, gateway).spaces) {
      if (s.ownerKind === 'p2s') continue;
      const target = s.ownerKind === 'vnet' ? vnet : sites;
      for (const p of s.prefixes) target.add(p.text);
    }
  }
  return { config, tunnels: enabledTunnels(config), vnetPrefixes: [...vnet], sitePrefixes: [...sites] };
}

const has = <T>(list: readonly T[], x: T): boolean => list.includes(x);

/** `#` comment lines (also used for swanctl.conf and .ovpn), untrusted text made harmless. */
const hash = (s: string): string => `# ${commentLine(s)}`.trimEnd();

function header(prefix: (s: string) => string, forClients: string, c: Context): string[] {
  return [
    prefix(`${forClients}`),
    prefix(`P2S configuration: ${c.config.name} (${c.config.id})`),
    prefix(`Tunnel types: ${c.tunnels.map((t) => TUNNEL_LABEL[t]).join(', ') || 'none'}; authentication: ${c.config.authTypes.join(', ') || 'none'}`),
    prefix(REGENERATE),
    prefix(`Written before deployment: replace ${FQDN_PLACEHOLDER} with the gateway's DNS name from the profile Azure generates.`),
  ];
}

function routeComments(prefix: (s: string) => string, c: Context): string[] {
  const out = [prefix('Routes the gateway sends to clients (VNet side):')];
  if (c.vnetPrefixes.length === 0) out.push(prefix('  (none known)'));
  for (const p of c.vnetPrefixes) out.push(prefix(`  ${p}`));
  if (c.sitePrefixes.length > 0) {
    out.push(prefix('Connected on-premises networks (reached only when their S2S connections run BGP):'));
    for (const p of c.sitePrefixes) out.push(prefix(`  ${p}`));
  }
  if (c.config.customDnsServers.length > 0) out.push(prefix(`DNS servers: ${c.config.customDnsServers.join(', ')}`));
  return out;
}

// ---------------------------------------------------------------------------------------------- XML

/** Characters XML 1.0 does not allow at all. */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text or attribute content: `&`, `<`, `>`, quotes escaped; characters XML forbids become U+FFFD. */
export function xmlEscape(s: string): string {
  return wellFormed(s)
    .replace(XML_FORBIDDEN, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An XML comment body: one line, and never `--` (which XML forbids inside comments). */
const xmlComment = (s: string): string => `<!-- ${commentLine(s).replace(/-(?=-)/g, '- ').replace(/-$/, '- ')} -->`;

// ---------------------------------------------------------------------------------------- PowerShell

/**
 * A single-quoted PowerShell string. Inside single quotes nothing expands (`$()`, backticks); the only
 * escape is a doubled quote, and PowerShell also reads the typographic quotes ‘ ’ ‚ ‛ as single quotes.
 * Line breaks and other controls become spaces (a connection name is one line).
 */
export function psString(s: string): string {
  return `'${commentLine(s).replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

// ------------------------------------------------------------------------------------------ OpenVPN

export function exportOpenVpnProfile(doc: TopologyDocument, p2sId: string): string | undefined {
  const c = context(doc, p2sId);
  if (!c || !has(c.tunnels, 'OpenVPN') || !has(c.config.authTypes, 'Certificate')) return undefined;
  const lines = [
    ...header(hash, 'OpenVPN client (Windows, macOS, Linux, iOS, Android): OpenVPN protocol, certificate authentication', c),
    ...routeComments(hash, c),
    '',
    'client',
    'dev tun',
    'proto tcp',
    `remote ${FQDN_PLACEHOLDER} 443`,
    'resolv-retry infinite',
    'nobind',
    'persist-key',
    'persist-tun',
    'remote-cert-tls server',
    'tls-version-min 1.2',
    'cipher AES-256-GCM',
    'data-ciphers AES-256-GCM',
    'auth SHA256',
    'tls-timeout 30',
    'verb 3',
    '',
    '# Paste the tls-auth key from the vpnconfig.ovpn Azure generates (the server secret).',
    'key-direction 1',
    '<tls-auth>',
    SERVER_SECRET_PLACEHOLDER,
    '</tls-auth>',
    '',
    "# Paste the gateway's server CA certificate (PEM) from the profile Azure generates.",
    '<ca>',
    'PASTE_SERVER_CA_CERTIFICATE_PEM_HERE',
    '</ca>',
    '',
    '# Paste this user\'s client certificate (PEM), issued by a root certificate uploaded to the gateway.',
    '<cert>',
    'PASTE_CLIENT_CERTIFICATE_PEM_HERE',
    '</cert>',
    '',
    "# Paste this user's private key (PEM). Keep this file private.",
    '<key>',
    'PASTE_CLIENT_PRIVATE_KEY_PEM_HERE',
    '</key>',
  ];
  return lines.join('\n') + '\n';
}

// ------------------------------------------------------------------------------- Azure VPN Client

export function exportAzureVpnClientProfile(doc: TopologyDocument, p2sId: string): string | undefined {
  const c = context(doc, p2sId);
  if (!c || !has(c.tunnels, 'OpenVPN')) return undefined;
  const aad = has(c.config.authTypes, 'AAD');
  if (!aad && !has(c.config.authTypes, 'Certificate')) return undefined;
  const tenant = c.config.aadTenantId && c.config.aadTenantId.trim() !== '' ? c.config.aadTenantId.trim() : TENANT_PLACEHOLDER;
  const audience = c.config.aadAudience && c.config.aadAudience.trim() !== '' ? c.config.aadAudience.trim() : DEFAULT_AAD_AUDIENCE;
  const forClients = `Azure VPN Client (Windows, macOS, Linux): OpenVPN protocol, ${aad ? 'Microsoft Entra ID' : 'certificate'} authentication`;
  const x = xmlEscape;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    ...header(xmlComment, forClients, c),
    ...routeComments(xmlComment, c),
    '<AzVpnProfile xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/">',
    '  <clientauth>',
    ...(aad
      ? [
          '    <aad>',
          `      <audience>${x(audience)}</audience>`,
          `      <issuer>${x(`https://sts.windows.net/${tenant}/`)}</issuer>`,
          `      <tenant>${x(`https://login.microsoftonline.com/${tenant}/`)}</tenant>`,
          '      <enabledevicesso>false</enabledevicesso>',
          '    </aad>',
          '    <type>aad</type>',
        ]
      : [
          '    <cert>',
          `      ${xmlComment("Thumbprint of this user's client certificate, installed in the user's certificate store.")}`,
          '      <hash>PASTE_CLIENT_CERTIFICATE_THUMBPRINT_HERE</hash>',
          '    </cert>',
          '    <type>cert</type>',
        ]),
    '  </clientauth>',
    '  <clientconfig>',
    ...(c.config.customDnsServers.length > 0
      ? ['    <dnsservers>', ...c.config.customDnsServers.map((d) => `      <dnsserver>${x(d)}</dnsserver>`), '    </dnsservers>']
      : []),
    '  </clientconfig>',
    `  <name>${x(c.config.name)}</name>`,
    '  <protocolconfig>',
    '    <sslprotocolConfig>',
    '      <transportprotocol>tcp</transportprotocol>',
    '    </sslprotocolConfig>',
    '  </protocolconfig>',
    '  <serverlist>',
    '    <ServerEntry>',
    `      <displayname>${x(c.config.name)}</displayname>`,
    `      <fqdn>${FQDN_PLACEHOLDER}</fqdn>`,
    '    </ServerEntry>',
    '  </serverlist>',
    '  <servervalidation>',
    `    ${xmlComment('Copy the server certificate hash and the server secret from the azurevpnconfig.xml Azure generates.')}`,
    '    <cert>',
    '      <hash>PASTE_SERVER_CERTIFICATE_HASH_HERE</hash>',
    '    </cert>',
    `    <serversecret>${SERVER_SECRET_PLACEHOLDER}</serversecret>`,
    '    <type>cert</type>',
    '  </servervalidation>',
    '  <version>1</version>',
    '</AzVpnProfile>',
  ];
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------- strongSwan

/** The gateway's P2S IKEv2 offers (facts §2 "P2S (IKEv2 and TLS) policies on the gateway"). */
const DH = 'ecp384-ecp256-modp2048s256-modp2048';
export const P2S_IKE_PROPOSALS = [`aes256gcm16-prfsha384-prfsha256-${DH}`, `aes256-sha384-${DH}`, `aes256-sha256-${DH}`];
export const P2S_ESP_PROPOSALS = ['aes256gcm16', `aes256gcm16-${DH}`, 'aes256-sha256', `aes256-sha256-${DH}`, 'aes256-sha1'];

export function exportStrongswanP2sClient(doc: TopologyDocument, p2sId: string): string | undefined {
  const c = context(doc, p2sId);
  if (!c || !has(c.tunnels, 'IkeV2')) return undefined;
  const cert = has(c.config.authTypes, 'Certificate') || !has(c.config.authTypes, 'Radius');
  const name = sectionName(`azure-${c.config.name}`);
  const lines = [
    ...header(hash, `strongSwan 5.9+ on Linux (swanctl.conf): IKEv2 protocol, ${cert ? 'certificate' : 'RADIUS (EAP-TLS)'} authentication`, c),
    ...routeComments(hash, c),
    '# Files: the client certificate in /etc/swanctl/x509/client.pem, its key in /etc/swanctl/private/client.pem,',
    "# the gateway's server root certificate (Generic/VpnServerRoot.cer from Azure's package, as PEM) in /etc/swanctl/x509ca/.",
    '# DH group 2 (modp1024), which the gateway also accepts, is left out as weak.',
    '',
    'connections {',
    `  ${name} {`,
    '    version = 2',
    `    remote_addrs = ${FQDN_PLACEHOLDER}`,
    '    vips = 0.0.0.0',
    '    encap = yes',
    `    proposals = ${P2S_IKE_PROPOSALS.join(', ')}`,
    '    local {',
    ...(cert
      ? ['      auth = pubkey', '      certs = client.pem']
      : ['      auth = eap-tls', '      certs = client.pem', '      # Or, when the RADIUS server takes passwords: auth = eap-mschapv2 and eap_id = YOUR_USER_NAME']),
    '    }',
    '    remote {',
    '      auth = pubkey',
    `      id = %${FQDN_PLACEHOLDER}`,
    '    }',
    '    children {',
    `      ${name} {`,
    `        remote_ts = ${c.vnetPrefixes.length > 0 ? c.vnetPrefixes.join(', ') : '0.0.0.0/0'}`,
    `        esp_proposals = ${P2S_ESP_PROPOSALS.join(', ')}`,
    '        start_action = none',
    '      }',
    '    }',
    '  }',
    '}',
  ];
  return lines.join('\n') + '\n';
}

// ------------------------------------------------------------------------------------------- Windows

export function exportWindowsPowerShell(doc: TopologyDocument, p2sId: string): string | undefined {
  const c = context(doc, p2sId);
  if (!c) return undefined;
  const native = c.tunnels.filter((t) => t === 'IkeV2' || t === 'SSTP');
  if (native.length === 0) return undefined;
  const cert = has(c.config.authTypes, 'Certificate');
  const lines = [
    ...header(hash, `Windows 10/11 native VPN client (PowerShell): ${native.map((t) => TUNNEL_LABEL[t]).join(' and ')} protocol`, c),
    ...routeComments(hash, c),
    '# Run in the user\'s session (or add -AllUserConnection in an elevated session). The client certificate',
    "# must be installed first, and the gateway's root certificate trusted.",
    '',
    '$ErrorActionPreference = \'Stop\'',
    `$server = '${FQDN_PLACEHOLDER}'`,
    `$routes = @(${c.vnetPrefixes.map((p) => psString(p)).join(', ')})`,
  ];
  for (const t of native) {
    const ikev2 = t === 'IkeV2';
    const connection = psString(`${c.config.name} (${TUNNEL_LABEL[t]})`);
    lines.push('', `# ${TUNNEL_LABEL[t]}`, `$name = ${connection}`);
    if (ikev2 && cert) {
      lines.push('Add-VpnConnection -Name $name -ServerAddress $server -TunnelType Ikev2 -AuthenticationMethod MachineCertificate -EncryptionLevel Required -SplitTunneling -Force');
      lines.push(
        '# Offer a proposal the gateway accepts (facts: AES256/SHA256/DH group 14 for IKE, GCMAES256 without PFS for IPsec).',
        'Set-VpnConnectionIPsecConfiguration -ConnectionName $name -AuthenticationTransformConstants GCMAES256 -CipherTransformConstants GCMAES256 -EncryptionMethod AES256 -IntegrityCheckMethod SHA256 -DHGroup Group14 -PfsGroup None -Force',
      );
    } else {
      lines.push(cert ? '$eap = New-EapConfiguration -Tls -UserCertificate' : '$eap = New-EapConfiguration # EAP-MSCHAPv2: the RADIUS server checks the user name and password');
      lines.push(`Add-VpnConnection -Name $name -ServerAddress $server -TunnelType ${ikev2 ? 'Ikev2' : 'Sstp'} -AuthenticationMethod Eap -EapConfigXmlStream $eap.EapConfigXmlStream -EncryptionLevel Required -SplitTunneling -Force`);
    }
    lines.push('foreach ($prefix in $routes) { Add-VpnConnectionRoute -ConnectionName $name -DestinationPrefix $prefix }');
  }
  return lines.join('\n') + '\n';
}

// --------------------------------------------------------------------------------------------- list

/** Every client profile that applies to a P2S configuration (empty when it has none or does not exist). */
export function p2sProfiles(doc: TopologyDocument, p2sId: string): P2sProfile[] {
  const out: P2sProfile[] = [];
  const add = (client: P2sClient, fileName: string, forClients: string, text: string | undefined) => {
    if (text !== undefined) out.push({ client, fileName, forClients, text });
  };
  add('openvpn', 'OpenVPN/vpnconfig.ovpn', 'OpenVPN clients (OpenVPN, certificate)', exportOpenVpnProfile(doc, p2sId));
  add('azurevpn', 'AzureVPN/azurevpnconfig.xml', 'Azure VPN Client (OpenVPN)', exportAzureVpnClientProfile(doc, p2sId));
  add('strongswan', 'Linux/swanctl.conf', 'strongSwan on Linux (IKEv2)', exportStrongswanP2sClient(doc, p2sId));
  add('windows', 'Windows/add-vpn-connection.ps1', 'Windows native client (IKEv2/SSTP)', exportWindowsPowerShell(doc, p2sId));
  return out;
}
