import { createStore } from 'zustand/vanilla';

/** Whether the keyboard shortcuts overlay is open. */
export const helpStore = createStore<{ readonly open: boolean }>()(() => ({ open: false }));

export const setHelpOpen = (open: boolean) => helpStore.setState({ open });
