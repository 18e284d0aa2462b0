import { useEffect } from 'react';
import type { DesignStore } from '../store/design-store';
import { ACTIONS, runAction } from './actions';
import { onCopyEvent, onPasteEvent } from './clipboard-actions';
import { isEditable } from './keys';

/** Clipboard events in a text field or an open dialog are not about the design. */
const notForDesign = (target: EventTarget | null) => isEditable(target) || (target instanceof Element && target.closest('[aria-modal="true"]') !== null);

/** Routes keyboard shortcuts anywhere in the page to the actions that claim them. */
export function useActionShortcuts(store: DesignStore): void {
  useEffect(() => {
    const handler = (capture: boolean) => (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isEditable(e.target)) return;
      const action = ACTIONS.find((a) => !!a.capturesKey === capture && a.keyTest?.(e));
      if (!action) return;
      // A key taken from the canvas is taken only when it does something here.
      if (capture && action.enabled && !action.enabled(store.getState())) return;
      // The shortcut is ours even when the action has nothing to do (Ctrl+Z must not reach the browser).
      if (!action.keepsDefault) e.preventDefault();
      if (capture) e.stopPropagation();
      runAction(store, action, e);
    };
    const onKeyDown = handler(false);
    const onKeyDownFirst = handler(true);
    const onKeyUp = (e: KeyboardEvent) => {
      for (const a of ACTIONS) a.keyUp?.(store, e);
    };
    const onCopy = (e: ClipboardEvent) => {
      if (!notForDesign(e.target) && onCopyEvent(store, e.clipboardData)) e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (notForDesign(e.target)) return;
      e.preventDefault();
      onPasteEvent(store, e.clipboardData);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keydown', onKeyDownFirst, true);
    window.addEventListener('keyup', onKeyUp);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keydown', onKeyDownFirst, true);
      window.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [store]);
}
