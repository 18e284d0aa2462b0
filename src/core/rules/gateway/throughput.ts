import type { Finding } from '../types';
import { defineRule } from '../types';
import { memoCapacity } from './helpers';

export default defineRule({
  meta: {
    id: 'gateway/throughput',
    severities: ['warning'],
    title: 'The planned bandwidth of the gateway\'s tunnels exceeds its SKU\'s aggregate throughput.',
    source: 'FAQ "Do VPN tunnels share bandwidth?"; facts §1.1',
    docs: {
      why: 'All tunnels of a gateway share its aggregate throughput, which depends on SKU and generation (for example 650 Mbps on VpnGw1AZ, 1.25 Gbps on Gen2 VpnGw2AZ, 10 Gbps on VpnGw5AZ). Point-to-site traffic comes out of the same budget. When the planned tunnels need more, they slow each other down.',
      example: 'VpnGw1AZ gateway with two site-to-site connections planned at 400 Mbps each (800 > 650 Mbps).',
      fix: 'Resize to a SKU (or Generation2) with more throughput, or move connections to another gateway.',
      reading:
        'The sum covers the planned bandwidth of the site-to-site connections on the gateway and of the VNet-to-VNet resources whose local end is the gateway; the opposite-direction resource counts on the other gateway. The figures are Azure\'s benchmarks, not guarantees.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const { index } = ctx;
    for (const g of ctx.doc.gateways) {
      const cap = memoCapacity(ctx, g.id);
      if (!cap) continue;
      const { plannedMbps, maxMbps } = cap.throughput;
      if (maxMbps === undefined || plannedMbps <= maxMbps) continue;
      const contributing = [...(index.s2sByGateway.get(g.id) ?? []), ...(index.v2vByGateway.get(g.id) ?? [])]
        .filter((c) => c.plannedBandwidthMbps > 0)
        .map((c) => c.id);
      yield {
        elementIds: [g.id, ...contributing],
        message: `Gateway ${g.name}: planned tunnel bandwidth ${plannedMbps} Mbps > ${maxMbps} Mbps aggregate throughput of ${g.sku} (${g.generation}); the tunnels share it.`,
        data: { plannedMbps, maxMbps, sku: g.sku, generation: g.generation, connections: contributing.length },
        fix: { hint: 'Resize to a SKU with more throughput (Generation2 where available), or move connections to another gateway.' },
      };
    }
  },
});
