import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../testing/fixtures';
import { designGraph, memberLinkId, p2sLinkId, resolveFocus, selectedElementIds } from './graph';
import { withPositions } from './positions';

describe('designGraph', () => {
  it('draws one line per pair of VNet-to-VNet directions, standing for both resources', () => {
    const links = designGraph(sampleDesign()).links.filter((l) => l.kind === 'vnet2vnet');
    expect(links).toHaveLength(1);
    expect([...links[0]!.connectionIds].sort()).toEqual(['v2v-a', 'v2v-b']);
    expect(links[0]!.label).toBe('IKEv2');
  });

  it('draws site-to-site, peering, membership and P2S lines with short tags', () => {
    const graph = designGraph(sampleDesign());
    expect(graph.linkById.get('cn-1')).toMatchObject({ kind: 's2s', source: 'gw-hub', target: 'site-1', label: 'IKEv2 · NAT' });
    expect(graph.linkById.get('peer-1')).toMatchObject({ kind: 'peering', source: 'vnet-hub', target: 'vnet-spoke' });
    expect(graph.linkById.get(memberLinkId('gw-hub'))).toMatchObject({ source: 'gw-hub', target: 'vnet-hub', connectionIds: [] });
    expect(graph.linkById.get(p2sLinkId('p2s-1'))).toMatchObject({ source: 'p2s-1', target: 'gw-hub' });
  });

  it('marks a VNet-to-VNet link with one direction only', () => {
    const doc = sampleDesign();
    const oneWay = { ...doc, connections: doc.connections.filter((c) => c.id !== 'v2v-b') };
    expect(designGraph(oneWay).linkOfConnection.get('v2v-a')!.label).toBe('IKEv2 · one way');
  });

  it('keeps the same lines when only positions change', () => {
    const doc = sampleDesign();
    const moved = withPositions(doc, new Map([['gw-hub', { x: 1, y: 2 }]]));
    expect(designGraph(moved)).toBe(designGraph(doc));
  });
});

describe('resolveFocus', () => {
  it('selects nodes as they are, a connection as its line with both ends in view, a NAT rule as its gateway', () => {
    const doc = sampleDesign();
    expect(resolveFocus(doc, ['site-1'])).toEqual({ select: ['site-1'], show: ['site-1'] });
    expect(resolveFocus(doc, ['v2v-b'])).toEqual({ select: [designGraph(doc).linkOfConnection.get('v2v-b')!.id], show: ['gw-hub', 'gw-dr'] });
    expect(resolveFocus(doc, ['nat-1'])).toEqual({ select: ['gw-hub'], show: ['gw-hub'] });
  });
});

describe('selectedElementIds', () => {
  it('turns a selected VNet-to-VNet line into both of its connections', () => {
    const doc = sampleDesign();
    const line = designGraph(doc).linkOfConnection.get('v2v-a')!.id;
    expect([...selectedElementIds(doc, new Set([line, 'site-1']))].sort()).toEqual(['site-1', 'v2v-a', 'v2v-b']);
  });
});
