import type { Finding } from '../types';
import { defineRule } from '../types';
import { updateConnections } from './tunnels';

export default defineRule({
  meta: {
    id: 'connection/nat-t',
    severities: ['info', 'warning'],
    title: 'A site behind NAT: the on-premises device must initiate the tunnel (NAT-T).',
    source: 'FAQ "Can I use NAT-T on my VPN connections?"; facts §2',
    docs: {
      why: 'Azure supports NAT traversal, but a device behind a NAT router cannot be reached from outside until it has opened the path itself, so the on-premises side has to start IKE. Azure does not translate the packets inside the tunnel.',
      example: 'Site `home-lab` marked as behind NAT; a warning when its connection is set to `InitiatorOnly`.',
      fix: 'Configure the device to initiate (and keep the tunnel up with DPD or keepalives). Leave the connection mode at `Default` or `ResponderOnly`; the autofix sets an `InitiatorOnly` connection back to `Default`.',
      reading:
        'The catalog makes this an info. A connection in `InitiatorOnly` mode to a site behind NAT is raised to a warning (detail `initiator-only`): in that mode Azure starts IKE itself and does not answer the device, while behind NAT the device is the side that has to initiate, so the tunnel is unlikely to come up unless the NAT router forwards UDP 500/4500 to the device.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const site of ctx.doc.sites) {
      if (!site.behindNat) continue;
      const connections = ctx.index.s2sBySite.get(site.id) ?? [];
      yield {
        elementIds: [site.id, ...connections.map((c) => c.id)],
        detail: 'device-initiates',
        message: `Site ${site.name} is behind NAT: its device must initiate the IPsec tunnel${connections.length ? ` on ${connections.map((c) => c.name).join(', ')}` : ''}`,
        data: { connectionIds: connections.map((c) => c.id) },
        fix: { hint: 'Configure the on-premises device to initiate IKE; keep the Azure connection mode at Default or ResponderOnly.' },
      };
      for (const c of connections) {
        if (c.connectionMode !== 'InitiatorOnly') continue;
        yield {
          severity: 'warning',
          elementIds: [c.id, site.id],
          detail: 'initiator-only',
          message: `Connection ${c.name} is InitiatorOnly, but site ${site.name} is behind NAT and its device has to initiate; Azure will not answer it`,
          data: { connectionMode: c.connectionMode },
          fix: {
            hint: 'Set the connection mode to Default (or ResponderOnly).',
            autofix: {
              label: 'Set the connection mode to Default',
              apply: (doc) => updateConnections(doc, [c.id], (x) => ({ ...x, connectionMode: 'Default' })),
            },
          },
        };
      }
    }
  },
});
