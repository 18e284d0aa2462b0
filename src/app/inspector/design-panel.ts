import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * Whether the inspector shows the design's own properties while nothing is selected. Off by default:
 * an always-open panel would take a third of a laptop's canvas for three fields edited once.
 */
export const designPanel = createStore<{ open: boolean }>()(() => ({ open: false }));

export const useDesignPanelOpen = (): boolean => useStore(designPanel, (s) => s.open);
export const setDesignPanelOpen = (open: boolean): void => designPanel.setState({ open });
