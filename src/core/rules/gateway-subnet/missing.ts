import type { Subnet, VirtualNetwork } from '../../model/types';
import { toPrefix, type Prefix } from '../../net/prefix';
import type { AutoFix, Finding } from '../types';
import { defineRule } from '../types';
import { firstFreeBlock, GATEWAY_SUBNET, isNearMissName, MINIMUM_LENGTH, RECOMMENDED_LENGTH, updateVnet, vnetCovers } from './shared';

/** What stops a near-miss subnet from becoming the GatewaySubnet by a rename alone. */
type RenameBlocker = 'workloads' | 'nsg' | 'size';

const BLOCKER_TEXT: Record<RenameBlocker, (s: Subnet) => string> = {
  workloads: (s) => `it holds ${s.workloads.length === 1 ? 'a workload' : `${s.workloads.length} workloads`}`,
  nsg: () => 'it has an NSG',
  size: (s) => `${s.addressPrefix} is not an IPv4 /29 or larger`,
};

/** Why renaming the subnet to GatewaySubnet would not give a usable gateway subnet (empty when it would). */
function renameBlockers(s: Subnet): RenameBlocker[] {
  const out: RenameBlocker[] = [];
  if (s.workloads.length > 0) out.push('workloads');
  if (s.networkSecurityGroup) out.push('nsg');
  const p = toPrefix(s.addressPrefix);
  if (!p || p.version !== 4 || p.length > MINIMUM_LENGTH) out.push('size');
  return out;
}

/** The lowest free IPv4 /27 in the VNet's address space, if any. */
function freeSlot(v: VirtualNetwork): Prefix | undefined {
  const { space, taken } = vnetCovers(v);
  return firstFreeBlock(space, taken, RECOMMENDED_LENGTH);
}

/** An autofix adding an empty, NSG-free GatewaySubnet at `free`. */
function addGatewaySubnetFix(v: VirtualNetwork, free: Prefix): AutoFix {
  return {
    label: `Add GatewaySubnet ${free.text} to ${v.name}`,
    apply: (doc) =>
      updateVnet(doc, v.id, (x) => ({
        ...x,
        subnets: [...x.subnets, { name: GATEWAY_SUBNET, addressPrefix: free.text, workloads: [], networkSecurityGroup: false }],
      })),
  };
}

export default defineRule({
  meta: {
    id: 'gateway-subnet/missing',
    severities: ['error'],
    title: 'A VNet with a VPN gateway has no subnet named exactly GatewaySubnet.',
    source: 'FAQ "Do I need a gateway subnet?"; facts §6 (GatewaySubnet)',
    docs: {
      why: 'A VPN gateway is deployed into a dedicated subnet that must be called exactly `GatewaySubnet`. With any other name, including another casing such as `gatewaysubnet`, creating the gateway fails.',
      example: 'VNet `hub` with gateway `hub-gw` and subnets `app` and `GW-Subnet`, but none named `GatewaySubnet`.',
      fix: 'Rename the intended subnet to `GatewaySubnet`, or add a /27 `GatewaySubnet` in free space of the VNet. The autofix renames a single near-miss when it is fit to be the gateway subnet as it stands, and otherwise adds the first free /27.',
      reading:
        'A near-miss is a subnet whose name, ignoring case and separators, is a common variant (gatewaysubnet, gw-subnet, gateway, vpn-gateway-subnet…) or within two typos of "gatewaysubnet". The rename autofix is offered only for a single near-miss that is empty (no workloads), has no NSG and is an IPv4 /29 or larger, since renaming anything else would leave an unusable GatewaySubnet (data.renameBlockers says why); otherwise the autofix adds a new /27 when one is free. With several near-misses no autofix is offered. The added subnet is the lowest free IPv4 /27 inside the address space.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const [vnetId, gateways] of ctx.index.gatewaysByVnet) {
      const v = ctx.index.vnetById.get(vnetId);
      if (!v || v.subnets.some((s) => s.name === GATEWAY_SUBNET)) continue;
      const nearMisses = v.subnets.filter((s) => isNearMissName(s.name));
      const gwNames = gateways.map((g) => g.name).join(', ');
      const elementIds = [v.id, ...gateways.map((g) => g.id)];
      if (nearMisses.length > 0) {
        const quoted = nearMisses.map((s) => `"${s.name}"`).join(', ');
        const only = nearMisses.length === 1 ? nearMisses[0]! : undefined;
        const blockers = only ? renameBlockers(only) : [];
        const rename = only !== undefined && blockers.length === 0;
        // A near-miss that can't simply be renamed: offer a fresh /27 beside it instead, when one is free.
        const free = only && !rename ? freeSlot(v) : undefined;
        const why = only && !rename ? ` It can't simply be renamed: ${blockers.map((b) => BLOCKER_TEXT[b](only)).join('; ')}.` : '';
        yield {
          elementIds,
          message: `VNet ${v.name} has gateway ${gwNames} but no subnet named exactly GatewaySubnet; ${quoted} ${nearMisses.length === 1 ? 'looks' : 'look'} like ${nearMisses.length === 1 ? 'it was' : 'they were'} meant to be it, but Azure needs the exact name (case-sensitive).${why}`,
          detail: 'near-miss',
          data: {
            vnet: v.id,
            nearMisses: nearMisses.map((s) => s.name),
            ...(only && !rename ? { renameBlockers: blockers } : {}),
            ...(free ? { suggestion: free.text } : {}),
          },
          fix: {
            hint: !only
              ? 'Rename the intended subnet to GatewaySubnet.'
              : rename
                ? `Rename "${only.name}" to GatewaySubnet.`
                : `Empty "${only.name}" (no workloads, no NSG, /29 or larger) before renaming it to GatewaySubnet, or add a new GatewaySubnet${free ? ` such as ${free.text}` : ', /27 or larger, after widening the address space'}.`,
            ...(rename
              ? {
                  autofix: {
                    label: `Rename subnet "${only.name}" of ${v.name} to GatewaySubnet`,
                    apply: (doc) =>
                      updateVnet(doc, v.id, (x) => ({ ...x, subnets: x.subnets.map((s) => (s.name === only.name ? { ...s, name: GATEWAY_SUBNET } : s)) })),
                  },
                }
              : free
                ? { autofix: addGatewaySubnetFix(v, free) }
                : {}),
          },
        };
        continue;
      }
      const free = freeSlot(v);
      yield {
        elementIds,
        message: `VNet ${v.name} has gateway ${gwNames} but no subnet named GatewaySubnet; the gateway can't be created without it.${free ? ` ${free.text} is free for it.` : ' No /27 is free in its address space.'}`,
        detail: 'absent',
        data: { vnet: v.id, nearMisses: [], ...(free ? { suggestion: free.text } : {}) },
        fix: {
          hint: free
            ? `Add a subnet named GatewaySubnet, /27 or larger (for example ${free.text}).`
            : `Add a subnet named GatewaySubnet, /27 or larger; first widen the address space of ${v.name}, which has no free /27.`,
          ...(free ? { autofix: addGatewaySubnetFix(v, free) } : {}),
        },
      };
    }
  },
});
