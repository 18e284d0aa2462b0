import { useStore } from 'zustand';
import { startingDesign } from '../persistence/startup';
import { createDesignStore, type DesignActions, type DesignState } from './design-store';

/** The design the page started with (restored from autosave) and its saved text. */
export const startedWith = startingDesign();

/** The app's one store. Components read it through `useDesign` with a selector. */
export const designStore = createDesignStore(startedWith.doc);

/**
 * Subscribes to a slice of the store. The selector must return a primitive or a value that keeps its
 * identity until it really changes (a memoized derivation): a fresh array each call would loop.
 */
export function useDesign<T>(selector: (state: DesignState & DesignActions) => T): T {
  return useStore(designStore, selector);
}
