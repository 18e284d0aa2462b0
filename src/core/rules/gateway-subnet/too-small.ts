import { toPrefix } from '../../net/prefix';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { gatewaySubnets, gatewaySubnetTarget, MINIMUM_LENGTH, setGatewaySubnetPrefixFix } from './shared';

export default defineRule({
  meta: {
    id: 'gateway-subnet/too-small',
    severities: ['error'],
    title: 'A GatewaySubnet smaller than /29.',
    source: 'FAQ "Do I need a gateway subnet?"; facts §6 (GatewaySubnet)',
    docs: {
      why: 'The gateway\'s instances and services take their addresses from GatewaySubnet. Azure does not create a gateway in a subnet smaller than /29 (a /30 or longer prefix).',
      example: 'VNet `hub` with GatewaySubnet 10.0.255.0/30.',
      fix: 'Recreate GatewaySubnet as a /27 (or larger). The autofix grows it to the /27 around it when that is free, or moves it to the nearest free /27.',
      reading: 'Applies to every IPv4 subnet named exactly GatewaySubnet, whether or not the design has a gateway in the VNet yet.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const v of ctx.doc.vnets) {
      for (const s of gatewaySubnets(v)) {
        const p = toPrefix(s.addressPrefix);
        if (!p || p.version !== 4 || p.length <= MINIMUM_LENGTH) continue;
        const target = gatewaySubnetTarget(ctx, v);
        yield {
          elementIds: [v.id, ...(ctx.index.gatewaysByVnet.get(v.id) ?? []).map((g) => g.id)],
          message: `GatewaySubnet of VNet ${v.name} is ${p.text} (/${p.length}); the smallest Azure accepts is /29, and /27 is recommended.`,
          data: { vnet: v.id, prefix: p.text, length: p.length, ...(target ? { suggestion: target.prefix.text } : {}) },
          fix: {
            hint: target ? `Recreate GatewaySubnet as ${target.prefix.text}.` : `Widen the address space of ${v.name} and recreate GatewaySubnet as a /27.`,
            ...(target ? { autofix: setGatewaySubnetPrefixFix(v, target.prefix, target.inPlace) } : {}),
          },
        };
      }
    }
  },
});
