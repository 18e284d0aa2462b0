import type { TopologyDocument } from '../../core/model/types';
import { copyFragment, fragmentFromText, fragmentToText, PASTE_OFFSET, pasteFragment } from '../design/clipboard-fragment';
import { selectedElementIds } from '../design/graph';
import { notify } from '../notices/notices';
import type { DesignStore } from '../store/design-store';
import type { Action } from './actions';
import { hasTextSelection, key, mod, modShortcut } from './keys';

/**
 * Copy, paste and duplicate. The clipboard is kept here (so paste works wherever the system clipboard
 * is out of reach) and mirrored to the system clipboard as fragment JSON by the browser's copy event,
 * so elements also paste into another tab. See clipboard-fragment.ts for what a copy takes.
 */

interface Clip {
  readonly fragment: TopologyDocument;
  readonly text: string;
  /** Pastes made from it so far: each lands one offset further, so they don't stack. */
  pastes: number;
}

let clip: Clip | undefined;
/** A paste key was pressed and its paste event has not arrived yet. */
let pendingPaste: ReturnType<typeof setTimeout> | undefined;

function copyFromStore(store: DesignStore): Clip | undefined {
  const { doc, selection } = store.getState();
  const fragment = copyFragment(doc, selectedElementIds(doc, selection));
  if (fragment) clip = { fragment, text: fragmentToText(fragment), pastes: 0 };
  return fragment ? clip : undefined;
}

function pasteClip(store: DesignStore, from: Clip): void {
  from.pastes += 1;
  const offset = { x: PASTE_OFFSET.x * from.pastes, y: PASTE_OFFSET.y * from.pastes };
  const { doc, commit } = store.getState();
  const pasted = pasteFragment(doc, from.fragment, offset);
  commit(pasted.doc, pasted.nodeIds);
}

const plainKey = (e: KeyboardEvent, letter: string) => mod(e) && !e.shiftKey && !e.altKey && key(e) === letter;

export const copySelection: Action = {
  name: 'copy',
  label: 'Copy',
  shortcut: modShortcut('C'),
  recordsHistory: false,
  keepsDefault: true,
  keyTest: (e) => plainKey(e, 'c') && !hasTextSelection(),
  enabled: (s) => s.selection.size > 0,
  perform: (store) => void copyFromStore(store),
};

export const paste: Action = {
  name: 'paste',
  label: 'Paste',
  shortcut: modShortcut('V'),
  recordsHistory: true,
  keepsDefault: true,
  keyTest: (e) => plainKey(e, 'v'),
  perform(store) {
    // The browser's paste event normally follows and brings the system clipboard; without one
    // (no clipboard access), the copy kept here is pasted.
    clearTimeout(pendingPaste);
    pendingPaste = setTimeout(() => {
      pendingPaste = undefined;
      if (clip) pasteClip(store, clip);
    }, 0);
  },
};

export const duplicateSelection: Action = {
  name: 'duplicate',
  label: 'Duplicate',
  shortcut: modShortcut('D'),
  recordsHistory: true,
  keyTest: (e) => plainKey(e, 'd'),
  enabled: (s) => s.selection.size > 0,
  perform(store) {
    const { doc, selection, commit } = store.getState();
    const fragment = copyFragment(doc, selectedElementIds(doc, selection));
    if (!fragment) return;
    const pasted = pasteFragment(doc, fragment, PASTE_OFFSET);
    commit(pasted.doc, pasted.nodeIds);
  },
};

/** The browser's copy event: the selected elements go to the system clipboard too. Returns whether it took the event. */
export function onCopyEvent(store: DesignStore, data: DataTransfer | null): boolean {
  if (!data || hasTextSelection()) return false;
  const copied = copyFromStore(store);
  if (!copied) return false;
  data.setData('text/plain', copied.text);
  return true;
}

/**
 * The browser's paste event: a fragment on the system clipboard is pasted (from this tab or another);
 * other text gets a message; an empty clipboard falls back to the copy kept here.
 */
export function onPasteEvent(store: DesignStore, data: DataTransfer | null): void {
  clearTimeout(pendingPaste);
  pendingPaste = undefined;
  const text = data?.getData('text/plain') ?? '';
  if (text === '' || text === clip?.text) {
    if (clip) pasteClip(store, clip);
    return;
  }
  const parsed = fragmentFromText(text);
  if (!parsed.ok) {
    notify('error', parsed.message);
    return;
  }
  clip = { fragment: parsed.fragment, text, pastes: 0 };
  pasteClip(store, clip);
}
