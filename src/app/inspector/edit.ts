import type { TopologyDocument } from '../../core/model/types';
import { designStore } from '../store/hooks';

/** True while `typing` runs: edits then join the typing session of one field instead of committing. */
let live = false;

/**
 * Applies one edit to the current document. Outside a typing session it is one undo step; inside one
 * (see `typing`) it is shown at once and recorded with the rest of the session when the field is left.
 */
export function edit(change: (doc: TopologyDocument) => TopologyDocument): void {
  const state = designStore.getState();
  const next = change(state.doc);
  if (!live) {
    state.commit(next);
    return;
  }
  if (next === state.doc) return;
  if (!state.gestureStart) state.beginGesture();
  designStore.getState().updateGesture(next);
}

/** Runs `apply` (which calls `edit`) as a live draft of the field being typed in. */
export function typing(apply: () => void): void {
  live = true;
  try {
    apply();
  } finally {
    live = false;
  }
}

/** Ends the typing session: its drafts become one undo step. */
export function endTyping(): void {
  const state = designStore.getState();
  if (state.gestureStart) state.endGesture();
}

/** Drops the typing session's drafts: the document is as it was before the field was typed in. */
export function cancelTyping(): void {
  const state = designStore.getState();
  if (!state.gestureStart) return;
  state.updateGesture(state.gestureStart);
  state.endGesture();
}
