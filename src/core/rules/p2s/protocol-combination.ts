import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { withoutTunnel } from './shared';

export default defineRule({
  meta: {
    id: 'p2s/protocol-combination',
    severities: ['error'],
    title: 'SSTP and OpenVPN cannot be enabled together.',
    source: 'facts §5 (Protocols: tunnel type options)',
    docs: {
      why: 'SSTP and OpenVPN both run TLS on TCP port 443, so a gateway cannot offer both. Azure accepts SSTP alone, IKEv2 alone, OpenVPN alone, IKEv2 + OpenVPN and IKEv2 + SSTP.',
      example: 'A P2S configuration with tunnel types SSTP and OpenVPN.',
      fix: 'Drop SSTP (it is being retired) and keep OpenVPN, adding IKEv2 if native clients need it.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    for (const config of ctx.doc.p2sConfigurations) {
      if (!config.tunnelTypes.includes('SSTP') || !config.tunnelTypes.includes('OpenVPN')) continue;
      yield {
        elementIds: [config.id, config.gatewayId],
        message: `${describeElement(ctx, config.id)} enables SSTP and OpenVPN together; both use TLS on TCP 443, so Azure does not allow the pair.`,
        data: { tunnelTypes: [...config.tunnelTypes] },
        fix: {
          hint: 'Remove SSTP (it is being retired) and keep OpenVPN; add IKEv2 if clients need a native IKEv2 tunnel.',
          autofix: { label: 'Remove SSTP', apply: (doc) => withoutTunnel(doc, config.id, 'SSTP') },
        },
      };
    }
  },
});
