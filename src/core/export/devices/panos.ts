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
  mapPolicy,
  type DeviceExportOptions,
  type VendorTable,
} from './device-model';
import { DH_GROUP_NUMBER, PFS_GROUP_NUMBER } from '../../facts/ipsec';

/**
 * The on-premises side of a site-to-site connection for a Palo Alto Networks firewall (PAN-OS 10.x `set` commands):
 * IKE and IPsec crypto profiles, IKE gateway(s), tunnel interface(s), IPsec tunnel(s) (with proxy IDs when the
 * connection uses policy-based selectors), static routes or BGP in the `default` virtual router.
 */

/** Azure policy values (facts §3, REST enums included) → PAN-OS keywords. `''` = nothing (no DH group line). */
export const PANOS_NAMES = {
  ikeEncryption: { GCMAES256: 'aes-256-gcm', GCMAES128: 'aes-128-gcm', AES256: 'aes-256-cbc', AES192: 'aes-192-cbc', AES128: 'aes-128-cbc', DES3: '3des', DES: 'des' },
  ikeIntegrity: { SHA384: 'sha384', SHA256: 'sha256', SHA1: 'sha1', MD5: 'md5', GCMAES256: 'sha256', GCMAES128: 'sha256' },
  dhGroup: groupNames(DH_GROUP_NUMBER, (n) => `group${n}`, { None: '' }, [24]),
  ipsecEncryption: { GCMAES256: 'aes-256-gcm', GCMAES128: 'aes-128-gcm', AES256: 'aes-256-cbc', AES192: 'aes-192-cbc', AES128: 'aes-128-cbc', DES3: '3des', DES: 'des', None: 'null' },
  ipsecIntegrity: { GCMAES256: 'none', GCMAES192: 'none', GCMAES128: 'none', SHA256: 'sha256', SHA1: 'sha1', MD5: 'md5' },
  pfsGroup: groupNames(PFS_GROUP_NUMBER, (n) => `group${n}`, { None: 'no-pfs' }, [24]),
} as const satisfies VendorTable;

/** Documented Azure values PAN-OS cannot express: a policy using one falls back to Azure's defaults, with a note. */
export const PANOS_UNSUPPORTED = { dhGroup: ['DHGroup24'], ipsecEncryption: ['GCMAES192'], pfsGroup: ['PFS24'] } as const;

const hash = (s: string) => `# ${commentLine(s)}`.trimEnd();

/** PAN-OS lifesize: one unit, value 1–65535 (the largest unit that keeps the value in range, rounded down). */
function lifesize(kb: number): string {
  const units = [['kb', 1], ['mb', 1024], ['gb', 1024 ** 2], ['tb', 1024 ** 3]] as const;
  for (const [unit, factor] of units) if (kb / factor <= 65_535) return `${unit} ${Math.max(1, Math.floor(kb / factor))}`;
  return 'tb 65535';
}

/** Renders PAN-OS `set` commands for the on-premises firewall of one S2S connection. */
export function exportPanos(doc: TopologyDocument, connectionId: string, options: DeviceExportOptions = {}): string {
  const m = deviceModel(doc, connectionId);
  const c = m.connection;
  const p = mapPolicy(PANOS_NAMES, 'PAN-OS', c.ipsecPolicy, m.policyBasedGateway);
  const v = p.values;
  // PAN-OS names: at most 31 characters; suffixes below add up to 6.
  const base = identifier(`azure-${c.name || c.id}`, 25);
  const ike = `${base}-ike`;
  const ipsec = `${base}-ipsec`;
  const key = options.includeSecrets && cliSafeKey(m.sharedKey) ? m.sharedKey : PSK_PLACEHOLDER;
  const out: string[] = [];
  out.push(hash(`PAN-OS configuration for the on-premises firewall of connection ${c.name} (${c.id})`));
  out.push(hash(`Design: ${doc.name}; site: ${m.site?.name ?? c.siteId}; Azure gateway: ${m.gateway?.name ?? c.gatewayId}`));
  out.push(hash('Lines starting with # are notes: paste only the set commands (configure mode), then commit.'));
  out.push(hash(`Replace AZURE_GATEWAY_PUBLIC_IP${m.tunnels.length > 1 ? '_1 / _2 (one per active-active instance)' : ''} with the Azure gateway's public IP, and ethernet1/1 with the untrust interface.`));
  out.push(hash('Add security policies between the trust zone and the azure-vpn zone in both directions.'));
  if (m.site?.behindNat) out.push(hash('The device is behind NAT: it should initiate the tunnel (NAT-T, UDP 4500).'));
  for (const n of [...m.notes, ...p.notes]) out.push(hash(n));
  if (!options.includeSecrets) out.push(hash(`Exported without secrets: replace ${PSK_PLACEHOLDER} with the connection's pre-shared key.`));
  else if (key === PSK_PLACEHOLDER) out.push(hash('The shared key has characters the CLI cannot take verbatim: enter it by hand.'));
  out.push('');
  const ikeProfile = `set network ike crypto-profiles ike-crypto-profiles ${ike}`;
  out.push(`${ikeProfile} encryption ${v.ikeEncryption}`);
  out.push(`${ikeProfile} hash ${v.ikeIntegrity}`);
  if (v.dhGroup !== '') out.push(`${ikeProfile} dh-group ${v.dhGroup}`);
  out.push(`${ikeProfile} lifetime seconds ${IKE_LIFETIME_SECONDS}`);
  const ipsecProfile = `set network ike crypto-profiles ipsec-crypto-profiles ${ipsec}`;
  out.push(`${ipsecProfile} esp encryption ${v.ipsecEncryption}`);
  out.push(`${ipsecProfile} esp authentication ${v.ipsecEncryption.endsWith('-gcm') ? 'none' : v.ipsecIntegrity}`);
  out.push(`${ipsecProfile} dh-group ${v.pfsGroup}`);
  out.push(`${ipsecProfile} lifetime seconds ${Math.max(180, m.ipsecLifetimeSeconds)}`);
  if (m.ipsecLifetimeKb > 0) out.push(`${ipsecProfile} lifesize ${lifesize(m.ipsecLifetimeKb)}`);
  out.push('');
  out.push(`set zone azure-vpn network layer3 [ ${m.tunnels.map((t) => `tunnel.${10 + t.instance}`).join(' ')} ]`);
  for (const t of m.tunnels) {
    const sfx = t.instance === 0 ? '' : `-${t.instance}`;
    const gw = `set network ike gateway ${base}-gw${sfx}`;
    const tunnel = `tunnel.${10 + t.instance}`;
    out.push('');
    out.push(`${gw} protocol version ${m.ikev1 ? 'ikev1' : 'ikev2'}`);
    if (m.ikev1) {
      out.push(`${gw} protocol ikev1 ike-crypto-profile ${ike} exchange-mode main`);
      out.push(`${gw} protocol ikev1 dpd enable yes interval 10 retry 3`);
    } else {
      out.push(`${gw} protocol ikev2 ike-crypto-profile ${ike}`);
      out.push(`${gw} protocol ikev2 dpd enable yes interval 10`);
    }
    out.push(`${gw} protocol-common nat-traversal enable yes`);
    out.push(`${gw} authentication pre-shared-key key ${key}`);
    out.push(`${gw} local-address interface ethernet1/1`);
    out.push(`${gw} peer-address ip ${t.azureIp}`);
    out.push(`set network interface tunnel units ${tunnel} mtu 1400`);
    if (m.bgp) out.push(`set network interface tunnel units ${tunnel} ip ${m.bgp.localPeerIp}/32`);
    out.push(`set network virtual-router default interface ${tunnel}`);
    const ipsecTunnel = `set network tunnel ipsec ${base}-tun${sfx}`;
    out.push(`${ipsecTunnel} tunnel-interface ${tunnel}`);
    out.push(`${ipsecTunnel} auto-key ike-gateway ${base}-gw${sfx}`);
    out.push(`${ipsecTunnel} auto-key ipsec-crypto-profile ${ipsec}`);
    if (m.policyBasedSelectors) {
      m.pairs.forEach((pair, i) => out.push(`${ipsecTunnel} auto-key proxy-id pair-${i + 1} local ${pair.local} remote ${pair.remote} protocol any`));
    }
  }
  out.push('');
  out.push(hash(`MSS clamp ${MSS_CLAMP}: adjust TCP MSS on the interface facing the LAN (MSS = interface MTU 1400 - 50):`));
  out.push('set network interface ethernet ethernet1/2 layer3 adjust-tcp-mss enable yes ipv4-mss-adjustment 50');
  const route = 'set network virtual-router default routing-table ip static-route';
  if (m.bgp) {
    out.push(hash('Host route to each Azure BGP peer through its tunnel:'));
    for (const t of m.tunnels) out.push(`${route} azure-bgp-peer-${t.instance} destination ${t.azureBgpIp}/32 interface tunnel.${10 + t.instance}`);
    const bgp = 'set network virtual-router default protocol bgp';
    out.push(`${bgp} enable yes router-id ${m.bgp.localPeerIp} local-as ${m.bgp.localAsn}`);
    for (const t of m.tunnels) {
      const peer = `${bgp} peer-group azure peer azure-${t.instance}`;
      out.push(`${peer} peer-as ${m.bgp.azureAsn}`);
      out.push(`${peer} peer-address ip ${t.azureBgpIp}`);
      out.push(`${peer} local-address interface tunnel.${10 + t.instance} ip ${m.bgp.localPeerIp}/32`);
      out.push(`${peer} connection-options multihop 2`);
    }
    out.push(hash('Advertise the site prefixes with a redistribution profile or export rules in the azure peer group.'));
  } else {
    const remote = m.policyBasedSelectors ? [...new Set(m.pairs.map((x) => x.remote))] : m.remotePrefixes;
    remote.forEach((prefix, i) => {
      for (const t of m.tunnels) {
        const six = prefix.includes(':');
        out.push(`set network virtual-router default routing-table ${six ? 'ipv6' : 'ip'} static-route azure-${i + 1}${t.instance === 0 ? '' : `-${t.instance}`} destination ${prefix} interface tunnel.${10 + t.instance}`);
      }
    });
  }
  return `${out.join('\n')}\n`;
}
