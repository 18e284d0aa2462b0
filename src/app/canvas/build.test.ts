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

describe('createEdgeBuilder after an edit', () => {
  it('keeps every edge whose line looks the same, and rebuilds the lines whose text changed', () => {
    const buildEdges = createEdgeBuilder();
    const doc = sampleDesign();
    const first = buildEdges(doc, none);
    const prefixEdit = { ...doc, vnets: doc.vnets.map((v) => (v.id === 'vnet-spoke' ? { ...v, addressSpace: ['10.3.0.0/16'] } : v)) };
    expect(buildEdges(prefixEdit, none)).toBe(first);
    const renamed = { ...prefixEdit, vnets: prefixEdit.vnets.map((v) => (v.id === 'vnet-spoke' ? { ...v, name: 'spoke-2' } : v)) };
    const next = buildEdges(renamed, none);
    const changed = next.filter((edge, i) => edge !== first[i]);
    expect(changed.map((edge) => edge.id)).toEqual(['peer-1']);
    expect(changed[0]!.ariaLabel).toContain('spoke-2');
  });
});
