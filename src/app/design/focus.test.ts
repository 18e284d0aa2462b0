import { describe, expect, it } from 'vitest';
import { createDesignStore } from '../store/design-store';
import { sampleDesign } from '../testing/fixtures';
import { focusElements } from './focus';

describe('focusing elements', () => {
  it('selects a node and asks the canvas to bring it into view', () => {
    const store = createDesignStore(sampleDesign());
    const before = store.getState().view.seq;
    focusElements(store.getState(), ['site-1']);
    const { selection, view } = store.getState();
    expect([...selection]).toEqual(['site-1']);
    expect(view).toMatchObject({ seq: before + 1, kind: 'focus', nodeIds: ['site-1'] });
  });

  it("selects a NAT rule's gateway, and a connection's line with both ends in view", () => {
    const store = createDesignStore(sampleDesign());
    focusElements(store.getState(), ['nat-1']);
    expect([...store.getState().selection]).toEqual(['gw-hub']);
    focusElements(store.getState(), ['cn-1']);
    expect([...store.getState().selection]).toEqual(['cn-1']);
    expect([...store.getState().view.nodeIds].sort()).toEqual(['gw-hub', 'site-1']);
  });

  it('selects nothing and moves no view for an unknown id', () => {
    const store = createDesignStore(sampleDesign());
    const before = store.getState().view.seq;
    focusElements(store.getState(), ['nope']);
    expect(store.getState().selection.size).toBe(0);
    expect(store.getState().view.seq).toBe(before);
  });
});
