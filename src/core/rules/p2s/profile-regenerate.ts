import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x.trim() === b[i]!.trim());

const show = (xs: readonly string[]): string => (xs.length === 0 ? 'none' : xs.join(', '));

export default defineRule({
  meta: {
    id: 'p2s/profile-regenerate',
    severities: ['info'],
    title: 'A change to tunnel types, authentication or DNS servers means every client needs a new profile.',
    source: 'FAQ "When do I need to generate a new configuration package for the VPN client profile?"; facts §5',
    docs: {
      why: 'The VPN client profile carries the gateway\'s tunnel types, authentication settings and DNS servers. After any of these change on a deployed gateway, existing profiles are stale: a new package must be generated and installed on every client.',
      example: 'An existing gateway whose deployed P2S configuration has SSTP and IKEv2, redesigned with IKEv2 and OpenVPN.',
      fix: 'Plan to generate the new client configuration package after the change and distribute it to all users.',
      reading:
        'Only for gateways marked existing whose P2S configuration records what is deployed. Tunnel and authentication types are compared as sets; custom DNS servers as an ordered list, since their order decides which one clients ask first.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    for (const config of ctx.doc.p2sConfigurations) {
      const deployed = config.deployed;
      if (!deployed || !ctx.index.gatewayById.get(config.gatewayId)?.existing) continue;
      const changes: string[] = [];
      const parts: string[] = [];
      if (!sameSet(config.tunnelTypes, deployed.tunnelTypes)) {
        changes.push('tunnelTypes');
        parts.push(`tunnel types ${show(deployed.tunnelTypes)} → ${show(config.tunnelTypes)}`);
      }
      if (!sameSet(config.authTypes, deployed.authTypes)) {
        changes.push('authTypes');
        parts.push(`authentication ${show(deployed.authTypes)} → ${show(config.authTypes)}`);
      }
      if (!sameList(config.customDnsServers, deployed.customDnsServers)) {
        changes.push('customDnsServers');
        parts.push(`DNS servers ${show(deployed.customDnsServers)} → ${show(config.customDnsServers)}`);
      }
      if (changes.length === 0) continue;
      yield {
        elementIds: [config.id, config.gatewayId],
        message: `${describeElement(ctx, config.id)} changes ${parts.join('; ')} on existing ${describeElement(ctx, config.gatewayId)}: every client needs a newly generated profile.`,
        data: { changes },
        fix: { hint: 'After deploying, generate a new VPN client configuration package and distribute it to every user.' },
      };
    }
  },
});
