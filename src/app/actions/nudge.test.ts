import { describe, expect, it } from 'vitest';
import { createDesignStore } from '../store/design-store';
import { sampleDesign } from '../testing/fixtures';
import { NUDGE_STEP, NUDGE_STEP_LARGE, nudgeSelection, nudgeSelectionFar } from './nudge';

const key = (k: string, repeat = false) => ({ key: k, repeat, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false }) as KeyboardEvent;

function storeWithSelection(ids: string[]) {
  const doc = sampleDesign();
  const store = createDesignStore({ ...doc, layout: { positions: { 'vnet-hub': { x: 100, y: 100 }, 'gw-hub': { x: 0, y: 0 } } } });
  store.getState().select(ids);
  return store;
}

describe('nudging the selection', () => {
  it('moves the selected nodes by the step in the key’s direction, and nothing else', () => {
    const store = storeWithSelection(['vnet-hub', 'cn-1']);
    nudgeSelection.perform(store, key('ArrowLeft'));
    nudgeSelection.keyUp!(store, key('ArrowLeft'));
    expect(store.getState().doc.layout.positions).toEqual({ 'vnet-hub': { x: 100 - NUDGE_STEP, y: 100 }, 'gw-hub': { x: 0, y: 0 } });
    nudgeSelectionFar.perform(store, key('ArrowDown'));
    nudgeSelectionFar.keyUp!(store, key('ArrowDown'));
    expect(store.getState().doc.layout.positions['vnet-hub']).toEqual({ x: 100 - NUDGE_STEP, y: 100 + NUDGE_STEP_LARGE });
    expect(store.getState().past).toHaveLength(2);
  });

  it('records a held key (a press and its repeats) as one undo step, ended by the release', () => {
    const store = storeWithSelection(['gw-hub']);
    nudgeSelection.perform(store, key('ArrowRight'));
    for (let i = 0; i < 5; i++) nudgeSelection.perform(store, key('ArrowRight', true));
    nudgeSelection.keyUp!(store, key('ArrowRight'));
    expect(store.getState().doc.layout.positions['gw-hub']).toEqual({ x: 6 * NUDGE_STEP, y: 0 });
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.layout.positions['gw-hub']).toEqual({ x: 0, y: 0 });
  });

  it('makes separate presses separate undo steps', () => {
    const store = storeWithSelection(['gw-hub']);
    for (let i = 0; i < 3; i++) {
      nudgeSelection.perform(store, key('ArrowUp'));
      nudgeSelection.keyUp!(store, key('ArrowUp'));
    }
    expect(store.getState().past).toHaveLength(3);
  });

  it('is not enabled without a selection', () => {
    expect(nudgeSelection.enabled!(storeWithSelection([]).getState())).toBe(false);
  });
});
