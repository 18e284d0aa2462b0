import { toPrefix } from '../../net/prefix';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { gatewaySubnets, gatewaySubnetTarget, MINIMUM_LENGTH, RECOMMENDED_LENGTH, setGatewaySubnetPrefixFix } from './shared';

export default defineRule({
  meta: {
    id: 'gateway-subnet/below-recommended',
    severities: ['warning', 'error'],
    title: 'A /28 or /29 GatewaySubnet: it works, but /27 or larger is recommended (and required for ExpressRoute coexistence).',
    source: 'FAQ "Do I need a gateway subnet?"; facts §6 (GatewaySubnet, ExpressRoute coexistence)',
    docs: {
      why: 'A /28 or /29 GatewaySubnet is accepted, but leaves no room for configurations that need more gateway addresses later (active-active, more features, coexistence). Growing it means deleting and re-creating the gateway. An ExpressRoute gateway coexisting with the VPN gateway needs a /27 or larger GatewaySubnet.',
      example: 'VNet `hub` with GatewaySubnet 10.0.255.0/28; with ExpressRoute coexistence set it is an error.',
      fix: 'Make GatewaySubnet a /27 or larger. The autofix grows it to the /27 around it when that is free, or moves it to the nearest free /27.',
      reading: 'Warning (detail recommended) for /28 and /29; error (detail expressroute-coexistence) when the VNet has expressRouteCoexistence set. Applies to every IPv4 subnet named exactly GatewaySubnet.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const v of ctx.doc.vnets) {
      for (const s of gatewaySubnets(v)) {
        const p = toPrefix(s.addressPrefix);
        if (!p || p.version !== 4 || p.length <= RECOMMENDED_LENGTH || p.length > MINIMUM_LENGTH) continue;
        const target = gatewaySubnetTarget(ctx, v);
        const coexist = v.expressRouteCoexistence;
        yield {
          ...(coexist ? { severity: 'error' as const } : {}),
          elementIds: [v.id, ...(ctx.index.gatewaysByVnet.get(v.id) ?? []).map((g) => g.id)],
          message: coexist
            ? `GatewaySubnet of VNet ${v.name} is ${p.text} (/${p.length}); ExpressRoute coexistence needs /27 or larger.`
            : `GatewaySubnet of VNet ${v.name} is ${p.text} (/${p.length}); it works, but /27 or larger is recommended and growing it later means re-creating the gateway.`,
          detail: coexist ? 'expressroute-coexistence' : 'recommended',
          data: { vnet: v.id, prefix: p.text, length: p.length, expressRouteCoexistence: coexist, ...(target ? { suggestion: target.prefix.text } : {}) },
          fix: {
            hint: target ? `Make GatewaySubnet ${target.prefix.text}.` : `Widen the address space of ${v.name} and make GatewaySubnet a /27.`,
            ...(target ? { autofix: setGatewaySubnetPrefixFix(v, target.prefix, target.inPlace) } : {}),
          },
        };
      }
    }
  },
});
