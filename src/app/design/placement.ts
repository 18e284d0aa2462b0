import type { TopologyDocument } from '../../core/model/types';
import type { XY } from './positions';

/** Columns, left to right: on-premises sites and P2S pools, gateways, VNets with gateways, spokes peered to them. */
const COLUMN = { edge: 0, gateway: 380, vnet: 760, spoke: 1140 } as const;
const ROW = 200;
const BLOCK_GAP = 60;

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A simple placement for every element, in blocks per VNet: the VNet's gateways to its left, their sites
 * and P2S pools further left, and gateway-less VNets peered to it on its right. Lines then mostly run
 * left to right. Linear in the size of the design.
 */
export function autoLayout(doc: TopologyDocument): Map<string, XY> {
  const out = new Map<string, XY>();
  const gatewaysByVnet = new Map<string, string[]>();
  for (const g of doc.gateways) push(gatewaysByVnet, g.vnetId, g.id);
  const sitesByGateway = new Map<string, string[]>();
  const peersByVnet = new Map<string, string[]>();
  for (const c of doc.connections) {
    if (c.kind === 's2s') push(sitesByGateway, c.gatewayId, c.siteId);
    else if (c.kind === 'peering') {
      push(peersByVnet, c.vnetId, c.remoteVnetId);
      push(peersByVnet, c.remoteVnetId, c.vnetId);
    }
  }
  const poolsByGateway = new Map<string, string[]>();
  for (const p of doc.p2sConfigurations) push(poolsByGateway, p.gatewayId, p.id);

  let y = 0;
  const column = (x: number, ids: readonly string[], rows: number) => {
    const offset = ((rows - ids.length) * ROW) / 2;
    ids.forEach((id, i) => out.set(id, { x, y: Math.round(y + offset + i * ROW) }));
  };
  const block = (vnetId: string) => {
    const gateways = gatewaysByVnet.get(vnetId) ?? [];
    const edge = new Set<string>();
    for (const g of gateways) {
      for (const s of sitesByGateway.get(g) ?? []) if (!out.has(s)) edge.add(s);
      for (const p of poolsByGateway.get(g) ?? []) edge.add(p);
    }
    const spokes = new Set((peersByVnet.get(vnetId) ?? []).filter((v) => !out.has(v) && v !== vnetId && !gatewaysByVnet.has(v)));
    const rows = Math.max(1, gateways.length, edge.size, spokes.size);
    column(COLUMN.vnet, [vnetId], rows);
    column(COLUMN.gateway, gateways, rows);
    column(COLUMN.edge, [...edge], rows);
    column(COLUMN.spoke, [...spokes], rows);
    y += rows * ROW + BLOCK_GAP;
  };
  for (const v of doc.vnets) if (gatewaysByVnet.has(v.id)) block(v.id);
  for (const v of doc.vnets) if (!out.has(v.id)) block(v.id);
  const loose = doc.sites.filter((s) => !out.has(s.id)).map((s) => s.id);
  column(COLUMN.edge, loose, loose.length);
  return out;
}

/**
 * The document with a position for every element that has none, placed below those that have one, so
 * opening a file gives a stable layout that later moves only change node by node.
 */
export function placeMissing(doc: TopologyDocument): TopologyDocument {
  const positions = doc.layout.positions;
  const ids = [...doc.vnets, ...doc.gateways, ...doc.sites, ...doc.p2sConfigurations].map((e) => e.id);
  const missing = ids.filter((id) => !positions[id]);
  if (missing.length === 0) return doc;
  const placed = ids.filter((id) => positions[id]);
  const top = placed.length === 0 ? 0 : Math.max(...placed.map((id) => positions[id]!.y)) + ROW + BLOCK_GAP;
  const left = placed.length === 0 ? 0 : Math.min(...placed.map((id) => positions[id]!.x));
  const auto = autoLayout(doc);
  const next: Record<string, XY> = { ...positions };
  for (const id of missing) {
    const p = auto.get(id) ?? { x: 0, y: 0 };
    next[id] = { x: left + p.x, y: top + p.y };
  }
  return { ...doc, layout: { ...doc.layout, positions: next } };
}
