/** Key helpers shared by the actions. */

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** The platform's command key is down (⌘ on a Mac, Ctrl elsewhere; either is accepted everywhere). */
export const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
export const key = (e: KeyboardEvent) => e.key.toLowerCase();
/** A shortcut with the platform's command key: ⌘C on a Mac, Ctrl+C elsewhere. */
export const modShortcut = (letter: string) => ({ label: isMac ? `⌘${letter}` : `Ctrl+${letter}`, aria: isMac ? `Meta+${letter}` : `Control+${letter}` });

/** Text fields keep their own keys: Backspace edits text, Ctrl+Z undoes typing. (A select has no text to edit.) */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(target.type);
  return false;
}

/** Text is selected in the page (then Ctrl+C copies that text, not design elements). */
export const hasTextSelection = () => typeof window !== 'undefined' && window.getSelection()?.isCollapsed === false;
