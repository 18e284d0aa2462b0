import { connectionNatView } from '../../compute/nat-translation';
import { expandPolicySelectors } from '../../compute/policy-selectors';
import { indexDesign } from '../../model/design-index';
import type { IpsecPolicy, LocalSite, SiteToSiteConnection, TopologyDocument, VpnGateway } from '../../model/types';
import { parseIp } from '../../net/ip';
import { toPrefix } from '../../net/prefix';
import { commentLine } from '../text';

/**
 * The on-premises side of a site-to-site connection as a strongSwan `swanctl.conf` (strongSwan 5.9+).
 *
 * Values that only the deployment knows are placeholders: the Azure gateway's public IP is
 * `AZURE_GATEWAY_PUBLIC_IP` (`_1` and `_2` for the two instances of an active-active gateway), and the
 * pre-shared key is `PASTE_THE_PRE_SHARED_KEY_HERE` unless the export includes secrets.
 */

export interface StrongswanExportOptions {
  /** Write the connection's shared key into the `secrets` block (default: a placeholder). */
  readonly includeSecrets?: boolean;
}

export const AZURE_IP_PLACEHOLDER = 'AZURE_GATEWAY_PUBLIC_IP';
export const PSK_PLACEHOLDER = 'PASTE_THE_PRE_SHARED_KEY_HERE';

/** Azure's fixed IKE (Main Mode) SA lifetime (facts §3). */
const IKE_LIFETIME_SECONDS = 28_800;
/** Quick Mode defaults when no custom policy gives them (facts §2/§3). */
const QM_LIFETIME_ROUTE_BASED = 27_000;
const QM_LIFETIME_POLICY_BASED = 3_600;
const QM_LIFETIME_KB = 102_400_000;
/** The MSS clamp Azure asks for (facts §2). */
const MSS_CLAMP = 1350;

/**
 * Azure policy values (facts §3, REST enums included) → strongSwan proposal keywords.
 * `''` means "nothing in the proposal" (no PFS, or integrity covered by an AEAD cipher).
 */
export const STRONGSWAN_NAMES = {
  ikeEncryption: {
    GCMAES256: 'aes256gcm16',
    GCMAES128: 'aes128gcm16',
    AES256: 'aes256',
    AES192: 'aes192',
    AES128: 'aes128',
    DES3: '3des',
    DES: 'des',
  },
  /** With a CBC cipher the keyword covers integrity and PRF; with GCM it is the PRF (prf…). */
  ikeIntegrity: {
    SHA384: 'sha384',
    SHA256: 'sha256',
    SHA1: 'sha1',
    MD5: 'md5',
    // Older REST values for a GCM IKE cipher: the PRF is not documented; SHA256 is assumed.
    GCMAES256: 'sha256',
    GCMAES128: 'sha256',
  },
  dhGroup: {
    DHGroup1: 'modp768',
    DHGroup2: 'modp1024',
    DHGroup14: 'modp2048',
    DHGroup2048: 'modp2048',
    DHGroup24: 'modp2048s256',
    ECP256: 'ecp256',
    ECP384: 'ecp384',
    None: '',
  },
  ipsecEncryption: {
    GCMAES256: 'aes256gcm16',
    GCMAES192: 'aes192gcm16',
    GCMAES128: 'aes128gcm16',
    AES256: 'aes256',
    AES192: 'aes192',
    AES128: 'aes128',
    DES3: '3des',
    DES: 'des',
    None: 'null',
  },
  ipsecIntegrity: {
    GCMAES256: '',
    GCMAES192: '',
    GCMAES128: '',
    SHA256: 'sha256',
    SHA1: 'sha1',
    MD5: 'md5',
  },
  pfsGroup: {
    PFS1: 'modp768',
    PFS2: 'modp1024',
    PFS2048: 'modp2048',
    PFS14: 'modp2048',
    PFS24: 'modp2048s256',
    ECP256: 'ecp256',
    ECP384: 'ecp384',
    None: '',
  },
} as const satisfies Record<string, Record<string, string>>;

type Field = keyof typeof STRONGSWAN_NAMES;

/** A swanctl section name: only [A-Za-z0-9_-], never empty, at most 60 characters. */
export function sectionName(s: string): string {
  const cleaned = s.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60);
  return cleaned === '' ? 'unnamed' : cleaned;
}

/** One `#` comment line with untrusted text made harmless (no line breaks, controls or bidi characters). */
const comment = (s: string) => `# ${commentLine(s)}`.trimEnd();

function lookup(field: Field, value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  const table: Record<string, string> = STRONGSWAN_NAMES[field];
  const hit = Object.prototype.hasOwnProperty.call(table, value) ? table[value] : undefined;
  if (hit === undefined) problems.push(`${field} "${value}" has no strongSwan equivalent`);
  return hit;
}

interface Proposals {
  readonly ike: string;
  readonly esp: string;
  readonly notes: readonly string[];
  readonly custom: boolean;
}

const POLICY_FIELDS = ['ikeEncryption', 'ikeIntegrity', 'dhGroup', 'ipsecEncryption', 'ipsecIntegrity', 'pfsGroup'] as const;

/** The proposals of a custom policy, or undefined (with the reason in `notes`) when it cannot be used. */
function customProposals(p: IpsecPolicy, notes: string[]): Proposals | undefined {
  const missing = POLICY_FIELDS.filter((f) => p[f] === undefined);
  if (missing.length > 0) {
    notes.push(`The custom IPsec/IKE policy is incomplete (missing ${missing.join(', ')}); Azure refuses partial policies.`);
    notes.push("Azure's default proposals are written below instead; complete the policy in the design.");
    return undefined;
  }
  const problems: string[] = [];
  const ikeEnc = lookup('ikeEncryption', p.ikeEncryption, problems);
  const ikeInt = lookup('ikeIntegrity', p.ikeIntegrity, problems);
  const dh = lookup('dhGroup', p.dhGroup, problems);
  const espEnc = lookup('ipsecEncryption', p.ipsecEncryption, problems);
  const espInt = lookup('ipsecIntegrity', p.ipsecIntegrity, problems);
  const pfs = p.pfsGroup === 'PFSMM' ? dh : lookup('pfsGroup', p.pfsGroup, problems);
  if (problems.length > 0 || ikeEnc === undefined || ikeInt === undefined || dh === undefined || espEnc === undefined || espInt === undefined || pfs === undefined) {
    notes.push(...problems.map((x) => `Cannot map: ${x}.`));
    notes.push("Azure's default proposals are written below instead; fix the policy in the design.");
    return undefined;
  }
  const ikeGcm = ikeEnc.includes('gcm');
  const ike = [ikeEnc, ikeGcm ? `prf${ikeInt}` : ikeInt, dh].filter((x) => x !== '').join('-');
  const espGcm = espEnc.includes('gcm');
  if (espGcm && espInt !== '') notes.push(`IPsec encryption ${p.ipsecEncryption} needs the same GCM integrity; ${p.ipsecIntegrity} is ignored here.`);
  if (!espGcm && espInt === '') notes.push(`IPsec integrity ${p.ipsecIntegrity} only goes with the same GCM encryption; no integrity is proposed.`);
  const esp = [espEnc, espGcm ? '' : espInt, pfs].filter((x) => x !== '').join('-');
  return { ike, esp, notes, custom: true };
}

/** Azure's default proposals (facts §2), narrowed to what a device should offer. */
function defaultProposals(gateway: VpnGateway | undefined, notes: string[]): Proposals {
  notes.push("No custom IPsec/IKE policy: these match Azure's default proposals, whose IKE DH group is 2 (MODP 1024), which is weak.");
  notes.push('Recommended: give the connection a custom policy (for example GCMAES256 / SHA384 / ECP384 / PFS ECP384) and export again.');
  const policyBased = gateway?.vpnType === 'PolicyBased';
  return {
    // Azure's recommended device algorithms (facts §2): IKE AES256/SHA256/DH2; IPsec AES256-GCM without
    // PFS on a route-based gateway (CBC AES256/SHA256 as a fallback, and the only offer on a policy-based one).
    ike: 'aes256-sha256-modp1024',
    esp: policyBased ? 'aes256-sha256' : 'aes256gcm16,aes256-sha256',
    notes,
    custom: false,
  };
}

/** A value safe to write unquoted in swanctl.conf, or undefined. */
function identity(site: LocalSite | undefined): string | undefined {
  const ip = site?.gatewayIpAddress?.trim();
  if (ip && parseIp(ip)) return ip;
  const fqdn = site?.fqdn?.trim();
  if (fqdn && /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(fqdn)) return fqdn;
  return undefined;
}

/** The PSK as a swanctl value: quoted when plain, hex (0x…) when it has quotes, backslashes or non-ASCII. */
function secretValue(key: string): string {
  if (/^[\x20-\x7e]*$/.test(key) && !/["\\]/.test(key)) return `"${key}"`;
  return `0x${[...new TextEncoder().encode(key)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

interface Child {
  readonly name: string;
  readonly local: readonly string[];
  readonly remote: readonly string[];
}

const ANY4 = '0.0.0.0/0';

/** Renders swanctl.conf for the on-premises device of one S2S connection. Throws for an unknown id or a non-S2S connection. */
export function exportStrongswan(doc: TopologyDocument, connectionId: string, options: StrongswanExportOptions = {}): string {
  const index = indexDesign(doc);
  const c = index.connectionById.get(connectionId);
  if (!c || c.kind !== 's2s') throw new Error(`no site-to-site connection with id ${JSON.stringify(connectionId)}`);
  const connection: SiteToSiteConnection = c;
  const gateway = index.gatewayById.get(connection.gatewayId);
  const site = index.siteById.get(connection.siteId);
  const notes: string[] = [];
  const proposals = (connection.ipsecPolicy && customProposals(connection.ipsecPolicy, notes)) || defaultProposals(gateway, notes);
  const ikev1 = connection.protocol === 'IKEv1';
  const policyBasedGateway = gateway?.vpnType === 'PolicyBased';

  // Selectors: on-prem uses its own pre-NAT prefixes locally and sees Azure after EgressSNAT.
  let children: Child[];
  const base = sectionName(connection.name || connection.id);
  if (connection.usePolicyBasedTrafficSelectors || policyBasedGateway) {
    const expansion = expandPolicySelectors(index, connection);
    if (expansion.truncated) notes.push(`Only the first ${expansion.pairs.length} of ${expansion.pairCount} selector pairs are listed.`);
    children = expansion.pairs.map((p, i) => ({ name: `${base}-pair-${i + 1}`, local: [p.onPrem], remote: [p.azure] }));
  } else {
    const view = connectionNatView(index, connection);
    const local = view.onPremSide.pre.length > 0 ? view.onPremSide.pre : [ANY4];
    const remote = view.azureSide.post.length > 0 ? view.azureSide.post : [ANY4];
    if (view.onPremSide.pre.length === 0 || view.azureSide.post.length === 0) {
      notes.push('A side has no address prefixes (BGP only?): 0.0.0.0/0 is used there; route through a VTI (updown script).');
    }
    if (view.rows.length > 0 && !view.inactive) {
      notes.push('NAT: local_ts is this site\'s own (pre-NAT) space; remote_ts is the Azure space after the gateway\'s EgressSNAT rules.');
    }
    if (ikev1 && (local.length > 1 || remote.length > 1)) {
      // IKEv1 negotiates one selector pair per Quick Mode SA.
      children = local.flatMap((l) => remote.map((r) => ({ l, r }))).map((p, i) => ({ name: `${base}-pair-${i + 1}`, local: [p.l], remote: [p.r] }));
    } else {
      children = [{ name: `${base}-azure`, local, remote }];
    }
  }
  // Only canonical prefixes reach the output (all come from toPrefix text; this guards the rest).
  children = children.map((ch) => ({
    ...ch,
    local: ch.local.map((t) => toPrefix(t)?.text ?? ANY4),
    remote: ch.remote.map((t) => toPrefix(t)?.text ?? ANY4),
  }));

  const childLife = connection.ipsecPolicy?.saLifeTimeSeconds ?? (policyBasedGateway ? QM_LIFETIME_POLICY_BASED : QM_LIFETIME_ROUTE_BASED);
  const childKb = connection.ipsecPolicy?.saDataSizeKilobytes ?? QM_LIFETIME_KB;
  const lifeBytes = BigInt(Math.max(0, childKb)) * 1024n;
  const dpd = connection.dpdTimeoutSeconds;
  const localId = identity(site);
  const instances = gateway?.activeActive ? [1, 2] : [0];
  const startAction = connection.connectionMode === 'InitiatorOnly' ? 'none' : 'start';

  const out: string[] = [];
  out.push(comment(`swanctl.conf for the on-premises strongSwan device of connection ${connection.name} (${connection.id})`));
  out.push(comment(`Design: ${doc.name}; site: ${site?.name ?? connection.siteId}; Azure gateway: ${gateway?.name ?? connection.gatewayId}`));
  out.push(comment(`Replace ${AZURE_IP_PLACEHOLDER}${instances.length > 1 ? '_1 / _2 (one per active-active instance)' : ''} with the Azure gateway's public IP.`));
  out.push(comment(`Clamp TCP MSS to ${MSS_CLAMP} on traffic through the tunnel (or set the tunnel MTU to 1400), e.g.`));
  out.push(comment(`  iptables -t mangle -A FORWARD -m policy --pol ipsec --dir out -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss ${MSS_CLAMP}`));
  if (site?.behindNat) out.push(comment('The device is behind NAT: it should initiate the tunnel (NAT-T, UDP 4500).'));
  if (connection.connectionMode === 'ResponderOnly') out.push(comment('Azure is responder-only on this connection: this device must initiate.'));
  if (connection.connectionMode === 'InitiatorOnly') out.push(comment('Azure is initiator-only on this connection: this device waits for Azure.'));
  if (connection.enableBgp) out.push(comment('BGP is enabled: add the Azure BGP peer IP (/32) to remote_ts or use a route-based VTI, and peer from the site\'s BGP address.'));
  for (const n of proposals.notes) out.push(comment(n));
  out.push('');
  out.push('connections {');
  for (const instance of instances) {
    const suffix = instance === 0 ? '' : `_${instance}`;
    const azureIp = `${AZURE_IP_PLACEHOLDER}${suffix}`;
    const connName = instance === 0 ? base : `${base}-${instance}`;
    out.push(`  ${connName} {`);
    out.push(`    version = ${ikev1 ? 1 : 2}`);
    out.push(`    remote_addrs = ${azureIp}`);
    out.push(`    proposals = ${proposals.ike}`);
    out.push(`    rekey_time = ${IKE_LIFETIME_SECONDS}s`);
    out.push('    mobike = no');
    out.push(`    dpd_delay = ${dpd}s`);
    if (ikev1) out.push(`    dpd_timeout = ${dpd * 3}s`);
    out.push('    local {');
    out.push('      auth = psk');
    if (localId) out.push(`      id = ${localId}`);
    out.push('    }');
    out.push('    remote {');
    out.push('      auth = psk');
    out.push(`      id = ${azureIp}`);
    out.push('    }');
    out.push('    children {');
    for (const ch of children) {
      out.push(`      ${ch.name}${instance === 0 ? '' : `-${instance}`} {`);
      out.push(`        local_ts = ${ch.local.join(',')}`);
      out.push(`        remote_ts = ${ch.remote.join(',')}`);
      out.push(`        esp_proposals = ${proposals.esp}`);
      out.push(`        rekey_time = ${Math.max(1, Math.floor(childLife * 0.9))}s`);
      out.push(`        life_time = ${Math.max(1, childLife)}s`);
      if (lifeBytes > 0n) {
        out.push(`        rekey_bytes = ${(lifeBytes * 9n) / 10n}`);
        out.push(`        life_bytes = ${lifeBytes}`);
      }
      out.push('        dpd_action = restart');
      out.push(`        start_action = ${startAction}`);
      out.push('      }');
    }
    out.push('    }');
    out.push('  }');
  }
  out.push('}');
  out.push('');
  out.push('secrets {');
  for (const instance of instances) {
    const suffix = instance === 0 ? '' : `_${instance}`;
    out.push(`  ike-${base}${instance === 0 ? '' : `-${instance}`} {`);
    if (localId) out.push(`    id-local = ${localId}`);
    out.push(`    id-azure = ${AZURE_IP_PLACEHOLDER}${suffix}`);
    if (options.includeSecrets) out.push(`    secret = ${secretValue(connection.sharedKey)}`);
    else {
      out.push('    # Exported without secrets: put the connection\'s pre-shared key here.');
      out.push(`    secret = ${PSK_PLACEHOLDER}`);
    }
    out.push('  }');
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
