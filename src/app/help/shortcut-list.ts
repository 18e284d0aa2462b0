import type { Action } from '../actions/actions';

export interface ShortcutRow {
  readonly name: string;
  readonly label: string;
  /** The keys as shown to people, e.g. "Ctrl+C". */
  readonly keys: string;
}

/** The help overlay's rows: every action that has a shortcut, in the order given, from the action's own labels. */
export function shortcutRows(actions: readonly Action[]): ShortcutRow[] {
  return actions.flatMap((a) => (a.shortcut ? [{ name: a.name, label: a.label, keys: a.shortcut.label }] : []));
}
