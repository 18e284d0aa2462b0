import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { XY } from '../design/positions';
import { designStore, useDesign } from '../store/hooks';
import { createEdgeBuilder, createNodeBuilder, type Measured } from './build';
import { animationMs } from '../common/motion';
import { CanvasOverlay } from './CanvasOverlay';
import { KeepSelectionInView } from './KeepSelectionInView';
import { edgeTypes, type LinkEdge } from './FloatingEdge';
import { nodeTypes, type DesignNode } from './nodes';
import { Palette } from './Palette';
import { useConnectHandlers } from './useConnectHandlers';
import { useDragPositions } from './useDragPositions';
import { useTheme } from '../theme/theme';
import './canvas.css';

/** Room for the palette (top), the controls (bottom left) and the mini map (bottom right) when fitting the design. */
const FIT_PADDING = { top: '64px', right: '32px', bottom: '136px', left: '64px' } as const;
const INITIAL_FIT = { padding: FIT_PADDING };
const MINIMAP_SIZE = { width: 168, height: 112 };
const MINIMAP_CLASS: Record<string, string> = { vnet: 'mm-vnet', gateway: 'mm-gateway', site: 'mm-site', p2s: 'mm-p2s' };

/** Carries out the store's view requests (fit the design, bring findings into view) once nodes have sizes. */
function ViewController() {
  const view = useDesign((s) => s.view);
  const initialized = useNodesInitialized();
  const empty = useDesign((s) => s.doc.vnets.length + s.doc.gateways.length + s.doc.sites.length + s.doc.p2sConfigurations.length === 0);
  const { fitView } = useReactFlow();
  const done = useRef(-1);
  useEffect(() => {
    // A request made while the design is empty is void: fitting the first node added later would zoom right into it.
    if (empty) done.current = view.seq;
    if (!initialized || done.current === view.seq) return;
    done.current = view.seq;
    const duration = animationMs(250);
    if (view.kind === 'fit' || view.nodeIds.length === 0) void fitView({ padding: FIT_PADDING, duration });
    else void fitView({ nodes: view.nodeIds.map((id) => ({ id })), padding: 0.5, maxZoom: 1.25, duration });
  }, [view, initialized, empty, fitView]);
  return null;
}

/** The design drawn with React Flow: nodes and lines come from the document; moves and selection go back to the store. */
export function Canvas() {
  const doc = useDesign((s) => s.doc);
  const theme = useTheme();
  const selection = useDesign((s) => s.selection);
  const [measured, setMeasured] = useState<Measured>(() => new Map());
  const { moving, move, finish: onNodeDragStop } = useDragPositions();
  const buildNodes = useMemo(createNodeBuilder, []);
  const buildEdges = useMemo(createEdgeBuilder, []);
  const nodes = useMemo(() => buildNodes(doc, selection, measured, moving), [buildNodes, doc, selection, measured, moving]);
  const edges = useMemo(() => buildEdges(doc, selection, measured), [buildEdges, doc, selection, measured]);
  const canvasRef = useRef<HTMLDivElement>(null);
  // React Flow fits the view when the first nodes appear; in a design started empty that would zoom right into the first new node.
  const [fitOnMount] = useState(() => nodes.length > 0);
  const { connecting, handlers: connectHandlers } = useConnectHandlers(canvasRef);

  const onNodesChange = useCallback((changes: NodeChange<DesignNode>[]) => {
    const sizes: [string, { width: number; height: number }][] = [];
    const moves = new Map<string, XY>();
    let dragging = false;
    const selecting: { id: string; selected: boolean }[] = [];
    for (const c of changes) {
      if (c.type === 'dimensions' && c.dimensions) sizes.push([c.id, c.dimensions]);
      else if (c.type === 'position' && c.position) {
        moves.set(c.id, c.position);
        dragging ||= c.dragging === true;
      } else if (c.type === 'select') selecting.push({ id: c.id, selected: c.selected });
    }
    if (sizes.length > 0) setMeasured((prev) => new Map([...prev, ...sizes]));
    if (selecting.length > 0) designStore.getState().changeSelection(selecting);
    if (moves.size > 0) move(moves, dragging);
  }, [move]);

  const onEdgesChange = useCallback((changes: EdgeChange<LinkEdge>[]) => {
    const selecting = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
    if (selecting.length > 0) designStore.getState().changeSelection(selecting);
  }, []);

  const minimapClass = useCallback((n: DesignNode) => MINIMAP_CLASS[n.type] ?? '', []);

  return (
    <div className={connecting ? 'canvas connecting' : 'canvas'} ref={canvasRef}>
      <ReactFlow<DesignNode, LinkEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionDragStop={onNodeDragStop}
        connectionMode={ConnectionMode.Loose}
        nodesConnectable
        {...connectHandlers}
        deleteKeyCode={null}
        colorMode={theme}
        fitView={fitOnMount}
        fitViewOptions={INITIAL_FIT}
        minZoom={0.1}
        maxZoom={2}
        aria-label="Design canvas"
      >
        <ViewController />
        <KeepSelectionInView />
        <Palette />
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <MiniMap<DesignNode> pannable zoomable style={MINIMAP_SIZE} nodeClassName={minimapClass} ariaLabel="Mini map of the design" />
        <Controls showInteractive={false} aria-label="Canvas zoom controls" />
      </ReactFlow>
      {nodes.length === 0 ? (
        <p className="canvas-empty">This design is empty. Drag elements from the palette, or open an example to see what vpn-designer checks.</p>
      ) : null}
      <CanvasOverlay />
    </div>
  );
}
