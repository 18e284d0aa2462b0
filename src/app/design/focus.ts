import type { DesignActions, DesignState } from '../store/design-store';
import { resolveFocus } from './graph';

/** Selects the canvas items that stand for some document elements and brings them into view. */
export function focusElements(state: DesignState & DesignActions, elementIds: readonly string[]): void {
  const { select, show } = resolveFocus(state.doc, elementIds);
  state.select(select);
  if (show.length > 0) state.requestView('focus', show);
}
