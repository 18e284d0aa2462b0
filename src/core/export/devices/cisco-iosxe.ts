import { commentLine } from '../text';
import { IKE_LIFETIME_SECONDS, type DeviceExportOptions, MSS_CLAMP, PSK_PLACEHOLDER, cliSafeKey, deviceModel, groupNames, identifier, ipv4Mask, mapPolicy, type VendorTable } from './device-model';
import { DH_GROUP_NUMBER, PFS_GROUP_NUMBER } from '../../facts/ipsec';

/**
 * The on-premises side of a site-to-site connection for Cisco IOS-XE (CSR 1000v / Catalyst 8000V, ISR, ASR):
 * a route-based VTI (IKEv2 proposal/policy/keyring/profile, IPsec transform-set/profile, `interface Tunnel`),
 * with static routes, or a BGP neighbour reached by a host route through the tunnel.
 * Policy-based selectors are not written as a crypto map: the VTI carries them (see the note in the output).
 */


/** Azure policy values (facts §3, REST enums included) → IOS-XE keywords. `''` = nothing (no PFS, or integrity covered by GCM). */
export const CISCO_IOSXE_NAMES = {
  ikeEncryption: { GCMAES256: 'aes-gcm-256', GCMAES128: 'aes-gcm-128', AES256: 'aes-cbc-256', AES192: 'aes-cbc-192', AES128: 'aes-cbc-128', DES3: '3des', DES: 'des' },
  ikeIntegrity: { SHA384: 'sha384', SHA256: 'sha256', SHA1: 'sha1', MD5: 'md5', GCMAES256: 'sha256', GCMAES128: 'sha256' },
  dhGroup: groupNames(DH_GROUP_NUMBER, String, { None: '' }),
  ipsecEncryption: {
    GCMAES256: 'esp-gcm 256', GCMAES192: 'esp-gcm 192', GCMAES128: 'esp-gcm 128', AES256: 'esp-aes 256', AES192: 'esp-aes 192', AES128: 'esp-aes 128', DES3: 'esp-3des', DES: 'esp-des', None: 'esp-null',
  },
  ipsecIntegrity: { GCMAES256: '', GCMAES192: '', GCMAES128: '', SHA256: 'esp-sha256-hmac', SHA1: 'esp-sha-hmac', MD5: 'esp-md5-hmac' },
  pfsGroup: groupNames(PFS_GROUP_NUMBER, (n) => `group${n}`, { None: '' }),
} as const satisfies VendorTable;

const bang = (s: string) => `! ${commentLine(s)}`.trimEnd();

/** Renders the IOS-XE configuration for the on-premises device of one S2S connection. */
export function exportCiscoIosXe(doc: Parameters<typeof deviceModel>[0], connectionId: string, options: DeviceExportOptions = {}): string {
  const m = deviceModel(doc, connectionId);
  const c = m.connection;
  const p = mapPolicy(CISCO_IOSXE_NAMES, 'Cisco IOS-XE', c.ipsecPolicy, m.policyBasedGateway);
  const v = p.values;
  const base = identifier(`azure-${c.name || c.id}`, 28);
  const out: string[] = [];
  out.push(bang(`Cisco IOS-XE configuration for the on-premises device of connection ${c.name} (${c.id})`));
  out.push(bang(`Design: ${doc.name}; site: ${m.site?.name ?? c.siteId}; Azure gateway: ${m.gateway?.name ?? c.gatewayId}`));
  out.push(bang('Replace AZURE_GATEWAY_PUBLIC_IP' + (m.tunnels.length > 1 ? '_1 / _2 (one per active-active instance)' : '') + " with the Azure gateway's public IP, and GigabitEthernet1 with the outside interface."));
  if (m.ikev1) out.push(bang('The connection uses IKEv1: this template is IKEv2; use crypto isakmp policies instead, or switch the connection to IKEv2.'));
  if (m.policyBasedSelectors) {
    out.push(bang('The connection uses policy-based traffic selectors: the tunnel below is a VTI; for a policy-based peer'));
    out.push(bang('use a crypto map whose ACL lists these pairs (local -> Azure):'));
    for (const pair of m.pairs) out.push(bang(`  ${pair.local} -> ${pair.remote}`));
  }
  if (m.site?.behindNat) out.push(bang('The device is behind NAT: it should initiate the tunnel (NAT-T, UDP 4500).'));
  for (const n of [...m.notes, ...p.notes]) out.push(bang(n));
  out.push('!');

  out.push(`crypto ikev2 proposal ${base}-prop`);
  const gcmIke = v.ikeEncryption.startsWith('aes-gcm');
  out.push(` encryption ${v.ikeEncryption}`);
  out.push(gcmIke ? ` prf ${v.ikeIntegrity}` : ` integrity ${v.ikeIntegrity}`);
  if (v.dhGroup !== '') out.push(` group ${v.dhGroup}`);
  out.push('!');
  out.push(`crypto ikev2 policy ${base}-pol`);
  out.push(` proposal ${base}-prop`);
  out.push('!');
  out.push(`crypto ikev2 keyring ${base}-ring`);
  const key = options.includeSecrets && cliSafeKey(m.sharedKey) ? m.sharedKey : PSK_PLACEHOLDER;
  for (const t of m.tunnels) {
    out.push(` peer azure-gw${t.instance === 0 ? '' : `-${t.instance}`}`);
    out.push(`  address ${t.azureIp}`);
    if (options.includeSecrets && key === PSK_PLACEHOLDER) out.push(bang('The shared key has characters the IOS CLI cannot take verbatim: enter it by hand.'));
    else if (!options.includeSecrets) out.push(bang("Exported without secrets: put the connection's pre-shared key here."));
    out.push(`  pre-shared-key ${key}`);
  }
  out.push('!');
  for (const t of m.tunnels) {
    const sfx = t.instance === 0 ? '' : `-${t.instance}`;
    out.push(`crypto ikev2 profile ${base}-prof${sfx}`);
    out.push(` match identity remote address ${t.azureIp} 255.255.255.255`);
    out.push(m.localIp ? ` identity local address ${m.localIp}` : ' identity local address LOCAL_PUBLIC_IP');
    out.push(' authentication remote pre-share');
    out.push(' authentication local pre-share');
    out.push(` keyring local ${base}-ring`);
    out.push(` lifetime ${IKE_LIFETIME_SECONDS}`);
    out.push(` dpd ${Math.max(10, Math.min(3600, m.dpdSeconds))} 10 on-demand`);
    out.push('!');
  }
  out.push(`crypto ipsec transform-set ${base}-ts ${v.ipsecEncryption}${v.ipsecIntegrity === '' || v.ipsecEncryption.startsWith('esp-gcm') ? '' : ` ${v.ipsecIntegrity}`}`);
  out.push(' mode tunnel');
  out.push('!');
  for (const t of m.tunnels) {
    const sfx = t.instance === 0 ? '' : `-${t.instance}`;
    out.push(`crypto ipsec profile ${base}-ipsec${sfx}`);
    out.push(` set transform-set ${base}-ts`);
    out.push(` set ikev2-profile ${base}-prof${sfx}`);
    if (v.pfsGroup !== '') out.push(` set pfs ${v.pfsGroup}`);
    out.push(` set security-association lifetime seconds ${Math.max(120, m.ipsecLifetimeSeconds)}`);
    if (m.ipsecLifetimeKb > 0) out.push(` set security-association lifetime kilobytes ${Math.min(4_294_967_295, m.ipsecLifetimeKb)}`);
    out.push('!');
  }
  if (m.bgp) {
    out.push(bang("The site's BGP peer address, as the design gives it to Azure:"));
    out.push('interface Loopback11');
    out.push(` ip address ${m.bgp.localPeerIp} 255.255.255.255`);
    out.push('!');
  }
  for (const t of m.tunnels) {
    const sfx = t.instance === 0 ? '' : `-${t.instance}`;
    out.push(`interface Tunnel${100 + t.instance}`);
    out.push(` description ${commentLine(`to Azure ${m.gateway?.name ?? c.gatewayId}${t.instance === 0 ? '' : ` instance ${t.instance}`}`).slice(0, 200)}`);
    out.push(' ip unnumbered GigabitEthernet1');
    out.push(` ip tcp adjust-mss ${MSS_CLAMP}`);
    out.push(' ip mtu 1400');
    out.push(' tunnel source GigabitEthernet1');
    out.push(' tunnel mode ipsec ipv4');
    out.push(` tunnel destination ${t.azureIp}`);
    out.push(` tunnel protection ipsec profile ${base}-ipsec${sfx}`);
    out.push('!');
  }
  if (m.bgp) {
    out.push(`router bgp ${m.bgp.localAsn}`);
    out.push(' bgp log-neighbor-changes');
    for (const t of m.tunnels) {
      out.push(` neighbor ${t.azureBgpIp} remote-as ${m.bgp.azureAsn}`);
      out.push(` neighbor ${t.azureBgpIp} ebgp-multihop 255`);
      out.push(` neighbor ${t.azureBgpIp} update-source Loopback11`);
    }
    out.push(' address-family ipv4');
    for (const prefix of m.site?.bgp?.advertisedPrefixes ?? []) {
      const mask = ipv4Mask(prefix);
      if (mask) out.push(`  network ${mask.network} mask ${mask.mask}`);
    }
    for (const t of m.tunnels) out.push(`  neighbor ${t.azureBgpIp} activate`);
    out.push(' exit-address-family');
    out.push('!');
    out.push(bang('Host route to each Azure BGP peer through its tunnel:'));
    for (const t of m.tunnels) out.push(`ip route ${t.azureBgpIp} 255.255.255.255 Tunnel${100 + t.instance}`);
  } else {
    const remote = m.policyBasedSelectors ? [...new Set(m.pairs.map((x) => x.remote))] : m.remotePrefixes;
    if (remote.length === 0) out.push(bang('No Azure prefixes known: add static routes to the Azure address space through the tunnel.'));
    for (const prefix of remote) {
      const mask = ipv4Mask(prefix);
      if (!mask) {
        out.push(`ipv6 route ${prefix} Tunnel${100 + m.tunnels[0]!.instance}`);
        continue;
      }
      for (const t of m.tunnels) out.push(`ip route ${mask.network} ${mask.mask} Tunnel${100 + t.instance}`);
    }
  }
  out.push('!');
  out.push('end');
  return `${out.join('\n')}\n`;
}
