import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../testing/fixtures';
import { DEFAULT_NODE_SIZE, positionsFromElk, toElkGraph } from './elk-graph';

describe('toElkGraph', () => {
  it('has a node per element, with its drawn size where known', () => {
    const graph = toElkGraph(sampleDesign(), new Map([['vnet-hub', { width: 240, height: 180 }]]));
    expect(graph.children!.map((n) => n.id).sort()).toEqual(['gw-dr', 'gw-hub', 'p2s-1', 'site-1', 'vnet-dr', 'vnet-hub', 'vnet-spoke']);
    expect(graph.children!.find((n) => n.id === 'vnet-hub')).toMatchObject({ width: 240, height: 180 });
    expect(graph.children!.find((n) => n.id === 'site-1')).toMatchObject(DEFAULT_NODE_SIZE);
  });

  it('has an edge per line, site-to-site lines running from the site to the gateway', () => {
    const edges = toElkGraph(sampleDesign()).edges!.map((e) => `${e.sources[0]}>${e.targets[0]}`).sort();
    expect(edges).toEqual(['gw-dr>vnet-dr', 'gw-hub>gw-dr', 'gw-hub>vnet-hub', 'p2s-1>gw-hub', 'site-1>gw-hub', 'vnet-hub>vnet-spoke']);
  });
});

describe('positionsFromElk', () => {
  it('rounds positions and leaves out nodes without one', () => {
    const positions = positionsFromElk({ id: 'root', children: [{ id: 'a', x: 10.6, y: 3.2 }, { id: 'b' }, { id: 'c', x: Number.NaN, y: 0 }] });
    expect([...positions]).toEqual([['a', { x: 11, y: 3 }]]);
  });
});

describe('ELK layered layout of a design', () => {
  it('places every node, sites left of their gateway, gateways left of their VNet, without overlaps', async () => {
    const doc = sampleDesign();
    const positions = positionsFromElk(await new ELK().layout(toElkGraph(doc)));
    expect(positions.size).toBe(7);
    const x = (id: string) => positions.get(id)!.x;
    expect(x('site-1')).toBeLessThan(x('gw-hub'));
    expect(x('gw-hub')).toBeLessThan(x('vnet-hub'));
    expect(x('vnet-hub')).toBeLessThan(x('vnet-spoke'));
    const boxes = [...positions.values()];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + DEFAULT_NODE_SIZE.width <= b.x || b.x + DEFAULT_NODE_SIZE.width <= a.x || a.y + DEFAULT_NODE_SIZE.height <= b.y || b.y + DEFAULT_NODE_SIZE.height <= a.y;
        expect(apart).toBe(true);
      }
  });
});
