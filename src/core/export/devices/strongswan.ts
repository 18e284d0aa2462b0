import type { LocalSite, TopologyDocument } from '../../model/types';
import { parseIp } from '../../net/ip';
import { commentLine } from '../text';
import { AZURE_IP_PLACEHOLDER, IKE_LIFETIME_SECONDS, MSS_CLAMP, PSK_PLACEHOLDER, deviceModel, identifier, type DeviceExportOptions, type DeviceModel } from './device-model';
import { customProposals, defaultProposals } from './strongswan-proposals';
import { routeBasedSetup, xfrmTunnels, type XfrmTunnel } from './strongswan-route-based';

/**
 * The on-premises side of a site-to-site connection as a strongSwan `swanctl.conf` (strongSwan 5.9+).
 *
 * Values that only the deployment knows are placeholders: the Azure gateway's public IP is
 * `AZURE_GATEWAY_PUBLIC_IP` (`_1` and `_2` for the two instances of an active-active gateway), the
 * Azure BGP peer IP `AZURE_BGP_PEER_IP` (likewise) unless custom APIPA addresses give it, and the
 * pre-shared key is `PASTE_THE_PRE_SHARED_KEY_HERE` unless the export includes secrets.
 *
 * A route-based connection gets one XFRM interface per tunnel (`if_id_in`/`if_id_out` on its CHILD SA)
 * with the commands to create and route it, and an FRR bgpd snippet when it runs BGP
 * (strongswan-route-based.ts). A policy-based one gets one CHILD SA per selector pair.
 */

export { STRONGSWAN_NAMES } from './strongswan-proposals';
export { AZURE_IP_PLACEHOLDER, PSK_PLACEHOLDER } from './device-model';
export type StrongswanExportOptions = DeviceExportOptions;

/** A swanctl section name: only [A-Za-z0-9_-], never empty, at most 60 characters. */
export const sectionName = (s: string): string => identifier(s, 60);

/** One `#` comment line with untrusted text made harmless (no line breaks, controls or bidi characters). */
const comment = (s: string) => `# ${commentLine(s)}`.trimEnd();

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

/**
 * The CHILD SAs of one tunnel. Policy-based: one per selector pair. Route-based: any-to-any with BGP (as
 * Azure's route-based gateway proposes; routes, not selectors, steer traffic into the XFRM interface),
 * else this site's own prefixes against the Azure prefixes after EgressSNAT (0.0.0.0/0 for a side without).
 */
function childrenOf(m: DeviceModel, base: string, notes: string[]): Child[] {
  if (m.policyBasedSelectors) return m.pairs.map((p, i) => ({ name: `${base}-pair-${i + 1}`, local: [p.local], remote: [p.remote] }));
  if (m.connection.enableBgp) return [{ name: `${base}-azure`, local: [ANY4], remote: [ANY4] }];
  const local = m.localPrefixes.length > 0 ? m.localPrefixes : [ANY4];
  const remote = m.remotePrefixes.length > 0 ? m.remotePrefixes : [ANY4];
  if (m.localPrefixes.length === 0 || m.remotePrefixes.length === 0) notes.push('A side has no address prefixes: 0.0.0.0/0 is used there.');
  if (m.ikev1 && (local.length > 1 || remote.length > 1)) {
    // IKEv1 negotiates one selector pair per Quick Mode SA.
    return local.flatMap((l) => remote.map((r) => ({ l, r }))).map((p, i) => ({ name: `${base}-pair-${i + 1}`, local: [p.l], remote: [p.r] }));
  }
  return [{ name: `${base}-azure`, local, remote }];
}

/** Renders swanctl.conf for the on-premises device of one S2S connection. Throws for an unknown id or a non-S2S connection. */
export function exportStrongswan(doc: TopologyDocument, connectionId: string, options: StrongswanExportOptions = {}): string {
  const m = deviceModel(doc, connectionId);
  const connection = m.connection;
  const notes: string[] = [...m.notes];
  const proposals = (connection.ipsecPolicy && customProposals(connection.ipsecPolicy, notes)) || defaultProposals(m.gateway, notes);
  const base = sectionName(connection.name || connection.id);
  const children = childrenOf(m, base, notes);
  const routeBased = !m.policyBasedSelectors;
  const xfrm: readonly (XfrmTunnel | undefined)[] = routeBased ? xfrmTunnels(m.tunnels) : m.tunnels.map(() => undefined);
  if (connection.enableBgp && m.policyBasedSelectors) notes.push('BGP needs a route-based gateway without policy-based traffic selectors: no BGP setup is written.');

  const childLife = m.ipsecLifetimeSeconds;
  const lifeBytes = BigInt(Math.max(0, m.ipsecLifetimeKb)) * 1024n;
  const dpd = m.dpdSeconds;
  const localId = identity(m.site);
  const startAction = connection.connectionMode === 'InitiatorOnly' ? 'none' : 'start';

  const out: string[] = [];
  out.push(comment(`swanctl.conf for the on-premises strongSwan device of connection ${connection.name} (${connection.id})`));
  out.push(comment(`Design: ${doc.name}; site: ${m.site?.name ?? connection.siteId}; Azure gateway: ${m.gateway?.name ?? connection.gatewayId}`));
  out.push(comment(`Replace ${AZURE_IP_PLACEHOLDER}${m.tunnels.length > 1 ? '_1 / _2 (one per active-active instance)' : ''} with the Azure gateway's public IP.`));
  if (!routeBased) {
    out.push(comment(`Clamp TCP MSS to ${MSS_CLAMP} on traffic through the tunnel (or set the tunnel MTU to 1400), e.g.`));
    out.push(comment(`  iptables -t mangle -A FORWARD -m policy --pol ipsec --dir out -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss ${MSS_CLAMP}`));
  }
  if (m.site?.behindNat) out.push(comment('The device is behind NAT: it should initiate the tunnel (NAT-T, UDP 4500).'));
  if (connection.connectionMode === 'ResponderOnly') out.push(comment('Azure is responder-only on this connection: this device must initiate.'));
  if (connection.connectionMode === 'InitiatorOnly') out.push(comment('Azure is initiator-only on this connection: this device waits for Azure.'));
  for (const n of notes) out.push(comment(n));
  if (routeBased) out.push(...routeBasedSetup(m, xfrm.filter((x): x is XfrmTunnel => x !== undefined), m.remotePrefixes));
  out.push('');
  out.push('connections {');
  m.tunnels.forEach((t, at) => {
    const x = xfrm[at];
    const connName = t.instance === 0 ? base : `${base}-${t.instance}`;
    out.push(`  ${connName} {`);
    out.push(`    version = ${m.ikev1 ? 1 : 2}`);
    out.push(`    remote_addrs = ${t.azureIp}`);
    out.push(`    proposals = ${proposals.ike}`);
    out.push(`    rekey_time = ${IKE_LIFETIME_SECONDS}s`);
    out.push('    mobike = no');
    out.push(`    dpd_delay = ${dpd}s`);
    if (m.ikev1) out.push(`    dpd_timeout = ${dpd * 3}s`);
    out.push('    local {');
    out.push('      auth = psk');
    if (localId) out.push(`      id = ${localId}`);
    out.push('    }');
    out.push('    remote {');
    out.push('      auth = psk');
    out.push(`      id = ${t.azureIp}`);
    out.push('    }');
    out.push('    children {');
    for (const ch of children) {
      out.push(`      ${ch.name}${t.instance === 0 ? '' : `-${t.instance}`} {`);
      out.push(`        local_ts = ${ch.local.join(',')}`);
      out.push(`        remote_ts = ${ch.remote.join(',')}`);
      if (x) {
        out.push(`        if_id_in = ${x.ifId}`);
        out.push(`        if_id_out = ${x.ifId}`);
      }
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
  });
  out.push('}');
  out.push('');
  out.push('secrets {');
  for (const t of m.tunnels) {
    out.push(`  ike-${base}${t.instance === 0 ? '' : `-${t.instance}`} {`);
    if (localId) out.push(`    id-local = ${localId}`);
    out.push(`    id-azure = ${t.azureIp}`);
    if (options.includeSecrets) out.push(`    secret = ${secretValue(m.sharedKey)}`);
    else {
      out.push('    # Exported without secrets: put the connection\'s pre-shared key here.');
      out.push(`    secret = ${PSK_PLACEHOLDER}`);
    }
    out.push('  }');
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
