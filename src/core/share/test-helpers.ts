import type { TopologyDocument } from '../model/types';
export { load, loadExamples, secretsOf } from '../testing/examples';
import { toBase64url } from './base64url';
import { encodeCompact } from './compact';
import { LINK_FORMAT } from './link';
import { deflateRaw } from './deflate';

/** Test-only helpers (Node file access): the shipped examples and hand-made link payloads. */

/** The document with every pre-shared key and RADIUS secret blanked, as a plain link carries it. */
export function withoutSecrets(doc: TopologyDocument): TopologyDocument {
  const out = structuredClone(doc);
  for (const c of out.connections) if (c.kind !== 'peering') c.sharedKey = '';
  for (const p of out.p2sConfigurations) for (const r of p.radiusServers) r.secret = '';
  return out;
}

/** A plain link around arbitrary payload bytes (deflated here). */
export const plainLink = (payload: Uint8Array): string => `d=${LINK_FORMAT}.${toBase64url(deflateRaw(payload))}`;

/** A plain link of any document-like value, written by the real encoder without the loader's checks. */
export const linkOf = (doc: unknown, secrets = false): string => plainLink(encodeCompact(doc as TopologyDocument, secrets));

/** Whether `needle` occurs in `hay`. */
export function containsBytes(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Strict structural equality: same own keys in the same order, same prototypes, numbers compared
 * with Object.is (so -0 is not 0). Returns the first difference as a path, or undefined.
 */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Object.is(a, b) ? undefined : `${path}: ${String(a)} ≠ ${String(b)}`;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different prototypes`;
  const ak = Reflect.ownKeys(a);
  const bk = Reflect.ownKeys(b);
  if (ak.length !== bk.length || ak.some((k, i) => k !== bk[i])) return `${path}: keys ${ak.map(String).join(',')} ≠ ${bk.map(String).join(',')}`;
  for (const k of ak) {
    const d = firstDifference((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`);
    if (d) return d;
  }
  return undefined;
}
