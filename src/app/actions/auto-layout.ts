import { withPositions, type XY } from '../design/positions';
import { notify } from '../notices/notices';
import type { DesignStore } from '../store/design-store';
import type { Action } from './actions';

/** The sizes the canvas drew the nodes at (unscaled by zoom), so the layout leaves room for each. */
function drawnSizes(): Map<string, { width: number; height: number }> {
  const out = new Map<string, { width: number; height: number }>();
  for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node[data-id]')) {
    if (el.offsetWidth > 0 && el.offsetHeight > 0) out.set(el.dataset.id!, { width: el.offsetWidth, height: el.offsetHeight });
  }
  return out;
}

/** Lays the design out with ELK (loaded on first use: it is large) as one undo step, then fits it in view. */
async function layOut(store: DesignStore): Promise<void> {
  const [{ default: ELK }, { positionsFromElk, toElkGraph }] = await Promise.all([import('elkjs/lib/elk.bundled.js'), import('../design/elk-graph')]);
  const before = store.getState().doc;
  const positions = positionsFromElk(await new ELK().layout(toElkGraph(before, drawnSizes())));
  // The design may have changed while ELK worked: move only the nodes that still exist.
  const { doc, commit, requestView } = store.getState();
  const exists = new Set([...doc.vnets, ...doc.gateways, ...doc.sites, ...doc.p2sConfigurations].map((e) => e.id));
  const moves = new Map<string, XY>([...positions].filter(([id]) => exists.has(id)));
  commit(withPositions(doc, moves));
  // Fit once the canvas has taken the new positions (the next frame), not the old ones.
  requestAnimationFrame(() => requestView('fit'));
}

export const autoLayout: Action = {
  name: 'autoLayout',
  label: 'Auto-layout',
  recordsHistory: true,
  enabled: (s) => s.doc.vnets.length + s.doc.sites.length > 0,
  perform(store) {
    layOut(store).catch((e: unknown) => notify('error', `Auto-layout failed: ${e instanceof Error ? e.message : String(e)}`));
  },
};
