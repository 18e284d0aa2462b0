import type { Finding } from '../types';
import { defineRule } from '../types';
import { firstFreeBlock, GATEWAY_SUBNET, isNearMissName, RECOMMENDED_LENGTH, updateVnet, vnetCovers } from './shared';

export default defineRule({
  meta: {
    id: 'gateway-subnet/missing',
    severities: ['error'],
    title: 'A VNet with a VPN gateway has no subnet named exactly GatewaySubnet.',
    source: 'FAQ "Do I need a gateway subnet?"; facts §6 (GatewaySubnet)',
    docs: {
      why: 'A VPN gateway is deployed into a dedicated subnet that must be called exactly `GatewaySubnet`. With any other name, including another casing such as `gatewaysubnet`, creating the gateway fails.',
      example: 'VNet `hub` with gateway `hub-gw` and subnets `app` and `GW-Subnet`, but none named `GatewaySubnet`.',
      fix: 'Rename the intended subnet to `GatewaySubnet`, or add a /27 `GatewaySubnet` in free space of the VNet. The autofix renames a single near-miss, or adds the first free /27 when no subnet looks like it was meant to be the gateway subnet.',
      reading:
        'A near-miss is a subnet whose name, ignoring case and separators, is a common variant (gatewaysubnet, gw-subnet, gateway, vpn-gateway-subnet…) or within two typos of "gatewaysubnet". With several near-misses no autofix is offered. The added subnet is the lowest free IPv4 /27 inside the address space.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const [vnetId, gateways] of ctx.index.gatewaysByVnet) {
      const v = ctx.index.vnetById.get(vnetId);
      if (!v || v.subnets.some((s) => s.name === GATEWAY_SUBNET)) continue;
      const nearMisses = v.subnets.filter((s) => isNearMissName(s.name)).map((s) => s.name);
      const gwNames = gateways.map((g) => g.name).join(', ');
      const elementIds = [v.id, ...gateways.map((g) => g.id)];
      if (nearMisses.length > 0) {
        const quoted = nearMisses.map((n) => `"${n}"`).join(', ');
        const only = nearMisses.length === 1 ? nearMisses[0]! : undefined;
        yield {
          elementIds,
          message: `VNet ${v.name} has gateway ${gwNames} but no subnet named exactly GatewaySubnet; ${quoted} ${nearMisses.length === 1 ? 'looks' : 'look'} like ${nearMisses.length === 1 ? 'it was' : 'they were'} meant to be it, but Azure needs the exact name (case-sensitive).`,
          detail: 'near-miss',
          data: { vnet: v.id, nearMisses },
          fix: {
            hint: `Rename ${only ? `"${only}"` : 'the intended subnet'} to GatewaySubnet.`,
            ...(only
              ? {
                  autofix: {
                    label: `Rename subnet "${only}" of ${v.name} to GatewaySubnet`,
                    apply: (doc) =>
                      updateVnet(doc, v.id, (x) => ({ ...x, subnets: x.subnets.map((s) => (s.name === only ? { ...s, name: GATEWAY_SUBNET } : s)) })),
                  },
                }
              : {}),
          },
        };
        continue;
      }
      const { space, taken } = vnetCovers(v);
      const free = firstFreeBlock(space, taken, RECOMMENDED_LENGTH);
      yield {
        elementIds,
        message: `VNet ${v.name} has gateway ${gwNames} but no subnet named GatewaySubnet; the gateway can't be created without it.${free ? ` ${free.text} is free for it.` : ' No /27 is free in its address space.'}`,
        detail: 'absent',
        data: { vnet: v.id, nearMisses: [], ...(free ? { suggestion: free.text } : {}) },
        fix: {
          hint: free
            ? `Add a subnet named GatewaySubnet, /27 or larger (for example ${free.text}).`
            : `Add a subnet named GatewaySubnet, /27 or larger; first widen the address space of ${v.name}, which has no free /27.`,
          ...(free
            ? {
                autofix: {
                  label: `Add GatewaySubnet ${free.text} to ${v.name}`,
                  apply: (doc) =>
                    updateVnet(doc, v.id, (x) => ({
                      ...x,
                      subnets: [...x.subnets, { name: GATEWAY_SUBNET, addressPrefix: free.text, workloads: [], networkSecurityGroup: false }],
                    })),
                },
              }
            : {}),
        },
      };
    }
  },
});
