import { describe, expect, it } from 'vitest';
import { withPositions } from '../design/positions';
import { worstOf } from '../store/derived';
import { sampleDesign } from '../testing/fixtures';
import { createEdgeBuilder, createNodeBuilder, type Measured } from './build';

const none: ReadonlySet<string> = new Set();
const unmeasured: Measured = new Map();

describe('createEdgeBuilder', () => {
  it('hands back the same edges array when only positions changed, so React Flow keeps its connection lookup', () => {
    const buildEdges = createEdgeBuilder();
    const doc = sampleDesign();
    const first = buildEdges(doc, none, unmeasured);
    const moved = withPositions(doc, new Map([['vnet-hub', { x: 400, y: 300 }]]));
    expect(moved).not.toBe(doc);
    expect(buildEdges(moved, none, unmeasured)).toBe(first);
  });

  it('gives a new array, with new objects for the changed edges only, when the selection changes', () => {
    const buildEdges = createEdgeBuilder();
    const doc = sampleDesign();
    const first = buildEdges(doc, none, unmeasured);
    const next = buildEdges(doc, new Set(['cn-1']), unmeasured);
    expect(next).not.toBe(first);
    const changed = next.filter((edge, i) => edge !== first[i]).map((edge) => edge.id);
    expect(changed).toEqual(['cn-1']);
    expect(next.find((edge) => edge.id === 'cn-1')?.selected).toBe(true);
  });

  it('gives a new array when a connection is removed', () => {
    const buildEdges = createEdgeBuilder();
    const doc = sampleDesign();
    const first = buildEdges(doc, none, unmeasured);
    const next = buildEdges({ ...doc, connections: doc.connections.filter((c) => c.id !== 'peer-1') }, none, unmeasured);
    expect(next).not.toBe(first);
    expect(next).toHaveLength(first.length - 1);
  });
});

describe('createEdgeBuilder after an edit', () => {
  it('keeps every edge whose line looks the same, and rebuilds the lines whose text changed', () => {
    const buildEdges = createEdgeBuilder();
    const doc = sampleDesign();
    const first = buildEdges(doc, none, unmeasured);
    const prefixEdit = { ...doc, vnets: doc.vnets.map((v) => (v.id === 'vnet-spoke' ? { ...v, addressSpace: ['10.3.0.0/16'] } : v)) };
    expect(buildEdges(prefixEdit, none, unmeasured)).toBe(first);
    const renamed = { ...prefixEdit, vnets: prefixEdit.vnets.map((v) => (v.id === 'vnet-spoke' ? { ...v, name: 'spoke-2' } : v)) };
    const next = buildEdges(renamed, none, unmeasured);
    const changed = next.filter((edge, i) => edge !== first[i]);
    expect(changed.map((edge) => edge.id)).toEqual(['peer-1']);
    expect(changed[0]!.ariaLabel).toContain('spoke-2');
  });
});

describe('createEdgeBuilder carries what the line draws', () => {
  it('gives each edge the worst finding on its connections, and a new edge object when that changes', () => {
    const buildEdges = createEdgeBuilder();
    const doc = sampleDesign();
    const first = buildEdges(doc, none, unmeasured);
    const before = first.find((e) => e.id === 'cn-1')!;
    expect(before.data!.worst).toBe(worstOf(doc, ['cn-1']));
    const badDpd = { ...doc, connections: doc.connections.map((c) => (c.id === 'cn-1' && c.kind === 's2s' ? { ...c, dpdTimeoutSeconds: 5 } : c)) };
    expect(worstOf(badDpd, ['cn-1'])).not.toBe(worstOf(doc, ['cn-1']));
    const after = buildEdges(badDpd, none, unmeasured).find((e) => e.id === 'cn-1')!;
    expect(after).not.toBe(before);
    expect(after.data!.worst).toBe(worstOf(badDpd, ['cn-1']));
  });

  it('gives the edges of a node its measured size, rebuilding only those edges', () => {
    const buildEdges = createEdgeBuilder();
    const doc = sampleDesign();
    const first = buildEdges(doc, none, unmeasured);
    const size = { width: 220, height: 90 };
    const next = buildEdges(doc, none, new Map([['vnet-spoke', size]]));
    const changed = next.filter((edge, i) => edge !== first[i]);
    expect(changed.length).toBeGreaterThan(0);
    for (const edge of changed) expect([edge.data!.sourceSize, edge.data!.targetSize]).toContain(size);
    for (const edge of next.filter((e) => !changed.includes(e))) expect([edge.source, edge.target]).not.toContain('vnet-spoke');
  });
});

describe('createNodeBuilder during a drag', () => {
  it('draws a dragged node where it is being dragged, and reuses every other node object', () => {
    const buildNodes = createNodeBuilder();
    const doc = sampleDesign();
    const first = buildNodes(doc, none, unmeasured);
    const during = buildNodes(doc, none, unmeasured, new Map([['vnet-hub', { x: 1234, y: 56 }]]));
    expect(during.find((n) => n.id === 'vnet-hub')?.position).toEqual({ x: 1234, y: 56 });
    expect(during.filter((node, i) => node !== first[i]).map((node) => node.id)).toEqual(['vnet-hub']);
    // Dropped and committed: the document's position, and the node content (data) never re-rendered.
    const dropped = buildNodes(withPositions(doc, new Map([['vnet-hub', { x: 1234, y: 56 }]])), none, unmeasured);
    const hub = dropped.find((n) => n.id === 'vnet-hub');
    expect(hub?.position).toEqual({ x: 1234, y: 56 });
    expect(hub?.data).toBe(first.find((n) => n.id === 'vnet-hub')?.data);
  });
});
