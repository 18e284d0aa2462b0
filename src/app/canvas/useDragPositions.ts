import { useCallback, useRef, useState } from 'react';
import { idsInUse } from '../design/ids';
import { withPositions, type XY } from '../design/positions';
import { designStore } from '../store/hooks';

const NONE: ReadonlyMap<string, XY> = new Map();

/**
 * Where dragged nodes are while the drag lasts. They stay on the canvas and reach the document once, when
 * the drag ends, as one undo step: a new document on every pointer move would wake every subscriber of the
 * design store (node badges, header, panels, autosave) sixty times a second.
 */
export function useDragPositions() {
  const [moving, setMoving] = useState(NONE);
  const pending = useRef(NONE);

  const finish = useCallback(() => {
    const moves = pending.current;
    if (moves.size === 0) return;
    pending.current = NONE;
    setMoving(NONE);
    const { doc, commit } = designStore.getState();
    // An element deleted mid-drag (Delete with the button still down) gets no position back.
    const present = idsInUse(doc);
    commit(withPositions(doc, new Map([...moves].filter(([id]) => present.has(id)))));
  }, []);

  /** Positions reported by the canvas; `dragging` false is the drop, which commits them. */
  const move = useCallback(
    (moves: ReadonlyMap<string, XY>, dragging: boolean) => {
      pending.current = new Map([...pending.current, ...moves]);
      if (dragging) setMoving(pending.current);
      else finish();
    },
    [finish],
  );

  return { moving, move, finish };
}
