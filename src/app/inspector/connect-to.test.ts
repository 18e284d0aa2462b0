import { describe, expect, it } from 'vitest';
import { canvasPrompts } from '../canvas/canvas-prompts';
import { designGraph } from '../design/graph';
import { createDesignStore } from '../store/design-store';
import { sampleDesign } from '../testing/fixtures';
import { connectTo } from './connect-to';

describe('connectTo', () => {
  it('connects as one undo step, selects the new line and announces what was made', () => {
    const store = createDesignStore(sampleDesign());
    const before = store.getState().doc;
    expect(connectTo(store, 'site-1', 'gw-dr')).toBe(true);
    const added = store.getState().doc.connections.at(-1)!;
    expect(added).toMatchObject({ kind: 's2s', gatewayId: 'gw-dr', siteId: 'site-1' });
    expect([...store.getState().selection]).toEqual([designGraph(store.getState().doc).linkOfConnection.get(added.id)!.id]);
    expect(canvasPrompts.getState().announcement).toBe('Done: Site-to-site connection to gw-dr.');
    expect(canvasPrompts.getState().bubble).toBeNull();
    expect(store.getState().view).toMatchObject({ kind: 'focus', nodeIds: ['site-1', 'gw-dr'] });
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('changes nothing and announces the reason when the pair is refused by now', () => {
    const store = createDesignStore(sampleDesign());
    const before = store.getState().doc;
    expect(connectTo(store, 'gw-hub', 'site-1')).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().view.seq).toBe(0);
    expect(canvasPrompts.getState().announcement).toBe('gw-hub already has a connection to branch.');
  });
});
