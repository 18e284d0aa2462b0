import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'p2s/same-public-ip',
    severities: ['warning'],
    title: 'P2S IKEv2 users sit at a site whose public IP is the S2S device IP on the same gateway.',
    source: 'FAQ "Can I connect to a VPN gateway via point-to-site when located at a site that has an active site-to-site connection?"',
    docs: {
      why:
        'A gateway cannot accept an IKEv2 point-to-site connection from a public IP that it already uses for a site-to-site connection. Users inside a branch that reaches the internet through the same address as its VPN device cannot connect over IKEv2 to that gateway.',
      example: 'Site branch-1 (device 203.0.113.10) connected to hub-gw by S2S; P2S pool on hub-gw with IKEv2 lists branch-1 among the sites where its users sit.',
      fix: 'Give those users a different egress public IP than the VPN device, let them use the S2S tunnel instead, or have them connect over OpenVPN.',
      reading:
        'The site\'s S2S device address (gatewayIpAddress, or its FQDN) is taken as the public IP its users leave from, since the design lists them at that site. The FAQ\'s hard restriction names IKEv2, so only configurations with IKEv2 enabled are checked.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    for (const config of ctx.doc.p2sConfigurations) {
      if (!config.tunnelTypes.includes('IkeV2')) continue;
      for (const siteId of new Set(config.usersAtSiteIds)) {
        const site = ctx.index.siteById.get(siteId);
        if (!site) continue;
        const connection = ctx.index.s2sBySite.get(siteId)?.find((c) => c.gatewayId === config.gatewayId);
        if (!connection) continue;
        const address = site.gatewayIpAddress ?? site.fqdn ?? '';
        yield {
          elementIds: [config.id, site.id, connection.id],
          message: `P2S users of ${describeElement(ctx, config.id)} at ${describeElement(ctx, site.id)} share its public IP${address ? ` ${address}` : ''} with ${describeElement(ctx, connection.id)} to ${describeElement(ctx, config.gatewayId)}; IKEv2 P2S connections from that address will not work.`,
          data: { siteId: site.id, connectionId: connection.id, gatewayId: config.gatewayId, address, openVpnEnabled: config.tunnelTypes.includes('OpenVPN') },
          fix: {
            hint: config.tunnelTypes.includes('OpenVPN')
              ? 'Have users at this site connect over OpenVPN, egress through a different public IP, or reach Azure over the S2S tunnel.'
              : 'Egress these users through a different public IP, let them reach Azure over the S2S tunnel, or enable OpenVPN for them.',
          },
        };
      }
    }
  },
});
