import { describe, expect, it } from 'vitest';
import { formatPath, loadDocument, loadDocumentText } from './load';

const minimal = { schemaVersion: 2 };

function errorOf(input: unknown) {
  const r = loadDocument(input);
  if (r.ok) throw new Error('expected the document to be refused');
  return r.error;
}

describe('loadDocument', () => {
  it('fills every default so a minimal document is complete', () => {
    const r = loadDocument(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc).toMatchObject({ name: 'Untitled design', deployment: { resourceGroup: 'rg-untitled-design', location: 'westeurope' }, vnets: [], gateways: [], connections: [], layout: { positions: {} } });
    expect(r.migrations).toEqual([]);
  });

  it('defaults a gateway to a route-based VpnGw2AZ (Generation2) with one Standard static public IP', () => {
    const r = loadDocument({ schemaVersion: 2, vnets: [{ id: 'v', name: 'v' }], gateways: [{ id: 'g', name: 'g', vnetId: 'v' }] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc.gateways[0]).toMatchObject({ sku: 'VpnGw2AZ', generation: 'Generation2', vpnType: 'RouteBased', publicIps: [{ sku: 'Standard', allocation: 'Static' }] });
  });

  it('defaults the generation from the SKU when it is left out (Basic and VpnGw1AZ exist only as Generation1)', () => {
    const gw = (sku: string) => ({ schemaVersion: 2, vnets: [{ id: 'v', name: 'v' }], gateways: [{ id: 'g', name: 'g', vnetId: 'v', sku }] });
    const generation = (sku: string) => {
      const r = loadDocument(gw(sku));
      if (!r.ok) throw new Error(r.error.message);
      return r.doc.gateways[0]!.generation;
    };
    expect(['Basic', 'VpnGw1AZ', 'Standard', 'VpnGw3AZ', 'VpnGw5AZ', 'NoSuchSku'].map(generation)).toEqual([
      'Generation1',
      'Generation1',
      'Generation1',
      'Generation2',
      'Generation2',
      'Generation2',
    ]);
  });

  it('names the JSON path and the problem for a wrong type', () => {
    expect(errorOf({ schemaVersion: 2, vnets: [{ id: 'v', name: 'v', addressSpace: 'x' }] })).toEqual({
      path: '$.vnets[0].addressSpace',
      message: 'expected array',
    });
  });

  it('names the allowed values for a wrong enum and the union for a wrong connection kind', () => {
    expect(errorOf({ schemaVersion: 2, vnets: [{ id: 'v', name: 'v', cloud: 'Mars' }] }).message).toContain('"AzureCloud"');
    expect(errorOf({ schemaVersion: 2, connections: [{ kind: 'teleport', id: 'c', name: 'c' }] }).path).toBe('$.connections[0].kind');
  });

  it('refuses non-objects, arrays and missing or future versions', () => {
    expect(errorOf(null).path).toBe('$');
    expect(errorOf([]).path).toBe('$');
    expect(errorOf({}).path).toBe('$.schemaVersion');
    expect(errorOf({ schemaVersion: 3 }).message).toContain('newer vpn-designer');
    expect(errorOf({ schemaVersion: 0.5 }).path).toBe('$.schemaVersion');
  });

  it('refuses duplicate ids across element kinds, naming both places', () => {
    const e = errorOf({ schemaVersion: 2, vnets: [{ id: 'x', name: 'v' }], sites: [{ id: 'x', name: 's' }] });
    expect(e).toEqual({ path: '$.sites[0].id', message: 'id "x" is already used at $.vnets[0].id' });
  });

  it('refuses references to elements that do not exist', () => {
    expect(errorOf({ schemaVersion: 2, gateways: [{ id: 'g', name: 'g', vnetId: 'nope' }] })).toEqual({
      path: '$.gateways[0].vnetId',
      message: 'no VNet has id "nope"',
    });
    const s2s = { kind: 's2s', id: 'c', name: 'c', gatewayId: 'g', siteId: 'nope' };
    const doc = { schemaVersion: 2, vnets: [{ id: 'v', name: 'v' }], gateways: [{ id: 'g', name: 'g', vnetId: 'v' }], connections: [s2s] };
    expect(errorOf(doc).path).toBe('$.connections[0].siteId');
  });

  it('drops unknown fields and cannot be steered into an object prototype', () => {
    const text =
      '{"schemaVersion":2,"__proto__":{"polluted":true},"extra":1,"layout":{"positions":{"__proto__":{"x":1,"y":2},"a":{"x":1,"y":2}}},' +
      '"vnets":[{"id":"v","name":"v","constructor":{"prototype":{"bad":1}}}]}';
    const r = loadDocumentText(text);
    if (!r.ok) throw new Error(r.error.message);
    expect(Object.keys(r.doc)).not.toContain('extra');
    expect(Object.keys(r.doc.vnets[0]!)).not.toContain('constructor');
    expect(Object.keys(r.doc.layout.positions)).toEqual(['a']);
    expect(Object.getPrototypeOf(r.doc.layout.positions)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports malformed JSON as a load error, not an exception', () => {
    const r = loadDocumentText('{"schemaVersion": 2,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^not valid JSON/);
  });
});

describe('formatPath', () => {
  it('writes identifiers with dots, indexes in brackets and other keys quoted', () => {
    expect(formatPath(['vnets', 3, 'addressSpace', 0])).toBe('$.vnets[3].addressSpace[0]');
    expect(formatPath(['layout', 'positions', 'a b'])).toBe('$.layout.positions["a b"]');
  });
});
