import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TopologyDocument } from '../../core/model/types';
import { emptyDocument } from '../design/empty';

/** How many documents Undo can go back. */
export const HISTORY_LIMIT = 200;

/** What the canvas should show next: the whole design, or some nodes. A new `seq` is a new request. */
export interface ViewRequest {
  readonly seq: number;
  readonly kind: 'fit' | 'focus';
  readonly nodeIds: readonly string[];
}

/**
 * The editor's state. History holds whole documents (they are immutable and share unchanged parts),
 * never selection or view state. Diagnostics are not here: they are derived from `doc` (see derived.ts).
 */
export interface DesignState {
  readonly doc: TopologyDocument;
  readonly past: readonly TopologyDocument[];
  readonly future: readonly TopologyDocument[];
  /** Selected node and edge ids. */
  readonly selection: ReadonlySet<string>;
  /** The document as it was when the gesture in progress (a drag) began; null between gestures. */
  readonly gestureStart: TopologyDocument | null;
  readonly view: ViewRequest;
}

export interface DesignActions {
  /** Replaces the document as one undo step (a no-op when `next` is the current document). */
  commit(next: TopologyDocument, selection?: Iterable<string>): void;
  /** Opens another document (an example, a new design) as one undo step, and fits it in view. */
  open(next: TopologyDocument): void;
  /** Starts a gesture: changes until `endGesture` make a single undo step. */
  beginGesture(): void;
  /** A change in the middle of a gesture: shown at once, recorded at the end. */
  updateGesture(next: TopologyDocument): void;
  endGesture(): void;
  undo(): void;
  redo(): void;
  select(ids: Iterable<string>): void;
  /** Applies selection changes as the canvas reports them (per id, selected or not). */
  changeSelection(changes: readonly { readonly id: string; readonly selected: boolean }[]): void;
  requestView(kind: ViewRequest['kind'], nodeIds?: readonly string[]): void;
}

export type DesignStore = StoreApi<DesignState & DesignActions>;

const EMPTY_SELECTION: ReadonlySet<string> = new Set();

const pushCapped = (list: readonly TopologyDocument[], doc: TopologyDocument): readonly TopologyDocument[] =>
  list.length >= HISTORY_LIMIT ? [...list.slice(list.length - HISTORY_LIMIT + 1), doc] : [...list, doc];

/** Creates a store; the app uses one (hooks.ts), tests make their own. */
export function createDesignStore(initial: TopologyDocument = emptyDocument()): DesignStore {
  return createStore<DesignState & DesignActions>()((set, get) => {
    /** Ends a gesture left open (an undo pressed mid-drag), recording it like any other. */
    const settle = () => {
      if (get().gestureStart) get().endGesture();
    };
    return {
      doc: initial,
      past: [],
      future: [],
      selection: EMPTY_SELECTION,
      gestureStart: null,
      view: { seq: 0, kind: 'fit', nodeIds: [] },

      commit(next, selection) {
        settle();
        const { doc, past } = get();
        if (next === doc) return;
        set({
          doc: next,
          past: pushCapped(past, doc),
          future: [],
          ...(selection ? { selection: new Set(selection) } : {}),
        });
      },

      open(next) {
        settle();
        const { doc, past, view } = get();
        set({
          doc: next,
          past: pushCapped(past, doc),
          future: [],
          selection: EMPTY_SELECTION,
          view: { seq: view.seq + 1, kind: 'fit', nodeIds: [] },
        });
      },

      beginGesture() {
        settle();
        set({ gestureStart: get().doc });
      },

      updateGesture(next) {
        if (!get().gestureStart) {
          get().commit(next);
          return;
        }
        if (next !== get().doc) set({ doc: next });
      },

      endGesture() {
        const { gestureStart, doc, past } = get();
        if (!gestureStart) return;
        if (gestureStart === doc) set({ gestureStart: null });
        else set({ gestureStart: null, past: pushCapped(past, gestureStart), future: [] });
      },

      undo() {
        settle();
        const { doc, past, future } = get();
        const previous = past[past.length - 1];
        if (!previous) return;
        set({ doc: previous, past: past.slice(0, -1), future: [doc, ...future] });
      },

      redo() {
        settle();
        const { doc, past, future } = get();
        const next = future[0];
        if (!next) return;
        set({ doc: next, past: pushCapped(past, doc), future: future.slice(1) });
      },

      select(ids) {
        const next = new Set(ids);
        const current = get().selection;
        if (next.size === current.size && [...next].every((id) => current.has(id))) return;
        set({ selection: next.size === 0 ? EMPTY_SELECTION : next });
      },

      changeSelection(changes) {
        const current = get().selection;
        if (changes.every((c) => current.has(c.id) === c.selected)) return;
        const next = new Set(current);
        for (const c of changes) {
          if (c.selected) next.add(c.id);
          else next.delete(c.id);
        }
        set({ selection: next.size === 0 ? EMPTY_SELECTION : next });
      },

      requestView(kind, nodeIds = []) {
        set({ view: { seq: get().view.seq + 1, kind, nodeIds } });
      },
    };
  });
}
