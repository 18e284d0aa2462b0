import { canvasPrompts } from '../canvas/canvas-prompts';
import { commitConnection } from '../canvas/palette-commands';
import { planConnection } from '../design/connect';
import { describePlan } from '../design/connect-choices';
import type { DesignStore } from '../store/design-store';
import { findElement } from './update';

/**
 * Connects the inspected element to the one chosen in "Connect to…", as the canvas does (one undo step
 * selecting what was made), judged on the document as it is now; brings both ends into view and tells
 * screen readers what happened.
 * Returns whether something was created.
 */
export function connectTo(store: DesignStore, fromId: string, toId: string): boolean {
  const { doc } = store.getState();
  const plan = planConnection(doc, fromId, toId);
  if (!plan.ok) {
    canvasPrompts.getState().announce(plan.reason);
    return false;
  }
  const other = findElement(doc, toId)?.el ?? { id: toId, name: '' };
  const label = describePlan(doc, plan, other);
  commitConnection(store, plan);
  // Chosen by name from a list, the two ends may be anywhere on the canvas: show them.
  store.getState().requestView('focus', [fromId, toId]);
  canvasPrompts.getState().announce(`Done: ${label}.`);
  return true;
}
