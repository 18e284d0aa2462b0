import { describe, expect, it } from 'vitest';
import { ACTIONS, newDesign, undo } from '../actions/actions';
import { shortcutRows } from './shortcut-list';

describe('shortcutRows', () => {
  it('lists every action with a shortcut, with its own label and keys, and leaves out those without', () => {
    const rows = shortcutRows([undo, newDesign]);
    expect(rows).toEqual([{ name: 'undo', label: 'Undo', keys: undo.shortcut!.label }]);
  });

  it('covers the editing shortcuts of the app', () => {
    const names = shortcutRows(ACTIONS).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['undo', 'redo', 'deleteSelection', 'deselectAll', 'copy', 'paste', 'duplicate', 'nudge', 'nudgeFar', 'showShortcuts']));
  });
});
