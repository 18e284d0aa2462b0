import { connectionNatView } from '../../compute/nat-translation';
import { expandPolicySelectors } from '../../compute/policy-selectors';
import { indexDesign } from '../../model/design-index';
import type { IpsecPolicy, LocalSite, SiteToSiteConnection, TopologyDocument, VpnGateway } from '../../model/types';
import { parseIpv4 } from '../../net/ip';
import { isApipaAddress } from '../../net/ranges';
import { toPrefix } from '../../net/prefix';

/**
 * What every vendor configuration of one S2S connection needs, derived once from the design:
 * the Azure policy values (custom or Azure's defaults), selectors (policy-based pairs, or the site's
 * own prefixes and the Azure prefixes after EgressSNAT), BGP peers, active-active instances.
 * Vendor modules map the Azure values to their own keywords with a table each.
 */

export interface DeviceExportOptions {
  /** Write the connection's shared key (default: a placeholder). */
  readonly includeSecrets?: boolean;
}

export const AZURE_IP_PLACEHOLDER = 'AZURE_GATEWAY_PUBLIC_IP';
export const AZURE_BGP_PLACEHOLDER = 'AZURE_BGP_PEER_IP';
export const PSK_PLACEHOLDER = 'PASTE_THE_PRE_SHARED_KEY_HERE';
export const IKE_LIFETIME_SECONDS = 28_800;
export const MSS_CLAMP = 1350;
const QM_LIFETIME_ROUTE_BASED = 27_000;
const QM_LIFETIME_POLICY_BASED = 3_600;
const QM_LIFETIME_KB = 102_400_000;

export const POLICY_FIELDS = ['ikeEncryption', 'ikeIntegrity', 'dhGroup', 'ipsecEncryption', 'ipsecIntegrity', 'pfsGroup'] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];
/** A complete policy in Azure's value names. `pfsGroup` PFSMM is resolved to the DH group's PFS name by the vendor. */
export type AzurePolicy = Record<PolicyField, string>;
export type VendorTable = Record<PolicyField, Record<string, string>>;

/**
 * A vendor's names for DH or PFS groups, written from the group numbers (facts §3) so the numbering lives
 * in one place: `name(n)` for each group the vendor supports, plus its own entries (e.g. `None`).
 */
export function groupNames(
  numbers: Readonly<Record<string, number>>,
  name: (group: number) => string,
  extra: Record<string, string> = {},
  unsupported: readonly number[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [value, group] of Object.entries(numbers)) if (!unsupported.includes(group)) out[value] = name(group);
  return { ...out, ...extra };
}

/** Azure's default proposals as a device should offer them (facts §2): IKE AES256/SHA256/DH2; ESP GCM-AES256 (CBC on policy-based gateways), no PFS. */
export function defaultPolicy(policyBasedGateway: boolean): AzurePolicy {
  return {
    ikeEncryption: 'AES256',
    ikeIntegrity: 'SHA256',
    dhGroup: 'DHGroup2',
    ipsecEncryption: policyBasedGateway ? 'AES256' : 'GCMAES256',
    ipsecIntegrity: policyBasedGateway ? 'SHA256' : 'GCMAES256',
    pfsGroup: 'None',
  };
}

const DH_TO_PFS: Record<string, string> = {
  DHGroup1: 'PFS1', DHGroup2: 'PFS2', DHGroup14: 'PFS2048', DHGroup2048: 'PFS2048', DHGroup24: 'PFS24', ECP256: 'ECP256', ECP384: 'ECP384', None: 'None',
};

export interface MappedPolicy {
  readonly values: Record<PolicyField, string>;
  /** The Azure values behind `values`. */
  readonly azure: AzurePolicy;
  readonly custom: boolean;
  readonly notes: readonly string[];
}

function mapWith(table: VendorTable, p: AzurePolicy, vendor: string, problems: string[]): Record<PolicyField, string> | undefined {
  const out = {} as Record<PolicyField, string>;
  for (const f of POLICY_FIELDS) {
    const v = f === 'pfsGroup' && p[f] === 'PFSMM' ? (DH_TO_PFS[p.dhGroup] ?? p.dhGroup) : p[f];
    const t = table[f];
    const hit = Object.prototype.hasOwnProperty.call(t, v) ? t[v] : undefined;
    if (hit === undefined) problems.push(`${f} "${v}" has no ${vendor} equivalent`);
    else out[f] = hit;
  }
  return problems.length > 0 ? undefined : out;
}

/** The connection's policy in a vendor's names, or Azure's defaults (with notes saying why). */
export function mapPolicy(table: VendorTable, vendor: string, policy: IpsecPolicy | undefined, policyBasedGateway: boolean): MappedPolicy {
  const notes: string[] = [];
  if (policy) {
    const missing = POLICY_FIELDS.filter((f) => policy[f] === undefined);
    if (missing.length > 0) {
      notes.push(`The custom IPsec/IKE policy is incomplete (missing ${missing.join(', ')}); Azure refuses partial policies.`);
    } else {
      const azure = Object.fromEntries(POLICY_FIELDS.map((f) => [f, policy[f]!])) as AzurePolicy;
      const problems: string[] = [];
      const values = mapWith(table, azure, vendor, problems);
      if (values) {
        const gcmEnc = azure.ipsecEncryption.startsWith('GCM');
        const gcmInt = azure.ipsecIntegrity.startsWith('GCM');
        if (gcmEnc && !gcmInt) notes.push(`IPsec encryption ${azure.ipsecEncryption} carries its own integrity; ${azure.ipsecIntegrity} is not proposed.`);
        if (!gcmEnc && gcmInt) notes.push(`IPsec integrity ${azure.ipsecIntegrity} only goes with the same GCM encryption; no ESP integrity is proposed.`);
        return { values, azure, custom: true, notes };
      }
      notes.push(...problems.map((x) => `Cannot map: ${x}.`));
    }
    notes.push("Azure's default proposals are written below instead; fix the policy in the design.");
  }
  const azure = defaultPolicy(policyBasedGateway);
  const values = mapWith(table, azure, vendor, [])!;
  notes.push("No usable custom IPsec/IKE policy: these match Azure's default proposals, whose IKE DH group is 2 (MODP 1024), which is weak.");
  notes.push('Recommended: give the connection a custom policy (for example GCMAES256 / SHA384 / ECP384 / PFS ECP384) and export again.');
  return { values, azure, custom: false, notes };
}

export interface DeviceTunnel {
  /** 0 for a single-instance gateway, 1 and 2 for active-active. */
  readonly instance: number;
  readonly azureIp: string;
  /** The Azure BGP peer address for this instance (custom APIPA when set, else a placeholder). */
  readonly azureBgpIp: string;
}

export interface DeviceModel {
  readonly doc: TopologyDocument;
  readonly connection: SiteToSiteConnection;
  readonly gateway: VpnGateway | undefined;
  readonly site: LocalSite | undefined;
  readonly policyBasedSelectors: boolean;
  readonly policyBasedGateway: boolean;
  readonly ikev1: boolean;
  /** This site's own (pre-NAT) prefixes; empty when it has none. */
  readonly localPrefixes: readonly string[];
  /** The Azure prefixes as the site sees them (after EgressSNAT). */
  readonly remotePrefixes: readonly string[];
  /** Selector pairs when policy-based (on-prem, azure). */
  readonly pairs: readonly { readonly local: string; readonly remote: string }[];
  readonly tunnels: readonly DeviceTunnel[];
  /** `apipa`: the site peers from an APIPA address, so Azure peers from its custom APIPA addresses (facts §4). */
  readonly bgp: { readonly localAsn: number; readonly azureAsn: number; readonly localPeerIp: string; readonly apipa: boolean } | undefined;
  readonly sharedKey: string;
  readonly ipsecLifetimeSeconds: number;
  readonly ipsecLifetimeKb: number;
  readonly dpdSeconds: number;
  /** Plain-language notes every vendor writes as comments. */
  readonly notes: readonly string[];
  /** The device's own public IPv4, when the site has one. */
  readonly localIp: string | undefined;
}

const canonical = (t: string): string | undefined => toPrefix(t)?.text;

/** Builds the model of one S2S connection. Throws for an unknown id or a non-S2S connection. */
export function deviceModel(doc: TopologyDocument, connectionId: string): DeviceModel {
  const index = indexDesign(doc);
  const c = index.connectionById.get(connectionId);
  if (!c || c.kind !== 's2s') throw new Error(`no site-to-site connection with id ${JSON.stringify(connectionId)}`);
  const gateway = index.gatewayById.get(c.gatewayId);
  const site = index.siteById.get(c.siteId);
  const policyBasedGateway = gateway?.vpnType === 'PolicyBased';
  const policyBasedSelectors = c.usePolicyBasedTrafficSelectors || policyBasedGateway;
  const notes: string[] = [];
  let pairs: { local: string; remote: string }[] = [];
  if (policyBasedSelectors) {
    const expansion = expandPolicySelectors(index, c);
    if (expansion.truncated) notes.push(`Only the first ${expansion.pairs.length} of ${expansion.pairCount} selector pairs are listed.`);
    pairs = expansion.pairs.flatMap((p) => {
      const local = canonical(p.onPrem);
      const remote = canonical(p.azure);
      return local && remote ? [{ local, remote }] : [];
    });
    if (pairs.length === 0) notes.push('Policy-based traffic selectors, but no prefix pair can be formed: give both sides address prefixes.');
  }
  const view = connectionNatView(index, c);
  const localPrefixes = view.onPremSide.pre.flatMap((t) => canonical(t) ?? []);
  const remotePrefixes = view.azureSide.post.flatMap((t) => canonical(t) ?? []);
  if (view.rows.length > 0 && !view.inactive) {
    notes.push("NAT applies: the remote (Azure) prefixes below are the ones after the gateway's EgressSNAT rules; local prefixes are this site's own.");
  }
  const activeActive = gateway?.activeActive ?? false;
  const customApipa = gateway?.bgp.customApipa ?? [];
  const siteBgp = site?.bgp;
  const bgpPeer = siteBgp?.peerIp.trim();
  // Azure peers from its custom APIPA address with a site whose BGP IP is APIPA, else from its GatewaySubnet IP (facts §4).
  const apipaPeering = bgpPeer !== undefined && isApipaAddress(bgpPeer);
  const tunnels: DeviceTunnel[] = (activeActive ? [1, 2] : [0]).map((instance) => {
    const suffix = instance === 0 ? '' : `_${instance}`;
    const custom = apipaPeering ? customApipa[Math.max(0, instance - 1)]?.addresses.find((a) => parseIpv4(a.trim()) !== undefined)?.trim() : undefined;
    return { instance, azureIp: `${AZURE_IP_PLACEHOLDER}${suffix}`, azureBgpIp: custom ?? `${AZURE_BGP_PLACEHOLDER}${suffix}` };
  });
  const bgp =
    c.enableBgp && siteBgp && bgpPeer && parseIpv4(bgpPeer) !== undefined
      ? { localAsn: siteBgp.asn, azureAsn: gateway?.bgp.asn ?? 65515, localPeerIp: bgpPeer, apipa: apipaPeering }
      : undefined;
  if (c.enableBgp && !bgp) notes.push('BGP is enabled on the connection but the site has no readable BGP ASN/peer address: no BGP section is written.');
  if (bgp?.apipa && tunnels.some((t) => t.azureBgpIp.startsWith(AZURE_BGP_PLACEHOLDER))) {
    notes.push(`The site peers from an APIPA address but the gateway has no custom APIPA BGP address for every instance: replace ${AZURE_BGP_PLACEHOLDER} with it.`);
  }
  const ip = site?.gatewayIpAddress?.trim();
  return {
    doc,
    connection: c,
    gateway,
    site,
    policyBasedSelectors,
    policyBasedGateway,
    ikev1: c.protocol === 'IKEv1',
    localPrefixes,
    remotePrefixes,
    pairs,
    tunnels,
    bgp,
    sharedKey: c.sharedKey,
    ipsecLifetimeSeconds: c.ipsecPolicy?.saLifeTimeSeconds ?? (policyBasedGateway ? QM_LIFETIME_POLICY_BASED : QM_LIFETIME_ROUTE_BASED),
    ipsecLifetimeKb: c.ipsecPolicy?.saDataSizeKilobytes ?? QM_LIFETIME_KB,
    dpdSeconds: c.dpdTimeoutSeconds,
    notes,
    localIp: ip && parseIpv4(ip) ? ip : undefined,
  };
}

/** An identifier of only [A-Za-z0-9_-], never empty, at most `max` characters. */
export function identifier(s: string, max: number): string {
  const cleaned = s.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, max).replace(/_+$/, '');
  return cleaned === '' ? 'unnamed' : cleaned;
}

/** A key a device CLI can take verbatim: printable ASCII without spaces, quotes, backslashes, `?`, `#`, `;`, `!`. */
export function cliSafeKey(key: string): boolean {
  return key.length > 0 && /^[\x21-\x7e]+$/.test(key) && !/["'\\?#;!]/.test(key);
}

/** Dotted netmask of an IPv4 prefix text (a.b.c.d/n), or undefined for IPv6. */
export function ipv4Mask(prefix: string): { network: string; mask: string; wildcard: string } | undefined {
  const [network, len] = prefix.split('/');
  if (!network || len === undefined || network.includes(':')) return undefined;
  const n = Number(len);
  const bits = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
  const dotted = (x: number) => [24, 16, 8, 0].map((s) => (x >>> s) & 255).join('.');
  return { network, mask: dotted(bits), wildcard: dotted(~bits >>> 0) };
}
