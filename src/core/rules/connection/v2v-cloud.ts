import type { Finding } from '../types';
import { defineRule } from '../types';
import { v2vPairs } from './tunnels';

export default defineRule({
  meta: {
    id: 'connection/v2v-cloud',
    severities: ['error'],
    title: 'A VNet-to-VNet connection between VNets in different Azure clouds (global, China, US Government).',
    source: 'FAQ "Can I use VNet-to-VNet to connect virtual networks in separate Azure instances?"; facts §10',
    docs: {
      why: 'VNet-to-VNet joins gateways inside one Azure instance. Azure global, Azure China and Azure US Government are separate instances, so a VNet-to-VNet connection across them cannot be created.',
      example: 'A VNet-to-VNet link between a gateway in an `AzureCloud` VNet and one in an `AzureChinaCloud` VNet.',
      fix: 'Connect the two gateways with site-to-site connections instead: each side gets a local network gateway for the other gateway\'s public IP and prefixes.',
      reading: 'Reported once per VNet-to-VNet pair, naming both resources and then the two VNets.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const { index } = ctx;
    for (const { a, b } of v2vPairs(ctx)) {
      const local = index.vnetById.get(index.gatewayById.get(a.gatewayId)?.vnetId ?? '');
      const remote = index.vnetById.get(index.gatewayById.get(a.remoteGatewayId)?.vnetId ?? '');
      if (!local || !remote || local.cloud === remote.cloud) continue;
      const ids = b ? [a.id, b.id] : [a.id];
      yield {
        elementIds: [...ids, local.id, remote.id],
        message: `VNet-to-VNet ${ids.map((id) => index.connectionById.get(id)?.name ?? id).join(' / ')} joins VNet ${local.name} (${local.cloud}) and VNet ${remote.name} (${remote.cloud}); VNet-to-VNet works only within one cloud`,
        data: { connectionIds: ids, clouds: [local.cloud, remote.cloud] },
        fix: { hint: 'Use site-to-site connections between the two gateways instead.' },
      };
    }
  },
});
