import type { TopologyDocument } from '../../core/model/types';
import { designStore } from '../store/hooks';

/** Applies one edit to the current document as one undo step. */
export function edit(change: (doc: TopologyDocument) => TopologyDocument): void {
  const state = designStore.getState();
  state.commit(change(state.doc));
}
