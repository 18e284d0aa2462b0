import { loadDocumentText } from '../../core/model/load';
import { notify } from '../notices/notices';
import type { DesignStore } from '../store/design-store';
import { conflictStore } from './conflict';
import { sameDesign } from './same-design';
import { SAVE_KEY, writeDesign } from './storage';

export const AUTOSAVE_DELAY_MS = 300;

export interface AutosaveOptions {
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Where `storage` events from other tabs arrive (the window). */
  readonly events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** The text of the design the app started with, as saved (null when nothing was saved). */
  readonly initialText: string | null;
  readonly delayMs?: number;
}

/**
 * Saves the document shortly after every change, keeping the last good save as the previous copy, and
 * watches other tabs: when one saves a different design, saving pauses until the user picks one.
 * Returns a function that stops both.
 */
export function startAutosave(store: DesignStore, options: AutosaveOptions): () => void {
  const { storage, events, delayMs = AUTOSAVE_DELAY_MS } = options;
  let lastSaved = options.initialText;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;

  const save = (previous: string | null = lastSaved) => {
    const text = JSON.stringify(store.getState().doc);
    if (text === lastSaved && previous === lastSaved) return;
    const result = writeDesign(storage, text, previous);
    if (result.ok) {
      lastSaved = text;
      failing = false;
    } else if (!failing) {
      failing = true;
      notify('error', result.message);
    }
  };

  const flush = () => {
    timer = undefined;
    if (!conflictStore.getState().conflict) save();
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });

  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key !== SAVE_KEY || newValue === null || newValue === lastSaved) return;
    const loaded = loadDocumentText(newValue);
    if (!loaded.ok) return;
    if (sameDesign(loaded.doc, store.getState().doc)) {
      lastSaved = newValue;
      return;
    }
    conflictStore.setState({
      conflict: {
        theirs: loaded.doc,
        loadTheirs() {
          conflictStore.setState({ conflict: null });
          lastSaved = newValue;
          store.getState().open(loaded.doc);
        },
        keepMine() {
          conflictStore.setState({ conflict: null });
          // Theirs becomes the previous copy, so neither design is lost.
          lastSaved = null;
          save(newValue);
        },
      },
    });
  };
  events.addEventListener('storage', onStorage);

  return () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      flush();
    }
    unsubscribe();
    events.removeEventListener('storage', onStorage);
  };
}
