import type { ElkNode } from 'elkjs/lib/elk-api';
import type { TopologyDocument } from '../../core/model/types';
import { designGraph } from './graph';
import type { XY } from './positions';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A node's size before it is drawn: the canvas width (canvas.css) and a typical height. */
export const DEFAULT_NODE_SIZE: Size = { width: 240, height: 120 };

/**
 * ELK's layered layout, left to right as the design reads: on-premises sites and P2S pools, then
 * gateways, then their VNets, then peered spokes. Lines only order the layers, since the canvas draws
 * them border to border itself.
 */
export const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '120',
  'elk.spacing.componentComponent': '80',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

/**
 * The design as an ELK graph: one node per element (with its drawn size where known), one edge per
 * line. Edges point the way the layers should run, so a site-to-site line runs from the site to the
 * gateway (the document stores it the other way round).
 */
export function toElkGraph(doc: TopologyDocument, sizes: ReadonlyMap<string, Size> = new Map()): ElkNode {
  const ids = [...doc.vnets, ...doc.gateways, ...doc.sites, ...doc.p2sConfigurations].map((e) => e.id);
  const children = ids.map((id) => {
    const size = sizes.get(id) ?? DEFAULT_NODE_SIZE;
    return { id, width: size.width, height: size.height };
  });
  const edges = designGraph(doc).links.map((link) => {
    const [from, to] = link.kind === 's2s' ? [link.target, link.source] : [link.source, link.target];
    return { id: link.id, sources: [from], targets: [to] };
  });
  return { id: 'root', layoutOptions: LAYOUT_OPTIONS, children, edges };
}

/** Node positions from ELK's answer, rounded to whole pixels; nodes it did not place are left out. */
export function positionsFromElk(result: ElkNode): Map<string, XY> {
  const out = new Map<string, XY>();
  for (const n of result.children ?? []) {
    if (typeof n.x === 'number' && typeof n.y === 'number' && Number.isFinite(n.x) && Number.isFinite(n.y)) {
      out.set(n.id, { x: Math.round(n.x), y: Math.round(n.y) });
    }
  }
  return out;
}
