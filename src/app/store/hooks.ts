import { useStore } from 'zustand';
import { createDesignStore, type DesignActions, type DesignState } from './design-store';

/** The app's one store. Components read it through `useDesign` with a selector. */
export const designStore = createDesignStore();

/**
 * Subscribes to a slice of the store. The selector must return a primitive or a value that keeps its
 * identity until it really changes (a memoized derivation): a fresh array each call would loop.
 */
export function useDesign<T>(selector: (state: DesignState & DesignActions) => T): T {
  return useStore(designStore, selector);
}
