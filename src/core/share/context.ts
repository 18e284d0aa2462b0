import type { ByteReader, ByteWriter } from './bytes';

/**
 * What encoders and decoders share while walking one document: whether secrets travel, and the ids
 * seen so far (a reference to one of them is written as its index).
 */

/** Id tables: the ids seen so far, by kind, so that a reference is written as a small index. */
export type IdTable = 'vnet' | 'gateway' | 'site' | 'nat' | 'all';

export interface EncodeContext {
  /** Keep secrets (only for an encrypted link). */
  readonly secrets: boolean;
  readonly ids: Record<IdTable, { readonly index: Map<string, number>; size: number }>;
  /** The number that ended the last numbered id, which the next one is written relative to. */
  lastIdNumber: number;
}

export interface DecodeContext {
  /** Keep secrets read from the payload; a plain link's payload never carries any. */
  readonly secrets: boolean;
  readonly ids: Record<IdTable, string[]>;
  lastIdNumber: number;
}

/** Writes and reads one kind of value; the decoder throws CorruptPayload on malformed bytes. */
export interface Codec {
  write(w: ByteWriter, value: unknown, ctx: EncodeContext): void;
  read(r: ByteReader, ctx: DecodeContext): unknown;
}

const TABLES: readonly IdTable[] = ['vnet', 'gateway', 'site', 'nat', 'all'];

export function encodeContext(secrets: boolean): EncodeContext {
  const ids = Object.fromEntries(TABLES.map((t) => [t, { index: new Map<string, number>(), size: 0 }]));
  return { secrets, ids: ids as EncodeContext['ids'], lastIdNumber: 0 };
}

export function decodeContext(secrets: boolean): DecodeContext {
  const ids = Object.fromEntries(TABLES.map((t) => [t, [] as string[]]));
  return { secrets, ids: ids as DecodeContext['ids'], lastIdNumber: 0 };
}
