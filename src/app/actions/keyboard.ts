import { useEffect } from 'react';
import type { DesignStore } from '../store/design-store';
import { ACTIONS, runAction } from './actions';

/** Text fields keep their own keys: Backspace edits text, Ctrl+Z undoes typing. (A select has no text to edit.) */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(target.type);
  return false;
}

/** Routes keyboard shortcuts anywhere in the page to the actions that claim them. */
export function useActionShortcuts(store: DesignStore): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isEditable(e.target)) return;
      const action = ACTIONS.find((a) => a.keyTest?.(e));
      if (!action) return;
      // The shortcut is ours even when the action has nothing to do (Ctrl+Z must not reach the browser).
      e.preventDefault();
      runAction(store, action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
