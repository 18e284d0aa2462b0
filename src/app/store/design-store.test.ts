import { describe, expect, it } from 'vitest';
import { withPositions } from '../design/positions';
import { sampleDesign } from '../testing/fixtures';
import { createDesignStore, HISTORY_LIMIT } from './design-store';

const moved = (doc: ReturnType<typeof sampleDesign>, x: number) => withPositions(doc, new Map([['vnet-hub', { x, y: 0 }]]));

describe('design store history', () => {
  it('undoes a change back to the previous document and redoes it', () => {
    const store = createDesignStore(sampleDesign());
    const before = store.getState().doc;
    const after = moved(before, 10);
    store.getState().commit(after);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
    store.getState().redo();
    expect(store.getState().doc).toBe(after);
  });

  it('records a whole drag as one step, however many moves it has', () => {
    const store = createDesignStore(sampleDesign());
    const before = store.getState().doc;
    store.getState().beginGesture();
    for (let x = 1; x <= 30; x++) store.getState().updateGesture(moved(store.getState().doc, x));
    store.getState().endGesture();
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('records nothing for a gesture that changed nothing (a click on a node)', () => {
    const store = createDesignStore(sampleDesign());
    store.getState().beginGesture();
    store.getState().endGesture();
    expect(store.getState().past).toHaveLength(0);
  });

  it('records a move outside a gesture (a keyboard nudge) as a step of its own', () => {
    const store = createDesignStore(sampleDesign());
    store.getState().updateGesture(moved(store.getState().doc, 5));
    store.getState().updateGesture(moved(store.getState().doc, 6));
    expect(store.getState().past).toHaveLength(2);
  });

  it('ends a gesture left open before undoing, so the drag is what gets undone', () => {
    const store = createDesignStore(sampleDesign());
    const before = store.getState().doc;
    store.getState().beginGesture();
    store.getState().updateGesture(moved(before, 40));
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
    expect(store.getState().gestureStart).toBeNull();
  });

  it('forgets redo once a new change is made', () => {
    const store = createDesignStore(sampleDesign());
    store.getState().commit(moved(store.getState().doc, 1));
    store.getState().undo();
    store.getState().commit(moved(store.getState().doc, 2));
    expect(store.getState().future).toHaveLength(0);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps, dropping the oldest`, () => {
    const store = createDesignStore(sampleDesign());
    const docs = [store.getState().doc];
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) {
      store.getState().commit(moved(store.getState().doc, i));
      docs.push(store.getState().doc);
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    expect(store.getState().past[0]).toBe(docs[20]);
  });

  it('ignores a commit of the current document', () => {
    const store = createDesignStore(sampleDesign());
    store.getState().commit(store.getState().doc);
    expect(store.getState().past).toHaveLength(0);
  });

  it('opens a document as one undoable step that clears the selection and asks to fit the view', () => {
    const store = createDesignStore();
    const empty = store.getState().doc;
    store.getState().select(['x']);
    const seq = store.getState().view.seq;
    store.getState().open(sampleDesign());
    expect(store.getState().selection.size).toBe(0);
    expect(store.getState().view).toMatchObject({ seq: seq + 1, kind: 'fit' });
    store.getState().undo();
    expect(store.getState().doc).toBe(empty);
  });
});

describe('design store selection', () => {
  it('keeps the same selection object when a change selects what is already selected', () => {
    const store = createDesignStore(sampleDesign());
    store.getState().select(['vnet-hub']);
    const selection = store.getState().selection;
    store.getState().changeSelection([{ id: 'vnet-hub', selected: true }]);
    store.getState().select(['vnet-hub']);
    expect(store.getState().selection).toBe(selection);
  });

  it('applies selection changes id by id', () => {
    const store = createDesignStore(sampleDesign());
    store.getState().select(['a', 'b']);
    store.getState().changeSelection([
      { id: 'a', selected: false },
      { id: 'c', selected: true },
    ]);
    expect([...store.getState().selection].sort()).toEqual(['b', 'c']);
  });

  it('does not record selection in history', () => {
    const store = createDesignStore(sampleDesign());
    store.getState().select(['vnet-hub']);
    expect(store.getState().past).toHaveLength(0);
  });
});
