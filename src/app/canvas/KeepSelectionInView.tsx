import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { animationMs } from '../common/motion';
import { designStore } from '../store/hooks';
import { viewportShowing } from './keep-in-view';
import type { LinkEdge } from './FloatingEdge';
import type { DesignNode } from './nodes';

/**
 * When the canvas narrows (selecting opens the inspector beside it), pans so the selected nodes, or the two
 * ends of a selected line, stay whole in view: on a laptop screen the node just clicked would otherwise end
 * up under the inspector. Only a shrinking canvas pans; the zoom never changes.
 */
export function KeepSelectionInView() {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const flow = useStoreApi<DesignNode, LinkEdge>();
  const { getNodesBounds, setViewport } = useReactFlow<DesignNode, LinkEdge>();
  const previous = useRef<{ width: number; height: number } | undefined>(undefined);

  useEffect(() => {
    const before = previous.current;
    previous.current = { width, height };
    if (!before || (width >= before.width && height >= before.height) || width === 0 || height === 0) return;
    const { nodeLookup, edgeLookup, transform } = flow.getState();
    const ids = new Set<string>();
    for (const id of designStore.getState().selection) {
      const edge = edgeLookup.get(id);
      if (edge) ids.add(edge.source).add(edge.target);
      else if (nodeLookup.has(id)) ids.add(id);
    }
    if (ids.size === 0) return;
    const next = viewportShowing(getNodesBounds([...ids]), { x: transform[0], y: transform[1], zoom: transform[2] }, { width, height });
    if (next) void setViewport(next, { duration: animationMs(200) });
  }, [width, height, flow, getNodesBounds, setViewport]);

  return null;
}
