// The UI benchmark's baseline: plain React Flow with default nodes and edges, the same furniture as the
// app's canvas (dots, controls, mini map) and the same zoom limits. Sizes come from the query string:
// `?nodes=500&edges=661`.
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(window.location.search);
const NODES = Number(params.get('nodes') ?? 500);
const EDGES = Number(params.get('edges') ?? 600);
const COLUMNS = Math.ceil(Math.sqrt(NODES));

const initialNodes: Node[] = Array.from({ length: NODES }, (_, i) => ({
  id: `n${i}`,
  position: { x: (i % COLUMNS) * 220, y: Math.floor(i / COLUMNS) * 140 },
  data: { label: `Node ${i}` },
}));

// Mostly neighbours, as designs are drawn: each round links every node to one a little further along.
const initialEdges: Edge[] = Array.from({ length: EDGES }, (_, i) => {
  const source = i % NODES;
  const target = (source + 1 + Math.floor(i / NODES) * COLUMNS) % NODES;
  return { id: `e${i}`, source: `n${source}`, target: `n${target}` };
});

function Baseline() {
  const [nodes, setNodes] = useState(initialNodes);
  const [edges, setEdges] = useState(initialEdges);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => setEdges((es) => applyEdgeChanges(changes, es)), []);
  return (
    <div style={{ position: 'fixed', inset: 0 }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.1} maxZoom={2}>
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <MiniMap pannable zoomable />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Baseline />
  </StrictMode>,
);
