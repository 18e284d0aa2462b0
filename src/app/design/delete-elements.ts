import type { TopologyDocument } from '../../core/model/types';

/**
 * Removes elements and everything that would point at nothing without them, so the result still loads:
 * a VNet takes its gateways and peerings; a gateway takes its P2S configurations, its connections and
 * the VNet-to-VNet connections towards it; a site takes its site-to-site connections and leaves the P2S
 * "users at site" lists. Returns the same document when none of the ids exist.
 */
export function deleteElements(doc: TopologyDocument, ids: ReadonlySet<string>): TopologyDocument {
  const vnets = new Set(doc.vnets.filter((v) => ids.has(v.id)).map((v) => v.id));
  const gateways = new Set(doc.gateways.filter((g) => ids.has(g.id) || vnets.has(g.vnetId)).map((g) => g.id));
  const sites = new Set(doc.sites.filter((s) => ids.has(s.id)).map((s) => s.id));
  const p2s = new Set(doc.p2sConfigurations.filter((p) => ids.has(p.id) || gateways.has(p.gatewayId)).map((p) => p.id));
  const connections = new Set(
    doc.connections
      .filter((c) => {
        if (ids.has(c.id)) return true;
        if (c.kind === 's2s') return gateways.has(c.gatewayId) || sites.has(c.siteId);
        if (c.kind === 'vnet2vnet') return gateways.has(c.gatewayId) || gateways.has(c.remoteGatewayId);
        return vnets.has(c.vnetId) || vnets.has(c.remoteVnetId);
      })
      .map((c) => c.id),
  );
  if (vnets.size + gateways.size + sites.size + p2s.size + connections.size === 0) return doc;

  const removed = new Set([...vnets, ...gateways, ...sites, ...p2s, ...connections]);
  // Lists with nothing removed keep their identity (memoized views of them stay valid).
  const keep = <T extends { id: string }>(list: T[]): T[] => (list.some((e) => removed.has(e.id)) ? list.filter((e) => !removed.has(e.id)) : list);
  const positions = Object.fromEntries(Object.entries(doc.layout.positions).filter(([id]) => !removed.has(id)));
  return {
    ...doc,
    vnets: keep(doc.vnets),
    gateways: keep(doc.gateways),
    sites: keep(doc.sites),
    p2sConfigurations:
      sites.size === 0
        ? keep(doc.p2sConfigurations)
        : keep(doc.p2sConfigurations).map((p) =>
            p.usersAtSiteIds.some((s) => sites.has(s)) ? { ...p, usersAtSiteIds: p.usersAtSiteIds.filter((s) => !sites.has(s)) } : p,
          ),
    connections: keep(doc.connections),
    layout: { ...doc.layout, positions },
  };
}
