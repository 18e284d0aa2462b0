import { IKE_MAIN_MODE_LIFETIME_SECONDS } from '../../facts/ipsec';
import type { Finding } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'connection/ikev1-rekey',
    severities: ['info'],
    title: 'IKEv1 tunnels drop for up to 5 s at every Main Mode rekey; IKEv2 rekeys in place.',
    source: 'FAQ "Why is my IKEv1 connection frequently reconnecting?"; facts §2',
    docs: {
      why: 'Azure gateways cannot rekey IKEv1 Main Mode in place. Each time the Main Mode SA is renewed (its lifetime is fixed at 28,800 s) the IKEv1 tunnel goes down and needs up to five seconds to come back. IKEv2 renews keys without dropping the tunnel.',
      example: 'Any connection with protocol `IKEv1`.',
      fix: 'Use IKEv2 where the device supports it (the protocol is fixed at creation: re-create the connection). On a policy-based gateway this means moving to a route-based gateway.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const c of ctx.index.s2s) {
      if (c.protocol !== 'IKEv1') continue;
      const g = ctx.index.gatewayById.get(c.gatewayId);
      const policyBased = g?.vpnType === 'PolicyBased';
      yield {
        elementIds: [c.id],
        message: `Connection ${c.name} uses IKEv1: it drops for up to 5 s at each Main Mode rekey (Azure's Main Mode SA lifetime is ${IKE_MAIN_MODE_LIFETIME_SECONDS} s; a shorter one on the device rekeys sooner)`,
        data: { mainModeLifetimeSeconds: IKE_MAIN_MODE_LIFETIME_SECONDS, policyBasedGateway: policyBased },
        fix: {
          hint: policyBased
            ? `Gateway ${g!.name} is policy-based and runs IKEv1 only; a route-based gateway with an IKEv2 connection avoids the drops.`
            : 'Re-create the connection with IKEv2 if the device supports it.',
        },
      };
    }
  },
});
