import { parseIp } from '../../net/ip';
import { containsAddress } from '../../net/prefix';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { vnetPrefixes } from './shared';

export default defineRule({
  meta: {
    id: 'bgp/peer-ip',
    severities: ['error'],
    title: "An on-premises BGP peer IP that is unreadable, equals the device's public IP, or lies in the gateway's VNet.",
    source: 'FAQ "What are the requirements for the BGP peer IP addresses on my VPN device?"; facts §4',
    docs: {
      why: "Azure reaches the on-premises BGP speaker through the tunnel by a host route to its peer IP. That address cannot be the device's public (tunnel endpoint) IP, and it cannot come from the address space of the VNet that holds the gateway, or the route would point back into Azure.",
      example: 'Site `branch` (public IP 203.0.113.10) with BGP peer IP 203.0.113.10, or with peer IP 10.0.0.4 while connected to a gateway in VNet `hub` (10.0.0.0/16).',
      fix: 'Use a separate address on the device for BGP, such as a loopback (a regular private address outside Azure, or an APIPA address in 169.254.0.0/16).',
      reading:
        "The VNet check runs for every gateway the site is connected to, with or without BGP on the connection, because the local network gateway's BGP settings are shared by all its connections. Only the gateway's own VNet is checked (not its peered spokes), as the FAQ states.",
    },
  },
  *check(ctx): Iterable<Finding> {
    const { index } = ctx;
    for (const site of ctx.doc.sites) {
      if (!site.bgp) continue;
      const text = site.bgp.peerIp;
      const ip = parseIp(text);
      if (!ip) {
        yield {
          elementIds: [site.id],
          message: `Site ${site.name} has BGP peer IP ${JSON.stringify(text)}, which is not an IPv4 or IPv6 address.`,
          detail: 'syntax',
          data: { peerIp: text },
          fix: { hint: 'Enter the address of the BGP speaker on the device, such as 192.168.255.1 or 169.254.21.1.' },
        };
        continue;
      }
      const publicIp = site.gatewayIpAddress !== undefined ? parseIp(site.gatewayIpAddress) : undefined;
      if (publicIp && publicIp.version === ip.version && publicIp.value === ip.value) {
        yield {
          elementIds: [site.id],
          message: `Site ${site.name} uses its public IP ${site.gatewayIpAddress!.trim()} as its BGP peer IP; the BGP address must be a different one.`,
          detail: 'public-ip',
          data: { peerIp: text, gatewayIpAddress: site.gatewayIpAddress! },
          fix: { hint: 'Give the device a separate BGP address, for example a loopback interface, and enter that as the peer IP.' },
        };
      }
      const checked = new Set<string>();
      for (const c of index.s2sBySite.get(site.id) ?? []) {
        if (checked.has(c.gatewayId)) continue;
        checked.add(c.gatewayId);
        const g = index.gatewayById.get(c.gatewayId);
        const vnet = g && index.vnetById.get(g.vnetId);
        if (!g || !vnet) continue;
        const inside = vnetPrefixes(ctx, vnet.id).find((p) => containsAddress(p, ip.version, ip.value));
        if (!inside) continue;
        yield {
          elementIds: [site.id, g.id, vnet.id],
          message: `Site ${site.name} has BGP peer IP ${text.trim()}, inside ${inside.text} of VNet ${vnet.name}, where its gateway ${g.name} sits.`,
          detail: 'vnet-space',
          data: { peerIp: text, prefix: inside.text, gatewayId: g.id, vnetId: vnet.id },
          fix: { hint: `Use a BGP address outside VNet ${vnet.name}'s address space, such as a loopback or an APIPA address.` },
        };
      }
    }
  },
});
