import type { TopologyDocument } from '../../model/types';
import { parseIpv4 } from '../../net/ip';
import { commentLine } from '../text';
import {
  IKE_LIFETIME_SECONDS,
  MSS_CLAMP,
  PSK_PLACEHOLDER,
  cliSafeKey,
  deviceModel,
  groupNames,
  identifier,
  ipv4Mask,
  mapPolicy,
  type DeviceExportOptions,
  type VendorTable,
} from './device-model';
import { DH_GROUP_NUMBER, PFS_GROUP_NUMBER } from '../../facts/ipsec';

/**
 * The on-premises side of a site-to-site connection for a Cisco ASA (9.8+): a route-based VTI
 * (IKEv2 policy, IPsec proposal and profile, tunnel-group, `interface Tunnel`, static routes or BGP), or,
 * when the connection uses policy-based selectors, a crypto map with one ACL entry per prefix pair.
 */

/** Azure policy values (facts §3, REST enums included) → ASA keywords. `''` = nothing (no DH/PFS line). */
export const CISCO_ASA_NAMES = {
  ikeEncryption: { GCMAES256: 'aes-gcm-256', GCMAES128: 'aes-gcm', AES256: 'aes-256', AES192: 'aes-192', AES128: 'aes', DES3: '3des', DES: 'des' },
  ikeIntegrity: { SHA384: 'sha384', SHA256: 'sha256', SHA1: 'sha', MD5: 'md5', GCMAES256: 'sha256', GCMAES128: 'sha256' },
  dhGroup: groupNames(DH_GROUP_NUMBER, String, { None: '' }),
  ipsecEncryption: { GCMAES256: 'aes-gcm-256', GCMAES192: 'aes-gcm-192', GCMAES128: 'aes-gcm', AES256: 'aes-256', AES192: 'aes-192', AES128: 'aes', DES3: '3des', DES: 'des', None: 'null' },
  ipsecIntegrity: { GCMAES256: 'null', GCMAES192: 'null', GCMAES128: 'null', SHA256: 'sha-256', SHA1: 'sha-1', MD5: 'md5' },
  pfsGroup: groupNames(PFS_GROUP_NUMBER, (n) => `group${n}`, { None: '' }),
} as const satisfies VendorTable;

const bang = (s: string) => `! ${commentLine(s)}`.trimEnd();

/** An ASA ACL operand for a prefix: `a.b.c.d mask` for IPv4, the prefix itself for IPv6. */
const operand = (prefix: string) => {
  const v4 = ipv4Mask(prefix);
  return v4 ? `${v4.network} ${v4.mask}` : prefix;
};

/** A /30 (or /31) around the site's BGP address, and the other address of it, to route the tunnel through. */
function vtiLink(ip: string): { address: string; mask: string; nextHop: string } {
  const n = Number(parseIpv4(ip) ?? 0n);
  const dotted = (x: number) => [24, 16, 8, 0].map((s) => (x >>> s) & 255).join('.');
  const low = n % 4;
  if (low === 1 || low === 2) return { address: ip, mask: '255.255.255.252', nextHop: dotted(low === 1 ? n + 1 : n - 1) };
  return { address: ip, mask: '255.255.255.254', nextHop: dotted((n ^ 1) >>> 0) };
}

/** Renders the ASA configuration for the on-premises device of one S2S connection. */
export function exportCiscoAsa(doc: TopologyDocument, connectionId: string, options: DeviceExportOptions = {}): string {
  const m = deviceModel(doc, connectionId);
  const c = m.connection;
  const p = mapPolicy(CISCO_ASA_NAMES, 'Cisco ASA', c.ipsecPolicy, m.policyBasedGateway);
  const v = p.values;
  const base = identifier(`azure-${c.name || c.id}`, 40);
  const key = options.includeSecrets && cliSafeKey(m.sharedKey) ? m.sharedKey : PSK_PLACEHOLDER;
  const ikeGcm = v.ikeEncryption.startsWith('aes-gcm');
  const espGcm = v.ipsecEncryption.startsWith('aes-gcm');
  const out: string[] = [];
  out.push(bang(`Cisco ASA (9.8+) configuration for the on-premises device of connection ${c.name} (${c.id})`));
  out.push(bang(`Design: ${doc.name}; site: ${m.site?.name ?? c.siteId}; Azure gateway: ${m.gateway?.name ?? c.gatewayId}`));
  out.push(bang(`Replace AZURE_GATEWAY_PUBLIC_IP${m.tunnels.length > 1 ? '_1 / _2 (one per active-active instance)' : ''} with the Azure gateway's public IP; "outside" is the internet-facing nameif.`));
  if (m.ikev1) out.push(bang('The connection uses IKEv1: this template is IKEv2; use crypto ikev1 policies instead, or switch the connection to IKEv2.'));
  if (m.policyBasedSelectors) out.push(bang('Policy-based traffic selectors: a crypto map with one ACL entry per prefix pair (no VTI). Exempt these pairs from NAT.'));
  if (m.site?.behindNat) out.push(bang('The device is behind NAT: it should initiate the tunnel (NAT-T, UDP 4500).'));
  for (const n of [...m.notes, ...p.notes]) out.push(bang(n));
  if (!options.includeSecrets) out.push(bang(`Exported without secrets: replace ${PSK_PLACEHOLDER} with the connection's pre-shared key.`));
  else if (key === PSK_PLACEHOLDER) out.push(bang('The shared key has characters the CLI cannot take verbatim: enter it by hand.'));
  out.push('!');
  out.push('crypto ikev2 policy 10');
  out.push(` encryption ${v.ikeEncryption}`);
  out.push(` integrity ${ikeGcm ? 'null' : v.ikeIntegrity}`);
  if (v.dhGroup !== '') out.push(` group ${v.dhGroup}`);
  out.push(` prf ${v.ikeIntegrity}`);
  out.push(` lifetime seconds ${IKE_LIFETIME_SECONDS}`);
  out.push('crypto ikev2 enable outside');
  out.push('!');
  out.push(`crypto ipsec ikev2 ipsec-proposal ${base}`);
  out.push(` protocol esp encryption ${v.ipsecEncryption}`);
  out.push(` protocol esp integrity ${espGcm ? 'null' : v.ipsecIntegrity}`);
  out.push('!');
  const life = Math.max(120, m.ipsecLifetimeSeconds);
  const kb = Math.min(2_147_483_647, Math.max(10, m.ipsecLifetimeKb));
  if (!m.policyBasedSelectors) {
    out.push(`crypto ipsec profile ${base}`);
    out.push(` set ikev2 ipsec-proposal ${base}`);
    if (v.pfsGroup !== '') out.push(` set pfs ${v.pfsGroup}`);
    out.push(` set security-association lifetime seconds ${life}`);
    if (m.ipsecLifetimeKb > 0) out.push(` set security-association lifetime kilobytes ${kb}`);
    out.push('!');
  }
  out.push(`group-policy ${base} internal`);
  out.push(`group-policy ${base} attributes`);
  out.push(' vpn-tunnel-protocol ikev2');
  out.push('!');
  for (const t of m.tunnels) {
    out.push(`tunnel-group ${t.azureIp} type ipsec-l2l`);
    out.push(`tunnel-group ${t.azureIp} general-attributes`);
    out.push(` default-group-policy ${base}`);
    out.push(`tunnel-group ${t.azureIp} ipsec-attributes`);
    out.push(` ikev2 remote-authentication pre-shared-key ${key}`);
    out.push(` ikev2 local-authentication pre-shared-key ${key}`);
    out.push(` isakmp keepalive threshold 10 retry ${Math.max(2, Math.min(10, Math.round(m.dpdSeconds / 10)))}`);
    out.push('!');
  }
  out.push(`sysopt connection tcpmss ${MSS_CLAMP}`);
  out.push('!');
  if (m.policyBasedSelectors) {
    const acl = `${base}-acl`;
    for (const pair of m.pairs) out.push(`access-list ${acl} extended permit ip ${operand(pair.local)} ${operand(pair.remote)}`);
    m.tunnels.forEach((t, i) => {
      const seq = 10 + i * 10;
      out.push(`crypto map azure-map ${seq} match address ${acl}`);
      out.push(`crypto map azure-map ${seq} set peer ${t.azureIp}`);
      out.push(`crypto map azure-map ${seq} set ikev2 ipsec-proposal ${base}`);
      if (v.pfsGroup !== '') out.push(`crypto map azure-map ${seq} set pfs ${v.pfsGroup}`);
      out.push(`crypto map azure-map ${seq} set security-association lifetime seconds ${life}`);
      if (m.ipsecLifetimeKb > 0) out.push(`crypto map azure-map ${seq} set security-association lifetime kilobytes ${kb}`);
    });
    out.push('crypto map azure-map interface outside');
    out.push('!');
    out.push('end');
    return `${out.join('\n')}\n`;
  }
  // VTI addressing: the site's BGP address (Azure peers with it), or a link-local /30 per tunnel.
  const links = m.tunnels.map((t, i) =>
    m.bgp && i === 0 ? vtiLink(m.bgp.localPeerIp) : { address: `169.254.0.${4 * i + 1}`, mask: '255.255.255.252', nextHop: `169.254.0.${4 * i + 2}` },
  );
  if (m.bgp && m.tunnels.length > 1) out.push(bang("The second tunnel has its own link: give Azure a BGP peer address on it too (the ASA allows one interface per subnet)."));
  m.tunnels.forEach((t, i) => {
    out.push(`interface Tunnel${100 + t.instance}`);
    out.push(` nameif azure-vti${t.instance === 0 ? '' : `-${t.instance}`}`);
    out.push(` ip address ${links[i]!.address} ${links[i]!.mask}`);
    out.push(' tunnel source interface outside');
    out.push(` tunnel destination ${t.azureIp}`);
    out.push(' tunnel mode ipsec ipv4');
    out.push(` tunnel protection ipsec profile ${base}`);
    out.push('!');
  });
  const nameif = (instance: number) => `azure-vti${instance === 0 ? '' : `-${instance}`}`;
  if (m.bgp) {
    out.push(bang('Host route to each Azure BGP peer through its tunnel:'));
    m.tunnels.forEach((t, i) => out.push(`route ${nameif(t.instance)} ${t.azureBgpIp} 255.255.255.255 ${links[i]!.nextHop}`));
    out.push(`router bgp ${m.bgp.localAsn}`);
    out.push(' bgp log-neighbor-changes');
    out.push(' address-family ipv4 unicast');
    for (const t of m.tunnels) {
      out.push(`  neighbor ${t.azureBgpIp} remote-as ${m.bgp.azureAsn}`);
      out.push(`  neighbor ${t.azureBgpIp} ebgp-multihop 255`);
      out.push(`  neighbor ${t.azureBgpIp} activate`);
    }
    for (const prefix of m.site?.bgp?.advertisedPrefixes ?? []) {
      const v4 = ipv4Mask(prefix);
      if (v4) out.push(`  network ${v4.network} mask ${v4.mask}`);
    }
    out.push(' exit-address-family');
  } else {
    for (const prefix of m.remotePrefixes) {
      const v4 = ipv4Mask(prefix);
      if (!v4) {
        out.push(bang(`IPv6 prefix ${prefix}: add an ipv6 route through the tunnel by hand.`));
        continue;
      }
      m.tunnels.forEach((t, i) => out.push(`route ${nameif(t.instance)} ${v4.network} ${v4.mask} ${links[i]!.nextHop}`));
    }
  }
  out.push('!');
  out.push('end');
  return `${out.join('\n')}\n`;
}
