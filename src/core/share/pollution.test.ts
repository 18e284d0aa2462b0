import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64url } from './base64url';
import { decodeShareLink, encodeShareLink } from './link';
import { linkOf, load } from './test-helpers';

const proto = Object.prototype as Record<string, unknown>;

function expectClean() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
    ['constructor', '__defineGetter__', '__defineSetter__', 'hasOwnProperty', '__lookupGetter__', '__lookupSetter__', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'valueOf', '__proto__', 'toLocaleString'].sort(),
  );
  expect(proto.polluted).toBeUndefined();
}

describe('prototype pollution', () => {
  it('keeps a layout key named __proto__ away from any prototype', async () => {
    const positions = Object.create(null) as Record<string, unknown>;
    const entries: [string, unknown][] = [
      ['__proto__', { x: 1, y: 2, polluted: 'yes' }],
      ['constructor', { x: 3, y: 4 }],
      ['prototype', { x: 5, y: 6 }],
    ];
    for (const [k, v] of entries) positions[k] = v;
    const r = await decodeShareLink(linkOf({ name: 'p', layout: { positions } }));
    expectClean();
    expect(r.ok).toBe(true);
    if (r.ok) {
      const out = r.doc.layout.positions;
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(false);
      expect(Object.keys(out)).toEqual(['constructor', 'prototype']);
    }
  });

  it('treats ids and names such as __proto__ and constructor as plain text', async () => {
    const doc = load({
      schemaVersion: 2,
      name: '__proto__',
      vnets: [{ id: '__proto__', name: 'polluted' }, { id: 'constructor', name: '__proto__' }],
      connections: [{ kind: 'peering', id: 'prototype', name: 'constructor', vnetId: '__proto__', remoteVnetId: 'constructor' }],
      layout: { positions: { constructor: { x: 1, y: 2 } } },
    });
    const r = await decodeShareLink(await encodeShareLink(doc));
    expectClean();
    expect(r.ok && r.doc).toEqual(doc);
  });

  it('does not read a JSON payload with __proto__ keys as a design', async () => {
    const json = new TextEncoder().encode('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
    const r = await decodeShareLink(`d=1.${toBase64url(deflateSync(json))}`);
    expectClean();
    expect(r.ok ? undefined : r.error.code).toBe('corrupt');
  });
});
