import { describe, expect, it } from 'vitest';
import { drawnElementCount, elementCount, generateCanvasDesign, generateDesign } from './generate';

describe('generateCanvasDesign', () => {
  it('draws exactly the asked number of elements and holds the asked number of connections', () => {
    for (const drawn of [499, 500, 501]) {
      const doc = generateCanvasDesign(drawn, 600);
      expect(drawnElementCount(doc)).toBe(drawn);
      expect(doc.connections).toHaveLength(600);
    }
  });

  it('adds the extra connections as second tunnels from branches to another hub', () => {
    const doc = generateCanvasDesign(500, 600);
    const tunnels = new Map<string, Set<string>>();
    for (const c of doc.connections) if (c.kind === 's2s') (tunnels.get(c.siteId) ?? tunnels.set(c.siteId, new Set()).get(c.siteId)!).add(c.gatewayId);
    const dualHomed = [...tunnels.values()].filter((gateways) => gateways.size === 2).length;
    expect(dualHomed).toBeGreaterThan(0);
    expect([...tunnels.values()].every((gateways) => gateways.size <= 2)).toBe(true);
  });

  it('stops adding connections when every branch has two tunnels', () => {
    const doc = generateCanvasDesign(40, 10_000);
    const s2s = doc.connections.filter((c) => c.kind === 's2s').length;
    expect(s2s).toBe(2 * doc.sites.length);
  });

  it('is deterministic for a seed', () => {
    expect(generateCanvasDesign(120, 150, 3)).toEqual(generateCanvasDesign(120, 150, 3));
  });
});

describe('generateDesign', () => {
  it('grows to about the target counted with connections', () => {
    const doc = generateDesign(300, 5);
    expect(elementCount(doc)).toBeGreaterThanOrEqual(300);
    expect(elementCount(doc)).toBeLessThan(330);
  });
});
