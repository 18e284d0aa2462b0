import type { TopologyDocument } from '../../core/model/types';
import { designGraph, type DesignLink } from '../design/graph';
import { autoLayout } from '../design/placement';
import { worstOf, type Worst } from '../store/derived';
import type { XY } from '../design/positions';
import type { LinkEdge } from './FloatingEdge';
import type { DesignNode } from './nodes';

const NO_MOVES: ReadonlyMap<string, XY> = new Map();

export type Measured = ReadonlyMap<string, { readonly width: number; readonly height: number }>;

interface Entry {
  readonly element: object;
  readonly position: XY;
  readonly selected: boolean;
  readonly measured: { width: number; height: number } | undefined;
  readonly node: DesignNode;
}

/**
 * Turns the document into React Flow nodes, reusing the previous node object for every element whose
 * record, position, selection and size are unchanged: React Flow then skips it, and the memoized node
 * component does not render. One builder per canvas.
 */
export function createNodeBuilder() {
  let cache = new Map<string, Entry>();
  let fallback: { key: readonly unknown[]; positions: Map<string, XY> } | undefined;

  /** Positions for elements the document has none for (normally filled in when a design is opened). */
  const fallbackPosition = (doc: TopologyDocument, id: string): XY => {
    const key = [doc.vnets, doc.gateways, doc.sites, doc.p2sConfigurations, doc.connections];
    if (!fallback || !fallback.key.every((k, i) => k === key[i])) fallback = { key, positions: autoLayout(doc) };
    return fallback.positions.get(id) ?? { x: 0, y: 0 };
  };

  /** `moving`: positions of nodes being dragged, which the document gets when the drag ends. */
  return function buildNodes(doc: TopologyDocument, selection: ReadonlySet<string>, measured: Measured, moving: ReadonlyMap<string, XY> = NO_MOVES): DesignNode[] {
    const next = new Map<string, Entry>();
    const out: DesignNode[] = [];
    const add = (id: string, element: object, make: (position: XY, selected: boolean) => DesignNode) => {
      const position = moving.get(id) ?? doc.layout.positions[id] ?? fallbackPosition(doc, id);
      const selected = selection.has(id);
      const size = measured.get(id);
      const prior = cache.get(id);
      let entry: Entry;
      if (prior && prior.element === element && prior.position === position && prior.selected === selected && prior.measured === size) {
        entry = prior;
      } else {
        // Keep the data object when only the position or selection changed, so the node's content does not re-render.
        const node = make(position, selected);
        if (prior && prior.element === element) node.data = prior.node.data as never;
        if (size) node.measured = size;
        entry = { element, position, selected, measured: size, node };
      }
      next.set(id, entry);
      out.push(entry.node);
    };
    for (const v of doc.vnets) add(v.id, v, (position, selected) => ({ id: v.id, type: 'vnet', position, selected, data: { element: v } }));
    for (const g of doc.gateways) add(g.id, g, (position, selected) => ({ id: g.id, type: 'gateway', position, selected, data: { element: g } }));
    for (const s of doc.sites) add(s.id, s, (position, selected) => ({ id: s.id, type: 'site', position, selected, data: { element: s } }));
    for (const p of doc.p2sConfigurations) add(p.id, p, (position, selected) => ({ id: p.id, type: 'p2s', position, selected, data: { element: p } }));
    cache = next;
    return out;
  };
}

/** Whether two versions of a line draw the same (the graph is rebuilt whole when any element changes). */
function sameLink(a: DesignLink, b: DesignLink): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.kind === b.kind &&
      a.source === b.source &&
      a.target === b.target &&
      a.label === b.label &&
      a.description === b.description &&
      a.connectionIds.length === b.connectionIds.length &&
      a.connectionIds.every((id, i) => id === b.connectionIds[i]))
  );
}

/**
 * Turns the document's lines into React Flow edges, each with the worst finding on its connections and the
 * sizes of its two nodes (so an edge subscribes to nothing: 660 edges with two node subscriptions each made
 * every drag step run 1,320 selectors); an edge object is rebuilt only when its selection or what its line shows
 * changes (an edit to one element keeps every other edge), and the array itself is the previous
 * one when no edge changed (a node drag, most edits), because React Flow rebuilds its connection lookup and
 * wakes every edge subscriber whenever it is handed a new edges array.
 */
export function createEdgeBuilder() {
  let cache = new Map<string, LinkEdge>();
  let previous: LinkEdge[] = [];
  return function buildEdges(doc: TopologyDocument, selection: ReadonlySet<string>, measured: Measured): LinkEdge[] {
    const next = new Map<string, LinkEdge>();
    const out: LinkEdge[] = [];
    for (const link of designGraph(doc).links) {
      const selected = selection.has(link.id);
      const structural = link.connectionIds.length === 0;
      const worst: Worst = structural ? 'none' : worstOf(doc, link.connectionIds);
      const sourceSize = measured.get(link.source);
      const targetSize = measured.get(link.target);
      const prior = cache.get(link.id);
      const edge: LinkEdge =
        prior &&
        prior.data &&
        sameLink(prior.data.link, link) &&
        prior.selected === selected &&
        prior.data.worst === worst &&
        prior.data.sourceSize === sourceSize &&
        prior.data.targetSize === targetSize
          ? prior
          : {
              id: link.id,
              type: 'link',
              source: link.source,
              target: link.target,
              selected,
              // Structural links (gateway in VNet, pool on gateway) are not things of their own: they go away
              // with their elements, and are neither selected nor given a tab stop.
              deletable: !structural,
              selectable: !structural,
              focusable: !structural,
              ariaLabel: link.label ? `${link.description} (${link.label})` : link.description,
              className: `link-${link.kind}`,
              data: { link, worst, sourceSize, targetSize },
            };
      next.set(link.id, edge);
      out.push(edge);
    }
    cache = next;
    if (out.length !== previous.length || out.some((edge, i) => edge !== previous[i])) previous = out;
    return previous;
  };
}
