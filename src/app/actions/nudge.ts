import { withPositions, type XY } from '../design/positions';
import type { DesignStore } from '../store/design-store';
import type { Action } from './actions';
import { mod } from './keys';

/** How far an arrow key moves the selected nodes, and with Shift. A 10 px step is fine enough to align by eye, and 50 crosses the canvas quickly. */
export const NUDGE_STEP = 10;
export const NUDGE_STEP_LARGE = 50;

const DIRECTIONS: Record<string, XY> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** Arrow keys move nodes only where they have no other job: on the canvas or the page itself (not in panels, menus or dialogs). */
function onCanvasOrPage(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  return target === document.body || target.closest('.react-flow') !== null;
}

/** A key press or a held key (its repeats) is one gesture, so one undo step: it ends when the key is released. */
let nudging = false;

function nudgeAction(name: string, step: number, shift: boolean, label: string, shortcut: Action['shortcut']): Action {
  return {
    name,
    label,
    shortcut,
    recordsHistory: true,
    capturesKey: true,
    keyTest: (e) => e.key in DIRECTIONS && e.shiftKey === shift && !mod(e) && !e.altKey && onCanvasOrPage(e.target),
    enabled: (s) => s.selection.size > 0,
    perform(store, event) {
      const direction = DIRECTIONS[event?.key ?? ''] ?? { x: 1, y: 0 };
      const state = store.getState();
      const positions = state.doc.layout.positions;
      const moves = new Map<string, XY>();
      for (const id of state.selection) {
        const p = positions[id];
        if (p) moves.set(id, { x: p.x + direction.x * step, y: p.y + direction.y * step });
      }
      if (moves.size === 0) return;
      if (!(nudging && event?.repeat && state.gestureStart)) state.beginGesture();
      nudging = true;
      store.getState().updateGesture(withPositions(state.doc, moves));
      if (!event) endNudge(store);
    },
    keyUp(store, e) {
      if (e.key in DIRECTIONS) endNudge(store);
    },
  };
}

function endNudge(store: DesignStore): void {
  if (!nudging) return;
  nudging = false;
  store.getState().endGesture();
}

export const nudgeSelection = nudgeAction('nudge', NUDGE_STEP, false, `Move selected by ${NUDGE_STEP} px`, {
  label: '← ↑ → ↓',
  aria: 'ArrowLeft ArrowUp ArrowRight ArrowDown',
});

export const nudgeSelectionFar = nudgeAction('nudgeFar', NUDGE_STEP_LARGE, true, `Move selected by ${NUDGE_STEP_LARGE} px`, {
  label: 'Shift + ← ↑ → ↓',
  aria: 'Shift+ArrowLeft Shift+ArrowUp Shift+ArrowRight Shift+ArrowDown',
});
