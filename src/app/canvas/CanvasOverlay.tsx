import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { designStore, useDesign } from '../store/hooks';
import { canvasPrompts, type CanvasPoint, type CanvasPrompt } from './canvas-prompts';
import { acceptGatewaySubnet, gatewaySubnetQuestion, placeGateway, placeGatewayInNewVnet, placeP2s } from './palette-commands';

/** How long a refusal stays on screen (it stays in the live region for screen readers). */
const BUBBLE_MS = 4000;

const place = (p: CanvasPoint) => ({ left: `max(8px, min(${p.x}px, calc(100% - 300px)))`, top: `max(8px, min(${p.y + 12}px, calc(100% - 200px)))` });

function PromptBox({ title, point, children }: { title: string; point: CanvasPoint; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('button')?.focus();
  }, []);
  return (
    <div
      ref={box}
      className="canvas-prompt"
      role="dialog"
      aria-label={title}
      style={place(point)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        canvasPrompts.getState().ask(null);
      }}
    >
      <p className="canvas-prompt-title">{title}</p>
      {children}
    </div>
  );
}

const close = () => canvasPrompts.getState().ask(null);
const CancelButton = ({ label = 'Cancel' }: { label?: string }) => (
  <button type="button" className="tool" onClick={close}>
    {label}
  </button>
);

function ChooseVnet({ prompt }: { prompt: Extract<CanvasPrompt, { kind: 'choose-vnet' }> }) {
  const vnets = useDesign((s) => s.doc.vnets);
  return (
    <PromptBox title="Which VNet does the new gateway go in?" point={prompt.point}>
      <div className="canvas-prompt-choices">
        {vnets.map((v) => (
          <button key={v.id} type="button" className="tool" onClick={() => (close(), placeGateway(designStore, v.id, prompt.at, prompt.point))}>
            {v.name || v.id} <span className="muted">{v.addressSpace.join(', ')}</span>
          </button>
        ))}
        <button type="button" className="tool" onClick={() => (close(), placeGatewayInNewVnet(designStore, prompt.at, prompt.point))}>
          New VNet
        </button>
        <CancelButton />
      </div>
    </PromptBox>
  );
}

function ChooseGateway({ prompt }: { prompt: Extract<CanvasPrompt, { kind: 'choose-gateway' }> }) {
  const gateways = useDesign((s) => s.doc.gateways);
  return (
    <PromptBox title="Which gateway does the new P2S pool go on?" point={prompt.point}>
      <div className="canvas-prompt-choices">
        {gateways.map((g) => (
          <button key={g.id} type="button" className="tool" onClick={() => (close(), placeP2s(designStore, g.id, prompt.at, prompt.point))}>
            {g.name || g.id} <span className="muted">{g.sku}</span>
          </button>
        ))}
        <CancelButton />
      </div>
    </PromptBox>
  );
}

function GatewaySubnetOffer({ prompt }: { prompt: Extract<CanvasPrompt, { kind: 'gateway-subnet' }> }) {
  const vnets = useDesign((s) => s.doc.vnets);
  const question = useMemo(() => gatewaySubnetQuestion(vnets, prompt.vnetId), [vnets, prompt.vnetId]);
  return (
    <PromptBox title="Add a GatewaySubnet?" point={prompt.point}>
      <p className="canvas-prompt-text">{question.text}</p>
      <div className="canvas-prompt-choices row">
        {question.prefix ? (
          <button type="button" className="tool primary" onClick={() => acceptGatewaySubnet(designStore, prompt.vnetId)}>
            Add GatewaySubnet {question.prefix}
          </button>
        ) : null}
        <CancelButton label={question.prefix ? 'Not now' : 'OK'} />
      </div>
    </PromptBox>
  );
}

/** Prompts after a drop, refusal bubbles at the pointer, and their screen-reader announcements. */
export function CanvasOverlay() {
  const prompt = useStore(canvasPrompts, (s) => s.prompt);
  const bubble = useStore(canvasPrompts, (s) => s.bubble);
  const announcement = useStore(canvasPrompts, (s) => s.announcement);

  useEffect(() => {
    if (!bubble) return;
    const timer = setTimeout(() => canvasPrompts.getState().dismissBubble(bubble.seq), BUBBLE_MS);
    return () => clearTimeout(timer);
  }, [bubble]);

  // Prompts are asked right after the change they follow; any later change (undo, another design) makes them stale.
  useEffect(
    () =>
      designStore.subscribe((s, prev) => {
        if (s.doc !== prev.doc && canvasPrompts.getState().prompt) close();
      }),
    [],
  );

  return (
    <>
      {prompt?.kind === 'choose-vnet' ? <ChooseVnet key="vnet" prompt={prompt} /> : null}
      {prompt?.kind === 'choose-gateway' ? <ChooseGateway key="gateway" prompt={prompt} /> : null}
      {prompt?.kind === 'gateway-subnet' ? <GatewaySubnetOffer key={prompt.vnetId} prompt={prompt} /> : null}
      {bubble ? (
        <p key={bubble.seq} className="canvas-bubble" style={place(bubble.point)} aria-hidden="true">
          {bubble.text}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </>
  );
}
