import { PrefixCover } from '../../compute/overlaps';
import type { Subnet, TopologyDocument, VirtualNetwork } from '../../model/types';
import { makePrefix, toPrefix, toPrefixes, type Prefix } from '../../net/prefix';
import type { AutoFix, RuleContext } from '../types';

/** The one subnet name Azure accepts for a gateway's subnet. */
export const GATEWAY_SUBNET = 'GatewaySubnet';
/** The size the FAQ recommends (and ExpressRoute coexistence requires). */
export const RECOMMENDED_LENGTH = 27;
/** The smallest GatewaySubnet Azure accepts. */
export const MINIMUM_LENGTH = 29;

/** The subnets of a VNet named exactly GatewaySubnet (normally zero or one). */
export function gatewaySubnets(v: VirtualNetwork): Subnet[] {
  return v.subnets.filter((s) => s.name === GATEWAY_SUBNET);
}

const NEAR_MISS = /^(azure)?(vpn)?(gateway|gatway|gateways|gtw|gw|vgw)(subnet|subnets|snet|sn|net)?\d{0,2}$/;

/** Levenshtein distance, capped: stops early once every path exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * True for a subnet name that was probably meant to be GatewaySubnet: another casing
 * (`gatewaysubnet`), separators (`Gateway-Subnet`, `GW_Subnet`), short forms (`GW-Subnet`, `gwsn`),
 * or a small typo (`GatewaySubent`). The exact name itself is not a near-miss.
 */
export function isNearMissName(name: string): boolean {
  if (name === GATEWAY_SUBNET) return false;
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (n.length === 0 || n.length > 24) return false;
  return NEAR_MISS.test(n) || editDistance(n, 'gatewaysubnet', 2) <= 2;
}

/** Rounds `value` up to a multiple of `step`. */
const alignUp = (value: bigint, step: bigint): bigint => ((value + step - 1n) / step) * step;

/**
 * The first IPv4 block of the given length inside the VNet's address space that overlaps none of the
 * `taken` blocks, scanning from `from` (when given) to the end of the space. Jumps past each taken
 * block, so the scan is O(subnets × log subnets), not O(size of the space).
 */
export function firstFreeBlock(space: PrefixCover, taken: PrefixCover, length: number, from?: bigint): Prefix | undefined {
  const step = 1n << BigInt(32 - length);
  for (const block of space.blocks) {
    if (block.version !== 4 || block.length > length) continue;
    if (from !== undefined && block.end < from) continue;
    let start = from !== undefined && from > block.start ? alignUp(from, step) : block.start;
    while (start + step - 1n <= block.end) {
      const candidate = makePrefix(4, start, length);
      const hit = taken.overlapping(candidate);
      if (!hit) return candidate;
      start = alignUp(hit.end + 1n, step);
    }
  }
  return undefined;
}

/** The VNet's address space and its subnets (optionally without the subnets of one name), as covers. */
export function vnetCovers(v: VirtualNetwork, exceptName?: string): { space: PrefixCover; taken: PrefixCover } {
  const taken: Prefix[] = [];
  for (const s of v.subnets) {
    if (exceptName !== undefined && s.name === exceptName) continue;
    const p = toPrefix(s.addressPrefix);
    if (p) taken.push(p);
  }
  return { space: new PrefixCover(toPrefixes(v.addressSpace)), taken: new PrefixCover(taken) };
}

/** Where a GatewaySubnet can grow to a /27, and whether that is the /27 around it. */
export interface ResizeTarget {
  readonly prefix: Prefix;
  readonly inPlace: boolean;
}

/**
 * Where a GatewaySubnet at `current` could grow to a /27: the /27 containing it when that is inside
 * the space and free, else the first free /27 after it, else the first free /27 anywhere in the space.
 * Subnets named GatewaySubnet don't count as taken (the autofix moves every one of them).
 */
export function resizeTarget(v: VirtualNetwork, current: Prefix, covers = vnetCovers(v, GATEWAY_SUBNET)): ResizeTarget | undefined {
  if (current.version !== 4) return undefined;
  const { space, taken } = covers;
  const around = makePrefix(4, current.start, RECOMMENDED_LENGTH);
  if (space.containing(around) && !taken.overlapping(around)) return { prefix: around, inPlace: true };
  const next = firstFreeBlock(space, taken, RECOMMENDED_LENGTH, current.start) ?? firstFreeBlock(space, taken, RECOMMENDED_LENGTH);
  return next ? { prefix: next, inPlace: false } : undefined;
}

/**
 * The /27 target of a VNet's GatewaySubnet, computed once per VNet and validation (memo
 * `gateway-subnet:targets`, shared by too-small and below-recommended), so many subnets named
 * GatewaySubnet in one VNet don't rebuild its subnet index each. The first IPv4 GatewaySubnet longer
 * than /27 in document order decides: the autofix renumbers every subnet of that name, so one target
 * serves them all. Undefined when none needs to grow or no /27 is free.
 */
export function gatewaySubnetTarget(ctx: RuleContext, v: VirtualNetwork): ResizeTarget | undefined {
  const targets = ctx.memo('gateway-subnet:targets', () => new Map<string, ResizeTarget | undefined>());
  if (targets.has(v.id)) return targets.get(v.id);
  let target: ResizeTarget | undefined;
  for (const s of gatewaySubnets(v)) {
    const p = toPrefix(s.addressPrefix);
    if (!p || p.version !== 4 || p.length <= RECOMMENDED_LENGTH) continue;
    target = resizeTarget(v, p);
    break;
  }
  targets.set(v.id, target);
  return target;
}

/** Applies a change to one VNet of a document, without touching the input. */
export function updateVnet(doc: TopologyDocument, vnetId: string, change: (v: VirtualNetwork) => VirtualNetwork): TopologyDocument {
  return { ...doc, vnets: doc.vnets.map((v) => (v.id === vnetId ? change(v) : v)) };
}

/** An autofix setting the prefix of the VNet's GatewaySubnet. */
export function setGatewaySubnetPrefixFix(v: VirtualNetwork, prefix: Prefix, inPlace: boolean): AutoFix {
  return {
    label: inPlace ? `Resize GatewaySubnet of ${v.name} to ${prefix.text}` : `Move GatewaySubnet of ${v.name} to ${prefix.text} (/${prefix.length})`,
    apply: (doc) =>
      updateVnet(doc, v.id, (x) => ({
        ...x,
        subnets: x.subnets.map((s) => (s.name === GATEWAY_SUBNET ? { ...s, addressPrefix: prefix.text } : s)),
      })),
  };
}
