import { readAddress, writeAddress } from './address';
import { CorruptPayload } from './bytes';
import type { Codec, EncodeContext } from './context';

/**
 * A small toolkit for positional, default-omitting encodings. An object codec writes a bit mask of
 * the fields that differ from their defaults (or are present, for optional fields), then those
 * fields' values in a fixed order; no keys are written. The decoder builds objects only from the
 * field names declared here, so nothing from the payload can become a property name (the one record,
 * the layout, is built on a null prototype in ids.ts).
 */

/** Deep equality of JSON-like values; a key holding undefined counts as absent, -0 differs from 0. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && sameValue(ao[k], bo[k]));
}

/** A fresh copy of a JSON-like default value, so decoded documents never share one. */
function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export const text: Codec = {
  write: (w, v) => w.text(v as string),
  read: (r) => r.text(),
};

export const number: Codec = {
  write: (w, v) => w.number(v as number),
  read: (r) => r.number(),
};

/** An IPv4 prefix or address as bytes, anything else as text (see address.ts). */
export const address: Codec = {
  write: (w, v) => writeAddress(w, v as string),
  read: (r) => readAddress(r),
};

/**
 * One of a frozen list of values as its index; index `values.length` is followed by any other text.
 * Used for enums (an unknown value still travels and the loader names it) and for common values.
 * The lists are part of the link format: never reorder them, never edit them in place.
 */
export function choice(values: readonly string[]): Codec {
  const index = new Map(values.map((v, i) => [v, i]));
  return {
    write(w, v) {
      if (typeof v !== 'string') throw new TypeError(`expected text, got ${typeof v}`);
      const i = index.get(v);
      w.varint(i ?? values.length);
      if (i === undefined) w.text(v);
    },
    read(r) {
      const i = r.varint();
      if (i < values.length) return values[i];
      if (i === values.length) return r.text();
      throw new CorruptPayload('unknown value index');
    },
  };
}

export function list(item: Codec): Codec {
  return {
    write(w, v, ctx) {
      if (!Array.isArray(v)) throw new TypeError(`expected a list, got ${typeof v}`);
      w.varint(v.length);
      for (const x of v) item.write(w, x, ctx);
    },
    read(r, ctx) {
      const n = r.count();
      const out: unknown[] = [];
      for (let i = 0; i < n; i++) out.push(item.read(r, ctx));
      return out;
    },
  };
}

/**
 * How a field is left out: `required` fields are always written; `optional` ones when present (and
 * not implied);
 * `default` ones when they differ from the default (a value, or a function of the object read so
 * far); a `flag` is a boolean carried by its mask bit alone; a `secret` is text written only when
 * the context keeps secrets, and read back as '' otherwise.
 */
export type Presence =
  | { readonly kind: 'required' }
  | { readonly kind: 'optional'; readonly implied?: (value: unknown, obj: Record<string, unknown>) => boolean }
  | { readonly kind: 'default'; readonly value: (obj: Record<string, unknown>) => unknown }
  | { readonly kind: 'flag'; readonly value: boolean }
  | { readonly kind: 'secret' };

export interface Field {
  readonly key: string;
  readonly codec: Codec;
  readonly presence: Presence;
}

const none: Codec = { write: () => undefined, read: () => undefined };

export const req = (key: string, codec: Codec): Field => ({ key, codec, presence: { kind: 'required' } });
/** An optional field; `implied` tells when a present value goes without saying (the loader will fill it in the same way). */
export const opt = (key: string, codec: Codec, implied?: (value: unknown, obj: Record<string, unknown>) => boolean): Field => ({
  key,
  codec,
  presence: implied ? { kind: 'optional', implied } : { kind: 'optional' },
});
export const def = (key: string, codec: Codec, value: unknown): Field => ({
  key,
  codec,
  presence: { kind: 'default', value: typeof value === 'function' ? (value as (o: Record<string, unknown>) => unknown) : () => value },
});
export const flag = (key: string, value = false): Field => ({ key, codec: none, presence: { kind: 'flag', value } });
export const secret = (key: string): Field => ({ key, codec: text, presence: { kind: 'secret' } });

function written(f: Field, v: unknown, obj: Record<string, unknown>, ctx: EncodeContext): boolean {
  const p = f.presence;
  switch (p.kind) {
    case 'required':
      return true;
    case 'optional':
      return v !== undefined && !p.implied?.(v, obj);
    case 'default':
      return v !== undefined && !sameValue(v, p.value(obj));
    case 'flag':
      if (v !== undefined && typeof v !== 'boolean') throw new TypeError(`${f.key}: expected true or false`);
      return v !== undefined && v !== p.value;
    case 'secret':
      return ctx.secrets && v !== undefined && v !== '';
  }
}

/** An object of the given fields (at most 30 of them may be left out). */
export function object(fields: readonly Field[]): Codec {
  const masked = fields.filter((f) => f.presence.kind !== 'required').length;
  if (masked > 30) throw new Error('too many optional fields for one mask');
  return {
    write(w, v, ctx) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new TypeError(`expected an object, got ${typeof v}`);
      const obj = v as Record<string, unknown>;
      const present = fields.map((f) => written(f, obj[f.key], obj, ctx));
      let mask = 0;
      let bit = 1;
      fields.forEach((f, i) => {
        if (f.presence.kind === 'required') return;
        if (present[i]) mask += bit;
        bit *= 2;
      });
      w.varint(mask);
      fields.forEach((f, i) => {
        if (!present[i]) return;
        try {
          f.codec.write(w, obj[f.key], ctx);
        } catch (e) {
          throw new TypeError(`${f.key}: ${(e as Error).message}`);
        }
      });
    },
    read(r, ctx) {
      const mask = r.varint();
      if (mask >= 2 ** masked) throw new CorruptPayload('unknown fields are marked present');
      const obj: Record<string, unknown> = {};
      let bit = 1;
      for (const f of fields) {
        const p = f.presence;
        let present = true;
        if (p.kind !== 'required') {
          present = Math.floor(mask / bit) % 2 === 1;
          bit *= 2;
        }
        if (p.kind === 'flag') obj[f.key] = present ? !p.value : p.value;
        else if (present) {
          const value = f.codec.read(r, ctx);
          obj[f.key] = p.kind === 'secret' && !ctx.secrets ? '' : value;
        } else if (p.kind === 'default') obj[f.key] = copy(p.value(obj));
        else if (p.kind === 'secret') obj[f.key] = '';
      }
      return obj;
    },
  };
}

/** One of several object shapes told apart by a `kind` value (written as its index). */
export function union(kinds: readonly string[], shapes: Readonly<Record<string, Codec>>): Codec {
  return {
    write(w, v, ctx) {
      const kind = (v as { kind?: unknown } | null)?.kind;
      const i = typeof kind === 'string' ? kinds.indexOf(kind) : -1;
      if (i < 0) throw new TypeError(`unknown kind ${String(kind)}`);
      w.varint(i);
      shapes[kinds[i]!]!.write(w, v, ctx);
    },
    read(r, ctx) {
      const i = r.varint();
      const kind = kinds[i];
      if (kind === undefined) throw new CorruptPayload('unknown element kind');
      return { kind, ...(shapes[kind]!.read(r, ctx) as Record<string, unknown>) };
    },
  };
}
