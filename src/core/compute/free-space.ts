import type { VirtualNetwork } from '../model/types';
import { toPrefix, toPrefixes, type Prefix } from '../net/prefix';
import { firstFreeBlock, GATEWAY_SUBNET, gatewaySubnets, RECOMMENDED_LENGTH, vnetCovers } from '../rules/gateway-subnet/shared';
import { PrefixCover } from './overlaps';

export type FreeSpaceResult = { readonly ok: true; readonly prefix: Prefix } | { readonly ok: false; readonly message: string };

/**
 * The first IPv4 block of `length` bits inside `pool` that overlaps none of the `taken` prefixes
 * (unreadable texts are ignored): where a new VNet, site or P2S pool gets its placeholder range.
 */
export function firstFreePrefix(pool: string, taken: readonly string[], length: number): FreeSpaceResult {
  const space = toPrefix(pool);
  if (!space || space.version !== 4 || length < space.length || length > 32) {
    return { ok: false, message: `no /${length} can be carved out of ${pool}` };
  }
  const block = firstFreeBlock(new PrefixCover([space]), new PrefixCover(toPrefixes(taken)), length);
  return block ? { ok: true, prefix: block } : { ok: false, message: `every /${length} of ${space.text} is already in use` };
}

/**
 * Where a VNet that gets a VPN gateway could have its GatewaySubnet: the first aligned /27 of its IPv4
 * address space that no subnet uses. The message says why there is none (one exists already, no
 * IPv4 address space, or no free /27 left).
 */
export function gatewaySubnetOffer(vnet: VirtualNetwork): FreeSpaceResult {
  const name = vnet.name || vnet.id;
  const existing = gatewaySubnets(vnet)[0];
  if (existing) return { ok: false, message: `VNet ${name} already has a ${GATEWAY_SUBNET} (${existing.addressPrefix}).` };
  if (!toPrefixes(vnet.addressSpace).some((p) => p.version === 4)) {
    return { ok: false, message: `VNet ${name} has no IPv4 address space yet: add one, then a /${RECOMMENDED_LENGTH} ${GATEWAY_SUBNET}.` };
  }
  const { space, taken } = vnetCovers(vnet);
  const block = firstFreeBlock(space, taken, RECOMMENDED_LENGTH);
  if (!block) {
    return {
      ok: false,
      message: `No free /${RECOMMENDED_LENGTH} is left in the address space of VNet ${name} (${vnet.addressSpace.join(', ')}): widen it or free a block for the ${GATEWAY_SUBNET}.`,
    };
  }
  return { ok: true, prefix: block };
}
