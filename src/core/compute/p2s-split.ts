import type { P2sConfiguration, P2sTunnelType } from '../model/types';
import { BITS } from '../net/ip';
import { makePrefix, size, toPrefixes, type Prefix } from '../net/prefix';

/**
 * How a P2S address pool is divided between tunnel protocols (facts §5 "Address pool"; FAQ "What
 * happens when I configure both SSTP and IKEv2…").
 *
 * Microsoft documents that, with SSTP and IKEv2 both enabled, the pool is split statically into two
 * sub-ranges, that SSTP never serves more than 128 clients, and that the gateway may hand out the
 * two sub-range CIDRs as traffic selectors. It gives no formula. This module takes one reading:
 *
 * - every pool prefix is cut into two equal CIDR halves (a /24 gives two /25s, a /22 two /23s);
 * - the LOWER half goes to SSTP and the UPPER half to IKEv2. Microsoft does not say which half goes
 *   where: this is an assumption, and every message that shows the halves says so;
 * - SSTP never serves more than 128 clients, even when its half holds more addresses;
 * - the usable addresses of a range are counted plainly as its address count (no addresses are
 *   held back for network, broadcast or the gateway: Azure does not document any);
 * - without the SSTP + IKEv2 pair (e.g. IKEv2 + OpenVPN, or one protocol alone) the pool is not
 *   split: the enabled protocols draw from one shared range.
 *
 * A prefix that cannot be halved (an IPv4 /32) goes whole to SSTP; IKEv2 gets nothing from it
 * (p2s/pool-too-small reports such a pool long before this matters).
 *
 * facts §5 also gives a second reading, which the split exposes as `sstpBlock` (address counts
 * only, alongside the equal halves that stay the displayed split): a prefix larger than /24 (more
 * than 256 addresses) gives SSTP one /25 block (128 addresses) and IKEv2 the rest; a /24 or
 * smaller is halved as above. IKEv2 never gets less under this reading, so p2s/pool-too-small only
 * reports an error when the planned clients fit under neither reading.
 */

/** SSTP serves at most this many clients on any gateway, whatever the pool size (facts §5). */
export const SSTP_MAX_CLIENTS = 128;

/** Minimum pool prefix length: /29 on an active-standby gateway, /28 on an active-active one (facts §5). */
export const POOL_MIN_LENGTH = { activeStandby: 29, activeActive: 28 } as const;

/** One address range of a pool, and the protocols whose clients draw addresses from it. */
export interface PoolRange {
  readonly cidr: string;
  /** Address count of the range, counted plainly. */
  readonly addresses: number;
  /** The enabled protocols whose clients get addresses from this range. */
  readonly protocols: readonly P2sTunnelType[];
  /** Clients the range can serve: its address count; at most 128 for a range that only SSTP uses. */
  readonly usableClients: number;
}

/** Under facts §5's second reading ("SSTP gets one /25 of a pool larger than /24"): what each protocol would get. */
export interface SstpBlockReading {
  /** 128 per prefix larger than /24; half of a /24 or smaller prefix. */
  readonly sstpAddresses: number;
  /** The rest of each prefix. */
  readonly ikev2Addresses: number;
}

/** Pool prefixes holding more than this many addresses give SSTP one /25 under the second reading. */
export const SSTP_BLOCK_THRESHOLD = 256;

/** How one prefix of the pool is used. */
export interface PoolPrefixSplit {
  /** The pool prefix, canonical. */
  readonly pool: string;
  readonly addresses: number;
  /** Split: the SSTP (lower) half, then the IKEv2 (upper) half. Not split: the one shared range. */
  readonly ranges: readonly PoolRange[];
  /** The SSTP half, when the prefix is split. */
  readonly sstp?: PoolRange;
  /** The IKEv2 half, when the prefix is split (absent for a prefix too small to halve). */
  readonly ikev2?: PoolRange;
  /** Split only: the address counts under the second reading (SSTP one /25 when the prefix is larger than /24). */
  readonly sstpBlock?: SstpBlockReading;
}

/** Protocols that draw from the same ranges, with what those ranges hold in total over every pool prefix. */
export interface ProtocolShare {
  readonly protocols: readonly P2sTunnelType[];
  readonly cidrs: readonly string[];
  readonly addresses: number;
  /** The share's address count; an SSTP-only share is capped at 128 clients. */
  readonly usableClients: number;
}

/** The split of a whole P2S configuration. */
export interface P2sPoolSplit {
  readonly p2sId: string;
  /** True when SSTP and IKEv2 are both enabled, so each pool prefix is halved. */
  readonly split: boolean;
  /** Smallest allowed pool: /29, or /28 on an active-active gateway. */
  readonly minimumLength: number;
  /** Readable pool prefixes, in the order given (unreadable ones are skipped). */
  readonly prefixes: readonly PoolPrefixSplit[];
  /** Split: the SSTP share and the IKEv2 share. Not split: one share of every enabled protocol. */
  readonly shares: readonly ProtocolShare[];
  /**
   * Split only: the totals over every prefix under the second reading (SSTP one /25 of each prefix
   * larger than /24, IKEv2 the rest), so the UI can show what IKEv2 would get besides its half.
   */
  readonly sstpBlock?: SstpBlockReading;
}

/** Protocol order used everywhere in messages and data. */
const ORDER: readonly P2sTunnelType[] = ['SSTP', 'IkeV2', 'OpenVPN'];

/** Display names of the tunnel types. */
export const TUNNEL_LABEL: Readonly<Record<P2sTunnelType, string>> = { SSTP: 'SSTP', IkeV2: 'IKEv2', OpenVPN: 'OpenVPN' };

/** The enabled tunnel types, deduplicated and in a stable order. */
export function enabledTunnels(config: Pick<P2sConfiguration, 'tunnelTypes'>): P2sTunnelType[] {
  return ORDER.filter((t) => config.tunnelTypes.includes(t));
}

/** True when SSTP and IKEv2 are both enabled, which makes Azure split the pool. */
export function isSplit(config: Pick<P2sConfiguration, 'tunnelTypes'>): boolean {
  return config.tunnelTypes.includes('SSTP') && config.tunnelTypes.includes('IkeV2');
}

const count = (p: Prefix): number => {
  const n = size(p);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
};

const usable = (addresses: number, protocols: readonly P2sTunnelType[]): number =>
  protocols.length === 1 && protocols[0] === 'SSTP' ? Math.min(addresses, SSTP_MAX_CLIENTS) : addresses;

const range = (p: Prefix, protocols: readonly P2sTunnelType[]): PoolRange => {
  const addresses = count(p);
  return { cidr: p.text, addresses, protocols, usableClients: usable(addresses, protocols) };
};

/** The two equal CIDR halves of a prefix, lower first; one element when it cannot be halved. */
export function halves(p: Prefix): Prefix[] {
  if (p.length >= BITS[p.version]) return [p];
  const length = p.length + 1;
  const step = 1n << BigInt(BITS[p.version] - length);
  return [makePrefix(p.version, p.start, length), makePrefix(p.version, p.start + step, length)];
}

function share(protocols: readonly P2sTunnelType[], ranges: readonly PoolRange[]): ProtocolShare {
  let addresses = 0;
  for (const r of ranges) addresses = Math.min(Number.MAX_SAFE_INTEGER, addresses + r.addresses);
  return { protocols, cidrs: ranges.map((r) => r.cidr), addresses, usableClients: usable(addresses, protocols) };
}

/**
 * Splits each pool prefix of a P2S configuration between its protocols (see the module comment
 * for the reading taken). `activeActive` sets the minimum pool size reported (/28 instead of /29).
 */
export function splitPool(config: P2sConfiguration, activeActive: boolean): P2sPoolSplit {
  const minimumLength = activeActive ? POOL_MIN_LENGTH.activeActive : POOL_MIN_LENGTH.activeStandby;
  const tunnels = enabledTunnels(config);
  const split = isSplit(config);
  const prefixes: PoolPrefixSplit[] = [];
  if (!split) {
    const ranges: PoolRange[] = [];
    for (const p of toPrefixes(config.addressPool)) {
      const r = range(p, tunnels);
      ranges.push(r);
      prefixes.push({ pool: p.text, addresses: r.addresses, ranges: [r] });
    }
    return { p2sId: config.id, split, minimumLength, prefixes, shares: [share(tunnels, ranges)] };
  }
  // SSTP takes the lower half; IKEv2 (and OpenVPN, in the invalid SSTP + OpenVPN + IKEv2 mix) the upper one.
  const upperProtocols = tunnels.filter((t) => t !== 'SSTP');
  const sstpRanges: PoolRange[] = [];
  const ikev2Ranges: PoolRange[] = [];
  let blockSstp = 0;
  let blockIkev2 = 0;
  for (const p of toPrefixes(config.addressPool)) {
    const [lower, upper] = halves(p);
    const sstp = range(lower!, ['SSTP']);
    const ikev2 = upper ? range(upper, upperProtocols) : undefined;
    sstpRanges.push(sstp);
    if (ikev2) ikev2Ranges.push(ikev2);
    const addresses = count(p);
    const sstpBlock: SstpBlockReading =
      addresses > SSTP_BLOCK_THRESHOLD
        ? { sstpAddresses: SSTP_MAX_CLIENTS, ikev2Addresses: addresses - SSTP_MAX_CLIENTS }
        : { sstpAddresses: sstp.addresses, ikev2Addresses: ikev2?.addresses ?? 0 };
    blockSstp = Math.min(Number.MAX_SAFE_INTEGER, blockSstp + sstpBlock.sstpAddresses);
    blockIkev2 = Math.min(Number.MAX_SAFE_INTEGER, blockIkev2 + sstpBlock.ikev2Addresses);
    prefixes.push({ pool: p.text, addresses, ranges: ikev2 ? [sstp, ikev2] : [sstp], sstp, ...(ikev2 ? { ikev2 } : {}), sstpBlock });
  }
  return {
    p2sId: config.id,
    split,
    minimumLength,
    prefixes,
    shares: [share(['SSTP'], sstpRanges), share(upperProtocols, ikev2Ranges)],
    sstpBlock: { sstpAddresses: blockSstp, ikev2Addresses: blockIkev2 },
  };
}

/** The planned client count of a tunnel type. */
export function plannedClients(config: P2sConfiguration, t: P2sTunnelType): number {
  return t === 'SSTP' ? config.plannedClients.sstp : t === 'IkeV2' ? config.plannedClients.ikev2 : config.plannedClients.openvpn;
}
