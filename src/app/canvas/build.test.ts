import { describe, expect, it } from 'vitest';
import { withPositions } from '../design/positions';
import { sampleDesign } from '../testing/fixtures';
import { createEdgeBuilder } from './build';

const none: ReadonlySet<string> = new Set();

describe('createEdgeBuilder', () => {
  it('hands back the same edges array when only positions changed, so React Flow keeps its connection lookup', () => {
    const buildEdges = createEdgeBuilder();
    const doc = sampleDesign();
    const first = buildEdges(doc, none);
    const moved = withPositions(doc, new Map([['vnet-hub', { x: 400, y: 300 }]]));
    expect(moved).not.toBe(doc);
    expect(buildEdges(moved, none)).toBe(first);
  });

  it('gives a new array, with new objects for the changed edges only, when the selection changes', () => {
    const buildEdges = createEdgeBuilder();
    const doc = sampleDesign();
    const first = buildEdges(doc, none);
    const next = buildEdges(doc, new Set(['cn-1']));
    expect(next).not.toBe(first);
    const changed = next.filter((edge, i) => edge !== first[i]).map((edge) => edge.id);
    expect(changed).toEqual(['cn-1']);
    expect(next.find((edge) => edge.id === 'cn-1')?.selected).toBe(true);
  });

  it('gives a new array when a connection is removed', () => {
    const buildEdges = createEdgeBuilder();
    const doc = sampleDesign();
    const first = buildEdges(doc, none);
    const next = buildEdges({ ...doc, connections: doc.connections.filter((c) => c.id !== 'peer-1') }, none);
    expect(next).not.toBe(first);
    expect(next).toHaveLength(first.length - 1);
  });
});
