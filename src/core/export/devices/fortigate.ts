import type { TopologyDocument } from '../../model/types';
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
 * The on-premises side of a site-to-site connection for a Fortinet FortiGate (FortiOS 6.4+ CLI):
 * route-based `phase1-interface` / `phase2-interface` (one phase 2 per selector pair when the connection
 * uses policy-based selectors), the tunnel interface with `tcp-mss`, static routes or BGP.
 */

/**
 * Azure policy values (facts §3, REST enums included) → FortiOS keywords. `''` = nothing (no DH/PFS).
 * Phase 2 integrity `null` means "covered by the GCM cipher". GCMAES192 has no FortiOS equivalent (see FORTIGATE_UNSUPPORTED).
 */
export const FORTIGATE_NAMES = {
  ikeEncryption: { GCMAES256: 'aes256gcm', GCMAES128: 'aes128gcm', AES256: 'aes256', AES192: 'aes192', AES128: 'aes128', DES3: '3des', DES: 'des' },
  ikeIntegrity: { SHA384: 'sha384', SHA256: 'sha256', SHA1: 'sha1', MD5: 'md5', GCMAES256: 'sha256', GCMAES128: 'sha256' },
  dhGroup: groupNames(DH_GROUP_NUMBER, String, { None: '' }),
  ipsecEncryption: { GCMAES256: 'aes256gcm', GCMAES128: 'aes128gcm', AES256: 'aes256', AES192: 'aes192', AES128: 'aes128', DES3: '3des', DES: 'des', None: 'null' },
  ipsecIntegrity: { GCMAES256: 'null', GCMAES192: 'null', GCMAES128: 'null', SHA256: 'sha256', SHA1: 'sha1', MD5: 'md5' },
  pfsGroup: groupNames(PFS_GROUP_NUMBER, String, { None: '' }),
} as const satisfies VendorTable;

/** Documented Azure values FortiOS cannot express: a policy using one falls back to Azure's defaults, with a note. */
export const FORTIGATE_UNSUPPORTED = { ipsecEncryption: ['GCMAES192'] } as const;

const hash = (s: string) => `# ${commentLine(s)}`.trimEnd();

function subnetLines(side: 'src' | 'dst', prefix: string): string[] {
  const v4 = ipv4Mask(prefix);
  if (v4) return [`        set ${side}-subnet ${v4.network} ${v4.mask}`];
  return [`        set ${side}-addr-type subnet6`, `        set ${side}-subnet6 ${prefix}`];
}

function routeLines(prefix: string, device: string): string[] {
  const v4 = ipv4Mask(prefix);
  return v4
    ? ['    edit 0', `        set dst ${v4.network} ${v4.mask}`, `        set device "${device}"`, '    next']
    : [];
}

/** Renders the FortiOS CLI for the on-premises device of one S2S connection. */
export function exportFortigate(doc: TopologyDocument, connectionId: string, options: DeviceExportOptions = {}): string {
  const m = deviceModel(doc, connectionId);
  const c = m.connection;
  const p = mapPolicy(FORTIGATE_NAMES, 'FortiOS', c.ipsecPolicy, m.policyBasedGateway);
  const v = p.values;
  // Phase 1 interface names are interface names: at most 15 characters.
  const base = identifier(c.name || c.id, m.tunnels.length > 1 ? 13 : 15);
  const names = m.tunnels.map((t) => (t.instance === 0 ? base : `${base}-${t.instance}`));
  const ikeGcm = v.ikeEncryption.includes('gcm');
  const p1Proposal = ikeGcm ? `${v.ikeEncryption}-prf${v.ikeIntegrity}` : `${v.ikeEncryption}-${v.ikeIntegrity}`;
  const espGcm = v.ipsecEncryption.includes('gcm');
  const p2Proposal = espGcm ? v.ipsecEncryption : `${v.ipsecEncryption}-${v.ipsecIntegrity}`;
  const out: string[] = [];
  out.push(hash(`FortiGate (FortiOS) configuration for the on-premises device of connection ${c.name} (${c.id})`));
  out.push(hash(`Design: ${doc.name}; site: ${m.site?.name ?? c.siteId}; Azure gateway: ${m.gateway?.name ?? c.gatewayId}`));
  out.push(hash(`Replace AZURE_GATEWAY_PUBLIC_IP${m.tunnels.length > 1 ? '_1 / _2 (one per active-active instance)' : ''} with the Azure gateway's public IP, and port1 with the WAN interface.`));
  out.push(hash('Add firewall policies between the LAN interface and the tunnel interface(s) in both directions.'));
  if (m.site?.behindNat) out.push(hash('The device is behind NAT: it should initiate the tunnel (NAT-T, UDP 4500).'));
  for (const n of [...m.notes, ...p.notes]) out.push(hash(n));
  if (!m.bgp && (m.policyBasedSelectors ? m.pairs.map((x) => x.remote) : m.remotePrefixes).some((x) => !ipv4Mask(x))) {
    out.push(hash('IPv6 Azure prefixes: add them under config router static6 through the tunnel interface.'));
  }
  if (!options.includeSecrets) out.push(hash(`Exported without secrets: replace ${PSK_PLACEHOLDER} with the connection's pre-shared key.`));
  const key = options.includeSecrets && cliSafeKey(m.sharedKey) ? m.sharedKey : PSK_PLACEHOLDER;
  if (options.includeSecrets && key === PSK_PLACEHOLDER) out.push(hash('The shared key has characters the CLI cannot take verbatim: enter it by hand.'));
  out.push('');
  out.push('config vpn ipsec phase1-interface');
  m.tunnels.forEach((t, i) => {
    out.push(`    edit "${names[i]}"`);
    out.push('        set interface "port1"');
    out.push(`        set ike-version ${m.ikev1 ? 1 : 2}`);
    if (m.ikev1) out.push('        set mode main');
    out.push('        set peertype any');
    out.push('        set net-device disable');
    out.push(`        set proposal ${p1Proposal}`);
    if (v.dhGroup !== '') out.push(`        set dhgrp ${v.dhGroup}`);
    out.push(`        set keylife ${IKE_LIFETIME_SECONDS}`);
    out.push('        set dpd on-idle');
    out.push(`        set dpd-retryinterval ${Math.max(1, Math.min(3600, Math.round(m.dpdSeconds / 3)))}`);
    out.push(`        set remote-gw ${t.azureIp}`);
    out.push(`        set psksecret ${key}`);
    out.push('    next');
  });
  out.push('end');
  out.push('');
  out.push('config vpn ipsec phase2-interface');
  m.tunnels.forEach((_, i) => {
    const selectors = m.policyBasedSelectors && m.pairs.length > 0 ? m.pairs : [undefined];
    selectors.forEach((pair, j) => {
      out.push(`    edit "${names[i]}${selectors.length > 1 ? `-p${j + 1}` : ''}"`);
      out.push(`        set phase1name "${names[i]}"`);
      out.push(`        set proposal ${p2Proposal}`);
      if (v.pfsGroup === '') out.push('        set pfs disable');
      else out.push('        set pfs enable', `        set dhgrp ${v.pfsGroup}`);
      out.push('        set keylife-type both');
      out.push(`        set keylifeseconds ${Math.max(120, m.ipsecLifetimeSeconds)}`);
      out.push(`        set keylifekbs ${Math.max(5120, Math.min(4_294_967_295, m.ipsecLifetimeKb))}`);
      out.push('        set auto-negotiate enable');
      if (pair) out.push(...subnetLines('src', pair.local), ...subnetLines('dst', pair.remote));
      out.push('    next');
    });
  });
  out.push('end');
  out.push('');
  if (m.bgp && m.tunnels.length > 1) out.push(hash("Both tunnels carry the site's one BGP address: enable allow-subnet-overlap under config system settings."));
  out.push('config system interface');
  m.tunnels.forEach((t, i) => {
    out.push(`    edit "${names[i]}"`);
    if (m.bgp) {
      out.push(`        set ip ${m.bgp.localPeerIp} 255.255.255.255`);
      out.push(`        set remote-ip ${t.azureBgpIp} 255.255.255.255`);
    }
    out.push(`        set tcp-mss ${MSS_CLAMP}`);
    out.push('    next');
  });
  out.push('end');
  out.push('');
  if (m.bgp) out.push(hash('Host route to each Azure BGP peer through its tunnel:'));
  out.push('config router static');
  if (m.bgp) {
    m.tunnels.forEach((t, i) => out.push(...routeLines(`${t.azureBgpIp}/32`, names[i]!)));
  } else {
    const remote = m.policyBasedSelectors ? [...new Set(m.pairs.map((x) => x.remote))] : m.remotePrefixes;
    for (const prefix of remote) m.tunnels.forEach((_, i) => out.push(...routeLines(prefix, names[i]!)));
  }
  out.push('end');
  if (m.bgp) {
    out.push('');
    out.push('config router bgp');
    out.push(`    set as ${m.bgp.localAsn}`);
    out.push(`    set router-id ${m.bgp.localPeerIp}`);
    out.push('    config neighbor');
    for (const t of m.tunnels) {
      out.push(`        edit "${t.azureBgpIp}"`);
      out.push(`            set remote-as ${m.bgp.azureAsn}`);
      out.push('            set ebgp-enforce-multihop enable');
      out.push('        next');
    }
    out.push('    end');
    out.push('    config network');
    for (const prefix of m.site?.bgp?.advertisedPrefixes ?? []) {
      const v4 = ipv4Mask(prefix);
      if (v4) out.push('        edit 0', `            set prefix ${v4.network} ${v4.mask}`, '        next');
    }
    out.push('    end');
    out.push('end');
  }
  return `${out.join('\n')}\n`;
}
