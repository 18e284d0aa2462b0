import { useEffect } from 'react';
import { openLinkFromLocation } from '../share/open-link';
import type { DesignStore } from '../store/design-store';
import { startedWith } from '../store/hooks';
import { startAutosave } from './autosave';
import { browserStorage } from './startup';

/** Autosaves the design, watches other tabs, and opens a share link from the address. */
export function usePersistence(store: DesignStore): void {
  useEffect(() => {
    const storage = browserStorage();
    const stop = storage ? startAutosave(store, { storage, events: window, initialText: startedWith.text }) : undefined;
    openLinkFromLocation(store);
    const onHash = () => openLinkFromLocation(store);
    window.addEventListener('hashchange', onHash);
    return () => {
      stop?.();
      window.removeEventListener('hashchange', onHash);
    };
  }, [store]);
}
