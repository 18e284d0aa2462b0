import type { TopologyDocument } from '../../core/model/types';
import { deleteElements } from '../design/delete-elements';
import { emptyDocument } from '../design/empty';
import { separateOverlaps } from '../design/declutter';
import { selectedElementIds } from '../design/graph';
import { placeMissing } from '../design/placement';
import type { DesignActions, DesignState, DesignStore } from '../store/design-store';
import { setHelpOpen } from '../help/help-state';
import { autoLayout } from './auto-layout';
import { copySelection, duplicateSelection, paste } from './clipboard-actions';
import { exportPng, exportSvg } from './export-actions';
import { isMac, key, mod } from './keys';
import { nudgeSelection, nudgeSelectionFar } from './nudge';

export type State = DesignState & DesignActions;

/**
 * Every command is one action, run the same way from buttons and the keyboard (excalidraw's pattern).
 * `recordsHistory` says whether performing it adds an undo step.
 */
export interface Action {
  readonly name: string;
  readonly label: string;
  /** For tooltips and `aria-keyshortcuts`. */
  readonly shortcut?: { readonly label: string; readonly aria: string };
  readonly recordsHistory: boolean;
  /** The browser's own handling must follow the key (copy and paste: its clipboard event carries the system clipboard). */
  readonly keepsDefault?: boolean;
  /** Claimed before the canvas sees the key (React Flow moves focused nodes with the arrow keys by its own step). */
  readonly capturesKey?: boolean;
  keyTest?(e: KeyboardEvent): boolean;
  /** Called for every key released, for actions that span a held key. */
  keyUp?(store: DesignStore, e: KeyboardEvent): void;
  enabled?(state: State): boolean;
  /** `event` is the key press that ran it, when a key did. */
  perform(store: DesignStore, event?: KeyboardEvent): void;
}


export const undo: Action = {
  name: 'undo',
  label: 'Undo',
  shortcut: { label: isMac ? '⌘Z' : 'Ctrl+Z', aria: isMac ? 'Meta+Z' : 'Control+Z' },
  recordsHistory: false,
  keyTest: (e) => mod(e) && !e.shiftKey && !e.altKey && key(e) === 'z',
  enabled: (s) => s.past.length > 0,
  perform: (store) => store.getState().undo(),
};

export const redo: Action = {
  name: 'redo',
  label: 'Redo',
  shortcut: { label: isMac ? '⇧⌘Z' : 'Ctrl+Y', aria: isMac ? 'Meta+Shift+Z' : 'Control+Y Control+Shift+Z' },
  recordsHistory: false,
  keyTest: (e) => (mod(e) && e.shiftKey && !e.altKey && key(e) === 'z') || (e.ctrlKey && !e.shiftKey && !e.altKey && key(e) === 'y'),
  enabled: (s) => s.future.length > 0,
  perform: (store) => store.getState().redo(),
};

export const deleteSelection: Action = {
  name: 'deleteSelection',
  label: 'Delete selected',
  shortcut: { label: 'Delete', aria: 'Delete Backspace' },
  recordsHistory: true,
  keyTest: (e) => (e.key === 'Delete' || e.key === 'Backspace') && !mod(e) && !e.altKey,
  enabled: (s) => s.selection.size > 0,
  perform(store) {
    const { doc, selection, commit } = store.getState();
    const next = deleteElements(doc, selectedElementIds(doc, selection));
    commit(next, []);
  },
};

export const deselectAll: Action = {
  name: 'deselectAll',
  label: 'Deselect',
  shortcut: { label: 'Esc', aria: 'Escape' },
  recordsHistory: false,
  keyTest: (e) => e.key === 'Escape' && !mod(e) && !e.shiftKey && !e.altKey,
  enabled: (s) => s.selection.size > 0,
  perform: (store) => store.getState().select([]),
};

export const newDesign: Action = {
  name: 'newDesign',
  label: 'New design',
  recordsHistory: true,
  perform: (store) => store.getState().open(emptyDocument()),
};

export const zoomToFit: Action = {
  name: 'zoomToFit',
  label: 'Zoom to fit',
  recordsHistory: false,
  perform: (store) => store.getState().requestView('fit'),
};

export const showShortcuts: Action = {
  name: 'showShortcuts',
  label: 'Keyboard shortcuts',
  shortcut: { label: '?', aria: '?' },
  recordsHistory: false,
  keyTest: (e) => e.key === '?' && !mod(e) && !e.altKey,
  perform: () => setHelpOpen(true),
};

/** All actions, in the order the keyboard handler tries them (and the shortcuts help lists them). */
export const ACTIONS: readonly Action[] = [
  undo,
  redo,
  copySelection,
  paste,
  duplicateSelection,
  deleteSelection,
  deselectAll,
  nudgeSelection,
  nudgeSelectionFar,
  showShortcuts,
  newDesign,
  zoomToFit,
  autoLayout,
  exportPng,
  exportSvg,
];

/**
 * Opens a loaded document (from an example or a file) as one undo step: nodes without a position are
 * placed, and nodes whose file positions would cover one another are moved apart.
 */
export function openDocument(store: DesignStore, doc: TopologyDocument): void {
  store.getState().open(separateOverlaps(placeMissing(doc)));
}

/** Runs an action if it applies now; returns whether it ran. */
export function runAction(store: DesignStore, action: Action, event?: KeyboardEvent): boolean {
  if (action.enabled && !action.enabled(store.getState())) return false;
  action.perform(store, event);
  return true;
}
