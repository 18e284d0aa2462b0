import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../testing/examples';
import { loadDocument } from './load';
import { migrate } from './migrations';
import { CURRENT_SCHEMA_VERSION } from './schema';

const V1_DIR = fileURLToPath(new URL('./fixtures/v1/', import.meta.url));
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

function migrated(raw: Record<string, unknown>) {
  const r = migrate(raw);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('version 1 fixtures', () => {
  const fixtures = readdirSync(V1_DIR).filter((f) => f.endsWith('.json')).sort();
  const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();

  it('keep a version 1 copy of every example design', () => {
    expect(fixtures).toEqual(examples);
    for (const f of fixtures) expect(readJson(join(V1_DIR, f)).schemaVersion, f).toBe(1);
  });

  for (const file of fixtures) {
    it(`${file} migrates to the current example, raw and loaded`, () => {
      const v1 = readJson(join(V1_DIR, file));
      const current = readJson(join(EXAMPLES_DIR, file));
      const r = migrated(v1);
      expect(r.value).toEqual(current);
      expect(r.applied).toHaveLength(1);
      const loadedOld = loadDocument(v1);
      const loadedNew = loadDocument(current);
      if (!loadedOld.ok || !loadedNew.ok) throw new Error(`${file} does not load`);
      expect(loadedOld.doc).toEqual(loadedNew.doc);
      expect(loadedOld.migrations).toEqual(r.applied);
      expect(loadedNew.migrations).toEqual([]);
    });
  }
});

describe('migration 1→2: deployment target', () => {
  it('names the resource group after the design and takes the first VNet\'s region as location', () => {
    const r = migrated({ schemaVersion: 1, name: 'Contoso Zürich hub', vnets: [{ id: 'a', name: 'a', region: 'switzerlandnorth' }, { id: 'b', name: 'b', region: 'eastus' }] });
    expect(r.value.schemaVersion).toBe(2);
    expect(r.value.deployment).toEqual({ resourceGroup: 'rg-contoso-zurich-hub', location: 'switzerlandnorth' });
    expect(r.applied).toEqual([
      '1→2: set the deployment target to resource group "rg-contoso-zurich-hub" (named after the design), with location "switzerlandnorth" (the first VNet\'s region) for sites no gateway connects to',
    ]);
  });

  it('uses the version 1 defaults where the file leaves name and region out, and westeurope without VNets', () => {
    expect(migrated({ schemaVersion: 1, vnets: [{ id: 'a', name: 'a' }] }).value.deployment).toEqual({ resourceGroup: 'rg-untitled-design', location: 'westeurope' });
    expect(migrated({ schemaVersion: 1, name: 'Only sites', sites: [{ id: 's', name: 's' }] }).value.deployment).toEqual({ resourceGroup: 'rg-only-sites', location: 'westeurope' });
  });

  it('handles odd but valid version 1 content: an empty name, a name of symbols, a region with spaces, a stray deployment key', () => {
    const odd = {
      schemaVersion: 1,
      name: '★ ★ ★',
      deployment: 'ignored by version 1',
      vnets: [{ id: 'v', name: 'v', region: 'West Europe', addressSpace: [] }],
      sites: [{ id: 's', name: 's', gatewayIpAddress: '203.0.113.1' }],
      layout: { positions: { v: { x: -0.5, y: 1e9 } } },
    };
    const r = loadDocument(odd);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc.deployment).toEqual({ resourceGroup: 'rg-vpn-design', location: 'West Europe' });
    expect(r.doc.name).toBe('★ ★ ★');
    expect(r.doc.layout.positions.v).toEqual({ x: -0.5, y: 1e9 });
    const empty = loadDocument({ schemaVersion: 1, name: '' });
    if (!empty.ok) throw new Error(empty.error.message);
    expect(empty.doc.deployment.resourceGroup).toBe('rg-vpn-design');
  });

  it('leaves malformed version 1 content for the schema to name instead of crashing', () => {
    expect(migrated({ schemaVersion: 1, name: 42, vnets: 'none' }).value.deployment).toEqual({ resourceGroup: 'rg-untitled-design', location: 'westeurope' });
    expect(migrated({ schemaVersion: 1, vnets: [null, { region: 'eastus' }] }).value.deployment).toMatchObject({ location: 'westeurope' });
    const r = loadDocument({ schemaVersion: 1, name: 42 });
    expect(r.ok ? undefined : r.error).toEqual({ path: '$.name', message: 'expected string' });
  });

  it('never changes its input', () => {
    const input = { schemaVersion: 1, name: 'Frozen', vnets: [{ id: 'v', name: 'v', region: 'eastus' }] };
    const snapshot = structuredClone(input);
    const deepFreeze = (o: unknown): void => {
      if (typeof o !== 'object' || o === null) return;
      Object.freeze(o);
      for (const v of Object.values(o)) deepFreeze(v);
    };
    deepFreeze(input);
    const r = migrated(input);
    expect(input).toEqual(snapshot);
    expect(r.value).not.toBe(input);
    for (const file of readdirSync(V1_DIR)) {
      const v1 = readJson(join(V1_DIR, file));
      const before = structuredClone(v1);
      loadDocument(v1);
      expect(v1, file).toEqual(before);
    }
  });

  it('gives a current document back as a copy with nothing applied', () => {
    const input = { schemaVersion: CURRENT_SCHEMA_VERSION, name: 'x' };
    const r = migrated(input);
    expect(r.value).toEqual(input);
    expect(r.value).not.toBe(input);
    expect(r.applied).toEqual([]);
  });
});

describe('versions that are refused', () => {
  const message = (schemaVersion: unknown) => {
    const r = migrate({ schemaVersion });
    if (r.ok) throw new Error('expected a refusal');
    return r.message;
  };

  it('refuses version 0, negative and fractional versions, saying which versions exist', () => {
    expect(message(0)).toBe('schemaVersion 0 is not a version vpn-designer ever wrote: expected a whole number from 1 to 2');
    expect(message(-1)).toContain('schemaVersion -1 is not a version');
    expect(message(1.5)).toBe('schemaVersion 1.5 is not a version vpn-designer ever wrote: expected a whole number from 1 to 2');
  });

  it('refuses a version that is text or another type, quoting it briefly', () => {
    expect(message('2')).toBe('schemaVersion "2" is not a version vpn-designer ever wrote: expected a whole number from 1 to 2');
    expect(message(null)).toContain('schemaVersion null is not');
    expect(message('x'.repeat(100))).toContain('"xxxxxxxxxxxxxxxxxxx…');
  });

  it('refuses version 3 as coming from a newer release', () => {
    expect(message(3)).toBe('schemaVersion 3 comes from a newer vpn-designer (this one reads up to 2)');
  });

  it('asks for a version when there is none', () => {
    expect(message(undefined)).toBe('schemaVersion is missing: a vpn-designer document says which version it is (this release writes 2)');
  });

  it('reports the refusal at $.schemaVersion through the loader', () => {
    const r = loadDocument({ schemaVersion: 3 });
    expect(r.ok ? undefined : r.error).toEqual({ path: '$.schemaVersion', message: 'schemaVersion 3 comes from a newer vpn-designer (this one reads up to 2)' });
  });
});
