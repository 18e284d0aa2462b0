import { P2S_LIMITS } from '../../facts/skus';
import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'p2s/root-certificates',
    severities: ['error'],
    title: 'More than 20 trusted root certificates for P2S certificate authentication.',
    source: 'FAQ "Can I use my own internal PKI root CA to generate certificates for point-to-site connectivity?"; facts §5',
    docs: {
      why: 'A gateway accepts at most 20 uploaded root certificates for P2S certificate authentication; Azure refuses more.',
      example: 'A P2S configuration with certificate authentication and 24 root certificates.',
      fix: 'Issue client certificates from fewer roots (for example one internal CA), and remove roots no longer used.',
      reading: 'Only counted when certificate authentication is enabled: with RADIUS or Entra ID alone no root certificate is uploaded to the gateway.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    for (const config of ctx.doc.p2sConfigurations) {
      if (!config.authTypes.includes('Certificate') || config.rootCertificateCount <= P2S_LIMITS.rootCertificates) continue;
      yield {
        elementIds: [config.id],
        message: `${describeElement(ctx, config.id)} has ${config.rootCertificateCount} root certificates; a gateway accepts at most ${P2S_LIMITS.rootCertificates}.`,
        data: { count: config.rootCertificateCount, limit: P2S_LIMITS.rootCertificates },
        fix: { hint: `Keep ${P2S_LIMITS.rootCertificates} or fewer root certificates: issue client certificates from fewer roots.` },
      };
    }
  },
});
