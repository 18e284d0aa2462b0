import type { Finding } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'connection/policy-based-idle',
    severities: ['info'],
    title: 'Tunnels on a policy-based gateway are torn down after 5 minutes without traffic.',
    source: 'FAQ "Why does my policy-based VPN tunnel go down when traffic is idle?"; facts §1.4',
    docs: {
      why: 'A policy-based (static routing) gateway removes a tunnel that has carried no traffic for more than five minutes and builds it again as soon as traffic flows in either direction. Monitoring that watches the tunnel state sees it flap, and the first packets after a quiet period wait for the tunnel to come back.',
      example: 'A site-to-site connection on a gateway with VPN type `PolicyBased`.',
      fix: 'Expected behaviour: send periodic keepalive traffic if the tunnel must stay up, or use a route-based gateway.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const c of ctx.index.s2s) {
      const g = ctx.index.gatewayById.get(c.gatewayId);
      if (g?.vpnType !== 'PolicyBased') continue;
      yield {
        elementIds: [c.id, g.id],
        message: `Connection ${c.name} runs on policy-based gateway ${g.name}: the tunnel is torn down after 5 minutes idle and rebuilt when traffic flows`,
        data: { idleMinutes: 5 },
        fix: { hint: 'Send periodic traffic across the tunnel if it must stay up, or move to a route-based gateway.' },
      };
    }
  },
});
