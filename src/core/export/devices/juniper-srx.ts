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
 * The on-premises side of a site-to-site connection for a Juniper SRX (Junos 15.1X49+ `set` commands):
 * route-based st0 unit(s), IKE proposal/policy/gateway, IPsec proposal/policy/vpn (traffic selectors when the
 * connection uses policy-based selectors), security zone, static routes or BGP.
 */

/** Azure policy values (facts §3, REST enums included) → Junos keywords. `''` = nothing (no PFS, or GCM integrity). */
export const JUNIPER_SRX_NAMES = {
  ikeEncryption: { GCMAES256: 'aes-256-gcm', GCMAES128: 'aes-128-gcm', AES256: 'aes-256-cbc', AES192: 'aes-192-cbc', AES128: 'aes-128-cbc', DES3: '3des-cbc', DES: 'des-cbc' },
  ikeIntegrity: { SHA384: 'sha-384', SHA256: 'sha-256', SHA1: 'sha1', MD5: 'md5', GCMAES256: 'sha-256', GCMAES128: 'sha-256' },
  dhGroup: groupNames(DH_GROUP_NUMBER, (n) => `group${n}`),
  ipsecEncryption: { GCMAES256: 'aes-256-gcm', GCMAES192: 'aes-192-gcm', GCMAES128: 'aes-128-gcm', AES256: 'aes-256-cbc', AES192: 'aes-192-cbc', AES128: 'aes-128-cbc', DES3: '3des-cbc', DES: 'des-cbc' },
  ipsecIntegrity: { GCMAES256: '', GCMAES192: '', GCMAES128: '', SHA256: 'hmac-sha-256-128', SHA1: 'hmac-sha1-96', MD5: 'hmac-md5-96' },
  pfsGroup: groupNames(PFS_GROUP_NUMBER, (n) => `group${n}`, { None: '' }),
} as const satisfies VendorTable;

/** Documented Azure values Junos cannot express (an IKE proposal needs a DH group; ESP needs a cipher). */
export const JUNIPER_SRX_UNSUPPORTED = { dhGroup: ['None'], ipsecEncryption: ['None'] } as const;

const hash = (s: string) => `# ${commentLine(s)}`.trimEnd();

/** Renders Junos `set` commands for the on-premises SRX of one S2S connection. */
export function exportJuniperSrx(doc: TopologyDocument, connectionId: string, options: DeviceExportOptions = {}): string {
  const m = deviceModel(doc, connectionId);
  const c = m.connection;
  const p = mapPolicy(JUNIPER_SRX_NAMES, 'Junos', c.ipsecPolicy, m.policyBasedGateway);
  const v = p.values;
  const base = identifier(`azure-${c.name || c.id}`, 28);
  const key = options.includeSecrets && cliSafeKey(m.sharedKey) ? m.sharedKey : PSK_PLACEHOLDER;
  const out: string[] = [];
  out.push(hash(`Juniper SRX (Junos) configuration for the on-premises device of connection ${c.name} (${c.id})`));
  out.push(hash(`Design: ${doc.name}; site: ${m.site?.name ?? c.siteId}; Azure gateway: ${m.gateway?.name ?? c.gatewayId}`));
  out.push(hash('Load with "load set terminal" in configure mode, then commit.'));
  out.push(hash(`Replace AZURE_GATEWAY_PUBLIC_IP${m.tunnels.length > 1 ? '_1 / _2 (one per active-active instance)' : ''} with the Azure gateway's public IP, and ge-0/0/0.0 with the untrust interface.`));
  out.push(hash('Security zones: st0 units go in zone azure-vpn; allow IKE on the untrust interface and add policies trust <-> azure-vpn.'));
  if (m.site?.behindNat) out.push(hash('The device is behind NAT: it should initiate the tunnel (NAT-T, UDP 4500).'));
  for (const n of [...m.notes, ...p.notes]) out.push(hash(n));
  if (!options.includeSecrets) out.push(hash(`Exported without secrets: replace ${PSK_PLACEHOLDER} with the connection's pre-shared key.`));
  else if (key === PSK_PLACEHOLDER) out.push(hash('The shared key has characters the CLI cannot take verbatim: enter it by hand.'));
  out.push('');
  const ikeProp = `set security ike proposal ${base}-ike-prop`;
  out.push(`${ikeProp} authentication-method pre-shared-keys`);
  out.push(`${ikeProp} dh-group ${v.dhGroup}`);
  out.push(`${ikeProp} authentication-algorithm ${v.ikeIntegrity}`);
  out.push(`${ikeProp} encryption-algorithm ${v.ikeEncryption}`);
  out.push(`${ikeProp} lifetime-seconds ${IKE_LIFETIME_SECONDS}`);
  const ikePol = `set security ike policy ${base}-ike-pol`;
  if (m.ikev1) out.push(`${ikePol} mode main`);
  out.push(`${ikePol} proposals ${base}-ike-prop`);
  out.push(`${ikePol} pre-shared-key ascii-text "${key}"`);
  const espProp = `set security ipsec proposal ${base}-esp-prop`;
  out.push(`${espProp} protocol esp`);
  if (v.ipsecIntegrity !== '' && !v.ipsecEncryption.endsWith('-gcm')) out.push(`${espProp} authentication-algorithm ${v.ipsecIntegrity}`);
  out.push(`${espProp} encryption-algorithm ${v.ipsecEncryption}`);
  out.push(`${espProp} lifetime-seconds ${Math.min(86_400, Math.max(180, m.ipsecLifetimeSeconds))}`);
  if (m.ipsecLifetimeKb > 0) out.push(`${espProp} lifetime-kilobytes ${Math.min(4_294_967_294, Math.max(64, m.ipsecLifetimeKb))}`);
  const espPol = `set security ipsec policy ${base}-esp-pol`;
  if (v.pfsGroup !== '') out.push(`${espPol} perfect-forward-secrecy keys ${v.pfsGroup}`);
  out.push(`${espPol} proposals ${base}-esp-prop`);
  if (m.bgp) {
    out.push(hash("The site's BGP peer address, as the design gives it to Azure (st0 units stay unnumbered):"));
    out.push(`set interfaces lo0 unit 0 family inet address ${m.bgp.localPeerIp}/32`);
    out.push('set security zones security-zone azure-vpn interfaces lo0.0');
  }
  for (const t of m.tunnels) {
    const sfx = t.instance === 0 ? '' : `-${t.instance}`;
    const unit = `st0.${1 + Math.max(0, t.instance - 1)}`;
    const gw = `set security ike gateway ${base}-gw${sfx}`;
    const vpn = `set security ipsec vpn ${base}-vpn${sfx}`;
    out.push('');
    out.push(`${gw} ike-policy ${base}-ike-pol`);
    out.push(`${gw} address ${t.azureIp}`);
    out.push(`${gw} dead-peer-detection interval 10`);
    out.push(`${gw} dead-peer-detection threshold ${Math.max(1, Math.min(5, Math.round(m.dpdSeconds / 10)))}`);
    out.push(`${gw} external-interface ge-0/0/0.0`);
    out.push(`${gw} version ${m.ikev1 ? 'v1-only' : 'v2-only'}`);
    out.push(`set interfaces st0 unit ${unit.slice(4)} family inet mtu 1400`);
    out.push(`set security zones security-zone azure-vpn interfaces ${unit}`);
    out.push(`${vpn} bind-interface ${unit}`);
    out.push(`${vpn} ike gateway ${base}-gw${sfx}`);
    out.push(`${vpn} ike ipsec-policy ${base}-esp-pol`);
    out.push(`${vpn} establish-tunnels immediately`);
    if (m.policyBasedSelectors) {
      m.pairs.forEach((pair, i) => {
        out.push(`${vpn} traffic-selector ts${i + 1} local-ip ${pair.local}`);
        out.push(`${vpn} traffic-selector ts${i + 1} remote-ip ${pair.remote}`);
      });
    }
  }
  out.push('');
  out.push(`set security flow tcp-mss ipsec-vpn mss ${MSS_CLAMP}`);
  const unitOf = (instance: number) => `st0.${1 + Math.max(0, instance - 1)}`;
  if (m.bgp) {
    out.push(hash('Host route to each Azure BGP peer through its tunnel:'));
    for (const t of m.tunnels) out.push(`set routing-options static route ${t.azureBgpIp}/32 next-hop ${unitOf(t.instance)}`);
    out.push(`set routing-options autonomous-system ${m.bgp.localAsn}`);
    out.push('set protocols bgp group azure type external');
    out.push(`set protocols bgp group azure peer-as ${m.bgp.azureAsn}`);
    out.push('set protocols bgp group azure multihop ttl 2');
    out.push(`set protocols bgp group azure local-address ${m.bgp.localPeerIp}`);
    for (const t of m.tunnels) out.push(`set protocols bgp group azure neighbor ${t.azureBgpIp}`);
    const advertised = m.site?.bgp?.advertisedPrefixes ?? [];
    if (advertised.length > 0) {
      for (const prefix of advertised) out.push(`set policy-options policy-statement to-azure term site from route-filter ${prefix} exact`);
      out.push('set policy-options policy-statement to-azure term site then accept');
      out.push('set protocols bgp group azure export to-azure');
    }
  } else {
    const remote = m.policyBasedSelectors ? [...new Set(m.pairs.map((x) => x.remote))] : m.remotePrefixes;
    for (const prefix of remote) {
      const six = prefix.includes(':');
      for (const t of m.tunnels) out.push(`set routing-options ${six ? 'rib inet6.0 ' : ''}static route ${prefix} next-hop ${unitOf(t.instance)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
