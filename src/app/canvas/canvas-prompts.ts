import { createStore } from 'zustand/vanilla';
import type { PaletteKind } from '../design/create';
import type { XY } from '../design/positions';

/** A point on the canvas, in pixels from its top-left corner (where bubbles and prompts are drawn). */
export interface CanvasPoint {
  readonly x: number;
  readonly y: number;
}

/** A question the canvas asks after a drop: where a new element goes, or whether to add a GatewaySubnet. */
export type CanvasPrompt =
  | { readonly kind: 'choose-vnet'; readonly at: XY; readonly point: CanvasPoint }
  | { readonly kind: 'choose-gateway'; readonly at: XY; readonly point: CanvasPoint }
  | { readonly kind: 'gateway-subnet'; readonly vnetId: string; readonly point: CanvasPoint };

/** A short message shown for a moment where the user acted (a refused connection or drop). */
export interface CanvasBubble {
  readonly seq: number;
  readonly text: string;
  readonly point: CanvasPoint;
}

interface CanvasPromptState {
  readonly prompt: CanvasPrompt | null;
  readonly bubble: CanvasBubble | null;
  /** The last message, for the screen-reader live region (kept after the bubble fades). */
  readonly announcement: string;
  ask(prompt: CanvasPrompt | null): void;
  say(text: string, point: CanvasPoint): void;
  /** Tells screen readers something done away from the canvas (no bubble). */
  announce(text: string): void;
  dismissBubble(seq: number): void;
}

/** The canvas's transient UI state: never part of the document or its history. */
export const canvasPrompts = createStore<CanvasPromptState>()((set, get) => ({
  prompt: null,
  bubble: null,
  announcement: '',
  ask: (prompt) => set(prompt ? { prompt, bubble: null } : { prompt }),
  say: (text, point) => set({ bubble: { seq: (get().bubble?.seq ?? 0) + 1, text, point }, announcement: text }),
  announce: (text) => set({ announcement: text }),
  dismissBubble: (seq) => {
    if (get().bubble?.seq === seq) set({ bubble: null });
  },
}));

/** The data type a palette item carries while dragged (never a file, so file drops are not confused with it). */
export const PALETTE_MIME = 'application/x-vpn-designer-element';

export const isPaletteKind = (value: string): value is PaletteKind => value === 'vnet' || value === 'gateway' || value === 'site' || value === 'p2s';
