import type { Finding } from '../types';
import { defineRule } from '../types';

export const AZURE_DNS = '168.63.129.16';

export default defineRule({
  meta: {
    id: 'gateway/dns-forwarder',
    severities: ['warning'],
    title: 'The gateway\'s VNet uses custom DNS servers, which must forward to Azure DNS.',
    source: 'FAQ "Does a misconfiguration of custom DNS break the normal operation of a VPN gateway?"; facts §6',
    docs: {
      why: 'The gateway resolves public Azure endpoints to reach its control plane. With custom DNS servers on its VNet, those servers must forward to Azure DNS (168.63.129.16); if they do not, Microsoft cannot operate and maintain the gateway.',
      example: 'VNet `hub` with DNS servers `10.0.1.4, 10.0.1.5` and a VPN gateway.',
      fix: 'Make the custom DNS servers forward to 168.63.129.16 (including any wildcard rule of a DNS Private Resolver ruleset), or go back to the Azure-provided DNS.',
      reading: 'The design cannot see how the DNS servers are configured, so any custom list is a reminder-level warning; a list holding only 168.63.129.16 does not fire.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const seen = new Set<string>();
    for (const g of ctx.doc.gateways) {
      if (seen.has(g.vnetId)) continue;
      seen.add(g.vnetId);
      const v = ctx.index.vnetById.get(g.vnetId);
      if (!v) continue;
      const servers = v.dnsServers.map((s) => s.trim()).filter((s) => s !== '');
      if (servers.length === 0 || servers.every((s) => s === AZURE_DNS)) continue;
      yield {
        elementIds: [v.id, g.id],
        message: `VNet ${v.name} of gateway ${g.name} uses custom DNS servers (${servers.join(', ')}); they must forward to Azure DNS ${AZURE_DNS} for the gateway to keep working.`,
        data: { dnsServers: servers, includesAzureDns: servers.includes(AZURE_DNS) },
        fix: { hint: `Configure the DNS servers to forward to ${AZURE_DNS}, or remove the custom DNS servers from the VNet.` },
      };
    }
  },
});
