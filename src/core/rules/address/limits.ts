import { vnetsBehindGateway } from '../../compute/reachability';
import { GATEWAY_LIMITS } from '../../facts/skus';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { firstFew } from '../shared';

export default defineRule({
  meta: {
    id: 'address/limits',
    severities: ['error'],
    title: 'Too many VNet address prefixes behind one gateway (over 600), or too many prefixes on one local site (over 1,000).',
    source: 'facts §1.3 (Other gateway limits)',
    docs: {
      why: `A VPN gateway carries at most ${GATEWAY_LIMITS.vnetPrefixesPerGateway} VNet address prefixes, and a local network gateway holds at most ${GATEWAY_LIMITS.localSitePrefixes.toLocaleString('en-US')} address prefixes. Above these limits Azure refuses the change.`,
      example: 'A hub gateway whose VNet and transit spokes together have 640 address prefixes.',
      fix: 'Summarize prefixes into fewer, larger blocks (for example several /24s into one /20), or split the spokes across more hubs.',
      reading:
        'The VNet count of a gateway is the number of address-space entries of its own VNet plus every spoke that uses it through gateway transit (allowGatewayTransit on the hub side and useRemoteGateways on the spoke side), each VNet counted once. VNets reached over VNet-to-VNet belong to their own gateway\'s count. The local site count is the number of entries in its address space (BGP advertisements are limited separately).',
    },
  },
  *check(ctx): Iterable<Finding> {
    const { index } = ctx;
    for (const g of ctx.doc.gateways) {
      const vnetIds = [...new Set(vnetsBehindGateway(index, g).map((v) => v.vnetId))];
      let count = 0;
      for (const id of vnetIds) count += index.vnetById.get(id)?.addressSpace.length ?? 0;
      if (count <= GATEWAY_LIMITS.vnetPrefixesPerGateway) continue;
      const names = vnetIds.map((id) => index.vnetById.get(id)?.name ?? id);
      yield {
        elementIds: [g.id, ...vnetIds],
        message: `Gateway ${g.name} carries ${count} VNet address prefixes (${vnetIds.length === 1 ? `VNet ${names[0]}` : `VNets ${firstFew(names)}`}); the limit is ${GATEWAY_LIMITS.vnetPrefixesPerGateway} per VPN gateway.`,
        detail: 'vnet-prefixes',
        data: { count, limit: GATEWAY_LIMITS.vnetPrefixesPerGateway, vnets: vnetIds },
        fix: { hint: 'Summarize VNet address spaces into fewer, larger prefixes, or move some spokes to another hub.' },
      };
    }
    for (const s of ctx.doc.sites) {
      const count = s.addressPrefixes.length;
      if (count <= GATEWAY_LIMITS.localSitePrefixes) continue;
      yield {
        elementIds: [s.id],
        message: `Site ${s.name} has ${count.toLocaleString('en-US')} address prefixes; a local network gateway holds at most ${GATEWAY_LIMITS.localSitePrefixes.toLocaleString('en-US')}.`,
        detail: 'site-prefixes',
        data: { count, limit: GATEWAY_LIMITS.localSitePrefixes },
        fix: { hint: `Summarize the prefixes of ${s.name} into fewer, larger blocks, or use BGP to advertise them.` },
      };
    }
  },
});
