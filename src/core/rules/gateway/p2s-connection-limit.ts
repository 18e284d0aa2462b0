import { enabledPlannedClients } from '../../compute/capacity';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { memoCapacity } from './helpers';

export default defineRule({
  meta: {
    id: 'gateway/p2s-connection-limit',
    severities: ['warning'],
    title: 'More planned point-to-site clients than the gateway SKU accepts.',
    source: 'FAQ (point-to-site connection limits); facts §1.1',
    docs: {
      why: 'SSTP accepts at most 128 concurrent clients on every SKU. IKEv2 and OpenVPN clients are counted together and separately from SSTP: 250 on VpnGw1(AZ), 500 on VpnGw2(AZ), 1,000 on VpnGw3(AZ), 5,000 on VpnGw4(AZ) and 10,000 on VpnGw5(AZ). Clients beyond the limit cannot connect.',
      example: 'VpnGw1AZ gateway whose P2S configuration plans 200 IKEv2 and 100 OpenVPN clients (300 > 250).',
      fix: 'Resize to a SKU with a higher limit, move SSTP users to IKEv2 or OpenVPN, or spread users over more gateways.',
      reading:
        'Planned clients are summed over all P2S configurations of the gateway, counting a protocol only in the configurations that enable it (planned SSTP clients of an IKEv2 + OpenVPN configuration are ignored). A SKU that does not support IKEv2/OpenVPN at all (Basic, and the legacy SKUs in the table) is left to gateway/basic-limits and the P2S rules rather than reported as a count over 0.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      const cap = memoCapacity(ctx, g.id);
      if (!cap) continue;
      const pools = ctx.index.p2sByGateway.get(g.id) ?? [];
      const { sstp, ikev2OpenVpn } = cap.p2s;
      if (sstp.max !== undefined && sstp.max > 0 && sstp.planned > sstp.max) {
        yield {
          elementIds: [g.id, ...pools.filter((p) => enabledPlannedClients(p, 'SSTP') > 0).map((p) => p.id)],
          message: `Gateway ${g.name}: ${sstp.planned} SSTP clients planned > ${sstp.max}, the SSTP maximum on every SKU.`,
          detail: 'sstp',
          data: { planned: sstp.planned, max: sstp.max, sku: g.sku },
          fix: { hint: 'Move SSTP users to IKEv2 or OpenVPN (SSTP is also being retired).' },
        };
      }
      if (ikev2OpenVpn.max !== undefined && ikev2OpenVpn.max > 0 && ikev2OpenVpn.planned > ikev2OpenVpn.max) {
        yield {
          elementIds: [g.id, ...pools.filter((p) => enabledPlannedClients(p, 'IkeV2') + enabledPlannedClients(p, 'OpenVPN') > 0).map((p) => p.id)],
          message: `Gateway ${g.name}: ${ikev2OpenVpn.planned} IKEv2 and OpenVPN clients planned > ${ikev2OpenVpn.max} for ${g.sku}.`,
          detail: 'ikev2-openvpn',
          data: { planned: ikev2OpenVpn.planned, max: ikev2OpenVpn.max, sku: g.sku },
          fix: {
            hint:
              ikev2OpenVpn.max < 10_000
                ? 'Resize to a larger SKU (VpnGw2AZ 500, VpnGw3AZ 1,000, VpnGw4AZ 5,000, VpnGw5AZ 10,000), or spread users over more gateways.'
                : 'Spread users over more gateways (or consider Virtual WAN user VPN).',
          },
        };
      }
    }
  },
});
