import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { useEffect, type DragEvent } from 'react';
import type { PaletteKind } from '../design/create';
import { NODE_WIDTH } from '../design/declutter';
import { designStore } from '../store/hooks';
import { isPaletteKind, PALETTE_MIME, type CanvasPoint } from './canvas-prompts';
import { placeElement } from './palette-commands';

const ITEMS: readonly { kind: PaletteKind; label: string; hint: string }[] = [
  { kind: 'vnet', label: 'VNet', hint: 'Add a virtual network with a free /16 address space' },
  { kind: 'gateway', label: 'VPN gateway', hint: 'Add a VPN gateway: drop it on a VNet, or pick its VNet' },
  { kind: 'site', label: 'On-prem site', hint: 'Add an on-premises site (local network gateway)' },
  { kind: 'p2s', label: 'P2S pool', hint: 'Add a point-to-site pool: drop it on a gateway, or pick its gateway' },
];

/** Half a typical node, so a dropped or clicked element is centred on the point rather than hanging from it. */
const HALF_NODE = { x: NODE_WIDTH / 2, y: 40 };

const nodeIdUnder = (target: EventTarget | null): string | undefined =>
  (target instanceof Element ? target.closest('.react-flow__node')?.getAttribute('data-id') : null) ?? undefined;

/**
 * The element palette, drawn over the canvas: drag an item onto the canvas (or onto a VNet or gateway
 * node), or press it to add the element at a free spot in view (into the selected VNet or gateway).
 */
export function Palette() {
  const { screenToFlowPosition } = useReactFlow();
  const domNode = useStore((s) => s.domNode);

  useEffect(() => {
    if (!domNode) return;
    const carriesElement = (e: globalThis.DragEvent) => e.dataTransfer?.types.includes(PALETTE_MIME) ?? false;
    const onDragOver = (e: globalThis.DragEvent) => {
      if (!carriesElement(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const onDrop = (e: globalThis.DragEvent) => {
      const kind = e.dataTransfer?.getData(PALETTE_MIME) ?? '';
      if (!isPaletteKind(kind)) return;
      e.preventDefault();
      const flow = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const rect = domNode.getBoundingClientRect();
      const point: CanvasPoint = { x: e.clientX - rect.left, y: e.clientY - rect.top };
      placeElement(designStore, kind, { x: flow.x - HALF_NODE.x, y: flow.y - HALF_NODE.y }, nodeIdUnder(e.target), point);
    };
    domNode.addEventListener('dragover', onDragOver);
    domNode.addEventListener('drop', onDrop);
    return () => {
      domNode.removeEventListener('dragover', onDragOver);
      domNode.removeEventListener('drop', onDrop);
    };
  }, [domNode, screenToFlowPosition]);

  const onDragStart = (kind: PaletteKind) => (e: DragEvent) => {
    e.dataTransfer.setData(PALETTE_MIME, kind);
    e.dataTransfer.effectAllowed = 'copy';
  };

  const add = (kind: PaletteKind, button: HTMLElement) => {
    if (!domNode) return;
    const rect = domNode.getBoundingClientRect();
    const centre = screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    const { selection } = designStore.getState();
    const selected = selection.size === 1 ? [...selection][0] : undefined;
    // Questions about a pressed item appear beside the palette, where the user is looking.
    const from = button.getBoundingClientRect();
    const point: CanvasPoint = { x: from.right - rect.left + 8, y: from.top - rect.top - 12 };
    placeElement(designStore, kind, { x: centre.x - HALF_NODE.x, y: centre.y - HALF_NODE.y }, selected, point);
  };

  return (
    <Panel position="top-left" className="palette" aria-label="Add elements">
      <p className="palette-title" aria-hidden="true">
        Add
      </p>
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          className={`palette-item kind-${item.kind}`}
          draggable
          title={`${item.hint}. Drag onto the canvas, or press to add.`}
          aria-label={`Add ${item.label}`}
          onDragStart={onDragStart(item.kind)}
          onClick={(e) => add(item.kind, e.currentTarget)}
        >
          <span className="palette-swatch" aria-hidden="true" />
          {item.label}
        </button>
      ))}
    </Panel>
  );
}
