import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteElements } from '../design/delete-elements';
import { noticeStore } from '../notices/notices';
import { createDesignStore } from '../store/design-store';
import { sampleDesign } from '../testing/fixtures';
import { AUTOSAVE_DELAY_MS, startAutosave } from './autosave';
import { conflictStore } from './conflict';
import { PREVIOUS_KEY, SAVE_KEY } from './storage';

const memory = () => {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: vi.fn((k: string, v: string) => void map.set(k, v)) };
};

const storageEvent = (key: string, newValue: string | null) => Object.assign(new Event('storage'), { key, newValue });

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    conflictStore.setState({ conflict: null });
  });

  it('saves once after a burst of changes, keeping the previous save as the previous copy', () => {
    const store = createDesignStore(sampleDesign());
    const storage = memory();
    const initialText = JSON.stringify(store.getState().doc);
    const stop = startAutosave(store, { storage, events: new EventTarget(), initialText });
    store.getState().commit(deleteElements(store.getState().doc, new Set(['site-1'])));
    store.getState().commit(deleteElements(store.getState().doc, new Set(['vnet-spoke'])));
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(storage.setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(JSON.parse(storage.map.get(SAVE_KEY)!)).toEqual(store.getState().doc);
    expect(storage.map.get(PREVIOUS_KEY)).toBe(initialText);
    stop();
  });

  it('reports a full storage once as an error notice', () => {
    const store = createDesignStore(sampleDesign());
    const storage = {
      getItem: () => null,
      setItem() {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    const before = noticeStore.getState().items.length;
    const stop = startAutosave(store, { storage, events: new EventTarget(), initialText: null });
    store.getState().commit(deleteElements(store.getState().doc, new Set(['site-1'])));
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const items = noticeStore.getState().items;
    expect(items.length).toBe(before + 1);
    expect(items.at(-1)).toMatchObject({ tone: 'error', text: expect.stringContaining('storage is full') });
    stop();
  });

  it('asks before anything is overwritten when another tab saves a different design, and pauses saving', () => {
    const store = createDesignStore(sampleDesign());
    const storage = memory();
    const events = new EventTarget();
    const stop = startAutosave(store, { storage, events, initialText: JSON.stringify(sampleDesign()) });
    const theirs = deleteElements(sampleDesign(), new Set(['site-1']));
    const theirsText = JSON.stringify(theirs);
    storage.map.set(SAVE_KEY, theirsText);
    events.dispatchEvent(storageEvent(SAVE_KEY, theirsText));
    const conflict = conflictStore.getState().conflict;
    expect(conflict?.theirs).toEqual(theirs);

    store.getState().commit(deleteElements(store.getState().doc, new Set(['vnet-spoke'])));
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storage.map.get(SAVE_KEY)).toBe(theirsText);

    conflict!.keepMine();
    expect(JSON.parse(storage.map.get(SAVE_KEY)!)).toEqual(store.getState().doc);
    expect(storage.map.get(PREVIOUS_KEY)).toBe(theirsText);
    stop();
  });

  it('loads the other tab’s design as an undoable step', () => {
    const store = createDesignStore(sampleDesign());
    const events = new EventTarget();
    const stop = startAutosave(store, { storage: memory(), events, initialText: null });
    const theirs = deleteElements(sampleDesign(), new Set(['site-1']));
    events.dispatchEvent(storageEvent(SAVE_KEY, JSON.stringify(theirs)));
    conflictStore.getState().conflict!.loadTheirs();
    expect(store.getState().doc).toEqual(theirs);
    expect(conflictStore.getState().conflict).toBeNull();
    store.getState().undo();
    expect(store.getState().doc).toEqual(sampleDesign());
    stop();
  });

  it('ignores another tab saving the same design', () => {
    const store = createDesignStore(sampleDesign());
    const events = new EventTarget();
    const stop = startAutosave(store, { storage: memory(), events, initialText: null });
    events.dispatchEvent(storageEvent(SAVE_KEY, JSON.stringify(sampleDesign())));
    expect(conflictStore.getState().conflict).toBeNull();
    stop();
  });
});
