import { createStore } from 'zustand/vanilla';
import type { TopologyDocument } from '../../core/model/types';

/** Another tab saved a different design: what it saved, and the two ways out. */
export interface Conflict {
  readonly theirs: TopologyDocument;
  loadTheirs(): void;
  keepMine(): void;
}

/** The pending other-tab conflict, if any. Autosave waits while one is pending. */
export const conflictStore = createStore<{ readonly conflict: Conflict | null }>()(() => ({ conflict: null }));
