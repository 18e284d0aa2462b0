import type { Connection, OnConnectEnd, OnConnectStart, IsValidConnection, Edge } from '@xyflow/react';
import { useCallback, useMemo, useState, type RefObject } from 'react';
import { planConnection } from '../design/connect';
import { designStore } from '../store/hooks';
import { connectNodes } from './palette-commands';

const pointerOf = (e: MouseEvent | TouchEvent) => ('changedTouches' in e ? e.changedTouches[0]! : e);

/**
 * Drawing connections between nodes: React Flow shows a valid target while the line is dragged
 * (`isValidConnection`), and on release the line becomes a connection, or the reason it cannot is shown
 * where it was dropped. `connecting` lets whole nodes act as drop targets while a line is being drawn.
 */
export function useConnectHandlers(canvas: RefObject<HTMLElement | null>) {
  const [connecting, setConnecting] = useState(false);
  const onConnectStart: OnConnectStart = useCallback(() => setConnecting(true), []);
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      setConnecting(false);
      const from = state.fromNode?.id;
      const to = state.toNode?.id;
      if (!from || !to || from === to) return;
      const rect = canvas.current?.getBoundingClientRect();
      const p = pointerOf(event);
      connectNodes(designStore, from, to, { x: p.clientX - (rect?.left ?? 0), y: p.clientY - (rect?.top ?? 0) });
    },
    [canvas],
  );
  const isValidConnection: IsValidConnection<Edge> = useCallback(
    (c: Edge | Connection) => planConnection(designStore.getState().doc, c.source, c.target).ok,
    [],
  );
  const handlers = useMemo(() => ({ onConnectStart, onConnectEnd, isValidConnection }), [onConnectStart, onConnectEnd, isValidConnection]);
  return { connecting, handlers };
}
