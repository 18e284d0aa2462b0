import type { DesignIndex } from '../model/design-index';
import { peeringSides } from '../model/design-index';
import type { ClientOs } from '../model/types';
import { P2S_LIMITS } from '../facts/skus';
import { toPrefixes } from '../net/prefix';
import { isSplit } from './p2s-split';

/**
 * The routes (IKEv2 traffic selectors) a P2S client receives from a gateway, counted the way the
 * FAQ ("What is the IKEv2 traffic selector limit…") and rules.md describe them:
 *
 *   VNet address spaces + local-site prefixes + VNet-to-VNet connections + peered VNets
 *   (+ the two sub-range CIDRs per pool prefix when SSTP + IKEv2 split the pool).
 *
 * What each term counts here:
 * - vnetSpaces: the readable address-space prefixes of the gateway's VNet;
 * - localSitePrefixes: for every site connected to the gateway by S2S (each site once, however many
 *   connections reach it), its readable address prefixes; a BGP site whose address space is empty
 *   counts 1 (the BGP peer host route). BGP-advertised prefixes are not counted: the FAQ counts local
 *   networks, not learned routes;
 * - vnetToVnet: one per remote gateway the gateway has a VNet-to-VNet connection resource to;
 * - peeredVnets: one per VNet peered with the gateway's VNet, whatever the transit flags (the FAQ
 *   counts peered VNets; counting them all keeps the figure on the safe side), EXCEPT a peered VNet
 *   that has its own VPN gateway (hub-to-hub peering): such a VNet cannot use remote gateways, so
 *   P2S clients of this gateway cannot reach it through the peering and get no selector for it;
 * - splitPool: when SSTP and IKEv2 are both enabled, the FAQ says the selectors may carry the two
 *   sub-range CIDRs of the pool: 2 per readable pool prefix (so +2 for the usual one-prefix pool).
 *   An unsplit pool adds nothing (the catalog's formula does not count the pool).
 *
 * OpenVPN routes are counted from the same components except splitPool (OpenVPN clients do not
 * draw from a split pool, and SSTP cannot be combined with OpenVPN anyway).
 */

export type P2sClientKind = 'windows-pre2004' | 'windows-2004' | 'ikev2-other' | 'openvpn';

export interface SelectorBreakdown {
  readonly vnetSpaces: number;
  readonly localSitePrefixes: number;
  readonly vnetToVnet: number;
  readonly peeredVnets: number;
  readonly splitPool: number;
}

/** Labels of the breakdown terms, in display order. */
export const BREAKDOWN_LABELS: Readonly<Record<keyof SelectorBreakdown, string>> = {
  vnetSpaces: 'VNet address spaces',
  localSitePrefixes: 'local-site prefixes',
  vnetToVnet: 'VNet-to-VNet connections',
  peeredVnets: 'peered VNets',
  splitPool: 'split-pool sub-ranges',
};

/** One client type measured against its limit. */
export interface ClientLimitVerdict {
  readonly client: P2sClientKind;
  readonly label: string;
  readonly protocol: 'IkeV2' | 'OpenVPN';
  readonly limit: number;
  /** IKEv2 traffic selectors, or OpenVPN routes. */
  readonly count: number;
  /** The protocol is enabled in a P2S configuration of the gateway. */
  readonly enabled: boolean;
  readonly exceeded: boolean;
  /** The client operating systems of this kind that the gateway's P2S configurations list. */
  readonly clientOs: readonly ClientOs[];
}

/** What the UI draws as a meter: the count, its parts, and each client type's limit. */
export interface TrafficSelectorMeter {
  readonly gatewayId: string;
  readonly p2sIds: readonly string[];
  readonly ikev2Enabled: boolean;
  readonly openVpnEnabled: boolean;
  readonly breakdown: SelectorBreakdown;
  /** IKEv2 traffic selectors a client receives: the sum of the breakdown. */
  readonly count: number;
  /** OpenVPN routes: the breakdown without splitPool. */
  readonly openVpnRoutes: number;
  /** Windows before 10 v2004 (25), Windows 10 v2004+ (255), other IKEv2 (256), OpenVPN (1,000). */
  readonly verdicts: readonly ClientLimitVerdict[];
}

const CLIENTS: readonly { client: P2sClientKind; label: string; protocol: 'IkeV2' | 'OpenVPN'; limit: number; os: readonly ClientOs[] }[] = [
  {
    client: 'windows-pre2004',
    label: 'Windows before 10 version 2004 (IKEv2)',
    protocol: 'IkeV2',
    limit: P2S_LIMITS.windowsPre2004,
    os: ['windows-legacy', 'windows10-pre2004'],
  },
  { client: 'windows-2004', label: 'Windows 10 version 2004 and later (IKEv2)', protocol: 'IkeV2', limit: P2S_LIMITS.windows2004, os: ['windows10-2004'] },
  { client: 'ikev2-other', label: 'Other IKEv2 clients (macOS, Linux, iOS, Android)', protocol: 'IkeV2', limit: P2S_LIMITS.nonWindowsIkev2, os: ['macos', 'linux', 'ios', 'android'] },
  {
    client: 'openvpn',
    label: 'OpenVPN clients (routes)',
    protocol: 'OpenVPN',
    limit: P2S_LIMITS.openVpnRoutes,
    os: ['windows-legacy', 'windows10-pre2004', 'windows10-2004', 'macos', 'linux', 'ios', 'android'],
  },
];

/** The parts of the count for one gateway (see the module comment). */
export function selectorBreakdown(index: DesignIndex, gatewayId: string): SelectorBreakdown {
  const g = index.gatewayById.get(gatewayId);
  if (!g) return { vnetSpaces: 0, localSitePrefixes: 0, vnetToVnet: 0, peeredVnets: 0, splitPool: 0 };
  const vnet = index.vnetById.get(g.vnetId);
  const vnetSpaces = vnet ? toPrefixes(vnet.addressSpace).length : 0;

  let localSitePrefixes = 0;
  const sites = new Set<string>();
  for (const c of index.s2sByGateway.get(g.id) ?? []) {
    if (sites.has(c.siteId)) continue;
    sites.add(c.siteId);
    const site = index.siteById.get(c.siteId);
    if (!site) continue;
    const n = toPrefixes(site.addressPrefixes).length;
    localSitePrefixes += n === 0 && site.bgp ? 1 : n;
  }

  const remotes = new Set<string>();
  for (const c of index.v2vByGateway.get(g.id) ?? []) if (c.remoteGatewayId !== g.id) remotes.add(c.remoteGatewayId);

  const peered = new Set<string>();
  for (const p of index.peeringsByVnet.get(g.vnetId) ?? []) {
    const { otherVnetId } = peeringSides(p, g.vnetId);
    if (otherVnetId === g.vnetId) continue;
    // A peered VNet with its own gateway cannot use this one (no gateway transit): not reachable by P2S.
    if ((index.gatewaysByVnet.get(otherVnetId)?.length ?? 0) > 0) continue;
    peered.add(otherVnetId);
  }

  let splitPool = 0;
  for (const p of index.p2sByGateway.get(g.id) ?? []) if (isSplit(p)) splitPool += 2 * toPrefixes(p.addressPool).length;

  return { vnetSpaces, localSitePrefixes, vnetToVnet: remotes.size, peeredVnets: peered.size, splitPool };
}

/**
 * The traffic selectors (IKEv2) and routes (OpenVPN) a P2S client of the gateway receives, with the
 * breakdown and the verdict for each client type. Linear in the gateway's connections and peerings.
 */
export function trafficSelectorCount(index: DesignIndex, gatewayId: string): TrafficSelectorMeter {
  const configs = index.p2sByGateway.get(gatewayId) ?? [];
  const breakdown = selectorBreakdown(index, gatewayId);
  const routes = breakdown.vnetSpaces + breakdown.localSitePrefixes + breakdown.vnetToVnet + breakdown.peeredVnets;
  const count = routes + breakdown.splitPool;
  const ikev2Enabled = configs.some((p) => p.tunnelTypes.includes('IkeV2'));
  const openVpnEnabled = configs.some((p) => p.tunnelTypes.includes('OpenVPN'));
  const planned = new Set<ClientOs>();
  for (const p of configs) for (const os of p.clientOs) planned.add(os);
  const verdicts = CLIENTS.map((c): ClientLimitVerdict => {
    const n = c.protocol === 'IkeV2' ? count : routes;
    return {
      client: c.client,
      label: c.label,
      protocol: c.protocol,
      limit: c.limit,
      count: n,
      enabled: c.protocol === 'IkeV2' ? ikev2Enabled : openVpnEnabled,
      exceeded: n > c.limit,
      clientOs: c.os.filter((os) => planned.has(os)),
    };
  });
  return { gatewayId, p2sIds: configs.map((p) => p.id), ikev2Enabled, openVpnEnabled, breakdown, count, openVpnRoutes: routes, verdicts };
}

/** "VNet address spaces 3 + local-site prefixes 20 + … = 31", for messages. */
export function formatBreakdown(b: SelectorBreakdown, withSplit = true): string {
  const keys = (Object.keys(BREAKDOWN_LABELS) as (keyof SelectorBreakdown)[]).filter((k) => withSplit || k !== 'splitPool');
  const parts = keys.filter((k) => k !== 'splitPool' || b.splitPool > 0).map((k) => `${BREAKDOWN_LABELS[k]} ${b[k]}`);
  const total = keys.reduce((sum, k) => sum + b[k], 0);
  return `${parts.join(' + ')} = ${total}`;
}
